"""Parse repairs of coordination: a conjunct in another tense hung on a clause it cannot
belong to, and a headline's second subject read as an apposition. Run by
``repair.repair_parse`` (see its docstring; ``tense_conjunct`` runs the three repairs of a
past conjunct in another tense)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actors.loader import country_names

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})
_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "'ll", "wo", "shall"})


def tense_conjunct(verb: Token) -> None:
    """The repairs of a past or perfect conjunct hung on a clause in another tense or mood."""
    perfect_conjunct(verb)
    infinitive_conjunct(verb)
    progressive_conjunct(verb)


def perfect_conjunct(verb: Token) -> None:
    """Hang a present-perfect or past conjunct ("and has warned", "and accused") of a modal
    clause reported by a verb of saying ("said NATO would respond") on the verb of saying: a
    clause in another tense and mood is the speaker's second act, not more of what the
    speaker reported."""
    clause = verb.head
    speech = clause.head
    if (
        clause.dep_ != "ccomp"
        or speech.i == clause.i
        or speech.pos_ != "VERB"
        or not (verb.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children
        ))
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        or not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)
        or not any(c.dep_ == "nsubj" for c in speech.children)
    ):
        return
    _second_act(verb, clause, speech)


def infinitive_conjunct(verb: Token) -> None:
    """ "X and Y agreed to keep talking ... and called on Moscow to ...": the parser may
    coordinate a past verb with the infinitive before it, so the call reads as agreed to, a
    future act. A past verb with no subject of its own cannot continue a "to" infinitive; it
    is the second act of the finite verb that governs the infinitive."""
    clause = verb.head
    governor = clause.head
    if (
        verb.tag_ != "VBD"
        or clause.tag_ != "VB"
        or clause.dep_ not in ("xcomp", "advcl")
        or governor.i == clause.i
        or governor.tag_ not in ("VBD", "VBZ", "VBP")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    ):
        return
    _second_act(verb, clause, governor)


def progressive_conjunct(verb: Token) -> None:
    """ "rejected the claim that Kyiv is preparing a bomb and called for calm": the parser may
    coordinate a past verb with the present clause of a claim inside a past verb's object
    (or complement). A past verb with no subject of its own cannot continue a clause that has
    its own subject in the present; it is the second act of the past verb."""
    clause = verb.head
    up = clause.head
    governor = up.head if clause.dep_ == "acl" and up.dep_ in ("dobj", "nsubjpass") else up
    if (
        verb.tag_ != "VBD"
        or clause.tag_ not in ("VBG", "VBZ", "VBP")
        or clause.dep_ not in ("acl", "ccomp")
        or governor.tag_ != "VBD"
        or governor.i in (clause.i, up.i) and clause.dep_ == "acl"
        or not any(c.dep_ == "nsubj" for c in clause.children)
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    ):
        return
    _second_act(verb, clause, governor)


def _second_act(verb: Token, clause: Token, governor: Token) -> None:
    """Hang the conjunct ``verb`` of ``clause`` on ``governor``, with the "and" between them:
    it joins the governor's two acts."""
    verb.head = governor
    for c in clause.children:
        if c.dep_ == "cc" and clause.i < c.i < verb.i:
            c.head = governor


def apposed_subject(name: Token) -> None:
    """ "Turkey's Erdogan, Azerbaijan's Aliyev meet ...": a headline lists its subjects with a
    comma, and the parser may read the second as an apposition of the first. A proper name in
    apposition to a named subject of a plural present verb is a second subject (a singular
    verb keeps the apposition: "Putin, Russia's leader, says")."""
    subject = name.head
    verb = subject.head
    if (
        name.dep_ != "appos"
        or name.pos_ != "PROPN"
        or subject.dep_ != "nsubj"
        or subject.pos_ != "PROPN"
        or verb.tag_ not in ("VBP", "VB")
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        or name.right_edge.i != verb.i - 1  # (a longer list is ``_listed_names``'s)
        or name.left_edge.i == 0
        or name.doc[name.left_edge.i - 1].text != ","
    ):
        return
    name.dep_ = "conj"


