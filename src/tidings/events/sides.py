"""The two sides of one matched clause: who acts (the source side) and who is acted on (the
target side), as actors of the article's index and the tokens that name them.

Read by the event assembly (assembly.py, ``code_match``) after it folds the governing verb
into the clause; either side may drop the clause (no actor acts, or a statement names no
addressee).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actors.loader import capitals
from ..model import Actor
from . import participants, syntax
from .addressees import called_on, warned_addressees
from .governors import condition_subjects, coordinated_with_speech, obligation, said_threat
from .objects import CARRYING
from .owners import owned_places
from .sectors import DOCUMENTS, bare_war_noun, generic, going_on, only_where

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from ..actors import ActorIndex
    from .assembly import Clause
    from .lexicon import VerbLexicon


# A reflexive target is the source itself; same-actor events are dropped (coder.py).
_REFLEXIVES = frozenset(
    {"itself", "themselves", "himself", "herself", "ourselves", "oneself", "themself"}
)


@dataclass(frozen=True)
class SourceSide:
    """The source heads and actors of a clause, and the token whose clause gives the
    modality (the clause's own verb, or the speech verb whose second act it is)."""

    heads: list[Token]
    actors: list[Actor]
    modality_at: Token


@dataclass(frozen=True)
class TargetSide:
    """The target heads and actors of a clause, and whether the target is reflexive."""

    heads: list[Token]
    actors: list[Actor]
    reflexive: bool
    # "Russia and Ukraine accused each other": the members of a compound source act on
    # each other, whatever the verb
    reciprocal: bool = False


def source_side(c: Clause, *, index: ActorIndex, lexicon: VerbLexicon) -> SourceSide:
    """The source heads and actors, and the token whose clause gives the modality."""
    heads = _source_heads(c, lexicon)
    if not c.entry.swap and _said_threat(c, lexicon):
        # "he said Moscow would respond if ...": the party that would act threatens, through
        # whoever says so; the speaker only when that party names no one ("they would"); what
        # a party "would face" is the speaker's threat to it (``warned_side``)
        own = [participants.np_head(h) for h in syntax.subjects(c.tok)]
        if participants.specific(participants.actors(index, own)):
            heads = own
    sources = _acting_sources(c, heads, index=index, lexicon=lexicon)
    if not sources and _speakers_second_act(c, heads, index=index):
        return _speech_side(c, index=index, lexicon=lexicon)
    if sources and _turned_on_itself(c, sources, index=index):
        side = _speech_side(c, index=index, lexicon=lexicon)
        if side.actors:
            return side
    if not sources:
        for h in heads:
            found = (_issuers(h, verbal=c.entry.code[:2] in ("10", "11", "12"))
                     if h.lemma_.lower() in DOCUMENTS else None)
            if found is not None:
                # "signed an executive order banning imports": the order's act is its signer's,
                # as sure as the signing ("will sign an order banning ..." is future)
                issuers = participants.specific(participants.actors(index, found[1]))
                if issuers:
                    at = found[0] or c.verb
                    return SourceSide(heads=found[1], actors=issuers, modality_at=at)
        excluder = participants.excluder(c.verb)
        states = [
            a for a in participants.actors(index, [excluder] if excluder else [])
            # (the country by its name or its capital, not a city in it: "from Mariupol", and a
            # capital read as the place it is: "jailed in Moscow")
            if a.kind == "igo" or (a.kind == "country" and (
                (not a.sector and a.name.lower() in a.text.lower()) or a.via == "metonym"
                or (a.via == "place" and a.text.lower() in capitals())))
        ]
        if excluder is not None and states:
            # "Two Russian diplomats were expelled from Bulgaria": who expels is who they leave
            # (a state or a body of states; a party expelling a member is its own affair)
            return SourceSide(heads=[excluder], actors=states, modality_at=c.verb)
    return SourceSide(heads=heads, actors=sources, modality_at=c.verb)


def _said_threat(c: Clause, lexicon: VerbLexicon) -> bool:
    """Whether the clause is a coercive act a speaker says it would do on a condition
    (``governors.said_threat``), recoded as a threat."""
    return c.transform is not None and c.transform.name == "threaten" and said_threat(
        c.tok, lexicon
    )


# The verbs that enact an instrument (sectors.DOCUMENTS; a bill only introduced or drafted
# does nothing yet)
_ENACTING = frozenset({"sign", "issue", "adopt", "pass", "approve", "enact"})
# Backing an instrument that speaks ("supported a resolution condemning X") says it too
_BACKING = _ENACTING | {"support", "back", "endorse", "sponsor", "co-sponsor", "cosponsor"}


def _issuers(document: Token, *, verbal: bool) -> tuple[Token | None, list[Token]] | None:
    """Who enacted ``document``, and the verb whose clause says how surely: the subject of the
    verb it is the object of ("Putin signed a decree recognising ...", or for a ``verbal`` act
    backed it: "supported a resolution condemning ..."), the "by" agent of its
    participle ("the decree, signed by Putin, bans ..."), or the modifier actor of one that is
    the subject ("Russia's new law bans ..."). None when nothing names who."""
    head = document.head
    if document.dep_ == "dobj" and head.lemma_ in (_BACKING if verbal else _ENACTING):
        return head, syntax.subjects(head)
    for c in document.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _ENACTING:
            agents = [o for g in c.children if g.dep_ == "agent" for o in [syntax.pobj(g)]
                      if o is not None]
            if agents:
                return None, agents
    # (a resolution or bill voted on, co-sponsored or vetoed acts for no one yet)
    own = syntax.noun_sources(document) if document.dep_ == "nsubj" else []
    return (None, own) if own else None


def _turned_on_itself(c: Clause, sources: list[Actor], *, index: ActorIndex) -> bool:
    """A conjunct the parser hung on a reported clause whose subject would then act on its
    own country: "the court ruled that Russia had failed ... and ordered Moscow to pay" is
    the court's order, not Russia's to itself."""
    if c.governor is not None or not coordinated_with_speech(c.tok):
        return False
    countries = {a.country for a in sources if a.country}
    targets = participants.actors(index, list(c.m.targets))
    return bool(countries) and any(t.country in countries for t in targets)


def _source_heads(c: Clause, lexicon: VerbLexicon) -> list[Token]:
    """The noun heads of the clause's subjects, an appositive list's members included."""
    return [
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


# Roots of acts no event or weapon does: said ones (statements, appeals, intents, meetings,
# demands, disapproval, rejections, threats) and cooperation, aid, yielding, investigation
# ("the Russian attack may change the course of the war" is no policy change of Russia's)
_NOT_BY_EVENTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
                            "12", "13"})


