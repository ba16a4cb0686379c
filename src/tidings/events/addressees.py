"""Addressees the actor dictionary does not know: a slot that names a person, a pronoun or a
body no actor resolves is filled, so the clause's other phrases (places, reasons) are not
the target ("thanked Karl Nehammer for his visit to Ukraine" thanks him, not Ukraine).

Split from ``targets.py`` (house style: modules under 400 lines), which reads these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nouns import role_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex

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
