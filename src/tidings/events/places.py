"""Places of a coded event: the country a clause says the event happened in.

When the target side names only countryless victims or people ("three villagers were killed
in northern Syria"), participants.targets places them in the country of the first place
phrase, the target's own ("rebel forces in the country's east") or else the clause's, and codes
them as that country's sector (---CVL -> SYRCVL). The same places say whose countryless
police or courts act there (``home_of_domestic``), and a world region named only as a place
is no target (``region_as_place``). The helpers live here, apart from participants.py and
targets.py, to keep each module under the house-style 400 lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.dictionary import ActorDictionary
from ..model import Actor
from .agents import actors, of_objects
from .sectors import organisation
from .syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import ActorIndex


def event_place(
    verb: Token,
    index: ActorIndex,
    *,
    exclude: list[Token],
    avoid: set[str],
    own: Sequence[Token] = (),
) -> Actor | None:
    """The country of the first place phrase of the ``own`` target phrases ("rebel forces in
    the country's east"), else of the clause ("in Kharkiv", "in the north of Syria") outside
    the excluded phrases and the reasons ("reprimanded an officer over a death in Gaza")."""
    for head in own:
        found = _place_in(head.subtree, index, skip={head.i}, avoid=avoid)
        if found is not None:
            return found
    reasons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _REASONS]
    skip = {t.i for h in [*exclude, *reasons] for t in h.subtree}
    found = _place_in(verb.subtree, index, skip=skip, avoid=avoid)
    return found or _object_place(verb, index, avoid)


def _object_place(verb: Token, index: ActorIndex, avoid: set[str]) -> Actor | None:
    """ "shelled Kharkiv overnight, killing four people": a participle after its verb happened
    where that verb's object is, when the object is a place (a country, or a city of one)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or head.i > verb.i:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        for a in actors(index, [obj]):
            if a.kind == "country" and a.sector is None and a.code not in avoid:
                return a
        found = _place_in(obj.subtree, index, skip={obj.i}, avoid=avoid)
        if found is not None:
            return found
    return None


# Prepositions of a reason or topic: a place inside them is not where the act happened
_REASONS = frozenset({"over", "about", "because", "concerning", "regarding"})


def _place_in(
    tokens: Iterable[Token], index: ActorIndex, *, skip: set[int], avoid: set[str]
) -> Actor | None:
    for tok in tokens:
        if (
            tok.i in skip
            or tok.dep_ != "pobj"
            or (tok.head.lower_ not in _PLACE_PREPS and not _struck(tok))
            or tok.lemma_.lower() in _ATTACK_NOUNS  # "killed in Russian strikes": the means
            or (tok.head.lower_ == "of" and tok.head.head.lower_ not in _DIRECTIONS
                and not _struck(tok))
        ):
            continue
        # "in the country's east": the country owning the direction
        owners = [c for c in tok.children if c.dep_ == "poss"] if tok.lower_ in _DIRECTIONS else []
        for a in actors(index, [tok, *owners]):
            if a.kind == "country" and a.sector is None and a.code not in avoid:
                return a
            if a.via == "metonym" and a.kind == "country" and a.country and a.code not in avoid:
                # "near the capital Khartoum": the capital as a place is its country
                name = a.name.removesuffix(" government")
                return Actor(text=a.text, name=name, code=a.country, country=a.country)
            if a.country and tok.ent_type_ == "GPE" and a.country not in avoid:
                # "from a school in northwestern Nigeria": the place is inside a role's
                # mention (NGAEDU); its country is the place's
                return Actor(text=tok.text, name=tok.text, code=a.country, country=a.country)
    return None


_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "of"})
# "killed in missile strikes on Kharkiv": the place an attack was on is where it hit
_ATTACK_NOUNS = frozenset(
    {"strike", "airstrike", "attack", "raid", "assault", "shelling", "bombardment", "bombing"}
)


