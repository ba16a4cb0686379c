"""Clause fallbacks: the target of an event found among the clause's other phrases.

The last of the target rules in targets.py: when neither the lexicon entry's slot nor the
owner of the object names a target, PETRARCH-style coders take the clause's prepositional
objects, in the order phrases.phrase_targets gives them. The rules here keep out the phrases
that name no party to the act: the place of a verbal act, the topic of a consultation, and
whom help is given against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor
from ..repair import TIME_NOUNS
from . import syntax
from .agents import WEAPONS, actors
from .arguments import TOPIC_VERBS
from .phrases import phrase_targets
from .sectors import DOCUMENTS, WAR_NOUNS
from .stances import ACTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex

# Acts aimed only at whom the slot names: make a statement (010), consider (014), host (043:
# "the college hosts the Minnesota State skills centre" hosts no one from the US).
ADDRESSED = frozenset({"010", "014", "043"})
# Praise and disapproval (CAMEO 05, 11): "praised the summit in Berlin" judges the summit;
# appeals (02): "called for protests in Moscow", "PM, in Kyiv, urges justice" ask no place
_JUDGING_OR_ASKING = frozenset({"05", "11", "02"})

# Cooperation, support and aid (CAMEO 03-07): their fallback party is never the one named
# after "against" (yielding keeps it: "ceased its attacks against Ukraine" yields to Ukraine).
_HELPING_ROOTS = frozenset({"03", "04", "05", "06", "07"})


# The prepositions that name the other party to a consultation (CAMEO 04) whose verb takes
# its topic as object (arguments.TOPIC_VERBS: "discussed the situation with", "exchanged
# views between").
_PARTNER_PREPS = frozenset({"with", "between", "to", "among", "alongside", "from"})
# ... and those that name a partner of a verb of discussion ("discussed the crisis with"; one
# does not discuss "to" anyone: "discussed our answer to Moscow's troop moves" is the topic)
_DISCUSSED_WITH = frozenset({"with", "between", "among", "alongside"})
# Nouns whose "with" names the other side of the topic, not a partner in the talks
_WITH_TOPICS = frozenset(
    {"border", "frontier", "boundary", "conflict", "war", "confrontation", "dispute",
     "tension", "relation", "relationship", "tie"}
)  # fmt: skip

# Prepositions of what a consultation is about
_ABOUT = frozenset({"about", "regarding", "concerning"})
_TOPIC_PREPS = _ABOUT | {"on", "over"}

_LOCATIVE = frozenset({"in", "on", "at", "across", "throughout", "around", "near", "inside"})

# Nouns of a place inside a city or country ("the streets of Tbilisi").
_PLACE_NOUNS = frozenset(
    {"street", "square", "city", "town", "capital", "outskirt", "outskirts", "centre",
     "center", "heart", "suburb", "district", "region", "area", "part", "village"}
)  # fmt: skip


def discussing(code: str, verb: Token) -> bool:
    """A consultation whose verb takes its topic as object ("discussed the crisis in X")."""
    return code[:2] == "04" and verb.lemma_.lower() in TOPIC_VERBS


def fallback_targets(
    tok: Token,
    index: ActorIndex,
    *,
    exclude: list[Token],
    code: str,
    avoid: set[str],
    venues: bool = True,
) -> list[Actor]:
    """The target among the phrases of the clause of ``tok`` outside ``exclude``: for a threat
    the subject of its condition, else the first prepositional object that names a party to
    the act and an actor whose code is not in ``avoid`` (the sources). ``venues``: keep the
    place of a meeting out (False for a user's PETRARCH patterns, whose convention codes the
    venue as the other party: "met in Zurich" is a meeting with Switzerland)."""
    if code.startswith("13"):
        threatened = _threatened(tok, index, avoid=avoid)
        if threatened:
            return threatened
    alliance = any(c.startswith("IGO") for c in avoid)
    slot = {e.i for e in exclude if e.dep_ == "pobj" and e.head.lower_ == "with"}  # partners
    for o in phrase_targets(tok, exclude=exclude):
        if _no_party(o, tok, code=code) or (venues and _venue(o, tok, code=code, slot=slot)):
            continue
        if code[:2] in ("05", "12") and _document_content(o):
            continue  # "supported a resolution condemning X": not the supported one
        if venues and code[:2] == "04" and _in_topic_clause(o, tok):
            continue  # (a user's PETRARCH patterns reach into the object's clauses)
        if code == "150" and alliance and o.head.lower_ in ("in", "inside", "within"):
            # "NATO held exercises in Norway": an alliance's show of force in a member's
            # land is not aimed at its host (a state's drills in another's land may be)
            continue
        found = [a for a in actors(index, [o]) if a.code not in avoid]
        if code in ADDRESSED or code[:2] in _JUDGING_OR_ASKING:
            # its place is no addressee, nor what is praised, criticised or asked for there
            found = [a for a in found if a.via != "place"]
        if found:
            return found
    return []


def means_targets(verb: Token, index: ActorIndex, *, avoid: set[str]) -> list[Actor]:
    """ "punished Russia by imposing sanctions", "held Minsk accountable, including by
    freezing assets": an act done as the means of another, with no party of its own, is
    aimed at the direct object of the act it serves."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return []
    served = verb.head.head
    served = served.head if syntax.included(served) else served
    if served.pos_ not in ("VERB", "AUX"):
        return []
    # (the object itself must be the party: "restore Britain's reputation by fighting
    # poverty" aims at no one)
    objects = [c for c in served.children if c.dep_ == "dobj" and index.actor_at(c.i) is not None]
    return [a for a in actors(index, objects) if a.code not in avoid]


