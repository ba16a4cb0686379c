"""Addressees: the parties a "call on" addresses, and those the actor dictionary does not
know: a slot that names a person, a pronoun or a body no actor resolves is filled, so the
clause's other phrases (places, reasons) are not the target ("thanked Karl Nehammer for his
visit to Ukraine" thanks him, not Ukraine), and the common nouns for a person that fill a
statement's slot the same way ("thanked the actress").

Split from ``targets.py`` and ``governors.py`` (house style: modules under 400 lines), which
read these.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from .fallbacks import ADDRESSED
from .nouns import role_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex
    from ..model import Actor

_DEICTIC = frozenset({"this", "that", "these", "those", "it", "which", "what"})
_PERSONAL = frozenset({"him", "her", "them", "us", "me", "you"})


def unknown_person(head: Token, index: ActorIndex) -> bool:
    """A person's name, or a pronoun for a thing ("spoke to that"), that resolves to no
    actor: the slot is filled, so the clause's other phrases are not the target."""
    if index.actor_at(head.i) is not None:
        return False
    return head.ent_type_ == "PERSON" or (head.pos_ == "PRON" and head.lower_ in _DEICTIC)


def unresolved_personal(head: Token, index: ActorIndex) -> bool:
    """ "congratulated them on their win over New Zealand": praises them, not New Zealand."""
    return head.lower_ in _PERSONAL and index.actor_at(head.i) is None


def unknown_body(head: Token, index: ActorIndex) -> bool:
    """An organisation's name the dictionary does not know ("hit back at the Haas team")."""
    if index.actor_at(head.i) is not None or head.lower_ in role_words():
        return False  # "Security Adviser to the President of ...": a title, not a body
    return head.ent_type_ == "ORG" or (
        head.pos_ == "NOUN"  # "the Haas team"; a capitalised title is no body's name
        and any(c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG") for c in head.children)
    )

def called_on(verb: Token) -> list[Token]:
    """The parties a "call on/upon" verb addresses ("called on Russia to withdraw", "called
    repeatedly on"), not a date ("call Zelenskyy on Thursday to brief him")."""
    # (a noun's also "to": "Ankara's appeal to Moscow to resume talks")
    preps = ("on", "upon", "to") if verb.pos_ == "NOUN" else ("on", "upon")
    if any(c.dep_ == "prt" and c.lower_ in preps for c in verb.children):
        # ("to call on international community to act": the parser may make "on" a particle
        # and the party the verb's object)
        # (or the party the object of the particle: "has called on foreigners not to join")
        return [c for c in verb.children if c.dep_ == "dobj"] or [
            o for c in verb.children if c.dep_ == "prt" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]
    return [
        o
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in preps
        and all(verb.doc[k].pos_ == "ADV" for k in range(verb.i + 1, c.i))
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
    ]


def unknown_addressee(heads: list[Token], index: ActorIndex, code: str,
                      agentive: Container[str]) -> bool:
    """Whether the slot names someone the dictionary does not know. "thanked Karl Nehammer
    for his visit to Ukraine": the named addressee is only not in the dictionary; the places
    in the clause are not the target. For a statement or praise, a person named by a common
    noun counts too ("thanked the actress for her visit to Ukraine" thanks her, not Ukraine)."""
    if any(unknown_person(h, index) for h in heads):
        return True
    # words and dealings aimed at a body are aimed at it; a visit to it, or force against a
    # building, lands where it stands ("visited a monastery in Kyiv")
    verbal = code[:2] < "14" and code not in ("042", "043")
    if verbal and any(unknown_body(h, index) for h in heads):
        return True
    spoken = code[:2] in ("01", "05") or code in ADDRESSED
    return spoken and any(_person_noun(h, index, agentive) or unresolved_personal(h, index)
                          for h in heads)


# Endings of nouns for people ("actress", "activist", "musician", "chairman", "negotiator",
# "interlocutor")
PERSON_ENDINGS = ("ess", "ist", "ian", "man", "woman", "ator", "utor", "eer", "ster")


def _person_noun(head: Token, index: ActorIndex, agentive: Container[str]) -> bool:
    """A common noun for a person or a body ("the actress", "the delegation") that names
    no known actor."""
    if head.pos_ != "NOUN" or index.actor_at(head.i) is not None:
        return False
    lemma = head.lemma_.lower()
    return lemma in agentive or lemma.endswith(PERSON_ENDINGS)


# Verbs of warning that name whom they address
_WARNING = frozenset({"warn", "tell", "caution"})


def warned_addressees(governor: Token | None, found: list[Actor], index: ActorIndex
                      ) -> list[Actor]:
    """ "Biden warned Putin that the US would impose sanctions if Russia invades": a threat
    is aimed at who sets its condition, and the warning's addressee of that party's own
    country names it more precisely (RUSGOV, not RUS). Empty when there is none."""
    if governor is None or governor.lemma_.lower() not in _WARNING or not found:
        return []
    told = [a for c in governor.children if c.dep_ in ("dobj", "dative")
            for a in index.actors_for(c)]
    countries = {a.country for a in found if a.country}
    return told if told and all(a.country in countries for a in told) else []
