"""Modality of a coded event: asserted, reported, alleged, negated, conditional or future.

The trigger's clause and the chain of clauses governing it are read bottom-up. Each link can
add a cue: a negator or negating governor ("did not", "denied attacking"); an if/unless
clause; a future auxiliary or intent governor ("will", "plans to"); a speech or accusation
governor ("X said Y attacked", "accused Y of attacking": alleged), a reporting adverb or
"according to". The strongest reading wins, conditional > negated > future > alleged >
reported: what the text only supposes, denies or announces is never asserted or reported.
Noun readings live in suppositions.py, yes/no questions in questions.py (re-exported here),
which cues cross a link between clauses in links.py, the cues of one clause in clause_cues.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..repair_attribution import headline_attribution, kicker_attribution
from .clause_cues import HYPOTHETICAL_AUX as _HYPOTHETICAL_AUX
from .clause_cues import aux_future as _aux_future
from .clause_cues import disowned, has_aux, held_plan
from .clause_cues import has_condition as _has_condition
from .clause_cues import hypothetical_with_if as _hypothetical_with_if
from .clause_cues import negated as _negated
from .clause_cues import open_infinitive as _open_infinitive
from .clause_cues import passive_hedge as _passive_hedge
from .lexicon import ModalityCues
from .links import AS_MARKS, circumstance_home, deed_of, dismissed, marked, passed_down, presupposed
from .purposes import decided, purpose_done, ranked
from .questions import polar_question, polar_question_at
from .suppositions import (
    ahead_of,
    before_clause,
    circumstance_clause,
    content_of_noun,
    definite,
    deliberated_fact,
    doubt,
    framed_modality,
    governing_verb,
    headline_infinitive,
    implicative,
    rejected_alternative,
    supposed,
    supposing_noun,
    upcoming,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["PRIORITY", "ModalityReading", "event_modality", "polar_question", "polar_question_at",
           "sentence_reported"]  # fmt: skip

PRIORITY = ("conditional", "negated", "future", "alleged", "reported", "asserted")
# The links a governing clause passes its cues down ("was never able to", "not seem willing to")
_UP_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "parataxis", "csubj", "acomp",
                       "oprd"})
# Adjectives of fear or reluctance: their negation undoes them, not what they govern
_AVERSE = frozenset({"afraid", "reluctant", "hesitant", "scared", "frightened", "shy", "loath",
                     "loth", "ashamed", "wary"})
_CLAIMING = frozenset({"claim", "purport", "profess", "boast"})  # "claimed to take Kherson"
_HALTING = frozenset({"stop", "cease", "fail", "halt"})  # negating governors a "not" undoes
_MAX_CLIMB = 8  # governing clauses read at most: deeper chains are parse noise, not syntax
# Possibility, ability and obligation ("Russia might invade", "can raise", "must withdraw"):
# what may, can or must happen, not what did ("should" stays with the conditional rules: it
# also reports what a party says it is to do, which CAMEO codes as the demand or intent)
_POSSIBILITY_AUX = frozenset({"might", "may", "could", "might've", "may've", "could've", "can",
                              "ca", "must", "ought"})  # fmt: skip
_CIRCUMSTANCE_PREPS = frozenset({"during", "after", "since", "amid", "following", "throughout",
                                 "at", "in"})  # fmt: skip
# What came before the clause or goes on around it ("after the withdrawal" may be to come)
_EARLIER = frozenset({"since", "following", "amid", "amidst", "despite"})
_WAGED = frozenset({"war", "battle", "campaign", "fight", "conflict", "insurgency", "duel"})
# Verbs against a course of action ("warned X against sending troops"; "warned X on/over")
_ADVISING = {"warn": ("against", "on", "about", "over")} | dict.fromkeys(
    ("caution", "advise", "counsel", "urge", "lobby", "argue", "campaign", "speak", "vote",
     "protest", "plead", "appeal"), ("against",))  # fmt: skip


@dataclass(frozen=True)
class ModalityReading:
    """The modality and, for reported events, the speech verb that reports them."""

    modality: str
    speech: Token | None = None


@dataclass
class _Findings:
    """The cues gathered while climbing from the trigger to its governors. ``check_neg`` and
    ``check_future`` switch off the clause-local negation and future cues for links that do
    not pass them on (a conjunct, a past-tense adverbial clause)."""

    found: set[str] = field(default_factory=set)
    speech: Token | None = None
    check_neg: bool = True
    check_future: bool = True
    check_possible: bool = True
    settled: bool = False  # no negation above applies: a charge read, a clause of its own

    def negate(self) -> None:
        """Record a governor's negation, unless a link below has settled the event."""
        if not self.settled:
            self.found.add("negated")

    def add_future(self) -> None:
        """Record a future cue, unless a past-tense clause below has ruled it out."""
        if self.check_future:
            self.found.add("future")

    def strongest(self) -> ModalityReading:
        """The strongest reading found; the speech verb only for a reported or alleged event."""
        for m in PRIORITY:
            if m in self.found:
                speech = self.speech if m in ("reported", "alleged") else None
                return ModalityReading(modality=m, speech=speech)
        return ModalityReading(modality="asserted")


