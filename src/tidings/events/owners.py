"""A nominal event with both a possessor and a proper-noun compound before it: "Russia's
Ukraine invasion", "Putin's Kyiv assault". The index gives the noun its nearest modifier's
actor (the compound), but the possessor is who acts and the compound is the place or the
victim. ``agents.actors`` (the source side), ``stances.py`` and ``sides.py`` (the target
side) read these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
