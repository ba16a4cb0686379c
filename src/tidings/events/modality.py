"""Modality of a coded event: asserted, reported, alleged, negated, conditional or future.

The trigger's clause and the chain of clauses governing it are read bottom-up. Each link can
add a cue: a negator ("did not", "never") or a negating governor ("denied attacking"); an
if/unless clause; a future auxiliary or an intent governor ("will", "plans to", "is expected
to"); a speech or accusation governor ("X said Y attacked", "accused Y of attacking"), a
reporting adverb ("reportedly") or "according to". An accusation makes its content alleged
rather than reported: "accused Y of attacking", "claimed that Y had attacked", "jailed X for
helping militants" (the charge). When several cues apply the strongest reading wins, in the
order conditional > negated > future > alleged > reported: an event that the text only
supposes, denies or announces must never come out as asserted or merely reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import ModalityCues

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PRIORITY = ("conditional", "negated", "future", "alleged", "reported", "asserted")
_UP_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "parataxis", "csubj"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})
# Possibility, ability and obligation: "Russia might invade", "the Russians can raise their
# concerns", "Moscow must withdraw its troops" say what may, can or must happen, not what did
# ("should" stays with the conditional rules: "should" clauses also report what a party
# says it is to do, which CAMEO codes as the demand or intent itself)
_POSSIBILITY_AUX = frozenset(
    {"might", "may", "could", "might've", "may've", "could've", "can", "ca", "must", "ought"}
)
_CIRCUMSTANCE_PREPS = frozenset({"during", "after", "since", "amid", "following", "throughout"})
# Sanctions for a deed: "jailed a student for helping militants" states the charge, which the
# sentence does not assert as fact (the court's finding is reported as such)
_CHARGING_VERBS = frozenset(
    {
        "jail",
        "imprison",
        "sentence",
        "convict",
        "arrest",
        "detain",
        "charge",
        "indict",
        "prosecute",
        "fine",
        "punish",
        "condemn",
        "sanction",
        "expel",
        "deport",
        "execute",
        "investigate",
        "blame",
        "criticise",
        "criticize",
    }
)


@dataclass(frozen=True)
class ModalityReading:
    """The modality and, for reported events, the speech verb that reports them."""

    modality: str
    speech: Token | None = None


def _has_condition(tok: Token, cues: ModalityCues) -> bool:
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in cues.condition_marks:
            # "once" and "should" mark conditions only as clause openers
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lower_ in ("case", "event") for g in c.children)
        ):
            return True
    return False


def _negated(tok: Token, cues: ModalityCues) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (
            c.dep_ in ("advmod", "preconj") and c.lower_ in ("never", "neither", "nor")
        ):
            return True
    return False


def _aux_future(tok: Token, cues: ModalityCues) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues.future_aux for c in tok.children)


def _hypothetical_with_if(tok: Token, cues: ModalityCues) -> bool:
    """ "Russia would face sanctions if it invaded": the main clause is itself conditional."""
    if not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in tok.children):
        return False
    return any(c.dep_ == "advcl" and _has_condition(c, cues) for c in tok.children)


def _add_future(found: set[str], allowed: bool) -> None:
    if allowed:
        found.add("future")


def _same(a: Token, b: Token | None) -> bool:
    return b is not None and a.i == b.i


# An event noun that is only possible or feared: "a possible Russian invasion", "the threat
# of an attack", "fears of a war" suppose the event, they do not report it.
_SUPPOSING_MODIFIERS = frozenset(
    {"possible", "potential", "likely", "imminent", "feared", "looming", "hypothetical",
     "prospective", "eventual", "threatened", "would-be", "future"}
)  # fmt: skip
_SUPPOSING_NOUNS = frozenset(
    {"threat", "risk", "prospect", "possibility", "fear", "danger", "spectre", "specter",
     "likelihood", "chance", "scenario", "warning", "rumour", "rumor", "event"}
)  # fmt: skip


def _supposed(noun: Token) -> bool:
    """Whether an event noun is only supposed: by a modifier ("a possible invasion") or as
    the "of" object of a noun of fear or chance ("the threat of an invasion")."""
    if any(c.dep_ == "amod" and c.lower_ in _SUPPOSING_MODIFIERS for c in noun.children):
        return True
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _SUPPOSING_NOUNS
    )


def _ahead_of(noun: Token) -> bool:
    """Whether ``noun`` is the object of "ahead of" or "prior to"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "pcomp"):
        return False
    return prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior")


