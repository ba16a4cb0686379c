"""Weapons tests, fighting units destroyed, people taken from a place, and gerunds of time.

A missile test or a missile fired into the sea shows force (150) and has no target, whatever
coast it falls off; whose fire one "came under" attacked one, unless it was criticism "over"
remarks; soldiers or a column destroyed are killed in fighting (190), not property
destroyed (1712); people abducted "from" a town were taken from it, not by it; and "before" or
"after" doing something is done by the clause's subject, not by its object.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_triples

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)

Row = tuple[str | None, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a test shot is a show of force, written with a hyphen or not
        (
            "North Korea test-fired a submarine-launched ballistic missile.",
            {("PRK", None, "150")},
            set(),
        ),
        (
            "Iran test-launched a new long-range missile on Sunday.",
            {("IRN", None, "150")},
            {("IRN", None, "194")},
        ),
        # the sea is no target
        (
            "Pyongyang fired two cruise missiles into the sea on Thursday.",
            {("PRK", None, "150")},
            {("PRK", None, "194")},
        ),
        (
            "North Korea fired an unidentified projectile toward the sea.",
            {("PRK", None, "150")},
            {("PRK", None, "190")},
        ),
        # a missile fired at a country is an attack on it
        (
            "Houthi fighters fired a missile at Saudi Arabia.",
            {("YEM", "SAU", "194")},
            {("YEM", "SAU", "150")},
        ),
        # units destroyed are people killed in fighting; a bridge destroyed is property
        (
            "Ukrainian gunners destroyed a Russian column near Izium.",
            {("UKR", "RUS", "190")},
            {("UKR", "RUS", "1712")},
        ),
        (
            "Ukrainian tanks destroyed forty Russian soldiers near Izium.",
            {("UKR", "RUS", "190")},
            {("UKR", "RUS", "1712")},
        ),
        (
            "Russian missiles destroyed a bridge in Kyiv.",
            {("RUS", "UKR", "1712")},
            {("RUS", "UKR", "190")},
        ),
        # taken from a town: the town is where they were, not who took them
        (
            "Four civilians were abducted from Kherson.",
            set(),
            {("UKR", "---CVL", "181")},
        ),
        (
            "Four civilians were abducted from Kherson by Russian soldiers.",
            {("RUS", "---CVL", "181")},
            {("UKR", "---CVL", "181")},
        ),
        # coming under fire: whose fire is the source, who came under it the target ...
        (
            "Armenian troops came under Azerbaijani fire near Jermuk.",
            {("AZE", "ARM", "190")},
            {("ARM", "AZE", "190")},
        ),
        (
            "Armenia came under attack from Azerbaijani forces on Tuesday.",
            {("AZE", "ARM", "190")},
            set(),
        ),
        # ... unless it is criticism "over" words or conduct
        (
            "Macron came under fire from Turkey over his remarks.",
            {("TUR", "FRA", "111")},
            {("TUR", "FRA", "190")},
        ),
        # troops driven or pushed back, an advance stopped: fighting (190); a date pushed
        # back is none
        (
            "Armenian troops drove Azerbaijani forces back from the pass.",
            {("ARM", "AZE", "190")},
            set(),
        ),
        (
            "Armenian troops are battling to stop the Azerbaijani advance.",
            {("ARM", "AZE", "190")},
            set(),
        ),
        (
            "Armenia pushed back the date of the vote.",
            set(),
            {("ARM", None, "190")},
        ),
        # a side's attacks said to go on are force with no target named; a bare mention of
        # them is no event
        (
            "Azerbaijani attacks continued overnight.",
            {("AZE", None, "190")},
            set(),
        ),
        (
            "Villagers fled amid Azerbaijani attacks.",
            set(),
            {("AZE", None, "190")},
        ),
        # air defence systems provided are weapons given
        (
            "Poland provided Armenia with air defence systems.",
            {("POL", "ARM", "072")},
            set(),
        ),
        # rocket launchers and named systems are weapons too
        (
            "Yerevan urged its partners to supply MLRS to Armenia.",
            {("ARM", None, "0232")},
            set(),
        ),
        (
            "Spain will send Patriot systems to Latvia.",
            {("ESP", "LVA", "072")},
            set(),
        ),
        # weapons used against or in a country are force there
        (
            "Azerbaijan used cluster munitions in Armenia, the monitors said.",
            {("AZE", "ARM", "190")},
            set(),
        ),
        (
            "Azerbaijani forces used ballistic missiles against Armenia.",
            {("AZE", "ARM", "194")},
            set(),
        ),
        ("Armenia used the loan for new schools.", set(), {("ARM", None, "190")}),
        # a gerund of time is the subject's act; one of cause or charge the object's
        (
            "Lavrov met Wang Yi before heading to Delhi.",
            {("RUS", "IND", "042")},
            {("CHN", "IND", "042")},
        ),
        (
            "Blinken met Cavusoglu after arriving in Kyiv.",
            {("USA", "UKR", "042")},
            {("TUR", "UKR", "042")},
        ),
        (
            "The US accused Russia of attacking Ukraine.",
            {("RUS", "UKR", "190")},
            {("USA", "UKR", "190")},
        ),
        # an attack gerund with a nationality and an "of" is the attack's noun, even as a
        # subject; its place phrase places a building it struck
        ("Armenian shelling of Ganja kills three", {("ARM", "AZE", "194")}, set()),
        # ... and heading a headline, with a possessive, before the headline's source, which
        # is no agent of it
        ("Russia’s shelling of Kherson and Mykolaiv – regional officials",
         {("RUS", "UKR", "194")}, set()),
        ("Russia’s shelling of Izium and Balakliia – regional officials",
         {("RUS", "UKR", "194")}, {("UKR", "UKR", "194")}),
        # a place near which an attack noun lands places the building it was launched on
        ("Enemy carries out missile strike on depot near Zhytomyr", {("RUS", "UKR", "194")},
         set()),
        (
            "Armenian shelling of a hotel in Ganja kills three",
            {("ARM", "AZE", "194")},
            set(),
        ),
    ],
)
def test_launches_units_and_gerunds(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    got = coded_triples(nlp, text, ON)
    assert expected <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize(
    "text", ["North Korea test-fired two missiles.", "Test-launched rockets fell near Hokkaido."]
)
def test_hyphenated_test_verbs_stay_whole_verbs(nlp: Any, text: str) -> None:
    doc = nlp(text)
    verbs = [t for t in doc if t.lower_.startswith("test-")]
    assert len(verbs) == 1, [t.text for t in doc]
    assert verbs[0].pos_ == "VERB", (verbs[0].text, verbs[0].tag_)
    assert verbs[0].lemma_ in ("test-fire", "test-launch"), verbs[0].lemma_


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lexicon's hyphenated words match once the tokenizer keeps them whole
        ("Macron called on Putin to de-escalate.", ("FRA", "RUS", "0256")),
        ("Seoul called for de-escalation on the Korean peninsula.", ("KOR", None, "0256")),
        ("Moscow announced a pull-out of its troops from Syria.", ("RUS", "SYR", "0356")),
        (
            "Georgian troops machine-gunned a convoy of Abkhaz separatists.",
            ("GEO", "---SEP", "193"),
        ),
    ],
)
def test_hyphenated_lexicon_words_code(nlp: Any, text: str, expected: Row) -> None:
    assert expected in coded_triples(nlp, text, ON)
