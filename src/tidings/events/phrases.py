"""The phrases of a clause searched for a fallback target, in order.

When a trigger's own target slot is empty, PETRARCH-style coders fall back to the other
prepositional objects of the clause; fallbacks.py decides which of them name a party. Split
from syntax.py (house style: modules under 400 lines).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .syntax import by_objects, direct_object, infinitival_to, pobj, temporal

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions of circumstance: their phrases are not searched for a target further down.
_CIRCUMSTANCE_PREPS = frozenset(
    {"in", "during", "after", "before", "since", "despite", "amid", "amidst", "over", "as",
     "because", "like", "under", "within", "throughout", "until", "following", "without",
     "upon"}
)  # fmt: skip


# Prepositions of time: inside another phrase they only date it.
_TIMES = frozenset({"after", "before", "since", "during", "following", "until", "amid", "amidst"})


# Nouns of complex prepositions that frame a circumstance ("in view of", "in the context of",
# "in the wake of", "on the sidelines of"): the actor inside names the setting, not a party.
_FRAME_NOUNS = frozenset(
    {
        "view", "context", "light", "connection", "wake", "face", "course", "framework",
        "absence", "event", "case", "spirit", "aftermath", "occasion", "sideline", "sidelines",
        "margin", "margins", "midst", "run-up", "eve", "backdrop", "background", "shadow",
    }
)  # fmt: skip


# When a trigger's own target slot is empty, PETRARCH-style coders fall back to other
# prepositional objects of the clause, most directed first; "in" (location) comes last, then
# the places an act spreads over ("strikes across Ukraine", "throughout the country").
FALLBACK_PREPS = (
    "against", "on", "at", "toward", "towards", "into", "with", "between", "to", "from",
    "over", "in", "across", "throughout",
)  # fmt: skip


def phrase_targets(verb: Token, *, exclude: Iterable[Token] = ()) -> Iterator[Token]:
    """Prepositional objects of the clause, nearest phrases first, most directed preposition
    first within a level: the verb and its object, then the nouns inside those phrases
    ("claimed responsibility for a bombing at a market in Mali", "welcomed a restoration of
    ties with X", "sealed off the highways running into X"), three levels deep at most."""
    skip = {t.i for t in exclude}
    obj = direct_object(verb)
    # "condemned a raid by Sudanese troops": the object event's agent is the target
    yield from (o for o in _event_agents(obj) if o.i not in skip)
    # Level 1: the verb's own prepositions and those of its object and slot nouns; deeper
    # levels inside the object and slot phrases, and inside the verb's directed phrases
    # ("paid for the rebuilding of schools in Gaza", "fired near a ship from Korea") but
    # not its circumstances ("suspended a deal in sign of frustration with X" is not aimed at X).
    # ("discussed the budget and the timing of a reform with X": the object's
    # conjuncts are objects too, though their own "of" is what they are of, no party: the
    # parser also joins a topic to the object, "chaired talks on X and the state of Y")
    level: list[Token] = [*([obj, *obj.conjuncts] if obj is not None else [])]
    skip |= {
        o.i for c in level[1:] for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    }
    level.extend(t for t in exclude if t.pos_ in ("NOUN", "PROPN"))
    # "drove right up to the frontier": the prepositions of an adverb or adjective complement
    first = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "acomp", "npadvmod", "oprd"))]
    seen = {t.i for t in [*level, *first]}
    for depth in range(3):
        phrases = _Level(seen=seen)
        for h in [*first, *level] if depth == 0 else level:
            phrases.scan(h, adjunct=depth == 0 and h in first)
        yield from (o for o in phrases.ordered() if o.i not in skip)
        level = phrases.deeper
        if not level:
            break


def _event_agents(obj: Token | None) -> list[Token]:
    """The "by" agents of an object noun naming an event ("a raid by Sudanese troops")."""
    if obj is None or obj.pos_ != "NOUN":
        return []
    return by_objects(obj)


@dataclass
class _Level:
    """The phrases found at one depth of ``phrase_targets``, by preposition ("" for a
    participle's object), and the heads whose phrases the next depth searches. ``seen`` is
    shared by all depths, so that no phrase is found twice."""

    seen: set[int]
    found: dict[str, list[Token]] = field(default_factory=dict)
    deeper: list[Token] = field(default_factory=list)

    def scan(self, h: Token, *, adjunct: bool) -> None:
        """Collect the phrases of ``h``; ``adjunct``: ``h`` is the verb or an adverb or
        adjective complement of it, whose circumstances are not searched further down."""
        if h.dep_ == "acl" and h.pos_ == "VERB" and h.tag_ == "VBG":
            self._participle_object(h)
        for c in h.children:
            if c.dep_ == "prep" and _directed(c, h, adjunct=adjunct):
                self._prepositional_object(c, adjunct=adjunct)
            elif (
                c.dep_ in ("acl", "relcl")
                and c.pos_ == "VERB"
                and c.i not in self.seen
                and not adjunct
            ):
                self.deeper.append(c)
                self.seen.add(c.i)

    def _participle_object(self, h: Token) -> None:
        """The object of the participle ``h``."""
        # "boycotted the rally praising Moscow", "a resolution condemning X": the
        # participle's object is what the object phrase is about (not a relative
        # clause's: "condemned the men who attacked X" targets the men)
        d = direct_object(h)
        if d is not None and d.i not in self.seen:
            self.seen.add(d.i)
            self.found.setdefault("", []).append(d)

    def _prepositional_object(self, prep: Token, *, adjunct: bool) -> None:
        """The object of the preposition ``prep``, unless a frame or already seen."""
        o = pobj(prep)
        if o is None or o.lemma_.lower() in _FRAME_NOUNS:
            return  # "in view of", "in the context of": a circumstance
        if not adjunct and prep.lower_ in _TIMES:
            return  # "hit back at X for its exit after the war in Georgia": a time
        if o.i not in self.seen:
            self.found.setdefault(prep.lower_, []).append(o)
            self.seen.add(o.i)
            if not adjunct or prep.lower_ not in _CIRCUMSTANCE_PREPS:
                self.deeper.append(o)

    def ordered(self) -> Iterator[Token]:
        """The phrases found, most directed preposition first."""
        for prep in ("", *FALLBACK_PREPS):
            yield from self.found.get(prep, ())
        yield from self.found.get("of", ())  # "of" last: "part of Syria", "the people of Moldova"


def _directed(prep: Token, h: Token, *, adjunct: bool) -> bool:
    """Whether the preposition ``prep`` of ``h`` may name a party: not a time, an
    infinitival "to" or, on the verb, a time like "prior to"."""
    return (
        not temporal(prep)
        and not infinitival_to(prep)
        # "met prior to the PM's visit", "ahead of the summit": a time, no party
        and not (adjunct and h.lower_ in ("prior", "ahead", "due"))
    )
