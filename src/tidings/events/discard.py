"""Sentences that are not political news: sport, entertainment and markets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import VerbLexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

def discarded(sent: Span, lexicon: VerbLexicon) -> bool:
    """Sport, entertainment and market sentences: a score line or strong context words."""
    d = lexicon.discard
    context = 0
    for t in sent:
        low = t.lower_
        if low in d.strong or t.lemma_ in d.strong:
            return True
        if low in d.context or t.lemma_ in d.context:
            context += 1
        if (
            low in ("-", "–")
            and 0 < t.i - sent.start < len(sent) - 1
            and t.nbor(-1).like_num
            and t.nbor(1).like_num
            and len(t.nbor(-1).text) <= 2
            and len(t.nbor(1).text) <= 2
        ):
            return True  # "2-1": a score line
    return context >= 2
