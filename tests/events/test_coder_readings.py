"""Readings of talk and of time: leaders who "talked" or "spoke" together consulted; "did not
just happen" says something happened; a gerund after "before" in a present-tense headline is
still to come.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 2, 10)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the members of a compound subject talk with each other
        (
            "Erdogan and Raisi talked for two hours on Monday.",
            {("TUR", "IRN", "040", "asserted"), ("IRN", "TUR", "040", "asserted")},
            set(),
        ),
        (
            "Scholz and Macron to speak as the crisis deepens.",
            {("DEU", "FRA", "040", "future"), ("FRA", "DEU", "040", "future")},
            set(),
        ),
        # one speaker alone consults no one
        (
            "Scholz spoke at length about gas prices in Poland.",
            set(),
            {("DEU", "POL", "040", "asserted")},
        ),
        # "not just": more than this happened, not nothing
        (
            "The Turkish incursion into Syria did not just happen by chance.",
            {("TUR", "SYR", "190", "asserted")},
            {("TUR", "SYR", "190", "negated")},
        ),
        (
            "Turkey did not invade Syria.",
            {("TUR", "SYR", "190", "negated")},
            set(),
        ),
        # a headline in the present: what comes "before" is yet to come; in a past clause, done
        (
            "Scholz calls Biden before meeting with Putin",
            {("DEU", "RUS", "040", "future")},
            {("DEU", "RUS", "040", "asserted")},
        ),
        (
            "Scholz called Biden before meeting with Putin.",
            {("DEU", "RUS", "040", "asserted")},
            set(),
        ),
    ],
)
def test_talk_negation_and_time(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected <= got, got
    assert not (absent & got), got
