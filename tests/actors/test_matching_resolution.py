"""Matching rules for case, hyphenated modifiers, role affiliations and places, on plain
token lists (no trained model): what ``match_words`` resolves each phrase to."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import ActorDictionary
from tidings.actors.matching import match_words

ON = date(2016, 1, 1)


def _codes(actors: ActorDictionary, words: list[str], *, loose: list[bool] | None = None,
           on: date = ON) -> list[tuple[str, str]]:
    found = match_words(words, dictionary=actors, on=on, loose=loose)
    return [(" ".join(words[m.start:m.end]), m.code) for m in found]


@pytest.mark.parametrize(
    ("words", "loose", "expected"),
    [
        # capitalised or mixed case: a name whatever the context
        (["help", "iSrael"], None, [("iSrael", "ISR")]),
        (["the", "al", "-", "Shabab", "group"], None, [("the al - Shabab group", "SOMREB")]),
        # all lower case: only where case carries no information
        (["President", "obama", "said"], None, [("President", "---GOV")]),
        (["President", "obama", "said"], [False, True, False], [("President obama", "USAGOV")]),
        (["merkel", "meets", "hollande"], [True] * 3, [("merkel", "DEUGOV"),
                                                      ("hollande", "FRAGOV")]),
        # ... and never an English word or a short token
        (["roast", "turkey", "and", "fine", "china"], [True] * 5, []),
        (["xi", "spoke"], [True, True], []),
    ],
)
def test_matching_resolution_case(actors, words, loose, expected) -> None:
    assert _codes(actors, words, loose=loose) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Iran", "-", "backed", "Houthis", "attacked"], [("Houthis", "YEMREB")]),
        (["rebel", "-", "held", "areas"], []),
        (["a", "UK", "-", "based", "monitor"], []),
        # "led" is kept: the leader acts in what the coalition does
        (["the", "Saudi", "-", "led", "coalition"], [("the Saudi", "SAU")]),
        # ... and the forces of a coalition it leads are its forces
        (["Saudi", "-", "led", "coalition", "forces"],
         [("Saudi - led coalition forces", "SAUMIL")]),
        (["US", "-", "led", "troops"], [("US - led troops", "USAMIL")]),
        (["US", "coalition", "forces"], [("US coalition forces", "USAMIL")]),
        # a place before an event noun is part of a longer name
        (["violated", "the", "Minsk", "agreements"], []),
        (["before", "the", "Tokyo", "Olympics"], []),
        (["Moscow", "talks", "tough"], [("Moscow", "RUSGOV")]),
        # a capital before such a noun in a caseless run of a headline: a longer name
        (["report", "of", "Kabul", "airport", "chaos"], []),
    ],
)
def test_matching_resolution_hyphenated_modifier(actors, words, expected) -> None:
    assert _codes(actors, words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["activists", "from", "junta", "-", "ruled", "Mali"], "MLIOPP"),
        (["refugees", "from", "war", "-", "torn", "Syria"], "SYRREF"),
        (["envoys", "from", "the", "Polish", "government"], "POLGOV"),
        (["soldiers", "of", "the", "Russian", "army"], "RUSMIL"),
        (["leaders", "of", "Gaza", "'s", "Islamic", "Jihad"], "PSEREBMUS"),
        (["the", "mayor", "of", "the", "eastern", "Ukrainian", "city"], "UKRGOV"),
        (["Lebanese", "President", "Karim", "Haddadin"], "LBNGOV"),
        # at/for bind a role to an institution, whose sector counts
        (["the", "deputy", "chief", "of", "mission", "at", "the", "U.S.", "embassy"],
         "USAGOV"),
        (["a", "spokesman", "for", "the", "Russian", "defence", "ministry"], "RUSGOVMIL"),
        (["officials", "of", "Russia", "'s", "defence", "ministry"], "RUSGOVMIL"),
        (["U.S.", "Assistant", "Secretary", "of", "State", "Karen", "Donfried"], "USAGOV"),
        # a weapon's model between the nationality and the role, a role after a hyphen
        (["Russian", "Su-24", "bombers"], "RUSMIL"),
        (["Russian", "Su", "-", "24", "bombers"], "RUSMIL"),
        # ... which is no plain word and number ("from Russia only 69 children")
        (["Russia", "only", "69", "children"], "RUS"),
        # Phoenix agents: children are civilians, an airline a business
        (["Palestinian", "children"], "PSECVL"),
        (["Malaysia", "Airlines"], "MYSBUS"),
        # a sports team's spokeswoman is not a government official
        (["Norwegian", "team", "spokeswoman", "said"], "NORCVL"),
        # people of many countries in a city gather there; "protesters in" it are its own
        (["world", "leaders", "in", "Lima"], "---GOV"),
        (["foreign", "ministers", "in", "Lima"], "---GOV"),
        (["protesters", "in", "Lima"], "PEROPP"),
    ],
)
def test_matching_resolution_role_affiliation(actors, words, expected) -> None:
    codes = _codes(actors, words)
    assert codes[0][1] == expected


def test_matching_resolution_ministry_spokesman_is_not_the_country_spokesperson(actors) -> None:
    found = match_words(["a", "spokesman", "for", "the", "Russian", "defence", "ministry"],
                        dictionary=actors, on=date(2022, 3, 1))
    assert [(m.kind, m.name) for m in found] == [("role", "Russia defence ministry spokesperson")]


def test_matching_resolution_role_affiliation_stops_at_a_name(actors) -> None:
    # a capitalised word between the preposition and the country opens another phrase
    assert _codes(actors, ["protesters", "from", "Kenosha", "Wisconsin"])[0] == (
        "protesters", "---OPP")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["a", "protest", "in", "Beijing"], [("Beijing", "CHN", "place")]),
        (["Beijing", "protested"], [("Beijing", "CHNGOV", "metonym")]),
        (["exercises", "in", "Alaska"], [("Alaska", "USA", "place")]),
        (["fighting", "in", "the", "Gaza", "Strip"], [("the Gaza Strip", "PSEGZA", "name")]),
        (["talks", "at", "the", "Kremlin"], [("the Kremlin", "RUSGOV", "metonym")]),
        (["a", "target", "southwest", "of", "Baghdad"], [("Baghdad", "IRQ", "place")]),
        (["the", "demands", "of", "Baghdad"], [("Baghdad", "IRQGOV", "metonym")]),
        # a capital before a noun of violence is where it happened; a verb after a capital
        # leaves it the government, and so does an attack "on" someone
        (["after", "the", "Lima", "bombing"], [("the Lima", "PER", "place")]),
        (["the", "last", "Cairo", "attack", "was"], [("Cairo", "EGY", "place")]),
        (["Cairo", "attacks", "Ankara"], [("Cairo", "EGYGOV", "metonym"),
                                          ("Ankara", "TURGOV", "metonym")]),
        (["a", "Cairo", "attack", "on", "Ankara"], [("Cairo", "EGYGOV", "metonym"),
                                                    ("Ankara", "TURGOV", "metonym")]),
    ],
)
def test_matching_resolution_places(actors, words, expected) -> None:
    found = match_words(words, dictionary=actors, on=ON)
    assert [(" ".join(words[m.start:m.end]), m.code, m.via) for m in found] == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "head", "codes"),
    [
        (["US", "and", "British", "activists", "protested"], [3, 0, 0, 4, 4],
         ["nmod", "cc", "conj", "nsubj", "ROOT"], 3, ["USAOPP", "GBROPP"]),
        (["French", ",", "German", "and", "Italian", "officials", "met"], [5, 0, 5, 2, 2, 6, 6],
         ["amod", "punct", "amod", "cc", "conj", "nsubj", "ROOT"], 5,
         ["FRAGOV", "DEUGOV", "ITAGOV"]),
        # a country noun does not modify the role: Israel stays Israel
        (["Israel", "and", "Palestinian", "militants", "clashed"], [4, 0, 3, 0, 4],
         ["nsubj", "cc", "amod", "conj", "ROOT"], 0, ["ISR", "PSEUAF"]),
    ],
)
def test_matching_resolution_coordinated_affiliations_share_a_role(
        build_doc, actors, words, heads, deps, head, codes) -> None:
    from tidings.actors import index_actors

    index = index_actors(build_doc(words, heads, deps), dictionary=actors, on=ON)
    assert [a.code for a in index.actors_for(index.doc[head])] == codes


def _flat(build_doc, words: list[str], ents: list[tuple[int, int, str]]):
    # a flat parse is enough: the name rules read words, entities and parts of speech
    n = len(words)
    pos = ["PROPN" if w[:1].isupper() else "X" for w in words]
    return build_doc(words, [0] * n, ["ROOT"] + ["dep"] * (n - 1), pos=pos, ents=ents)


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a name learned from its title codes the same when repeated alone
        (["Iraqi", "Defence", "Minister", "Khalid", "Obeidi", "spoke", ";", "Obeidi", "left"],
         [(3, 5, "PERSON"), (7, 8, "PERSON")],
         [("Iraqi Defence Minister Khalid Obeidi", "IRQGOVMIL"), ("Obeidi", "IRQGOVMIL")]),
        # a country-less title takes the country the same name had before
        (["Lebanese", "President", "Karim", "Haddadin", "came", ";", "President", "Karim",
          "Haddadin", "left"], [(2, 4, "PERSON"), (7, 9, "PERSON")],
         [("Lebanese President Karim Haddadin", "LBNGOV"),
          ("President Karim Haddadin", "LBNGOV")]),
        # without a learned name a country-less title stays countryless
        (["President", "Karim", "Haddadin", "left"], [(1, 3, "PERSON")],
         [("President Karim Haddadin", "---GOV")]),
    ],
)
def test_matching_resolution_titled_names_repeat(build_doc, actors, words, ents,
                                                 expected) -> None:
    from tidings.actors import index_actors

    index = index_actors(_flat(build_doc, words, ents), dictionary=actors, on=ON)
    assert [(a.text, a.code) for a in index.mentions] == expected


def test_matching_resolution_dated_country_entry_is_a_country(actors) -> None:
    # PETRARCH dictionaries date some country entries ("[UKR >19911224]"); read as office
    # terms they would be people, and "Ukrainian lawmakers" would lose its country.
    from tidings.actors import ActorEntry

    dated = ActorEntry(patterns=("ukrainian",), code="UKR", name="Ukrainian", country="UKR",
                       kind="person", start=date(1991, 12, 24))
    extended = actors.extended([dated])
    found = match_words(["Ukrainian", "lawmakers", "voted"], dictionary=extended, on=ON)
    assert [(m.code, m.kind) for m in found] == [("UKRLEG", "role")]


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["Russia", "'s", "White", "House", "said"], "RUSGOV"),
        (["the", "US", "State", "Department", "said"], "USAGOV"),
    ],
)
def test_matching_resolution_country_owns_the_institution_after_it(actors, words,
                                                                   code) -> None:
    found = match_words(words, dictionary=actors, on=ON)
    assert [m.code for m in found] == [code]


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # PETRARCH-style: a title before a name coded with a bare country
        (["Zembla", "President", "Kinbote", "arrived"], "ZMBGOV"),
        (["President", "Kinbote", "arrived"], "ZMBGOV"),
        # a possessive then plain modifiers still bind the title to the country
        (["Zembla", "'s", "awful", "and", "evil", "minister", "Kinbote", "spoke"], "ZMBGOV"),
    ],
)
def test_matching_resolution_title_before_country_coded_name(actors, words, code) -> None:
    from tidings.actors import ActorEntry

    invented = [ActorEntry(patterns=("zembla",), code="ZMB", name="Zembla", country="ZMB"),
                ActorEntry(patterns=("kinbote",), code="ZMB", name="Kinbote", country="ZMB")]
    found = match_words(words, dictionary=actors.extended(invented), on=ON)
    assert found[0].code == code


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # a PETRARCH prefix agent ("NGO~") before a country names that country's NGO ...
        (["Aidgroup", "Zembla", "warned"], "NGOZMB"),
        # ... whose own agent follows it
        (["an", "Aidgroup", "Zembla", "diplomat", "warned"], "NGOZMBGOV"),
        # an organisation with a bare non-state code takes the agent as an IGO does
        (["activists", "of", "Watchers", "International", "warned"], "NGMOPP"),
    ],
)
def test_matching_resolution_prefix_agents_and_bare_organisations(actors, words,
                                                                  code) -> None:
    from tidings.actors import ActorEntry

    invented = [
        ActorEntry(patterns=("zembla",), code="ZMB", name="Zembla", country="ZMB"),
        ActorEntry(patterns=("aidgroup",), code="NGO", name="Aidgroup", sector="NGO",
                   kind="role", tags=("prefix",)),
        ActorEntry(patterns=("watchers international",), code="NGM",
                   name="Watchers International", kind="group"),
    ]
    found = match_words(words, dictionary=actors.extended(invented), on=ON)
    assert found[0].code == code


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # a dictionary actor coded with a sector takes the agent after it, as PETRARCH does
        (["Zembla", "Council", "activists", "said"], "ZMBGOVOPP"),
        (["Zembla", "Council", "officials", "said"], "ZMBGOV"),
        # a military actor's officials stay military, as "Pentagon spokesman" does
        (["Zembla", "Army", "officials", "said"], "ZMBMIL"),
        # a metonym gives only its country: "Moscow" is RUSGOV, Moscow's troops RUSMIL
        (["Moscow", "'s", "troops", "advanced"], "RUSMIL"),
    ],
)
def test_matching_resolution_sector_actor_takes_the_agent(actors, words, code) -> None:
    from tidings.actors import ActorEntry

    invented = [ActorEntry(patterns=("zembla army",), code="ZMBMIL", name="Zembla Army",
                           country="ZMB", sector="MIL"),
                ActorEntry(patterns=("zembla council",), code="ZMBGOV",
                           name="Zembla Council", country="ZMB", sector="GOV")]
    found = match_words(words, dictionary=actors.extended(invented), on=ON)
    assert found[0].code == code


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the title ends an organisation's or a person's name
        (["Burger", "King", "closed", "stores"], [("ORG", 0, 2), ("ORG", 0, 2), None, None],
         []),
        (["Stephen", "King", "wrote"], [("PERSON", 0, 2), ("PERSON", 0, 2), None], []),
        # ... or follows a capitalised word that is no actor, mid-sentence
        (["Fans", "saw", "The", "Lion", "King", "."], [None] * 6, []),
        (["Fans", "said", "Mr", "King", "left"], [None, None, None, ("PERSON", 3, 4), None],
         []),
        # a title before a person's name stays one
        (["Majority", "Leader", "Pavel", "Orlov", "spoke"],
         [None, None, ("PERSON", 2, 4), ("PERSON", 2, 4), None],
         [("Leader Pavel Orlov", "---GOV")]),
        # at a sentence start a capital says nothing
        (["Then", "President", "said"], [None] * 3, [("President", "---GOV")]),
        # a rank inside the title, or a common-noun title after a name, is still a title
        (["Fans", "met", "Deputy", "PM", "today"], [None] * 5, [("PM", "---GOV")]),
        (["the", "Kent", "Police", "chief", "quit"], [None] * 5, [("Police chief", "---COP")]),
        # ... and a police force named on its own gives the title its country
        (["the", "Met", "Police", "chief", "quit"], [None] * 5,
         [("the Met Police chief", "GBRCOP")]),
        # no shorter title inside a blocked one ("General" alone is an officer)
        (["the", "Acme", "Attorney", "General", "said"], [None] * 5, []),
    ],
)
def test_matching_resolution_title_ending_another_name(actors, words, ents, expected) -> None:
    found = match_words(words, dictionary=actors, on=ON, ents=ents)
    assert [(" ".join(words[m.start:m.end]), m.code) for m in found] == expected


@pytest.mark.parametrize(
    ("words", "pos", "expected"),
    [
        (["an", "IT", "leader"], None, [("IT leader", "---BUS")]),
        (["it", "leader"], None, [("leader", "---GOV")]),  # the pronoun is no domain
        (["faith", "leaders", "met"], None, [("faith leaders", "---REL")]),
        (["the", "England", "team", "leader"], None, []),
        (["the", "party", "leader"], ["DET", "NOUN", "NOUN"], [("leader", "---GOV")]),
        # an unlisted common noun is a domain only where the parse says it is a noun
        (["the", "chess", "leader"], ["DET", "NOUN", "NOUN"], []),
        (["the", "chess", "leader"], None, [("leader", "---GOV")]),
        (["the", "bold", "leader"], ["DET", "ADJ", "NOUN"], [("leader", "---GOV")]),
    ],
)
def test_matching_resolution_leader_domain(actors, words, pos, expected) -> None:
    found = match_words(words, dictionary=actors, on=None, pos=pos)
    assert [(" ".join(words[m.start:m.end]), m.code) for m in found] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Former", "England", "captain", "said"], []),
        (["England", "'s", "head", "coach", "quit"], []),
        (["the", "England", "boss", "spoke"], []),  # not a government chief either
        (["the", "British", "captain", "spoke"], [("the British", "GBR")]),  # a demonym
        (["England", "won", "the", "vote"], [("England", "GBR")]),
    ],
)
def test_matching_resolution_national_team(actors, words, expected) -> None:
    assert _codes(actors, words) == expected


def test_matching_resolution_person_named_thing(nlp) -> None:
    """A firm, charity or building named after a person is not the person ("the Trump
    Organization"); the person's administration still is them."""
    from datetime import date

    from tidings.actors import ActorDictionary, index_actors

    d = ActorDictionary.builtin()
    for text, absent in [("Prosecutors opened an investigation into the Trump Organization.",
                          "USAELI"),
                         ("Macron met the head of the Clinton Foundation.", "USAELI")]:
        index = index_actors(nlp(text), dictionary=d, on=date(2022, 3, 10))
        assert absent not in {m.code for m in index.mentions}, text
    index = index_actors(nlp("The Biden administration sanctioned Russia."), dictionary=d,
                         on=date(2022, 3, 10))
    assert "USAGOV" in {m.code for m in index.mentions}


@pytest.mark.parametrize("words", [["Kherson", "occupiers"], ["Ukraine", "invaders"]])
def test_matching_resolution_occupiers_of_a_land_are_not_its_forces(actors, words) -> None:
    # a land's name before its occupiers or invaders is the land they hold, not their own
    assert "UKRMIL" not in [code for _text, code in _codes(actors, words)]


def test_matching_resolution_long_names_split_at_hyphens(actors) -> None:
    # the tokenizer splits "Co-operation", so the OSCE's full name is nine tokens long
    words = ["The", "Organization", "for", "Security", "and", "Co", "-", "operation", "in",
             "Europe", "met"]
    found = match_words(words, dictionary=actors, on=ON)
    assert [m.code for m in found] == ["IGOEUROSC"]
