"""Test doubles for quote attribution: a hand-built Doc from rows, and a tiny ActorIndex.

The fake index swaps the boundary to the actors stage (STYLE.md: swap the boundary, not the
code): it answers ``actor_at``/``actors_for`` from a fixed list of mentions, so rule tests
pin what the quote rules do whatever the real dictionary contains.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.tokens import Doc, Span

from tidings.model import Actor, Article

_VOCAB = spacy.blank("en").vocab

Row = tuple[str, int, str, str, str]  # word, head (absolute index), dep, pos, lemma


def doc_from(text: str, rows: Sequence[Row], *, ents: Sequence[tuple[int, int, str]] = (),
             sent_starts: Sequence[int] = (0,)) -> Doc:
    """A Doc whose text is exactly ``text``; spaces are read off the text itself."""
    words = [r[0] for r in rows]
    spaces: list[bool] = []
    pos = 0
    for w in words:
        found = text.index(w, pos)
        assert text[pos:found].strip() == "", f"token {w!r} does not follow at {pos}"
        if spaces:
            spaces[-1] = found > pos
        pos = found + len(w)
        spaces.append(False)
    if pos < len(text):
        spaces[-1] = True
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows],
              sent_starts=[i in sent_starts for i in range(len(words))])
    assert doc.text == text, (doc.text, text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@dataclass
class FakeIndex:
    """ActorIndex stand-in: mentions given as (first token, end token, Actor fields)."""

    doc: Doc
    spec: Sequence[tuple[int, int, dict[str, Any]]] = ()
    mentions: list[Actor] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._spans = []
        for s, e, fields in self.spec:
            span = self.doc[s:e]
            actor = Actor(text=span.text, start=span.start_char, end=span.end_char,
                          **{"kind": "person", **fields})
            self.mentions.append(actor)
            self._spans.append((s, e))

    def actor_at(self, i: int) -> Actor | None:
        for (s, e), actor in zip(self._spans, self.mentions, strict=True):
            if s <= i < e:
                return actor
        return None

    def actors_for(self, head: Any) -> list[Actor]:
        lo, hi = head.left_edge.i, head.right_edge.i
        return [a for (s, e), a in zip(self._spans, self.mentions, strict=True)
                if s <= hi and lo < e]


def article_for(text: str, *, cited: Sequence[str] = ()) -> Article:
    return Article(id="art-1", source_id="test", text=text, chars=len(text),
                   cited_outlets=tuple(cited))


LAVROV = {"name": "Sergei Lavrov", "code": "RUSGOV", "country": "RUS", "sector": "GOV"}
