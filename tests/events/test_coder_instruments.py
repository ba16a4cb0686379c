"""Acts done through an instrument or an announcement: a decree, order, law or resolution acts
for whoever signs, issues, passes or adopts it; a ban on imports is a sanction; and an event
noun someone imposes, introduces or announces is theirs, unless the announcer is a broadcaster
reporting it.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the signer of an order does what the order does, as surely as the signing
        (
            "Trudeau signed an order banning exports of Canadian timber to Belarus.",
            {("CAN", "BLR", "163", "asserted")},
            set(),
        ),
        (
            "Trudeau will sign an order banning exports of Canadian timber to Belarus.",
            {("CAN", "BLR", "163", "future")},
            {("CAN", "BLR", "163", "asserted")},
        ),
        # the "by" agent of the signing
        (
            "The decree, signed by Tokayev late on Monday, bans imports of Kyrgyz fruit.",
            {("KAZ", "KGZ", "163", "asserted")},
            set(),
        ),
        # a law that is the subject acts for its owner
        (
            "Hungary's new law bans exports of grain to Serbia.",
            {("HUN", "SRB", "163", "asserted")},
            set(),
        ),
        # a parliament adopting a resolution condemns what it condemns
        (
            "The European Parliament adopted a resolution condemning Belarus.",
            {("IGOEUREEC", "BLR", "111", "asserted")},
            set(),
        ),
        # a bill only introduced, or a resolution vetoed, does nothing yet
        (
            "Two senators introduced a bill imposing sanctions on Belarus.",
            set(),
            {("USA", "BLR", "163", "asserted"), ("---LEG", "BLR", "163", "asserted")},
        ),
        (
            "China vetoed a resolution condemning North Korea.",
            set(),
            {("CHN", "PRK", "111", "asserted")},
        ),
        # backing a resolution that speaks says it too, and is no praise of whom it blames;
        # backing a bill that bans does nothing yet
        (
            "Estonia supported a resolution condemning Belarus.",
            {("EST", "BLR", "111", "asserted")},
            {("EST", "BLR", "051", "asserted")},
        ),
        (
            "Latvia backed a resolution recognising Belarus as a terrorist state.",
            {("LVA", "BLR", "111", "asserted")},
            {("LVA", "BLR", "051", "asserted")},
        ),
        (
            "Two senators backed a bill imposing sanctions on Belarus.",
            set(),
            {("---LEG", "BLR", "163", "asserted"), ("---LEG", "BLR", "051", "asserted")},
        ),
        (
            "Finland welcomed the resolution condemning Belarus.",
            set(),
            {("FIN", "BLR", "051", "asserted")},
        ),
    ],
)
def test_instrument_acts_for_its_signer(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a ban on imports or exports is a sanction on the country named inside it
        (
            "Japan imposed a ban on imports of Iranian crude.",
            {("JPN", "IRN", "163", "asserted")},
            set(),
        ),
        (
            "Japan imposed a ban on Iranian oil imports.",
            {("JPN", "IRN", "163", "asserted")},
            set(),
        ),
        (
            "Norway's ban on exports to Belarus angered Minsk.",
            {("NOR", "BLR", "163", "asserted")},
            set(),
        ),
        # an announced ban is the announcer's, still to take effect
        (
            "Trudeau announced a ban on imports of Belarusian potash.",
            {("CAN", "BLR", "163", "future")},
            set(),
        ),
        # a broadcaster announcing an offensive reports it
        (
            "Azerbaijani state television announced an offensive against Armenia.",
            set(),
            {("AZE", "ARM", "190", "future")},
        ),
    ],
)
def test_announced_and_imposed_acts(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, absent)
