"""The verb/phrase lexicon: which English triggers mean which CAMEO code, and where the target is.

The lexicon is the data file ``tidings/data/verbs.yaml``, loaded once. Its ``codes`` section maps a
CAMEO code to a list of patterns, each one English trigger written as space-separated items in
the grammar that ``patterns.py`` describes and parses (``parse_pattern`` into a ``LexEntry``;
its public names are re-exported here).

Entry ids are ``<code>:<n>`` (the n-th pattern of that code), stable while the file only grows
at the end of each list; they go into ``Event.rule``. The file's other sections:

``classes``
    named word lists a pattern's ``[...]`` may cite as ``@name`` ("send [@weapon] to:T"),
    expanded when the file is loaded (``expand_classes``).
``transforms``
    governing verbs that recode an embedded event (intent 03, appeal 02, demand 10, refuse 12,
    threaten 13), each a map from code prefix to new code; ``object_control`` transforms
    address the urged party.
``modality``
    the cue words of tidings/events/modality.py (future governors and auxiliaries, speech and
    accusation verbs, negators, condition marks, reporting adverbs).
``discard``
    sport, entertainment and market words: ``strong`` ones discard a sentence alone,
    ``context`` ones from two on.
``sources``
    ``agentive``: common nouns that can act although their actor comes from a modifier.
``nonevents``
    patterns, in the same language, of senses that are no event ("meet [target|goal]": to
    satisfy, not to meet someone); the most specific match wins as among codes, and a
    no-event match drops the clause.

PETRARCH/TABARI verb dictionaries can be added or swapped in with ``with_petrarch``.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from ..petrarch.verbs import VerbPattern

from ..errors import ConfigError
from .cameo import cameo_table
from .patterns import RECIPROCAL as RECIPROCAL
from .patterns import Arg as Arg
from .patterns import LexEntry as LexEntry
from .patterns import Phrase as Phrase
from .patterns import parse_pattern as parse_pattern
from .petrarch_lexicon import SurfacePattern, surface_patterns

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transform:
    """A governing verb class that recodes an embedded event ("threaten to attack" -> 138)."""

    name: str
    governors: frozenset[str]
    mapping: Mapping[str, str]
    object_control: bool = False

    def apply(self, code: str) -> str | None:
        """The recoded CAMEO code: the longest matching prefix of ``code`` wins."""
        for n in range(len(code), 1, -1):
            hit = self.mapping.get(code[:n])
            if hit is not None:
                return hit
        return None


@dataclass(frozen=True)
class ModalityCues:
    future_governors: frozenset[str]
    future_aux: frozenset[str]
    speech: frozenset[str]
    accusation: frozenset[str]
    accusing_speech: frozenset[str]
    negating_governors: frozenset[str]
    negators: frozenset[str]
    condition_marks: frozenset[str]
    reported_adverbs: frozenset[str]
    hedges_passive: frozenset[str]
    nominal_hypothetical: frozenset[str]
    nominal_future: frozenset[str]
    implicative_governors: frozenset[str]
    conditional_reactions: frozenset[str] = frozenset()
    preventing: frozenset[str] = frozenset()
    nominal_performing: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Discard:
    context: frozenset[str]
    argument: frozenset[str]
    strong: frozenset[str]


# Weapons and forces: what an attack is carried out with or by
_ARMS = frozenset(
    {
        "force",
        "troop",
        "soldier",
        "army",
        "navy",
        "military",
        "unit",
        "battalion",
        "brigade",
        "warplane",
        "jet",
        "drone",
        "aircraft",
        "bomber",
        "helicopter",
        "warship",
        "ship",
        "vessel",
        "tank",
        "artillery",
        "gunman",
        "militia",
        "missile",
        "rocket",
        "mortar",
        "shell",
        "bomb",
        "mine",
        "grenade",
        "projectile",
        "munition",
        "warhead",
    }
)


@dataclass(frozen=True)
class VerbLexicon:
    """Lexicon entries indexed by head lemma, plus transforms, modality cues and discards."""

    verbs: Mapping[str, tuple[LexEntry, ...]]
    nouns: Mapping[str, tuple[LexEntry, ...]]
    transforms: Mapping[str, Transform]
    cues: ModalityCues
    discard: Discard
    entries: tuple[LexEntry, ...] = field(repr=False, default=())
    agentive: frozenset[str] = frozenset()
    # PETRARCH verb patterns, matched on the surface (see petrarch_lexicon.py), keyed by verb
    surface: Mapping[str, tuple[SurfacePattern, ...]] = field(repr=False, default_factory=dict)
    # PETRARCH's output conventions when its verb dictionaries replace ours: events of
    # countryless agents alone ("---GOV" with no target) are emitted, as PETRARCH does
    keep_agent_only: bool = False

    @cached_property
    def agent_nouns(self) -> frozenset[str]:
        """Nouns whose modifier actor acts in a passive clause's "in" phrase ("killed in
        Israeli shelling", "in an Israeli tank attack"): the nominal event heads and the
        weapons and forces among the agentive nouns (not "camp": "held in a Syrian camp")."""
        return frozenset(self.nouns) | (self.agentive & _ARMS)

    def with_petrarch(
        self,
        patterns: Iterable[VerbPattern],
        synsets: Mapping[str, tuple[str, ...]],
        *,
        replace: bool = True,
    ) -> VerbLexicon:
        """This lexicon with PETRARCH verb patterns (``tidings.petrarch`` reads the files).

        ``replace``: the PETRARCH patterns stand in for the built-in verb and noun entries (the
        governing-verb transforms, modality cues and discards stay); otherwise both are tried
        and the more specific match wins.
        """
        surface = surface_patterns(patterns, synsets)
        if replace:
            return dataclasses.replace(
                self, verbs={}, nouns={}, surface=surface, keep_agent_only=True
            )
        return dataclasses.replace(self, surface=surface)

    @classmethod
    def builtin(cls) -> VerbLexicon:
        """The lexicon shipped in ``tidings/data/verbs.yaml``, loaded once per process."""
        return _builtin()

    @classmethod
    def from_file(cls, path: str | Path) -> VerbLexicon:
        """A lexicon from a YAML file in the same format."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read lexicon {path}: {exc}") from exc
        return cls.from_mapping(yaml.load(text, Loader=_Loader), origin=str(path))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, origin: str = "<mapping>") -> VerbLexicon:
        """Build the lexicon from the parsed YAML structure."""
        known = cameo_table()
        classes = data.get("classes") or {}
        entries: list[LexEntry] = []
        for code, patterns in (data.get("codes") or {}).items():
            code = str(code)
            if code not in known:
                raise ConfigError(f"{origin}: {code!r} is not a CAMEO code")
            for n, pattern in enumerate(patterns):
                pattern = expand_classes(pattern, classes, origin=origin)
                entries.append(parse_pattern(pattern, code=code, entry_id=f"{code}:{n}"))
        # senses of trigger words that are no event ("meet a target"): an entry with no code
        # wins a match as any entry does, and the coder drops the clause (assembly._fold)
        for n, pattern in enumerate(data.get("nonevents") or ()):
            entries.append(parse_pattern(pattern, code="", entry_id=f"none:{n}"))
        verbs: dict[str, list[LexEntry]] = defaultdict(list)
        nouns: dict[str, list[LexEntry]] = defaultdict(list)
        for e in entries:
            (nouns if e.noun else verbs)[e.head.head].append(e)
        # Most specific first; the stable sort keeps file order among equals, so earlier
        # (more general-purpose) codes win ties.
        order = {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in verbs.items()}
        norder = {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in nouns.items()}
        return cls(
            verbs=order,
            nouns=norder,
            transforms=_transforms(data.get("transforms") or {}),
            cues=_cues(data.get("modality") or {}),
            discard=_discard(data.get("discard") or {}),
            entries=tuple(entries),
            agentive=_words((data.get("sources") or {}).get("agentive", ())),
        )

    def codes(self) -> set[str]:
        """The CAMEO codes some entry of this lexicon can produce."""
        out = {e.code for e in self.entries if e.code}
        for t in self.transforms.values():
            out.update(t.mapping.values())
        return out

    def recode(
        self, lemma: str, code: str, *, addressee: bool = False
    ) -> tuple[Transform, str] | None:
        """The transform a governing verb lemma applies to an embedded ``code``, and the new code.

        A lemma may govern several transforms ("vow to cooperate" is intent, "vow to strike" a
        threat); the first, in file order, that maps the code wins. ``addressee``: the governor
        has someone else act ("wants Putin to attack" is an appeal to Putin, "wants to attack"
        a threat), so object-control transforms are tried first, and only they.
        """
        ordered = [t for t in self.transforms.values() if lemma in t.governors]
        if addressee and any(t.object_control for t in ordered):
            ordered = [t for t in ordered if t.object_control]
        elif not addressee:
            ordered = [t for t in ordered if not t.object_control] or ordered
        for t in ordered:
            new = t.apply(code)
            if new is not None:
                return t, new
        return None

    def is_governor(self, lemma: str) -> bool:
        return any(lemma in t.governors for t in self.transforms.values())


