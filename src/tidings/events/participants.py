"""Participants of a coded event: the source and target actors of a matched clause.

Head tokens come from tidings/events/syntax.py and clauses.py; actors from the actor index.
The rules here decide which heads count: the subject side must be able to act (an agentive
noun, a name, a pronoun), quantity phrases ("hundreds of troops") act through their "of"
object, and when the lexicon entry's target slot names no actor the target is looked for, in
order, in the slot's "of" phrase, the owner of the object, and the clause's other
prepositional objects, never the source itself.

The source side (subject heads, weapons and their users, hedges, the agentive test and the
heads-to-actors lookup ``actors``) is in agents.py, the place of an event in places.py; the
public names of agents.py are re-exported here, so importers are unchanged. Capital metonyms
struck by force (``struck_places``) stay here with the other filters on a target list.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.dictionary import ActorDictionary
from ..model import Actor
from . import clauses, syntax
from .agents import WEAPONS as WEAPONS
from .agents import actors as actors
from .agents import agentive as agentive
from .agents import hedged as hedged
from .agents import np_head as np_head
from .agents import of_objects as of_objects
from .agents import source_heads as source_heads
from .agents import subject_list as subject_list
from .places import event_place, located

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex

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
        and not _organisation(actor)
    )


def _organisation(actor: Actor) -> bool:
    """A named organisation without a country (an IGO, NGO, multinational armed group)."""
    return actor.code.lstrip("-").startswith(_ORGANISATION_PREFIXES)


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
    found = _targets(m, target_heads, sources, index=index, code=code, agentive=agentive)
    if code[:2] == "04":
        # "held a meeting of the Security Council of Ukraine", "met ambassadors in Ukraine":
        # a head of state or government meets others, never their own country
        # (the country all sources share: "Zelenskyy and Scholz, who will arrive in Ukraine")
        countries = [{a.country} for a in sources]
        own = set.intersection(*countries) if countries else set()
        found = [a for a in found if not (a.kind == "country" and a.code in own)]
    return found


def _targets(
    m: clauses.Match,
    target_heads: list[Token],
    sources: list[Actor],
    *,
    index: ActorIndex,
    code: str,
    agentive: Container[str] = frozenset(),
) -> list[Actor]:
    """``targets`` before the filters that apply to every way of finding them."""
    entry = m.entry
    avoid = {a.code for a in sources}
    own = {a.country for a in sources if a.country}
    acts = [h for h in target_heads if h.lemma_.lower() in _ACTS | _MEASURES]
    if code[:2] in _STANCE_ROOTS and acts and len(acts) == len(target_heads):
        # "condemned the attack on Ukraine", "supported the imposition of sanctions on
        # Russia": a stance on an act is taken towards who did it, never its victim
        return [a for a in actors(index, _act_agents(acts)) if a.code not in avoid]
    targets = actors(index, target_heads)
    related = [o for h in target_heads if _relation(h) for o in of_objects(h)]
    if related:
        # "thanked the partner countries of Ukraine": the partners, who are not named, not
        # Ukraine (and no fallback finds Ukraine again)
        targets = outside(targets, related)
        if not targets:
            return []
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
        # "warned the people of Moldova": the owner named in the slot's "of" phrase (not of a
        # relation: "thanked the partners of Ukraine" thanks the partners, not Ukraine)
        owned_by = [h for h in target_heads if not _relation(h)]
        targets = actors(index, [o for h in owned_by for o in of_objects(h)])
    if not targets and code in ("010", "043") and target_heads:
        # "addressed that summit with the President", "hosted a conference call about
        # Russia's war": the slot holds no addressee, and no other phrase is one
        return []
    if targets and not any(a.country or a.kind == "igo" or _organisation(a) for a in targets):
        # "a rebel-held district of Yemen": the place named in the "of" phrase is the target,
        # not the sector adjective of the head noun; a named armed group stays the target
        # ("an Islamist militia position north of Mosul" is not the city's)
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
        place = event_place(
            m.token, index, exclude=[*target_heads, *m.objects], avoid=avoid, own=target_heads
        )
        if place is not None:
            return [located(a, place) for a in targets]
        home = _home(sources)
        if home is not None:
            return [located(a, home) for a in targets]
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
    if _discussing(code, m.token):
        owned = []  # "discussed issues of Ukrainian-French cooperation": a topic, no party
    targets = [
        a
        for a in actors(index, owned)
        if not generic(a)  # a country's or an organisation's ("UN officials"), not a sector's
        and a.code not in avoid
        and not (a.code == a.country and a.country in own)
    ]
    home = _home(sources)
    if not targets and home is not None:
        # "police killed 26 militants": the sector they act on is of their own country
        targets = [located(a, home) for a in actors(index, owned) if generic(a)]
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


# Coercive measures: supporting or condemning them is a stance towards who imposes them.
_MEASURES = frozenset(
    {"sanction", "sanctions", "imposition", "embargo", "pressure", "isolation", "ban",
     "boycott", "restriction"}
)  # fmt: skip
# Disapproval (11), support and praise (05) and intents to support (03) of an act.
_STANCE_ROOTS = frozenset({"11", "05", "03"})


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
            elif c.dep_ == "acl":  # "the sanctions imposed by the EU"
                out.extend(syntax.agents(c))
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


_DEICTIC = frozenset({"this", "that", "these", "those", "it", "which", "what"})


def _unknown_person(head: Token, index: ActorIndex) -> bool:
    """A person's name, or a pronoun for a thing ("spoke to that"), that resolves to no
    actor: the slot is filled, so the clause's other phrases are not the target."""
    if index.actor_at(head.i) is not None:
        return False
    return head.ent_type_ == "PERSON" or (head.pos_ == "PRON" and head.lower_ in _DEICTIC)


