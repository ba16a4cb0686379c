"""Halts demanded of an attack named by its noun: "the minister said Turkey's bombardment of
Kobani must stop". The attack is going on, not supposed: it is coded as it is, and the speaker
demands its halt (CAMEO 1056; "should" appeals for it, 0256) of whoever carries it out, as
"said Turkey must stop bombing Kobani" does (governors.obligation with the "cease"
transform). Read by the event assembly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Actor
from .agents import actors
from .derived import spoken_act
from .objects import CARRYING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex
    from .derived import Coded

# The governors of the lexicon's "cease" transform, also the verb an asking verb governs in
# "urged Moscow to stop bombing" (assembly); "give up" is read with its particle
HALTING = frozenset({"stop", "cease", "halt", "end", "give up"})


def governed_verb(tok: Token, governor: Token) -> Token | None:
    """The verb between a governor and the act ``tok`` it governs: one halting it ("urged
    Moscow to stop bombing": "stop"), or carrying out the act its object noun names ("asked
    Europe to speed up the supply of tanks": "speed"). None when the governor governs ``tok``
    itself."""
    head = tok.head
    if head == governor:
        return None
    lemma = head.lemma_.lower()
    if lemma in HALTING or (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and lemma in CARRYING):
        return head
    return None


# The modal of the duty and the code of asking for the halt: a demand or an appeal
_ASKED = {"must": "1056", "should": "0256"}


@dataclass(frozen=True)
class HaltAsked:
    """The halting verb over an attack noun, its modal's code, and the verb of saying (if any)
    whose subject asks for the halt."""

    verb: Token
    code: str
    speech: Token | None


def halt_asked(noun: Token, speech_verbs: frozenset[str]) -> HaltAsked | None:
    """The halt asked of the attack ``noun``, or None: the noun is the subject of "stop",
    "cease", "halt" or "end" with "must" or "should" and no negation."""
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or verb.i == noun.i:
        return None
    if verb.lemma_.lower() not in HALTING or any(c.dep_ == "neg" for c in verb.children):
        return None
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in _ASKED), None)
    if modal is None:
        return None
    speech = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in speech_verbs else None
    return HaltAsked(verb=verb, code=_ASKED[modal], speech=speech)


def halt_demands(
    asked: HaltAsked, attackers: list[Actor], trigger: tuple[Token, ...], index: ActorIndex
) -> Iterator[Coded]:
    """The speaker's demand (or appeal) that the attackers halt."""
    if asked.speech is None:
        return
    subjects = [c for c in asked.speech.children if c.dep_ == "nsubj"]
    for x in actors(index, subjects):
        for y in attackers:
            if x.code != y.code and (x.country is None or x.country != y.country):
                yield spoken_act(
                    asked.code, x, y, asked.speech, rule=f"{asked.code}:halt",
                    trigger=(asked.verb, *trigger),
                )
