"""The verb/phrase lexicon: which English triggers mean which CAMEO code, and where the target is.

The lexicon is the data file ``tidings/data/verbs.yaml``, loaded once. Its ``codes`` section maps a
CAMEO code to a list of patterns, each one English trigger written as space-separated items:

``HEAD``
    the first item: a verb lemma (``attack``), or ``n:`` and a noun lemma for a nominal trigger
    (``n:attack on|against:T`` codes "Russia's attack on Ukraine"). A multiword noun head
    (``n:car bomb``) needs the earlier words among the head's left modifiers.
``T``
    the target is the direct object (the subject of a passive: "Moscow was blamed by NATO").
``word``
    a particle, preposition or adverb that must hang on the verb ("crack down on:T": *down*).
``a|b:T``
    the target is the object of preposition *a* or *b*, attached to the verb or to its object
    noun ("impose [sanction] on:T"). The preposition is optional for the match but scores.
``[x|y z]``
    the direct object's lemma must be one of these; a multiword item ("air strike") needs the
    earlier words among the object's modifiers. ``[x]:T`` also makes the actor inside that
    object the target ("criticised [Russia's] build-up").
``word>[x|y]`` / ``word>T``
    *word* is a preposition whose object (or gerund) is one of x, y / is the target
    ("accuse T of>[espionage]"); when *word* is a particle the set applies to the direct object
    ("turn down>T"); ``to>[verb]`` matches an infinitive complement and moves the scope of the
    items after it to that verb ("refuse to>[lift] [sanction]").

Flags at the end: ``!`` the target is required (statements are coded only with an addressee);
``~`` symmetric (both directions, and every pair of a compound subject: "the US and Russia
met"); ``<>`` source and target swapped ("received weapons from:T" -> the giver is the source);
``-T`` no direct object: the pattern does not match when the verb (or, in a passive, its
surface subject) has an object no item names, a reflexive pronoun aside ("submit to:T -T":
"submitted to the court" yields, "submitted a filing to the court" does not). It is a flag per
pattern, not a rule for every verb+preposition pattern, because most keep their sense with an
object: "discussed security with", "wrote a letter to", "handed over suspects to".

Entry ids are ``<code>:<n>`` (the n-th pattern of that code), stable while the file only grows
at the end of each list; they go into ``Event.rule``. The file's other sections:

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
from .petrarch_lexicon import SurfacePattern, surface_patterns

log = logging.getLogger(__name__)

# words that end a multiword noun head ("n:car bomb in:T"): a preposition starts the arguments
_PREPOSITIONS = frozenset(
    {"of", "for", "to", "on", "in", "at", "by", "with", "against", "from", "into"}
)
_ITEM = re.compile(r"\S*\[[^\]]*\]\S*|\S+")


@dataclass(frozen=True)
class Phrase:
    """A lemma with optional modifier words that must precede it ("air strike")."""

    head: str
    mods: tuple[str, ...] = ()


@dataclass(frozen=True)
class Arg:
    """One constraint of a pattern, evaluated against the verb (or noun) in scope.

    ``kind``: ``dobj`` (T), ``word`` (particle/prep present), ``prep`` (a|b:T),
    ``obj`` ([x|y], ``target`` when ``[x]:T``), ``via`` (word>[x] or word>T).
    """

    kind: str
    words: frozenset[str] = frozenset()
    phrases: tuple[Phrase, ...] = ()
    target: bool = False
    optional: bool = False  # a prep slot may be absent when another item anchors the pattern


@dataclass(frozen=True)
class LexEntry:
    """One trigger pattern of the lexicon."""

    id: str
    code: str
    pattern: str
    noun: bool
    head: Phrase
    args: tuple[Arg, ...]
    require_target: bool = False
    symmetric: bool = False
    swap: bool = False
    intransitive: bool = False  # "-T": no match when the verb has an object no item names
    reverse_code: str | None = None  # PETRARCH "A:B": the target does B back to the source

    @property
    def specificity(self) -> int:
        """How much the pattern constrains: ranks competing entries of the same head."""
        score = len(self.head.mods) * 2
        for a in self.args:
            score += {"obj": 4, "via": 4, "word": 2, "prep": 1, "dobj": 1}[a.kind]
        return score


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
        entries: list[LexEntry] = []
        for code, patterns in (data.get("codes") or {}).items():
            code = str(code)
            if code not in known:
                raise ConfigError(f"{origin}: {code!r} is not a CAMEO code")
            for n, pattern in enumerate(patterns):
                entries.append(parse_pattern(pattern, code=code, entry_id=f"{code}:{n}"))
        # senses of trigger words that are no event ("meet a target"): an entry with no code
        # wins a match as any entry does, and the coder drops the clause (coder._fold)
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


def _phrases(body: str) -> tuple[Phrase, ...]:
    out = []
    for alt in body.split("|"):
        words = alt.strip().lower().split()
        if words:
            out.append(Phrase(head=words[-1], mods=tuple(words[:-1])))
    return tuple(out)


# Codes whose event implies the target's own event back: hosting someone (043) is their
# visit (042), as PETRARCH's "A:B" verb patterns code both sides of a host/visit pair.
RECIPROCAL: Mapping[str, str] = {"043": "042"}


def parse_pattern(pattern: str, *, code: str, entry_id: str) -> LexEntry:
    """Parse one pattern string (grammar in the module docstring) into a LexEntry."""
    items = _ITEM.findall(pattern.strip())
    flags = {"!": False, "~": False, "<>": False, "-T": False}
    while items and items[-1] in flags:
        flags[items.pop()] = True
    if not items:
        raise ConfigError(f"empty lexicon pattern for {code}")
    head_item, rest = items[0], items[1:]
    noun = head_item.startswith("n:")
    head_words = head_item[2:] if noun else head_item
    # A nominal head may be multiword ("n:car bomb"): the remaining words come as plain items
    # before the first constraint, so fold plain words that are not prepositions into it.
    mods: list[str] = []
    if noun:
        while rest and re.fullmatch(r"[a-z\-]+", rest[0]) and rest[0] not in _PREPOSITIONS:
            mods.append(head_words)
            head_words = rest.pop(0)
    head = Phrase(head=head_words.lower(), mods=tuple(mods))
    args = tuple(_parse_arg(item, pattern) for item in rest)
    # A prepositional slot is optional only when something else anchors the pattern
    # ("impose [sanction] on:T" matches "imposed sanctions"); on its own it is the trigger
    # ("talk with:T" must not match every "talk"). With "!" the slot names the one the act is
    # for and stays required: "deploy [troop] alongside:T !" must leave "deployed troops" to the
    # deployment (154) instead of tying with it.
    if any(a.kind != "prep" for a in args) and not flags["!"]:
        args = tuple(
            Arg(kind=a.kind, words=a.words, target=True, optional=True) if a.kind == "prep" else a
            for a in args
        )
    return LexEntry(
        id=entry_id,
        code=code,
        pattern=pattern,
        noun=noun,
        head=head,
        args=args,
        reverse_code=RECIPROCAL.get(code),
        require_target=flags["!"],
        symmetric=flags["~"],
        swap=flags["<>"],
        intransitive=flags["-T"],
    )


def _parse_arg(item: str, pattern: str) -> Arg:
    if item == "T":
        return Arg(kind="dobj", target=True)
    if item.startswith("["):
        body, _, tail = item[1:].partition("]")
        return Arg(kind="obj", phrases=_phrases(body), target=tail == ":T")
    if ">" in item:
        words, _, obj = item.partition(">")
        wset = frozenset(words.lower().split("|"))
        if obj == "T":
            return Arg(kind="via", words=wset, target=True)
        if obj.startswith("[") and obj.endswith("]"):
            return Arg(kind="via", words=wset, phrases=_phrases(obj[1:-1]))
        raise ConfigError(f"bad lexicon item {item!r} in pattern {pattern!r}")
    if item.endswith(":T"):
        return Arg(kind="prep", words=frozenset(item[:-2].lower().split("|")), target=True)
    if re.fullmatch(r"[a-z\-']+", item.lower()):
        return Arg(kind="word", words=frozenset({item.lower()}))
    raise ConfigError(f"bad lexicon item {item!r} in pattern {pattern!r}")


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
