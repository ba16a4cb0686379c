"""Mediation and membership on real parses: talks a third party mediates or brokers are both
its mediation (045) and the parties' own negotiation (046); applying for membership of a bloc
appeals to it (020).

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 5, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the talks' noun inside the mediation's phrase is coded too)
        (
            "Qatar has mediated talks between Sudan and Chad.",
            {
                ("QAT", "SDN", "045", "asserted"),
                ("QAT", "TCD", "045", "asserted"),
                ("SDN", "TCD", "046", "asserted"),
                ("TCD", "SDN", "046", "asserted"),
            },
        ),
        (
            "Norway brokered talks between Colombia and Venezuela in Oslo.",
            {
                ("NOR", "COL", "045", "asserted"),
                ("COL", "VEN", "046", "asserted"),
            },
        ),
        # a deal brokered is mediation only: the deal is no talks of the parties
        (
            "Egypt brokered a deal between Israel and Hamas.",
            {("EGY", "ISR", "045", "asserted")},
        ),
    ],
)
def test_mediated_talks(nlp: Any, text: str, expected: set[Any]) -> None:
    assert expected <= coded_rows(nlp, text, ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia applied for EU membership in March.", ("GEO", "IGOEUREEC", "020", "asserted")),
        (
            "Moldova and Georgia formally applied for membership of the European Union.",
            ("MDA", "IGOEUREEC", "020", "asserted"),
        ),
    ],
)
def test_membership_applied_for(nlp: Any, text: str, expected: tuple[str, ...]) -> None:
    assert expected in coded_rows(nlp, text, ON)


def test_membership_needs_a_bloc(nlp: Any) -> None:
    # applying for membership of no named bloc is no appeal to anyone
    got = coded_rows(nlp, "The Serbian club applied for membership last year.", ON)
    assert not [r for r in got if r[2] == "020"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guarantees demanded are asked of whoever the "that" clause says is to give them
        (
            "Serbia demanded firm guarantees that Kosovo will not join the alliance.",
            ("SRB", "KSV", "100", "asserted"),
        ),
        # and of whom "from" names
        (
            "Armenia sought assurances from Moscow that its troops would stay.",
            ("ARM", "RUS", "1034", "asserted"),
        ),
        ("Georgia wants security guarantees from the West.", ("GEO", "WST", "1034", "asserted")),
        # guarantees asked for with no "from" are asked of the "that" clause's subject
        (
            "Moldova asked for guarantees that Russia would never attack it.",
            ("MDA", "RUS", "1034", "asserted"),
        ),
    ],
)
def test_guarantees_asked_of(nlp: Any, text: str, expected: tuple[str, ...]) -> None:
    assert expected in coded_rows(nlp, text, ON)