def _before_clause(tok: Token) -> bool:
    """ "before the president heads to Beijing": a present-tense clause after "before" or
    "until" tells what has not happened yet."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in tok.children)
    )


def _nominal_modality(
    noun: Token, cues: ModalityCues, *, reported_sentence: bool
) -> ModalityReading:
    """An event noun takes the modality of the clause it sits in: "an invasion would produce
    suffering" and "warned of an invasion" suppose it, "plans for an attack" announce it."""
    if _supposed(noun):
        return ModalityReading(modality="conditional")
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return ModalityReading(modality="reported" if reported_sentence else "asserted")
    if _ahead_of(noun) and verb.tag_ not in ("VBD", "VBN"):
        # "talks are held ahead of the president's visit to Moscow": the visit is still to
        # come (after a past verb it may have come since: "escalated ahead of his invasion")
        return ModalityReading(modality="future")
    if noun.head.dep_ == "prep" and noun.head.lower_ in _CIRCUMSTANCE_PREPS:
        # "discussed during his visit to Kyiv": the noun is the time of the clause, not what
        # the verb plans or fears; it keeps only the clause's own modality
        return event_modality(verb, cues, reported_sentence=reported_sentence)
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in verb.children):
        return ModalityReading(modality="conditional")
    if verb.lemma_ in cues.nominal_hypothetical:
        return ModalityReading(modality="conditional")
    if verb.lemma_ in cues.nominal_future:
        return ModalityReading(modality="future")
    return event_modality(verb, cues, reported_sentence=reported_sentence)


_QUESTION_OPENERS = frozenset({"cc", "intj", "punct", "advmod", "npadvmod", "discourse"})


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
        # own asks whether the event will happen
        return True
    # a fronted phrase before the question ("Just to go back to China briefly, did ..."):
    # the clause after its comma
    comma = next((t for t in sent if t.text == "," and t.i - sent.start < 15), None)
    return comma is not None and _inverted(sent.doc[comma.i + 1 : sent.end])


def _inverted(span: Span) -> bool:
    """Whether ``span`` opens, after connectives, with an auxiliary or modal."""
    for t in span:
        if t.tag_ in ("WRB", "WP", "WDT", "WP$"):
            return False
        if t.dep_ in _QUESTION_OPENERS and t.pos_ != "AUX" or t.is_space or t.text == "Q":
            continue
        return t.pos_ == "AUX" or t.tag_ == "MD"
    return False


def sentence_reported(sent: Span, cues: ModalityCues) -> bool:
    """ "according to X" anywhere in the sentence marks every event in it as reported."""
    return any(t.lower_ == "according" and any(c.lower_ == "to" for c in t.children) for t in sent)


