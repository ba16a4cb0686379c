"""Domestic actors on real parses: police and courts placed by where they act, insurgents by
where they rise and against their own state, and the Donbas "people's republics".

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.events import code_sentence

pytestmark = pytest.mark.model
ON = date(2022, 2, 10)

Row = tuple[str, str | None, str]


def coded(nlp: Any, text: str, on: date = ON) -> set[Row]:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=on)
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # police and courts take the country of the place they act in
        (
            "Demonstrators in Minsk were beaten by riot police on Sunday.",
            {("BLRCOP", "BLROPP", "175")},
            {("---COP", "BLROPP", "175")},
        ),
        (
            "Police detained dozens of anti-war protesters in St Petersburg.",
            {("RUSCOP", "RUSOPP", "173")},
            set(),
        ),
        # ... not of the nationality of whom they act on
        (
            "A court sentenced a British journalist to six years in prison.",
            set(),
            {("GBRJUD", "GBRMED", "116")},
        ),
        # the police's country is no target of what they do there
        (
            "Police investigate violent acts at the Ottawa trucker protests.",
            {("CANCOP", None, "090")},
            {("CANCOP", "CAN", "090")},
        ),
        # a place inside the means of the act places its victims, with its region code
        (
            "Three civilians were killed in an Israeli air strike in the Gaza Strip.",
            {("ISR", "PSEGZACVL", "195")},
            set(),
        ),
        # insurgents in a place are of its country, and fight its state
        (
            "Separatists in Donetsk shelled Ukrainian positions.",
            {("UKRSEP", "UKR", "194")},
            set(),
        ),
        (
            "Rebels in Mali attacked a Malian army base.",
            {("MLIREB", "MLIMIL", "190")},
            set(),
        ),
        # a state's curfew or emergency in its own city is its own act, with no target
        (
            "Ecuador imposed a curfew in Guayaquil.",
            {("ECU", None, "1723")},
            set(),
        ),
        (
            "Peru declared a state of emergency in Lima on Tuesday.",
            {("PER", None, "1724")},
            set(),
        ),
        # taking to the streets to protest against someone is one protest, against them
        (
            "Thousands of people took to the streets of Chisinau to protest against Sandu.",
            {("---PPL", "MDAGOV", "141")},
            {("---PPL", "MDAGOV", "140"), ("---PPL", "MDA", "141")},
        ),
        # ... and so is a people's protest in its own capital
        (
            "Thousands of Bolivians rallied in La Paz against the new tax.",
            {("BOL", None, "141")},
            set(),
        ),
        # occupied territories in lower case are not the Palestinian ones
        (
            "Azerbaijani troops shelled villages in occupied territories.",
            {("AZEMIL", None, "194")},
            {("AZEMIL", "PSE", "194")},
        ),
        # troops in a country are often foreign: no country from the place
        (
            "Troops in Mali attacked a rebel base.",
            set(),
            {("MLIMIL", "MLIREB", "190")},
        ),
        # police and protesters named together clash with each other: repression and riot
        (
            "Police and protesters clashed in Minsk on Sunday.",
            {("BLRCOP", "---OPP", "175"), ("---OPP", "BLRCOP", "145")},
            {("BLRCOP", None, "190")},
        ),
        # a lawyer or a policeman killed by foreign troops is none of theirs; a court a
        # government petitions is its own
        (
            "During the siege, Armenian soldiers murdered a lawyer in a cellar.",
            set(),
            {("ARMMIL", "ARMJUD", "1823")},
        ),
        (
            "The Kenyan cabinet petitioned the Supreme Court to halt the project.",
            {("KENGOV", "KENJUD", "020")},
            set(),
        ),
    ],
)
def test_domestic_actors(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    got = coded(nlp, text)
    assert expected <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia recognised the Luhansk People's Republic.", ("RUS", "UKRSEP", "054")),
        ("The DPR accused Ukraine of shelling its territory.", ("UKRSEP", "UKR", "112")),
    ],
)
def test_donbas_republics_are_separatists_of_ukraine(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(s, t, c[:3]) for s, t, c in coded(nlp, text)}
    assert expected in got, got


def test_donbas_republics_not_before_they_were_proclaimed(nlp: Any) -> None:
    got = coded(nlp, "The DPR accused Ukraine of shelling its territory.", on=date(2013, 5, 1))
    assert not any(s == "UKRSEP" for s, _t, _c in got), got


def test_a_world_region_named_as_a_place_is_no_target(nlp: Any) -> None:
    got = coded(
        nlp, "Farmers were blocking the busiest border crossing in Central Europe on Monday."
    )
    assert not any(t == "CEU" for _s, t, _c in got), got
    # named as a party it is one
    got = coded(nlp, "Russia warned Western countries against sending weapons to Ukraine.")
    assert ("RUS", "WST", "130") in got, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an opposition of no named country against one country's government is its own
        ("Opposition deputies accused the Peruvian government of fraud.",
         {("PEROPP", "PERGOV", "1121")}, {("---OPP", "PERGOV", "1121")}),
        ("The Bolivian government denounced opposition leaders.",
         {("BOLGOV", "BOLOPP", "111")}, set()),
        # not in a meeting or an appeal, which an opposition also makes abroad
        ("Opposition leaders met the Japanese ambassador.",
         set(), {("JPNOPP", "JPNGOV", "040")}),
        # nor against a bare country, nor across two governments
        ("Opposition leaders criticised Peru and Chile.", set(),
         {("PEROPP", "PER", "111"), ("CHLOPP", "CHL", "111")}),
    ],
)
def test_opposition_against_one_government_is_of_its_country(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in code_sentence(
        text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)}
    assert expected <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's title before their name gives their sector: a tycoon is business, and
        # "Gov." a governor's (local government) title
        ("Russian oligarch Ivan Petrovich met Ukrainian negotiators in Istanbul.",
         ("RUSBUS", "UKRGOV", "040")),
        ("Brazilian Gov. Joao Silva criticised Argentina.", ("BRAGOV", "ARG", "111")),
    ],
)
def test_titles_before_a_name_give_the_sector(nlp: Any, text: str, expected: Row) -> None:
    assert expected in coded(nlp, text), coded(nlp, text)
