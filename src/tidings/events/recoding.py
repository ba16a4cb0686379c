"""The modality of one matched clause and the cues that recode it: a negator the pattern spells
out, a yes/no question, a refusal, an actor reporting its own act, a hedged agent, a projectile
as the means.

Read by the event assembly (assembly.py, ``code_match``) once the clause's two sides are known;
an unconditioned reaction drops the clause here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import Actor
from ..repair_attribution import headline_attribution, kicker_attribution
from . import participants, syntax
from .clause_cues import reaction_agents
from .governors import (
    condition_subjects,
    conditions,
    credited_obligation,
    obligation,
    ruled_out,
    volitional,
)
from .means import by_means
from .modality import ModalityReading, event_modality, polar_question_at
from .places import taken_places
from .reporters import reporter_of
from .sectors import UNARMED, counted_people, side_of
from .suppositions import denied, supposed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex
    from .assembly import Clause
    from .lexicon import VerbLexicon


# Roots of the cooperative acts, from intent to cooperate (03) to yielding (08), whose negated
# intent ("would not send aid") is a refusal (CAMEO 12)
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})

# Acts whose being done to a party, even by no one named, makes its reaction a threat
_HOSTILE = frozenset({"attack", "invade", "strike", "threaten", "provoke", "hit", "shell",
                      "bomb", "target", "violate", "cross"})


@dataclass(frozen=True)
class Recoding:
    """The code, modality and rule of a clause as its cues leave them, with the modality
    reading behind them and the actors who report the event (none unless it is reported)."""

    code: str
    modality: str
    rule: str
    reading: ModalityReading
    speaker: list[Actor] = field(default_factory=list)


def read_modality(
    c: Clause,
    sources: list[Actor],
    modality_at: Token,
    *,
    index: ActorIndex,
    lexicon: VerbLexicon,
    reported_all: bool,
) -> Recoding | None:
    """The code, modality, rule, modality reading and speaker of the clause after the cues
    that recode it (a refusal, a question, a negator in the pattern); None when the clause
    is no event (an unconditioned reaction)."""
    reading = _clause_reading(c, modality_at, lexicon=lexicon, reported_all=reported_all)
    r = Recoding(code=c.code, modality=reading.modality, rule=c.rule, reading=reading)
    if r.modality in ("asserted", "reported") and c.tok.dep_ == "acl" and c.tok.tag_ == "VBN":
        # "any attacks carried out by Iran", "a possible strike launched from Belarus": the
        # participle tells what the supposed act would be, no act done; "denied any attacks
        # carried out by its forces": what it denies
        noun = c.tok.head
        if supposed(noun):
            r = replace(r, modality="conditional")
        elif denied(noun) and any(d.lower_ == "any" for d in noun.children):
            r = replace(r, modality="negated")
    r = _refrain(c, _spelled_negator(c, r), lexicon=lexicon, reported_all=reported_all)
    if _unconditioned_reaction(c.tok, r.code, lexicon):
        return None
    if r.code == "130" and r.modality in ("conditional", "future") and c.tok.lemma_ in (
        lexicon.cues.conditional_reactions
    ) and (any(index.actors_for(h) for h in condition_subjects(c.tok, lexicon)) or any(
            v.lemma_ in _HOSTILE for v in conditions(c.tok.children, lexicon))) and (
            # (a reaction one would be "forced" into stays to come: samples/README.md)
            r.modality == "conditional" or reaction_agents(c.tok, lexicon)):
        # "will respond if Russia invades", "if attacked", "will respond to any Russian
        # aggression": the condition is what the threat
        # says; the threat is made, as "warned that ... if" is (not "will react if a
        # ceasefire is declared": no one's hostile act is its condition)
        r = replace(r, modality="asserted", rule=f"{r.rule}+threat")
    r = _refusal(c, _question(c.tok, r), lexicon)
    speaker = (
        participants.actors(index, syntax.subjects(reading.speech))
        if reading.speech is not None
        else []
    )
    if r.modality == "reported" and not (speaker and reported_all) and _own_report(
            speaker or _credited(c.tok, index), sources):
        # an actor reporting its own action asserts it (a government its own forces' too, also
        # in a headline's credit: "Putin speaks to Macron - Kremlin"); what it only claims
        # ("claimed that it had downed a drone") stays alleged, and what another relays it
        # said ("according to an aide, Xi said China supported ...") stays reported
        r = replace(r, modality="asserted")
    return replace(r, speaker=speaker)


def _credited(tok: Token, index: ActorIndex) -> list[Actor]:
    """The actors of a country a headline credits with the sentence ("... - Kremlin",
    "Pentagon: ..."; not "Joint Forces Operation:", which names no side)."""
    name = headline_attribution(tok.sent) or kicker_attribution(tok.sent)
    found = participants.actors(index, [name.root]) if name is not None else []
    return [a for a in found if a.country]


def _clause_reading(
    c: Clause, modality_at: Token, *, lexicon: VerbLexicon, reported_all: bool
) -> ModalityReading:
    """The modality reading of the clause, or of its threat when the condition is the
    threat's content."""
    reporter = reporter_of(c.governor) if c.governor is not None else None
    if reporter is not None:
        # "..., urging Moscow to change course": the appeal is made as the report stands
        return event_modality(reporter, lexicon.cues, reported_sentence=reported_all)
    reading = event_modality(
        modality_at, lexicon.cues, skip_governor=c.governor, reported_sentence=reported_all
    )
    if c.governor is not None and (ruling := ruled_out(c.verb)) is not None \
            and ruling.i == c.governor.i:
        reading = _ruling_reading(ruling, lexicon, reported_all=reported_all)
    elif (
        (
            reading.modality == "conditional"
            or (reading.modality == "future" and c.verb.dep_ == "ccomp")
        )
        and c.governor is not None
        and c.transform is not None
        and c.transform.name == "threaten" and credited_obligation(c.verb) is None
    ):
        # "warned that X would impose sanctions if Russia invades", "warned that Moscow would
        # face sanctions": the condition or the consequence to come is what the threat says;
        # the threat itself is made as its own verb stands
        reading = event_modality(c.governor, lexicon.cues, reported_sentence=reported_all)
    elif (
        reading.modality in ("future", "conditional")
        and c.governor is not None
        and c.transform is not None
        and c.verb.dep_ == "ccomp"
        and (
            (c.transform.name == "intent" and reading.modality == "future")
            or obligation(c.verb) is not None
        )
    ):
        # "Turkey said it would hand the detainees over", "Blinken said Russia must withdraw":
        # the act is to come, the intent or the demand is stated as the declaring verb stands
        # (see governors.own_commitment and governors.obligation)
        reading = event_modality(c.governor, lexicon.cues, reported_sentence=reported_all)
    elif (
        reading.modality == "future"
        and c.transform is not None
        and c.transform.object_control
        and c.verb.dep_ == "advcl"
        and c.verb.head == c.governor
    ):
        # "France pushed Germany to send tanks", the infinitive parsed as a purpose: what is
        # asked is to come, the asking is made as its verb stands
        reading = event_modality(c.governor, lexicon.cues, reported_sentence=reported_all)
    elif c.governor is not None and credited_obligation(c.verb) is not None:
        reading = ModalityReading("asserted")  # "... must withdraw - Scholz": a demand made now
    return reading


