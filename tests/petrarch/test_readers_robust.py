"""Dictionary readers never crash on malformed input: bad lines become problems."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.petrarch import read_actors, read_agents, read_discards, read_verbs

# Lines built from the characters that carry meaning in the formats, so the readers' branches
# (codes, dates, synsets, braces, comments) are all reached with broken combinations.
LINE = st.text(alphabet="AB_ +-&!{}[]<>:~#;\t0123456789*$%()/=", max_size=30)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=12))
def test_readers_survive_arbitrary_lines(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        for read in (read_actors, read_agents, read_discards):
            _, problems = read(path)
            assert all(p.startswith("fuzz.txt:") for p in problems)
        patterns, _, problems = read_verbs(path)
        assert all(p.startswith("fuzz.txt:") for p in problems)
        assert all(p.tokens for p in patterns)
