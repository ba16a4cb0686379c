"""Headline subjects: the parse repairs for who acts in a headline (see ``repair``).

A headline drops the words the small English model leans on to find the subject: "is" before
a passive, "and" between subjects. Each repair here is narrow, as the others are, and runs
from ``repair.repair_parse`` on every token.

Headline passive. A headline drops "is": in "Russia urged to withdraw troops" the parser makes
Russia the one who urges. An urging verb at the root with a subject but no object, and "to"
right after it, is read as a passive with that subject as the one urged.

A verb of a blow ("hit", "struck", "shelled") with a bare name as subject, no object, and a
"with" phrase of weapons or sanctions a nationality modifies ("Kharkiv hit with Russian missile
strikes", "Russia hit with new US sanctions") is read the same way: the name is the one struck.

Name glued to a headline verb. "Enemy shells Kherson": the parser may hang the bare name on
the finite verb after it as a compound. A finite verb with no subject, a complement after it
and a proper name right before it that it holds as a compound takes the name as its subject.

Verb tagged as a plural noun. "Canada expels 9 Belarusian diplomats": the tagger may take a
headline's present verb for a plural noun while the parser gives it an object; with a subject
or a glued noun before it, it is made the verb, and the glued noun its subject.

Agents read as the verb. "Invaders fire on two villages": the parser may make a headline's first
word, a plural agent noun, the verb, and the real verb its object. The word after the agents
becomes the verb, and they its subject.

Agents and verb glued to the object. "Rebel gunners shell clinic in Marib": the
parser may make the agents and the verb compounds of the object; the verb is restored.

Names listed with a comma. "Scholz, Sunak meet in Berlin": a headline lists its subjects
with a comma for "and"; the parser hangs one name loose on the verb or on the other name,
or glues it and a verb that is also a noun onto the object ("Russia, Ukraine swap prisoners":
``repair_listed_verbs``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .repair_conjuncts import listed_subject
from .repair_listed_verbs import listed_names_glued_to_verb
from .repair_paired_verbs import paired_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token


def repair_headline_subject(tok: Token) -> None:
    """Apply the headline-subject repairs whose shape starts at ``tok``."""
    if tok.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBN"):
        _headline_passive(tok)
    if tok.dep_ in ("ROOT", "ccomp", "conj") and tok.tag_ in ("VBD", "VBN"):
        _struck_with(tok)
    if tok.dep_ in ("ROOT", "ccomp") and tok.tag_ == "NNS":
        _verb_tagged_plural(tok)
        _agents_read_as_verb(tok)
    if tok.dep_ == "ROOT" and tok.tag_ in ("NN", "NNS"):
        _agents_glued_to_verb(tok)
    if tok.dep_ == "advcl" and tok.tag_ == "NNS":
        _marked_plural_verb(tok)
    if tok.dep_ in ("ROOT", "ccomp") and tok.tag_ in ("VBZ", "VBD", "VBP"):
        _compound_subject(tok)
        _listed_names(tok)
    if tok.dep_ == "ROOT" and tok.tag_ in ("VBZ", "VBP"):
        paired_verbs(tok)  # "Biden visits Poland, decries Putin"
    if tok.dep_ == "ROOT" and tok.pos_ == "PROPN":
        _listed_to_infinitive(tok)
    if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.i == tok.sent.start:
        _listed_appositive(tok)
    listed_names_glued_to_verb(tok)  # "Pakistan, India trade fire across the border"
    if tok.dep_ == "ROOT" and tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        _named_root_infinitive(tok)
    if tok.dep_ in ("dep", "npadvmod", "advmod", "nsubj", "intj") and (tok.pos_ == "PROPN" or (
        # ("Guterres, Erdogan to meet": an opening name the tagger took for a plural noun)
        tok.i == tok.sent.start and tok.text[:1].isupper() and tok.ent_type_ in _NAMED
    )):
        listed_subject(tok)  # (a second subject of the verb after the comma makes a list)
        _loose_subject(tok)
    elif tok.dep_ == "advcl" and tok.i == tok.sent.start and tok.text[:1].isupper() and (
        tok.head.tag_ == "VBP" and tok.tag_ in ("JJ", "NNP")
    ):
        listed_subject(tok)  # "Rinkevics, Landsbergis discuss ...": a name read as a modifier


# Entity types of the names a headline lists as its subjects
_NAMED = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# Verbs that take whom they urge as object before the infinitive ("urged Russia to withdraw")
_URGING = frozenset(
    {"urge", "ask", "press", "pressure", "push", "tell", "order", "call", "invite", "force",
     "compel", "instruct", "encourage"}
)  # fmt: skip


def _headline_passive(verb: Token) -> None:
    """ "Russia urged to withdraw troops", "Minister pressed to resign": a headline drops
    "is"; an urging verb with no object of its own before its infinitive is passive, and its
    subject the one urged."""
    if verb.lemma_.lower() not in _URGING:
        return
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    to_clause = next((c for c in kids if c.dep_ == "xcomp" and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" and a.i == verb.i + 1 for a in c.children)), None)
    if (
        subject is None
        or to_clause is None
        or subject.lower_ in _PERSONAL
        # a headline names its subject bare ("Russia urged to ..."); "The minister urged to
        # back the plan" in a release has dropped the object, not the "is"
        or subject.pos_ != "PROPN"
        or any(c.dep_ == "det" for c in subject.children)
        or any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "neg", "prt") for c in kids)
    ):
        return
    subject.dep_ = "nsubjpass"
    verb.tag_ = "VBN"


# Verbs of a blow a headline reports in the passive with "with" ("Kharkiv hit with Russian
# missiles", "Russia hit with new US sanctions"), and the nouns of what the blow is dealt with
_BLOWS = frozenset({"hit", "strike", "shell", "pound", "bombard", "target", "attack", "slap"})
_DEALT_WITH = frozenset(
    {"strike", "airstrike", "missile", "rocket", "shell", "drone", "artillery", "mortar", "bomb",
     "fire", "shelling", "attack", "sanction", "tariff", "penalty"}
)  # fmt: skip


def _struck_with(verb: Token) -> None:
    """ "Lviv hit with Russian missile strikes": a headline drops "is"; a verb
    of a blow with a bare name as subject, no object and a "with" phrase of weapons or
    sanctions that a nationality or name modifies is passive, its subject the one struck."""
    if verb.lemma_.lower() not in _BLOWS:
        return
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        subject is None
        or subject.pos_ != "PROPN"
        or any(c.dep_ == "det" for c in subject.children)
        or any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "neg", "prt") for c in kids)
    ):
        return
    means = [o for c in kids if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
    means = [_measured_noun(o) for o in means if o.dep_ == "pobj"]
    if not any(m.lemma_.lower() in _DEALT_WITH and _named_by(m) for m in means):
        return
    subject.dep_ = "nsubjpass"
    verb.tag_ = "VBN"


def _measured_noun(obj: Token) -> Token:
    """ "a new round of US sanctions" -> sanctions. (events.nouns.measured does this for the
    coder; the repairs run inside the spaCy pipeline, below the events package, and keep
    their own short list of measure nouns.)"""
    if obj.lemma_.lower() in ("round", "wave", "barrage", "salvo", "series", "volley"):
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((o for o in c.children if o.dep_ == "pobj"), obj)
    return obj


def _named_by(noun: Token) -> bool:
    """Whether a nationality or a name modifies ``noun`` ("Russian missile strikes")."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    mods += [g for c in mods for g in c.children if g.dep_ in ("amod", "compound")]
    return any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in mods)


