"""INTERFACE STUB: the actors helper replaces the bodies; signatures are the contract."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..model import Actor
from .dictionary import ActorDictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class ActorIndex:
    """Who is mentioned where in one Doc.

    ``mentions``: every actor mention, in text order, non-overlapping (longest match wins),
    each an Actor with start/end offsets. Pronouns and descriptions ("he", "the Russian
    leader", "the alliance") resolved to an earlier named actor appear here too, with
    ``via="coref"`` and the offsets of the pronoun/description itself.
    """

    doc: Doc
    mentions: list[Actor]

    def actor_at(self, i: int) -> Actor | None:
        """The actor whose mention covers token ``i`` (after coreference), or None."""
        raise NotImplementedError

    def actors_for(self, head: Token) -> list[Actor]:
        """All actors a noun phrase denotes, given its head token.

        Looks at the head's own mention and its subtree (compound, amod, poss, appos: "the
        Russian Deputy Foreign Minister, Sergei Ryabkov" -> the person; "Russian troops" ->
        RUSMIL), and follows ``conj`` so "Russia and China" gives two actors. Empty when the
        phrase names no actor.
        """
        raise NotImplementedError


def index_actors(doc: Doc, *, dictionary: ActorDictionary, on: date | None = None) -> ActorIndex:
    """Find and resolve every actor mention in ``doc``, valid on date ``on``."""
    raise NotImplementedError
