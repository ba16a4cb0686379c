"""Events derived from a coded clause: the accusation or claim made by reporting it ("X said
Y attacked Z" is X accusing Y, 112; "X claimed it attacked Z" is 015), the denial of it (016),
and the recoding of violence by or against protesters (145 riot, 175 repression)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actors.loader import demonyms
from ..model import Actor
from . import participants, syntax
from .sectors import SECURITY_SECTORS, side_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex

# Root codes whose events, reported by a different actor first-hand ("X said Y shelled Z"),
# make the report an accusation (CAMEO 112).
ACCUSABLE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})


def accusable(code: str) -> bool:
    """Whether reporting that someone did ``code`` accuses them: threats, force and coercion,
    a riot (145), a breach of law or norms (128); not a peaceful protest or a state's lawful
    downgrading of relations (16: "officials said Russia expelled two diplomats" reports, it
    does not accuse)."""
    if code[:2] == "14":
        return code == "145" or code.startswith("145")
    if code == "128":
        return True  # "said Russia violated international law" accuses it of defying the law
    return code[:2] in ACCUSABLE_ROOTS and code[:2] != "16"


# CAMEO 145 and 175: violence by a crowd of protesters is a violent protest (riot), and violence
# by security forces against protesters is violent repression, whatever the verb
VIOLENT_ACTS = frozenset({"17", "18", "19", "20"})


_PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher", "picketer"}
)


_ARMED_COMBAT = ("193", "194", "195", "196", "20")


CLAIM_VERBS = frozenset({"claim", "admit", "acknowledge", "confirm"})
# Verbs that grant what another side did: "Russian media admit the AFU took the town" is a
# concession of a loss, no accusation of the side that won it.
CONCEDING_VERBS = frozenset({"admit", "acknowledge", "concede", "recognize", "recognise"})


@dataclass(frozen=True)
class Coded:
    """One event before it becomes a record: codes, actors and the tokens behind them."""

    code: str
    source: Actor
    target: Actor | None
    modality: str
    trigger: tuple[Token, ...]
    rule: str
    anchor: Token  # the head of the event's own clause, which dates it


def protest_violence(
    code: str, source: Actor, target: Actor | None, crowds: frozenset[str]
) -> str:
    """ "protesters torched the building" is a riot (145); "police beat the demonstrators" is
    violent repression (175); per pair, so a clash between the two codes both sides.
    ``crowds``: codes of the actors the clause names as protesters."""
    if code[:2] not in VIOLENT_ACTS:
        return code
    if _in_crowd(source, crowds) and not code.startswith(_ARMED_COMBAT):
        return "145"  # (rockets or missiles are armed combat, whoever fires them)
    if (
        target is not None
        and _in_crowd(target, crowds)
        and source.sector in SECURITY_SECTORS
        and code[:2] != "17"
    ):
        # (coercion short of violence keeps its code: arresting protesters is 173)
        return "175"
    return code


def _in_crowd(actor: Actor, crowds: frozenset[str]) -> bool:
    """Whether ``actor`` is one of the crowds, also when a countryless crowd was placed in
    the country of the place it acts on ("protesters stormed the Bulgarian parliament":
    ---OPP in the index, BGROPP in the event)."""
    return actor.code in crowds or (
        actor.country is not None and actor.kind == "role" and f"---{actor.sector}" in crowds)


_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "SEP", "INS"})


def armed_defence(code: str, source: Actor, target: Actor | None,
                  ground: Iterable[Token] = ()) -> str | None:
    """ "Ukrainian soldiers are defending Mariupol": forces defend by fighting, not by
    speaking (052 is verbal support), and so does anyone defending a place named as the
    object (``ground``: "the government will defend the capital Tbilisi"). Defending
    another country is military protection (074); their own country's ground, or a place of
    no country, is no event (None)."""
    place = _named_place(target, ground)
    if code != "052" or ((source.sector or "")[:3] not in _ARMED_SECTORS and not place):
        return code
    if (
        target is None
        or not target.country
        or not source.country  # whose forces is unknown: "they are defending the country"
        or target.country == source.country
    ):
        return None
    return "074"


def _named_place(target: Actor | None, ground: Iterable[Token], *, land: bool = False) -> bool:
    """Whether the target is a place (a city, a region) named as the object of the verb; with
    ``land``, also a country or a town named by its own name, not by a nationality."""
    if target is None or not (target.via in ("metonym", "place") or (
            land and target.kind == "country" and not target.sector)):
        return False
    return any(
        o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "PROPN"
        and (target.start or 0) <= o.idx < (target.end or 0)
        and not (land and (o.ent_type_ == "NORP" or o.lemma_.lower() in demonyms()))
        for o in ground)


def assaulted_place(code: str, target: Actor | None, ground: Iterable[Token] = ()) -> str:
    """ "Russian troops assaulted Sloviansk", "Russia might assault Kharkiv": a country, a town
    or a region named as the object is assaulted by force (190), not beaten up (182, which
    people are: "assaulted Ukrainians")."""
    return "190" if code == "182" and _named_place(target, ground, land=True) else code


def armed_wounding(code: str, source: Actor, trigger: Sequence[Token]) -> str:
    """ "Russian troops wounded six civilians", "Russia killed four and wounded six": people
    wounded by a state or armed forces are casualties of force (190), not of an assault (182,
    which beatings and police violence stay)."""
    state = source.kind == "country" and not source.sector
    if code != "182" or not (state or (source.sector or "")[:3] in _ARMED_SECTORS):
        return code
    wounding = any(t.lemma_.lower() in ("wound", "injure", "maim") for t in trigger)
    return "190" if wounding else code


def armed_occupation(code: str, source: Actor) -> str:
    """ "Russian troops have occupied the nuclear power plant": a building or plant occupied
    by armed forces is seized (192), not blocked in protest (144); and a road or a convoy
    blocked by civilians or protesters is their protest (144), not a state's blockade (191):
    "residents blocked a Russian military convoy"."""
    if code.startswith("144") and (source.sector or "")[:3] in _ARMED_SECTORS:
        return "192"
    if code == "191" and (source.sector or "")[:3] in _CROWD_SECTORS:
        return "144"
    return code


# Who blocks a road in protest rather than by the state's order
_CROWD_SECTORS = frozenset({"CVL", "OPP"})


# Sectors that bomb as a state does: by air. A country named alone ("Russia bombed the
# city") acts through its forces too.
_STATE_FORCES = frozenset({"MIL", "GOV"})


def state_bombing(code: str, source: Actor, trigger: tuple[Token, ...]) -> str:
    """ "Russian jets bombed the city", "Syria bombed rebel towns": CAMEO 183 is the manual's
    non-military bombing (car, suicide and roadside bombs); bombing by a state's armed forces
    is the use of aerial weapons (195). Insurgents' and police's bombings stay 183, and so do
    other verbs of 183 ("detonated a bomb", "blew up a bridge")."""
    if code != "183" or not any(t.lemma_.lower() in ("bomb", "bombing") for t in trigger):
        return code
    sector = (source.sector or "")[:3]
    state = sector in _STATE_FORCES or (source.kind == "country" and not source.sector)
    return "195" if state else code


def crowds_of(index: ActorIndex, heads: Iterable[Token]) -> frozenset[str]:
    """Codes of the actors named by protester nouns ("a Ukrainian protestor", "rioters")."""
    # ("police and protesters clashed", "protesters and journalists": each conjunct is named
    # by its own noun)
    named = [h for g in heads for h in (g, *g.conjuncts)
             if h.lemma_.lower() in _PROTESTERS or h.lower_.rstrip("s") in _PROTESTERS]
    return frozenset(a.code for h in named for a in _own_actors(index, h))


def _own_actors(index: ActorIndex, head: Token) -> list[Actor]:
    """The actor of ``head``'s own mention, else the actors its phrase names."""
    own = index.actor_at(head.i)
    return [own] if own is not None else participants.actors(index, [head])


