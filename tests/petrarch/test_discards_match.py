"""Reading discard lists and matching text against them (stems, whole words, story level)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.petrarch import Discards, read_discards

DISCARDS = """\
# invented discards
CROQUET
+TIDDLYWINKS CHAMPIONSHIP   # story level
EGG_AND_SPOON_RACE_
DAYS LATER
"""


@pytest.fixture()
def discards(tmp_path: Path) -> Discards:
    path = tmp_path / "Test.discards.txt"
    path.write_text(DISCARDS, encoding="utf-8")
    found, problems = read_discards(path)
    assert problems == []
    return found


def test_discards_read_phrases(discards) -> None:
    assert discards.phrases == {
        "croquet",
        "tiddlywinks championship",
        "egg and spoon race",
        "days later",
    }
    assert discards.story == {"tiddlywinks championship"}
    assert discards.whole_word == {"egg and spoon race"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Freedonian croquet team won.", ("croquet", "sentence")),
        ("Croqueters met the minister.", ("croquet", "sentence")),  # a stem matches longer words
        ("The egg and spoon race was cancelled.", ("egg and spoon race", "sentence")),
        ("The egg and spoon races were cancelled.", None),  # whole word required
        ("Ten days later, talks resumed.", ("days later", "sentence")),
        ("After the TIDDLYWINKS  Championship, they met.", ("tiddlywinks championship", "story")),
        ('"Croquet," said the minister.', ("croquet", "sentence")),
        ("Minicroquet is not a word-start match.", None),
        ("Sylvania condemned Freedonia.", None),
    ],
)
def test_discards_find(discards, text, expected) -> None:
    assert discards.find(text) == expected
