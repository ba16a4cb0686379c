"""Agents of a coded event: the heads of a clause's source side and the actors heads name.

The source heads are the subject (through a governing verb: "vowed to retaliate"), a passive
clause's agent named by its attack noun ("killed in Israeli shelling") or the origin of fire,
and a weapon's user ("a shell fired by separatist forces"), with ``hedged`` telling a user
named only through a hedge ("believed to be launched by"). ``agentive`` decides whether a head can
act at all, ``subject_list`` and ``np_head`` find the members of a list and the head of a
quantity phrase ("hundreds of troops"), and ``actors`` turns heads into actors for every side.
Split from participants.py (the target side), which re-exports these names, to keep each module
under the house-style 400 lines.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor
from . import clauses, syntax
from .lexicon import VerbLexicon
from .objects import compound_destination
from .owners import acting_owners, captors
from .reasons import judged_party
from .sectors import AFTER, ENEMY, attack_followed, placed_war

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex

_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Sanctions, coercion and force: their passive's "with" phrase may name the agent
_FORCEFUL = frozenset({"16", "17"}) | _VIOLENT_ROOTS


# Verbs of taking something from someone: their "from" phrase is whom it was taken from.
_TAKEN_FROM = frozenset(
    {"liberate", "free", "capture", "seize", "recapture", "retake", "take", "wrest", "rescue",
     "clear", "expel", "drive", "oust", "evict", "push", "recover", "reclaim", "win", "evacuate",
     "release", "steal", "confiscate", "snatch", "abduct", "kidnap", "deport", "remove",
     "transfer"})  # fmt: skip


def source_heads(
    m: clauses.Match,
    governor: Token | None,
    *,
    agent_nouns: Container[str] = (),
    hedges: Container[str] = (),
) -> list[Token]:
    """Head tokens of the source side. ``agent_nouns``: lemmas whose modifier actor may be a
    passive clause's agent ("in Israeli shelling", "in an Israeli tank ..."): the lexicon's
    nominal events and its agentive nouns (weapons, forces)."""
    tok = m.token
    if m.entry.id.startswith("petrarch:") and syntax.time_gerund(tok):
        # PETRARCH dictionaries were written for a coder of main verb phrases: a gerund of time
        # or manner ("after leaving X", "by promoting Y") is no event of theirs
        return []
    if m.entry.noun and not (governor is not None and governor.pos_ in ("ADJ", "VERB", "AUX")):
        # (not "X is ready for talks": X's; not "the Ukraine war": a war's place, not its agent;
        # not "asked Y to speed up the supply": the asker's, as an asked verb's act is)
        heads = syntax.noun_sources(tok)
        heads += [p for p in [judged_party(tok)] if p is not None]  # "condemned for attack"
        if compound_destination(tok, _TO) is not None:  # "Blinken's Kyiv trip": he travels
            return [c for c in tok.children if c.dep_ == "poss"] + heads[1:]
        return heads[1:] if placed_war(tok) else heads
    # (a noun governor, "an attempt by X to advance", leaves the subject to the infinitive)
    if governor is not None and tok.dep_ == "ROOT" and governor.pos_ in ("NOUN", "PROPN"):
        return [governor]  # a headline's credited source ("... must withdraw - Scholz")
    verbal = governor is not None and governor.pos_ != "NOUN"
    heads = syntax.subjects(governor if governor is not None and verbal else tok)
    if not heads and syntax.is_passive(tok):
        # "villagers were killed in Azerbaijani shelling / in a raid by army units":
        # the agent is the attack noun's "by" phrase, else its own modifier actor (not a
        # place's: "children held in a Syrian camp" are not held by Syria)
        # (and "hit with Russian missile strikes", "with new US sanctions": force and
        # sanctions are dealt "with" what their agent used)
        # ("damaged after shelling by Russian troops": force follows the attack that dealt it)
        means = ("in", "during", "with", *AFTER) if m.entry.code[:2] in _FORCEFUL else (
            "in", "during")
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in (*means, "as"):
                o = syntax.pobj(c)
                if c.lower_ == "as":  # ("killed as a result of shelling by X": the shelling)
                    o = next(iter(of_objects(o)), None) if o is not None and (
                        o.lemma_.lower() == "result") else None
                if c.lower_ in AFTER and (o := attack_followed(c)) is None:
                    continue  # ("detained after protests by students": no agent of it)
                o = syntax.measured(o) if o is not None else None
                if (
                    o is not None
                    and (o.lemma_.lower() in agent_nouns or o.lower_ in agent_nouns)
                    and _names_someone(o)
                ):
                    heads.extend(reversed(syntax.noun_sources(o)))
                    break
                if o is not None and o.lemma_.lower() in _FIGHTS:
                    # "wounded in clashes with Israeli troops": the other side fought them
                    heads.extend(syntax.prep_objects(o, ("with",)))
        if not heads and m.entry.code[:2] == "15":
            # "Russian troops were put on alert": forces moved or readied show their own force
            heads.extend(c for c in tok.children if c.dep_ == "nsubjpass")
        if not heads and m.entry.code[:3] == "084":
            heads.extend(captors(tok))
        if not heads and m.entry.code[:2] in _VIOLENT_ROOTS and tok.lemma_ not in _TAKEN_FROM:
            # "a rocket was fired at the town from Lebanon": fire comes from its origin
            # (a place "liberated from the occupiers" was taken from them, not by them)
            heads.extend(
                o
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for o in [syntax.pobj(c)]
                if o is not None
            )
    # "the shelling by Russian forces killed ...": an attack noun's "by" phrase is who attacked
    heads.extend(b for h in list(heads) if h.lemma_ in agent_nouns for b in syntax.by_objects(h))
    # "killed by a shell fired by separatist forces / launched from Gaza": a weapon's user is
    # who fired it, or where it came from; through a hedge ("a rocket believed to be launched
    # by rebels") the user is a suspect, and the event is coded as reported (see hedged)
    heads.extend(
        u for h in list(heads) if h.lemma_.lower() in WEAPONS for u in _users(h, hedges)
    )
    return heads


def hedged(head: Token, hedges: Container[str]) -> bool:
    """Whether ``head`` is a weapon's user named only through a hedge: the "by" agent or
    "from" origin of a participle under "believed to be", "thought to have" ("a missile
    believed to be launched by militants")."""
    verb = head.head.head
    return (
        head.dep_ == "pobj"
        and head.head.lower_ in ("by", "from")
        and verb.dep_ == "xcomp"
        and verb.head.dep_ == "acl"
        and verb.head.lemma_ in hedges
    )


# Weapons whose modifier or launcher names who used them ("Russian shells", "a mine planted
# by militants").
WEAPONS = frozenset(
    {
        "missile", "rocket", "shell", "mortar", "bomb", "mine", "grenade", "bullet",
        "projectile", "munition", "warhead", "drone", "artillery", "round",
    }
)  # fmt: skip


def _users(weapon: Token, hedges: Container[str] = ()) -> list[Token]:
    """Who fired, launched, dropped or planted ``weapon``: the "by" agent of its participle,
    else the "from" place it was fired from; with ``hedges``, also the "by" agent behind a
    hedge ("believed to be launched by")."""
    out: list[Token] = []
    for c in weapon.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in hedges:
            c = next((x for x in c.children if x.dep_ == "xcomp" and x.tag_ == "VBN"), c)
            if c.head.i == weapon.i:
                continue
        if c.dep_ in ("acl", "xcomp") and c.tag_ == "VBN":
            for p in ("by", "from"):
                out.extend(
                    o
                    for g in c.children
                    if g.dep_ in ("agent", "prep") and g.lower_ == p
                    for o in [syntax.pobj(g)]
                    if o is not None
                )
                if out:
                    return out
    return out


def _names_someone(noun: Token) -> bool:
    """Whether an attack noun names its actor: a "by" phrase, a possessor, or a name or
    nationality among its modifiers ("Israeli shelling", "a Hamas rocket"); "the first such
    attack" names nobody, so the clause's other clues (the origin of fire) still count."""
    # "Russian missile strikes": the nationality may modify the compound before the noun
    mods = [c for c in noun.children if c.dep_ in _MODIFIERS]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in _MODIFIERS]
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) or any(
        c.ent_type_ in _NAMED or c.pos_ in ("PROPN", "PRON") or c.lower_ in ENEMY for c in mods
    )  # ("killed in enemy shelling": the other side of the war, adversaries.py)


