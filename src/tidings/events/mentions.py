"""Whether an event is reported as news or only named as background.

A story about fuel prices that says "while Russia's war on Ukraine goes on" codes the
invasion (PETRARCH and the gold sets code what a sentence says), but it reports no new
invasion: counted as news, every such aside adds to the conflict series of the day the story
ran. GDELT answers a similar need with ``IsRootEvent`` (by paragraph position); Tidings marks
the mention itself, so a trend can count ``background = false`` events while an analyst still
sees every mention.

Background is decided from the event's anchor, the word that carries its code:

- A war-like state named by a noun ("the war in", "Russia's invasion of", "the occupation",
  "sanctions") is background, unless the sentence reports it as happening: the noun heads a
  headline fragment or the clause, it is the subject of a verb of occurrence or harm ("began",
  "killed"), a date or "new"/"latest" ties it to an occasion, or a relative clause on it
  reports harm ("the offensive, which killed ...").
- An occasion named by a noun ("the attack on", "talks with") is news, unless it sits in a
  framing phrase of time or cause ("after the attack on", "in response to", "days into").
- A verb is news, unless it is in a "since" clause ("since Russia invaded Ukraine").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a lasting state: a possessive or definite mention names the ongoing condition.
_STATES = frozenset(
    {
        "war",
        "invasion",
        "occupation",
        "aggression",
        "conflict",
        "campaign",
        "blockade",
        "siege",
        "annexation",
        "crackdown",
        "insurgency",
        "sanction",
        "sanctions",
        "embargo",
        "fighting",
        "hostility",
        "hostilities",
        "operation",
        "offensive",
        "bombardment",
        "persecution",
        "repression",
    }
)
# Verbs whose subject the sentence reports as happening ("the offensive began", "the attack
# killed three", "the release came as ...").
_OCCURRENCE = frozenset(
    {
        "begin",
        "start",
        "erupt",
        "break",
        "happen",
        "occur",
        "come",
        "follow",
        "take",
        "resume",
        "escalate",
        "intensify",
        "kill",
        "wound",
        "injure",
        "hit",
        "destroy",
        "damage",
        "leave",
        "claim",
        "level",
        "flatten",
        "raze",
        "displace",
        "target",
    }
)
# Prepositions that frame an event as the time or cause of another ("after", "over", "days
# into", "because of"), and words that do the same through "to"/"of" ("in response to",
# "reacted to", "in the wake of", "due to", "as a result of").
_FRAMING_PREPOSITIONS = frozenset(
    {"after", "since", "following", "amid", "over", "before", "despite", "into", "for",
     "because", "due", "owing"}  # ("due to" the parser may read as one preposition)
)
_FRAMING_NOUNS = frozenset(
    {
        "response",
        "respond",
        "retaliation",
        "retaliate",
        "reaction",
        "react",
        "wake",
        "aftermath",
        "light",
        "view",
        "context",
        "face",
        "backdrop",
        "due",
        "owing",
        "thanks",
        "result",
        "consequence",
    }
)
_FRESH = frozenset({"new", "fresh", "latest", "renewed", "recent", "overnight"})


def background(anchor: Token) -> bool:
    """Whether the event anchored at ``anchor`` is background rather than news (module doc)."""
    if anchor.pos_ not in ("NOUN", "PROPN"):
        # "since Russia invaded"; a war waged "as" or "while" something else happens is the
        # state of things around it ("as Putin wages his war against Ukraine")
        marks = ("since", "as", "while") if anchor.lemma_.lower() == "wage" else ("since",)
        return anchor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in anchor.children
        )
    if _framed(anchor) or (anchor.dep_ in ("nsubj", "nsubjpass") and background(anchor.head)):
        return True  # ("since the Azerbaijani offensive began": its subject too)
    if anchor.lemma_.lower() not in _STATES and anchor.lower_ not in _STATES:
        return False
    return not _happening(anchor)


def _framed(noun: Token) -> bool:
    """The noun is the object of a framing preposition: "after the attack", "in response to
    the strike", "in the wake of the raid", "five days into the war"."""
    if noun.dep_ == "dobj" and noun.head.lower_ == "following":
        return True  # "following the strike on", parsed as a verb
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _FRAMING_PREPOSITIONS:
        return True
    return prep.lower_ in ("to", "of", "for") and prep.head.lemma_.lower() in _FRAMING_NOUNS


# Verbs that start or proclaim the state their object names: it happens now
_STARTING = frozenset({"begin", "start", "launch", "proclaim", "declare", "announce", "complete",
                       "formalize", "formalise", "finalize", "finalise"})


def _happening(noun: Token) -> bool:
    """The sentence reports the state as happening now: a headline or clause head, the subject
    of a verb of occurrence, a date or freshness word on it, or harm in a relative clause."""
    if noun.dep_ in ("ROOT", "attr") and not _framed(noun):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _OCCURRENCE:
        return True
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _STARTING:
        # "began the occupation of Kherson", "proclaims annexation"; not "since Russia began
        # its invasion", "by starting this war", "had launched a war": a start the news
        # runs from
        return not (background(verb) or verb.dep_ == "pcomp"
                    or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in _FRESH:
            return True
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("poss", "compound", "npadvmod"):
            return True
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            return True
        if c.dep_ == "relcl" and c.lemma_.lower() in _OCCURRENCE:
            return True
    return False
