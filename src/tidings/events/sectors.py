"""Sectors without a country: how specific an actor found for an event is.

A bare sector ("officials", "the military": ---GOV, ---MIL) says nothing about who acted
towards whom, unlike a country's sector (USAGOV) or a named organisation (IGOWSTNAT). Both
participants.py (the filters on a side) and targets.py (the rules that find a target) test
for it, so the test lives here, below both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..actors.loader import demonyms, region_names
from ..model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Built-in roles and persons whose country the dictionary could not tell. PETRARCH "---GOV"
# agents (kind "null") are kept: a user's PETRARCH dictionaries code them on purpose, and
# PETRARCH emits their events.
_STATELESS_KINDS = frozenset({"role", "person"})


# Organisations without a country are specific actors even when named through a role
# ("NATO envoys": IGOWSTNAT), unlike bare sectors ("GOV", "---MIL").
_ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def generic(actor: Actor | None) -> bool:
    """A bare sector with no country ("officials", "the military", "the administration")."""
    return (
        actor is not None
        and actor.country is None
        and actor.kind in _STATELESS_KINDS
        and not organisation(actor)
    )


def organisation(actor: Actor) -> bool:
    """A named organisation without a country (an IGO, NGO, multinational armed group)."""
    return actor.code.lstrip("-").startswith(_ORGANISATION_PREFIXES)


# Words for the other side of a war (lemmas); see adversaries.py
ENEMY = frozenset({"enemy", "occupier", "occupiers", "invader", "invaders", "aggressor"})
_ENEMY_STEMS = frozenset(w.rstrip("s") for w in ENEMY)


def enemy_named(actor: Actor) -> bool:
    """Whether a countryless ``actor`` is named by an enemy word ("the enemy", "occupiers"):
    the other side of a war, not the people of the place where force landed."""
    words = actor.text.lower().split()
    return actor.country is None and bool(words) and words[-1].rstrip("s") in _ENEMY_STEMS


# Nouns of a war waged on a state, whose victim a war report need not name ("the Azerbaijani
# offensive, now in its second week"): the side's adversary in the article's war, or none
# A state's own forces of order: army, police, intelligence, defence ministry
SECURITY_SECTORS = frozenset({"MIL", "COP", "SPY", "GOVMIL"})
# Violence and force (CAMEO 18-20) are used by states, forces and armed groups: tourists
# "entering the country", students, a business or countryless children are no attackers (a
# protesters' clash stays 190/145).
UNARMED = frozenset({"CVL", "REF", "EDU", "HLH", "MED", "BUS", "LAB", "AGR", "ENV", "REL"})
WAR_NOUNS = frozenset({"invasion", "aggression", "war", "offensive", "occupation"})

# Instruments that act for whoever enacts them (sides.py) and whose content is no party to
# support for them or their rejection (fallbacks.py)
DOCUMENTS = frozenset(
    {"decree", "order", "law", "bill", "legislation", "resolution", "directive", "ordinance",
     "edict", "proclamation", "statute"}
)  # fmt: skip


_AGENT_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


def placed_war(noun: Token) -> bool:
    """A war noun whose only modifier naming a party is a place name ("the Ukraine war", "the
    Russia-Ukraine war"): where it is fought, or its victim, never who wages it."""
    kids = list(noun.children)
    return noun.lemma_.lower() in WAR_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in _AGENT_ENTITIES
        for c in kids
    ) and not any(c.dep_ == "poss" or c.ent_type_ == "NORP" for c in kids)


