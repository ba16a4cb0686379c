"""Per-clause event assembly: one matched clause becomes its coded events.

coder.py finds the lexicon matches of a sentence and the verbs that govern them; each match
comes here (``code_match``) and goes through its steps in order, any of which may drop it:
fold the governing verb into the code (``_fold``), find the source side and the target side
(sides.py), read the modality and the cues that recode it (recoding.py), then emit one event
per (source, target) pair (``_pair_events``), plus the accusation, claim or denial its report
makes (``_report_events``, ``derived.denials``). The decisions these steps follow are listed in
coder.py.

Kept apart from coder.py, which holds the public entry points and the per-sentence loop, so
each module stays under the house-style 400 lines.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Actor
from . import clauses, participants
from .derived import (
    CLAIM_VERBS,
    VIOLENT_ACTS,
    Coded,
    armed_defence,
    armed_occupation,
    armed_wounding,
    assaulted_place,
    crowds_of,
    denials,
    protest_violence,
    speech_events,
    state_bombing,
)
from .governors import credited_obligation, obligation, own_threat
from .halts import governed_verb, halt_asked, halt_demands
from .lexicon import LexEntry, Transform, VerbLexicon
from .means import by_instrument, polity_destroyed
from .modality import event_modality
from .nonevents import no_event
from .places import home_of_domestic, opposition_home, withdrawn_from
from .recoding import (
    Recoding,
    journey,
    no_journey,
    read_modality,
    recode_by_agent,
    repelled,
    retaken,
    taken_place,
)
from .sectors import UNARMED as _UNARMED
from .sides import SourceSide, TargetSide, source_side, target_side, warned_side
from .verbal import verbal_force

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex


_VISITS = frozenset({"042", "043", "044"})
_NO_VISITORS = frozenset(
    {"MIL", "COP", "SPY", "REB", "UAF", "SEP", "CVL", "PPL", "REF", "CRM", "MED"}
)
# Sectors that speak from outside their state: a duty they lay on its bodies is a demand
_OUTSIDE_STATE = _UNARMED | {"OPP", "ELI", "REB", "SEP", "INS", "NGO"}
# Mutual acts: with a compound subject and no other party, the members did them with each
# other ("the US, Russia and China met"), whichever dictionary matched the verb (a PETRARCH
# pattern carries no symmetric flag).
_MUTUAL = frozenset({"040", "041", "044", "046"})
# modalities of a speech act not (yet) made: "will claim that ...", "did not say that ..."
_UNMADE = frozenset({"future", "conditional", "negated"})


@dataclass(frozen=True)
class Clause:
    """A matched clause after the governing verb is folded in: the code to emit, the rule and
    trigger tokens behind it, and the governor ("vowed" in "vowed to retaliate")."""

    m: clauses.Match
    code: str
    rule: str
    trigger: tuple[Token, ...]
    governor: Token | None = None
    transform: Transform | None = None
    halted: Token | None = None  # "urged Moscow to stop bombing": "stop" (halts.governed_verb)

    @property
    def tok(self) -> Token:
        """The matched trigger's head token."""
        return self.m.token

    @property
    def verb(self) -> Token:
        """The verb the governor governs: the trigger's head, or the verb halting it."""
        return self.halted or self.m.token

    @property
    def entry(self) -> LexEntry:
        """The lexicon entry that matched."""
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
    c = _fold(m, gov, lexicon)
    if c is None:
        return
    source = source_side(c, index=index, lexicon=lexicon)
    if not source.actors and not (c.entry.swap and c.code[:2] in VIOLENT_ACTS):
        return  # ("the bus came under fire from the Russians": the attacker is named)
    warned = warned_side(c, index=index)
    target = warned or target_side(
        c, source.actors, index=index, needs_target=needs_target, lexicon=lexicon
    )
    if target is None or not (warned is None or warned.actors):
        if target is None:  # "denies planning an attack": the denial needs no attack coded
            yield from denials(c.tok, [], index=index)
        return
    sources, targets = source.actors, target.actors
    placed = home_of_domestic(
        sources, c.tok, index, own=target.heads, exclude=[*source.heads, *target.heads]
    )
    if placed != sources:
        # police placed in Canada act on Canadians, not on Canada ("police investigate
        # acts at the Ottawa protests"): their country named as a target is only the place
        homes = {a.country for a in placed} - {a.country for a in sources}
        targets = [t for t in targets if not (t.code == t.country and t.country in homes)]
        sources = placed
    duty = c.governor is not None and (
        obligation(c.verb) is not None or credited_obligation(c.verb) is not None)
    if duty or (c.governor is not None and c.transform is not None
                and c.transform.name == "intent"):
        # "Ukraine must hold talks", a Ukrainian official said: a duty of the speaker's own
        # side is no demand on anyone; nor is an intent aimed at the speaker's own country
        own = {a.country for a in sources if a.country and a.sector not in _OUTSIDE_STATE}
        # (the opposition calling on its country's courts or government makes a demand)
        kept = [t for t in targets if t.country not in own]
        if targets and not kept and len(sources) < 2:
            return  # (a compound subject's intent is still toward each other)
        targets = kept
    if c.entry.swap and warned is None and not duty:
        # ("Russia must face tougher sanctions - Estonian MP": the speaker asks it of Russia)
        if not targets:
            return  # "the help Ukraine received": the giver is who acted, and is unnamed
        sources, targets = targets, sources
    read = read_modality(
        c, sources, source.modality_at, index=index, lexicon=lexicon, reported_all=reported_all
    )
    if read is None:
        return
    r = _to_the_public(c, recode_by_agent(read, source.heads, lexicon), targets)
    if polity_destroyed(c.m.entry.code, c.m.targets, targets):  # "wants to destroy Ukraine"
        force = c.transform.apply("190") if c.transform else "190"
        r = replace(r, code=force or r.code, rule=f"{r.rule}+polity")
    means = by_instrument(r.code, c.tok, c.m.objects)  # "struck the town with Grad rockets"
    r = replace(r, code=means[0], rule=f"{r.rule}+{means[1]}") if means else r
    asked = halt_asked(c.tok, lexicon.cues.speech) if c.entry.noun else None
    if asked is not None and r.code[:2] in VIOLENT_ACTS:
        r = replace(r, modality="asserted", rule=f"{r.rule}+halt-asked")  # (it goes on)
        yield from halt_demands(asked, sources, c.trigger, index)
    sides = ({a.country or a.code for a in sources}, {a.country or a.code for a in targets})
    threat = None if c.governor else own_threat(c.tok, r.code, sides, lexicon, index)
    if threat is not None and r.modality in ("conditional", "future"):
        r = replace(r, code=threat[0], modality="asserted", rule=f"{r.rule}+threat")
        targets = targets or threat[1]  # "will impose sanctions if Russia invades"
    r = journey(r, c.tok, sources)
    if no_journey(r, c.tok, sources, source.heads):
        return  # (a visa to enter, protesters crossing, a state going to war: recoding.py)
    halted = repelled(r, list(c.m.objects), sources, index)
    if halted is not None:
        r, targets = halted
    r = verbal_force(r, c.tok, list(c.m.objects), target.heads, sources, targets) or r
    taken = taken_place(r, c.tok, c.m.entry.code, targets, index)
    if taken is not None:
        r, targets = taken
    targets = withdrawn_from(r.code, retaken(c.tok, r.code, sources, targets), sources)
    sources, targets = opposition_home(sources, targets, r.code)
    yield from _pair_events(c, r, sources, targets, source, target, index=index, lexicon=lexicon)
    yield from _report_events(c, r, sources, targets, coded_verbs=coded_verbs, lexicon=lexicon)
    yield from denials(c.tok, targets, index=index)


