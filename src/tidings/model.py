"""Every record type Tidings produces, in one module.

Records are frozen, keyword-only dataclasses that carry character offsets into the
article's extracted text, never spaCy objects, so they serialise to JSON, cross process
boundaries and go into the store unchanged. ``to_dict`` puts ``type`` first, as the JSON
Lines output contract requires; ``from_dict`` ignores keys it does not know, so records
written by a newer release still load.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

Modality = Literal["asserted", "reported", "alleged", "negated", "conditional", "future"]
MODALITIES: tuple[str, ...] = (
    "asserted",
    "reported",
    "alleged",
    "negated",
    "conditional",
    "future",
)
DatePrecision = Literal["day", "month", "year", "publication"]
QuoteKind = Literal["direct", "partial", "indirect"]

R = TypeVar("R", bound="Record")


@dataclass(frozen=True, kw_only=True)
class Record:
    """Base of all records: dict round trip with ``type`` first."""

    TYPE: ClassVar[str] = "record"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.TYPE}
        for f in dataclasses.fields(self):
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            kwargs[f.name] = _load_field(f, data[f.name])
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        d = value.to_dict()
        d.pop("type", None)
        return d
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _load_field(f: dataclasses.Field[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = str(f.type)
    if "Actor" in kind and isinstance(value, dict):
        return Actor.from_dict(value)
    if "tuple" in kind and isinstance(value, list):
        return tuple(value)
    return value


@dataclass(frozen=True, kw_only=True)
class Actor(Record):
    """A resolved actor: who a mention refers to.

    ``code`` is a CAMEO-style actor code (``RUSGOV``, ``IGOWSTNAT``); ``country`` is ISO 3166
    alpha-3 or None (IGOs, unknown); ``sector`` is the CAMEO role code (``GOV``, ``MIL``) or None.
    ``kind`` says what sort of entry matched: ``country``, ``igo``, ``person``, ``role``,
    ``group``. ``start``/``end`` are offsets of the mention in the article text when known;
    for a pronoun resolved to an antecedent they point at the pronoun, and ``via`` says how
    the mention was resolved (``name``, ``title``, ``coref``, ``metonym``, ``location``: a
    countryless group given the country where the event happened; ``house``: "our country"
    in a head of state's own release; ``adversary``: "the enemy", the one country the other
    side fights in the same article; ``opposition``: a countryless opposition in conflict with
    one country's government, given that country; ``speaker``: "I", "we" or "our" in a quote,
    its attributed speaker).
    """

    TYPE: ClassVar[str] = "actor"
    text: str
    name: str
    code: str
    country: str | None = None
    sector: str | None = None
    kind: str = "country"
    start: int | None = None
    end: int | None = None
    via: str = "name"


@dataclass(frozen=True, kw_only=True)
class Document(Record):
    """What a reader yields: raw text plus whatever metadata the input carried.

    ``source_id`` is the input's own id (the ``--id-field`` value, the feed entry id, or the
    file path, with ``#N`` for the N-th item of a multi-item file). ``published`` is an ISO
    date or None; ``date_source`` says where it came from.
    """

    TYPE: ClassVar[str] = "document"
    source_id: str
    text: str = field(repr=False)
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    date_source: str | None = None
    input_format: str = "text"


@dataclass(frozen=True, kw_only=True)
class Article(Record):
    """One input document after reading and cleaning; record offsets point into ``text``."""

    TYPE: ClassVar[str] = "article"
    id: str
    source_id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    outlet: str | None = None
    source_outlet: str | None = None
    cited_outlets: tuple[str, ...] = ()
    language: str = "en"
    chars: int = 0
    author: str | None = None
    date_source: str | None = None  # metadata | option | dateline | None
    input_format: str = "text"
    story_id: str = ""  # hash of the normalised text alone: syndicated copies share it
    text: str = field(default="", repr=False)

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        d = super().to_dict()
        if not include_text:
            d.pop("text", None)
        return d


@dataclass(frozen=True, kw_only=True)
class Event(Record):
    """A coded event: who did what to whom, with modality and provenance."""

    TYPE: ClassVar[str] = "event"
    id: str
    article_id: str
    date: str | None
    date_precision: str
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    # GDELT convention: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None = None
    modality: str = "asserted"
    # named in passing as known context ("while Russia's war on Ukraine goes on"), not
    # reported as news: counts of new events leave it out (events/mentions.py)
    background: bool = False
    sentence: str = ""
    start: int = 0  # sentence offsets in the article text
    end: int = 0
    trigger: str = ""  # the words that matched the lexicon entry
    trigger_start: int | None = None
    trigger_end: int | None = None
    rule: str = ""  # lexicon entry / rule id that produced the code
    coder: str = ""


@dataclass(frozen=True, kw_only=True)
class Quote(Record):
    """An attributed quotation."""

    TYPE: ClassVar[str] = "quote"
    id: str
    article_id: str
    text: str
    speaker: Actor | None
    cue: str | None
    kind: str  # direct | partial | indirect
    start: int
    end: int
    cue_start: int | None = None
    cue_end: int | None = None
    relayed_by: tuple[str, ...] = ()  # outlets the article credits for this quote ("TASS reports")
    coder: str = ""


# Every character str.splitlines() breaks on, shown escaped instead.
_LINE_BREAKS = {ord(ch): repr(ch)[1:-1] for ch in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


@dataclass(frozen=True, kw_only=True)
class Failure(Record):
    """One input that could not be processed: the file (and item) and a one-line reason."""

    TYPE: ClassVar[str] = "failure"
    source: str
    reason: str  # the problem alone; ``message`` prefixes the source
    stage: str = "read"

    def __post_init__(self) -> None:
        # The one-line promise holds whatever a reader quoted from its input.
        one_line = self.reason.translate(_LINE_BREAKS)
        if one_line != self.reason:
            object.__setattr__(self, "reason", one_line)

    @property
    def message(self) -> str:
        """The one-line report: ``<file>: <problem>``."""
        return f"{self.source}: {self.reason}"


RECORD_TYPES: dict[str, type[Record]] = {
    cls.TYPE: cls for cls in (Actor, Document, Article, Event, Quote, Failure)
}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild any record from its dict form, dispatching on ``type``."""
    try:
        cls = RECORD_TYPES[data["type"]]
    except KeyError as exc:
        raise ValueError(f"unknown record type: {data.get('type')!r}") from exc
    return cls.from_dict(data)