def conditioned(tok: Token, marks: frozenset[str]) -> bool:
    """Is ``tok`` (or its governing clause) qualified by an if/unless clause?"""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in marks for m in c.children
            ):
                return True
    return False


# Nouns of a relation: their "of" phrase names the other side, not the addressee.
_RELATIONS = frozenset(
    {"partner", "ally", "friend", "neighbour", "neighbor", "enemy", "rival", "supporter",
     "sponsor", "donor", "creditor", "counterpart", "adversary", "opponent", "critic"}
)  # fmt: skip


def _where(o: Token, verb: Token) -> bool:
    """Whether ``o`` is, or is in the "of" phrase of, a place noun the verb's own preposition
    governs ("expressed support on the streets of Tbilisi"); a place deep inside the object
    ("an attack at a mall in Kenya's capital") still says whom the object was aimed at."""
    place = o.head.head if o.head.lower_ == "of" else o
    return (
        place.lemma_.lower() in _PLACE_NOUNS
        and place.dep_ == "pobj"
        and place.head.lower_ in _LOCATIVE
        and place.head.head.i == verb.i
    )


_LOCATIVE = frozenset({"in", "on", "at", "across", "throughout", "around", "near", "inside"})


def _relation(noun: Token) -> bool:
    """A noun of a relation ("partners", "partner countries", "allies")."""
    return noun.lemma_.lower() in _RELATIONS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _RELATIONS for c in noun.children
    )


# Nouns of a place inside a city or country ("the streets of Tbilisi").
_PLACE_NOUNS = frozenset(
    {"street", "square", "city", "town", "capital", "outskirt", "outskirts", "centre",
     "center", "heart", "suburb", "district", "region", "area", "part", "village"}
)  # fmt: skip
# Police and courts act within their own country.
_DOMESTIC_SECTORS = frozenset({"COP", "JUD"})


def _home(sources: list[Actor]) -> Actor | None:
    """The country of police or a court among ``sources``, as a place: whom they arrest, try
    or kill is of their country ("Indian police killed militants" -> INDUAF)."""
    for a in sources:
        if a.country and a.sector in _DOMESTIC_SECTORS:
            name = ActorDictionary.builtin().country_names.get(a.country, a.country)
            return Actor(text="", name=name, code=a.country, country=a.country)
    return None


# Cooperation, support and aid (CAMEO 03-07): their fallback party is never the one named
# after "against" (yielding keeps it: "ceased its attacks against Ukraine" yields to Ukraine).
_HELPING_ROOTS = frozenset({"03", "04", "05", "06", "07"})


# Verbs whose object is the topic of a consultation (CAMEO 04), and the prepositions that
# name the other party to it ("discussed the situation with", "exchanged views between").
_TOPIC_VERBS = frozenset({"discuss", "debate", "exchange", "review", "deliberate"})
_PARTNER_PREPS = frozenset({"with", "between", "to", "among", "alongside", "from"})


def _discussing(code: str, verb: Token) -> bool:
    """A consultation whose verb takes its topic as object ("discussed the crisis in X")."""
    return code[:2] == "04" and verb.lemma_.lower() in _TOPIC_VERBS


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
        if code[:2] < "09" and code != "042" and _where(o, tok):
            # "expressed their support on the streets of Tbilisi": the place of the act, not
            # a party to it (force and visits land on places; other acts do not)
            continue
        if _discussing(code, tok) and o.head.lower_ not in _PARTNER_PREPS:
            # "spoke ... to discuss the situation in Russia and Ukraine": what is discussed is
            # the topic; its place or owner is no party to the talks
            continue
        if code[:2] in _HELPING_ROOTS and o.head.lower_ == "against":
            # "took up arms to defend the capital against Russian forces": help for one
            # party is never aimed at whom it is against
            continue
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
