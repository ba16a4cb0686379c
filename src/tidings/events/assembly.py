"""Per-clause event assembly: one matched clause becomes its coded events.

coder.py finds the lexicon matches of a sentence and the verbs that govern them; each match
comes here (``code_match``) and goes through its steps in order, any of which may drop it:
fold the governing verb into the code (``_fold``), find the source side (``_source_side``) and
the target side (``_target_side``), read the modality and the cues that recode it
(``_read_modality``), then emit one event per (source, target) pair, plus the accusation,
claim or denial its report makes. The decisions these steps follow are listed in coder.py.

Kept apart from coder.py, which holds the public entry points and the per-sentence loop, so
each module stays under the house-style 400 lines.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Actor
from . import clauses, participants, syntax
from .derived import (
    CLAIM_VERBS,
    VIOLENT_ACTS,
    Coded,
    armed_defence,
    armed_occupation,
    crowds_of,
    denier,
    protest_violence,
    speech_events,
    spoken_act,
    state_bombing,
)
from .governors import called_on, coordinated_with_speech, volitional
from .lexicon import LexEntry, Transform, VerbLexicon
from .modality import ModalityReading, event_modality, polar_question

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex


_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_VISITS = frozenset({"042", "043", "044"})
_NO_VISITORS = frozenset(
    {"MIL", "COP", "SPY", "REB", "UAF", "SEP", "CVL", "PPL", "REF", "CRM", "MED"}
)
_PROJECTILES = frozenset({"missile", "rocket", "shell", "mortar", "artillery", "howitzer"})
# Military force (CAMEO 19-20) is used by states, forces and armed groups: tourists "entering
# the country", students or a business are no attackers (a protesters' clash stays 190/145).
_UNARMED = frozenset({"CVL", "REF", "EDU", "HLH", "MED", "BUS", "LAB", "AGR", "ENV", "REL"})
# Mutual acts: with a compound subject and no other party, the members did them with each
# other ("the US, Russia and China met"), whichever dictionary matched the verb (a PETRARCH
# pattern carries no symmetric flag).
_MUTUAL = frozenset({"040", "041", "044", "046"})


# A reflexive target is the source itself; same-actor events are dropped (coder.py).
_REFLEXIVES = frozenset(
    {"itself", "themselves", "himself", "herself", "ourselves", "oneself", "themself"}
)


@dataclass(frozen=True)
class _Clause:
    """A matched clause after the governing verb is folded in: the code to emit, the rule and
    trigger tokens behind it, and the governor ("vowed" in "vowed to retaliate")."""

    m: clauses.Match
    code: str
    rule: str
    trigger: tuple[Token, ...]
    governor: Token | None = None
    transform: Transform | None = None

    @property
    def tok(self) -> Token:
        return self.m.token

    @property
    def entry(self) -> LexEntry:
        return self.m.entry


def code_match(
    m: clauses.Match,
    gov: tuple[Token, Transform, str] | None,
    *,
    index: ActorIndex,
    lexicon: VerbLexicon,
    reported_all: bool,
    coded_verbs: Collection[int] = (),
    needs_target: bool = False,
) -> Iterator[Coded]:
    """The events of one matched clause: one per (source, target) pair, plus the accusation,
    claim or denial its report makes. Each step may drop the clause (see the comments)."""
    c = _fold(m, gov)
    if c is None:
        return
    heads, sources, modality_at = _source_side(c, index=index, lexicon=lexicon)
    if not sources:
        return
    target_side = _target_side(
        c, sources, index=index, needs_target=needs_target, agentive=lexicon.agentive
    )
    if target_side is None:
        return
    target_heads, targets, reflexive = target_side
    if c.entry.swap:
        if not targets:
            return  # "the help Ukraine received": the giver is who acted, and is unnamed
        sources, targets = targets, sources
    read = _read_modality(
        c, sources, modality_at, index=index, lexicon=lexicon, reported_all=reported_all
    )
    if read is None:
        return
    code, modality, rule, reading, speaker = read
    if modality == "asserted" and any(
        participants.hedged(h, lexicon.cues.hedges_passive) for h in heads
    ):
        # "shot down by a rocket believed to be launched by militants": the act is a fact, its agent
        # a suspicion; the event is coded as reported, as "rebels were said to have fired" is
        modality, rule = "reported", f"{rule}+hedge"
    if code in ("183", "190") and any(h.lemma_.lower() in _PROJECTILES for h in heads):
        # "killed by a shell", "blown up by a missile": force by missile, rocket or artillery
        # fire is 194 whatever the verb, as the CAMEO manual codes the means
        code, rule = "194", f"{rule}+projectile"
    # "India and China agreed to pull back troops": what the members of a compound subject
    # agree to do they do toward each other
    agreed = c.governor is not None and c.governor.lemma_ == "agree"
    refused = code[:2] in ("02", "12") and c.entry.code[:2] != code[:2]
    mutual = (c.entry.symmetric and not refused) or (
        (code[:3] in _MUTUAL or agreed) and not targets and len(sources) > 1
    )
    # (a symmetric act recoded as a refusal is refused by its subject alone: "won't speak
    # with Putin" is the President's 125, not Putin's)
    coded = () if reflexive else participants.pairs(sources, targets, symmetric=mutual)
    crowds = (
        crowds_of(index, [*heads, *target_heads, *m.objects])
        if code[:2] in VIOLENT_ACTS
        else frozenset()
    )
    anchor = c.governor if c.governor is not None else c.tok
    for s, t in coded:
        if not lexicon.keep_agent_only and participants.generic_only(s, t):
            continue  # "officials met", "the companies receive support": no one to code
        citizens = s.country is not None and s.sector == "CVL"
        if code[:2] in ("19", "20") and s.sector in _UNARMED and not citizens:
            # "foreign tourists entering the country", "Ukrainian refugees entered Poland"
            # invade nothing (a country's civilians may still fight: stones thrown at troops)
            continue
        if code[:3] in _VISITS and (s.sector or "")[:3] in _NO_VISITORS:
            # "troops came to Ukraine" is a deployment, "police went from shelter to shelter"
            # a patrol: a visit (04x) is made by officials, not by forces or civilians
            continue
        if code:
            seized = armed_occupation(protest_violence(code, s, t, crowds), s)
            seized = state_bombing(seized, s, c.trigger)
            pair_code = armed_defence(seized, s, t)
            if pair_code is None:
                continue  # forces defending their own ground
            yield Coded(
                code=pair_code,
                source=s,
                target=t,
                modality=modality,
                trigger=c.trigger,
                rule=rule if pair_code == code else f"{rule}+{pair_code}",
                anchor=anchor,
            )
        if c.entry.reverse_code and t is not None and _acts_back(c, t, target_heads):
            yield Coded(
                code=c.entry.reverse_code,
                source=t,
                target=s,
                modality=modality,
                trigger=c.trigger,
                rule=f"{rule}:reverse",
                anchor=anchor,
            )
    # a reporting verb coded in its own right ("accused Ukraine of shelling": 1123) is not
    # coded again as a generic accusation
    if (
        reading.speech is not None
        and speaker
        and c.governor is None
        and not c.entry.noun
        and reading.speech.i not in coded_verbs
        and reading.speech.lemma_ in lexicon.cues.accusing_speech | CLAIM_VERBS
    ):
        yield from speech_events(reading.speech, c.tok, code, speaker, sources, targets, c.trigger)
    yield from _denials(c.tok, targets, index=index)


def _acts_back(c: _Clause, t: Actor, target_heads: list[Token]) -> bool:
    """Whether the target does the entry's reverse code back to the source. A bare sector,
    forces or civilians make no visit back ("greeted the crowds"); and a built-in reciprocal
    (``lexicon.RECIPROCAL``) holds only for the visitor named in the slot or the object, a
    person or a government: not a co-host ("hosted an event with Norway"), nor an
    organisation whose meeting is hosted ("offered to host APEC")."""
    code = c.entry.reverse_code or ""
    if participants.generic(t) or (code[:3] in _VISITS and (t.sector or "")[:3] in _NO_VISITORS):
        return False
    if c.entry.pattern == "petrarch":
        return True
    # the actor must cover the slot's or the object's head: "received envoys from the Polish
    # government", not "hosted a discussion with Johnson" (a co-participant)
    named = any(participants.covers(t, h) for h in [*target_heads, *c.m.objects])
    return named and t.kind != "igo" and (t.kind == "person" or t.sector == "GOV")


def _fold(m: clauses.Match, gov: tuple[Token, Transform, str] | None) -> _Clause | None:
    """The clause with its governing verb folded into the code; None for a phrase known not
    to be an event."""
    tok, entry = m.token, m.entry
    if not entry.code and not entry.reverse_code:
        return None  # a PETRARCH "---" pattern: the phrase is known not to be an event
    if entry.code.startswith("191") and tok.dep_ == "acl" and tok.tag_ == "VBG":
        return None  # "forces surrounding Ukraine": where the forces stand, not a blockade
    if tok.lemma_ == "call" and (
        any(c.dep_ == "oprd" for c in tok.children)
        or sum(c.dep_ == "dobj" for c in tok.children) > 1
    ):
        return None  # "called Putin a killer", "what he called U-24": naming, not a call
    if gov is None:
        return _Clause(m=m, code=entry.code, rule=entry.id, trigger=m.trigger)
    governor, transform, code = gov
    return _Clause(
        m=m,
        code=code,
        rule=f"{entry.id}+{transform.name}",
        trigger=(governor, *m.trigger),
        governor=governor,
        transform=transform,
    )


def _source_side(
    c: _Clause, *, index: ActorIndex, lexicon: VerbLexicon
) -> tuple[list[Token], list[Actor], Token]:
    """The source heads and actors, and the token whose clause gives the modality."""
    heads = [
        participants.np_head(h)
        for h in participants.subject_list(
            participants.source_heads(
                c.m,
                c.governor,
                agent_nouns=lexicon.agent_nouns,
                hedges=lexicon.cues.hedges_passive,
            )
        )
    ]
    acting = (
        heads if c.entry.noun else [h for h in heads if participants.agentive(h, index, lexicon)]
    )
    sources = participants.specific(participants.actors(index, acting))
    if c.entry.noun:
        # "a meeting with the presidents of France and Italy": the noun's partners are its
        # targets, never its source; nor is a phrase coordinated with the noun
        sources = participants.outside(
            sources, [*c.m.targets, *(t for t in c.tok.children if t.dep_ == "conj")]
        )
    if (
        not sources
        and c.governor is None
        and coordinated_with_speech(c.tok)
        # "Russian shells killed a man and hit houses, the governor said": the conjunct
        # shares a subject that names an actor, even one that cannot act itself
        and not participants.actors(index, heads)
    ):
        # "Russia said the talks had failed and blamed Ukraine": the parser hangs "blamed" on
        # "failed"; with no actor in that clause it is the speaker's second act, and stands
        # as the speech verb does
        speech = c.tok.head.head
        heads = syntax.subjects(speech)
        agents = [h for h in heads if participants.agentive(h, index, lexicon)]
        return heads, participants.specific(participants.actors(index, agents)), speech
    return heads, sources, c.tok


def _target_side(
    c: _Clause,
    sources: list[Actor],
    *,
    index: ActorIndex,
    needs_target: bool,
    agentive: frozenset[str],
) -> tuple[list[Token], list[Actor], bool] | None:
    """The target heads, the target actors and whether the target is reflexive; None when
    the clause is no event for want of a proper target."""
    target_heads = list(c.m.targets)
    # "Iraq had attacked themselves": aimed at the source, a same-actor event; only a report
    # of it ("the US said ...") is coded
    reflexive = any(h.lower_ in _REFLEXIVES for h in target_heads)
    if c.governor is not None and c.transform is not None and c.transform.object_control:
        # "urged Russia to withdraw": the appeal is addressed to the urged party.
        urged = [t for t in c.governor.children if t.dep_ in ("dobj", "dative", "nsubjpass")]
        urged = urged or called_on(c.governor)
        urged = urged or [t for t in c.tok.children if t.dep_ == "nsubj"]
        if urged:
            target_heads = urged
    found = participants.specific(
        participants.targets(
            c.m, target_heads, sources, index=index, code=c.code, agentive=agentive
        )
    )
    targets = participants.struck_places(participants.addressees(found, code=c.code), code=c.code)
    if found and not targets:
        return None  # "told reporters", "spoke to the media": a statement to the press
    if not targets and participants.to_interlocutor(c.code, [*target_heads, *c.m.objects]):
        return None
    if (c.entry.require_target or c.entry.noun or needs_target) and not targets:
        return None  # statements need an addressee; a bare event noun ("the attack") is vague
    return target_heads, targets, reflexive


def _read_modality(
    c: _Clause,
    sources: list[Actor],
    modality_at: Token,
    *,
    index: ActorIndex,
    lexicon: VerbLexicon,
    reported_all: bool,
) -> tuple[str, str, str, ModalityReading, list[Actor]] | None:
    """The code, modality, rule, modality reading and speaker of the clause after the cues
    that recode it (a refusal, a question, a negator in the pattern); None when the clause
    is no event (an unconditioned reaction)."""
    tok, code, rule = c.tok, c.code, c.rule
    reading = event_modality(
        modality_at, lexicon.cues, skip_governor=c.governor, reported_sentence=reported_all
    )
    if (
        reading.modality == "conditional"
        and c.governor is not None
        and c.transform is not None
        and c.transform.name == "threaten"
    ):
        # "warned that X would impose sanctions if Russia invades": the condition is what the
        # threat says; the threat itself is made as its own verb stands
        reading = event_modality(c.governor, lexicon.cues, reported_sentence=reported_all)
    modality = reading.modality
    if modality == "negated" and any(t.dep_ == "neg" for t in c.trigger):
        # a pattern that spells out its negator ("will not * [081]" in PETRARCH dictionaries)
        # already carries the negation in its code
        modality, rule = "asserted", f"{rule}+negator"
    if (
        tok.lemma_ in lexicon.cues.conditional_reactions
        and code == "130"
        and not participants.conditioned(tok, lexicon.cues.condition_marks)
    ):
        return None  # a reaction that happened or is only announced threatens no one
    if modality in ("asserted", "reported", "alleged") and polar_question(tok.sent):
        # "Is Russia massing troops?": a yes/no question supposes the event, it does not
        # assert it (press briefings are full of them)
        modality, rule = "conditional", f"{rule}+question"
    if (
        modality == "negated"
        and c.governor is None
        and code[:2] in _COOPERATIVE_ROOTS
        and volitional(tok)
    ):
        # "said she would not send aid": declining to cooperate is a rejection (12),
        # asserted, as the CAMEO manual codes refusals
        refused = lexicon.transforms.get("refuse")
        new = refused.apply(code) if refused is not None else None
        if new is not None:
            code, modality, rule = new, "asserted", f"{rule}+negation"
    speaker = (
        participants.actors(index, syntax.subjects(reading.speech))
        if reading.speech is not None
        else []
    )
    if modality == "reported" and _own_report(speaker, sources):
        # an actor reporting its own action asserts it (a government its own forces' too);
        # what it only claims ("claimed that it had downed a drone") stays alleged
        modality = "asserted"
    return code, modality, rule, reading, speaker


def _own_report(speaker: list[Actor], sources: list[Actor]) -> bool:
    """Whether the speaker reports its own act (or its country's)."""
    codes = {a.code for a in speaker}
    countries = {a.country for a in speaker if a.country}
    return bool(codes) and (
        codes == {s.code for s in sources}
        or bool(countries and countries == {s.country for s in sources})
    )


def _denials(tok: Token, targets: list[Actor], *, index: ActorIndex) -> Iterator[Coded]:
    """ "denied attacking Ukraine": the denier denies (016) toward the event's targets."""
    deny = denier(tok)
    if deny is None:
        return
    for s in participants.actors(index, syntax.subjects(deny)):
        denied: list[Actor | None] = [*targets] or [None]
        for t in denied:
            if t is None or t.code != s.code:
                yield spoken_act("016", s, t, deny, rule="016:deny")
