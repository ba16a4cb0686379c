"""Participants of a coded event: the source and target actors of a matched clause.

Head tokens come from tidings/events/syntax.py and clauses.py; actors from the actor index.
The rules here decide which heads count: the subject side must be able to act (an agentive
noun, a name, a pronoun), quantity phrases ("hundreds of troops") act through their "of"
object, and when the lexicon entry's target slot names no actor the target is looked for, in
order, in the slot's "of" phrase, the owner of the object, and the clause's other
prepositional objects, never the source itself.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor
from . import clauses, syntax
from .lexicon import VerbLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex

_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Verbal cooperation (CAMEO 01-05: statements, appeals, intents, consultations, diplomatic
# cooperation): here the press is the audience of the act ("told reporters", "spoke to the
# media"), not a party to it; PETRARCH does not code such statements as events.
_AUDIENCE_ROOTS = frozenset({"01", "02", "03", "04", "05"})
# Built-in roles and persons whose country the dictionary could not tell. PETRARCH "---GOV"
# agents (kind "null") are kept: a user's PETRARCH dictionaries code them on purpose, and
# PETRARCH emits their events.
_STATELESS_KINDS = frozenset({"role", "person"})


# Organisations without a country are specific actors even when named through a role
# ("NATO envoys": IGOWSTNAT), unlike bare sectors ("GOV", "---MIL").
_ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def generic(actor: Actor | None) -> bool:
    """A bare sector with no country ("officials", "the military", "the administration")."""
    return (
        actor is not None
        and actor.country is None
        and actor.kind in _STATELESS_KINDS
        and not actor.code.lstrip("-").startswith(_ORGANISATION_PREFIXES)
    )


def generic_only(source: Actor, target: Actor | None) -> bool:
    """An event whose participants are all countryless sectors says nothing about who acted
    towards whom; analysts filter such rows out anyway, so they are not emitted."""
    return generic(source) and (target is None or generic(target))


_NO_PARTY = frozenset(
    {"you", "yourself", "yourselves", "himself", "herself", "itself", "themselves", "myself"}
)


def to_interlocutor(code: str, heads: list[Token]) -> bool:
    """A verbal act addressed to "you" ("Thank you for your time", "I can tell you") or to
    oneself ("he can speak for himself"): in transcripts and interviews that is the
    interviewer, the audience or the speaker, not a second actor."""
    return code[:2] in _AUDIENCE_ROOTS and any(h.lower_ in _NO_PARTY for h in heads)


def specific(found: list[Actor]) -> list[Actor]:
    """Drop countryless sectors from a side that also names countries ("the foreign
    ministers of Ukraine and Russia" -> Ukraine, Russia, not also "---GOV")."""
    if all(generic(a) for a in found):
        return found
    return [a for a in found if not generic(a)]


def outside(found: list[Actor], phrases: list[Token]) -> list[Actor]:
    """The actors whose mention lies outside the given phrases."""
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in phrases]
    return [a for a in found if a.start is None or not any(lo <= a.start < hi for lo, hi in spans)]


def addressees(targets: list[Actor], *, code: str) -> list[Actor]:
    """The targets of a verbal act without the press audience ("told reporters")."""
    if code[:2] not in _AUDIENCE_ROOTS:
        return targets
    # "spoke to journalists in Kyiv" is still the audience, whatever country the press has
    return [a for a in targets if a.sector != "MED"]


