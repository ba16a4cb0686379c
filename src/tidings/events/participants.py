"""Participants of a coded event: the source and target actors of a matched clause.

Head tokens come from tidings/events/syntax.py and clauses.py; actors from the actor index.
The rules here decide which heads count: the subject side must be able to act (an agentive
noun, a name, a pronoun), quantity phrases ("hundreds of troops") act through their "of"
object, and the filters on a found side (countryless sectors, the press audience, capitals
struck by force) apply.

The source side (subject heads, weapons and their users, hedges, the agentive test and the
heads-to-actors lookup ``actors``) is in agents.py, target finding (``targets``: the slot,
its "of" phrase, the owner of the object, the clause's other prepositional objects) in
targets.py and fallbacks.py, the bare-sector test ``generic`` in sectors.py, the place of an
event in places.py; their public names are re-exported here, so importers are unchanged.
Capital metonyms struck by force (``struck_places``) stay here with the other filters on a
target list, and so does the party an agentless passive of exclusion or detention names
(``excluder``), which either side may take.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor
from . import syntax
from .agents import WEAPONS as WEAPONS
from .agents import actors as actors
from .agents import agentive as agentive
from .agents import coordinated as coordinated
from .agents import hedged as hedged
from .agents import np_head as np_head
from .agents import of_objects as of_objects
from .agents import source_heads as source_heads
from .agents import subject_list as subject_list
from .fallbacks import fallback_targets as fallback_targets
from .sectors import generic as generic
from .targets import covers as covers
from .targets import outside as outside
from .targets import targets as targets

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbal cooperation (CAMEO 01-05: statements, appeals, intents, consultations, diplomatic
# cooperation): here the press is the audience of the act ("told reporters", "spoke to the
# media"), not a party to it; PETRARCH does not code such statements as events.
_AUDIENCE_ROOTS = frozenset({"01", "02", "03", "04", "05"})


def generic_only(source: Actor, target: Actor | None) -> bool:
    """An event whose participants are all countryless sectors says nothing about who acted
    towards whom; analysts filter such rows out anyway, so they are not emitted."""
    return generic(source) and (target is None or generic(target))


_NO_PARTY = frozenset(
    {"you", "yourself", "yourselves", "himself", "herself", "itself", "themselves", "myself"}
)


def to_interlocutor(code: str, heads: list[Token]) -> bool:
    """A verbal act addressed to "you" ("Thank you for your time", "I can tell you") or to
    oneself ("he can speak for himself"): in transcripts and interviews that is the
    interviewer, the audience or the speaker, not a second actor."""
    return code[:2] in _AUDIENCE_ROOTS and any(h.lower_ in _NO_PARTY for h in heads)


def specific(found: list[Actor]) -> list[Actor]:
    """Drop countryless sectors from a side that also names countries ("the foreign
    ministers of Ukraine and Russia" -> Ukraine, Russia, not also "---GOV")."""
    if all(generic(a) for a in found):
        return found
    return [a for a in found if not generic(a)]


def addressees(targets: list[Actor], *, code: str) -> list[Actor]:
    """The targets of a verbal act without the press audience ("told reporters")."""
    if code[:2] not in _AUDIENCE_ROOTS:
        return targets
    # "spoke to journalists in Kyiv" is still the audience, whatever country the press has
    return [a for a in targets if a.sector != "MED"]


# Force (CAMEO 18-20: assault, fight, mass violence) lands on a place: a capital named as its
# target is the city, in its country, not the government it stands for as a speaker ("shelled
# Kyiv", "the invasion of Kyiv": UKR, not UKRGOV), as Phoenix codes cities.
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def struck_places(targets: list[Actor], *, code: str) -> list[Actor]:
    """``targets`` with a capital metonym read as its country when the act is force; a visit
    (042) or hosting (043) without the countryless sectors; a deportation (174) of a
    country's people without the land they are sent to."""
    if code in ("042", "043"):
        # "headed to the hospital", "visited a school": an errand, not a diplomatic visit
        return [a for a in targets if not generic(a)]
    if code == "174" and any(a.country and a.code != a.country for a in targets):
        # "deported Ukrainian citizens to Russia": the people deported name their country;
        # where they are sent is a place, no second party
        return [a for a in targets if not (a.country and a.code == a.country)]
    if code[:2] not in _FORCE_ROOTS:
        return targets
    out: list[Actor] = []
    for a in targets:
        if a.via == "metonym" and a.kind == "country" and a.country:
            name = a.name.removesuffix(" government")
            a = replace(a, code=a.country, sector=None, name=name, via="place")
        if a not in out:
            out.append(a)
    return out


def conditioned(tok: Token, marks: frozenset[str]) -> bool:
    """Is ``tok`` (or its governing clause) qualified by an if/unless clause?"""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in marks for m in c.children
            ):
                return True
    return False


def pairs(
    sources: list[Actor], targets: list[Actor], *, symmetric: bool, at_home: bool = False
) -> Iterator[tuple[Actor, Actor | None]]:
    """The (source, target) pairs of an event: each source with each target of another code
    (and back, for a symmetric event); with no target, every ordered pair of the sources of a
    symmetric event, else each source alone. ``at_home``: a source whose only target is itself
    acts alone ("Kazakhstan imposed a curfew in Almaty")."""
    if targets:
        for s in sources:
            others = [t for t in targets if s.code != t.code]
            if at_home and not others:
                yield s, None
            for t in others:
                yield s, t
                if symmetric:
                    yield t, s
    elif symmetric and len(sources) > 1:
        # "the UK, Japan and Canada met": every ordered pair of participants
        for s in sources:
            for t in sources:
                if s.code != t.code:
                    yield s, t
    else:
        for s in sources:
            yield s, None


def together(verb: Token) -> bool:
    """ "Estonia and Finland agreed to work together": done together, with each other."""
    clauses = [verb, *(x for x in verb.children if x.dep_ == "xcomp")]
    return any(w.dep_ == "advmod" and w.lower_ in ("together", "jointly")
               for v in clauses for w in v.children)


# Verbs of putting a party out of a country or body, and of holding one in a country's
# custody ("deported from Mariupol" names where people were taken from, not who took them)
_EXCLUDING = frozenset({"expel", "suspend", "ban", "bar", "exclude", "eject", "oust"})
_DETAINING = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict"})


def excluder(verb: Token) -> Token | None:
    """The party a passive of exclusion with no agent names after "from": "were expelled
    from Bulgaria", "Russia suspended from the Human Rights Council" (a headline's passive);
    and the state a passive of detention names after "in": "an engineer detained in Egypt"
    is held by Russia's authorities."""
    lemma = verb.lemma_.lower()
    if lemma not in _EXCLUDING | _DETAINING or verb.tag_ != "VBN":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    word = "from" if lemma in _EXCLUDING else "in"
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word), None)
    place = syntax.pobj(prep) if prep is not None else None
    if place is not None and word == "in" and place.pos_ != "PROPN":
        return None  # "held in the island camp": a place of some state, not the state
    return place