def _ruling_reading(ruling: Token, lexicon: VerbLexicon, *, reported_all: bool) -> ModalityReading:
    """The modality of the threat made by not ruling an act out ("did not rule out using
    force", "refused to rule out sending troops"): as the ruling stands, its negation undone
    (it is the threat), or as the refusal to rule out stands."""
    cues = lexicon.cues
    if ruling.dep_ == "xcomp":
        return event_modality(ruling.head, cues, reported_sentence=reported_all)
    reading = event_modality(ruling, cues, reported_sentence=reported_all)
    if reading.modality != "negated":
        return reading  # "may not rule out": a possibility
    # (the negation outranks a report: read the speech verb again)
    head = ruling.head
    if ruling.dep_ in ("ccomp", "parataxis") and head.lemma_ in cues.speech:
        return ModalityReading("alleged" if head.lemma_ in cues.accusation else "reported", head)
    return ModalityReading("reported" if reported_all else "asserted")


# What appealing to or demanding of a party that it refrain from an act is: from force, a
# call to de-escalate (CAMEO 0256, 1056); from anything else, a bare appeal or demand
_REFRAIN = {"appeal": ("0256", "020"), "demand": ("1056", "100")}


def _refrain(c: Clause, r: Recoding, *, lexicon: VerbLexicon, reported_all: bool) -> Recoding:
    """ "Paris urged Ankara not to attack Kobani": the act asked for is negated, the appeal
    is not; it is made as its own verb stands, and asks the party to refrain."""
    codes = _REFRAIN.get(c.transform.name) if c.transform is not None else None
    if (r.modality != "negated" or codes is None or c.governor is None
            or not any(t.dep_ == "neg" for t in c.verb.children)
            or any(t.dep_ == "neg" for t in c.governor.children)):
        return r
    reading = event_modality(c.governor, lexicon.cues, reported_sentence=reported_all)
    code = codes[0] if c.entry.code[:2] in ("18", "19", "20") else codes[1]
    return replace(r, code=code, modality=reading.modality, reading=reading,
                   rule=f"{r.rule}+refrain")


