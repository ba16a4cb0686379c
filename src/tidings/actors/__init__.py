"""Actors: the dictionary of who is who, and the per-document index of who is mentioned where.

Public interface used by the event coder and quote attribution (keep these names stable):

- ``ActorEntry``: one dictionary entry (patterns, code, name, country, sector, kind, dates).
- ``ActorDictionary``: entries loaded once; ``builtin()``, ``extended(entries)``,
  ``lookup(text, on=)``.
- ``ActorIndex``: per-Doc result of ``index_actors``; ``mentions``, ``actor_at(i)``,
  ``actors_for(token)``.
- ``index_actors(doc, *, dictionary, on)``: find mentions and resolve pronouns/descriptions.
"""

from .dictionary import ActorDictionary, ActorEntry
from .index import ActorIndex, index_actors

__all__ = ["ActorDictionary", "ActorEntry", "ActorIndex", "index_actors"]
