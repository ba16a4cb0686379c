"""Target finding: which actor a coded clause is aimed at.

``targets`` takes the lexicon entry's target slot (its head tokens) and the sources, and
applies these rules in order; the first that decides gives the answer:

1. a stance on acts: taken towards who did them, never their victim;
2. relation nouns: "the partners of Ukraine" are the target, not Ukraine;
3. addressed statements: a statement's target is whom the slot names;
4. own possessives: a possessive pointing back at the source is no target;
5. "of" owners: "the people of Moldova" are Moldova's; a statement or hosting whose slot names
   no actor has no target; a bare sector's "of" place is ("a district of Yemen");
6. an unknown person in the slot: the slot is filled, nothing else is the target;
7. generic victims placed: countryless victims take the country of the event's place;
   arms' makers are no target of force where the arms' holder or place is named;
8. object owners (verbs only): "expelled two Russian diplomats" is aimed at Russia;
9. clause fallbacks: other prepositional objects, or what a means serves (fallbacks.py).

Fallbacks never return the source itself, nor, for most codes, its own country.
participants.py re-exports ``targets``, ``covers`` and ``outside``.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..actors.index import KIN_NOUNS
from ..model import Actor
from . import clauses
from .addressees import PERSON_ENDINGS, unknown_addressee
from .agents import actors, coordinated, of_objects
from .fallbacks import ADDRESSED, discussing, fallback_targets, means_targets, supplier
from .nouns import gathered
from .places import (
    DOMESTIC_SECTORS,
    country_actor,
    domestic_home,
    event_place,
    located,
    of_places,
    place_objects,
    region_as_place,
    shared_border,
)
from .sectors import enemy_named, generic, names_war
from .stances import ACTS, MEASURES, stance_on_acts
from .syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex


# Nouns of a relation: their "of" phrase names the other side, not the addressee.
_RELATIONS = frozenset(
    {"partner", "ally", "friend", "neighbour", "neighbor", "enemy", "rival", "supporter",
     "sponsor", "donor", "creditor", "counterpart", "adversary", "opponent", "critic"}
)  # fmt: skip



def covers(actor: Actor, head: Token) -> bool:
    """Whether ``actor``'s span covers the token ``head``."""
    return actor.start is not None and actor.end is not None and actor.start <= head.idx < actor.end


def outside(found: list[Actor], phrases: list[Token]) -> list[Actor]:
    """The actors whose mention lies outside the given phrases."""
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in phrases]
    return [a for a in found if a.start is None or not any(lo <= a.start < hi for lo, hi in spans)]


def targets(
    m: clauses.Match,
    target_heads: list[Token],
    sources: list[Actor],
    *,
    index: ActorIndex,
    code: str,
    agentive: Container[str] = frozenset(),
) -> list[Actor]:
    """The target actors: the entry's slot, else (for verbs) the owner of the object, else the
    clause's other prepositional objects. Fallbacks never return the source itself.
    ``agentive``: nouns that stand for their modifier's actor ("the Ukrainian side")."""
    found = _targets(m, target_heads, sources, index=index, code=code, agentive=agentive)
    if code[:2] in ("03", "07") and not m.entry.swap and (
            gifts := [o for o in m.objects if o.lemma_.lower() in _GIFTS]):
        # "announced new aid from Japan": whence help comes gives it, unless the slot says so
        # (or the entry is a receipt, "received aid from", whose source it is)
        givers = [p for h in (m.token, *gifts) for p in prep_objects(h, ("from",))]
        found = outside(found, [p for p in givers if p not in target_heads])
    if code[:2] == "04":
        # "held a meeting of the Security Council of Ukraine", "met ambassadors in Ukraine":
        # a head of state or government meets others, never their own country
        # (the country all sources share: "Zelenskyy and Scholz, who will arrive in Ukraine")
        countries = [{a.country} for a in sources]
        own = set.intersection(*countries) if countries else set()
        found = [a for a in found if not (a.kind == "country" and a.code in own)]
    # ("rejected criticism of the Iraq war": the war's name is no party to a word)
    return [a for a in found if not region_as_place(a, m.token.doc, code)
            and not (code[:2] < "14" and names_war(a, m.token.doc))]


# What is given, whose "from" names the giver ("new aid from Japan")
_GIFTS = frozenset({"aid", "help", "support", "assistance", "package", "funding", "loan",
                    "weapon", "arm", "money", "equipment", "supply", "delivery"})  # fmt: skip