def _compound_subject(verb: Token) -> None:
    """ "Enemy shells Kherson", "Estonia slams planned drills": the parser may hang a
    headline's bare name on the finite verb after it as a compound, as if the two were one
    noun. A verb has no compound; with no subject of its own and an object, particle or
    phrase after it, the name right before it is its subject."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    name = verb.doc[verb.i - 1]
    if name.dep_ != "compound" or name.head.i != verb.i or name.tag_ not in ("NNP", "NNPS"):
        return
    if any(c.i > verb.i and c.dep_ in _VERB_COMPLEMENTS for c in verb.children):
        name.dep_ = "nsubj"


_VERB_COMPLEMENTS = frozenset({"dobj", "prep", "prt", "xcomp", "ccomp", "dative"})


# Endings of plural agent nouns, which no English verb has in the third person
_AGENT_PLURALS = ("ers", "ors", "ists", "ians")


def _agents_read_as_verb(word: Token) -> None:
    """ "Invaders fire on two villages", "Occupiers open fire on a bus": the parser may make a
    headline's first word, a plural agent noun, the verb, and the verb after it that verb's
    object or a modifier of it. The next word is then the verb, and the agents its subject."""
    doc = word.doc
    if word.dep_ != "ROOT" or word.i != word.sent.start or word.i + 1 >= len(doc):
        return
    if not word.lower_.endswith(_AGENT_PLURALS) or not word.text[:1].isupper():
        return
    obj = next((c for c in word.children if c.dep_ == "dobj" and c.i > word.i), None)
    verb = doc[word.i + 1]
    if obj is None or (verb.i != obj.i and verb.head.i != obj.i):
        return
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBP"
    verb.pos_ = "VERB"
    for c in list(word.children):
        if c.i != verb.i:
            c.head = verb
    word.head = verb
    word.dep_ = "nsubj"


# Headline verbs that are also nouns, which the parser may glue into one noun phrase, and
# verbs that never are nouns
_NOUN_VERBS = frozenset({"shell", "attack", "strike", "bomb", "raid", "hit", "target", "storm"})
_VERB_ONLY = frozenset({"repel", "repulse", "destroy", "liberate", "eliminate", "neutralise",
                        "neutralize", "recapture", "expel", "condemn", "urge", "reject"})


def _agents_glued_to_verb(root: Token) -> None:
    """ "Rebel gunners shell clinic in Marib": the parser may read a headline as
    one noun phrase, the agents and the verb as compounds of its object. A verb of attack
    glued to the object with plural agents glued before it is the verb, the agents its
    subject and the root noun its object."""
    verb = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1), None)
    if verb is None or verb.lower_ not in _NOUN_VERBS:
        _subject_before_glued_verb(root)
        return
    agents = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1), None)
    if agents is None or agents.tag_ != "NNS" or not agents.lower_.endswith(_AGENT_PLURALS):
        return
    _make_verb(verb, agents, root)


def _subject_before_glued_verb(root: Token) -> None:
    """ "Armenian Forces repel raids": a verb that is never a noun, read as a
    compound of its object, with the headline's subject hung on that object."""
    verb = next((c for c in root.children if c.dep_ == "compound" and c.lower_ in _VERB_ONLY),
                None)
    if verb is None:
        return
    subject = next((c for c in [*root.children, *verb.children] if c.dep_ == "nsubj"), None)
    if subject is not None and subject.i == verb.i - 1:
        _make_verb(verb, subject, root)


