"""The party judged for an act: "Russia condemned for attack on nuclear plant", "the EU
sanctioned Belarus for the crackdown", "Kyiv thanked Warsaw for the help". A verb of judging
(blame, praise, punishment) names in its "for" phrase what the party it judges did, so an
event noun there with no agent of its own is that party's act."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that judge, praise or punish a party for what it did
JUDGING = frozenset(
    {"condemn", "criticise", "criticize", "blame", "punish", "sanction", "fine", "censure",
     "denounce", "rebuke", "slam", "reprimand", "chastise", "fault", "praise", "thank",
     "commend", "hail", "applaud", "laud", "reward", "congratulate", "penalise", "penalize"}
)  # fmt: skip
# Entity types of a modifier that names the noun's own agent ("the Russian attack")
_NAMING = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def judged_party(noun: Token) -> Token | None:
    """The party a verb of judging judges for ``noun``, when the noun names no agent of its
    own: the verb's object, its passive subject, or the subject of a headline's reduced
    passive ("Russia condemned for attack": no object, so the subject is the one judged)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _NAMING)
        for c in noun.children
    ):
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.lemma_.lower() in JUDGING:
        return verb  # ("criticised Russia for the attack", the phrase hung on the object)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING:
        return None
    for dep in ("nsubjpass", "dobj"):
        party = next((c for c in verb.children if c.dep_ == dep), None)
        if party is not None:
            return party
    if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN"):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None
