"""Sectors without a country: how specific an actor found for an event is.

A bare sector ("officials", "the military": ---GOV, ---MIL) says nothing about who acted
towards whom, unlike a country's sector (USAGOV) or a named organisation (IGOWSTNAT). Both
participants.py (the filters on a side) and targets.py (the rules that find a target) test
for it, so the test lives here, below both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

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
WAR_NOUNS = frozenset({"invasion", "aggression", "war", "offensive", "occupation"})


def bare_war_noun(tok: Token) -> bool:
    """Whether ``tok`` is a war noun (``WAR_NOUNS``) whose agent a possessive or a demonym
    names ("Russia's invasion", "the Russian aggression"); a compound may name the victim or
    the place ("the Ukraine invasion", "the Russia-Ukraine war"), and "its invasion" leaves
    the agent to coreference, too weak to guess the victim from."""
    return (
        tok.pos_ == "NOUN"
        and (
            tok.lemma_.lower() in WAR_NOUNS
            # "Russia's military operation"
            or (tok.lemma_.lower() == "operation"
                and any(c.lower_ == "military" for c in tok.children))
        )
        and any(
            (c.dep_ == "poss" and c.tag_ != "PRP$")
            or (c.dep_ == "amod" and c.text[:1].isupper() and not c.is_sent_start)
            for c in tok.children
        )
    )
