"""Clause-local cues of modality: what one clause says of its own event, read without its
governors (modality.py climbs the chain of clauses and weighs these cues).

A condition mark ("if", "unless", "in case"); a negator ("not", "never"); a future auxiliary
("will"); a hypothetical auxiliary under a condition ("would face sanctions if it invaded");
an infinitive still to be carried out; a passive hedge ("believed to"); a plan its holder
spells out or disowns ("has no plans to invade").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import syntax
from .holders import PLAN_NOUNS
from .syntax import plan_holder

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import ModalityCues, VerbLexicon

HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})
WILL_AUX = frozenset({"will", "'ll", "’ll", "shall"})
_AGREEING = frozenset({"agree", "decide"})  # (what is agreed on a condition is yet to be)
_VOWING = frozenset({"promise", "vow", "pledge", "threaten", "warn", "swear", "guarantee"})
_MORE_THAN = frozenset({"just", "only", "merely", "simply"})  # after "not": more happened


def has_condition(tok: Token, cues: ModalityCues) -> bool:
    """Whether a condition mark ("if", "unless") or "in case"/"in the event" opens it."""
    # ("once" and "should" mark conditions only as clause openers)
    return inverted_condition(tok) or any(
        (c.dep_ == "mark" and c.lower_ in cues.condition_marks)
        or (c.dep_ == "prep" and condition_phrase(c)) for c in tok.children)


def inverted_condition(tok: Token) -> bool:
    """ "consequences should Putin proceed", "had Russia invaded, ...": a dependent clause
    opened by "should", "had" or "were" before its subject is a condition, as "if" is."""
    if tok.dep_ not in ("advcl", "ccomp"):
        return False
    first = tok.left_edge
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (first.dep_ in ("aux", "auxpass") and first.head.i == tok.i
            and first.lower_ in ("should", "had", "were") and subject is not None
            and first.i < subject.i)


def negated(tok: Token, cues: ModalityCues) -> bool:
    """Whether the clause carries a negator: "not", "n't", "never", "neither", "nor". "Not
    just" ("did not just happen", "not merely") says more happened, not that nothing did."""
    doc = tok.doc
    return any(
        (c.dep_ == "neg" and (c.i + 1 == len(doc) or doc[c.i + 1].lower_ not in _MORE_THAN))
        or (c.dep_ in ("advmod", "preconj") and c.lower_ in ("never", "neither", "nor"))
        for c in tok.children
    )


def aux_future(tok: Token, cues: ModalityCues) -> bool:
    """Whether the clause has a ``future_aux`` ("will", "'ll", "would"): yet to happen."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues.future_aux for c in tok.children)


def hypothetical_with_if(tok: Token, cues: ModalityCues) -> bool:
    """ "Russia would face sanctions if it invaded", "the EU will impose sanctions unless
    Moscow withdraws", "the EU imposes sanctions if Russia invades", "agreed to sanctions if
    Russia invades": the main clause is itself conditional (a modal, a present tense or an
    agreement to act: not a past act that held whatever the condition)."""
    lemma = tok.lemma_.lower()
    # (a promise or a threat on a condition is made as it is said: "promises a strong
    # response if Russia attacks")
    present = tok.tag_ in ("VBZ", "VBP") and lemma not in cues.speech and lemma not in _VOWING
    if not (has_aux(tok, HYPOTHETICAL_AUX | WILL_AUX) or present or lemma in _AGREEING):
        return False
    return any(c.dep_ == "advcl" and has_condition(c, cues) for c in tok.children)



def held_plan(tok: Token) -> Token | None:
    """The plan or intent noun the clause ``tok`` spells out, when its holder is the subject
    of the verb that takes it ("Russia has plans to invade", "has every intention of
    attacking", "denied plans to"; ``syntax.plan_holder``), or it is said to exist ("there
    are plans for X to"): the clause is planned, not done."""
    infinitive = tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in tok.children)  # (a misread "acl")
    noun = tok.head if tok.dep_ == "acl" or infinitive else (
        tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "of" else None)
    if noun is None:
        return None
    # ("there are no plans for Biden to visit": a plan said to exist, or not, has no holder)
    there = noun.dep_ == "attr" and noun.lemma_.lower() in PLAN_NOUNS and any(
        c.dep_ == "expl" for c in noun.head.children)
    return noun if there or plan_holder(noun) is not None else None


def disowned(plan: Token, cues: ModalityCues) -> bool:
    """Whether the holder disowns the ``plan`` ("has no plans to", "does not have plans to",
    "denied plans to")."""
    holder = plan.head
    return holder.lemma_ == "deny" or negated(holder, cues) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in plan.children)


