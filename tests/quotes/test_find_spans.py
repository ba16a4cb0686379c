"""Quotation spans found in raw text: marks, apostrophes, multi-paragraph quotes, kinds."""

from __future__ import annotations

import pytest

from tidings.quotes import find_quotes, paragraph_bounds


def texts(text: str) -> list[str]:
    return [q.text(text) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We are ready."', ["We are ready."]),
        ("He said: “We are ready.”", ["We are ready."]),
        ("“We will respond,” he said.", ["We will respond"]),  # news comma is not quoted words
        ("“One,” he said, “two.”", ["One", "two."]),
        ('"A" and "B" were named.', ["A", "B"]),
        ("She said ‘we are ready’ on Monday.", ["we are ready"]),
        # apostrophes never open or close a quote
        ("Russia’s troops didn’t move in the ’90s.", []),
        ("The leaders’ summit ended.", []),
        # single marks nested in a double quote belong to the outer quote
        ("“They call it ‘peace’,” he said.", ["They call it ‘peace’"]),
        ("No quotes here at all.", []),
        ("He said ‘a “b” c’ then.", ["b"]),  # a single pair never spans a double quote
        ("Not paying taxes ''makes me smart,'' Trump said.", ["makes me smart"]),
        ("``We are ready,'' he said.", ["We are ready"]),
        # a closing curly mark typed at a paragraph start opens the quote
        ("”We are tired.” ― A voter", ["We are tired."]),
    ],
)
def test_find_quotes_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_find_quotes_multi_paragraph_runs_on() -> None:
    text = ("The minister said: “We do not want war.\n\n“We want guarantees.”\n\n"
            "The talks ended.")
    [q] = find_quotes(text)
    assert q.text(text) == "We do not want war.\nWe want guarantees."
    assert (q.paragraph, q.last_paragraph) == (0, 1)
    assert len(q.parts) == 2


def test_find_quotes_unclosed_quote_stops_at_paragraph_without_mark() -> None:
    text = "He said: “We do not want war.\n\nThe talks ended."
    [q] = find_quotes(text)
    assert q.text(text) == "We do not want war."
    assert q.last_paragraph == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“We are ready,” he said.", "direct"),
        ("He said: “We are ready.”", "direct"),
        ("He said, “We are ready.”", "direct"),
        ("Putin called the sanctions “an act of war” on Monday.", "partial"),
        ("He vowed a response, calling it “a duty”.", "partial"),
    ],
)
def test_find_quotes_kind(text: str, kind: str) -> None:
    [q] = find_quotes(text)
    assert q.kind == kind


def test_find_quotes_offsets_point_into_text() -> None:
    text = "Intro.\n\n“We are ready,” he said."
    [q] = find_quotes(text)
    assert text[q.start:q.end] == "We are ready"
    assert text[q.open_at] == "“" and text[q.close_at - 1] == "”"


@pytest.mark.parametrize(
    ("text", "n"),
    [("One.\n\nTwo.\n\n\nThree.", 3), ("One.\nTwo.\nThree.", 3), ("One line only.", 1),
     ("Wrapped line\nin one paragraph.\n\nSecond.", 2)],
)
def test_paragraph_bounds_count(text: str, n: int) -> None:
    assert len(paragraph_bounds(text)) == n
