"""Parse repair of a headline the tagger read without a verb: "Canada sanctions Belarus over
border", "Duda thanks European Commission", "Lula, Xi meet in Beijing", "Georgians fire on
police". A headline drops its articles, and the tagger then reads its present verb as
a noun: the subject, the verb and the object become one noun phrase, or the verb the head of
one. In a sentence with no verb at all, a word that is a headline verb, right after the name
or noun that does it, is the verb; the name before it its subject and the phrase after it its
object. Run by ``repair.repair_parse``.

A word that is also a common plural noun ("sanctions", "attacks") is read as a verb only where
a name or a people's adjective follows it ("Canada sanctions Belarus", "UK sanctions Russian
generals", not "Iran sanctions snarl shipping"), or a
preposition after plural agents ("Rebels fire on convoy"), or the parser already
gave it a subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .repair_conjuncts import listed_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Headline verbs the tagger reads as nouns that are rarely nouns in the news, and those that
# are as often nouns
_VERBS = frozenset(
    {"shuts", "embarks", "urges", "warns", "slams", "condemns", "rejects", "accuses", "expels",
     "threatens", "welcomes", "praises", "meets", "meet", "coordinate", "coordinates",
     "denounces", "summons", "hails", "vows", "pledges", "blames", "criticises", "criticizes",
     "severs", "unveils", "deploys", "delivers", "halts", "suspends", "imposes", "withdraws",
     "evacuates", "recognises", "recognizes", "mobilises", "mobilizes", "bolsters", "repel",
     "repels", "repulse", "repulses", "liberate", "liberates", "eliminate", "eliminates"}
)  # fmt: skip
_ALSO_NOUNS = frozenset(
    {"sanctions", "thanks", "calls", "attacks", "strikes", "bans", "cuts", "visits", "backs",
     "fire", "fires", "stand", "stands", "hits", "shells", "raids", "arrests"}
)  # fmt: skip
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ"})


def verbless_headline(sent: Span) -> None:
    """Make the headline verb the tagger missed in ``sent`` the verb (see the module)."""
    if _root_with_arguments(sent.root) or _verb_in_object(sent):
        return
    if len(sent) > 20 or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return
    for w in sent[1:]:
        word = w.lower_
        if w.tag_ not in _NOUN_TAGS or word not in _VERBS | _ALSO_NOUNS:
            continue
        if any(c.dep_ == "det" for c in w.children) or w.doc[w.i - 1].tag_ not in _SUBJECT_TAGS:
            continue
        kids = {c.dep_ for c in w.children}
        if w.dep_ == "ROOT":
            if _root_verb(w, also_noun=word in _ALSO_NOUNS):
                return
        elif w.dep_ in ("compound", "nmod") and _glued_verb(w, sent,
                                                            also_noun=word in _ALSO_NOUNS):
            return
        elif {"nsubj", "dobj"} <= kids:  # ("Japan sanctions Iran" hung on a label noun)
            _as_verb(w)
            return


def clause_noun_with_subject(w: Token) -> None:
    """ "Russians fire on village in Kharkiv region: 1 killed": in a sentence whose verb the
    tagger found elsewhere, a headline verb it read as a noun heads a clause of its own (the
    parser gives the noun a subject, which no noun has, or plural agents glued to it) with a
    preposition or an object after it: the noun is that clause's verb."""
    if w.tag_ not in ("NN", "NNS") or w.lower_ not in _VERBS | _ALSO_NOUNS or w.dep_ not in (
            "ccomp", "parataxis", "conj") or any(c.dep_ == "det" for c in w.children):
        return
    kids = list(w.children)
    # (or the plural agents glued to it: "Georgians fire on police ...: 3 hurt")
    subject = next((c for c in kids if c.i == w.i - 1 and (c.dep_ == "nsubj" or (
        c.dep_ == "compound" and (c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "NORP")))), None)
    if subject is not None and any(c.dep_ in ("prep", "dobj") and c.i == w.i + 1 for c in kids):
        _as_verb(w)
        subject.dep_ = "nsubj"