_CLASS = re.compile(r"@([a-z][a-z_]*)")


def expand_classes(pattern: str, classes: Mapping[str, Any], *, origin: str) -> str:
    """A pattern with each ``@name`` in its word lists replaced by the words of the lexicon's
    class ``name`` ("send [@weapon] to:T"), so one list serves every verb that takes it."""

    def words(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in classes:
            raise ConfigError(f"{origin}: pattern {pattern!r} names no class {name!r}")
        return "|".join(str(w) for w in classes[name])

    return _CLASS.sub(words, pattern)


try:  # the C loader is ~5x faster; fall back where libyaml is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


@lru_cache(maxsize=1)
def _builtin() -> VerbLexicon:
    text = resources.files("tidings.data").joinpath("verbs.yaml").read_text(encoding="utf-8")
    lex = VerbLexicon.from_mapping(
        yaml.load(text, Loader=_Loader), origin="tidings/data/verbs.yaml"
    )
    log.debug("loaded verb lexicon: %d entries", len(lex.entries))
    return lex


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def _transforms(data: Mapping[str, Any]) -> dict[str, Transform]:
    return {
        name: Transform(
            name=name,
            governors=_words(spec.get("governors", ())),
            mapping={str(k): str(v) for k, v in (spec.get("map") or {}).items()},
            object_control=bool(spec.get("object_control", False)),
        )
        for name, spec in data.items()
    }


def _cues(data: Mapping[str, Any]) -> ModalityCues:
    return ModalityCues(**{k: _words(data.get(k, ())) for k in ModalityCues.__dataclass_fields__})


def _discard(data: Mapping[str, Any]) -> Discard:
    return Discard(**{k: _words(data.get(k, ())) for k in Discard.__dataclass_fields__})