def event_modality(
    tok: Token,
    cues: ModalityCues,
    *,
    skip_governor: Token | None = None,
    reported_sentence: bool = False,
) -> ModalityReading:
    """Read the modality of the event triggered at ``tok``. ``skip_governor``: a governing
    verb folded into the code ("refused to withdraw" is 12x: "refuse" negates it no more)."""
    if (framed := framed_modality(tok)) is not None:  # "disinformation about Latvia's plans"
        return ModalityReading(modality=framed)
    if tok.pos_ in ("NOUN", "PROPN"):
        return _nominal_modality(tok, cues, reported_sentence=reported_sentence)
    if (skip_governor is not None and tok.dep_ == "acl" and _same(tok.head, skip_governor)) or (
            decided(tok) or (ranked(tok) is not None and tok.dep_ != "xcomp")):
        # "an attempt by X to advance" folded into the attempt: as sure as the attempt noun
        # ("Putin's decision to invade", "the first leader to visit": as sure as the noun)
        return _nominal_modality(tok.head, cues, reported_sentence=reported_sentence)
    findings = _Findings(found=_trigger_cues(tok, cues, reported_sentence=reported_sentence,
                                             folded=_same(tok.head, skip_governor)))
    t = tok
    for _ in range(_MAX_CLIMB):
        t = circumstance_home(t) or t  # "of moving ... as residents protest": the accusation's
        _read_clause(t, cues, findings)
        if (content := content_of_noun(t)) is not None:  # "reports that Russian troops shelled"
            findings.found.add(content)
        if t.dep_ not in _UP_LINKS or t.head.i == t.i or (
                t.dep_ == "acomp" and t.lemma_.lower() in _AVERSE):
            break  # ("not afraid to oppose Russia": the copula's "not" undoes the fear)
        t = _read_link(t, cues, findings, skip_governor=skip_governor)
    if headline_infinitive(t):
        findings.add_future()  # "Britain to train Ukrainian soldiers": a headline's plan
    reading = findings.strongest()
    if reading.modality == "asserted" and tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN"):
        # "Russian forces advancing on Kyiv have stalled, officials say": a participle on a
        # noun is told by whoever tells the noun's clause (its other modalities stay its own:
        # troops massing at a border "could invade", but they are massing)
        outer = governing_verb(tok.head)
        if outer.i != tok.head.i and outer.pos_ in ("VERB", "AUX"):
            told = event_modality(outer, cues, reported_sentence=reported_sentence)
            if told.modality in ("reported", "alleged"):
                return told
    return reading


def _trigger_cues(tok: Token, cues: ModalityCues, *, reported_sentence: bool,
                  folded: bool = False) -> set[str]:
    """Cues that only the trigger's own clause carries, read once before the climb.
    ``folded``: the trigger's head is a governor folded into the code ("battled to repel")."""
    found: set[str] = set()
    if reported_sentence:
        found.add("reported")
    if _hypothetical_with_if(tok, cues):
        found.add("conditional")
    if tok.dep_ in ("acl", "advcl", "relcl") and has_aux(tok, ("to",)) and not purpose_done(tok) \
            and not folded:
        # "a demand to bar Ukraine", "plans to invade", "came to destroy us" (a purpose),
        # "enough artillery to destroy the region" (a means): not (yet) done
        found.add("future")
    if before_clause(tok):
        found.add("future")
    if (plan := held_plan(tok)) is not None:  # "has (no) plans to invade", "denied plans to"
        found.add("negated" if disowned(plan, cues) else "future")
    if tok.lemma_ not in cues.speech and any(c.dep_ == "dobj" and any(  # "imported no crude"
            g.dep_ == "det" and g.text == "no" and g.nbor().text != "-" for g in c.children)
            for c in tok.children):  # (not "says no breakthrough", "No 10", "a no-show")
        found.add("negated")
    return found


