"""Parties named through a group's members, a people on the move, and a willingness denied
through a linking verb. The sentences are written for these tests; none is taken from a
corpus or gold file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of no country stands for the members it names
        ("Georgia appealed to foreign leaders, including Macron and Scholz, to mediate.",
         {("GEO", "FRA", "020"), ("GEO", "DEU", "020")}),
        ("Moldova thanked European ministers, including Baerbock, for their help.",
         {("MDA", "DEU", "051")}),
    ],
)
def test_a_group_stands_for_the_members_it_names(
    nlp: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert expected <= got, got


def test_a_group_naming_no_member_keeps_its_sector(nlp: Any) -> None:
    got = coded_rows(nlp, "Peru said it killed nine members of armed gangs, including a "
                          "commander, in Puno.", ON)
    assert not any(t is not None and t.endswith("GOV") for _s, t, _c, _m in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Syrians arrived in Turkey on Monday.",
        "Afghans who travelled to Pakistan after August received help.",
    ],
)
def test_a_people_on_the_move_pays_no_visit(nlp: Any, text: str) -> None:
    got = coded_rows(nlp, text, ON)
    assert not any(c in ("042", "043") for _s, _t, c, _m in got), got


def test_a_willingness_denied_through_seem_is_denied(nlp: Any) -> None:
    got = coded_rows(nlp, "Japan does not seem willing to lift sanctions on North Korea.", ON)
    assert ("JPN", "PRK", "0354", "negated") in got, got