def _struck(tok: Token) -> bool:
    """Whether ``tok`` is what an attack noun was on ("strikes on Kharkiv", "the shelling of
    Kharkiv")."""
    prep = tok.head
    return prep.lower_ in ("on", "against", "of") and prep.head.lemma_.lower() in _ATTACK_NOUNS
_DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "centre",
        "center",
        "outskirts",
        "suburbs",
        "heart",
        "part",
        "region",
        "city",
    }
)


def located(actor: Actor, place: Actor) -> Actor:
    """A countryless sector actor placed in ``place``'s country: ---CVL in Syria -> SYRCVL.
    A region with a CAMEO code of its own keeps it (---CVL in the Gaza Strip -> PSEGZACVL),
    as "civilians in Gaza" and "Gazan civilians" are coded by the actor dictionary."""
    sector = actor.sector or ""
    region = place.code if place.country and place.code.startswith(place.country) else None
    return Actor(
        text=actor.text,
        name=f"{place.name} {actor.name}",
        code=f"{region or place.country or place.code}{sector}",
        country=place.country,
        sector=actor.sector,
        kind=actor.kind,
        start=actor.start,
        end=actor.end,
        via="location",
    )


# Sectors that act only at home: police arrest and courts try in their own country
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})


def country_actor(code: str) -> Actor:
    """The country ``code`` as an actor of its own, for a place or a home."""
    name = ActorDictionary.builtin().country_names.get(code, code)
    return Actor(text="", name=name, code=code, country=code)


def domestic_home(sources: list[Actor]) -> Actor | None:
    """The country of police or a court among ``sources``, as a place: whom they arrest, try
    or kill is of their country ("Indian police killed militants" -> INDUAF)."""
    for a in sources:
        if a.country and a.sector in DOMESTIC_SECTORS:
            return country_actor(a.country)
    return None


def home_of_domestic(
    sources: list[Actor],
    verb: Token,
    index: ActorIndex,
    *,
    own: Sequence[Token],
    exclude: list[Token],
) -> list[Actor]:
    """Countryless police or courts placed in the country of the place of their act, the
    people's own ("protesters in Moscow were detained by police") or the clause's ("detained
    ... in St Petersburg"): police act at home, so the place says whose they are (RUSCOP).
    Not the people's nationality: a court sentencing "an American journalist" is no US court."""
    if not any(a.country is None and a.sector in DOMESTIC_SECTORS for a in sources):
        return sources
    place = event_place(verb, index, exclude=exclude, avoid=set(), own=own)
    if place is None:
        return sources
    return [
        located(a, place) if a.country is None and a.sector in DOMESTIC_SECTORS else a
        for a in sources
    ]


# The state an opposition stands against: its government, legislature, courts and leaders
_STATE = frozenset({"GOV", "LEG", "JUD"})


def opposition_home(
    sources: list[Actor], targets: list[Actor], code: str
) -> tuple[list[Actor], list[Actor]]:
    """A countryless opposition in conflict (CAMEO 10-20) with one country's state is that
    country's opposition: "opposition leaders accused the Kenyan government" is KENOPP, as is
    the opposition the Kenyan government arrests. Not across two countries, nor facing a bare
    country; nor in a meeting or an appeal, which an opposition makes abroad as well."""
    def placed(side: list[Actor], other: list[Actor]) -> list[Actor]:
        if code[:2] < "10" or not any(a.country is None and a.sector == "OPP" for a in side):
            return side
        homes = {t.country for t in other}
        if len(homes) != 1 or None in homes or not all(t.sector in _STATE for t in other):
            return side
        home = country_actor(next(iter(homes)))  # type: ignore[arg-type]
        return [replace(located(a, home), via="opposition")
                if a.country is None and a.sector == "OPP" else a for a in side]

    return placed(sources, targets), placed(targets, sources)


# CAMEO's regional actor codes (no country has them)
_CAMEO_REGIONS = frozenset(
    {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
     "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"}
)  # fmt: skip
# Prepositions of place: "a crossing in North America" says where, not at whom
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "inside", "throughout", "around"})


