"""Threats a party stands ready or vows to carry out on a condition another party sets: "is
prepared to impose sanctions if X invades" threatens X (CAMEO 13), as the said threats of
test_coder_said_threats do; the condition stays supposed.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows

pytestmark = pytest.mark.model
ON = date(2022, 2, 11)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Japan is prepared to sanction Chinese firms if China attacks Taiwan.",
            {("JPN", "CHN", "1312", "asserted"), ("CHN", "TWN", "190", "conditional")},
            {("JPN", "CHN", "163", "future")},
        ),
        (
            "Canada is ready to impose sanctions on Minsk if Belarus closes the border.",
            {("CAN", "BLR", "1312", "asserted")},
            {("CAN", "BLR", "163", "future")},
        ),
        (
            "Lithuania is prepared to send troops to Latvia if Russia attacks.",
            {("LTU", "RUS", "138", "asserted")},
            {("LTU", "LVA", "154", "future")},
        ),
        # a condition that names no party threatens no one
        (
            "Canada is prepared to impose sanctions if necessary.",
            {("CAN", None, "163", "future")},
            {("CAN", None, "1312", "asserted")},
        ),
        # readiness to cooperate on a condition is no threat
        (
            "China is willing to help Serbia if Kosovo declares independence.",
            {("CHN", "SRB", "033", "asserted")},
            set(),
        ),
    ],
)
def test_ready_threats(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a party's own coercive act to come, on a condition its target's act sets, is a
        # threat to that target, as the said and ready threats are
        (
            "Canada will impose sanctions on Belarus if it closes the border.",
            {("CAN", "BLR", "1312", "asserted")},
            {("CAN", "BLR", "163", "conditional")},
        ),
        (
            "If Armenia shells Nakhchivan, Turkey will strike Yerevan.",
            {("TUR", "ARM", "138", "asserted")},
            {("TUR", "ARM", "190", "conditional")},
        ),
        (
            "The EU will impose sanctions on Minsk unless Belarus reopens the border.",
            {("IGOEUREEC", "BLR", "1312", "asserted")},
            {("IGOEUREEC", "BLR", "163", "conditional")},
        ),
        # so does a warning or a promise of consequences with no target
        (
            "Canada warned of severe consequences if Belarus closes the border.",
            {("CAN", "BLR", "130", "asserted")},
            set(),
        ),
        (
            "Canada promised consequences for Belarus if it closes the border.",
            {("CAN", "BLR", "130", "asserted")},
            set(),
        ),
        # an act with no target threatens whoever sets the condition
        (
            "Canada will impose sanctions if Belarus closes the border.",
            {("CAN", "BLR", "1312", "asserted")},
            {("CAN", None, "163", "conditional")},
        ),
        # ... not when the condition is another party's: the act stays conditional
        (
            "Canada will send troops to Latvia if Russia attacks Estonia.",
            {("CAN", "LVA", "154", "conditional")},
            {("CAN", "LVA", "138", "asserted")},
        ),
        # ... nor a condition that names no party
        (
            "Canada will impose sanctions on Belarus if necessary.",
            {("CAN", "BLR", "163", "conditional")},
            {("CAN", "BLR", "1312", "asserted")},
        ),
    ],
)
def test_own_conditional_threats(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a capacity sought to act on a party's condition threatens it too
        (
            "Japan will seek powers to sanction Chinese firms if China attacks Taiwan.",
            {("JPN", "CHN", "1312", "asserted")},
            {("JPN", "CHN", "163", "future")},
        ),
        # ... and so does a plan
        (
            "Japan plans to sanction Chinese banks if China blockades Taiwan.",
            {("JPN", "CHN", "1312", "asserted")},
            {("JPN", "CHN", "163", "future")},
        ),
        # a capacity sought or given: the seeker or the one given it is to act
        (
            "Canada will seek the power to sanction Belarusian banks.",
            {("CAN", "BLR", "163", "future")},
            set(),
        ),
        (
            "Parliament gave Trudeau authority to sanction Belarusian banks.",
            {("CAN", "BLR", "163", "future")},
            set(),
        ),
        # a capacity had, or none, is no course of action
        (
            "Belarus has the right to deploy troops on its border.",
            set(),
            {("BLR", None, "154", "future")},
        ),
        (
            "The OSCE has no mandate to send monitors to Belarus.",
            set(),
            {("IGOEUROSC", "BLR", "154", "future")},
        ),
    ],
)
def test_capacities_to_act(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a coercive act its doer will not rule out is threatened (CAMEO 13), made as the
        # ruling stands: the ruling's own negation is the threat, not a denial of it
        (
            "Ankara did not rule out bombing Kurdish bases in Iraq.",
            {("TUR", "IRQ", "1384", "asserted")},
            {("TUR", "IRQ", "195", "negated"), ("TUR", "IRQ", "1384", "negated")},
        ),
        (
            "Portugal has refused to rule out sending warships to Guinea-Bissau.",
            {("PRT", "GNB", "138", "asserted")},
            {("PRT", "GNB", "138", "negated")},
        ),
        (
            "Canada would not rule out fresh sanctions on Belarus, its foreign minister said.",
            {("CAN", "BLR", "1312", "reported")},
            {("CAN", "BLR", "120", "negated")},
        ),
        (
            "Hungary's premier did not rule out military action against Serbia.",
            {("HUN", "SRB", "138", "asserted")},
            {("HUN", "SRB", "120", "negated")},
        ),
        (
            "Azerbaijan did not rule out a ground operation in Armenia.",
            {("AZE", "ARM", "138", "asserted")},
            {("AZE", "ARM", "120", "negated")},
        ),
        # ... a possibility stays one; an act that is ruled out is no threat (a guard: it
        # passes before and after)
        (
            "Egypt might not rule out striking Ethiopia's dam.",
            {("EGY", "ETH", "138", "conditional")},
            {("EGY", "ETH", "138", "asserted")},
        ),
        (
            "Ankara ruled out bombing Kurdish bases in Iraq.",
            set(),
            {("TUR", "IRQ", "1384", "asserted")},
        ),
    ],
)
def test_acts_not_ruled_out_are_threats(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, absent)