def speech_events(
    speech: Token,
    tok: Token,
    code: str,
    speaker: list[Actor],
    sources: list[Actor],
    targets: list[Actor],
    trigger: tuple[Token, ...],
    *,
    modality: str = "asserted",
) -> Iterator[Coded]:
    """ "X said Y attacked Z" -> X accuses Y (112); "X claimed it attacked Z" -> 015. The act
    has the ``modality`` of the speech verb ("will claim" is yet to be made)."""
    if speech.i > tok.i:
        return  # trailing attribution: the report is the source of the news, not an event
    source_codes = {s.code for s in sources}
    source_sides = {side_of(s) for s in sources if s.country}
    for x in speaker:
        # "the Kremlin said Russian forces shelled": a government speaking of its own forces
        # claims the act, it does not accuse anyone (separatists speaking of the army accuse)
        if x.code in source_codes or side_of(x) in source_sides:
            if speech.lemma_ in CLAIM_VERBS and code[:2] in ACCUSABLE_ROOTS:
                for t in targets:
                    yield spoken_act("015", x, t, speech, rule="015:claim", modality=modality)
            continue
        if accusable(code) and speech.lemma_ not in CONCEDING_VERBS:
            for y in sources:
                if _own_forces(x, y):
                    continue
                # mass violence reported is an accusation of abuses, as "accused Y of atrocities"
                accusation = "1124" if code[:2] == "20" else "112"
                yield spoken_act(accusation, x, y, speech, rule="112:report", trigger=trigger,
                                 modality=modality)


