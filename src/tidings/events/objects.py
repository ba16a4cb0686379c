"""Objects the parser hangs elsewhere: a name read as an adverbial noun phrase of its verb,
an object that coordinated verbs share but the parser gives the last one only, and the doer
of what a verb of judging judges ("praised how Poland took in refugees"), and the party a
demand is made of in a subjunctive clause ("demanded that France explain"). Used by
``syntax.direct_object`` and the pattern arguments."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOT_OBJECTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"})
# What a verb may have instead of an object of its own
_COMPLEMENTS = frozenset({"dobj", "obj", "ccomp", "xcomp", "dative", "attr", "oprd"})
# Verbs that join another with "and" for "to" ("try and replenish"): no object is shared
_SERIAL = frozenset({"try", "go", "come", "wait", "stay", "sit"})


def misread_object(verb: Token) -> Token | None:
    """A name right after a verb that the parser attached as an adverbial noun phrase
    ("warplanes bombed Aleppo on Sunday": Aleppo as npadvmod): it is the direct object. A
    time ("arrived Monday") or a number is not."""
    if verb.i + 1 >= len(verb.doc) or verb.pos_ != "VERB":
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.head.i != verb.i or nxt.dep_ != "npadvmod" or nxt.pos_ != "PROPN":
        return None
    return None if nxt.ent_type_ in _NOT_OBJECTS else nxt


def shared_object(verb: Token) -> Token | None:
    """ "Russian forces killed or wounded 300 civilians", "shelled and captured Izium": the
    object of the next coordinated verb, when ``verb`` has no object or complement of its own
    and that verb follows right after the coordinator and has no subject of its own."""
    if (verb.pos_ != "VERB" or verb.lemma_.lower() in _SERIAL
            or any(c.dep_ in _COMPLEMENTS for c in verb.children)):
        return None
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or verb.doc[nxt.i - 1].dep_ != "cc":
        return None
    # (the tagger may tag the second of two past verbs a participle: "shelled and captured")
    if nxt.tag_ != verb.tag_ and {nxt.tag_, verb.tag_} != {"VBD", "VBN"}:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        return None
    return next((c for c in nxt.children if c.dep_ in ("dobj", "obj")), None)


# Verbs that judge how something is done ("praised how ...", "disapprove of the way ...")
_JUDGING = frozenset(
    {"praise", "commend", "applaud", "laud", "hail", "welcome", "approve", "criticise",
     "criticize", "condemn", "slam", "denounce", "decry", "blast", "lambaste", "deplore",
     "disapprove", "mock", "ridicule"}
)  # fmt: skip


def manner_subject(verb: Token) -> Token | None:
    """ "praised how Poland has taken in refugees", "slammed the way the Kremlin handled the
    crisis", "disapprove of how Biden is handling the economy": a verb of judging whose object
    is how something is done judges the doer, the subject of that clause; None otherwise."""
    if verb.lemma_.lower() not in _JUDGING:
        return None
    places = [verb, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of")]
    for head in places:
        for c in head.children:
            manner = c.dep_ in ("ccomp", "pcomp") and any(
                a.lower_ == "how" and a.dep_ == "advmod" for a in c.children)
            if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() == "way":
                c = next((r for r in c.children if r.dep_ == "relcl"), c)
                manner = c.dep_ == "relcl"
            if manner:
                return next((s for s in c.children if s.dep_ == "nsubj"), None)
    return None


# Verbs of demand and appeal whose that-clause in the subjunctive names the party asked
_DEMANDING = frozenset({"demand", "urge", "ask", "request"})


def demanded_of(verb: Token) -> Token | None:
    """ "demanded that France explain its veto": the subject of the subjunctive clause is
    the party the demand is made of, when the clause's own act is no event the lexicon codes
    (it then recodes that act: "demanded that Russia withdraw")."""
    if verb.lemma_.lower() not in _DEMANDING:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and subjunctive(c):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj
    return None


def subjunctive(clause: Token) -> bool:
    """A that-clause verb in the bare subjunctive: "(demanded that the US) withdraw", "be
    released"; not "withdraws" or "would withdraw". A plural present after a past or -ing
    governor is the subjunctive ("demanded that the allies withdraw"), and so is a bare form after a
    singular subject ("demands that Germany stop"); after a present governor a plural
    subject's verb may state a fact ("insists that they withdraw")."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBN":
        return [c.lower_ for c in aux] == ["be"]
    if aux:
        return False
    if clause.tag_ == "VB":
        return True
    if clause.tag_ != "VBP":
        return False
    if clause.head.tag_ in ("VBD", "VBN", "VBG"):  # (also "... , proposing that X and Y rule")
        return True
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ in ("NN", "NNP") and not any(
        c.dep_ == "conj" for c in subj.children)


# Verbs that carry out, approve or speed up the act their object noun names: a phrase the
# parser hangs on them may be the noun's ("approved the delivery of tanks [to Ukraine]")
CARRYING = frozenset(
    {"announce", "approve", "authorize", "authorise", "begin", "start", "resume", "continue",
     "complete", "finish", "finalize", "finalise", "accelerate", "expedite", "speed", "step",
     "ramp", "carry", "conduct", "launch", "order", "unveil", "ensure", "guarantee",
     "maintain", "increase", "boost", "expand"}
)  # fmt: skip


def carried_prep(noun: Token, words: frozenset[str]) -> Token | None:
    """The preposition (one of ``words``) of an event noun that the parser hung on the verb
    carrying it out: "Germany approved the delivery of tanks to Ukraine" -- "to Ukraine" is
    where the tanks go, though the parse attaches it to "approved"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CARRYING:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words
                 and c.i > noun.i), None)


# Nouns of a journey, whose place compound is where it goes ("Pelosi's Taiwan visit")
_JOURNEYS = frozenset({"visit", "trip", "tour", "journey", "voyage"})
_NOT_PLACES = frozenset({"PERSON", "NORP", "ORG"})


def compound_destination(noun: Token, words: frozenset[str]) -> Token | None:
    """ "Pelosi's Taiwan visit", "the Russian president's India trip": the place named before
    a journey noun is where it goes, as "a visit to Taiwan" says: a name capitalised right
    before the noun, unless the parser reads it as a person, a people or an
    organisation: "the Biden visit" names the visitor, "the Russian visit" whose it is."""
    if "to" not in words or noun.lemma_.lower() not in _JOURNEYS or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return None  # ("a possible Pelosi visit to Taiwan": the name is the visitor's)
    return next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1
                 and c.text[:1].isupper() and c.ent_type_ not in _NOT_PLACES), None)


def hyphen_partner(noun: Token, words: frozenset[str]) -> Token | None:
    """ "US-China talks", "Russian-Turkish contacts": the first of two capitalised names
    joined by a hyphen before the noun is one side "between" them, as "talks between the US
    and China" says (the second, the noun's own modifier, is the other)."""
    if "between" not in words or any(c.dep_ == "prep" and c.lower_ == "between"
                                     for c in noun.children):
        return None
    return next((first for m in noun.children if m.dep_ in ("amod", "compound") and m.i < noun.i
                 for first in m.children if first.dep_ in ("amod", "compound", "npadvmod")
                 and first.i + 2 == m.i and first.nbor().tag_ == "HYPH"
                 and first.text[:1].isupper() and m.text[:1].isupper()), None)
