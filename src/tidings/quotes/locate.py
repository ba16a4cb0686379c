"""Character offsets to tokens, and which tokens sit inside quotation marks.

Built once per Doc; every lookup is a bisection, so attribution stays linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .find import QuoteSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TERMINAL = frozenset({".", "!", "?"})


class TokenLocator:
    """Token lookups by character offset for one Doc, with the quoted tokens marked."""

    def __init__(self, doc: Doc, quotes: Iterable[QuoteSpan],
                 paragraphs: list[tuple[int, int]], *, text: str | None = None) -> None:
        self.doc = doc
        # Doc.text joins every token on each access: keep one copy (the caller's, if given).
        self.text = doc.text if text is None else text
        self.starts = [t.idx for t in doc]
        self.paragraphs = paragraphs
        self._para_starts = [s for s, _ in paragraphs]
        # Tokens between an opening and a closing mark (marks included): such tokens are the
        # quoted person's words, never the article's attribution (cue or speaker).
        self.quoted = [False] * len(doc)
        self.in_direct = [False] * len(doc)  # inside a direct (not partial) quote
        for q in quotes:
            for i in self.token_range(q.open_at, q.close_at):
                self.quoted[i] = True
                self.in_direct[i] = q.kind == "direct"

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside [start, end)."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def token_at(self, offset: int) -> int:
        """Index of the token covering (or last starting before) ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph containing (or last starting before) ``offset``."""
        return max(0, bisect_right(self._para_starts, offset) - 1)

    def is_terminal(self, tok: Token) -> bool:
        """Sentence-final punctuation outside quotes (inside quotes it ends the quoted words)."""
        return tok.text in _TERMINAL and not self.quoted[tok.i]

    def para_range(self, index: int) -> range:
        start, end = self.paragraphs[index]
        return self.token_range(start, end)