def _spelled_negator(c: Clause, r: Recoding) -> Recoding:
    """A negated clause whose pattern names the negator is asserted."""
    if r.modality == "negated" and any(t.dep_ == "neg" for t in c.trigger):
        # a pattern that spells out its negator ("will not * [081]" in PETRARCH dictionaries)
        # already carries the negation in its code
        return replace(r, modality="asserted", rule=f"{r.rule}+negator")
    return r


def _unconditioned_reaction(tok: Token, code: str, lexicon: VerbLexicon) -> bool:
    """Whether a threat verb of reaction ("retaliate", "respond") comes with no condition."""
    # a reaction that happened or is only announced threatens no one
    return (
        tok.lemma_ in lexicon.cues.conditional_reactions
        and code == "130"
        and not participants.conditioned(tok, lexicon.cues.condition_marks)
        and not reaction_agents(tok, lexicon)  # ("will respond to any Russian aggression")
    )


def _question(tok: Token, r: Recoding) -> Recoding:
    """An event a yes/no question asks about is conditional."""
    if r.modality in ("asserted", "reported", "alleged", "future") and polar_question_at(tok):
        # "Is Russia massing troops?": a yes/no question supposes the event, it does not
        # assert it (press briefings are full of them); "Will Russia invade?", "Should the
        # West arm Ukraine?" announce no plan either
        return replace(r, modality="conditional", rule=f"{r.rule}+question")
    return r


def _refusal(c: Clause, r: Recoding, lexicon: VerbLexicon) -> Recoding:
    """A negated intent to cooperate is a refusal (12), asserted."""
    if not (
        r.modality == "negated"
        and c.governor is None
        and r.code[:2] in _COOPERATIVE_ROOTS
        and volitional(c.tok)
    ):
        return r
    # "said she would not send aid": declining to cooperate is a rejection (12),
    # asserted, as the CAMEO manual codes refusals
    refused = lexicon.transforms.get("refuse")
    new = refused.apply(r.code) if refused is not None else None
    if new is None:
        return r
    return replace(r, code=new, modality="asserted", rule=f"{r.rule}+negation")


def _own_report(speaker: list[Actor], sources: list[Actor]) -> bool:
    """Whether the speaker reports its own act (or its country's)."""
    codes = {a.code for a in speaker}
    sides = {side_of(a) for a in speaker if a.country}
    return bool(codes) and (
        codes == {s.code for s in sources} or bool(sides and sides == {side_of(s) for s in sources})
    )


def recode_by_agent(r: Recoding, heads: list[Token], lexicon: VerbLexicon) -> Recoding:
    """The recoding the source heads make: an agent named only through a hedge leaves the
    event reported, a projectile as agent makes force 194, a sanction as agent 163."""
    if r.modality == "asserted" and any(
        participants.hedged(h, lexicon.cues.hedges_passive) for h in heads
    ):
        # "shot down by a rocket believed to be launched by militants": the act is a fact, its agent
        # a suspicion; the event is coded as reported, as "rebels were said to have fired" is
        r = replace(r, modality="reported", rule=f"{r.rule}+hedge")
    if r.code[:2] in ("18", "19") and heads and all(
        h.lemma_.lower() in _MEASURES or h.lemma_.lower() in _BANS for h in heads
    ):
        # "US sanctions hit Russian banks", "a tanker hit by sanctions": the measure strikes,
        # no weapon; it is the sanction (163) of whoever imposed it, or its ban (172: "flight
        # bans hit airlines")
        banned = all(h.lemma_.lower() in _BANS for h in heads)
        return replace(r, code="172" if banned else "163", rule=f"{r.rule}+measure")
    means = by_means(r.code, heads)
    if means is not None:
        return replace(r, code=means[0], rule=f"{r.rule}+{means[1]}")
    return r


# Verbs of going into a place: force when forces go, a visit when a person does
_ENTERING = frozenset({"enter", "cross"})


