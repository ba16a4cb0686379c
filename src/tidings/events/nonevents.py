"""Matched phrases known not to be events, whatever governs them.

A lexicon entry can say that a phrase is no event (PETRARCH's "---" patterns, our
``nonevents``); some senses are told apart only by the parse around the trigger: forces
"surrounding" a country stand there, travellers "entering" one invade nothing, and a state
"calling" someone a name makes no phone call. Read by ``assembly.code_match`` before any
participant is looked for.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from . import participants
from .nouns import predicate_adjective

if TYPE_CHECKING:
    from spacy.tokens import Token

    from . import clauses


def no_event(m: clauses.Match, event_nouns: Collection[str] = frozenset()) -> bool:
    """Whether the matched phrase is known not to be an event, whatever governs it.
    ``event_nouns``: the lexicon's nominal triggers ("attack", "bombing")."""
    tok, entry = m.token, m.entry
    if not entry.code and not entry.reverse_code:
        return True  # a PETRARCH "---" pattern: the phrase is known not to be an event
    if entry.code[:2] < "09" and _scare_quoted(tok):
        return True  # Russia "congratulated" Ukraine with a missile strike: irony, no praise
    if _participle_adjective(tok):
        return True  # "helping wounded civilians": who was wounded, not who wounds
    if entry.code[:2] == "13" and tok.lemma_ == "warn" and any(
            t.lemma_.lower() in _ODDS or t.head.lemma_.lower() in _ODDS for t in m.trigger):
        return True  # "warns danger of conflict is growing": a danger, no threat
    if entry.code[:2] in ("18", "19", "20") or entry.code == "087":
        nouns = [tok] if tok.pos_ == "NOUN" else [*m.objects, *m.targets]
        if any(_figurative_war(n) for n in nouns):
            return True  # "the trade war between China and the US", "a war of words"
    if entry.code.startswith("191") and tok.dep_ == "acl" and tok.tag_ == "VBG":
        return True  # "forces surrounding Ukraine": where the forces stand, not a blockade
    if entry.code.startswith("19") and tok.lemma_ == "enter" and any(
        (c.dep_ == "dobj" and c.ent_type_ == "ORG")  # "Turkey entering the EU" joins a body
        or (c.dep_ == "nsubj" and participants.np_head(c).lemma_.lower() in _TRAVELLERS)
        for c in tok.children
    ):
        return True  # and "Swiss citizens entered Britain" is a journey: no invasion
    # "called the operation U-24", "calls the images 'very disturbing'": naming, not a call;
    # unless an entry reads the name as the accusation it is ("called Putin a dictator", 111)
    if tok.lemma_ == "call" and any(
        t.dep_ == "pobj" and t.head.lower_ in ("on", "upon") and t.head.head != tok
        for t in m.targets
    ):
        return True  # "called the attacks on Kharkiv ...": an attack's "on", no appeal
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    released = objects or [c for c in tok.children if c.dep_ == "nsubjpass"] or (
        [tok.head] if tok.dep_ == "acl" else [])
    if entry.code.startswith("084") and any(o.lemma_.lower() in _WORKS for o in released):
        return True  # "released the Queen's music", "music released by X": a work, no captive
    if entry.code in ("042", "043") and _people_travelling(tok):
        return True  # "Ukrainians who arrived in Portugal": a people on the move, no visit
    if entry.code.startswith("04") and tok.lemma_ == "meet" and any(
            o.lemma_.lower() in _STANDARDS for o in objects):
        return True  # "will meet the legal definition of a war criminal": no meeting
    if tok.lemma_ == "strike" and objects and any(
            c.dep_ in ("acomp", "oprd") or (c.dep_ == "advcl" and c.tag_ in ("JJ", "JJR"))
            for c in tok.children):
        return True  # "Putin struck Macron as different": an impression, no blow
    if entry.code == "041" and tok.lemma_ == "call" and any(
            o.lemma_.lower() in _CALLED for o in objects):
        return True  # "call a referendum", "called a halt": no phone call
    if entry.code == "052" and tok.lemma_ == "defend" and any(
            o.lemma_.lower() in _ARMED_THREATS for p in tok.children
            if p.dep_ == "prep" and p.lower_ in ("from", "against") for o in p.children):
        return True  # "defended Ukraine from the invaders": arms, no words in its defence
    if entry.code.startswith("143") and any(_struck_on(o) for o in objects):
        return True  # "called the strike on Kremenchuk ...": an air strike, no walkout
    named = [c for c in tok.children
             if c.dep_ in ("oprd", "acomp") or (c.dep_ == "advcl" and c.tag_ == "JJ")]
    named += [a for c in objects if (a := predicate_adjective(c)) is not None]
    return tok.lemma_ == "call" and (
        any(c not in m.objects for c in named)
        or len(objects) > 1
        or any(c.lower_ == "home" for c in tok.children)  # "companies that call Singapore home"
        or any(_demonstrative(c) or _named_as(c) for c in objects)
        # "called the Syrian bombing of Aleppo ...": no one phones an act
        or (m.entry.code == "041" and any(c.lemma_.lower() in event_nouns for c in objects))
    )


# People who cross a border as travellers, whatever their country
_TRAVELLERS = frozenset(
    {"citizen", "national", "tourist", "traveller", "traveler", "visitor", "migrant",
     "refugee", "student", "passenger", "worker", "resident", "foreigner", "pilgrim"}
)  # fmt: skip
_DEMONSTRATIVES = frozenset({"it", "this", "that", "these", "those"})


