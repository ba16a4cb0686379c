"""Yes/no questions: a sentence that asks whether an event happens does not assert it.

Read by the event assembly, which turns an asserted, reported or alleged event in a polar
question into a conditional one; wh-questions presuppose their event and are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependencies of the connectives and fillers that may come before a question's inverted
# auxiliary ("And is Russia ...", "So, did Kyiv ...")
_QUESTION_OPENERS = frozenset({"cc", "intj", "punct", "advmod", "npadvmod", "discourse"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def polar_question(sent: Span) -> bool:
    """A yes/no question ("And is Russia massing troops?", "Did Kyiv ask for jets?"): the
    sentence ends in a question mark and its first word, after connectives, is an auxiliary
    or modal put before the subject. Wh-questions ("Why did Russia attack?") presuppose their
    event and are not caught here."""
    # the segmenter may glue the next speaker's label on ("...talks?\n\nMR."): any "?"
    if not any(t.text == "?" for t in sent):
        return False
    if _inverted(sent):
        return True
    if sent.root.pos_ not in ("VERB", "AUX") and sent[-1].text == "?":
        # "Any plans for the President to speak with Putin?": a question with no verb of its
        # own asks whether the event will happen ("In how many days ...?" asks no such thing)
        return not any(t.tag_ in _WH_TAGS for t in sent)
    # a fronted phrase before the question ("Just to go back to China briefly, did ..."):
    # the clause after its comma
    comma = next((t for t in sent if t.text == "," and t.i - sent.start < 15), None)
    return comma is not None and _inverted(sent.doc[comma.i + 1 : sent.end])


def _inverted(span: Span) -> bool:
    """Whether ``span`` opens, after connectives, with an auxiliary or modal."""
    for t in span:
        if t.tag_ in _WH_TAGS:
            return False
        if t.dep_ in _QUESTION_OPENERS and t.pos_ != "AUX" or t.is_space or t.text == "Q":
            continue
        return t.pos_ == "AUX" or t.tag_ == "MD"
    return False


def _wh_clause_between(tok: Token) -> bool:
    """Whether a wh-clause lies between ``tok`` and its sentence's root: "Do you remember
    how Russia hoped to capture Donbas?" asks about remembering; the hope is given."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("ccomp", "advcl", "pcomp") and any(
                c.tag_ in _WH_TAGS and c.i < t.i for c in t.children):
            return True
        t = t.head
    return False


def polar_question_at(tok: Token) -> bool:
    """Whether ``tok`` is in a yes/no question: its sentence is one, or the part of it after
    a press-briefing "Q" label or a colon is ("... this bill done.  Q But does he oppose
    it?", "the question is: has the President spoken with Zelenskyy?"), where the segmenter
    or the writer left the question inside a longer sentence."""
    sent = tok.sent
    if polar_question(sent):
        return not _wh_clause_between(tok)
    opener = max(
        (t.i for t in sent if t.i < tok.i and (t.text == ":" or (t.text == "Q" and t.is_upper))),
        default=None,
    )
    if opener is None:
        return False
    part = sent.doc[opener + 1 : sent.end]
    return any(t.text == "?" for t in part) and _inverted(part)