def region_as_place(actor: Actor, doc: Doc, code: str = "") -> bool:
    """Whether ``actor`` is a world region (a CAMEO regional code such as NMR, EEU, WST,
    which no country has) named only as a place: "blocked the busiest crossing in North
    America" is aimed at nobody there. Words are aimed "at" a region ("hit out at the West",
    a verbal ``code``), as they are at a country."""
    if actor.country not in _CAMEO_REGIONS:
        return False
    if actor.start is None or actor.end is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head.lower_
    return prep in _LOCATIVE_PREPS and not (code[:2] < "14" and prep == "at")


# prepositions of where something happened ("in Kherson", "near the border")
LOCATIVE = frozenset({"in", "on", "at", "across", "throughout", "around", "near", "inside"})


def place_objects(verb: Token) -> list[Token]:
    """The objects of the place phrases of the verb or its object ("fighting near Kherson",
    "fighting heavy battles on the edge of the city")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # ("on" also names a topic: "an agreement on cooperation between X and Y")
    return [o for h in holders for o in prep_objects(h, LOCATIVE - {"on"})]


# Verbs whose seizure of a place is its occupation (CAMEO 192), not an arrest (173) or a
# seizure of property (171)
_TAKING = frozenset({"capture", "seize"})


def taken_places(verb: Token, code: str, index: ActorIndex) -> list[Actor]:
    """ "captured Kherson", "seized Crimea", "Kyiv was captured": the places named as what a
    capture or seizure (171, 173) took, when every patient is one (a country, or a capital
    standing for it); empty when people or property were taken ("captured two soldiers",
    "captured 11 Russians", "seized a British tanker")."""
    if code not in ("171", "173") or verb.lemma_.lower() not in _TAKING:
        return []
    heads = [_antecedent(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [j for h in heads for j in h.conjuncts]
    if heads and heads[0].ent_type_ not in _NOT_PLACES and all(
            h.pos_ == "PROPN" and index.actor_at(h.i) is None for h in heads):
        # "captured Pidlisne and Myrna Dolina in Luhansk region": names the dictionary does
        # not know, taken in a known place, are places of it
        named = [next((a for t in o.subtree if (a := index.actor_at(t.i)) is not None), None)
                 for o in place_objects(verb)]
        return [a for a in named if a is not None and a.kind == "country" and a.country]
    if any(
        h.ent_type_ == "NORP" or h.tag_ in ("NNS", "NNPS")
        or any(c.dep_ in ("det", "nummod") and c.lower_ != "the" for c in h.children)
        for h in heads
    ):
        return []  # "captured 11 Russians", "another Briton": people named by their country
    # (a list's later names the dictionary does not know are more places of the same list:
    # "captured Bucha, Vorzel and Hostomel")
    named = [index.actor_at(h.i) for h in heads if not (
        h.dep_ == "conj" and h.pos_ == "PROPN" and index.actor_at(h.i) is None)]
    if not named or any(
        a is None or a.kind != "country" or not a.country
        or a.code not in (a.country, f"{a.country}GOV")
        for a in named
    ):
        return []
    return [a for a in named if a is not None]


_NOT_PLACES = frozenset({"PERSON", "NORP"})  # (a list's later names may be misread as people)


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for, through the verbs the relative clause governs
    ("Kherson, which the troops managed to capture"); else ``tok``."""
    if tok.tag_ not in ("WDT", "WP"):
        return tok
    clause = tok.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else tok


# Nouns of a line between two states
_BORDERS = frozenset({"border", "frontier", "boundary"})


