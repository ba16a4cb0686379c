"""Actors: the dictionary of who is who, and the per-document index of who is mentioned where.

Public interface used by the event coder and quote attribution (keep these names stable):

- ``ActorEntry``: one dictionary entry (patterns, code, name, country, sector, kind, dates).
- ``ActorDictionary``: entries loaded once; ``builtin()``, ``extended(entries)``,
  ``lookup(text, on=)``.
- ``ActorIndex``: per-Doc result of ``index_actors``; ``mentions``, ``actor_at(i)``,
  ``actors_for(token)``.
- ``index_actors(doc, *, dictionary, on)``: find mentions and resolve pronouns/descriptions.

Coding conventions (CAMEO as PETRARCH/Phoenix apply it):

- Codes are country (ISO alpha-3; Kosovo KSV) + sector: RUSGOV, UKRMIL, GBRGOVMIL (defence
  ministry and minister, as Phoenix), GOVMED (state media). IGOs keep their CAMEO code and take
  a non-government agent as suffix ("UN troops" IGOUNOMIL; "NATO officials" IGOWSTNAT).
- An agent with no country is ``---`` + sector ("rebels" ---REB), as PETRARCH writes it.
- Capitals and institutions are metonyms for the government ("Moscow", "the Kremlin":
  RUSGOV, ``via="metonym"``); "the Pentagon" is USAMIL.
- People code to their office on the date: Putin RUSGOV; the NATO Secretary-General
  IGOWSTNAT. Outside every dated term they keep their country with sector ELI (CAMEO
  "elites"), the Phoenix convention for former office-holders: Trump on 2023-06-01 is USAELI.
  Without a date, a person takes their latest term and a bare title ("the British Prime
  Minister") gives only the country's sector (GBRGOV).

Ambiguous names, kept simple on purpose:

- Names match only when capitalised ("Turkey", not "turkey"); "US"/"WHO"/"UN" only in
  capitals, and a lower-case function word ("us", "who", "it") never matches any dictionary.
- A country or capital inside a longer PERSON/FAC/EVENT/WORK_OF_ART/PRODUCT/LAW entity is
  not a mention ("Chad Smith", "George Washington", "the Beijing Olympics"), nor a capital
  inside an ORG ("the Washington Post"); an entity that is a list ("Gondor and Arnor") is.
- "Georgia" is always the country GEO, "Jordan" JOR, "Chad" TCD unless NER marks a longer
  name; "Congo" alone is the Republic of the Congo (COG, pycountry's short name).
"""

from .dictionary import ActorDictionary, ActorEntry
from .index import ActorIndex, index_actors

__all__ = ["ActorDictionary", "ActorEntry", "ActorIndex", "index_actors"]
