"""Which clause-local cues of a governing clause pass down the link to a clause below it.

``modality.py`` climbs from the trigger's clause to its governors and gathers their cues;
not every cue crosses every link. A conjunct shares its head's conditions and tense, not its
negation; a clause with its own subject keeps its own negation ("did not hold talks while
Russia shelled the city"); a past clause happened, whatever the main clause plans; and what
goes on meanwhile happens, whatever the main clause deems possible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subordinators of a clause that happens at the same time as the main clause, and of a past
# clause that happened ("as" is left out of the first: "will be tested this week as he
# travels to Scotland" is still to come; "if" of the second: "could fall if Russia invaded")
_ONGOING_MARKS, AS_MARKS = frozenset({"while", "whereas", "whilst"}), frozenset({"as"})
_PAST_MARKS = _ONGOING_MARKS | {"after", "because", "since", "when", "as"}
_WILL = frozenset({"will", "shall", "'ll", "\u2019ll", "wo"})
_UNDER_WAY_MARKS = AS_MARKS | {"because", "since"}
_TIMES_TO_COME = frozenset({"next", "tomorrow", "later", "soon", "upcoming", "coming"})


@dataclass(frozen=True)
class Passed:
    """Whether the governors' negation, future and possibility cues still apply below;
    ``sealed``: no negation from any clause further up applies either."""

    negation: bool
    future: bool
    possibility: bool
    sealed: bool = False


def marked(tok: Token, marks: frozenset[str]) -> bool:
    """Whether the clause of ``tok`` is introduced by one of ``marks``."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def _under_way(t: Token) -> bool:
    """A present progressive ("are shelling") or a present verb of going on ("continues"),
    with no time to come on it ("is travelling to Asia next week")."""
    if any(c.lower_ in _TIMES_TO_COME for c in t.subtree):
        return False
    return (t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re")
                                    for c in t.children)) or (
        _present(t) and t.lemma_.lower() in ("continue", "keep"))


def _present(t: Token) -> bool:
    """A present-tense verb; also a plural one the tagger took for a bare infinitive under a
    modal above it ("may destroy itself as Russia and the US clash": no aux of its own)."""
    return t.tag_ in ("VBZ", "VBP") or (
        t.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
        and any(c.dep_ == "nsubj" for c in t.children)
    )


