"""Parse repairs: mend a few misparses of the small English model that cost whole events.

The repairs run as the last component of the spaCy pipeline (see nlp.load_pipeline), so the
actor index, the event coder and the quote finder all read the mended tree. Each repair is
narrow: it fires only on a shape that a well-formed parse of English never has, and it
rewrites heads and labels (token texts and offsets never change).

Fronted time phrase. A lede may open with how long a war or crisis has lasted: "Ten days into
the invasion of Ukraine, Poland and Germany agreed new sanctions". The parser makes "days" the
subject of the main verb and hangs the real subject, after the comma, on "Ukraine" as a
conjunct, so the main event loses its source and the invasion gains the subject's actors as
targets. The repair makes the first conjunct after the comma the subject of the main verb, and
the time noun an adverbial.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REPAIR_COMPONENT = "tidings_repair"

# Nouns of a stretch of time that open "N days into the war, ..."
_TIME_NOUNS = frozenset({"hour", "day", "week", "month", "year", "minute"})
_INTO = frozenset({"into", "after"})


def repair_parse(doc: Doc) -> Doc:
    """Apply every repair to ``doc`` in place and return it."""
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.lemma_.lower() in _TIME_NOUNS:
            _fronted_time(tok)
    return doc


def _fronted_time(time: Token) -> None:
    """Give the main verb back the subject the parser joined to a fronted time phrase."""
    verb = time.head
    if verb.pos_ not in ("VERB", "AUX") or time.i > verb.i:
        return
    for prep in time.children:
        if prep.dep_ != "prep" or prep.lower_ not in _INTO:
            continue
        subject = _misjoined(prep, verb)
        if subject is not None:
            subject.head = verb
            subject.dep_ = "nsubj"
            time.dep_ = "npadvmod"
            return


def _misjoined(prep: Token, verb: Token) -> Token | None:
    """The first conjunct inside the time phrase ``prep`` that follows a comma and, with its
    own conjuncts, ends just before ``verb``'s auxiliaries and adverbs: the lost subject."""
    doc = verb.doc
    for t in prep.subtree:
        if t.dep_ != "conj" or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ",":
            continue
        end = max(c.right_edge.i for c in [t, *t.conjuncts] if c.i >= t.i)
        between = doc[end + 1 : verb.i]
        if end < verb.i and all(w.dep_ in ("aux", "auxpass", "advmod", "neg") for w in between):
            return t
    return None