# Force (CAMEO 18-20: assault, fight, mass violence) lands on a place: a capital named as its
# target is the city, in its country, not the government it stands for as a speaker ("shelled
# Kyiv", "the invasion of Kyiv": UKR, not UKRGOV), as Phoenix codes cities.
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def struck_places(targets: list[Actor], *, code: str) -> list[Actor]:
    """``targets`` with a capital metonym read as its country when the act is force; a visit
    (042) or hosting (043) without the countryless sectors."""
    if code in ("042", "043"):
        # "headed to the hospital", "visited a school": an errand, not a diplomatic visit
        return [a for a in targets if not generic(a)]
    if code[:2] not in _FORCE_ROOTS:
        return targets
    out: list[Actor] = []
    for a in targets:
        if a.via == "metonym" and a.kind == "country" and a.country:
            name = a.name.removesuffix(" government")
            a = replace(a, code=a.country, sector=None, name=name, via="place")
        if a not in out:
            out.append(a)
    return out


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
    entry = m.entry
    avoid = {a.code for a in sources}
    own = {a.country for a in sources if a.country}
    acts = [h for h in target_heads if h.lemma_.lower() in _ACTS]
    if code[:2] == "11" and acts and len(acts) == len(target_heads):
        # "condemned the attack on Ukraine": disapproval of an act is aimed at who did it
        return [a for a in actors(index, _act_agents(acts)) if a.code not in avoid]
    targets = actors(index, target_heads)
    if code in _ADDRESSED:
        # a plain statement's target is its addressee, named by the slot ("the Ukrainian
        # parliament", "the Ukrainian side"), not the owner of its topic ("addressed Chinese
        # military advancements", "will consider a Texas law"); an appraisal is aimed at its
        # topic's owner ("voiced gratitude for Japan's help")
        targets = [a for a in targets if any(_names(h, a, agentive) for h in target_heads)]
    if (
        targets
        and not entry.swap
        and all(a.code in avoid or (a.code == a.country and a.country in own) for a in targets)
        and all(index.actor_at(h.i) is None for h in target_heads)
    ):
        # "renewing his license", "pledged continued U.S. support": a possessive or a country
        # modifier that points back at the source is no target
        targets = []
    if not targets:
        # "warned the people of Moldova": the owner named in the slot's "of" phrase
        targets = actors(index, [o for h in target_heads for o in of_objects(h)])
    if not targets and code == "010" and target_heads:
        return []  # "addressed that summit with the President": the slot holds no addressee
    if targets and not any(a.country or a.kind == "igo" for a in targets):
        # "a rebel-held district of Yemen": the place named in the "of" phrase is the target,
        # not the sector adjective of the head noun
        owners = actors(index, [o for h in target_heads for o in of_objects(h)])
        targets = [a for a in owners if a.country] or targets
    if not targets and any(_unknown_person(h, index) for h in target_heads):
        # "thanked Karl Nehammer for his visit to Ukraine": the named addressee is only not in
        # the dictionary; the places in the clause are not the target
        return []
    if targets and all(generic(a) for a in targets) and not entry.noun:
        # "three villagers were killed in ... northern Syria": countryless victims or people
        # take the country where the event happened (SYRCVL), as the sector alone says
        # nothing of whom the event was aimed at
        place = _event_place(
            m.token, index, exclude=[*target_heads, *m.objects], avoid=avoid, own=target_heads
        )
        if place is not None:
            return [_located(a, place) for a in targets]
    if targets or entry.noun or (entry.symmetric and len(sources) > 1):
        # (a symmetric event of a compound subject is between its members: "Japan and Korea
        # will hold talks in Tokyo" is not a meeting with Tokyo)
        return targets
    # "expelled two Russian diplomats", "freed Palestinian prisoners": the object's owner; not
    # "withdrew its troops", where the pronoun makes them the source's own, and not a
    # sector-only actor ("military exercises" -> ---MIL), which describes the object
    owned = [
        o for o in m.objects if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
    ]
    targets = [
        a
        for a in actors(index, owned)
        if not generic(a)  # a country's or an organisation's ("UN officials"), not a sector's
        and a.code not in avoid
        and not (a.code == a.country and a.country in own)
    ]
    exclude = [*target_heads, *m.objects]
    # the scope may have moved to an embedded verb ("vowed to retaliate against NATO")
    for verb in (m.token, *(t for t in m.trigger[1:] if t.pos_ == "VERB")):
        if targets:
            break
        targets = fallback_targets(verb, index, exclude=exclude, code=code, avoid=avoid)
    return targets


# Nouns naming an act done to someone. Disapproving of such an act (CAMEO 11) is aimed at its
# agent, never at its victim: "condemned the killing of journalists in Mexico" criticises no
# journalist and not Mexico; "condemned Russia's invasion" and "the Russian attack" do name one.
_ACTS = frozenset(
    {
        "attack", "invasion", "killing", "murder", "assassination", "arrest", "detention",
        "bombing", "shelling", "strike", "airstrike", "raid", "offensive", "shooting",
        "execution", "crackdown", "occupation", "annexation", "incursion", "aggression",
        "abduction", "kidnapping", "massacre", "sentencing", "imprisonment", "jailing",
        "expulsion", "seizure", "blockade", "violence", "assault", "persecution", "torture",
        "deportation", "poisoning", "bombardment", "siege", "destruction", "looting",
    }
)