def journey(r: Recoding, tok: Token, sources: list[Actor]) -> Recoding:
    """ "Biden entered Ukraine by train", "the minister crossed the border into Poland": a
    named person going into a country visits it (042); troops or a state entering it use
    force (190)."""
    if r.code == "190" and tok.lemma_.lower() in _ENTERING and sources and all(
        a.kind == "person" for a in sources
    ):
        return replace(r, code="042", rule=f"{r.rule}+journey")
    return r


# Verbs of going that a state does only in figure ("Russia will go to Ukraine", "went to war")
_GOING = frozenset({"go", "come"})


def no_journey(r: Recoding, tok: Token, sources: list[Actor], heads: list[Token]) -> bool:
    """Whether an entering or a going is no event: unarmed people or counted crowds entering
    or crossing use no force ("citizens must obtain a visa before they enter", protesters
    crossing a line); a state as a whole "going" to a country pays no visit ("Russia will go
    to Ukraine through Belarus"; its leaders or envoys do)."""
    if r.code == "190" and tok.lemma_ in ("enter", "cross"):
        return all(a.sector in UNARMED or a.sector in ("PPL", "OPP") for a in sources) or (
            counted_people(heads))
    return r.code == "042" and tok.lemma_.lower() in _GOING and bool(sources) and all(
        a.kind == "country" and not a.sector for a in sources) and all(
        h.pos_ == "PROPN" for h in heads)  # (not "Russian specialists come to Banja Luka")


# Economic measures that "hit" or "target" a country as weapons hit a town
_MEASURES = frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs", "penalty"})
_BANS = frozenset({"ban", "restriction", "blacklist"})
_ENEMY = frozenset({"enemy", "hostile", "adversary", "invader", "occupier"})
_ASSAULTS = frozenset(
    {"offensive", "attack", "assault", "advance", "operation", "bombardment", "shelling",
     "strike", "raid", "push", "incursion", "invasion", "counteroffensive", "onslaught"}
)  # fmt: skip


def repelled(
    r: Recoding, objects: list[Token], sources: list[Actor], index: ActorIndex
) -> tuple[Recoding, list[Actor]] | None:
    """ "Ukrainian troops halted the Russian offensive", "stopped the enemy offensive": an
    attack halted that is someone else's was repelled, which is force against its owner (190),
    not the de-escalation (087) of one's own attack. Returns the recoding and the owners (none
    for an unnamed enemy); None when the attack halted is the source's own or unowned."""
    if not r.code.startswith("087"):
        return None
    own = {a.country for a in sources if a.country}
    for obj in objects:
        if obj.lemma_.lower() not in _ASSAULTS:
            continue
        mods = [c for c in obj.children if c.dep_ in ("amod", "compound", "poss")]
        owners = [a for m in mods for a in index.actors_for(m) if a.country not in own]
        if owners or any(m.lemma_.lower() in _ENEMY for m in mods):
            return replace(r, code="190", rule=f"{r.rule}+repelled"), owners
    return None


def taken_place(
    r: Recoding, tok: Token, code: str, targets: list[Actor], index: ActorIndex
) -> tuple[Recoding, list[Actor]] | None:
    """ "Russian troops captured Kherson", "seized Crimea": a place taken (the clause's own
    ``code`` 171 or 173, see ``places.taken_places``) is territory occupied (192); its country
    is the target, also where a capital stands for the government ("captured Kyiv" takes
    Ukraine's land, not its cabinet). A governor has already recoded a taking it folds
    ("threatened to seize Kyiv", 1382). None when people or property were taken."""
    places = {a.country for a in taken_places(tok, code, index)}
    if not places:
        return None
    land = [replace(t, code=t.country, sector=None) if t.country and t.country in places else t
            for t in targets]
    if r.code in ("171", "173"):
        r = replace(r, code="192", rule=f"{r.rule}+territory")
    return r, land


# Taking back: what is liberated or retaken was held by the other side
_RETAKING = frozenset({"liberate", "retake", "recapture", "reclaim", "free"})
# The sectors of people a taking back frees, not fights
_FREED = frozenset({"PPL", "CVL", "REF"})


def retaken(tok: Token, code: str, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """The targets of force, without the source's own country where the act takes a place
    back ("Ukrainian forces liberated Kherson": Ukraine's land, taken from the side holding
    it, which the clause does not name); nor the people freed ("liberate our people")."""
    if code[:2] not in ("18", "19", "20") or tok.lemma_.lower() not in _RETAKING:
        return targets
    own = {a.country for a in sources if a.country}
    return [t for t in targets if not (t.code == t.country and t.country in own)
            and t.sector not in _FREED]
