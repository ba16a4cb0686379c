"""Property tests: the quote finder takes any text without failing and keeps its invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.quotes import find_quotes, paragraph_bounds

# Text rich in the characters the finder cares about, plus ordinary letters and spaces.
_ALPHABET = st.sampled_from(list("ab Z.,:\n\"“”‘’'`-—―") + ["\n\n", "''", "``", "\xa0"])
texts = st.lists(_ALPHABET, max_size=200).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_find_quotes_spans_are_ordered_and_inside_text(text: str) -> None:
    quotes = find_quotes(text)
    previous_end = 0
    for q in quotes:
        assert 0 <= q.open_at < q.close_at <= len(text)
        assert q.open_at <= q.start <= q.end <= q.close_at
        for (s1, e1), (s2, _) in zip(q.parts, q.parts[1:], strict=False):
            assert s1 < e1 <= s2
        assert q.kind in ("direct", "partial")
        assert q.paragraph <= q.last_paragraph
        assert isinstance(q.text(text), str)
        assert q.open_at >= previous_end  # quotations never overlap
        previous_end = q.close_at


@settings(max_examples=300, deadline=None)
@given(texts)
def test_paragraph_bounds_are_disjoint_and_stripped(text: str) -> None:
    bounds = paragraph_bounds(text)
    for (_, e), (s2, _) in zip(bounds, bounds[1:], strict=False):
        assert e <= s2
    for s, e in bounds:
        assert text[s:e] == text[s:e].strip() and e > s