def _own_forces(speaker: Actor, source: Actor) -> bool:
    """ "Ukrainian officials claim the military have defeated ...": a state's officials
    speaking of countryless forces speak of their own, and accuse no one. A monitor or a
    newspaper reporting "government forces" killed people does accuse them."""
    state = speaker.sector in _STATE_SPEAKERS or (speaker.kind == "country" and not speaker.sector)
    return state and participants.generic(source) and source.sector in SECURITY_SECTORS


_STATE_SPEAKERS = frozenset({"GOV", "MIL", "GOVMIL", "LEG", "SPY", "COP"})


def spoken_act(
    code: str,
    source: Actor,
    target: Actor | None,
    verb: Token,
    *,
    rule: str,
    trigger: tuple[Token, ...] = (),
    modality: str = "asserted",
) -> Coded:
    """An act made by speaking (an accusation, a claim, a denial): asserted unless its verb
    says otherwise, anchored on its verb, triggered by the verb and the reported event's own
    trigger."""
    return Coded(
        code=code,
        source=source,
        target=target,
        modality=modality,
        trigger=(verb, *trigger),
        rule=rule,
        anchor=verb,
    )


def denier(tok: Token) -> Token | None:
    """The "deny" verb governing ``tok`` ("denied attacking", "denied that it attacked",
    "denies planning an attack")."""
    t = tok
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ == "VERB":
        t = t.head  # "denies planning an attack": the noun's verb is what is denied
    for _ in range(3):
        if t.dep_ in ("xcomp", "ccomp", "pcomp") and t.head.i != t.i:
            t = t.head if t.dep_ != "pcomp" else t.head.head
            if t.lemma_ == "deny":
                return t
        else:
            return None
    return None


def denials(tok: Token, targets: list[Actor], *, index: ActorIndex) -> Iterator[Coded]:
    """ "denied attacking Ukraine": the denier denies (016) toward the event's targets."""
    deny = denier(tok)
    if deny is None:
        return
    for s in participants.actors(index, syntax.subjects(deny)):
        # (what was done to the denier itself, "denied Russia had asked it", has no other
        # party to deny it toward)
        denied: list[Actor | None] = [t for t in targets if t.code != s.code] or [None]
        for t in denied:
            yield spoken_act("016", s, t, deny, rule="016:deny")