def event_modality(
    tok: Token,
    cues: ModalityCues,
    *,
    skip_governor: Token | None = None,
    reported_sentence: bool = False,
) -> ModalityReading:
    """Read the modality of the event triggered at ``tok``.

    ``skip_governor``: a governing verb already folded into the code ("refused to withdraw" is
    coded 12x, so "refuse" must not negate it again).
    """
    if tok.pos_ in ("NOUN", "PROPN"):
        return _nominal_modality(tok, cues, reported_sentence=reported_sentence)
    found: set[str] = set()
    speech: Token | None = None
    if reported_sentence:
        found.add("reported")
    if _hypothetical_with_if(tok, cues):
        found.add("conditional")
    if tok.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        # "a demand to bar Ukraine", "plans to invade", "came to destroy us" (a purpose):
        # not (yet) done
        found.add("future")
    if _before_clause(tok):
        found.add("future")
    t = tok
    check_neg = True
    check_future = True
    for _ in range(8):
        if _has_condition(t, cues):
            found.add("conditional")
        # a folded governor's own negation and auxiliaries still apply to the recoded event
        # ("did not refuse to withdraw", "will threaten to strike"); only its meaning is skipped
        if check_neg and _negated(t, cues):
            found.add("negated")
        if check_future and _aux_future(t, cues):
            found.add("future")
        if any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY_AUX for c in t.children):
            # "Russia might invade", "Kyiv may want Berlin to send tanks": a possibility
            # the writer entertains is a hypothetical, never an event that happened
            found.add("conditional")
        if any(c.dep_ == "advmod" and c.lower_ in cues.reported_adverbs for c in t.children):
            found.add("reported")
        link = t.dep_
        if link not in _UP_LINKS or t.head.i == t.i:
            break
        head = t.head
        if link == "xcomp" and head.pos_ == "ADJ" and head.lemma_ in cues.future_governors:
            _add_future(found, check_future)  # "is about to", "is ready to"
        if link == "pcomp" and head.dep_ == "prep":
            head = head.head
            if head.lemma_ in cues.accusation:
                found.add("alleged")
                speech = speech or head
            elif head.lemma_ in _CHARGING_VERBS and t.head.lower_ == "for" and t.tag_ == "VBG":
                found.add("alleged")
            if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                found.add("negated")  # "no sign of Russia pulling back its forces"
            if head.lemma_ == "deny":
                found.add("negated")
            elif head.lemma_ in cues.future_governors or (
                head.lemma_ in cues.speech and head.lemma_ not in cues.accusation
            ):
                # "insisted on holding talks", "agreed on sending troops": asked for or
                # promised, not done
                _add_future(found, check_future)
        if link in ("xcomp", "ccomp", "csubj") and not _same(head, skip_governor):
            infinitive = link == "xcomp" or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children
            )
            if any(c.dep_ == "aux" and c.lower_ in ("have", "having") for c in t.children):
                # "is believed to have launched": a perfect infinitive is done, not planned
                infinitive = False
            if head.lemma_ in cues.future_governors and infinitive:
                # "plans to attack"; not "it means that X attacked"
                _add_future(found, check_future)
            elif (
                infinitive
                and head.lemma_ not in cues.implicative_governors
                and head.lemma_ not in cues.negating_governors
            ):
                # "has to come", "is afraid to say": not (yet) done
                _add_future(found, check_future)
            if head.lemma_ in cues.negating_governors and link == "xcomp" or head.lemma_ == "deny":
                found.add("negated")
        if link in ("ccomp", "parataxis") and head.lemma_ in cues.speech:
            # "claimed that the rebels had attacked", "alleged that Minsk helped": an accusation
            found.add("alleged" if head.lemma_ in cues.accusation else "reported")
            speech = speech or head
        if (
            link == "xcomp"
            and head.lemma_ in cues.hedges_passive
            and any(c.dep_ == "auxpass" for c in head.children)
        ):
            found.add("reported")  # "a drone believed to be launched by militants"
        # a conjunct shares its head's conditions and tense, not its negation
        check_neg = link != "conj"
        if link == "advcl" and t.tag_ == "VBD":
            # "the measures will hit Russia, after it ordered troops in", "trying to flee when
            # troops opened fire": a clause in the past tense happened, whatever the main
            # clause's future or purpose
            check_future = False
        t = head
    for m in PRIORITY:
        if m in found:
            return ModalityReading(
                modality=m, speech=speech if m in ("reported", "alleged") else None
            )
    return ModalityReading(modality="asserted")