def _fold(
    m: clauses.Match, gov: tuple[Token, Transform, str] | None, lexicon: VerbLexicon
) -> Clause | None:
    """The clause with its governing verb folded into the code; None for a phrase known not
    to be an event."""
    if no_event(m, lexicon.nouns):
        return None
    if gov is None:
        return Clause(m=m, code=m.entry.code, rule=m.entry.id, trigger=m.trigger)
    governor, transform, code = gov
    halted = governed_verb(m.token, governor)
    return Clause(
        m=m,
        code=code,
        rule=f"{m.entry.id}+{transform.name}",
        trigger=(governor, *m.trigger),
        governor=governor,
        transform=transform,
        halted=halted,
    )


def _to_the_public(c: Clause, r: Recoding, targets: list[Actor]) -> Recoding:
    """ "spoke to the American people": talking to a people addresses it (010), it is no
    consultation (04) and the people say nothing back."""
    if (
        c.m.token.lemma_ in ("speak", "talk")
        and r.code[:2] == "04"
        and targets
        and all(t.sector == "PPL" for t in targets)
    ):
        return replace(r, code="010", rule=f"{r.rule}+public")
    return r


def _pair_events(
    c: Clause,
    r: Recoding,
    sources: list[Actor],
    targets: list[Actor],
    source: SourceSide,
    target: TargetSide,
    *,
    index: ActorIndex,
    lexicon: VerbLexicon,
) -> Iterator[Coded]:
    """One event per (source, target) pair the clause codes, and the target's act back."""
    mutual = target.reciprocal or _mutual(c, r.code, sources, targets)
    # a state's curfew or alert in its own city (15, 17), a people's protest there (14): its own
    at_home = r.code[:2] in ("14", "15", "17")
    coded = (
        ()
        if target.reflexive
        else participants.pairs(sources, targets, symmetric=mutual, at_home=at_home)
    )
    crowds = (
        crowds_of(index, [*source.heads, *target.heads, *c.m.objects])
        if r.code[:2] in VIOLENT_ACTS
        else frozenset()
    )
    anchor = c.governor if c.governor is not None else c.tok
    for s, t in coded:
        if not _pair_acts(r.code, s, t, keep_agent_only=lexicon.keep_agent_only):
            continue
        if r.code:
            event = _pair_event(c, r, s, t, crowds=crowds, anchor=anchor)
            if event is None:
                continue  # forces defending their own ground
            yield event
        if c.entry.reverse_code and t is not None and _acts_back(c, t, target.heads):
            yield _reverse_event(c, r, s, t, c.entry.reverse_code, anchor=anchor)


