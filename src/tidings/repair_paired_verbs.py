"""Parse repair of a headline's two verbs (see ``repair`` for how repairs run).

"Biden visits Poland, decries Putin": a headline's two verbs after one subject, set apart by
a comma, may be read as a clause the second verb reports ("X visits Poland, decries Putin"
as if Putin decried it), with the second verb's object as its subject. The first verb is
made the root and the second its conjunct; a saying verb on either side is left alone ("Russia
is ready for talks, says Peskov" is a report).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs whose clause a comma and a second verb may report ("X is ready, says Y")
_SAYING = frozenset({"say", "tell", "claim", "insist", "warn", "report", "announce", "add",
                     "believe", "think", "fear", "suggest", "show", "reveal", "confirm", "allege",
                     "note", "estimate", "stress", "write", "admit", "deny", "hope", "reckon"})


def paired_verbs(root: Token) -> None:
    """ "Biden visits Poland, decries Putin": a headline's two verbs after one subject, set
    apart by a comma, may be read as a clause the second verb reports, with the second verb's
    object as its subject. The first verb is then the root, the second its conjunct."""
    first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if (first is None or first.tag_ not in ("VBZ", "VBP") or first.lemma_ in _SAYING
            or root.lemma_ in _SAYING or root.nbor(-1).text != ","
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children)
            or not any(c.dep_ == "nsubj" for c in first.children)):
        return
    first.head, first.dep_ = first, "ROOT"
    root.head, root.dep_ = first, "conj"
    root.nbor(-1).head = first
    for c in root.children:
        if c.dep_ == "nsubj" and c.i > root.i:
            c.dep_ = "dobj"  # ("decries Putin")
