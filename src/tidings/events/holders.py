"""Who holds what a noun names: a plan or intent ("has no plans to invade") or a pretext
("used the incident as a pretext to attack"). The infinitive such a noun takes is the
holder's act: the one who plans, or who seeks, uses or is handed the pretext, does it.
``syntax`` turns the verbs returned here into subjects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a plan or intent, and verbs whose subject holds the plan they take as object
PLAN_NOUNS = frozenset({"plan", "intention", "intent", "ambition", "desire", "wish"})
_HOLDING = frozenset({"have", "make", "announce", "unveil", "reveal", "confirm", "deny",
                      "outline", "harbour", "harbor", "abandon", "drop", "shelve", "draw"})
# Nouns of a pretext, verbs whose subject would use one, and verbs that hand one over
PRETEXT_NOUNS = frozenset({"pretext", "excuse", "justification", "pretence", "pretense"})
_USING = frozenset({"use", "seek", "look", "search", "hunt", "find", "need", "want", "create",
                    "fabricate", "manufacture", "invent", "concoct", "engineer", "stage"})
_HANDING = frozenset({"provide", "give", "hand", "offer", "supply", "present"})


def plan_holder(noun: Token) -> Token | None:
    """The verb whose subject holds the plan or intention ``noun`` names, when the noun is
    that verb's object ("has no plans to", "announced plans to", "has no intention of"): the
    plan is its holder's, and so is the act planned. None otherwise ("welcomed plans to")."""
    if noun.lemma_.lower() in PLAN_NOUNS and noun.dep_ == "dobj" and (
            noun.head.lemma_.lower() in _HOLDING):
        return noun.head
    return None


def pretext_user(noun: Token) -> tuple[Token, bool] | None:
    """The verb a pretext ``noun`` is sought, made or used under ("seeking a pretext to",
    "used the drills as a pretext to", "looking for an excuse to") and whether it hands the
    pretext to its object ("provided Moscow with a pretext to invade": Moscow would act);
    None when the noun is no pretext or hangs on no such verb ("dismissed the pretext")."""
    if noun.lemma_.lower() not in PRETEXT_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("as", "for", "with"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _USING | _HANDING:
        return None
    return verb, lemma in _HANDING
