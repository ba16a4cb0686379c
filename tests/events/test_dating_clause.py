"""Clause-bound event dates on hand-built parses: which words date which event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from events_support import parse

from tidings.dates import resolve_event_date
from tidings.events.dating import clause_text, event_date

P = "PROPN"
# "Leaders agreed on Tuesday to meet in April ."
AGREED = [
    ("Leaders", 1, "nsubj", "NOUN", "leader", "NNS"),
    ("agreed", 1, "ROOT", "VERB", "agree", "VBD"),
    ("on", 1, "prep", "ADP", "on", "IN"),
    ("Tuesday", 2, "pobj", P, "Tuesday", "NNP"),
    ("to", 5, "aux", "PART", "to", "TO"),
    ("meet", 1, "xcomp", "VERB", "meet", "VB"),
    ("in", 5, "prep", "ADP", "in", "IN"),
    ("April", 6, "pobj", P, "April", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
ON = date(2022, 2, 10)


def test_clause_text_leaves_out_embedded_clauses(build_doc: Callable[..., Any]) -> None:
    doc = parse(build_doc, AGREED)
    assert clause_text(doc[1]) == "Leaders agreed on Tuesday ."
    assert clause_text(doc[5]) == "to meet in April"


@pytest.mark.parametrize(
    ("anchor", "tense", "expected"),
    [
        (1, "past", ("2022-02-08", "day")),  # the agreement: its own Tuesday
        (5, "future", ("2022-04-01", "month")),  # the meeting: April ahead
    ],
)
def test_event_date_per_clause(
    build_doc: Callable[..., Any], anchor: int, tense: str, expected: tuple[str, str]
) -> None:
    doc = parse(build_doc, AGREED)
    got = event_date(doc[anchor], published=ON, tense=tense, resolve=resolve_event_date, cache={})
    assert got == expected