def listed_root_name(first: Token) -> None:
    """ "Colonna, Blinken call for dialogue": the parser may make the first of two listed
    names the root and the verb a parataxis of it with the second name its subject. A name
    that opens the headline, a comma, and a present verb whose proper-name subject follows
    the comma: the verb is the root, the names its listed subject."""
    doc = first.doc
    verb = next((c for c in first.children if c.dep_ in ("parataxis", "appos") and c.i > first.i),
                None)
    if first.dep_ != "ROOT" or first.pos_ != "PROPN" or verb is None or verb.tag_ != "VBP":
        return
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                   and c.left_edge.i == first.i + 2), None)
    if second is None or doc[first.i + 1].text != "," or first.left_edge.i != first.sent.start:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    first.head, first.dep_ = verb, "nsubj"
    second.head, second.dep_ = first, "conj"


# Verbs of warning and predicting whose "that" may be dropped before a modal clause
_FORECASTING = frozenset({"warn", "predict", "fear", "say", "claim", "believe", "suggest"})
_CLAUSAL = frozenset({"VERB", "AUX"})


def subject_read_as_conjunct(verb: Token) -> None:
    """ "Security forces killed dozens of rioters and Russian troops have been called in": the
    parser may join the second clause's subject to the first clause's object, leaving the
    second verb with none. A coordinated verb with no subject, whose auxiliaries follow right
    after a noun conjunct of the first clause, has that noun for its subject. So has a
    complement clause with no subject ("announced plans to help buyers and the Tories would
    extend the scheme"), which is then the second clause of the coordination."""
    if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return  # (or an adverbial clause with no mark: the parser's other reading)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxes or any(a.tag_ == "TO" for a in auxes):
        return  # ("with its allies and partners to respond": an infinitive has no subject)
    noun = verb.doc[min(a.i for a in auxes) - 1]
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    cc = next((c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.left_edge.i), None)
    if (noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i < verb.head.i
            or cc is None or noun.right_edge.i + 1 != min(a.i for a in auxes)):
        return
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
    cc.head = verb.head
    if verb.dep_ == "ccomp":
        verb.dep_ = "conj"


def object_read_as_subject(clause: Token) -> None:
    """ "Israel bombed Gaza and Hamas fired rockets": the parser may make the first verb's
    object and the second clause's subject one compound subject of a clause the first verb
    reports. A verb of no saying with no object, whose complement clause opens right after it
    with a coordinated subject, has the first conjunct for its object; the second is the
    subject of the clause, which is coordinated with the verb."""
    verb = clause.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if (clause.dep_ != "ccomp" or subject is None or verb.pos_ != "VERB"
            or verb.lemma_.lower() in _REPORTING or subject.left_edge.i != verb.i + 1
            or any(c.dep_ in ("dobj", "dative", "prt") for c in verb.children)
            or any(c.dep_ == "mark" for c in clause.children)):
        return
    second = next((c for c in subject.children if c.dep_ == "conj" and c.i < clause.i), None)
    cc = next((c for c in subject.children if c.dep_ == "cc"), None)
    if second is None or cc is None or subject.pos_ not in ("PROPN", "NOUN"):
        return
    subject.head, subject.dep_ = verb, "dobj"
    second.head, second.dep_ = clause, "nsubj"
    cc.head = verb
    clause.dep_ = "conj"


# Verbs whose complement clause is what they report, think or want
_REPORTING = frozenset(
    {"say", "tell", "report", "claim", "state", "announce", "warn", "think", "believe", "know",
     "hope", "fear", "expect", "deny", "insist", "add", "argue", "note", "suggest", "confirm",
     "admit", "allege", "assert", "predict", "write", "show", "mean", "indicate", "find",
     "feel", "see", "hear", "learn", "realise", "realize", "understand", "agree", "ensure",
     "promise", "pledge", "vow", "decide", "demand", "urge", "ask", "wish", "want", "doubt"}
)  # fmt: skip


