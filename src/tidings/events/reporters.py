"""Reporters' participles: "X said Russia was preparing an attack, urging Moscow to change
course". The parser may hang the participle of saying on the reported clause; it belongs to
the verb of saying, whose subject acts and whose clause gives the modality. Read by
syntax.subjects (the participle's subject) and recoding (its modality). So does a message's
participle: "sent a message to X congratulating him" is the sender's congratulation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Participles of saying that a reporter adds after a comma ("..., urging Moscow to ...")
_REPORTERS_PARTICIPLES = frozenset(
    {"urge", "call", "warn", "add", "say", "note", "stress", "accuse", "insist", "demand",
     "ask", "appeal", "vow", "pledge", "threaten", "describe", "praise", "criticize",
     "criticise", "condemn", "promise", "reiterate", "emphasize", "emphasise", "underline"}
)  # fmt: skip
# (a court's or an inquiry's finding is reported as saying is: "ruled that X ..., accusing")
_REPORTING = frozenset(
    {"say", "tell", "warn", "claim", "state", "announce", "allege", "insist", "report",
     "declare", "confirm", "argue", "rule", "find", "conclude"}
)  # fmt: skip


def reporter_of(verb: Token) -> Token | None:
    """The verb of saying a reporter's participle ("..., urging Moscow to ...") belongs to
    when the parser hung it on the reported clause; None otherwise."""
    if verb.dep_ != "advcl" or not _reporters_participle(verb):
        return None
    return _reporting_verb(verb.head)


def _reporters_participle(verb: Token) -> bool:
    """A present participle of saying set off by a comma ("..., urging Moscow to ...")."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in _REPORTERS_PARTICIPLES
        and verb.i > 0
        and verb.doc[verb.i - 1].lower_ == ","
    )


def _reporting_verb(tok: Token) -> Token | None:
    """The verb of saying whose reported clause ``tok`` is in, climbing complements."""
    for _ in range(4):
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i:
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _REPORTING:
                return tok.head
            tok = tok.head
        else:
            return None
    return None


# Nouns of a message, whose participle ("a letter urging ...") is its author's act
_MESSAGES = frozenset(
    {"message", "letter", "statement", "telegram", "note", "cable", "greeting", "address",
     "declaration", "communique", "communiqué", "appeal", "video", "post", "tweet"}
)  # fmt: skip


def message_author(participle: Token) -> Token | None:
    """The author of the message a present participle hangs on ("sent Tokayev a message
    congratulating him", "a statement by the ministry condemning ..."): its possessor or "by"/
    "from" object, else the subject side of the verb that sent or issued it (the verb itself,
    for ``syntax.subjects`` to read); None for other nouns."""
    noun = participle.head
    if participle.tag_ != "VBG" or noun.lemma_.lower() not in _MESSAGES:
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None
