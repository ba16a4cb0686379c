"""Purpose clauses that tell what was done, not what is still to come.

A "to" infinitive of purpose ("went to Moscow to discuss", "plans to invade") is read as
future by tidings/events/modality.py: the purpose is not (yet) done. Some purposes are the act
itself: a crowd that gathered to protest is protesting, what "it took" weeks to do was done,
a call or a meeting held to congratulate, thank or discuss did so in the holding, what a
means was used to do was done with it, and much done to help is help given. What a party's
own decision decides is as sure as the decision (``decided``: read by modality.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..repair_clauses import EFFORT

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOT_DONE = ("will", "would", "to", "'ll", "could", "may", "might", "should", "must")

# Protest verbs, and the verbs of a crowd gathering whose purpose clause is the protest itself.
_PROTESTING = frozenset({"protest", "demonstrate", "rally", "march", "picket", "denounce"})
_GATHERING = frozenset(
    {"gather", "rally", "march", "assemble", "hit", "take", "pour", "flood", "converge",
     "turn", "throng", "crowd", "mass", "come", "line"}
)  # fmt: skip


def gathered_to(tok: Token) -> bool:
    """ "Thousands gathered in Minsk to protest", "hit the streets to protest": a crowd that
    has gathered to protest is protesting; the purpose is the act. So is what "it took" time
    to do ("it took Russia three weeks to take the city")."""
    head = tok if tok.lemma_ == "take" else tok.head
    if head.lemma_ == "take" and head.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children
    ):
        return True
    return tok is not head and (
        tok.lemma_.lower() in _PROTESTING
        and head.lemma_.lower() in _GATHERING
        and head.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG")
        and not _has_aux(head, _NOT_DONE)
    )


# Contact held (a call, a meeting), and the speech acts performed in it as its purpose.
_CONTACT = frozenset({"speak", "talk", "call", "phone", "telephone", "meet", "ring"})
_SPOKEN = frozenset(
    {"congratulate", "thank", "discuss", "express", "convey", "reaffirm", "wish", "greet",
     "offer", "extend", "review", "exchange", "brief", "update", "consult", "coordinate"}
)  # fmt: skip


def spoken_purpose(tok: Token) -> bool:
    """ "Macron phoned Scholz to thank him", "the ministers met to discuss trade":
    the purpose of a call or meeting held is a speech act performed in it; a contact still
    to come ("will call to discuss", "plans to meet to discuss") keeps its future."""
    head = tok.head
    return (tok is not head and tok.dep_ == "advcl"
            and tok.lemma_.lower() in _SPOKEN and head.lemma_.lower() in _CONTACT
            and head.tag_ == "VBD" and not _has_aux(head, _NOT_DONE))


# Verbs of means: what a means was used to do was done with it, and what one is urged to
# use a means for is urged ("urged to use his full powers to end the war")
_MEANS = frozenset({"use", "employ", "deploy", "wield", "harness", "exert", "leverage"})


def purpose_of_means(tok: Token) -> Token:
    """The means verb of a purpose infinitive that is itself a complement ("urged to use his
    powers to end"): governed as the means is. Else ``tok`` itself."""
    head = tok.head
    if (tok.dep_ in ("xcomp", "advcl") and head.dep_ == "xcomp" and head.i != tok.i
            and head.lemma_.lower() in _MEANS and _has_aux(tok, ("to",))):
        return head
    return tok


def used_to(tok: Token) -> bool:
    """ "Russian troops used rocket launchers to shell the town": what a means was used to
    do was done; a use still to come ("will use drones to strike") or denied keeps its
    modality."""
    head = tok.head
    return (tok is not head and tok.dep_ in ("advcl", "xcomp") and _has_aux(tok, ("to",))
            and head.lemma_.lower() in _MEANS and head.tag_ == "VBD"
            and any(c.dep_ == "dobj" for c in head.children)
            and not _has_aux(head, _NOT_DONE) and not any(c.dep_ == "neg" for c in head.children))


# The help that much effort done gives ("has done a great deal to help")
_HELPING = frozenset({"help", "support", "assist", "aid"})


def done_much_to(tok: Token) -> bool:
    """ "Russia has done a great deal to help Crimea": much done to help is help given; a
    help still to come ("will do everything to help") or denied keeps its modality."""
    head = tok.head
    return (tok is not head and tok.dep_ in ("advcl", "xcomp") and _has_aux(tok, ("to",))
            and tok.lemma_.lower() in _HELPING and head.lemma_.lower() == "do"
            and head.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "dobj" and c.lemma_.lower() in EFFORT for c in head.children)
            and not _has_aux(head, _NOT_DONE) and not any(c.dep_ == "neg" for c in head.children))


def purpose_done(tok: Token) -> bool:
    """Whether the purpose clause ``tok`` tells an act done (module doc)."""
    return gathered_to(tok) or spoken_purpose(tok) or used_to(tok) or done_much_to(tok)


def decided(tok: Token) -> bool:
    """ "Putin's decision to invade Ukraine", "the UK's decision to ban Aeroflot": what a
    party's decision, named as its own, decides is as sure as the decision, no plan; "a
    decision to invade" that no one owns may still be to come."""
    head = tok.head
    return (tok.dep_ == "acl" and head.lemma_.lower() == "decision" and _has_aux(tok, ("to",))
            and any(c.dep_ == "poss" for c in head.children))


def _has_aux(tok: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in tok.children)


# Ranks that make "the Nth to do it" one who did it ("the first leader to visit Kyiv"; not
# "the next", who is still to)
_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                    "ninth", "tenth", "last", "latest", "only"})  # fmt: skip


def ranked(tok: Token) -> Token | None:
    """ "the first leader to visit Kyiv", "became the fourth city to apologize": an infinitive
    on a noun ranked by an ordinal tells what the noun did, as sure as the clause the noun is
    in ("will be the first to visit" is still to come). Returns that noun, or None. (The
    copula's own "was the first to" is ``suppositions.implicative``'s.)"""
    head = tok.head
    noun = head if tok.dep_ in ("acl", "relcl") else next(
        (c for c in head.children if c.dep_ == "attr" and c.i < tok.i), None
    ) if tok.dep_ == "xcomp" else None  # (the parser may hang it on the copula)
    if noun is None or not _has_aux(tok, ("to",)) or (
            noun.dep_ == "attr" and _has_aux(noun.head, _NOT_DONE)):
        return None  # ("will become the first country to ban": the copula's future)
    # ("were the first to provide": the parser may make the rank itself the noun)
    return noun if noun.lower_ in _RANKS or any(
        c.dep_ in ("amod", "nummod") and (c.lower_ in _RANKS or c.ent_type_ == "ORDINAL")
        for c in noun.children) else None