def _acting_sources(
    c: Clause, heads: list[Token], *, index: ActorIndex, lexicon: VerbLexicon
) -> list[Actor]:
    """The specific actors named by the source heads that can act."""
    verbal = c.code[:2] in _NOT_BY_EVENTS
    # (with source and target swapped the subject is the patient: "Ukrainian positions came
    # under fire" names Ukraine through a modifier, as a target may)
    acting = heads if c.entry.noun or c.entry.swap else [
        h for h in heads if participants.agentive(h, index, lexicon, verbal=verbal)]
    found = participants.actors(index, acting)
    sources = participants.specific(found)
    sectors = {(a.sector or "")[:3] for a in sources}
    if c.entry.symmetric and "" not in sectors:  # "police and protesters clashed": each side
        sources += [a for a in found if generic(a) and (a.sector or "")[:3] not in sectors]
    # "the Kabul attack killed ...", "the Bucha massacre": a place that only says where is no
    # one who acts
    sources = [a for a in sources if (c.entry.swap or not only_where(a, c.code, noun=c.entry.noun))
               and (a.via != "place" or any(participants.covers(a, h) for h in acting))]
    if c.tok.lemma_ in _PROCLAIMING and c.code[:2] in ("18", "19", "20"):
        # "state TV announced the operation": a broadcaster announcing force reports it
        sources = [a for a in sources if not a.code.endswith("MED")]
    if c.entry.noun:
        # "a meeting with the presidents of France and Italy": the noun's partners are its
        # targets, never its source; nor is a phrase coordinated with the noun. The parties
        # "between X and Y" of a mutual act are both, one pair each way (of a mediation, the
        # targets only).
        between = {o.i for o in syntax.between_objects(c.tok)} if c.entry.symmetric else set()
        sources = participants.outside(
            sources,
            [
                *(t for t in c.m.targets if t.i not in between),
                *(t for t in c.tok.children if t.dep_ == "conj"),
            ],
        )
        verb = _undertaker(c)
        if not sources and verb is not None:
            # "Russia is preparing an invasion of Ukraine": an event noun naming no actor is
            # the act of whoever plans, starts or carries it out; "said during a call with
            # Putin": a consultation the clause is set in is its subject's
            subjects = participants.subject_list(syntax.subjects(verb))
            heads = [participants.np_head(h) for h in subjects]
            sources = participants.specific(participants.actors(index, heads))
            if verb.lemma_ in _PROCLAIMING:
                sources = [a for a in sources if not a.code.endswith("MED")]  # (as above)
    return sources