def _root_with_arguments(root: Token) -> bool:
    """ "Macron, Scholz urge Putin to talk": a root noun with a subject and an object or a
    complement clause is a verb, whatever else the headline has; subjects listed with a comma
    are one coordinated subject."""
    kids = {c.dep_ for c in root.children}
    # (or a plural noun with a subject and a present verb joined to it: "Moscow disagrees with
    # X and accuses Washington")
    joined = root.tag_ == "NNS" and any(
        c.dep_ == "conj" and c.tag_ == "VBZ" and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in root.children)
    if root.tag_ not in ("NN", "NNS") or "nsubj" not in kids or not (
            kids & {"dobj", "xcomp"} or joined):
        return False
    _as_verb(root)
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) == 2 and root.doc[subjects[0].right_edge.i + 1].text == ",":
        subjects[1].head, subjects[1].dep_ = subjects[0], "conj"
    elif len(subjects) == 1:
        _listed(subjects[0], root)
    return True


def _as_verb(w: Token) -> None:
    w.tag_, w.pos_ = ("VBZ" if w.lower_.endswith("s") else "VBP"), "VERB"


def _root_verb(w: Token, *, also_noun: bool) -> bool:
    """ "Georgians fire on police", "WHO chief embarks on tour": the root noun is the verb;
    the noun before it its subject (a word that is also a noun needs the parser's subject, or
    plural agents right before it and its preposition after it)."""
    doc = w.doc
    if any(c.dep_ == "conj" and c.i > w.i and all(t.pos_ != "ADP" for t in doc[w.i : c.i])
           for c in w.children):
        return False  # a noun with a noun conjoined right after it is one of a list
    before = [c for c in w.children if c.i < w.i and c.dep_ not in ("punct", "cc")]
    subject = next((c for c in before if c.dep_ == "nsubj"), None)
    glued = not also_noun or _agents_then_preposition(w)
    if subject is None and glued and before and before[-1].i == w.i - 1:
        subject = before[-1]
        for c in before[:-1]:  # ("UN chief": the modifiers of the subject are its own)
            if not any(t.text == "," for t in doc[c.i : subject.i]):
                c.head = subject
    if subject is None:
        return False
    _as_verb(w)
    subject.dep_ = "nsubj"
    _listed(subject, w)
    second = doc[w.i - 1]  # "Lula, Xi meet": the name after the subject and a comma
    if (subject.i == w.i - 3 and doc[w.i - 2].text == "," and second.head.i == w.i
            and second.dep_ == "compound" and second.pos_ == "PROPN"):
        second.head, second.dep_ = subject, "conj"
    return True


def _agents_then_preposition(w: Token) -> bool:
    """Plural agents right before ``w`` and a preposition after it ("Rebels fire on"); a name
    in capitals is no plural ("US sanctions on banks" are the sanctions)."""
    doc, agents = w.doc, w.doc[w.i - 1]
    return (w.i + 1 < len(doc) and doc[w.i + 1].pos_ == "ADP"
            and agents.tag_ in ("NNS", "NNPS", "NNP") and agents.lower_.endswith("s")
            and not agents.text.isupper())


def _glued_verb(w: Token, sent: Span, *, also_noun: bool) -> bool:
    """ "Norway shuts embassy", "Canada sanctions Belarus": the verb and its subject read as
    compounds of the object, which heads the headline or follows a label and a colon."""
    obj, subject, doc = w.head, w.doc[w.i - 1], w.doc
    while obj.dep_ == "compound" and obj.head.i > obj.i:
        obj = obj.head  # ("repel enemy attacks" read as one compound)
    while subject.head.i < subject.i and subject.dep_ == "pobj" and subject.head.head.i < w.i:
        subject = subject.head.head  # ("Armed Forces of Ukraine repel attacks": the forces)
    if obj.i <= w.i or subject.head.i not in (w.i, obj.i) or subject.pos_ != "PROPN":
        return False
    if also_noun and doc[w.i + 1].pos_ != "PROPN" and not _demonym(doc[w.i + 1]):
        return False
    root = sent.root
    label = root.i < subject.i and any(t.text == ":" for t in doc[root.i + 1 : subject.i])
    if obj.i != root.i and not (label and obj.head.i == root.i) and not _lists(root, subject):
        return False
    w.head = w
    w.dep_ = "ROOT"
    _as_verb(w)
    if root.i != obj.i:
        root.head = w
        root.dep_ = "dep" if label else "nsubj"
    obj.head, obj.dep_ = w, "dobj"
    if not label and root.i != obj.i:
        subject.head, subject.dep_ = root, "conj"  # "Lula, Xi sign deals"
    else:
        subject.head, subject.dep_ = w, "nsubj"
        _listed(subject, w)
    return True