# A stretch of time (repair.TIME_NOUNS: "ten days into the invasion") into a war says when and
# not whom (talks a party walks out of are its target)
_WARS = WAR_NOUNS | {"conflict", "siege", "fighting", "crisis", "operation"}
# Gatherings that a consultation takes place at
_GATHERINGS = frozenset({"conference", "summit", "forum", "session", "congress", "assembly",
                         "meeting", "convention", "ceremony", "gathering", "rally"})


def _gathering_owner(o: Token, verb: Token) -> bool:
    """Whether ``o`` is the "of" owner of a gathering the verb took place "at" or "during",
    while the verb names a partner of its own ("with"/"to")."""
    gathering = o.head.head if o.head.lower_ == "of" else o
    at = gathering.head
    # (the parser may hang "at" on the partner: "with reporters at a conference")
    return (at.lower_ in ("at", "during") and verb.i in (at.head.i, at.head.head.head.i)
            and gathering.lemma_.lower() in _GATHERINGS
            and any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children))


def _threatened(tok: Token, index: ActorIndex, *, avoid: set[str]) -> list[Actor]:
    """Whom a threat (CAMEO 13) is aimed at: the subject of its if/unless condition ("warned
    of sanctions if Russia invades")."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in ("if", "unless", "should") for g in c.children
        ):
            found = [a for a in actors(index, syntax.subjects(c)) if a.code not in avoid]
            if found:
                return found
    return []


def _document_content(o: Token) -> bool:
    """Whether ``o`` is the object of a participle or relative clause of an instrument ("a
    resolution condemning Russia", "a bill that bans X"): what it says, not who backs it."""
    return o.dep_ == "dobj" and o.head.dep_ in ("acl", "relcl") and (
        o.head.head.lemma_.lower() in DOCUMENTS
    )


def _no_party(o: Token, tok: Token, *, code: str) -> bool:
    """Whether the prepositional object ``o`` of the clause of ``tok`` names no party to an
    act coded ``code``, whatever actor it names."""
    if code[:2] < "09" and code != "042" and _where(o, tok):
        # "expressed their support on the streets of Tbilisi": the place of the act, not
        # a party to it (force and visits land on places; other acts do not)
        return True
    if discussing(code, tok) and (
        not _discussed_with(o, tok)
        or o.head.head.lemma_.lower() in _WITH_TOPICS
        or (_in_object(o, tok) and o.ent_type_ in _LANDS)
    ):
        # "spoke ... to discuss the situation in Armenia and Azerbaijan", "discussed the state
        # of the border with Belarus": what is discussed is the topic; its place or owner is
        # no party to the talks
        return True
    if code[:2] == "04" and _gathering_owner(o, tok):
        # "spoke with reporters at a conference of Polish ambassadors": whose gathering it
        # was is where the talk happened, when the verb names its partner
        return True
    if code[:2] == "04" and _topic(o, tok):
        # "the spokesman talked to a reporter about the opposition leader's trial": whom talks
        # are about is their topic, not a party to them
        return True
    if any(a.lower_ == "into" and a.head.lemma_.lower() in TIME_NOUNS and any(
            w.dep_ == "pobj" and w.lemma_.lower() in _WARS for w in a.children)
            for a in o.ancestors):
        return True  # "a week into the war with X, ...": how long, not with whom
    if o.head.lower_ == "from" and o.head.head.lemma_.lower() in _DEPARTURES:
        return True  # "praised the evacuation from Herat": where people left, no party
    if code[:2] in ("18", "19", "20") and o.head.lower_ == "with" and _means(o):
        return True  # "shelled the villages with drones and mortars": the means, no foe
    if code[:2] in ("18", "19", "20") and _launched_from(o, tok):
        return True  # "fired missiles from Belarus", "will attack from Belarus": whence
    if code[:2] in ("18", "19", "20") and (
        (o.head.lower_ == "of" and o.head.head.lemma_.lower() in _HELP_NOUNS)
        or (o.head.lower_ == "with" and o.lemma_.lower() in _HELP_NOUNS)
    ):
        return True  # "attacked the village with the help of Belarusian troops": an ally
    if code[:2] == "14" and o.head.lower_ in ("over", "about") and o.pos_ == "NOUN" and (
            o.lemma_.lower() not in ACTS):
        return True  # "protest over Congolese immigrant beaten to death": a cause, no party
    if code[:2] in ("16", "17") and o.head.lower_ == "over":
        return True  # "minister sacked over Ukraine rhetoric": the reason, no party punished
    # "took up arms to defend the capital against Russian forces": help for one party is
    # never aimed at whom it is against
    return code[:2] in _HELPING_ROOTS and o.head.lower_ == "against"


# Nouns of the help an attacker has ("with the support of"): whose it is fights alongside
_HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "participation", "aid"})