def _undertaker(c: Clause) -> Token | None:
    """The verb whose subject does the event noun of ``c``: one that plans, starts or carries
    out its object, or any verb a consultation noun is the occasion of ("during a call with")."""
    noun, head = c.tok, c.tok.head
    if noun.dep_ == "dobj" and head.lemma_ in _UNDERTAKING:
        return head
    if c.code[:2] != "04" or noun.dep_ != "pobj" or head.lower_ not in _OCCASIONS:
        return None
    holder = head.head  # (the parser may hang the phrase on the verb's object)
    holder = holder.head if holder.dep_ == "dobj" else holder
    return holder if holder.pos_ in ("VERB", "AUX") else None


_OCCASIONS = frozenset({"during", "in", "at", "after", "on", "following"})


# Verbs that plan, start or carry out the event their object noun names: those carrying it
# out (objects.CARRYING) and those planning, waging or proclaiming it
_UNDERTAKING = CARRYING | frozenset(
    {"plan", "prepare", "propose", "draft", "mull", "weigh", "mount", "stage", "wage", "commit",
     "escalate", "intensify", "renew", "pursue", "unleash", "impose", "introduce", "adopt",
     "enact", "declare", "proclaim", "conclude", "perform", "undertake"}
)  # fmt: skip
_PROCLAIMING = frozenset({"announce", "declare", "proclaim"})


def _speakers_second_act(c: Clause, heads: list[Token], *, index: ActorIndex) -> bool:
    """Whether a clause with no acting source is a speaker's second act, hung by the parser
    on the clause the speaker reports (see ``_speech_side``)."""
    return (
        c.governor is None
        and coordinated_with_speech(c.tok)
        # "Russian shells killed a man and hit houses, the governor said": the conjunct
        # shares a subject that names an actor, even one that cannot act itself; "they take
        # to the streets and support Ukraine": a person it does not name, not the speaker
        and not participants.actors(index, heads)
        and not any(h.lower_ in ("they", "he", "she") for h in heads)
    )


def _speech_side(c: Clause, *, index: ActorIndex, lexicon: VerbLexicon) -> SourceSide:
    """The source side of a speaker's second act, taken from the speech verb."""
    # "Russia said the talks had failed and blamed Ukraine": the parser hangs "blamed" on
    # "failed"; with no actor in that clause it is the speaker's second act, and stands
    # as the speech verb does
    speech = c.tok.head.head
    heads = syntax.subjects(speech)
    agents = [h for h in heads if participants.agentive(h, index, lexicon)]
    return SourceSide(
        heads=heads,
        actors=participants.specific(participants.actors(index, agents)),
        modality_at=speech,
    )


def target_side(
    c: Clause,
    sources: list[Actor],
    *,
    index: ActorIndex,
    needs_target: bool,
    lexicon: VerbLexicon,
) -> TargetSide | None:
    """The target heads, the target actors and whether the target is reflexive; None when
    the clause is no event for want of a proper target."""
    target_heads = list(c.m.targets) or (owned_places(c.tok) if c.entry.noun else [])
    # "Iraq had attacked themselves": aimed at the source, a same-actor event; only a report
    # of it ("the US said ...") is coded
    reflexive = any(h.lower_ in _REFLEXIVES for h in target_heads)
    target_heads = _urged(c) or target_heads
    excluder = participants.excluder(c.verb)
    if excluder is not None and excluder in target_heads:
        # "diplomats were expelled from Bulgaria": the excluder acts on the passive's subject
        target_heads = [h for h in c.verb.children if h.dep_ == "nsubjpass"]
    if _said_threat(c, lexicon) or (c.code[:2] == "13" and not target_heads):
        # "warned of consequences if Russia invades": who sets the condition is threatened
        target_heads = condition_subjects(c.tok, lexicon) or target_heads
    found = participants.specific(
        participants.targets(
            c.m, target_heads, sources, index=index, code=c.code, agentive=lexicon.agentive
        )
    )
    found = warned_addressees(c.governor, found, index) or found  # ("warned Putin ... if Russia")
    targets = participants.struck_places(participants.addressees(found, code=c.code), code=c.code)
    # "X and Y discussed ...": each other; not when the slot names someone it filtered out
    # ("X and Y will talk to the media": a statement to the press, no consultation)
    reciprocal = len(sources) > 1 and (
        any(_reciprocal(h) for h in target_heads) or _mutual(c.m.objects)
    )
    # ("Russia and China fight Covid outbreaks", "fought against terrorism": a thing in the
    # slot is what they fight together, not each other; a war or a battle fought is fought
    # with each other)
    thing = any(h.pos_ == "NOUN" and not index.actors_for(h)
                and h.lemma_.lower() not in _CONTESTS for h in target_heads)
    mutual = c.entry.symmetric and len(sources) > 1 and not (found and not targets) \
        and not thing
    if not (mutual or reciprocal) and _lacks_target(
        c, target_heads, found, targets, needs_target=needs_target
    ):
        return None
    return TargetSide(heads=target_heads, actors=targets, reflexive=reflexive,
                      reciprocal=reciprocal)