def _demonym(word: Token) -> bool:
    """ "UK sanctions Russian generals": a people's adjective opens the object as a name does."""
    return word.pos_ == "ADJ" and word.ent_type_ == "NORP" and word.text[:1].isupper()


def _lists(root: Token, subject: Token) -> bool:
    """ "Lula, Xi sign deals": the root is a name a comma lists before the
    subject."""
    doc = root.doc
    return (root.pos_ == "PROPN" and root.i + 2 == subject.i and doc[root.i + 1].text == ",")


def _listed(subject: Token, verb: Token) -> None:
    """ "Sanchez, Xi meet": a name and a comma right before the subject, hung loose on the
    verb, is the subject's first conjunct (``repair_headlines.listed_subject``, which could
    not read it while the verb was a noun)."""
    start = subject.left_edge.i
    if start >= 2 and subject.doc[start - 2].head.i == verb.i:
        listed_subject(subject.doc[start - 2])


def _verb_in_object(sent: Span) -> bool:
    """ "Serbia's blockade of Kosovo forces Albania into a rethink": the tagger read the verb, but
    the parser made it and the name before it compounds of the next name, inside the object
    of the root noun's preposition. The root noun phrase is the subject, the name after the
    verb its object, and what follows hangs on the verb. Where the parser did make the verb
    the root but hung the name before it on it, the name is the object of the preposition
    left without one; where it made the verb itself that object, with the name its compound
    ("Turkey's blockade of Syria forces Jordan ..."), the name takes the verb's place."""
    root = sent.root
    name = root.doc[root.i - 1] if root.i > sent.start else root
    prep = name.doc[name.i - 1] if name.i > sent.start else name
    if (root.pos_ == "VERB" and name.dep_ == "compound" and name.head.i == root.i
            and name.pos_ == "PROPN" and prep.dep_ == "prep"
            and not any(c.dep_ == "pobj" for c in prep.children)):
        # (the parser got the verb, and hung the name before it on it: "of" lacks its object)
        name.head, name.dep_ = prep, "pobj"
        return True
    if root.pos_ != "NOUN" or len(sent) > 20:
        return False
    w = next((t for t in sent if t.tag_ in ("VBZ", "VBD") and t.dep_ in ("compound", "pobj")),
             None)
    if w is None or w.i == sent.start:
        return False
    # the verb may be the compound of its object, or itself the preposition's object
    obj = w.head if w.dep_ == "compound" else next(
        (c for c in w.children if c.dep_ == "dobj" and c.i > w.i), None)
    name = w.doc[w.i - 1]
    if obj is None:
        return False
    prep = obj.head if w.dep_ == "compound" else w.head
    if not (obj.i > w.i and (obj.dep_ == "pobj" or w.dep_ == "pobj")
            and name.head.i in (w.i, obj.i) and name.pos_ == "PROPN"
            and prep.head.i == root.i and root.i < name.i):
        return False
    name.head, name.dep_ = prep, "pobj"
    w.head, w.dep_ = w, "ROOT"
    for c in list(root.children):
        if c.i > obj.i:
            c.head = w  # ("... into U-turn")
    root.head, root.dep_ = w, "nsubj"
    obj.head, obj.dep_ = w, "dobj"
    return True
