"""Parse repairs of non-finite verbs: attack gerunds ("shelling", "stabbing") that the parser
reads as a clause where they name the attack, and a bare infinitive after "help" or "let" read
as a modifier of its own object ("help Ukraine repel Russian aggression"). Run by
``repair.repair_parse`` (see its docstring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Gerunds of attack that are also the nouns of it ("in Israeli shelling")
_ATTACK_GERUNDS = frozenset({"shelling", "bombing", "shooting", "firing", "sniping", "strafing"})


def attack_gerund(gerund: Token) -> None:
    """An attack gerund read as a clause where it is the attack's noun (below)."""
    if gerund.dep_ in _GERUND_PLACES and _ATTACK_NOUNS.get(gerund.lower_) is not None:
        _gerund_compound(gerund)
    elif gerund.dep_ in ("advcl", "acl", "xcomp", "pobj"):  # (pobj: beside its modifier)
        _modified_gerund(gerund)
    elif gerund.dep_ == "compound":
        _gerund_before_name(gerund)
    else:
        _subject_gerund(gerund)


# Nouns an attack gerund may name the kind of ("a stabbing attack", "a shooting spree")
_ATTACK_NOUNS = dict.fromkeys(("shooting", "stabbing", "bombing", "knifing"),
                              frozenset({"attack", "assault", "spree", "rampage", "incident"}))
# The gerund's place and the noun's in it: the verb's object, the preposition's
_GERUND_PLACES = {"xcomp": "dobj", "pcomp": "pobj"}


def _gerund_compound(gerund: Token) -> None:
    """ "officer survives stabbing attack": the parser may read the gerund as a clause of the
    verb with the attack as its object, so the survivor stabs ("arrested after stabbing
    attack": the police stab). A bare attack noun right after the gerund takes its place, and
    the gerund is its modifier."""
    noun = gerund.doc[gerund.i + 1] if gerund.i + 1 < len(gerund.doc) else None
    if (noun is None or noun.head.i != gerund.i or noun.dep_ != "dobj"
            or noun.lemma_.lower() not in _ATTACK_NOUNS[gerund.lower_]
            or any(c.dep_ in ("nsubj", "aux", "det") for c in gerund.children)):
        return
    for c in list(gerund.children):
        if c.i != noun.i:
            c.head = noun  # ("in Cannes": where the attack was)
    noun.head, noun.dep_ = gerund.head, _GERUND_PLACES[gerund.dep_]
    gerund.head, gerund.dep_ = noun, "compound"
    gerund.tag_, gerund.pos_, gerund.lemma_ = "NN", "NOUN", gerund.lower_


def _modified_gerund(gerund: Token) -> None:
    """ "were wounded in Ukrainian shelling": the parser may read the nationality as the
    preposition's object and the gerund as a clause of the verb, so the shelling has no agent.
    A bare capitalised word (or "enemy") as the object, with an attack gerund right after it
    that takes no object, is the gerund noun's modifier, and the gerund the object."""
    doc = gerund.doc
    name = doc[gerund.i - 1] if gerund.i > 0 else None
    if gerund.lower_ not in _ATTACK_GERUNDS or name is None or name.dep_ != "pobj":
        return
    # ("by the Russian shelling": an article before the name is the gerund noun's)
    dets = list(name.children)
    # ("in enemy shelling": the other side's, as war reporting names it)
    if not (name.is_title or name.lower_ == "enemy") or any(
            d.dep_ != "det" for d in dets) or gerund.head not in (
        name.head.head, name.head, name
    ):
        return
    if any(c.dep_ in ("dobj", "nsubj", "aux") for c in gerund.children):
        return
    prep = name.head
    gerund.head, gerund.dep_ = prep, "pobj"
    gerund.tag_, gerund.pos_, gerund.lemma_ = "NN", "NOUN", gerund.lower_
    name.head, name.dep_ = gerund, "amod"
    for d in dets:
        d.head = gerund