_OPENING = frozenset({'"', "'", "\u201c", "\u2018", "``", "`"})
_CLOSING = frozenset({'"', "'", "\u201d", "\u2019", "''"})


# Works and records published, not persons or property handed back ("released a video")
_WORKS = frozenset(
    {"music", "song", "album", "single", "film", "movie", "video", "footage", "report",
     "statement", "data", "figure", "book", "trailer", "image", "photo", "photograph",
     "recording", "document", "detail", "guidance", "result", "transcript", "record", "app",
     "percentage", "number", "statistic", "estimate", "list", "poll", "survey", "plan",
     "proposal", "text", "letter", "memo", "update", "summary", "readout", "analysis",
     "assessment", "map", "version", "budget", "guideline", "rule", "timeline", "schedule"}
)  # fmt: skip
def _people_travelling(verb: Token) -> bool:
    """Whether the subject of a verb of travel is a people named by its plural ("Ukrainians",
    "thousands of Afghans"), or the noun a relative clause of travel hangs on."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.tag_ == "WP" for c in subjects):
        subjects = [verb.head]
    # ("the Americans will visit Moscow for talks": a side, named as such)
    return any(p.tag_ in ("NNS", "NNPS") and p.ent_type_ == "NORP"
               and not any(d.dep_ == "det" and d.lower_ == "the" for d in p.children)
               for s in subjects for p in (s, participants.np_head(s)))


# What is met without a meeting: a standard, a demand, a fate
_STANDARDS = frozenset(
    {"definition", "criterion", "criteria", "standard", "requirement", "target", "goal",
     "demand", "deadline", "need", "obligation", "expectation", "threshold", "condition",
     "test", "benchmark", "quota", "cost", "payment", "challenge", "fate", "end", "death",
     "approval", "resistance", "opposition", "criticism", "condemnation"}
)  # fmt: skip
# What a country is defended from by arms ("defended Ukraine from the invaders")
_ARMED_THREATS = frozenset(
    {"invader", "occupier", "aggressor", "aggression", "attack", "invasion", "enemy",
     "troop", "force", "army", "missile", "rocket", "drone", "strike", "shelling", "bombing",
     "assault", "offensive", "incursion", "raid", "terrorist"}
)  # fmt: skip
# Nouns of what may happen: warning of "the risk of war" threatens no one
_ODDS = frozenset({"risk", "danger", "possibility", "prospect", "chance", "likelihood",
                   "spectre", "specter", "threat"})
# What is called without a phone: votes, meetings, halts
_CALLED = frozenset(
    {"referendum", "election", "vote", "poll", "plebiscite", "strike", "halt", "ceasefire",
     "truce", "meeting", "summit", "session", "conference", "recess", "break", "moratorium",
     "pause", "boycott", "protest", "rally", "inquiry", "debate"}
)  # fmt: skip
# Modifiers that make a war, battle or fight another thing than force
_FIGURES = frozenset(
    {"trade", "economic", "information", "hybrid", "propaganda", "media", "sanction",
     "sanctions", "price", "currency", "tariff", "cold", "gas", "energy", "financial",
     "psychological", "political", "legal", "diplomatic", "culture", "cultural", "word", "phoney",
     "phony", "turf", "bidding", "ratings", "tax", "pr", "court", "custody", "budget", "fare"}
)  # fmt: skip
_FIGHT_NOUNS = frozenset({"war", "warfare", "battle", "fight", "skirmish", "clash", "conflict"})


def _figurative_war(noun: Token) -> bool:
    """A war of trade, prices or words, a legal or a phoney war: no force."""
    return noun.lemma_.lower() in _FIGHT_NOUNS and any(
        (c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _FIGURES)
        or (c.dep_ == "prep" and c.lower_ == "of"
            and any(o.lemma_.lower() in ("word", "nerve") and o.dep_ == "pobj"
                    for o in c.children) and c.i == noun.i + 1)
        for c in noun.children)


def _participle_adjective(tok: Token) -> bool:
    """A past participle right after a verb, with the noun after it as its "object" and no
    auxiliary: the parser's verb reading of an adjective ("helped wounded civilians")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    return (tok.dep_ in ("xcomp", "advcl", "ccomp") and before.pos_ == "VERB"
            and ((tok.tag_ == "VBN" and before.tag_ != "VBN")  # (and "to return occupied X")
                 or (tok.tag_ == "VBD" and before.tag_ in ("VB", "VBG")))
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
            and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children))


def _scare_quoted(tok: Token) -> bool:
    """A verb alone inside quotation marks: the writer quotes the word, not the act."""
    doc = tok.doc
    return (0 < tok.i < len(doc) - 1 and tok.pos_ in ("VERB", "AUX")
            and doc[tok.i - 1].text in _OPENING and doc[tok.i + 1].text in _CLOSING)


def _struck_on(noun: Token) -> bool:
    """A strike "on" a place or a party, not on a day: an attack, never a walkout."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in noun.children)


def _named_as(obj: Token) -> bool:
    """ "called the senator a 'maverick'": an indefinite noun set beside the object names it."""
    return any(g.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in g.children)
               for g in obj.children)


def _demonstrative(obj: Token) -> bool:
    """ "calling it a bluff", "called these reports garbage": no one phones "it" or "these
    reports"; the name that follows may be lost to the parser, the naming is not."""
    if obj.lower_ in _DEMONSTRATIVES:
        return True
    # "called that Russian leader" is a call: a country's person or body can take one
    return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in obj.children) and not any(
        c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for c in obj.subtree
    )
