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

- Places after a locative preposition ("a protest in Beijing", "exercises in Alaska",
  "southwest of Baghdad") code to their country with ``via="place"``: a location, not the
  government a capital stands for as a subject ("Beijing said": CHNGOV). Phoenix codes
  capitals and cities as the country, and PETRARCH's gold sets take such places as targets;
  whether a place is an event's target is the event coder's decision, made with ``via``.
  Cities the dictionary does not list ("in Zurich") are no actor at all.
- An organisation's seat city is its metonym only as agent or addressee ("Brussels warned
  Budapest": the EU); after a locative preposition it is a place in the seat's country ("a
  protest in Brussels": BEL, "protesters in Brussels": BELOPP).
- A counterpart is the holder, in its country, of the office of the person it is the
  counterpart of (possessor, else clause subject): "Lavrov told his Turkish counterpart" is
  Turkey's foreign minister on the date, else TURGOV; heads of state and government match
  across systems ("Biden's German counterpart" is the chancellor).
- A title word ending another proper name is no office ("Burger King", "Stephen King",
  "Mr King"); a leader of a non-political domain is that domain's ("business leaders" BUS,
  "a religious leader" REL) or no actor ("a team leader"); a country noun before a national
  team's noun is no actor ("Former England captain NAME", "France coach").
- Titles bind to the country before them: "Lebanese President NAME" is LBNGOV for any NAME;
  a defence minister is GOVMIL ("Iraqi Defence Minister NAME": IRQGOVMIL), police COP.
- Coordinated adjectives share the role after them ("US and British activists": USAOPP and
  GBROPP); a country noun does not ("Israel and Palestinian militants": ISR and PSEREB).
- A role takes the affiliation after of/from (in, for unarmed roles) through plain
  modifiers and possessives: "activists from junta-ruled Mali" MLIOPP, "leaders of
  Lebanon's Hezbollah" the group, "envoys from the Polish government" POLGOV.

- A possessor gives a countryless role its country: "its troops" (the pronoun resolved),
  "his cabinet", "Russia's escalation of forces" (RUSMIL); after a possessive determiner a
  "from X" is a location ("withdraw its troops from Ukraine" is not UKRMIL).
- A definite countryless government mention ("the Administration", "the leaders", "the
  Deputy Head": roles tagged ``home``) takes the country of the salient named office-holder
  nearby (a plural only when every person nearby has that one country), else of the same
  institution named earlier with its country; otherwise it stays ``---GOV``.
- A country inside a title-cased programme name ("the American Rescue Plan", ``name_heads``)
  is no actor; a dictionary surname after other given names in one entity is another person
  ("Julie Chavez Rodriguez", "Hunter Biden"); office-holders separated by commas are list
  items, not appositions ("the Prime Minister of Israel, the President of Turkey").
- "The group", "the militant group" refer to a named armed group in the same or previous
  sentence (restricted by a country adjective: "the Palestinian militant group", PSEUAF when
  none is named); an IGO official's code names the body for "the alliance"/"the
  organisation" ("Jens Stoltenberg ... The alliance": NATO).
- A pronoun that is its sentence's main subject never takes a person from its own adjunct
  ("Standing alongside NAME, he said"); where the nearest person is only an object, it
  continues the previous main-clause subject.

- A name learned from its title in a document ("Iraqi Defence Minister NAME") codes the same
  where the document repeats it, alone or after a country-less title.
- Loaded PETRARCH dictionaries compose as PETRARCH does: an agent after an actor coded with
  a sector is appended (GMWGOV + ~WGO: GMWGOVWGO; not after a metonym: Moscow's troops are
  RUSMIL); a prefix agent before a country leads ("MSF Arnor" NGOARN); a title before a name
  coded with a bare country gives that country's sector ("President NAME [BRE]": BREGOV);
  a dated entry with a bare country code is the country, not a person.

Ambiguous names, kept simple on purpose:

- Case: a span with a capital letter anywhere is name-like ("Turkey", "iSrael",
  "al-Shabab"). An all-lower-case name matches only where case says nothing - a sentence
  with no capital after its first word (lower-cased headlines), or a word NER tags as a
  name ("President obama") - and then only with 4+ letters and not when it is also an
  English word (``common_words`` in actors_roles.yaml: "turkey", "china", "trump").
  "US"/"WHO"/"UN" match only in capitals, and a lower-case function word ("us", "who",
  "it") never matches any dictionary.
- A name before a hyphenated participle modifies ("Iran-backed Houthis", "rebel-held
  Aleppo", "UK-based group": no Iran, rebels or UK), except "-led"; a place before an
  event noun is part of a longer name ("the Minsk agreements", "the Tokyo Olympics").
- A country or capital inside a longer PERSON/FAC/EVENT/WORK_OF_ART/PRODUCT/LAW entity is
  not a mention ("Chad Smith", "George Washington", "the Beijing Olympics"), nor a capital
  inside an ORG ("the Washington Post"); an entity that is a list ("Gondor and Arnor") is.
  A role word inside (not opening) the name of a building, work, event or law is no role
  ("the Tomb of the Unknown Soldier" names no soldiers).
- "Georgia" is the country GEO unless a cue makes it the US state, USA (``states``: "Savannah,
  Georgia", "Georgia Governor", "the state of Georgia", "Georgia and Alabama"); a place before
  ", <US state>" is in the United States ("Moscow, Idaho"). "Jordan" is JOR, "Chad" TCD unless
  NER marks a longer name; "Congo" alone is the Republic of the Congo (COG, pycountry's
  short name).
- A deputy's rank between a body and a title keeps the body but no office-holder ("NATO
  Deputy Secretary General NAME": IGOWSTNAT, not the Secretary General); a region's office
  is not the country's ("Georgia's secretary of state" is no US Secretary of State).
"""

from .dictionary import ActorDictionary, ActorEntry
from .index import ActorIndex, index_actors

__all__ = ["ActorDictionary", "ActorEntry", "ActorIndex", "index_actors"]
