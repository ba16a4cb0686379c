"""Senses the parties decide: forces that force forces to retreat fight them (190), not
coerce them (170); a country defended from invaders is defended by arms, not in words (052);
a country named by name does not act on its own government (a misread subject).

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 6, 9)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Armenian army forced Azerbaijani troops to retreat from the ridge.",
         ("ARM", "AZE", "190"), ("ARM", "AZE", "170")),
        # a state forcing another's envoy out coerces it
        ("Britain forced Russia to withdraw its ambassador.",
         ("GBR", "RUS", "170"), ("GBR", "RUS", "190")),
    ],
)
def test_forces_driven_back_are_fought(
    nlp: Any, text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    rows = {r[:3] for r in coded_rows(nlp, text, ON)}
    assert expected in rows, rows
    assert absent not in rows, rows


@pytest.mark.parametrize(
    ("text", "defended"),
    [
        ("Georgia defended Ukraine from the invaders.", False),
        ("Georgia defended Ukraine against the accusations.", True),
    ],
)
def test_defended_from_invaders_is_no_verbal_defence(nlp: Any, text: str, defended: bool) -> None:
    codes = {r[2] for r in coded_rows(nlp, text, ON)}
    assert ("052" in codes) is defended, codes


@pytest.mark.parametrize(
    "text",
    [
        # the parser gives "calls" the subject of the clause before it: Russia on Moscow
        "Britain hopes Russia will choose diplomacy and calls on Moscow to withdraw its troops.",
    ],
)
def test_a_country_by_name_acts_on_no_government_of_its_own(nlp: Any, text: str) -> None:
    rows = coded_rows(nlp, text, ON)
    assert not [r for r in rows if r[0] == r[1] == "RUS"], rows
