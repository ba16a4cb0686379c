"""Halting an attack: stopping, halting or ending it de-escalates (CAMEO 087), and asking,
demanding or refusing a halt is an appeal (0256), a demand (1056) or a refusal (1246) to
de-escalate, aimed at the party asked, with the modality of the verb that asks. Stopping
trade, aid or talks reduces relations (16).

The sentences are written for these tests; none is taken from a corpus or gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia stopped shelling Azerbaijani villages.", ("ARM", "AZE", "087", "asserted")),
        ("Israel will stop bombing Gaza.", ("ISR", "PSE", "087", "future")),
        # "have not stopped" is an attack going on: the halt is what is negated
        (
            "Russian forces have not stopped shelling Odesa.",
            ("RUS", "UKR", "087", "negated"),
        ),
        ("Scholz said Russia must stop shelling Odesa.", ("DEU", "RUS", "1056", "asserted")),
        ("Blinken urged Moscow to stop bombing civilians.", ("USA", "RUS", "0256", "asserted")),
        ("Moscow refused to stop shelling Odesa.", ("RUS", "UKR", "1246", "asserted")),
        # asking or telling a party not to attack asks it to refrain: made, not negated
        ("Paris urged Ankara not to attack Kobani.", ("FRA", "TUR", "0256", "asserted")),
        ("Merkel told Lukashenko not to attack Vilnius.", ("DEU", "BLR", "1056", "asserted")),
    ],
)
def test_halting_an_attack(nlp: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected in got, got
    assert not any(row[2][:2] in ("18", "19") for row in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack named by its noun that must or should stop goes on (asserted); the speaker
        # demands or asks its halt of whoever carries it out
        (
            "Macron said the Russian shelling of Georgian villages must stop.",
            {("FRA", "RUS", "1056", "asserted"), ("RUS", "GEO", "194", "asserted")},
        ),
        (
            "Erdogan said Israel's attacks on Gaza should stop.",
            {("TUR", "ISR", "0256", "asserted"), ("ISR", "PSE", "190", "asserted")},
        ),
    ],
)
def test_halt_of_an_attack_noun(nlp: Any, text: str, expected: set[Any]) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected <= got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ... and from anything else, a bare appeal; an appeal not made stays negated
        ("The EU called on Serbia not to recognise the referendum.",
         ("IGOEUREEC", "SRB", "020", "asserted")),
        ("Paris did not urge Ankara to attack Kobani.", ("FRA", "TUR", "021", "negated")),
    ],
)
def test_appeal_to_refrain(nlp: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in coded_rows(nlp, text, ON)


def test_attack_noun_that_did_not_stop_asks_nothing(nlp: Any) -> None:
    got = coded_rows(nlp, "Macron said the Russian shelling of Georgian villages did not stop.", ON)
    assert not [row for row in got if row[2] in ("1056", "0256")], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stopping trade, aid or talks reduces relations (16), as the act would have built them
        ("Latvia stopped importing Russian gas.", ("LVA", "RUS", "163", "asserted")),
        ("Japan stopped sending weapons to Myanmar.", ("JPN", "MMR", "1622", "asserted")),
        ("Estonia has not stopped importing Russian gas.", ("EST", "RUS", "163", "negated")),
    ],
)
def test_halting_cooperation(nlp: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in coded_rows(nlp, text, ON), coded_rows(nlp, text, ON)
