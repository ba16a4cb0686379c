"""Parse repairs of nouns the tagger reads as another word: a headline whose subject noun the
parser reads as its verb ("Bucha massacre shocks world", "Malmo stabbing prompts
soul-searching"), and a place name read as an adverb ("troops shelled Bakhmut"). Run by
``repair.repair_parse`` (see its docstring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Endings of plural agent nouns, which no English verb has in the third person
_AGENT_PLURALS = ("ers", "ors", "ists", "ians")
# What may open the object of the real verb ("shocks world", "leaves 3 dead", "sparks the")
_OBJECT_OPENERS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "PRON"})


def noun_read_as_verb(root: Token) -> None:
    """ "Bucha massacre shocks world": the parser may read a headline's place name and event
    noun as subject and verb ("Bucha" massacres), and the real verb after them as a plural
    noun. A root verb with no auxiliary that cannot be the verb of the singular name before it
    (a plural or bare "massacre", or a bare gerund "stabbing"), followed by a word in "-s"
    that opens a noun phrase's object, is the subject's noun; the "-s" word is the verb, and
    the name a modifier of the noun."""
    doc = root.doc
    bare = root.tag_ in ("VBP", "VB") or (root.tag_ == "VBD" and root.lower_ == root.lemma_)
    if root.dep_ != "ROOT" or root.pos_ != "VERB" or not (bare or root.tag_ == "VBG"):
        return  # (a bare form the tagger took for a past: "massacre")
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in root.children) or root.i < 1:
        return
    name, verb = doc[root.i - 1], doc[root.i + 1] if root.i + 1 < len(doc) else None
    if name.dep_ != "nsubj" or name.head.i != root.i or name.tag_ not in ("NNP", "NN") or not (
            name.text[:1].isupper()):
        return  # (a name the tagger took for a common noun: "Lyon")
    if name.i > root.sent.start and doc[name.i - 1].pos_ in ("DET", "ADJ", "NUM"):
        return
    if verb is None or verb.tag_ not in ("NNS", "VBZ") or not verb.lower_.endswith("s") or (
            verb.lower_.endswith(_AGENT_PLURALS)):
        return
    after = doc[verb.i + 1] if verb.i + 1 < root.sent.end else None
    if after is None or after.pos_ not in _OBJECT_OPENERS or not (
            verb.head.i == root.i or verb.head.head.i == root.i):
        return
    obj = verb.head if verb.head.i != root.i else None  # ("shocks" glued to "world")
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBZ", "VERB"
    for c in list(root.children):
        if c.i > verb.i:
            c.head = verb
    if obj is not None:
        obj.head, obj.dep_ = verb, "dobj"
    root.head, root.dep_, root.tag_, root.pos_ = verb, "nsubj", "NN", "NOUN"
    root.lemma_ = root.lower_
    name.dep_ = "compound"


# Entity types of a named object; a date or number the tagger calls an adverb is one
_NAMED = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "PRODUCT", "NORP"})


def name_read_as_adverb(word: Token) -> None:
    """ "Russian troops shelled Bakhmut": the tagger may read an unfamiliar name right after a
    verb as an adverb, or the parser hang it on the verb as one ("are shelling Kupiansk"), and
    the verb loses its object. A capitalised word inside the sentence
    that the recogniser takes for a name, right after a verb with no object, is the object."""
    verb = word.head
    if word.tag_ not in ("RB", "NNP") or word.dep_ != "advmod" or word.ent_type_ not in _NAMED:
        return
    if not word.text[:1].isupper() or word.i == word.sent.start or verb.i != word.i - 1:
        return
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children):
        return
    word.tag_, word.pos_, word.dep_ = "NNP", "PROPN", "dobj"


# Words that are auxiliaries indeed
_AUXILIARIES = frozenset({"be", "have", "do", "will", "shall", "can", "may", "must", "might",
                          "would", "should", "could", "ought", "get", "need", "dare", "used"})


def verb_read_as_auxiliary(aux: Token) -> None:
    """ "Blinken cancels meeting with Lavrov": the parser may take a headline's present verb
    for the auxiliary of a gerund after it, which then heads the clause ("meeting with"
    codes a meeting). A third-person verb that is no auxiliary, hung as one on the gerund
    right after it, is the verb; the gerund is its object noun."""
    gerund = aux.head
    if (aux.dep_ != "aux" or aux.tag_ != "VBZ" or gerund.tag_ != "VBG"
            or gerund.i != aux.i + 1 or aux.lower_ in ("is", "has", "does", "'s")
            or aux.lemma_.lower() in _AUXILIARIES):
        return
    aux.head, aux.dep_ = (aux, "ROOT") if gerund.dep_ == "ROOT" else (gerund.head, gerund.dep_)
    aux.pos_, aux.lemma_ = "VERB", _stem(aux.lower_)
    for c in list(gerund.children):
        if c.i < aux.i:  # (the subject)
            c.head = aux
    gerund.head, gerund.dep_, gerund.tag_, gerund.pos_ = aux, "dobj", "NN", "NOUN"
    gerund.lemma_ = gerund.lower_


def _stem(word: str) -> str:
    """The bare form of a third-person verb ("cancels", "pushes", "denies")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word