_INSURGENT = frozenset({"REB", "SEP", "INS"})
_FORCE = frozenset({"13", "17", "18", "19", "20"})


@dataclass(frozen=True, kw_only=True)
class _Slot:
    """A matched clause whose target is sought: the entry's target slot (``heads``), the
    sources it must not return, and what the rules look the actors up in."""

    m: clauses.Match
    heads: list[Token]
    sources: list[Actor]
    index: ActorIndex
    code: str
    agentive: Container[str]

    @cached_property
    def avoid(self) -> set[str]:
        """The sources' codes: never a target."""
        return {a.code for a in self.sources}

    @cached_property
    def own(self) -> set[str]:
        """The sources' countries; not an insurgent's, whose country names the state it
        fights ("separatists shelled Ukrainian positions" is UKRSEP against UKR)."""
        return {a.country for a in self.sources if a.country and a.sector not in _INSURGENT}

    def points_back(self, actor: Actor) -> bool:
        """Whether ``actor`` is a source or, named as a country, a source's own country."""
        named_country = actor.code == actor.country
        return actor.code in self.avoid or (named_country and actor.country in self.own)


def _targets(
    m: clauses.Match,
    target_heads: list[Token],
    sources: list[Actor],
    *,
    index: ActorIndex,
    code: str,
    agentive: Container[str] = frozenset(),
) -> list[Actor]:
    """``targets`` before the filters that apply to every way of finding them: the rules of
    the module docstring in order, the first that decides giving the answer."""
    slot = _Slot(
        m=m, heads=target_heads, sources=sources, index=index, code=code, agentive=agentive
    )
    stance = stance_on_acts(slot.heads, slot.code, index=slot.index, avoid=slot.avoid,
                            objects=slot.m.objects)
    if stance is not None or shared_border(slot.heads, code, index):
        return stance or []
    related = _relation_objects(slot)
    found = outside(actors(index, target_heads), related)
    if related and not found:
        return []  # only the other side of a relation is named; no fallback finds it again
    found = _drop_own_possessives(slot, _keep_addressees(slot, found))
    found = found or _of_owners(slot)
    if not found and _unaddressed(slot):
        return []
    found = of_places(slot.heads, slot.code, slot.index, found, slot.m.token)
    if not found and unknown_addressee(slot.heads, index, code, agentive):
        return []
    placed = _place_victims(slot, found)
    if placed is not None:
        return placed
    if found and code[:2] in _FORCE and all(supplier(a, slot.heads) for a in found):
        found = _arms_holders(slot, found)
    if found or _slot_only(slot):
        return found
    return _object_owners(slot) or _clause_fallbacks(slot)


def _arms_holders(slot: _Slot, makers: list[Actor]) -> list[Actor]:
    """ "shelled American howitzers near Kharkiv": the maker or supplier named on arms is not
    whom force is threatened or used on; another party of the clause, or the arms' place, is
    (the makers stay when neither is named)."""
    codes = {a.code for a in makers}
    others = [a for a in _clause_fallbacks(slot) if a.code not in codes]
    at = event_place(slot.m.token, slot.index, exclude=[*slot.heads, *_direct(slot.m.objects)],
                     avoid=slot.avoid | codes, own=slot.heads)
    return others or ([at] if at and not slot.points_back(at) else makers)


def _relation_objects(slot: _Slot) -> list[Token]:
    """The "of" phrases of the relation nouns in the slot. "thanked the partner countries of
    Ukraine": the target is the partners, who are not named, not Ukraine (and no fallback
    finds Ukraine again)."""
    return [o for h in slot.heads if _relation(h) for o in of_objects(h)]


def _relation(noun: Token) -> bool:
    """A noun of a relation ("partners", "partner countries", "allies")."""
    return noun.lemma_.lower() in _RELATIONS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _RELATIONS for c in noun.children
    )


def _keep_addressees(slot: _Slot, found: list[Actor]) -> list[Actor]:
    """``found`` without the actors the slot does not name as themselves, for an act aimed
    only at whom the slot names (``ADDRESSED``)."""
    if slot.code not in ADDRESSED:
        return found
    # a plain statement's target is its addressee, named by the slot ("the Ukrainian
    # parliament", "the Ukrainian side"), not the owner of its topic ("addressed Chinese
    # military advancements", "will consider a Texas law"); an appraisal is aimed at its
    # topic's owner ("voiced gratitude for Japan's help"); each guest of "hosted Scholz and
    # Draghi" is named (``agents.coordinated``)
    heads = [x for h in slot.heads for x in (h, *coordinated(h))]
    return [a for a in found if any(_names(h, a, slot.agentive) for h in heads)]