def bare_war_noun(tok: Token, *, attacks: bool = True) -> bool:
    """Whether ``tok`` is a war noun (``WAR_NOUNS``), or with ``attacks`` an attack noun
    (``ATTACK_NOUNS``), whose agent a possessive or a demonym names ("Russia's invasion", "the
    Russian aggression", "after Russian shelling"); a compound may name the victim or the
    place ("the Ukraine invasion", "the Russia-Ukraine war"), and "its invasion" leaves the
    agent to coreference, too weak to guess the victim from."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and (
            lemma in WAR_NOUNS
            # "Russia's military operation"
            or (lemma == "operation" and any(c.lower_ == "military" for c in tok.children))
            or (attacks and lemma in ATTACK_NOUNS
                and not any(c.lower_ in _NOT_FORCE for c in tok.children))
        )
        and _one_agent(tok, lemma)
    )


def _one_agent(tok: Token, lemma: str) -> bool:
    """Whether a possessive or a nationality names the noun's one agent: a nationality by
    the country word list (the tagger reads "Mariupol" as an adjective too), and not two of
    them ("the Russian-Ukrainian war" names both sides)."""
    nationalities = demonyms()
    named = [t for t in tok.subtree if t.i < tok.i and t.lower_ in nationalities]
    if len({t.lower_ for t in named}) > 1:
        return False
    return any(
        (c.dep_ == "poss" and c.tag_ != "PRP$" and (lemma not in ATTACK_NOUNS or c.pos_ == "PROPN"))
        or (c.dep_ in ("amod", "compound") and c in named)
        or (c.dep_ == "prep" and c.lower_ == "by" and any(_one_side(o, nationalities)
                                                          for o in c.children if o.dep_ == "pobj"))
        for c in tok.children
    )


def _one_side(agent: Token, nationalities: frozenset[str] | set[str]) -> bool:
    """Whether the object of a war or attack noun's "by" names one side ("the shelling of
    the plant by Russian troops", "by the occupiers"): a name, a people's word, or an enemy
    word, and no list of parties ("by Russia and Belarus")."""
    if any(c.dep_ == "conj" for c in agent.children):
        return False
    return (agent.pos_ == "PROPN" or agent.lemma_.lower() in ENEMY
            or any(c.dep_ in ("amod", "compound") and c.lower_ in nationalities
                   for c in agent.children))


# Nouns of one attack, which a war report may leave without its victim ("five killed after
# Russian shelling"): as war nouns, but only where they head the event (adversaries.py); and
# the modifiers of a strike that is no attack ("a general strike", "a hunger strike").
ATTACK_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "shelling", "bombardment", "bombing", "assault", "raid"}
)
AFTER = ("after", "following")  # (prepositions of an attack that harm followed)
_ATTACK_WORDS = ATTACK_NOUNS | {"attacks", "strikes", "airstrikes", "raids"}  # (plurals too)


def attack_followed(prep: Token) -> Token | None:
    """The attack an "after" or "following" phrase names ("damaged after Russian shelling",
    also when the parser reads "after shelling by X" as a clause), else None."""
    o = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return o if o is not None and o.lower_ in _ATTACK_WORDS else None


_NOT_FORCE = frozenset({"hunger", "general", "nationwide", "national", "labour", "labor",
                        "workers", "worker", "rail", "transport", "warning", "cyber", "hacking",
                        "ddos", "ransomware"})


def vague_war_event(trigger: Sequence[Token]) -> bool:
    """Whether an event with no victim is too vague to keep: a war noun in its trigger, or an
    attack noun heading it ("killed in an Israeli air strike" keeps its killing)."""
    return any(bare_war_noun(t, attacks=i == 0) and not going_on(t) for i, t in enumerate(trigger))


# Verbs that say an act goes on, grows or starts again
_GOING_ON = frozenset({"continue", "intensify", "resume", "escalate", "increase", "rage",
                       "persist", "mount", "grow", "spread", "worsen"})  # fmt: skip


def going_on(noun: Token) -> bool:
    """Whether the event noun is the subject of a verb saying it goes on ("attacks continued")."""
    return noun.dep_ == "nsubj" and noun.head.lemma_ in _GOING_ON


# Words that count people: "thousands of Ukrainians", "a million Syrians"
_COUNTS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions",
                     "dozen", "dozens", "number", "wave", "flood", "influx"})


def counted_people(heads: Sequence[Token]) -> bool:
    """Whether every head is a nationality's plural counted like a crowd ("a million
    Ukrainians", "thousands of Syrians"): people on the move, not the state's forces ("the
    Russians entered Kherson" is uncounted)."""
    def counted(h: Token) -> bool:
        if any(c.dep_ in ("nummod", "quantmod") for c in h.children):
            return True
        up = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" else None
        return up is not None and (up.like_num or up.lower_ in _COUNTS)
    return bool(heads) and all(
        h.ent_type_ == "NORP" and h.tag_ in ("NNPS", "NNS") and counted(h) for h in heads)


def names_war(actor: Actor, doc: Doc) -> bool:
    """Whether ``actor`` is named only as a name compounded with a war noun that no possessive
    or adjective gives an agent: "the Iraq war", "the Ukraine conflict" name a war, and their
    country is no party to what is said or done about it."""
    for t in doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand") or ():
        if t.dep_ == "compound" and t.pos_ == "PROPN":
            war = t.head
            return war.lemma_.lower() in WAR_NOUNS | {"conflict"} and not any(
                c.dep_ in ("poss", "amod") for c in war.children)
    return False


def only_where(actor: Actor, code: str, *, noun: bool) -> bool:
    """Whether a source of an act of force (CAMEO 18-20), or of any event noun, names only
    where it happened: a place name read as one ("the Bucha massacre"), or a city or region
    standing for its country ("Kherson, Melitopol and other occupied cities": no city
    occupies). Never a country by its name or people ("the US", "Ukrainian shelling"), a
    capital for its government, a region with its own code ("the Gaza Strip": PSEGZA), or a
    place a user's dictionaries code as a country."""
    if actor.via == "place":
        return noun or code[:2] in ("18", "19", "20")
    if code[:2] not in ("18", "19", "20") or actor.kind != "country" or actor.sector:
        return False
    text = actor.text.lower().removeprefix("the ")
    return actor.via == "name" and actor.code == actor.country and text in region_names()


# Sectors that fight or challenge their own state: a country's rebels, separatists,
# insurgents, opposition and irregular armed groups are not the side of its government
CHALLENGERS = frozenset({"REB", "SEP", "INS", "OPP", "UAF"})


def side_of(actor: Actor) -> tuple[str | None, bool]:
    """The side ``actor`` speaks and acts for: its country, and whether it challenges that
    country's state ("separatists in eastern Ukraine" are not Ukraine's forces' side)."""
    return actor.country, (actor.sector or "")[:3] in CHALLENGERS