_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})
_TO = frozenset({"to"})
# Fights between two sides: a passive victim's agent is the side "with" whom they fought
_FIGHTS = frozenset({"clash", "fighting", "battle", "skirmish", "firefight", "gunfight"})
_NAMED = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ers", "ors")


def agentive(head: Token, index: ActorIndex, lexicon: VerbLexicon, *, verbal: bool = False) -> bool:
    """Can this subject head act? A common noun whose actor comes only from a modifier
    ("China's birthrate hit a low", "Chinese exports rose") cannot, unless it names people or
    a body ("the Russian side", "Iranian hardliners") or an attack or other event whose
    actor is the agent ("a Russian missile strike killed", "killed in Israeli shelling").

    ``verbal``: the act is said (a demand, a threat, praise) or given (aid, cooperation, a
    concession). An event or a weapon does what its actor does, but says and gives nothing:
    "the Russian war threatens Europe" and "Russian missiles threaten the plant" endanger,
    they make no threat."""
    if head.pos_ != "NOUN":
        return True
    lemma = head.lemma_.lower()
    if verbal and (lemma in lexicon.nouns or lemma in WEAPONS):
        return False  # (also "Iranian drones", which the index names as forces)
    if index.actor_at(head.i) is not None:
        return True
    return (
        lemma in lexicon.agent_nouns or lemma in lexicon.agentive or lemma.endswith(_AGENT_ENDINGS)
    )