def _act_agents(acts: list[Token]) -> list[Token]:
    """Who did the acts: a possessor or modifier ("Russia's invasion", "the Russian attack")
    or the "by" agent ("the arrest of X by Russian police")."""
    out: list[Token] = []
    for h in acts:
        for c in h.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                out.append(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                out.extend(o for o in c.children if o.dep_ == "pobj")
    return out


# Acts aimed only at whom the slot names: make a statement (010), consider (014), host (043:
# "the college hosts the Minnesota State skills centre" hosts no one from the US).
_ADDRESSED = frozenset({"010", "014", "043"})


def covers(actor: Actor, head: Token) -> bool:
    """Whether ``actor``'s span covers the token ``head``."""
    return actor.start is not None and actor.end is not None and actor.start <= head.idx < actor.end


def _names(head: Token, actor: Actor, agentive: Container[str]) -> bool:
    """Whether the phrase headed by ``head`` names ``actor`` as itself: the actor's span
    covers the head, or the head is a noun standing for its modifier's actor."""
    return covers(actor, head) or head.lemma_.lower() in agentive or head.lower_ in agentive


def _event_place(
    verb: Token,
    index: ActorIndex,
    *,
    exclude: list[Token],
    avoid: set[str],
    own: Sequence[Token] = (),
) -> Actor | None:
    """The country of the first place phrase of the ``own`` target phrases ("rebel forces in
    the country's east"), else of the clause ("in Kharkiv", "in the north of Syria") outside
    the excluded phrases."""
    for head in own:
        found = _place_in(head.subtree, index, skip={head.i}, avoid=avoid)
        if found is not None:
            return found
    skip = {t.i for h in exclude for t in h.subtree}
    return _place_in(verb.subtree, index, skip=skip, avoid=avoid)


def _place_in(
    tokens: Iterable[Token], index: ActorIndex, *, skip: set[int], avoid: set[str]
) -> Actor | None:
    for tok in tokens:
        if (
            tok.i in skip
            or tok.dep_ != "pobj"
            or tok.head.lower_ not in _PLACE_PREPS
            or (tok.head.lower_ == "of" and tok.head.head.lower_ not in _DIRECTIONS)
        ):
            continue
        # "in the country's east": the country owning the direction
        owners = [c for c in tok.children if c.dep_ == "poss"] if tok.lower_ in _DIRECTIONS else []
        for a in actors(index, [tok, *owners]):
            if a.kind == "country" and a.sector is None and a.code not in avoid:
                return a
            if a.country and tok.ent_type_ == "GPE" and a.country not in avoid:
                # "from a school in northwestern Nigeria": the place is inside a role's
                # mention (NGAEDU); its country is the place's
                return Actor(text=tok.text, name=tok.text, code=a.country, country=a.country)
    return None


_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "of"})
_DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "centre",
        "center",
        "outskirts",
        "suburbs",
        "heart",
        "part",
        "region",
        "city",
    }
)


def _located(actor: Actor, place: Actor) -> Actor:
    """A countryless sector actor placed in ``place``'s country: ---CVL in Syria -> SYRCVL.
    The country, not a region code: where people were killed says which country they are
    likely of, not more (---CVL in the Gaza Strip -> PSECVL, not PSEGZACVL)."""
    sector = actor.sector or ""
    return Actor(
        text=actor.text,
        name=f"{place.name} {actor.name}",
        code=f"{place.country or place.code}{sector}",
        country=place.country,
        sector=actor.sector,
        kind=actor.kind,
        start=actor.start,
        end=actor.end,
        via="location",
    )


_DEICTIC = frozenset({"this", "that", "these", "those", "it", "which", "what"})