def _read_clause(t: Token, cues: ModalityCues, findings: _Findings) -> None:
    """Cues on the clause ``t`` itself: condition, negation, future and possibility
    auxiliaries, reporting adverbs."""
    if _has_condition(t, cues):
        findings.found.add("conditional")
    # a folded governor's own negation and auxiliaries still apply to the recoded event
    # ("did not refuse to withdraw", "will threaten to strike"); only its meaning is skipped
    if findings.check_neg and (_negated(t, cues) or rejected_alternative(t)):
        findings.found.add("negated")
    if _aux_future(t, cues):
        findings.add_future()
    if findings.check_possible and has_aux(t, _POSSIBILITY_AUX):
        # "Russia might invade", "Kyiv may want Berlin to send tanks": a possibility
        # the writer entertains is a hypothetical, never an event that happened
        findings.found.add("conditional")
    if any(c.dep_ == "advmod" and c.lower_ in cues.reported_adverbs for c in t.children):
        findings.found.add("reported")


def _read_link(
    t: Token, cues: ModalityCues, findings: _Findings, *, skip_governor: Token | None
) -> Token:
    """Read the cues the link from ``t`` to its governor adds and return the governor, the
    next clause up (for a "pcomp" under a preposition, the preposition's head)."""
    link = t.dep_
    head = t.head
    if link == "xcomp" and head.pos_ == "ADJ" and head.lemma_ in cues.future_governors and \
            not _same(head, skip_governor):
        findings.add_future()  # "is about to", "is ready to" (not an intent it states)
    if link == "xcomp" and (doubted := doubt(head)):
        findings.found.add(doubted)  # "is unlikely to invade", "has yet to condemn"
    if link == "pcomp" and head.dep_ == "prep":
        head = head.head
        _read_prepositional_governor(t, head, cues, findings)
    if link in ("xcomp", "ccomp", "csubj") and not _same(head, skip_governor):
        _read_complement_governor(t, head, cues, findings)
    if dismissed(t):
        findings.negate()  # "it is false that", "absurd to believe that"
    if link in ("ccomp", "parataxis") and head.lemma_ in cues.speech:
        # "claimed that the rebels had attacked", "alleged that Minsk helped": an accusation
        findings.found.add("alleged" if head.lemma_ in cues.accusation else "reported")
        findings.speech = findings.speech or head
    if link == "xcomp" and _passive_hedge(head, cues):
        findings.found.add("reported")  # "a drone believed to be launched by militants"
    passed = passed_down(t)
    findings.settled = findings.settled or passed.sealed
    findings.check_neg = passed.negation and not findings.settled
    findings.check_future = findings.check_future and passed.future
    findings.check_possible = findings.check_possible and passed.possibility
    return head