def subject_list(heads: list[Token]) -> list[Token]:
    """Add the members of an appositive list ("The UK, Japan, and Canada met"), which
    the parser attaches as an apposition carrying the coordination."""
    out = list(heads)
    for h in heads:
        for c in h.children:
            if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
                out.append(c)
    return out


_QUANTITY_NOUNS = frozenset(
    {
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "number",
        "group",
        "lot",
        "couple",
        "pair",
        "handful",
        "score",
        "scores",
        "some",
        "many",
        "several",
        "most",
        "all",
        "few",
        "one",
        "two",
        "three",
        "members",
        "member",
    }
)


def np_head(tok: Token) -> Token:
    """ "dozens of peacekeepers", "hundreds of UN troops": the real head is the "of" object."""
    if tok.lower_ in _QUANTITY_NOUNS or tok.lemma_.lower() in _QUANTITY_NOUNS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                o = syntax.pobj(c)
                if o is not None:
                    return o
    return tok


def of_objects(tok: Token) -> list[Token]:
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in [syntax.pobj(c)]
        if o is not None
    ]


def actors(index: ActorIndex, heads: list[Token]) -> list[Actor]:
    out: list[Actor] = []
    seen: set[str] = set()
    for h in heads:
        # "Russia's Ukraine invasion" (not "his US counterpart", itself an actor's word)
        owners = acting_owners(h) if index.actor_at(h.i) is None else []
        found = [a for o in owners for a in index.actors_for(o)] or index.actors_for(h)
        if not found:
            inner = np_head(h)
            if inner.i != h.i:
                found = index.actors_for(inner)
        if h.tag_ == "NNS" and all(a.code.startswith("---") for a in found):
            # "countries, including Qatar and Norway", "foreign leaders, including Erdogan":
            # the members named stand for them
            named = [m for c in h.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                     for o in c.children if o.dep_ == "pobj" for m in (o, *o.conjuncts)]
            members = [a for m in named for a in index.actors_for(m)]
            if members and not all(a.code.startswith("---") for a in members):
                found = members  # ("armed groups, including one leader": no one named)
        if not found and h.pos_ == "NOUN" and h.lemma_.lower() in _TITLES:
            # "the head of the press service of the Office of the President of Armenia"
            titled = Actor(text=h.text, name=h.lemma_, code="---GOV", sector="GOV", kind="role",
                           start=h.idx, end=h.idx + len(h.text), via="title")
            found = [a for a in [_institution_owner(titled, h, index)] if a.country]
        sited = _sited(h)
        found = [_institution_owner(a, h, index) for a in found if a.start not in sited]
        for a in found:
            if a.code not in seen:
                seen.add(a.code)
                out.append(a)
    return out


