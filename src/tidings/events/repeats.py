"""Sentences a document repeats word for word.

Web pages and feeds often repeat a sentence: a kicker and headline printed again as the
lead ("Aid to Ukraine: the Council approved the package. Aid to Ukraine: the Council
approved the package. On July 12 ..."), a summary box over the story, a pull quote. Coded
each time, one event would count twice in the same article. A repeat is coded once, at its
first place; sentences too short to tell one report from another ("Thank you.") are left
alone, as they code nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

# Fewer words than this and two equal sentences may well be two statements ("No.")
MIN_WORDS = 4


def repeated_sentences(sents: Sequence[Span]) -> list[bool]:
    """For each sentence of one document, whether an earlier one says the same words (case,
    spacing, quotation marks and other punctuation aside)."""
    seen: set[tuple[str, ...]] = set()
    out: list[bool] = []
    for sent in sents:
        # ("OC "South": In South, ..." and "OC South: In South, ..." say the same)
        words = tuple(_WORD.findall(sent.text.lower()))
        out.append(len(words) >= MIN_WORDS and words in seen)
        seen.add(words)
    return out


_WORD = re.compile(r"\w+")