def _unknown_person(head: Token, index: ActorIndex) -> bool:
    """A person's name, or a pronoun for a thing ("spoke to that"), that resolves to no
    actor: the slot is filled, so the clause's other phrases are not the target."""
    if index.actor_at(head.i) is not None:
        return False
    return head.ent_type_ == "PERSON" or (head.pos_ == "PRON" and head.lower_ in _DEICTIC)


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
    if m.entry.noun:
        return syntax.noun_sources(tok)
    heads = syntax.subjects(governor if governor is not None else tok)
    if not heads and syntax.is_passive(tok):
        # "villagers were killed in Azerbaijani shelling / in a raid by army units":
        # the agent is the attack noun's "by" phrase, else its own modifier actor (not a
        # place's: "children held in a Syrian camp" are not held by Syria)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                o = syntax.pobj(c)
                if (
                    o is not None
                    and (o.lemma_.lower() in agent_nouns or o.lower_ in agent_nouns)
                    and _names_someone(o)
                ):
                    heads.extend(reversed(syntax.noun_sources(o)))
                    break
        if not heads and m.entry.code[:2] in _VIOLENT_ROOTS:
            # "a rocket was fired at the town from Lebanon": fire comes from its origin
            heads.extend(
                o
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for o in [syntax.pobj(c)]
                if o is not None
            )
    # "killed by a shell fired by separatist forces / launched from Gaza": a weapon's user is
    # who fired it, or where it came from; through a hedge ("a missile believed to be fired
    # by rebels") the user is a suspect, and the event is coded as reported (see hedged)
    heads.extend(
        u for h in list(heads) if h.lemma_.lower() in WEAPONS for u in _users(h, hedges)
    )
    return heads


def hedged(head: Token, hedges: Container[str]) -> bool:
    """Whether ``head`` is a weapon's user named only through a hedge: the "by" agent or
    "from" origin of a participle under "believed to be", "thought to have" ("a missile
    believed to be fired by rebels")."""
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
    hedge ("believed to be fired by")."""
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
    return any(
        (c.dep_ == "prep" and c.lower_ == "by")
        or (c.dep_ in _MODIFIERS and (c.ent_type_ in _NAMED or c.pos_ in ("PROPN", "PRON")))
        for c in noun.children
    )


_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})
_NAMED = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ers", "ors")


def agentive(head: Token, index: ActorIndex, lexicon: VerbLexicon) -> bool:
    """Can this subject head act? A common noun whose actor comes only from a modifier
    ("China's birthrate hit a low", "Chinese exports rose") cannot, unless it names people or
    a body ("the Russian side", "Iranian hardliners") or an attack or other event whose
    actor is the agent ("a Russian missile strike killed", "killed in Israeli shelling")."""
    if head.pos_ != "NOUN":
        return True
    if index.actor_at(head.i) is not None:
        return True
    lemma = head.lemma_.lower()
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
        found = index.actors_for(h)
        if not found:
            inner = np_head(h)
            if inner.i != h.i:
                found = index.actors_for(inner)
        for a in found:
            if a.code not in seen:
                seen.add(a.code)
                out.append(a)
    return out


def conditioned(tok: Token, marks: frozenset[str]) -> bool:
    """Is ``tok`` (or its governing clause) qualified by an if/unless clause?"""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in marks for m in c.children
            ):
                return True
    return False


def fallback_targets(
    tok: Token, index: ActorIndex, *, exclude: list[Token], code: str, avoid: set[str]
) -> list[Actor]:
    if code.startswith("13"):
        # "warned of sanctions if Russia invades": a threat is aimed at the conditional's subject
        for c in tok.children:
            if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children
            ):
                found = [a for a in actors(index, syntax.subjects(c)) if a.code not in avoid]
                if found:
                    return found
    for o in syntax.fallback_targets(tok, exclude=exclude):
        found = [a for a in actors(index, [o]) if a.code not in avoid]
        if code in _ADDRESSED:
            found = [a for a in found if a.via != "place"]  # its place is no addressee
        if found:
            return found
    return []


def pairs(
    sources: list[Actor], targets: list[Actor], *, symmetric: bool
) -> Iterator[tuple[Actor, Actor | None]]:
    if targets:
        for s in sources:
            for t in targets:
                if s.code != t.code:
                    yield s, t
                    if symmetric:
                        yield t, s
    elif symmetric and len(sources) > 1:
        # "the UK, Japan and Canada met": every ordered pair of participants
        for s in sources:
            for t in sources:
                if s.code != t.code:
                    yield s, t
    else:
        for s in sources:
            yield s, None