def passed_down(t: Token) -> Passed:
    """Which cues of the clauses governing ``t`` still apply to an event in ``t``'s clause."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    # a conjunct shares its governors' negation, not its head's; a clause with a subject of
    # its own, or a fact one knows, has neither ("did not want talks while Russia shelled")
    own = t.dep_ == "advcl" and subject
    negation = t.dep_ != "conj" and not own
    # a past clause happened, whatever the main clause's future or purpose: "will hit Russia,
    # after it ordered troops in", "fled when troops fired", "said it would fail and he wept"
    past = t.tag_ == "VBD" and (t.dep_ == "advcl" or (t.dep_ == "conj" and subject))
    # "will hold talks while Russia masses troops", "cannot wait while Russia kills": what goes
    # on meanwhile is happening; so is what a past clause of its own says ("the plan could
    # fail, while Labour criticised it")
    ongoing = t.dep_ == "advcl" and (
        (_present(t) and marked(t, _ONGOING_MARKS))
        or (t.tag_ == "VBD" and subject and marked(t, _PAST_MARKS))
        # "will save lives as the Russians are shelling cities", "as it continues to bomb"
        or (subject and marked(t, _UNDER_WAY_MARKS) and _under_way(t))
    )
    # "it is important to say that Russia attacked": what one is to say is no plan of its own;
    # "you should know that grain is stolen": what one is to know is a fact, even unknown
    said = t.dep_ == "ccomp" and t.head.lemma_ in _BELIEVING | _KNOWING and _finite(t)
    known = said and t.head.lemma_ in _KNOWING
    negation = negation and not known
    # "could invade as it masses troops": what goes on as the main clause deems something
    # possible is happening (what it says "will" be stays to come: "as he travels")
    going_on = (t.dep_ == "advcl" and _present(t) and subject
                and marked(t, AS_MARKS) and not any(
                    c.dep_ == "aux" and c.lower_ in _WILL for c in t.head.children))
    # ("we must understand that Russia has mobilised": a fact one ought to grasp is no
    # possibility)
    return Passed(negation=negation, future=not (past or ongoing or said or going_on),
                  possibility=not (ongoing or going_on or known), sealed=own or known)


def _finite(t: Token) -> bool:
    """Whether the clause of ``t`` has a tense of its own ("attacked", "is stolen")."""
    return t.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.children)


# Words that call a statement untrue ("it is false that ..."), and those that call believing
# or saying it absurd ("it is absurd to claim that ...", a headline's "Absurd to believe ...").
# An absurdity judged directly on a fact is outrage that it happened ("it is absurd that the
# talks failed"), so those words deny only through a verb of believing or saying.
_UNTRUE = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "fabricated",
                     "lie", "lies", "fiction", "fantasy"})  # fmt: skip
_ABSURD = _UNTRUE | {"absurd", "ridiculous", "preposterous", "ludicrous", "laughable",
                     "nonsense", "nonsensical", "silly", "naive", "wrong", "mistaken"}
_BELIEVING = frozenset({"believe", "claim", "say", "suggest", "think", "assert", "argue",
                        "imagine", "pretend", "allege", "assume", "speak", "talk", "mention",
                        "note", "stress", "emphasise", "emphasize", "recall", "add", "state",
                        "explain", "underline", "reiterate", "repeat", "point", "remind",
                        "tell", "inform"})  # fmt: skip
# Verbs whose "that" clause is a fact ("knows that Russia attacked", "did not realise that")
_KNOWING = frozenset({"know", "realize", "realise", "remember", "forget", "notice", "learn",
                      "understand", "regret"})  # fmt: skip
_JUDGING = frozenset({"acomp", "attr", "nsubj", "advmod", "npadvmod", "dep", "oprd"})


def _judged(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or any(
        c.dep_ in _JUDGING and c.lower_ in words for c in tok.children
    )


def dismissed(t: Token) -> bool:
    """Whether the governor of clause ``t`` calls it untrue: "it is false that Kyiv attacked",
    "it is absurd to claim that Kyiv attacked", "Absurd to believe Kyiv threatens Moscow"."""
    head = t.head
    if t.dep_ not in ("ccomp", "csubj") or head.i == t.i:
        return False
    if _judged(head, _UNTRUE) and head.lemma_ not in _BELIEVING:
        return True
    if head.lemma_ not in _BELIEVING or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children
    ):
        return False
    judge = head.head if head.dep_ in ("xcomp", "csubj", "ccomp", "advcl") else head
    return _judged(judge, _ABSURD) or _judged(head, _ABSURD)


def for_subject(clause: Token) -> bool:
    """Whether an infinitive clause opens with "for" and a subject ("for Russia to")."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ == "nsubj" for c in clause.children)


def shared_complement(tok: Token) -> Token:
    """The complement a bare infinitive is coordinated with, which governs both ("urged X to
    pull out its soldiers and hand back the plant": both are urged); else ``tok`` itself. A
    conjunct with a subject or an auxiliary of its own is a clause of its own."""
    head = tok.head
    if (tok.dep_ == "conj" and tok.tag_ == "VB" and head.dep_ in ("xcomp", "ccomp")
            and head.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux")
                                              for c in tok.children)):
        return head
    return tok


# Words that give a known event as the cause of a clause: "because of", "due to", "owing
# to", "thanks to", "as a result of", "in response to", "in retaliation for"
_CAUSE_HEADS = frozenset({"because", "due", "owing", "thanks", "result", "response",
                          "retaliation", "reaction", "consequence",
                          # the setting it gives: "in the context of Russia's war", "in the
                          # face of", "in the wake of", "against the backdrop of"
                          "context", "face", "wake", "aftermath", "backdrop"})  # fmt: skip


_IF = frozenset({"if"})


def presupposed(noun: Token) -> bool:
    """Whether the event noun is the cause or setting a clause gives, or what it would end:
    "Germany will be poorer because of Russia's assault" and "calls for an end to Putin's war"
    presuppose the assault and the war, whatever the clause's own future. (Stopping or
    halting it does not: "could stop an invasion" may prevent one.)"""
    if any(c.ent_type_ == "DATE" and c.like_num and len(c.text) == 4 for c in noun.children):
        return True  # "its 2014 invasion of Ukraine", "the 2008 war": a dated event, known
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() == "end"
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "for" and prep.head.lemma_ == "be" and marked(prep.head, _IF) and any(
            c.dep_ == "neg" for c in prep.head.children):
        return True  # "it would not exist if it was not for the war": but for the war
    kids = list(noun.children)
    known = any(c.dep_ == "poss" or c.lower_ == "the" or c.ent_type_ == "NORP" for c in kids)
    if prep.lower_ in _AMID and noun.lemma_.lower() in _WARS and known and not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in kids):
        # "came to help Ukrainians during the Russian invasion": the war goes on; "told to
        # save electricity after Russian missile strike": the strike happened
        return True
    return prep.lower_ in ("because", "due", "owing") or (
        prep.lower_ in ("of", "to", "for") and prep.head.lower_ in _CAUSE_HEADS) or (
        prep.lower_ == "to" and prep.head.lemma_.lower() == "end")