# Entity types of a country or a place, which a topic may name ("engagements with Russia")
_LANDS = frozenset({"GPE", "NORP", "LOC"})


def _launched_from(o: Token, verb: Token) -> bool:
    """Whether ``o`` is the land an attack is launched from: "from" on the verb or its object,
    not a stretch of front ("shelled the line from one town to the next") nor a foe
    ("freed from the occupiers")."""
    prep = o.head
    return (
        prep.lower_ == "from"
        and (prep.head == verb or (prep.head.dep_ == "dobj" and prep.head.head == verb))
        and o.ent_type_ in _LANDS
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in (*o.children, *prep.children))
        and not any(c.dep_ == "prep" and c.lower_ == "to" and c.i > prep.i
                    for c in prep.head.children)
    )


def _discussed_with(o: Token, verb: Token) -> bool:
    """Whether a partner preposition of discussion leads from ``verb`` to ``o`` ("with X",
    "with Adviser to the Prime Minister X"); "our answer to Moscow's troop moves" has none."""
    for a in o.ancestors:
        if a.i == verb.i:
            return False
        if a.dep_ == "prep" and a.lower_ in _DISCUSSED_WITH:
            # "with respect to Iran", "with regard to": what is discussed
            return not any(c.lemma_.lower() in ("respect", "regard") for c in a.children)
    return False


def _in_object(o: Token, verb: Token) -> bool:
    """Whether ``o`` sits inside the direct object of ``verb``: a country there is the topic's
    ("discussed engagements with Russia"), while a person "with" whom it was discussed may
    hang on the object's last conjunct and is still the partner."""
    return any(a.dep_ == "dobj" and a.head.i == verb.i for a in o.ancestors)


# Nouns of leaving a place ("the evacuation from Herat", "the pullout from Mali")
_DEPARTURES = frozenset(
    {"evacuation", "withdrawal", "departure", "exit", "pullout", "pull-out", "exodus",
     "flight", "escape", "retreat", "drawdown", "expulsion"}
)  # fmt: skip


# Arms named as the means of force ("with artillery", "with drones and missiles"): the
# weapons of agents.py and the platforms that carry them
_ARMS = WEAPONS | {"aircraft", "aviation", "tank", "howitzer", "warplane", "jet", "helicopter",
                   "gun", "weapon", "mlrs"}


def _means(o: Token) -> bool:
    """Whether the object of "with" and its conjuncts are arms, the means of the act, with
    no owner of their own ("clashed with Ukrainian artillery" names the other side)."""
    return all(
        c.lemma_.lower() in _ARMS
        and not any(g.dep_ == "poss" or g.ent_type_ in ("NORP", "GPE") for g in c.children)
        for c in (o, *o.conjuncts)
    )


