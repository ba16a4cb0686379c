"""Plans and intents held as objects, on real parses: "X has (no) plans to attack Y", "has
no intention of attacking", "denied plans to". The plan is its holder's, so is the act
planned; it is to come, or negated when the holder disowns the plan. A plan someone else
welcomes or fears stays nobody's act of the welcomer.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 1, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus has no plans to attack Lithuania.", ("BLR", "LTU", "190", "negated")),
        ("The Kremlin insisted that it had no plans to invade Georgia.",
         ("RUS", "GEO", "190", "negated")),
        ("Turkey has no intention of attacking Greece, its minister said.",
         ("TUR", "GRC", "190", "negated")),
        ("Serbia does not have any plans to attack Kosovo.", ("SRB", "KSV", "190", "negated")),
        ("Ankara denied plans to invade Syria.", ("TUR", "SYR", "190", "negated")),
        ("Azerbaijan has plans to attack Armenia.", ("AZE", "ARM", "190", "future")),
        # a plan said not to exist, with its doer after "for"
        ("There are no plans for Belarus to attack Lithuania.", ("BLR", "LTU", "190", "negated")),
        ("France has every intention of sending troops to Romania.",
         ("FRA", "ROU", "154", "future")),
        ("The Pentagon unveiled plans to deploy troops to Estonia.",
         ("USA", "EST", "154", "future")),
        # a verb that increases, ensures or keeps up the act its object noun names does it:
        # its future, its negation, and a "to" phrase the parser hangs on it are the act's
        ("Canada will increase the supply of rifles to Ukraine.", ("CAN", "UKR", "072", "future")),
        ("Norway will ensure stable supplies of gas to Denmark.", ("NOR", "DNK", "061", "future")),
        ("Algeria did not increase the supply of gas to Spain.", ("DZA", "ESP", "061", "negated")),
        # ... and what a governor asks, pledges or refuses of that verb is asked, pledged or
        # refused of the act, by the governor's subject
        ("Kyiv asked Paris to speed up the supply of rifles to Ukraine.",
         ("UKR", "FRA", "0232", "asserted")),
        ("Sweden refused to approve the delivery of rifles to Ukraine.",
         ("SWE", "UKR", "1222", "asserted")),
        ("Qatar agreed to boost gas exports to Japan.", ("QAT", "JPN", "0311", "asserted")),
    ],
)
def test_held_plan_is_its_holders_act(nlp: Any, text: str, expected: tuple[str, ...]) -> None:
    got = {(s[:3] if s else s, t[:3] if t else t, code, mod)
           for s, t, code, mod in coded_rows(nlp, text, ON)}
    assert expected in got, got


def test_welcomed_plan_is_not_the_welcomers_act(nlp: Any) -> None:
    got = coded_rows(nlp, "Poland welcomed plans to impose sanctions on Belarus.", ON)
    assert not any(s and s.startswith("POL") and code == "163" for s, _, code, _ in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # efforts focused or concentrated on an act are the act of whoever focuses them
        ("Azerbaijani troops focus their efforts on establishing full control over Syunik.",
         ("AZE", "ARM", "192")),
        ("The Azerbaijani army is concentrating its efforts on seizing Goris.",
         ("AZE", "ARM", "192")),
    ],
)
def test_efforts_focused_on_an_act_are_the_focusers(
    nlp: Any, text: str, expected: tuple[str, ...]
) -> None:
    got = {(s, t, code) for s, t, code, _m in coded_rows(nlp, text, ON)}
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who seeks, makes or uses a pretext would do what it is a pretext for
        ("Belarus is seeking a pretext to invade Lithuania.", ("BLR", "LTU", "190", "future")),
        ("Serbia is looking for an excuse to attack Kosovo.", ("SRB", "KSV", "190", "future")),
        ("Turkey will use the border incident as a pretext to invade Syria.",
         ("TUR", "SYR", "190", "future")),
        # who is handed the pretext would use it
        ("The drills could give Belarus a pretext to attack Lithuania.",
         ("BLR", "LTU", "190", "future")),
        ("The drills could provide Belarus with a pretext to attack Lithuania.",
         ("BLR", "LTU", "190", "future")),
    ],
)
def test_a_pretext_is_for_its_users_act(nlp: Any, text: str, expected: tuple[str, ...]) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # talks discussed that are recent or going on are no plan; new ones are
        ("The ministers discussed the recent talks between Armenia and Azerbaijan.", "asserted"),
        ("The ministers discussed the ongoing talks between Armenia and Azerbaijan.", "asserted"),
        ("The ministers discussed new talks between Armenia and Azerbaijan.", "future"),
    ],
)
def test_talks_discussed_as_under_way(nlp: Any, text: str, modality: str) -> None:
    from events_support import coded_rows

    got = coded_rows(nlp, text, date(2022, 3, 5))
    assert ("ARM", "AZE", "046", modality) in got, got