def shared_border(heads: list[Token], code: str, index: ActorIndex) -> bool:
    """Whether a slot head is a border its modifiers place between two or more countries
    ("a raid on the US-Mexico border"): a line, not a party. Troops massed at, pulled back
    from or a border closed (15, 08, 16, 191) face the country on its other side."""
    if code[:2] in ("08", "15", "16") or code == "191":
        return False
    for h in heads:
        if h.lemma_.lower() in _BORDERS:
            named = actors(index, [t for t in h.subtree if t.i < h.i and t.dep_ != "det"])
            if len({a.country for a in named if a.country}) >= 2:
                return True
    return False


# Nouns of places force lands on ("farming areas across a country", "towns near the border",
# "the airport in Kherson"); an embassy stays its own country's
_PLACE_NOUNS = frozenset(
    {"area", "city", "town", "village", "region", "district", "settlement", "locality",
     "community", "neighbourhood", "neighborhood", "suburb", "territory", "position",
     "infrastructure", "facility", "site", "target", "plant", "factory", "station", "airport",
     "airfield", "port", "base", "depot", "warehouse", "refinery", "hospital", "school",
     "building", "bridge", "dam", "market", "checkpoint", "camp", "home", "house", "hotel",
     "apartment", "church", "mosque", "mall", "theatre", "theater", "museum", "university",
     "kindergarten", "shop", "store", "restaurant", "cafe", "street", "square", "road",
     "office", "headquarters", "barracks", "complex", "centre", "center", "farm", "railway",
     "substation", "pipeline", "tower", "residence", "shelter", "clinic"}
)  # fmt: skip


def of_places(
    heads: list[Token], code: str, index: ActorIndex, found: list[Actor], trigger: Token
) -> list[Actor]:
    """``found``, or for bare sectors the countries named in the slot's "of" phrases; for
    force (18-20) on places named by a common noun, the country of their place phrase, or of
    the place phrase of the event noun itself ("missile attacks ... across Ukraine")."""
    if not found and code[:2] in ("18", "19", "20"):
        # "rocket fire on farming areas across Syria": force lands where they are
        spots = [h for h in heads if h.lemma_.lower() in _PLACE_NOUNS]
        if spots and trigger.pos_ == "NOUN":
            spots.append(trigger)
        # ("launched an attack on an airfield near Kropyvnytskyi": the attack noun's place)
        spots += [h.head.head for h in spots
                  if h.dep_ == "pobj" and h.head.head.pos_ == "NOUN" and h.head.head not in spots]
        where = [o for h in spots for o in prep_objects(h, LOCATIVE | {"of"})]
        return [a for a in actors(index, where) if a.country and a.code == a.country]
    if not found or any(a.country or a.kind == "igo" or organisation(a) for a in found):
        return found
    # "a rebel-held district of Yemen": the place named in the "of" phrase is the target,
    # not the sector adjective of the head noun; a named armed group stays the target
    # ("an Islamist militia position north of Mosul" is not the city's)
    owners = actors(index, [o for h in heads for o in of_objects(h)])
    return [a for a in owners if a.country] or found


def withdrawn_from(code: str, targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    """A withdrawal's targets, with "troops from Syria" read as the place they leave, not as
    Syrian forces ("will pull out troops from Syria", "the withdrawal of troops from Mali");
    forces falling back in their own country retreat from no place of theirs ("Ukrainian
    forces retreated from Severodonetsk": from the enemy, whom the clause does not name)."""
    if code[:3] not in ("087", "035") and code not in ("0256", "1056", "1246"):
        return targets
    retreat = code[:3] == "087"
    own = {a.country for a in sources if a.country} if retreat else set()
    # (a capital left is the place, not its government: "pulled back from Kyiv")
    return [  # (the place keeps its words and offsets: the evidence is "Kyiv")
        replace(country_actor(t.country), text=t.text, start=t.start, end=t.end, via=t.via)
        if t.country and (
            (t.sector == "MIL" and " from " in f" {t.text.lower()} ")
            or (retreat and t.via == "metonym" and t.kind == "country")
        )
        else t
        for t in targets
        if not (t.code == t.country and t.country in own)
    ]