def _topic(o: Token, verb: Token) -> bool:
    """Whether ``o`` is what talks of ``verb`` are about: inside an "about" phrase anywhere
    on its way up to the verb ("talked to a reporter about the trial of X"), or the object
    of the verb's own "on"/"over" ("talks on Ukraine"; "on the phone with X" is no topic)."""
    if o.head.lower_ in _TOPIC_PREPS and o.head.head.i == verb.i:
        return True
    # "held a meeting on the situation in Syria": a place inside the "on"
    # phrase of the meeting noun (or of the verb, where a comma parts them: "held a meeting,
    # by video link, on the state of X"), when that phrase names a state of
    # affairs, is the topic's ("on the phone with X" still names X)
    meetings = {verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")}
    for a in o.ancestors:
        if a.i == verb.i or (a.dep_ == "prep" and a.lower_ in _PARTNER_PREPS):
            return False
        if a.dep_ == "prep" and a.lower_ in _ABOUT:
            return True
        if (
            a.dep_ == "prep"
            and a.lower_ in _TOPIC_PREPS
            and a.head.i in meetings
            and any(c.dep_ == "pobj" and c.lemma_.lower() in _AFFAIRS for c in a.children)
        ):
            return True
    return False


# Nouns of a state of affairs, which a meeting is held on ("the situation in X")
_AFFAIRS = frozenset(
    {"situation", "issue", "question", "matter", "problem", "state", "development",
     "progress", "recovery", "reconstruction", "preparation", "course", "support", "assistance",
     "aid", "security", "economy", "policy", "implementation", "strategy", "outcome", "agenda"}
)  # fmt: skip


# A meeting recoded by its governor: the intent (036), an appeal (026) or a demand (108) to
# meet, or a refusal to (125); "vowed to meet again in Brussels" is no intent towards Belgium
_MEETING_RECODED = frozenset({"036", "026", "108", "125"})


def _venue(o: Token, verb: Token, *, code: str, slot: set[int] | None = None) -> bool:
    """Whether ``o`` is a named place after a locative preposition of the consulting verb
    itself (CAMEO 04 but visits and hosting, and meetings recoded): "the leaders met today in
    Washington" is held there, with no one from there; or of the "with" partner phrase
    (``slot``: its heads): "met with the champions of the Games in Sochi" met no one from
    Russia."""
    return (
        ((code[:2] == "04" and code not in ("042", "043")) or code in _MEETING_RECODED)
        and o.ent_type_ in ("GPE", "LOC", "FAC")
        and o.head.lower_ in _LOCATIVE
        and (_of_meeting(o.head.head, verb) or any(a.i in (slot or ()) for a in o.ancestors))
    )


def _of_meeting(word: Token, verb: Token) -> bool:
    """Whether the locative's head ``word`` is ``verb`` or its meeting complement: "met in
    Washington", "refused to hold talks in Istanbul" (the verb's xcomp and that one's object,
    where the parser hangs the place on "talks"), "held a round of discussions in Vienna"."""
    for _ in range(5):
        if word.i == verb.i:
            return True
        if word.dep_ not in ("xcomp", "dobj") and "of" not in (word.lower_, word.head.lower_):
            return False
        word = word.head
    return False


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


def _in_topic_clause(o: Token, verb: Token) -> bool:
    """Whether ``o`` lies in a clause of its own inside a topic of the consulting ``verb``:
    "spoke about the possibility of creating a platform with the US" consulted no one in
    the US (the US is a partner of the creating, which may never happen)."""
    word = o.head
    for _ in range(8):
        if word.i == verb.i:
            return False
        if word.pos_ == "VERB" and word.dep_ in ("pcomp", "acl", "relcl", "xcomp", "ccomp") and (
                word.tag_ != "VBN"):  # ("welcomed memos sent by X": X's memos, no clause)
            return True
        word = word.head
    return False


# Goods whose maker or supplier a modifier names ("Western arms", "US-made Javelins"), and
# the stores and loads that hold them ("a depot of Western arms")
_GOODS = _ARMS | {"arm", "arms", "weapons", "equipment", "hardware", "supply", "supplies",
                  "delivery", "deliveries", "shipment", "aid"}
_STORES = _GOODS | {"depot", "warehouse", "convoy", "cargo", "consignment", "stockpile"}
_SUPPLYING = frozenset({"make", "supply", "build", "provide", "manufacture", "produce", "donate"})


def supplier(actor: Actor, slot: list[Token]) -> bool:
    """Whether ``actor`` is named only as the maker or supplier of the arms or goods a
    slot of nothing but goods holds: "(shelled) American howitzers", "(hit) a depot of
    Western arms", "(struck) British-supplied tanks"; not "the pilot of a Russian jet"."""
    if not slot or not all(h.lemma_.lower() in _STORES for h in slot):
        return False
    doc = slot[0].doc
    span = [t for t in doc if actor.start is not None and actor.end is not None
            and actor.start <= t.idx < actor.end]
    heads = [t for t in span if t.head not in span or t.head.i == t.i]
    if len(heads) != 1 or heads[0].dep_ not in ("amod", "compound", "npadvmod", "nmod"):
        return False
    up = heads[0].head
    if up.dep_ == "amod" and up.lemma_.lower() in _SUPPLYING:
        return True
    return up.lemma_.lower() in _GOODS or up.lower_ in _GOODS
