"""Parse repair of a headline that lists two subjects with a comma before a verb that is also a
noun (see ``repair`` for how repairs run).

"Pakistan, India trade fire across Kashmir border", "Russia, Ukraine swap prisoners", "Serbia,
Kosovo sign deal": the parser reads the second name and the verb as compounds of the object
noun, and makes that noun an apposition of the first name (or the root, with the first name
its modifier). No event has a verb then. When a headline opens with "NAME, NAME" and the word
right after the second name is such a verb, glued with the second name onto the noun after
it, the word is made the root verb, the first name its subject with the second as conjunct,
and the noun its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Headline verbs that are also nouns, so the tagger may read them as a compound
GLUED_VERBS = frozenset(
    {"trade", "swap", "exchange", "sign", "seal", "ink", "mull", "eye", "boost", "pledge",
     "vow", "back", "slam", "blame", "forge", "plan", "launch", "stage", "probe", "hold",
     "discuss", "resume", "restore", "review", "deepen", "agree", "talk", "spar"}
)  # fmt: skip


def listed_names_glued_to_verb(first: Token) -> None:
    """Repair "NAME, NAME VERB OBJECT" at the headline's first word ``first`` (see above)."""
    doc = first.doc
    k = first.i
    if first.pos_ != "PROPN" or not first.is_sent_start or k + 4 >= len(doc):
        return
    comma, second, verb = doc[k + 1], doc[k + 2], doc[k + 3]
    if comma.text != "," or second.pos_ != "PROPN" or verb.lower_ not in GLUED_VERBS:
        return
    obj = verb.head
    if (verb.dep_ != "compound" or second.dep_ != "compound"
            or second.head.i not in (obj.i, verb.i) or obj.i <= verb.i or obj.pos_ != "NOUN"):
        return
    if not ((obj.dep_ in ("appos", "conj") and obj.head.i == k) or (
            obj.dep_ == "ROOT" and first.head.i == obj.i)):
        return
    root_dep = first.dep_ if obj.dep_ != "ROOT" else obj.dep_
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, root_dep, "VBP", "VERB"
    for t in first.sent:
        if t.head.i == first.i and t.i != first.i and t.i not in (comma.i, obj.i):
            t.head = verb  # (what hung on the first name as the root hangs on the verb)
    first.head, first.dep_ = verb, "nsubj"
    second.head, second.dep_ = first, "conj"
    comma.head, comma.dep_ = first, "punct"
    obj.head, obj.dep_ = verb, "dobj"
