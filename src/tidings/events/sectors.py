"""Sectors without a country: how specific an actor found for an event is.

A bare sector ("officials", "the military": ---GOV, ---MIL) says nothing about who acted
towards whom, unlike a country's sector (USAGOV) or a named organisation (IGOWSTNAT). Both
participants.py (the filters on a side) and targets.py (the rules that find a target) test
for it, so the test lives here, below both.
"""

from __future__ import annotations

from ..model import Actor

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