# Wars and attacks a clause is set in or follows ("during the war", "after the strike"), and
# the words that set it there
_WARS = frozenset({"war", "invasion", "aggression", "occupation", "blockade", "siege", "attack",
                   "strike", "airstrike", "shelling", "bombing", "bombardment", "raid", "assault"})
_AMID = frozenset({"during", "amid", "amidst", "throughout", "after"})


# Sanctions for a deed: "jailed a student for helping militants" states the charge (alleged)
_CHARGING_VERBS = frozenset(
    {"jail", "imprison", "sentence", "convict", "arrest", "detain", "charge", "indict",
     "prosecute", "fine", "punish", "condemn", "sanction", "expel", "deport", "execute",
     "investigate", "blame", "criticise", "criticize"})  # fmt: skip
# Thanks, praise or apology for a deed: "would like to thank Armenia for hosting" (done)
_CREDITING_VERBS = frozenset(
    {"thank", "praise", "commend", "congratulate", "applaud", "hail", "salute", "credit",
     "apologise", "apologize", "forgive"})  # fmt: skip


def deed_of(t: Token, governor: Token) -> str | None:
    """The reading of a deed that a gerund under ``governor`` names as done, whatever the
    clauses above say: the charge in "jailed X for helping militants" ("alleged"), the deed
    thanked for in "would like to thank X for hosting" ("asserted"), or what "let Russia get
    away with invading Georgia" lets pass ("asserted": not a plan, however "allowed ... to"
    reads). None for any other gerund."""
    if t.tag_ != "VBG":
        return None
    if governor.lemma_ in _CHARGING_VERBS | _CREDITING_VERBS and t.head.lower_ == "for":
        return "alleged" if governor.lemma_ in _CHARGING_VERBS else "asserted"
    if governor.lemma_ in ("admit", "confess") and t.head.lower_ == "to":
        return "asserted"  # "admitted to shelling the city": a deed owned up to
    if governor.lemma_ == "get" and t.head.lower_ == "with" and any(
            c.lower_ == "away" for c in governor.children):
        return "asserted"
    return None


# Subordinators of a clause of the circumstances: when, while or as what it says happens
_CIRCUMSTANCE_MARKS = frozenset({"as", "while", "whilst", "when"})
_SEQUENCE_MARKS = frozenset({"after", "before"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def circumstance_home(t: Token) -> Token | None:
    """ "accuses the Russians of moving to a new stage of terror as residents protest": a
    finite clause of the circumstances ("as", "while", "when") that the parser hangs on a
    gerund or infinitive has no tense to share with it; it tells when the finite clause above
    happens, so it belongs there (the protest is no part of the accusation). Set off by a
    comma after a reported clause ("declared that ... and criticised NATO, as Putin met Xi"),
    it is the narrator's: it belongs to the verb of saying. Returns that governor, or None
    when the clause hangs where it belongs already."""
    if t.dep_ != "advcl" or t.tag_ not in _FINITE:
        return None
    # ("says the measures will hit Russia, after it ordered troops in": what happened before
    # the saying is the narrator's too, but only set off so)
    sequel = t.tag_ == "VBD" and marked(t, _SEQUENCE_MARKS) and _after_comma(t)
    if not marked(t, _CIRCUMSTANCE_MARKS) and not sequel:
        return None
    head = t.head
    if _after_comma(t):
        up = head
        for _ in range(6):
            if up.dep_ == "ccomp":
                return up.head
            if up.dep_ not in ("conj", "xcomp", "pcomp", "prep", "pobj", "dobj"):
                break
            up = up.head
    if sequel or head.tag_ not in ("VBG", "VB") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in head.children):
        return None
    for _ in range(4):
        if head.dep_ in ("pcomp", "xcomp") or (head.dep_ == "pobj" and head.tag_ == "VBG"):
            head = head.head.head if head.head.dep_ == "prep" else head.head
        else:
            return None
        if head.tag_ in _FINITE:
            return head
    return None


def _after_comma(t: Token) -> bool:
    """Whether the clause of ``t`` opens with its subordinator right after a comma."""
    mark = next((c for c in t.children if c.dep_ == "mark"), None)
    return mark is not None and mark.i > 0 and mark.nbor(-1).text == ","
