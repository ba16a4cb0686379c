"""Parse repair of an object hedged as a free relative: "North Korea fired what is presumed to
be a ballistic missile", "Russia launched what appeared to be a cruise missile at Kyiv". The
parser reads "what ... to be X" as a clause the verb reports, and the verb has no object; the
thing fired is X. X becomes the verb's object, the hedge a clause on X (the act is asserted:
only what was fired is hedged), and what hung on "be" (the place, the target) hangs on the
verb. Run by ``repair.repair_parse``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of a hedge on what a thing is: "what appeared to be", "what is believed to be"
_HEDGES = frozenset({"appear", "seem", "presume", "believe", "think", "say", "suspect",
                     "assume", "report", "look"})  # fmt: skip


def free_relative_object(what: Token) -> None:
    """Make the X of "V what appeared to be X" the object of V (see the module)."""
    hedge = what.head
    if what.lower_ != "what" or what.dep_ not in ("nsubj", "nsubjpass") or hedge.i == what.i:
        return
    verb = hedge.head
    if (hedge.dep_ != "ccomp" or hedge.lemma_.lower() not in _HEDGES or verb.pos_ != "VERB"
            or verb.i > what.i or any(c.dep_ == "dobj" for c in verb.children)):
        return
    be = next((c for c in hedge.children if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
    like = next((c for c in hedge.children if c.dep_ == "prep" and c.lower_ == "like"), None)
    owner = be if be is not None else like
    if owner is None:
        return
    thing = next((c for c in owner.children if c.dep_ in ("attr", "pobj")), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return
    moved = [c for c in owner.children if c.dep_ == "prep" and c.i > thing.i]
    thing.head, thing.dep_ = verb, "dobj"
    hedge.head, hedge.dep_ = thing, "relcl"
    for c in moved:
        c.head = verb
