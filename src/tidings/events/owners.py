"""Owners that act through what they own or hold.

A nominal event with both a possessor and a proper-noun compound before it: "Russia's
Ukraine invasion", "Putin's Kyiv assault". The index gives the noun its nearest modifier's
actor (the compound), but the possessor is who acts and the compound is the place or the
victim. ``agents.actors`` (the source side), ``stances.py`` and ``sides.py`` (the target
side) read these. And the holders of a captivity that captives are freed from
(``captors``, for the source of a passive release).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import CAPTIVITY
from .syntax import pobj

if TYPE_CHECKING:
    from spacy.tokens import Token


def _owners_and_places(noun: Token) -> tuple[list[Token], list[Token]]:
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    places = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (owners, places) if owners and places else ([], [])


def acting_owners(noun: Token) -> list[Token]:
    """The possessors of a noun a place compound also modifies ("Putin" in "Putin's Kyiv
    assault"); none otherwise."""
    return _owners_and_places(noun)[0]


def owned_places(noun: Token) -> list[Token]:
    """The place compounds of a noun whose possessor acts ("Kyiv" in "Putin's Kyiv assault")."""
    return _owners_and_places(noun)[1]


def captors(release: Token) -> list[Token]:
    """ "sailors freed from Houthi captivity": the modifiers that name who held the captives,
    on the "from" phrase of captivity, detention or prison of a passive release."""
    out: list[Token] = []
    for c in release.children:
        held = pobj(c) if c.dep_ == "prep" and c.lower_ == "from" else None
        if held is not None and held.lemma_.lower() in CAPTIVITY:
            out.extend(
                g for g in held.children if g.dep_ in ("amod", "poss", "compound") and g.i < held.i
            )
    return out