def _read_prepositional_governor(
    t: Token, governor: Token, cues: ModalityCues, findings: _Findings
) -> None:
    """A gerund clause under a preposition: "accused Y of attacking" (alleged), "jailed X for
    helping" (the charge), "denied attacking" and "no sign of pulling back" (negated),
    "insisted on holding talks" (future)."""
    if t.head.lower_ == "against" and governor.lemma_ == "be" and _negated(governor, cues):
        findings.found.add("conditional")  # "is not against Ukraine using the weapons": allowed
        findings.settled = True
        return
    if governor.lemma_ in cues.accusation:
        findings.found.add("alleged")
        findings.speech = findings.speech or governor
    elif (deed := deed_of(t, governor)) is not None:
        findings.found.add(deed)  # (whatever befalls the charged: "aims to punish X for")
        findings.settled, findings.check_future, findings.check_possible = True, False, False
    if t.head.lower_ == "without" or any(
            c.dep_ == "det" and c.lower_ == "no" for c in governor.children):
        findings.negate()  # "no sign of Russia pulling back its forces", "without warning"
    elif supposing_noun(governor) and t.head.lower_ in ("of", "about", "over"):
        findings.found.add("conditional")  # "the possibility of Russia invading Ukraine"
    if governor.lemma_ == "deny" or (
        governor.lemma_ in cues.preventing and t.head.lower_ == "from" and t.tag_ == "VBG"
    ):
        # "blocked Estonia from sending howitzers": kept from happening
        findings.negate()
    elif t.tag_ == "VBG" and t.head.lower_ in _ADVISING.get(governor.lemma_, ()):
        # "warned Germany against sending weapons", "advised Israel against attacking",
        # "warned Beijing on arming Moscow": what is warned against has not happened
        findings.found.add("conditional")
    elif t.head.lower_ not in _CIRCUMSTANCE_PREPS - {"at", "in"} | {"as"} and (
        governor.lemma_ in cues.future_governors
        or (governor.lemma_ in cues.speech and governor.lemma_ not in cues.accusation)
    ) and not (t.head.lower_ == "by" and governor.tag_ in ("VBD", "VBN", "VBG")):
        # "insisted on holding talks": not done ("after meeting", "tried by attacking" are;
        # "committing crimes by bombing" is as the committing is)
        findings.add_future()


def _read_complement_governor(
    t: Token, governor: Token, cues: ModalityCues, findings: _Findings
) -> None:
    """A complement clause ("xcomp", "ccomp", "csubj"): an intent governor or an unfinished
    infinitive puts it in the future, a negating governor negates it."""
    infinitive = _open_infinitive(t)
    if infinitive and t.dep_ == "xcomp" and governor.lemma_ in _CLAIMING:
        # "Russia claimed to take control of Kherson": the claimant's word for its own deed
        findings.found.add("reported")
        findings.speech = findings.speech or governor
        return
    if governor.lemma_ in cues.future_governors and infinitive:
        # "plans to attack"; not "it means that X attacked"
        findings.add_future()
    elif infinitive and not (
        implicative(governor, cues.implicative_governors) or _passive_hedge(governor, cues)
    ) and governor.lemma_ not in cues.negating_governors and ranked(t) is None:
        # "has to come", "is afraid to say": not (yet) done; "has/needs to withdraw" is an
        # obligation, as "must withdraw" is, and a past "had to retreat" was done
        if governor.lemma_ in ("have", "need") and governor.tag_ in ("VBP", "VBZ", "VB") \
                and not doubt(governor):
            findings.found.add("conditional")
        if not (governor.lemma_ == "have" and governor.tag_ in ("VBD", "VBN")):
            findings.add_future()
    refused = governor.lemma_ in cues.negating_governors and t.dep_ == "xcomp"
    if refused and governor.lemma_ in _HALTING and _negated(governor, cues):
        # "do not stop trying to break through", "did not fail to strike": it goes on, or done
        findings.settled = True
        return
    if refused and governor.lemma_ == "rule" and _negated(governor, cues):
        # "did not rule out sending tanks": possible, neither done nor refused
        findings.found.add("conditional")
        findings.settled = True
        return
    if refused or governor.lemma_ == "deny":  # "failed to withdraw" (unless the governor is
        findings.negate()  # folded into the code), "denied that its forces attacked"


def _same(a: Token, b: Token | None) -> bool:
    """Whether ``b`` is the token ``a``."""
    return b is not None and a.i == b.i