_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "until", "because"})


def _marked_plural_verb(word: Token) -> None:
    """ "villagers flee as Azerbaijan attacks": a clause opened by "as" or "while" has a verb,
    which the tagger may read as a plural noun with the name before it glued on."""
    kids = list(word.children)
    if not any(c.dep_ == "mark" and c.lower_ in _MARKS for c in kids):
        return
    name = next((c for c in kids if c.dep_ == "compound" and c.i == word.i - 1), None)
    if name is not None and name.pos_ == "PROPN" and not any(c.dep_ == "nsubj" for c in kids):
        word.tag_, word.pos_ = "VBZ", "VERB"
        name.dep_ = "nsubj"


def _make_verb(verb: Token, subject: Token, obj: Token) -> None:
    """Make ``verb`` the root, ``subject`` its subject, ``obj`` its object (with its
    prepositions)."""
    root, agents = obj, subject
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBP", "VERB"
    agents.head, agents.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "dobj"
    for c in list(root.children):
        if c.dep_ == "prep":
            c.head = verb


def _verb_tagged_plural(word: Token) -> None:
    """ "Canada expels 9 Belarusian diplomats", "Polish army repels enemy attacks": the tagger
    may read a headline's present verb as a plural noun, although the parser gives it an
    object, which no noun takes. With a subject or a glued name before it and an object after
    it, it is the verb, and the glued noun its subject."""
    kids = list(word.children)
    if not word.lower_.endswith("s") or any(c.dep_ == "det" for c in kids):
        return
    # (or a noun phrase right after it hung on as apposition: "Turkey summons Greek envoy")
    loose = [c for c in kids if c.dep_ in ("appos", "npadvmod") and c.left_edge.i == word.i + 1]
    if not any(c.dep_ == "dobj" and c.i > word.i for c in kids) and not loose:
        return
    before = [c for c in kids if c.i < word.i and c.dep_ in ("nsubj", "compound")]
    if not before:
        return
    for c in loose:
        c.dep_ = "dobj"
    word.tag_ = "VBZ"
    word.pos_ = "VERB"
    if not any(c.dep_ == "nsubj" for c in before):
        before[-1].dep_ = "nsubj"