def _names(head: Token, actor: Actor, agentive: Container[str]) -> bool:
    """Whether the phrase headed by ``head`` names ``actor`` as itself: the actor's span
    covers the head, or the head is a noun standing for its modifier's actor."""
    return covers(actor, head) or head.lemma_.lower() in agentive or head.lower_ in agentive


def _drop_own_possessives(slot: _Slot, found: list[Actor]) -> list[Actor]:
    """``found``, or nothing when it only points back at the sources through a modifier of
    the slot (no slot head is itself an actor) and the entry does not swap the sides."""
    if (
        found
        and not slot.m.entry.swap
        and all(slot.points_back(a) for a in found)
        and all(slot.index.actor_at(h.i) is None for h in slot.heads)
    ):
        # "renewing his license", "pledged continued U.S. support": a possessive or a country
        # modifier that points back at the source is no target
        return []
    if any(h.lemma_.lower() in KIN_NOUNS and any(
            c.dep_ == "poss" and (c.tag_ == "PRP$" or any(
                slot.points_back(a) for a in slot.index.actors_for(c))) for c in h.children)
            for h in slot.heads):
        return []  # "the soldiers met with their families": one's own kin are no party
    return found


def _of_owners(slot: _Slot) -> list[Actor]:
    """The owners named in the slot's "of" phrases, for a slot that names no target itself."""
    # "warned the people of Moldova": the owner named in the slot's "of" phrase (not of a
    # relation: "thanked the partners of Ukraine" thanks the partners, not Ukraine)
    owned_by = [h for h in slot.heads if not _relation(h)]
    if slot.code in ADDRESSED:
        # "addressed the invasion of Ukraine": an act or measure spoken of is the topic, and
        # its owner no addressee; "received billions of cubic metres of Russian gas": goods
        # received are no guest. Only people or a body of someone are addressed or hosted.
        owned_by = [
            h
            for h in owned_by
            if h.lemma_.lower() not in ACTS | MEASURES
            and (h.lemma_.lower() in slot.agentive or h.lemma_.lower().endswith(PERSON_ENDINGS))
        ]
    owners = [o for h in owned_by for o in of_objects(h)]
    if slot.code[:2] == "02":  # ("called on missions from the ICC to come": the ICC's)
        owners += [o for h in owned_by for o in prep_objects(h, ("from",))]
    return actors(slot.index, owners)


def _unaddressed(slot: _Slot) -> bool:
    """A statement (010), hosting (043) or appeal (02) whose filled slot names no actor: it
    has no target. "addressed that summit with the President", "hosted a conference call
    about Russia's war", "called on international partners to impose sanctions on Russia":
    the slot holds the addressee, and no other phrase is one."""
    return (slot.code in ("010", "043") or slot.code[:2] == "02") and bool(slot.heads)


def _place_victims(slot: _Slot, found: list[Actor]) -> list[Actor] | None:
    """Countryless victims or people of a verb placed in a country; None when ``found`` is
    not all bare sectors or no country is known."""
    if not found or not all(generic(a) and not enemy_named(a) for a in found) or slot.m.entry.noun:
        return None
    # "three villagers were killed in ... northern Syria": countryless victims or people
    # take the country where the event happened (SYRCVL), as the sector alone says nothing
    # of whom the event was aimed at; not soldiers in the land of the state that shot them
    m, force = slot.m, slot.code[:2] in ("18", "19", "20")
    if all(a.sector in DOMESTIC_SECTORS for a in found) and len(slot.own) == 1:
        # "the cabinet asked the Supreme Court to stop a project in Chad": a state
        # petitions its own courts and police, unless their own phrase places them elsewhere
        # (a lawyer or police officer killed by a state's troops is none of that state's)
        at = event_place(m.token, slot.index, exclude=[m.token], avoid=slot.avoid, own=slot.heads)
        if at is not None or not (force and any(a.sector == "MIL" for a in slot.sources)):
            return [located(a, at or country_actor(next(iter(slot.own)))) for a in found]
    place = event_place(
        m.token,
        slot.index,
        exclude=[*slot.heads, *_direct(m.objects)],
        avoid=slot.avoid,
        own=slot.heads,
    )
    shot = force and all(a.sector == "MIL" for a in found)
    # "met world leaders in Paris": where people of many countries gather, not whose they are
    if place is not None and not (shot and place.code in slot.own) and not gathered(found):
        return [located(a, place) for a in found]
    home = domestic_home(slot.sources)
    if home is not None:
        return [located(a, home) for a in found]
    return None