# Objects that are themselves the contest the parties wage with each other
_CONTESTS = frozenset({"war", "battle", "fight", "duel", "conflict", "skirmish", "clash",
                       "match", "game", "race", "contest", "election", "campaign"})


def _mutual(objects: Iterable[Token]) -> bool:
    """ "Two states expressed their mutual trust": an object said to be mutual is each
    party's towards the other, and so is one coordinated with it ("mutual trust and
    sympathy")."""
    heads = [h for o in objects for h in ((o, o.head) if o.dep_ == "conj" else (o,))]
    return any(c.dep_ == "amod" and c.lower_ in ("mutual", "reciprocal")
               for o in heads for c in o.children)


def _reciprocal(head: Token) -> bool:
    """Whether a target head is "each other", "one another" or what belongs to them
    ("each other's positions")."""
    words = {ch.lower_ for ch in head.children}
    if (head.lower_ == "other" and "each" in words) or (
        head.lower_ == "one" and "another" in words
    ):
        return True
    return any(ch.dep_ == "poss" and _reciprocal(ch) for ch in head.children)


def _urged(c: Clause) -> list[Token]:
    """The party a governor of object control addresses; empty when there is none."""
    if c.governor is None or c.transform is None or not c.transform.object_control:
        return []
    # "urged Russia to withdraw": the appeal is addressed to the urged party; a duty stated
    # to someone ("told reporters that Russia must withdraw") to the party it is laid on
    urged = [] if obligation(c.verb) else [
        t for t in c.governor.children if t.dep_ in ("dobj", "dative", "nsubjpass")]
    urged = urged or called_on(c.governor)
    return urged or [t for t in c.verb.children if t.dep_ == "nsubj"]


def _lacks_target(
    c: Clause,
    target_heads: list[Token],
    found: list[Actor],
    targets: list[Actor],
    *,
    needs_target: bool,
) -> bool:
    """Whether the clause is no event for want of a proper target."""
    if found and not targets:
        return True  # "told reporters", "spoke to the media": a statement to the press
    if not targets and participants.to_interlocutor(c.code, [*target_heads, *c.m.objects]):
        return True
    # statements need an addressee; a bare event noun ("the attack") is vague, unless it is
    # force by a named side said to go on ("Russian attacks continued overnight")
    # (a war noun waits for the article's war to name its victim: adversaries.py)
    vague = c.entry.noun and not (c.code[:2] in ("18", "19", "20") and going_on(c.tok))
    vague = vague and not (c.code[:2] in ("19", "20") and bare_war_noun(c.tok))
    return (c.entry.require_target or vague or needs_target) and not targets


def warned_side(c: Clause, *, index: ActorIndex) -> TargetSide | None:
    """ "warned that Moscow would face sanctions / pay a heavy price": under a threat, the
    party that would face or pay for the consequence is the one threatened, and the warner
    threatens it (the entry's swap, which makes the sanctioner of "Russia faces sanctions from
    the US" its source, does not apply). None when the clause is no such threat."""
    if not (c.entry.swap and c.transform is not None and c.transform.name == "threaten"):
        return None
    if any(o.lemma_.lower() == "price" and o.tag_ == "NNS" for o in c.m.objects):
        return None  # "warned that consumers would pay higher prices": a cost, no threat
    heads = [participants.np_head(h) for h in participants.subject_list(syntax.subjects(c.tok))]
    return TargetSide(
        heads=heads,
        actors=participants.specific(participants.actors(index, heads)),
        reflexive=False,
    )