def _loose_subject(name: Token) -> None:
    """ "Azerbaijan used cluster munitions in ...", "Tokayev to address parliament": the parser
    may hang a name that opens the sentence right before a finite verb (or a headline's "to"
    infinitive) on it as an adverb, an adverbial noun or a bare dependent; with no subject
    of its own, the verb has the name as subject."""
    verb = name.head
    if name.dep_ not in ("npadvmod", "advmod", "dep") or name.ent_type_ in ("DATE", "TIME"):
        return
    if name.i != name.sent.start:
        return
    gap = 1
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and verb.doc[verb.i - 1].lower_ == "to":
        gap = 2  # the headline's "X to V"
    elif verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    if name.right_edge.i != verb.i - gap or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return
    name.dep_ = "nsubj"


def _named_root_infinitive(name: Token) -> None:
    """ "Borrell to meet Lavrov in Vienna": the tagger may read a headline's opening name as a
    noun or a participle and make it the root, its "to" infinitive an adverbial clause. The
    infinitive is the clause, the name its subject."""
    doc = name.doc
    if name.i != name.sent.start or name.i + 2 >= len(doc) or not name.text[:1].isupper():
        return
    verb = doc[name.i + 2]
    if doc[name.i + 1].lower_ != "to" or verb.tag_ != "VB" or verb.head.i != name.i:
        return
    if verb.dep_ not in ("advcl", "xcomp", "relcl", "acl"):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"
    name.tag_, name.pos_ = "NNP", "PROPN"


def _listed_to_infinitive(first: Token) -> None:
    """ "Serbia, Kosovo to resume talks": the parser makes the first name the root, the
    second its apposition and the headline's infinitive a relative clause of the first. The
    infinitive is the clause, the names its listed subject."""
    doc = first.doc
    # (the second name may be a participle holding the infinitive: "Lavrov, Blinken to meet")
    second = next((c for c in first.children if c.dep_ == "appos" and c.i == first.i + 2
                   and (c.pos_ == "PROPN" or (c.tag_ in ("VBN", "VBD") and c.text[:1].isupper()))
                   and doc[first.i + 1].text == ","), None)
    holders = [first] if second is None else [first, second]
    verb = next((c for h in holders for c in h.children if c.dep_ in ("relcl", "acl", "advcl")
                 and c.tag_ == "VB" and c.i > first.i), None)
    if second is None or verb is None or second.i + 2 != verb.i:
        return
    if doc[verb.i - 1].lower_ != "to" or first.i != first.sent.start:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    first.head, first.dep_ = verb, "nsubj"
    second.head, second.dep_, second.tag_, second.pos_ = first, "conj", "NNP", "PROPN"


def _listed_appositive(first: Token) -> None:
    """ "Serbia, Kosovo to resume talks": a name in apposition right before the verb is listed."""
    doc, verb = first.doc, first.head
    second = doc[verb.i - (2 if doc[verb.i - 1].lower_ == "to" else 1)]
    if second.dep_ == "appos" and second.head == first and second.pos_ == "PROPN" and (
            second.left_edge.i == first.i + 2 and doc[first.i + 1].text == ","):
        second.dep_ = "conj"


# Pronoun subjects: "we asked to see him" is active ("asked to" = wished to)
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _listed_names(verb: Token) -> None:
    """ "Chile, Peru, Bolivia condemn the coup": a headline lists three subjects
    with commas; the parser makes the first the subject, the middle ones its appositions and
    the last a compound of the verb. With such a trailing name after a comma, the names in
    apposition and it are the subject's conjuncts."""
    doc = verb.doc
    last = doc[verb.i - 1] if verb.i >= 2 else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if (
        last is None
        or subject is None
        or last.dep_ != "compound"
        or last.head.i != verb.i
        or last.pos_ != "PROPN"
        or doc[last.left_edge.i - 1].text != ","
        or subject.i > last.i
    ):
        return
    middle = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not middle:
        return
    for name in [*middle, last]:
        name.head, name.dep_ = subject, "conj"

