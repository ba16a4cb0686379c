"""Hedged and conditioned events on real parses: what is unlikely or not yet done, a condition
opened by an inverted "should", and the place an attack comes from.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows

pytestmark = pytest.mark.model
ON = date(2022, 5, 4)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # what a party has yet to do it has not done; what it is unlikely to do is supposed
        (
            "Brazil has yet to condemn Venezuela.",
            {("BRA", "VEN", "111", "negated")},
            {("BRA", "VEN", "111", "future")},
        ),
        (
            "Serbia is unlikely to recognise Kosovo, analysts believe.",
            {("SRB", "KSV", "054", "conditional")},
            {("SRB", "KSV", "054", "future")},
        ),
        # what there is no chance, sign or evidence of has not happened (no doubt is no
        # denial), also in the passive
        (
            "There is no chance that Serbia will recognise Kosovo.",
            {("SRB", "KSV", "054", "negated")},
            {("SRB", "KSV", "054", "future")},
        ),
        (
            "There is no chance that Kosovo will be recognised by Serbia.",
            {("SRB", "KSV", "054", "negated")},
            {("SRB", "KSV", "054", "future")},
        ),
        (
            "There is no evidence that Serbia shelled Kosovo.",
            {("SRB", "KSV", "194", "negated")},
            set(),
        ),
        (
            "There is no doubt that Serbia shelled Kosovo.",
            {("SRB", "KSV", "194", "asserted")},
            set(),
        ),
        # who was the first to do something did it
        (
            "Latvia was one of the first to recognize the independence of Montenegro.",
            {("LVA", "MNE", "054", "asserted")},
            {("LVA", "MNE", "054", "future")},
        ),
        (
            "Poland and Slovakia were the first to provide tanks to Moldova.",
            {("POL", "MDA", "072", "asserted"), ("SVK", "MDA", "072", "asserted")},
            {("POL", "MDA", "072", "future")},
        ),
        # a meeting after which someone speaks took place; talks "following" which a party
        # acts are its own
        (
            "After meeting Erdogan, Scholz said a deal was close.",
            {("DEU", "TUR", "040", "asserted")},
            {("DEU", "TUR", "040", "future")},
        ),
        (
            "Following talks with Erdogan, Scholz pledged more aid to Syria.",
            {("DEU", "TUR", "046", "asserted")},
            set(),
        ),
        # an inverted "should" opens a condition as "if" does: the reaction threatens the
        # condition's subject (the threat is made), and the condition itself is only supposed
        (
            "Should Iran attack, Israel will respond.",
            {("ISR", "IRN", "130", "asserted"), ("IRN", None, "190", "conditional")},
            set(),
        ),
        # where an attack is launched from is no target
        (
            "Greece fears Turkey will attack from Syria.",
            {("TUR", None, "190", "future")},
            {("TUR", "SYR", "190", "future")},
        ),
        (
            "Iran fired missiles from Iraq on Sunday.",
            {("IRN", None, "194", "asserted")},
            {("IRN", "IRQ", "194", "asserted")},
        ),
    ],
)
def test_hedged_events(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    assert_rows(nlp, text, ON, expected, absent)