def _nominal_modality(
    noun: Token, cues: ModalityCues, *, reported_sentence: bool
) -> ModalityReading:
    """An event noun takes its clause's modality: "an invasion would produce suffering" and
    "warned of an invasion" suppose it, "plans for an attack" announce it."""
    if supposed(noun) or (noun.dep_ == "pobj" and noun.head.lower_ == "without"):  # "without
        return ModalityReading(modality="conditional" if supposed(noun) else "negated")  # warning"
    if any(c.dep_ == "det" and c.lower_ == "no" and c.nbor().text != "-" for c in noun.children):
        return ModalityReading(modality="negated")  # "No withdrawal of Russian forces from ..."
    if upcoming(noun):
        return ModalityReading(modality="future")  # "Blinken's upcoming meeting with Lavrov"
    if (noun.head.lower_ in _EARLIER and noun.dep_ in ("pobj", "dobj")) or (
            presupposed(noun) and definite(noun)):
        # "NATO will meet following the Russian attack on Kyiv": what a clause follows, or the
        # known event it is because of or would end, has happened, whatever its modality
        return ModalityReading(modality="reported" if reported_sentence else "asserted")
    verb = governing_verb(noun)
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return ModalityReading(modality="reported" if reported_sentence else "asserted")
    if ahead_of(noun) and verb.tag_ not in ("VBD", "VBN"):
        # "talks are held ahead of the president's visit to Moscow": the visit is still to
        # come (after a past verb it may have come since: "escalated ahead of his invasion")
        return ModalityReading(modality="future")
    if noun.head.dep_ == "prep" and noun.head.lower_ in _CIRCUMSTANCE_PREPS:
        # "discussed during his visit to Kyiv": the noun is the time of the clause, not what
        # the verb plans or fears; it keeps only the clause's own modality
        # (whatever the clause denies, the occasion took place: "did not mention Ukraine during
        # his call with Scholz", "made no concessions in the talks")
        clause = circumstance_clause(verb)
        reading = event_modality(clause, cues, reported_sentence=reported_sentence)
        if reading.modality != "negated":
            return reading
        if _aux_future(clause, cues):  # ("will not raise it during his visit": still to come)
            return ModalityReading(modality="future")
        return ModalityReading(modality="reported" if reported_sentence else "asserted")
    # (a verb of happening with an object of its own acts on it: "attacks will not break
    # Ukraine's freedom" is no attack that will not break out; talks "take place")
    performs = verb.lemma_ in cues.nominal_performing and not (noun.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lemma_ not in ("place", "shape", "effect") for c in verb.children))
    known = not performs and definite(noun)
    if definite(noun) and noun.dep_ == "nsubj" and has_aux(verb, ("could", "may", "might")) and (
            verb.lemma_ != "take" and any(c.dep_ == "dobj" for c in verb.children)):
        # "Russia's attack could have repercussions": the attack is known, its effects not
        # (its start is not: "Russia's invasion could begin any day")
        return ModalityReading(modality="reported" if reported_sentence else "asserted")
    miss = known and (_negated(verb, cues) or verb.head.lemma_ == "fail")  # "did not prevent"
    if has_aux(verb, _HYPOTHETICAL_AUX) or (verb.lemma_ in cues.nominal_hypothetical and not (
            miss or (noun.dep_ == "nsubj" and verb.lemma_ != "threaten"))):  # ("the shelling
        return ModalityReading(modality="conditional")  # worries the IAEA": it is real)
    named = verb.lemma_ == "call" and any(c.dep_ in ("oprd", "attr") for c in verb.children)
    named |= any(a.head.i == verb.i and a.dep_ == "prep" and a.i < verb.i for a in noun.ancestors)
    if verb.lemma_ in cues.nominal_future and not deliberated_fact(noun, verb) and not named:
        # ("the invasion was called a war" names it; "In a follow-up to the meeting, they
        # discussed" sets the scene; a denied plan is denied first)
        planned = event_modality(verb, cues, reported_sentence=reported_sentence).modality
        return ModalityReading(planned if planned in ("conditional", "negated") else "future")
    reading = event_modality(verb, cues, reported_sentence=reported_sentence)
    if reading.modality in ("negated", "future") and (known or (
            verb.lemma_ == "fight" and definite(noun) and noun.lemma_ not in _WAGED) or (
            reading.modality == "negated" and noun.dep_ == "nsubj" and not performs)):
        # "did not condemn Russia's invasion", "talks have not provided a solution": what is not
        # condemned, or did not achieve, happened; only a verb performing the event passes on
        # its negation or future ("did not launch an attack"; "to fight the invasion" resists it)
        return ModalityReading(modality="reported" if reported_sentence else "asserted")
    return reading


def sentence_reported(sent: Span, cues: ModalityCues) -> bool:
    """ "according to X" or "as X reports" anywhere in the sentence, a headline's source after
    a closing dash ("... - Duda") or in its kicker ("Pentagon: ..."), marks every event in it
    as reported."""
    return headline_attribution(sent) is not None or kicker_attribution(sent) is not None or any(
        (t.lower_ == "according" and any(c.lower_ == "to" for c in t.children))
        or (t.dep_ == "advcl" and t.lemma_ in cues.speech and marked(t, AS_MARKS))
        for t in sent
    )
