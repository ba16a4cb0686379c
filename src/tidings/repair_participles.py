"""Parse repair of a headline's passive participle that the tagger reads as a past tense:
"Five Ukrainian soldiers taken prisoner by Russian forces", "Documents stolen from the
embassy". A headline drops "were"; the tagger then reads the participle as a simple past with
the patient as its subject, and the captives take themselves prisoner. A participle in "-en"
that is never a past tense ("taken", not "took"), with a subject before it and no auxiliary,
is passive: its subject the patient, its "by" phrase the agent. So is a root the tagger does
tag as a participle, with a subject and a "by" phrase but no auxiliary or object ("flagship
struck by two missiles"): the parser still calls the patient its subject. Run by
``repair.repair_parse``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Past participles that differ from the verb's simple past ("taken", "took")
_EN_PARTICIPLES = frozenset(
    {"taken", "given", "shown", "seen", "stolen", "beaten", "written", "driven", "chosen",
     "frozen", "spoken", "broken", "forgotten", "hidden", "shaken", "sworn", "torn", "drawn",
     "thrown", "overthrown", "overtaken", "undertaken", "forbidden", "mistaken", "withdrawn"}
)  # fmt: skip


def participle_read_as_past(verb: Token) -> None:
    """Make a headline's "-en" participle read as a past tense passive (module docstring)."""
    kids = list(verb.children)
    # (a root tagged as a participle with a subject and no auxiliary is one too: "Russia's
    # fleet flagship struck by two Ukrainian missiles")
    # (or one of sending with its destination: "US troops dispatched to Poland")
    bare = verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("dobj", "oprd") for c in kids) and any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in kids) or (
        verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ROOT" and _passive_cue(verb))
    if not bare and (verb.tag_ != "VBD" or verb.lower_ not in _EN_PARTICIPLES):
        return
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ in ("aux", "auxpass", "neg") for c in kids):
        return
    subject.dep_ = "nsubjpass"
    verb.tag_ = "VBN"
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i:
            c.dep_ = "agent"
        elif c.dep_ == "dobj" and c.lemma_.lower() in _STATES and c.i == verb.i + 1:
            c.dep_ = "oprd"  # "taken prisoner": the state they are taken into, as in "were"


# Nouns of the state a passive puts its patient in ("taken prisoner", "held hostage")
_STATES = frozenset({"prisoner", "hostage", "captive"})


# Verbs of sending, which always have an object: with none, a headline's is passive
_SENDING = frozenset({"send", "dispatch"})


def _sent_somewhere(verb: Token) -> bool:
    """ "US troops dispatched to Poland": a verb of sending with no object and a destination."""
    return verb.lemma_.lower() in _SENDING and not any(
        c.dep_ in ("dobj", "oprd", "dative") and c.pos_ != "ADP" for c in verb.children
    ) and any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in verb.children)


# Verbs of accusing, whose object a passive's "of" follows ("Russia accused of genocide")
_ACCUSING = frozenset({"accuse", "suspect", "convict", "acquit"})


# Verbs of force that always take an object: with none, a headline's ends the clause passive
_FORCING = frozenset({"invade", "annex", "occupy", "bomb", "shell", "besiege", "blockade",
                      "sanction", "seize", "capture", "liberate", "attack", "raid"})


def _passive_cue(verb: Token) -> bool:
    """Whether a verb with no object is passive by its sense: sent somewhere, accused of, or
    a verb of force that ends its clause ("Ukraine invaded: how the invasion unfolded")."""
    if _sent_somewhere(verb):
        return True
    doc = verb.doc
    if verb.lemma_.lower() in _FORCING and not any(
            c.dep_ in ("dobj", "dative", "prt") for c in verb.children) and (
            verb.i + 1 == len(doc) or doc[verb.i + 1].text in (":", "-", "–", "—")):
        return True
    return verb.lemma_.lower() in _ACCUSING and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


def sent_participle_root(root: Token) -> None:
    """ "More British troops sent to Estonia", "Ukraine war: Russian forces accused of
    abducting mayor": a headline with no verb but a participle of sending or accusing on its
    root noun (or on the noun after a label and a colon) says the noun was sent or accused;
    the participle is the passive root."""
    doc = root.doc
    nouns = [root, *(c for c in root.children if c.dep_ in ("dep", "appos") and c.i > root.i
                     and any(t.text == ":" for t in doc[root.i + 1 : c.i]))]
    for noun in nouns:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                     and c.i == noun.i + 1 and _passive_cue(c)), None)
        if noun.pos_ != "NOUN" or verb is None or root.dep_ != "ROOT" or any(
                t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.dep_ not in (
                    "advcl", "xcomp", "pcomp") for t in root.sent):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBN"
        if noun.i != root.i:
            root.head, root.dep_ = verb, "dep"  # (the label)
        noun.head, noun.dep_ = verb, "nsubjpass"
        for c in list(noun.children):
            if c.i > verb.i:
                c.head = verb
        return


# Verbs that name their object something: the object predicate is theirs
_NAMING = frozenset({"call", "label", "brand", "term", "dub", "deem", "consider", "declare"})


def late_label(label: Token) -> None:
    """ "called Russia's statement declaring a ceasefire a manipulation": the parser may hang
    the label on a participle inside the object; a verb of naming with no label of its own
    takes it back, so the object is named, not phoned."""
    part = label.head
    obj = part.head
    verb = obj.head
    second = label.dep_ == "dobj" and any(  # ("... recognising the separatists a provocation")
        c.dep_ == "dobj" and c.i < label.i for c in part.children)
    if (not (label.dep_ == "oprd" or second) or part.dep_ != "acl"
            or part.tag_ not in ("VBG", "VBN") or obj.dep_ != "dobj"
            or verb.lemma_.lower() not in _NAMING
            or any(c.dep_ in ("oprd", "xcomp") for c in verb.children)):
        return
    label.head, label.dep_ = verb, "oprd"
