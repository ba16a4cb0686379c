"""Read PETRARCH ``*discards*.txt`` lists and test text against them.

One phrase a line; a leading ``+`` makes it a story-level discard (the whole story is not
coded), otherwise only the sentence is dropped. A phrase ending in ``_`` must end at a word
boundary; otherwise it is a stem ("BASEBALL" also matches "baseballs"). Matching ignores case
and always starts at a word boundary (PETRARCH prefixes the phrase with a blank).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .lines import Problems, normalise_phrase, read_lines

# Punctuation that can sit right before a phrase ('"Croquet', '(croquet') is read as a blank,
# as PETRARCH's tokenised input had it; "." "-" "'" stay because phrases contain them.
_PUNCT = re.compile(r"[\"“”()\[\],;:!?]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, kw_only=True)
class Discards:
    """The phrases of one or more discard lists, lower-cased and single-spaced.

    ``phrases`` holds every phrase; ``story`` the subset that discards a whole story;
    ``whole_word`` the subset that must end at a word boundary (written with a final ``_``).
    """

    phrases: frozenset[str] = frozenset()
    story: frozenset[str] = frozenset()
    whole_word: frozenset[str] = frozenset()

    def merged(self, other: Discards) -> Discards:
        return Discards(
            phrases=self.phrases | other.phrases,
            story=self.story | other.story,
            whole_word=self.whole_word | other.whole_word,
        )

    def find(self, text: str) -> tuple[str, str] | None:
        """The first discard phrase in ``text`` and its level ("story"/"sentence"), or None.

        Story-level phrases are checked first, since they decide more.
        """
        folded = " " + _SPACES.sub(" ", _PUNCT.sub(" ", text.lower()))
        for phrase in sorted(self.phrases, key=lambda p: (p not in self.story, p)):
            if _contains(folded, phrase, whole_word=phrase in self.whole_word):
                return phrase, "story" if phrase in self.story else "sentence"
        return None


def _contains(folded: str, phrase: str, *, whole_word: bool) -> bool:
    start = folded.find(" " + phrase)
    while start >= 0:
        end = start + 1 + len(phrase)
        if not whole_word or end == len(folded) or not folded[end].isalnum():
            return True
        start = folded.find(" " + phrase, start + 1)
    return False


def read_discards(path: Path) -> tuple[Discards, list[str]]:
    """Parse a discard list; return it and the problems of skipped lines."""
    problems = Problems(path)
    phrases: set[str] = set()
    story: set[str] = set()
    whole_word: set[str] = set()
    for line in read_lines(path):
        text = line.stripped
        is_story = text.startswith("+")
        raw = text[1:].strip() if is_story else text
        phrase = normalise_phrase(raw)
        if not phrase:
            problems.add(line.number, "empty discard phrase; skipped")
            continue
        phrases.add(phrase)
        if is_story:
            story.add(phrase)
        if raw.endswith("_"):
            whole_word.add(phrase)
    discards = Discards(
        phrases=frozenset(phrases), story=frozenset(story), whole_word=frozenset(whole_word)
    )
    return discards, problems.messages
