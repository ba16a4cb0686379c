"""Parse repair of a headline's bare verb of war after plural agents: "Russian invaders shell
airport near Vinnytsia", "Enemies shell Donetsk region", "Air Force units down two drones".
With its articles dropped, the tagger reads the plural verb as a noun or an adjective and the
parser makes agents, verb and object one noun phrase (or hangs the object on the agents as a
preposition's). A bare verb of war ("shell", "bomb", "storm", "down") right after a plural
agent noun, with a noun phrase opening right after it, is the verb: the agents are its
subject, the noun phrase its object, and what hung on the phrase as a clause's part (a
fronted place, a participle, the means) hangs on the verb. Run by ``repair.repair_parse``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Bare (plural) present forms of verbs of war that the tagger reads as nouns in headlines
# ("pound" and "mine" are left out: as nouns they name money and pits)
WAR_VERBS = frozenset(
    {"shell", "bomb", "storm", "down", "strafe", "raid", "hit", "strike", "attack",
     "seize", "capture", "retake", "recapture", "liberate", "repel", "destroy", "blast",
     "torch", "ambush", "besiege", "encircle", "bombard", "shoot", "target"}
)  # fmt: skip
# Singular nouns that name plural agents ("Russian military shell Chernihiv")
_COLLECTIVE = frozenset({"military", "aircraft"})
# Words that may stand between the agents and the verb ("Invaders again shell")
_BETWEEN = frozenset({"again", "also", "reportedly", "now", "still", "once", "allegedly"})
# Tags that open the object's noun phrase
_OPENERS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$"})
# Where the misread phrase may stand: a clause of its own
_TOPS = frozenset({"ROOT", "advcl", "ccomp", "conj", "parataxis", "dep", "appos"})
# Parts of the phrase that belong to the clause: a fronted place, a participle, the means
_CLAUSAL = frozenset({"advcl", "npadvmod", "advmod", "punct", "prep", "parataxis", "conj", "cc"})


def war_verb_after_agents(w: Token) -> None:
    """Make ``w`` the verb of its agents and object when the parser missed it (see the
    module)."""
    doc = w.doc
    if w.lower_ not in WAR_VERBS or w.pos_ == "VERB" and w.dep_ in ("ROOT", "ccomp", "conj"):
        return  # (read as a verb: its own repairs see to its arguments)
    if w.i < 1 or w.i + 1 >= len(doc) or w.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
        return
    subject = doc[w.i - 1]
    if subject.lower_ in _BETWEEN and w.i >= 2:
        subject = doc[w.i - 2]
    if not _agents(subject) or any(c.dep_ == "det" and c.i > subject.i for c in w.children):
        return
    if subject.dep_ in ("pobj", "dobj") or (
            subject.head.pos_ in ("VERB", "AUX") and subject.head.i not in (w.i,)
            and subject.dep_ in ("nsubj", "nsubjpass")):
        return  # ("troops shell casings litter the road": the agents have their verb)
    obj = _object(w)
    if obj is None or obj.dep_ in ("nsubj", "nsubjpass"):
        return
    top = max((subject, w, obj), key=lambda t: _depth_rank(t))
    if top.dep_ not in _TOPS:
        return  # (the phrase is a part of another clause: a noun phrase after all)
    moved = [c for t in (subject, obj, w) for c in t.children
             if c.i not in (subject.i, obj.i, w.i) and _clausal(c, t, subject, obj, w)]
    fronted = [c for c in w.children if c.i < subject.i and c.dep_ in ("amod", "compound")]
    if top.i != w.i:
        w.head = w if top.dep_ == "ROOT" else top.head
        w.dep_ = top.dep_
    w.tag_, w.pos_ = "VBP", "VERB"
    w.lemma_ = w.lower_
    subject.head, subject.dep_ = w, "nsubj"
    if subject.pos_ == "ADJ":
        subject.tag_, subject.pos_ = "NN", "NOUN"
    obj.head, obj.dep_ = w, "dobj"
    for c in moved:
        c.head = w
    for c in fronted:  # ("Russian military shell": the adjective is the agents')
        c.head = subject


def _agents(t: Token) -> bool:
    """Plural agents: a plural noun in lower case or a people's name ("invaders", "Russians",
    "units"), or a collective noun ("military"); not a name in capitals ("US")."""
    if t.text.isupper():
        return False
    return (t.tag_ in ("NNS", "NNPS") and t.lower_.endswith("s")) or t.lower_ in _COLLECTIVE


def _object(w: Token) -> Token | None:
    """The head of the noun phrase that opens right after ``w``."""
    t = w.doc[w.i + 1]
    if t.tag_ not in _OPENERS or t.dep_ in ("nsubj", "nsubjpass"):
        return None
    while t.dep_ in ("compound", "amod", "nummod", "det", "nmod", "poss", "quantmod") and (
            t.head.i > t.i):
        t = t.head
    return t if t.pos_ in ("NOUN", "PROPN", "NUM") and t.i > w.i else None


def _depth_rank(t: Token) -> int:
    """Higher for a token nearer the root (the phrase's top)."""
    return -sum(1 for _ in t.ancestors)


def _clausal(c: Token, parent: Token, subject: Token, obj: Token, w: Token) -> bool:
    """Whether the child ``c`` of the misread phrase belongs to the clause: on the object or
    the verb, anything before the agents ("In Luhansk region, ...") and a clause's part after
    the object, its prepositions too ("shell the airport near Vinnytsia with rockets": where and
    by what means, as ``repair_headlines`` reads a glued headline); on the agents, anything
    after the verb."""
    if parent.i == subject.i:
        return c.i > w.i and not (c.dep_ in ("amod", "compound") and c.i < obj.i)
    if c.i < subject.left_edge.i:
        return True
    return c.i > obj.i and c.dep_ in _CLAUSAL
