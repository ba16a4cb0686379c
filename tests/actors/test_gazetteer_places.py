"""Places below country level (actors_regions.yaml): a city or province codes to its country,
as Phoenix and PETRARCH code one (a Gaza town to PSEGZA, a West Bank town to PSE), while a
capital alone stays the government's metonym; names shared by several places, or with a
person or a word, are left out and stay uncoded."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors
from tidings.events import code_sentence

ON = date(2022, 5, 10)


def _mentions(nlp: Any, actors: ActorDictionary, text: str) -> list[tuple[str, str]]:
    index = index_actors(nlp(text), dictionary=actors, on=ON)
    return [(m.text, m.code) for m in index.mentions]


def _targets(nlp: Any, actors: ActorDictionary, text: str) -> set[str]:
    return {e.target.code for e in code_sentence(text, nlp=nlp, dictionary=actors, on=ON)
            if e.target is not None and e.target.code}


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # the 2022 war's places and the oblast centres
        ("Vinnytsia", "UKR"),
        ("Bucha", "UKR"),
        ("Azovstal", "UKR"),  # the Mariupol steelworks besieged in 2022
        ("Sievierodonetsk", "UKR"),
        ("Snake Island", "UKR"),
        ("Kryvyi Rih", "UKR"),
        ("Ivano-Frankivsk", "UKR"),
        ("Ivano Frankivsk", "UKR"),
        # Crimea's cities follow Crimea's own code
        ("Sevastopol", "UKR"),
        # a capital's region is the country, not the government ("Kyiv" alone is UKRGOV)
        ("the Kyiv Oblast", "UKR"),
        ("Moscow region", "RUS"),
        ("Novosibirsk", "RUS"),
        ("Peshawar", "PAK"),
        ("Khyber Pakhtunkhwa", "PAK"),
        ("Benghazi", "LBY"),
        ("Mazar-i-Sharif", "AFG"),
        ("Maiduguri", "NGA"),
        # a longer name beats the neighbouring country's ("Niger", "Benin", "Azerbaijan")
        ("Niger Delta", "NGA"),
        ("Benin City", "NGA"),
        ("East Azerbaijan", "IRN"),
        ("Somali Region", "ETH"),
        ("North Kivu", "COD"),
        ("Jabalia", "PSEGZA"),
        ("Hebron", "PSE"),
        ("Haifa", "ISR"),
        ("Nagorno-Karabakh", "AZE"),
        ("Abkhazia", "GEO"),
        ("Transnistria", "MDA"),
        ("Somaliland", "SOM"),
        ("Kaohsiung", "TWN"),
        ("Xi'an", "CHN"),
        ("Inner Mongolia", "CHN"),
        ("Macau", "MAC"),
        # accents fold; letters NFKD keeps (Turkish dotless i, Polish l) are listed as written
        ("São Paulo", "BRA"),
        ("Cúcuta", "COL"),
        ("Tillabéri", "NER"),
        ("Cap-Haïtien", "HTI"),
        ("Diyarbakır", "TUR"),
        ("Łódź", "POL"),
        ("Lodz", "POL"),
    ],
)
def test_gazetteer_places_phrase_codes_its_country(actors: ActorDictionary, phrase: str,
                                                   code: str) -> None:
    found = actors.lookup(phrase, on=ON)
    assert found is not None, phrase
    assert found.code == code


def test_gazetteer_places_tigray_forces_are_the_rebels(actors: ActorDictionary) -> None:
    # Tigray alone is Ethiopia; its forces in the 2020- war are the TPLF's (ETHREB), not
    # Ethiopia's military, which "Tigray" + "forces" would otherwise make
    assert actors.lookup("Tigray", on=ON).code == "ETH"  # type: ignore[union-attr]
    assert actors.lookup("Tigray forces", on=ON).code == "ETHREB"  # type: ignore[union-attr]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital is the government, a city of the same country only the country
        ("Moscow and Novosibirsk reported new cases.", [("Moscow", "RUSGOV"),
                                                         ("Novosibirsk", "RUS")]),
        # names of places in several countries are left out: only the other place codes
        ("Protesters rallied in Hyderabad and Lahore.", [("Protesters", "---OPP"),
                                                          ("Lahore", "PAK")]),
        ("Shelling hit Kramatorsk, not Alexandria.", [("Kramatorsk", "UKR")]),
        ("Reporters flew from Perth to Kandahar.", [("Reporters", "---MED"),
                                                     ("Kandahar", "AFG")]),
        # a first name that is also a city is no place inside a person's name
        ("Jos Buttler flew to Lagos on Monday.", [("Lagos", "NGA")]),
    ],
)
def test_gazetteer_places_sentence_mentions(nlp: Any, actors: ActorDictionary, text: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert _mentions(nlp, actors, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian missiles struck Vinnytsia, killing 20 people.", "UKR"),
        ("Russian forces shelled Kramatorsk and Sloviansk.", "UKR"),
        ("Militants attacked a police station in Peshawar.", "PAK"),
        ("Boko Haram fighters attacked Maiduguri.", "NGA"),
        ("Israeli aircraft struck Jabalia.", "PSEGZA"),
        ("Israeli troops raided a house in Hebron.", "PSE"),
        ("Turkish drones struck Qamishli.", "SYR"),
        ("Tigray forces captured Dessie.", "ETH"),
    ],
)
def test_gazetteer_places_attack_on_a_city_targets_its_country(
        nlp: Any, actors: ActorDictionary, text: str, target: str) -> None:
    assert target in _targets(nlp, actors, text)


@pytest.mark.model
def test_gazetteer_places_city_before_a_us_state_is_american(
        nlp: Any, actors: ActorDictionary) -> None:
    # "Bethlehem" is the West Bank town; "Bethlehem, Pennsylvania" joins the state (states.py)
    assert _mentions(nlp, actors, "Israeli troops raided a house in Bethlehem.")[-1] == (
        "Bethlehem", "PSE")
    assert _mentions(nlp, actors, "A rally was held in Bethlehem, Pennsylvania.") == [
        ("Bethlehem, Pennsylvania", "USA")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # the place hangs on "talks", the object of the refused verb's complement
        ("Russia refused to hold talks in Vienna.", "Vienna", "AUT"),
        ("Ukraine refused to hold talks in Gomel.", "Gomel", "BLR"),
    ],
)
def test_gazetteer_places_venue_of_refused_talks_is_no_target(
        nlp: Any, actors: ActorDictionary, text: str, place: str, country: str) -> None:
    # the place of a meeting the subject refuses (125) is where, not with whom
    assert (place, country) in _mentions(nlp, actors, text)
    assert country not in _targets(nlp, actors, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the West" as such is CAMEO's WST ...
        ("Putin accused the West of provoking the crisis.", [("the West", "WST")]),
        ("The West imposed new sanctions on Belarus.", [("The West", "WST")]),
        # ... but not the start of another name
        ("Settlers attacked a village in the West Bank.", [("the West Bank", "PSE")]),
        ("The West African country closed its borders.", []),
        # "Western" before a noun is the West's, before a name or a part of a land it is not
        ("Western sanctions on Belarus took effect.", [("Western", "WST")]),
        ("Refugees fled to Western Ukraine.", []),
        ("Missiles hit Western regions of the country.", []),
        # ... nor before any other noun; the Western alliance is NATO
        ("It was the most high-profile Western visit in years.", []),
        ("Belarus opposed any expansion of the Western alliance.",
         [("the Western alliance", "IGOWSTNAT")]),
    ],
)
def test_the_west_alone_is_the_west(
    nlp: Any, actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [m for m in _mentions(nlp, actors, text) if "West" in m[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukraine's "temporarily occupied territories" are Ukraine's ...
        ("The Minister for the Temporarily Occupied Territories of Ukraine spoke.", "UKR"),
        ("Aid reached the occupied territories of Ukraine.", "UKR"),
        # ... the Occupied Territories alone stay the Palestinian ones
        ("Settlers moved into the Occupied Territories.", "PSE"),
    ],
)
def test_occupied_territories_by_their_country(
    nlp: Any, actors: ActorDictionary, text: str, expected: str
) -> None:
    found = [code for place, code in _mentions(nlp, actors, text) if "ccupied" in place]
    assert found == [expected], _mentions(nlp, actors, text)