def _sited(head: Token) -> set[int]:
    """ "a tycoon's London home": the offsets of the places that only say where an owned thing
    is; its owner is the party, not the city's country."""
    if not any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return set()
    return {c.idx for c in head.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")}


# Title nouns that name an official of whatever institution their "of" chain names
_TITLES = frozenset(
    {"head", "chief", "deputy", "secretary", "spokesman", "spokeswoman", "spokesperson",
     "adviser", "advisor", "director", "chairman", "chairwoman", "chair", "representative"}
)  # fmt: skip
# Nouns of a state's institutions, through which a title's "of" chain reaches its country
# ("Deputy Head of the Office of the President of Ukraine")
_INSTITUTIONS = frozenset(
    {"office", "ministry", "council", "administration", "department", "committee", "service",
     "cabinet", "secretariat", "apparatus", "directorate", "agency", "government", "parliament",
     "presidency", "president", "chancellery", "mission", "embassy", "commission", "staff",
     "bureau", "headquarters", "security", "defense", "defence", "affairs"}
)  # fmt: skip


# Military units an armed role's "of" chain may pass through to its army
_UNITS = frozenset(
    {"brigade", "battalion", "regiment", "division", "unit", "corps", "company", "squadron",
     "staff", "command", "department", "directorate", "service"}
)  # fmt: skip


def _army_of(actor: Actor, head: Token, index: ActorIndex) -> Actor:
    """A countryless fighter whose "of" chain runs through units to a state's forces
    ("fighters of a numbered brigade of a state's armed forces" -> that army); else
    ``actor``."""
    tok = head
    for _ in range(3):
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        nxt = syntax.pobj(prep) if prep is not None else None
        if nxt is None:
            return actor
        army = next((a for a in index.actors_for(nxt) if a.country and a.sector == "MIL"), None)
        if army is not None:
            return army
        if nxt.lemma_.lower() not in _UNITS:
            return actor
        tok = nxt
    return actor


def _institution_owner(actor: Actor, head: Token, index: ActorIndex) -> Actor:
    """A countryless official whose title runs through a state's institutions to its country
    ("Deputy Head of the Office of the President of Ukraine" -> UKRGOV); else ``actor``."""
    if actor.country is None and actor.kind == "role" and actor.sector in ("UAF", "MIL"):
        return _army_of(actor, head, index)
    if actor.country is not None or actor.kind != "role" or actor.sector != "GOV":
        return actor
    tok = head
    for step in range(4):
        # "Minister for Foreign Affairs of Latvia": the first link may be "for"
        links = ("of", "for") if step == 0 else ("of",)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in links), None)
        nxt = syntax.pobj(prep) if prep is not None else None
        if nxt is None:
            return actor
        tok = nxt
        owner = next((a for a in index.actors_for(tok) if a.country), None)
        if owner is not None and owner.kind == "person" and owner.sector == "GOV":
            # the parser hung the holder's name on the chain ("... of Ukraine Dmytro Kuleba")
            return owner
        if owner is not None:
            code = f"{owner.country}GOV"
            return replace(actor, code=code, country=owner.country, via="title")
        if tok.lemma_.lower() not in _INSTITUTIONS:
            return actor
    return actor


def coordinated(head: Token) -> tuple[Token, ...]:
    """The conjuncts of ``head`` when an "and"/"or" joins them; a comma alone often sets a
    place's country or an apposition ("sent a message to Kigali, Rwanda")."""
    chain = (head, *head.conjuncts)
    return head.conjuncts if any(c.dep_ == "cc" for x in chain for c in x.children) else ()
