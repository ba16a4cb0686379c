"""Parse repairs of coordination: a conjunct in another tense hung on a clause it cannot
belong to, and a headline's second subject read as an apposition. Run by
``repair.repair_parse`` (see its docstring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})
_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "'ll", "wo", "shall"})


def perfect_conjunct(verb: Token) -> None:
    """Hang a present-perfect or past conjunct ("and has warned", "and accused") of a modal
    clause reported by a verb of saying ("said NATO would respond") on the verb of saying: a
    clause in another tense and mood is the speaker's second act, not more of what the
    speaker reported."""
    clause = verb.head
    speech = clause.head
    if (
        clause.dep_ != "ccomp"
        or speech.i == clause.i
        or speech.pos_ != "VERB"
        or not (verb.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children
        ))
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        or not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)
        or not any(c.dep_ == "nsubj" for c in speech.children)
    ):
        return
    verb.head = speech
    for c in clause.children:
        if c.dep_ == "cc" and c.i < verb.i and c.i > clause.i:
            c.head = speech  # the "and" joins the speaker's two acts


def infinitive_conjunct(verb: Token) -> None:
    """ "X and Y agreed to keep talking ... and called on Moscow to ...": the parser may
    coordinate a past verb with the infinitive before it, so the call reads as agreed to, a
    future act. A past verb with no subject of its own cannot continue a "to" infinitive; it
    is the second act of the finite verb that governs the infinitive."""
    clause = verb.head
    governor = clause.head
    if (
        verb.tag_ != "VBD"
        or clause.tag_ != "VB"
        or clause.dep_ not in ("xcomp", "advcl")
        or governor.i == clause.i
        or governor.tag_ not in ("VBD", "VBZ", "VBP")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    ):
        return
    verb.head = governor
    for c in clause.children:
        if c.dep_ == "cc" and clause.i < c.i < verb.i:
            c.head = governor  # the "and" joins the two acts


def apposed_subject(name: Token) -> None:
    """ "Turkey's Erdogan, Azerbaijan's Aliyev meet ...": a headline lists its subjects with a
    comma, and the parser may read the second as an apposition of the first. A proper name in
    apposition to a named subject of a plural present verb is a second subject (a singular
    verb keeps the apposition: "Putin, Russia's leader, says")."""
    subject = name.head
    verb = subject.head
    if (
        name.dep_ != "appos"
        or name.pos_ != "PROPN"
        or subject.dep_ != "nsubj"
        or subject.pos_ != "PROPN"
        or verb.tag_ not in ("VBP", "VB")
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        or name.right_edge.i != verb.i - 1  # (a longer list is ``_listed_names``'s)
        or name.left_edge.i == 0
        or name.doc[name.left_edge.i - 1].text != ","
    ):
        return
    name.dep_ = "conj"


def listed_root_name(first: Token) -> None:
    """ "Colonna, Blinken call for dialogue": the parser may make the first of two listed
    names the root and the verb a parataxis of it with the second name its subject. A name
    that opens the headline, a comma, and a present verb whose proper-name subject follows
    the comma: the verb is the root, the names its listed subject."""
    doc = first.doc
    verb = next((c for c in first.children if c.dep_ in ("parataxis", "appos") and c.i > first.i),
                None)
    if first.dep_ != "ROOT" or first.pos_ != "PROPN" or verb is None or verb.tag_ != "VBP":
        return
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                   and c.left_edge.i == first.i + 2), None)
    if second is None or doc[first.i + 1].text != "," or first.left_edge.i != first.sent.start:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    first.head, first.dep_ = verb, "nsubj"
    second.head, second.dep_ = first, "conj"


# Verbs of warning and predicting whose "that" may be dropped before a modal clause
_FORECASTING = frozenset({"warn", "predict", "fear", "say", "claim", "believe", "suggest"})


def object_before_modal(modal: Token) -> None:
    """ "with officials warning Russia's numbers could overcome the resistance": the parser
    takes the subject of a clause whose "that" was dropped for the speech verb's object,
    and hangs the modal clause elsewhere. A noun object of a verb of warning or saying right
    before a modal is the subject of the modal's verb, and that clause the speech's
    complement."""
    verb, noun = modal.head, modal.doc[modal.i - 1]
    while noun.head.i > noun.i and noun.head.i < modal.i:
        noun = noun.head  # ("Moscow's vast reserves": the head of the phrase)
    speech = noun.head
    if (modal.tag_ != "MD" or noun.dep_ != "dobj" or speech.lemma_ not in _FORECASTING
            or verb.i < modal.i or verb.head.i == speech.i
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = speech, "ccomp"
