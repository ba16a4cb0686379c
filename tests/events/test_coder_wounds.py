"""Wounds, war materiel and the findings of investigators, on real parses.

People wounded by a weapon of war or in an attack are the targets of that force (19x), not of
an assault (182); war materiel destroyed is force against its owner, not damage to property
(1712); planes and gunships act for their country; a finding that a party committed war
crimes or broke the law accuses it; a measure "hitting" someone is no force.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_codes, coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wounded by shelling or a missile strike: the means sets the code, one event
        (
            "Six Georgian police officers were wounded in Russian shelling near Gori.",
            [("RUS", "GEOCOP", "194")],
        ),
        (
            "Nine villagers were injured in a Turkish missile strike on Kobani.",
            [("TUR", "SYRCVL", "194")],
        ),
        # ... or "as a result of" it
        (
            "Six Georgian police officers were wounded as a result of Russian shelling.",
            [("RUS", "GEOCOP", "194")],
        ),
        # an attack wounds as force (190), not as an assault
        (
            "Pensioners injured by Russian attacks on Kramatorsk were taken to hospital.",
            [("RUS", "UKRCVL", "190")],
        ),
        # the attack named as the agent of the harm is that harm, coded once
        (
            "Turkish strikes on Afrin killed six civilians.",
            [("TUR", "SYRCVL", "190")],
        ),
        (
            "A Russian missile strike on Sloviansk hurt eleven people.",
            [("RUS", "UKR", "194")],
        ),
        # police hurting protesters stay repression (175)
        ("Police injured twelve protesters in Minsk.", [("BLRCOP", "BLROPP", "175")]),
    ],
)
def test_wounds_by_means(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert coded_codes(nlp, text, ON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # materiel destroyed in war is force against the side it belongs to
        (
            "Georgian troops destroyed four Russian helicopters near Tskhinvali.",
            ("GEOMIL", "RUS", "190"),
        ),
        ("Armenian forces destroyed two Azerbaijani drones.", ("ARMMIL", "AZEMIL", "190")),
        # so are command posts and whole units destroyed
        ("Armenian troops destroyed an Azerbaijani command post.", ("ARMMIL", "AZE", "190")),
        ("Georgian defenders destroyed an entire Russian battalion.", ("GEO", "RUSMIL", "190")),
        # planes and gunships are the agents their country's adjective names
        ("Russian planes bombed Idlib on Sunday.", ("RUS", "SYR", "195")),
        ("Russian gunships attacked Aleppo.", ("RUS", "SYR", "195")),
        # shelling carried out is artillery fire; weapons given by their worth are arms
        (
            "Azerbaijani troops carried out shelling of Armenian positions.",
            ("AZEMIL", "ARM", "194"),
        ),
        ("Canada provided Latvia with $40 million worth of rifles.", ("CAN", "LVA", "072")),
    ],
)
def test_materiel(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_codes(nlp, text, ON)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a finding of war crimes accuses the party of abuses (1124), the crimes are reported
        (
            "Canada has determined that Belarusian troops committed war crimes in Lithuania.",
            {("CAN", "BLR", "1124", "asserted"), ("BLR", "LTU", "200", "reported")},
            set(),
        ),
        # saying a party broke the law accuses it (112)
        (
            "Japan said China violated international law.",
            {("JPN", "CHN", "112", "asserted")},
            set(),
        ),
        # a party saying it broke no law accuses no one
        (
            "Beijing said China did not violate international law.",
            set(),
            {("CHNGOV", "CHN", "112", "asserted")},
        ),
    ],
)
def test_findings_accuse(nlp: Any, text: str, expected: set[Any], absent: set[Any]) -> None:
    got = set(coded_rows(nlp, text, ON))
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a measure's effect is no force ...
        (
            "Hungary cut electricity exports to Serbia, hitting Serbian factories.",
            set(),
            {("HUN", "SRB", "190", "asserted")},
        ),
        (
            "The new government would slash spending, hitting Slovak hospitals and schools.",
            set(),
            {("---GOV", "SVK", "190", "future")},
        ),
        # (with no comma too)
        (
            "Russia cut gas exports to Moldova hitting Moldovan factories.",
            set(),
            {("RUS", "MDA", "190", "asserted")},
        ),
        # ... a weapon's is
        (
            "Azerbaijani rockets rained down on Stepanakert, hitting an Armenian school.",
            {("AZE", "ARM", "194", "asserted")},
            set(),
        ),
    ],
)
def test_effects_of_measures(nlp: Any, text: str, expected: set[Any], absent: set[Any]) -> None:
    got = set(coded_rows(nlp, text, ON))
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the instrument of an attack sets its code, also when the parser hangs the "with"
        # phrase on a place of the object
        (
            "Azerbaijani troops struck a village in the Tavush region with Smerch rockets.",
            ("AZEMIL", "ARM", "194"),
        ),
        (
            "Turkish forces attacked Kurdish positions in Syria with drones.",
            ("TURMIL", "SYR", "195"),
        ),
        # an attack noun matched as the object names its means
        ("The Kharkiv tractor plant came under Russian MLRS fire.", ("RUS", "UKR", "194")),
        # what comes under fire may be named by its nationality alone
        ("Georgian positions came under Russian artillery fire.", ("RUSMIL", "GEO", "194")),
    ],
)
def test_instruments_of_force(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_codes(nlp, text, ON)


def test_whose_help_an_attacker_has_is_no_target(nlp: Any) -> None:
    text = "Russian troops attacked the village with the help of Belarusian troops."
    got = coded_codes(nlp, text, ON)
    assert got and not [row for row in got if row[1] and row[1].startswith("BLR")], got