def _direct(objects: Sequence[Token]) -> list[Token]:
    """The direct objects among a match's objects; a prepositional one is the means or the
    occasion ("died in an air raid on a camp in the Gaza Strip"), and a place inside it is the
    event's."""
    return [o for o in objects if o.dep_ != "pobj"]


def _slot_only(slot: _Slot) -> bool:
    """Whether only the slot can name a target, so that an empty one stays empty: a noun
    trigger (the object and clause fallbacks are for verbs), or a symmetric event of a
    compound subject, which is between its members ("Japan and Korea will hold talks in
    Tokyo" is not a meeting with Tokyo), or a swapped entry, whose target is who acts: only
    its slot names them ("Iran faces sanctions for its drone sales to Russia": Russia imposes
    nothing; a PETRARCH pattern's slot is only a word after the verb, so the fallbacks stay)."""
    entry = slot.m.entry
    built_in_swap = entry.swap and not entry.id.startswith("petrarch:")
    # (a bare warning threatens whoever its condition names: "warned of a shift in Russian
    # strategy" threatens no one)
    bare_warning = entry.code == "130" and not entry.args and slot.m.token.lemma_ == "warn"
    return entry.noun or built_in_swap or bare_warning or (
        entry.symmetric and len(slot.sources) > 1)


def _object_owners(slot: _Slot) -> list[Actor]:
    """The owner of the verb's object, never a source, or the sources' own country for the
    sector police or courts act on."""
    # "expelled two Russian diplomats", "freed Palestinian prisoners": the object's owner; not
    # "withdrew its troops", where the pronoun makes them the source's own, and not a
    # sector-only actor ("military exercises" -> ---MIL), which describes the object
    owned = [
        o
        for o in slot.m.objects
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
    ]
    if discussing(slot.code, slot.m.token) or slot.code == "154":
        # "discussed issues of Polish-Czech cooperation": a topic, no party; "increased
        # the party's presence": the forces or presence built up are the builder's own
        owned = []
    found = [
        a
        for a in actors(slot.index, owned)
        if not generic(a)  # a country's or an organisation's ("UN officials"), not a sector's
        and not slot.points_back(a)
    ]
    home = domestic_home(slot.sources)
    if not found and home is not None:
        # "police killed 26 militants": the sector they act on is of their own country
        found = [located(a, home) for a in actors(slot.index, owned) if generic(a)]
    return found


def _clause_fallbacks(slot: _Slot) -> list[Actor]:
    """The first target among the clause's other prepositional objects (fallbacks.py)."""
    exclude = [*slot.heads, *slot.m.objects]
    # the scope may have moved to an embedded verb ("vowed to retaliate against NATO")
    for verb in (slot.m.token, *(t for t in slot.m.trigger[1:] if t.pos_ == "VERB")):
        found = fallback_targets(
            verb,
            slot.index,
            exclude=exclude,
            code=slot.code,
            avoid=slot.avoid,
            venues=not slot.m.entry.id.startswith("petrarch:"),
        )
        if found and slot.m.entry.symmetric:
            # "our troops are fighting battles near Kherson": the place of a fight between two
            # sides is neither of them
            found = outside(found, place_objects(verb))
        # "destroyed two helicopters near Zaporizhzhia", "approved a plan on Ukraine's exit":
        # the source's own country in a phrase of the clause is where or what it acted about,
        # not on whom (repression, arrest, protest, aid, sympathy, a guest's visit reach it;
        # material cooperation (06) is left alone: PETRARCH's gold codes it at home)
        kept = slot.code[:2] in ("04", "06", "07", "14", "17") or slot.code[:3] == "018"
        if slot.code == "1712" or not kept:
            found = [a for a in found if not slot.points_back(a)]
        if found:
            return found
    return means_targets(slot.m.token, slot.index, avoid=slot.avoid)