def _gerund_before_name(gerund: Token) -> None:
    """ "accused Russia of bombing Kharkiv": the parser may read an attack gerund right after
    a preposition as a modifier of the name it attacks, so nothing is bombed. A bare gerund
    between the preposition and the name it modifies is the preposition's clause and the
    name its object."""
    doc = gerund.doc
    name = gerund.head
    if (gerund.lower_ not in _ATTACK_GERUNDS or gerund.i == 0 or name.i != gerund.i + 1
            or name.pos_ != "PROPN" or name.dep_ != "pobj" or any(gerund.children)):
        return
    prep = doc[gerund.i - 1]
    if prep.dep_ != "prep" or name.head.i != prep.i:
        return
    gerund.head, gerund.dep_ = prep, "pcomp"
    gerund.tag_, gerund.pos_ = "VBG", "VERB"
    name.head, name.dep_ = gerund, "dobj"


def _subject_gerund(gerund: Token) -> None:
    """ "Armenian shelling of Ganja kills three": an attack gerund as a subject or an object,
    or heading a headline ("Russia's shelling of Kharkiv - officials"), modified by a
    nationality, an article or a possessive or followed by "of", is the noun of the attack
    (its agent the modifier, its target the "of" phrase), not a clause with no subject."""
    if gerund.lower_ not in _ATTACK_GERUNDS or gerund.dep_ not in (
            "nsubj", "nsubjpass", "dobj", "ROOT"):
        return
    kids = list(gerund.children)
    of = next((c.i for c in kids if c.dep_ == "prep" and c.lower_ == "of"), len(gerund.doc))
    # (an "object" after the "of" phrase is a headline's source: "- regional officials")
    if any(c.dep_ in ("aux", "nsubj") or (c.dep_ == "dobj" and c.i < of) for c in kids) or (
        not any(c.dep_ in ("amod", "det", "poss") for c in kids) and of == len(gerund.doc)
    ):
        return
    gerund.tag_, gerund.pos_, gerund.lemma_ = "NN", "NOUN", gerund.lower_


def particle_complement(gerund: Token) -> None:
    """ "Blinken rules out pulling back troops", "gave up fighting": the parser may read a
    gerund right after a phrasal verb's particle as an adverbial clause, so the phrasal verb
    ("rule out", "give up") does not govern it. A bare gerund with no subordinator right after
    its head's particle is the head's complement."""
    doc = gerund.doc
    if gerund.dep_ != "advcl" or gerund.tag_ != "VBG" or gerund.i < 2:
        return
    prt = doc[gerund.i - 1]
    if prt.dep_ != "prt" or prt.head.i != gerund.head.i or any(
            c.dep_ in ("mark", "aux", "nsubj") for c in gerund.children):
        return
    gerund.dep_ = "xcomp"


# Verbs that take a party and a bare infinitive ("help Ukraine repel", "let Kyiv join")
_BARE_INFINITIVE = frozenset({"help", "let", "make", "see", "watch"})


def bare_infinitive(word: Token) -> None:
    """ "will help Ukraine repel Russian aggression": the parser may hang the infinitive on
    its own object as a modifier, with the helped party its subject, and make that object
    the object of "help", which then helps the aggressor. The party becomes the object of
    "help", the infinitive its complement, and the noun the infinitive's object. An "xcomp"
    may be a modal clause read as an infinitive (``modal_read_as_infinitive``)."""
    if word.dep_ == "xcomp":
        modal_read_as_infinitive(word)
        return
    noun, party = word.head, next((c for c in word.children if c.dep_ == "nsubj"), None)
    verb = noun.head
    if (word.dep_ not in ("amod", "nmod", "compound") or party is None or party.i > word.i
            or noun.i < word.i or noun.dep_ != "dobj" or verb.i > party.i
            or verb.lemma_.lower() not in _BARE_INFINITIVE or verb.pos_ != "VERB"):
        return
    party.head, party.dep_ = verb, "dobj"
    word.head, word.dep_, word.tag_, word.pos_ = verb, "xcomp", "VB", "VERB"
    noun.head = word


def modal_read_as_infinitive(word: Token) -> None:
    """ "warned Moscow could bombard cities": the parser may read a clause with a modal and no
    "that" as the verb's object and an infinitive of it, so the warner asks Moscow to bombard
    (or threatens to). A complement with a modal and no "to" is a finite clause, and the
    object right before its modal is its subject."""
    verb = word.head
    modal = next((c for c in word.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is None or any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == modal.i
                and modal.i < word.i), None)
    if obj is None:
        return
    obj.head, obj.dep_ = word, "nsubj"
    word.dep_ = "ccomp"