def _mutual(c: Clause, code: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether the sources did the act with each other, as well as toward the targets."""
    # "India and China agreed to pull back troops": what the members of a compound subject
    # agree to do they do toward each other
    agreed = c.governor is not None and c.governor.lemma_ == "agree"
    recoded = c.entry.code[:2] != code[:2]
    # (a symmetric act recoded by its governor or a negation is the subject's alone: "won't
    # speak with Putin" is the President's refusal (125), "vowed to hold talks with Biden"
    # the President's intent (036), not Putin's or Biden's); the members of a compound subject
    # still do it toward each other ("Brazil and the US seek to deepen their partnership")
    among = not targets and len(sources) > 1
    return (c.entry.symmetric and (not recoded or among)) or (
        (code[:3] in _MUTUAL or agreed or participants.together(c.tok)) and among
    )


def _pair_acts(code: str, s: Actor, t: Actor | None, *, keep_agent_only: bool) -> bool:
    """Whether the source can do the act toward the target at all."""
    if not keep_agent_only and participants.generic_only(s, t):
        return False  # "officials met", "the companies receive support": no one to code
    fighters = code[:3] == "182" or (s.country is not None and s.sector == "CVL")
    if code[:2] in ("18", "19", "20") and s.sector in _UNARMED and not fighters:
        # "foreign tourists entering the country", "Ukrainian refugees entered Poland" invade
        # nothing (a country's civilians may still fight, anyone may punch someone: 182)
        return False
    if code[:3] == "087" and (s.sector in _UNARMED or s.sector == "PPL"):
        return False  # "villagers who left their town" retreat from no one
    if code[:2] == "04" and "MED" in (s.sector, t.sector if t is not None else None):
        return False  # "Xinhua spoke with the ambassador": an interview is no consultation
    if code[:3] in ("042", "044") and t is not None and t.code == t.country == s.country:
        return False  # "the president and a US envoy travelled to Odesa": only the guest visits
    if t is not None and t.country == s.country and (t.via == "house" or (
            not s.sector and s.name.lower() in s.text.lower() and t.sector == "GOV")):
        # "our soldiers defend our land" in the house's release, and a country by name on its
        # own government ("Russia ... calls on Moscow", a misread subject): no dyad
        return False
    # "troops came to Ukraine" is a deployment, "police went from shelter to shelter"
    # a patrol: a visit (04x) is made by officials, not by forces or civilians
    return not (code[:3] in _VISITS and (s.sector or "")[:3] in _NO_VISITORS)


def _pair_event(
    c: Clause,
    r: Recoding,
    s: Actor,
    t: Actor | None,
    *,
    crowds: frozenset[str],
    anchor: Token,
) -> Coded | None:
    """The pair's event, recoded for who does it to whom (a riot, an occupation, a state's
    bombing); None for forces defending their own ground."""
    seized = armed_wounding(armed_occupation(protest_violence(r.code, s, t, crowds), s), s,
                            c.trigger)
    seized = assaulted_place(state_bombing(seized, s, c.trigger), t, c.m.targets)
    pair_code = armed_defence(seized, s, t, ground=c.m.targets)
    if pair_code is None:
        return None
    return Coded(
        code=pair_code,
        source=s,
        target=t,
        modality=r.modality,
        trigger=c.trigger,
        rule=r.rule if pair_code == r.code else f"{r.rule}+{pair_code}",
        anchor=anchor,
    )


def _reverse_event(
    c: Clause, r: Recoding, s: Actor, t: Actor, code: str, *, anchor: Token
) -> Coded:
    """The target's act back to the source (PETRARCH "A:B": hosting is the guest's visit)."""
    return Coded(
        code=code,
        source=t,
        target=s,
        modality=r.modality,
        trigger=c.trigger,
        rule=f"{r.rule}:reverse",
        anchor=anchor,
    )


def _acts_back(c: Clause, t: Actor, target_heads: list[Token]) -> bool:
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
    heads = [x for h in [*target_heads, *c.m.objects] for x in (h, *participants.coordinated(h))]
    named = any(participants.covers(t, h) for h in heads)
    return named and t.kind != "igo" and (t.kind == "person" or t.sector == "GOV")


def _report_events(
    c: Clause,
    r: Recoding,
    sources: list[Actor],
    targets: list[Actor],
    *,
    coded_verbs: Collection[int],
    lexicon: VerbLexicon,
) -> Iterator[Coded]:
    """The accusation or claim the report of the clause makes (see derived.speech_events)."""
    speech = r.reading.speech
    # a reporting verb coded in its own right ("accused Ukraine of shelling": 1123) is not
    # coded again as a generic accusation
    if (
        speech is not None
        and r.speaker
        and c.governor is None
        and not c.entry.noun
        and speech.i not in coded_verbs
        and speech.lemma_ in lexicon.cues.accusing_speech | CLAIM_VERBS
    ):
        said = event_modality(speech, lexicon.cues).modality  # "will claim that ..."
        yield from speech_events(speech, c.tok, r.code, r.speaker, sources, targets, c.trigger,
                                 modality=said if said in _UNMADE else "asserted")