def open_infinitive(t: Token) -> bool:
    """Whether the complement ``t`` is an infinitive still to be carried out."""
    if has_aux(t, ("have", "having")):
        # "is believed to have launched": a perfect infinitive is done, not planned
        return False
    if t.tag_ == "VBG" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
        # "said, answering questions after talks": a participle set off by a comma is what
        # the subject does meanwhile, no complement
        return False
    return t.dep_ == "xcomp" or has_aux(t, ("to",))


def passive_hedge(governor: Token, cues: ModalityCues) -> bool:
    """A passive hedge governs the clause: "believed to", "said to", "reported to"."""
    return governor.lemma_ in cues.hedges_passive and any(
        c.dep_ == "auxpass" for c in governor.children
    )


def has_aux(tok: Token, words: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether ``tok`` has an "aux" child spelled as one of ``words`` (lower-cased)."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in tok.children)


def condition_phrase(prep: Token) -> bool:
    """ "in case of an attack", "in the event that Belarus invades": a phrase of "in" that opens
    a condition. "In a case that drew attention" and "in the event hall" open none."""
    if prep.lower_ != "in":
        return False
    for g in prep.children:
        dets = [c.lower_ for c in g.children if c.dep_ == "det"]
        if g.lower_ == "case" and not dets:
            return True
        if g.lower_ == "event" and dets == ["the"] and any(
            c.dep_ in ("prep", "acl", "relcl") and c.i > g.i for c in g.children
        ):
            return True
    return False


# Governors that doubt their infinitive ("is unlikely to invade")


def conditions(tokens: Iterable[Token], lexicon: VerbLexicon) -> list[Token]:
    """The if/unless/should clauses among ``tokens`` (a verb's dependents)."""
    marks = lexicon.cues.condition_marks
    return [
        c for c in tokens
        if (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children))
        or inverted_condition(c)
    ]


# Roots of the acts a reaction still to come may answer: threats, force posture, cuts,
# coercion and force ("will respond to any Russian aggression", "to new sanctions")
_HOSTILE_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})


def reaction_agents(tok: Token, lexicon: VerbLexicon) -> list[Token]:
    """ "The US will respond decisively to any Russian aggression": a reaction still to come
    ("will", "would") to a hostile act named by its noun is conditioned on that act, as "will
    respond if Russia invades" is; the words that name its author ("Russian", "Russia's", "by
    Russia") set the condition. Empty for anything else."""
    if tok.lemma_.lower() not in lexicon.cues.conditional_reactions or not has_aux(
            tok, WILL_AUX | {"would"}):
        return []
    out: list[Token] = []
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in ("to", "against"):
            continue
        for act in (o for o in p.children if o.dep_ == "pobj"):
            entries = lexicon.nouns.get(act.lemma_.lower(), ())
            if not any(e.code[:2] in _HOSTILE_ROOTS for e in entries):
                continue
            out += [c for c in act.children if c.dep_ in ("poss", "amod", "compound")
                    and c.i < act.i]
            out += [o for c in act.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                    for o in c.children if o.dep_ == "pobj"]
    return out


def condition_subjects(tok: Token, lexicon: VerbLexicon) -> list[Token]:
    """Who acts in the if/unless clauses on ``tok`` or on its governing verb: the subject, or
    a passive's agent ("if Moldova were attacked by X": X); "if necessary" names no one.
    Under an adjective ("is ready to strike if X attacks") the copula holds the condition."""
    copula = tok.head.head.children if tok.head.dep_ == "acomp" else ()
    # ("warned the consequences will be horrific if X invades": the warning's own condition)
    told = [g for c in tok.children if c.dep_ == "ccomp" for g in c.children] \
        if tok.lemma_.lower() == "warn" else []
    return [
        h
        for c in conditions((*tok.children, *tok.head.children, *copula, *told), lexicon)
        for h in (
            syntax.agents(c) if syntax.is_passive(c)
            else [g for g in c.children if g.dep_ == "nsubj"]
        )
    ] + reaction_agents(tok, lexicon)


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "what"})


def unmarked_content(clause: Token) -> bool:
    """Whether a clause the parser took for a relative clause with no relative word is the
    content of its noun ("hit back at claims it had used civilians as shields"). A relative
    clause with no relative word leaves a gap for the noun as object ("the claims Russia made");
    one with an object or complement of its own, or a passive subject, has none."""
    kids = list(clause.children)
    if any(c.lower_ in _RELATIVE_WORDS or c.tag_ in ("WDT", "WP", "WP$") for c in kids):
        return False
    if any(c.dep_ == "nsubjpass" for c in kids):
        return not any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)
                       for c in kids)  # ("the claims he was accused of")
    return any(c.dep_ == "nsubj" for c in kids) and any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in kids)
