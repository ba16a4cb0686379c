"""A light view of a parsed Doc: the token attributes the actor stages read, as lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenView:
    """The token attributes the actor stages read, gathered in one ``Doc.to_array`` call:
    iterating or indexing a Doc builds a Token object per access, which dominated the run
    time of the whole actor stage (measured: 4-7 ms of ~15 ms on a 1,100-token article)."""

    words: list[str]
    idx: list[int]
    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    lemma: Sequence[str]
    sent: list[int]
    ents: list[tuple[str, int, int] | None]

    @classmethod
    def of(cls, doc: Doc) -> TokenView:
        from spacy.attrs import (
            DEP,
            ENT_IOB,
            ENT_TYPE,
            HEAD,
            IDX,
            LEMMA,
            ORTH,
            POS,
            SENT_START,
            TAG,
        )

        n = len(doc)
        if n == 0:
            return cls([], [], [], [], [], [], [], [], [], [])
        attrs = [ORTH, IDX, ORTH, POS, TAG, DEP, HEAD, LEMMA, SENT_START, ENT_IOB, ENT_TYPE]
        cols = doc.to_array(attrs).T.tolist()
        strings = doc.vocab.strings

        def text(ids: list[int]) -> list[str]:
            table = {h: (strings[h] if h else "") for h in set(ids)}
            return [table[h] for h in ids]

        # HEAD is a signed offset stored in an unsigned column.
        heads = [i + (h - (1 << 64) if h >= 1 << 63 else h) for i, h in enumerate(cols[6])]
        words = text(cols[0])
        # Lemmas are read for a few verb heads only; looking all of them up cost more than
        # the rest of the view.
        lemma_ids = cols[7]
        return cls(words, cols[1], [w.lower() for w in words], text(cols[3]), text(cols[4]),
                   text(cols[5]), heads, _LazyStrings(lemma_ids, strings),
                   _sentence_ids(cols[8]), _entity_spans(cols[9], text(cols[10])))


class _LazyStrings(Sequence[str]):
    """Strings of a hash column, looked up only when read."""

    def __init__(self, ids: list[int], strings: Any) -> None:
        self._ids = ids
        self._strings = strings

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        h = self._ids[i]
        return str(self._strings[h]) if h else ""


def _entity_spans(iob: list[int], labels: list[str]) -> list[tuple[str, int, int] | None]:
    """Per token, the (label, start, end) of the named entity covering it (ENT_IOB: 3 begins
    an entity, 1 continues it), read from arrays instead of building Span objects."""
    out: list[tuple[str, int, int] | None] = [None] * len(iob)
    i = 0
    while i < len(iob):
        if iob[i] != 3:
            i += 1
            continue
        end = i + 1
        while end < len(iob) and iob[end] == 1:
            end += 1
        span = (labels[i], i, end)
        for k in range(i, end):
            out[k] = span
        i = end
    return out


def _sentence_ids(starts: list[int]) -> list[int]:
    """Sentence number of each token from the SENT_START column (1 marks a sentence start;
    a Doc without sentence boundaries is one sentence)."""
    ids = []
    n = 0
    for i, flag in enumerate(starts):
        if flag == 1 and i > 0:
            n += 1
        ids.append(n)
    return ids


def span_head(view: TokenView, m: Mention) -> int:
    """The token of mention ``m`` whose head lies outside it (the phrase's head)."""
    for i in range(m.start, m.end):
        head = view.head[i]
        if head < m.start or head >= m.end or head == i:
            return i
    return m.end - 1