def object_before_modal(modal: Token) -> None:
    """ "with officials warning Russia's numbers could overcome the resistance": the parser
    takes the subject of a clause whose "that" was dropped for the speech verb's object,
    and hangs the modal clause elsewhere. A noun object of a verb of warning or saying right
    before a modal is the subject of the modal's verb, and that clause the speech's
    complement."""
    verb, noun = modal.head, modal.doc[modal.i - 1]
    while (noun.dep_ != "dobj" and noun.head.i != noun.i and noun.head.i < modal.i
           and noun.head.pos_ not in _CLAUSAL):
        # the head of the phrase: "Moscow's vast reserves", "full-scale invasion of Ukraine"
        noun = noun.head
    speech = noun.head
    if (modal.tag_ != "MD" or noun.dep_ != "dobj" or speech.lemma_ not in _FORECASTING
            or noun.right_edge.i != modal.i - 1
            or verb.i < modal.i or (verb.head.i == speech.i and verb.dep_ != "ccomp")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = speech, "ccomp"


def titled_list(title: Token) -> None:
    """ "talked to President of Kyrgyzstan A, President of Belarus B, and Prime Minister of
    Armenia C": the parser may read each titled name after a comma as an apposition to the
    name before it (or a conjunct of it), with that name inside the previous item's "of"
    phrase. A title in apposition or conjunction to a name that itself ends a titled item
    ("... of Country Name"), and naming a country and a person of its own, is the next item of
    the list: a conjunct of its first item. (An apposition to a name with no title of its own
    stays one: "Jan Novak, Prime Minister of Slovakia" is one person.)"""
    if title.dep_ not in ("appos", "conj", "nmod") or title.pos_ != "PROPN":
        return
    if (title.dep_ == "nmod") != (title.i < title.head.i):
        return  # (an item read as a modifier of the list's last name comes before it)
    # the item's words: the title's run of names, "of" and "the" (the parser may hang the
    # item's own "of" phrase on the name before it)
    end = title.i
    while end + 1 < len(title.doc) and (
            title.doc[end + 1].pos_ == "PROPN" or title.doc[end + 1].lower_ in ("of", "the")):
        end += 1
    name = title.doc[end]
    if not any(t.lower_ == "of" and _names_person(t, name) for t in title.doc[title.i : end]):
        return
    if title.dep_ == "nmod":
        # "with President of A X, President of B Y, and Prime Minister of C Z": the first
        # titles hang on Z; an item ending in a name of its own before a comma is one of the
        # list, whose first item takes Z's place (a conjunct follows what it joins)
        last = title.head
        if end + 1 >= last.i or title.doc[end + 1].text != ",":
            return
        if last.dep_ == "conj":  # the list already starts at an earlier item
            title.head, title.dep_ = last.head, "conj"
        else:
            title.head, title.dep_ = last.head, last.dep_
            last.head, last.dep_ = title, "conj"
        return
    first = _titled_item(title.head)
    if first is None or first == title:
        return
    title.head, title.dep_ = first, "conj"
    before = title.doc[title.i - 1]
    if before.dep_ == "cc":  # "..., and Prime Minister of Armenia C": the "and" is the list's
        before.head = first


def _titled_item(name: Token) -> Token | None:
    """The first item of the list whose titled item the name ``name`` ends ("President of
    Kyrgyzstan A": the title, or the name when the parser hangs the title on it), or None
    when ``name`` is no titled item."""
    if name.pos_ != "PROPN":
        return None
    prep = name.head
    if name.dep_ == "pobj" and prep.lower_ == "of" and _names_person(prep, name):
        item = prep.head
    elif any(t.lower_ == "of" and _names_person(t, name)
             for c in name.children if c.dep_ in ("nmod", "compound") and c.i < name.i
             for t in name.doc[c.i : name.i]):
        item = name
    else:
        return None
    while item.dep_ == "conj" and item.head.i < item.i:
        item = item.head
    return item


def _names_person(prep: Token, name: Token) -> bool:
    """Whether the words after ``prep`` up to ``name`` are a country's name and then a
    person's ("of the Slovak Republic Jana Novak")."""
    words = [t for t in prep.doc[prep.i + 1 : name.i + 1] if t.lower_ != "the"]
    names = country_names()
    return any(
        " ".join(t.lower_ for t in words[:k]) in names and all(t.pos_ == "PROPN" for t in words[k:])
        for k in range(1, len(words))
    )


# Nouns of dealings with partners ("talks with X, Y")
_DEALINGS = frozenset({"talk", "talks", "meeting", "negotiation", "negotiations", "call",
                       "conversation", "consultation", "consultations", "summit", "contact"})


def listed_partner(item: Token) -> None:
    """ "talks with the Prime Minister of the Netherlands, the President of Georgia, the
    Prime Ministers of Czechia and Slovakia": the parser may hang a later item of the list
    after "with" on the noun itself as an apposition, so the talks are the item's. An
    apposition to a noun of dealings that comes after the object of the noun's "with" phrase
    is the next item of that object's list."""
    noun = item.head
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                 and c.i < item.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if item.dep_ != "appos" or obj is None or obj.i > item.i or (
            noun.lemma_.lower() not in _DEALINGS):
        return  # ("the ambassador to Russia, Pavel Orlov": the ambassador's name)
    item.head, item.dep_ = obj, "conj"


def listed_subject(first: Token) -> None:
    """ "Scholz, Sunak meet in Berlin": a headline lists its subjects with a comma
    for "and"; the parser hangs the first name loose on the verb. A name right before a comma
    and the verb's proper-name subject after it is that subject's first conjunct."""
    verb, doc = first.head, first.doc
    comma = first.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or verb.pos_ not in ("VERB", "AUX"):
        return
    # ("US, allies expel ...": a plural noun after a state's name is a second subject too)
    plural = first.ent_type_ in ("GPE", "ORG", "NORP")
    second = next((c for c in verb.children if c.dep_ == "nsubj"
                   and (c.pos_ == "PROPN" or (plural and c.tag_ == "NNS"))
                   and c.left_edge.i == comma + 1), None)
    if second is None or first.i > verb.i:
        return
    first.dep_ = "nsubj"
    second.head = first
    second.dep_ = "conj"
    doc[comma].head = first


# Nouns of a unit's task that name it in pairs ("sabotage and reconnaissance group")
_TASKS = frozenset({"sabotage", "reconnaissance", "search", "rescue", "assault", "strike",
                    "combat", "landing", "surveillance", "attack", "patrol", "sniper"})


def paired_task_modifiers(unit: Token) -> None:
    """ "destroyed the enemy's sabotage and reconnaissance group": the parser may make the
    first task noun the head and the unit its conjunct, so that the enemy's sabotage is what
    was destroyed. Two task nouns joined by "and" before a noun are both its modifiers, and
    the noun heads the phrase."""
    first = unit.head
    doc = unit.doc
    if unit.dep_ != "conj" or unit.pos_ != "NOUN" or first.i + 3 != unit.i:
        return
    second = doc[unit.i - 1]
    if (doc[first.i + 1].lower_ != "and" or second.head != unit or second.dep_ != "compound"
            or first.lemma_.lower() not in _TASKS or second.lemma_.lower() not in _TASKS):
        return
    unit.head, unit.dep_ = (unit, "ROOT") if first.head == first else (first.head, first.dep_)
    for c in list(first.children):
        if c.i < first.i:  # ("the enemy's": the phrase's determiner and possessor)
            c.head = unit
    first.head, first.dep_ = unit, "compound"
    doc[first.i + 1].head = first
    second.head, second.dep_ = first, "conj"
