"""Sentences a document repeats word for word.

Web pages and feeds often repeat a sentence: a kicker and headline printed again as the
lead ("Aid to Ukraine: the Council approved the package. Aid to Ukraine: the Council
approved the package. On July 12 ..."), a summary box over the story, a pull quote. Coded
each time, one event would count twice in the same article. A repeat codes nothing when its
first telling coded something; when the first telling coded nothing, as the parser may read a
headline run into its kicker otherwise than the same words after a full stop, the repeat is
coded in its place. Sentences too short to tell one report from another ("Thank you.") are
never repeats; they code nothing anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

# Fewer words than this and two equal sentences may well be two statements ("No.")
MIN_WORDS = 4


def repeated_sentences(sents: Sequence[Span]) -> list[int | None]:
    """For each sentence of one document, the index of the first earlier sentence that says
    the same words (case, spacing, quotation marks and other punctuation aside), else None."""
    first: dict[tuple[str, ...], int] = {}
    out: list[int | None] = []
    for k, sent in enumerate(sents):
        # ("OC "South": In South, ..." and "OC South: In South, ..." say the same)
        words = tuple(_WORD.findall(sent.text.lower()))
        out.append(first.get(words) if len(words) >= MIN_WORDS else None)
        first.setdefault(words, k)
    return out


_WORD = re.compile(r"\w+")
