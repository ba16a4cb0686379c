"""Parse repairs of clause attachment: a clause the parser hangs on the wrong verb, so that it
takes that verb's subject and mood. Run by ``repair.repair_parse`` (see its docstring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actors.loader import all_country_names, demonyms
from .repair_prepositions import amount_read_as_preposition

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that name their object as something ("branded Russia a terrorist state")
_NAMING = frozenset({"call", "brand", "label", "dub", "name", "term", "declare", "designate"})
_ACCOUNTABLE = frozenset({"responsible", "accountable", "liable", "culpable"})
# Verbs whose object may follow a "with" phrase ("discussed with the ministers the situation")
_OBJECT_LATE = frozenset(
    {"discuss", "debate", "review", "consider", "exchange", "share", "agree", "sign",
     "coordinate", "raise", "conclude", "settle", "negotiate", "address", "study", "examine"}
)  # fmt: skip


def adverbial_clause(verb: Token) -> None:
    """The repairs of a clause the parser hung on a verb as adverbial: a participle after a
    comma (``comma_participle``), or an infinitive that complements the verb's object noun
    (``noun_infinitive``); and a condition opened by an inverted "should" ("Should Moscow
    invade, ..."), which marks it as "if" does."""
    first = verb.doc[verb.left_edge.i]
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "compound") and c.i > first.i]
    if first.dep_ == "aux" and first.lower_ == "should" and first.head == verb and subject:
        first.dep_ = "mark"
        subject[0].dep_ = "nsubj"  # ("Should Russia attack": "Russia" read as a compound)
    if verb.tag_ == "VBG":
        comma_participle(verb)
    elif verb.tag_ == "VB":
        noun_infinitive(verb)
        reported_imperative(verb)


# Nouns whose infinitive says what their owner decides, plans, offers or has the right to do
_INFINITIVE_NOUNS = frozenset(
    {"decision", "plan", "intention", "proposal", "offer", "attempt", "bid", "move", "effort",
     "refusal", "readiness", "willingness", "commitment", "pledge", "promise", "threat",
     "right", "ability", "agreement", "order", "request", "vow", "determination", "resolve"}
)  # fmt: skip


def noun_infinitive(verb: Token) -> None:
    """ "welcomed the decision of Turkey to close the straits": the parser may hang the
    infinitive on the main verb, which then lends it its subject (Kyiv would close them). An
    infinitive right after the object noun's phrase, when the noun takes one, is the noun's."""
    head = verb.head
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.lemma_.lower() not in _INFINITIVE_NOUNS:
        return
    if obj.right_edge.i != verb.i - 2 or verb.doc[verb.i - 1].lower_ != "to":
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head, verb.dep_ = obj, "acl"


def comma_participle(verb: Token) -> None:
    """Hang a participle set off by a comma from an object-controlled infinitive complement
    on the main verb."""
    inf = verb.head
    main = inf.head
    if (
        inf.dep_ != "xcomp"
        or inf.tag_ != "VB"
        or main.i == inf.i
        or main.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in inf.children)
        # only where the infinitive's subject is the main verb's object ("urges the alliance to"):
        # "wants to make up losses, withdrawing troops" keeps its own subject and mood
        or not any(c.dep_ in ("dobj", "dative") for c in main.children)
        or verb.left_edge.i == 0
        or verb.doc[verb.left_edge.i - 1].text != ","
    ):
        return
    verb.head = main


def named_double_object(named: Token) -> None:
    """ "branded Russia a terrorist state": the parser may read the named party as a dative
    (an indirect object, as in "gave Russia a loan") and the name as the direct object, so the
    verb brands a state. After a verb of naming the first object is who is named (the direct
    object) and the second what they are called (``oprd``, as the parser reads "called Putin a
    killer")."""
    verb = named.head
    # ("brands Putin a war criminal": the name may also be read as an apposition, and the
    # named party as a bare adverbial noun or already as the object)
    name = next((c for c in verb.children if c.dep_ in ("dobj", "appos") and c.i > named.i), None)
    if name is None and named.dep_ in ("dative", "dobj"):
        # ("designates the government a terrorist organisation": an apposition to the party;
        # after an object, only a quoted one: "called Luhansk region "Laotian"")
        name = next((c for c in named.children if c.dep_ == "appos" and (
            named.dep_ == "dative" or c.doc[c.i - 1].tag_ == "``")), None)
    if (
        named.dep_ not in ("dative", "npadvmod", "dobj")
        or named.pos_ not in ("PROPN", "NOUN", "PRON")
        or verb.lemma_.lower() not in _NAMING
        or name is None
    ):
        return
    named.dep_ = "dobj"
    name.head, name.dep_ = verb, "oprd"


def named_demonym(name: Token) -> None:
    """ "called Crimea Russian": the parser may read the named place and the people's
    adjective as one noun phrase, the adjective its head and the verb's object, so the verb
    calls "a Russian" on the phone. After a verb of naming, a bare country adjective as object,
    with a name compounded before it, is the predicate, and the name the object."""
    verb = name.head
    named = next((c for c in name.children if c.dep_ == "compound" and c.i == name.i - 1), None)
    if (
        name.dep_ != "dobj"
        or name.lower_ not in demonyms()  # (not "Russians": people, who can be called)
        or verb.lemma_.lower() not in _NAMING
        or named is None
        or named.pos_ != "PROPN"
        or any(c.dep_ in ("det", "poss", "nummod") for c in name.children)
    ):
        return
    named.head, named.dep_ = verb, "dobj"
    name.dep_, name.pos_, name.tag_ = "oprd", "ADJ", "JJ"


def named_small_clause(name: Token) -> None:
    """ "declared Russia a terrorist state": the parser may read the name as a clause with
    the named party as its subject. After a verb of naming, the subject is made the verb's
    object and the name its predicate, as in "called Putin a killer"."""
    reported_imperative(name)
    allowed_subject(name)
    verb = name.head
    named = next((c for c in name.children if c.dep_ == "nsubj" and c.i < name.i), None)
    # ("holds Russia responsible": holding to account names an adjective)
    holding = verb.lemma_.lower() == "hold" and name.lower_ in _ACCOUNTABLE
    if (
        (name.pos_ != "NOUN" or verb.lemma_.lower() not in _NAMING) and not holding
        or named is None
        or any(c.dep_ in ("aux", "auxpass", "cop") for c in name.children)
    ):
        return
    named.head, named.dep_ = verb, "dobj"
    name.dep_ = "oprd"


def late_object(noun: Token) -> None:
    """ "debated with the envoys the fate of the prisoners": the parser may read the
    object that follows a "with" phrase as an apposition to its noun, so the citizens become
    partners of the talks. A determined noun set beside the phrase's object with no comma,
    under a verb that takes an object and has none, is made that verb's object."""
    trailing_speaker(noun)
    partner = noun.head
    prep = partner.head
    verb = prep.head
    if noun.dep_ != "appos" or (
        partner.dep_ != "pobj"
        or prep.dep_ != "prep"
        or noun.i < partner.i
        or verb.lemma_.lower() not in _OBJECT_LATE
        or any(c.dep_ == "dobj" for c in verb.children)
        or not any(c.dep_ == "det" and c.i < noun.i for c in noun.children)
        or noun.doc[noun.left_edge.i - 1].text in (",", "(", "-", "\u2013", "\u2014")
    ):
        return
    noun.head, noun.dep_ = verb, "dobj"


# Verbs that let someone do something ("allowed inspectors to visit the site")
_ALLOWING = frozenset({"allow", "permit", "enable", "authorize", "authorise"})


def allowed_subject(clause: Token) -> None:
    """ "Iran allowed IAEA inspectors to visit the site", "will help Ukraine defend": the parser
    may read the one let in or helped as the subject of an infinitive clause; it is the object
    of the verb of allowing, and the infinitive its complement, as "urged Iran to let
    inspectors in" is parsed."""
    verb = clause.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    # ("will help Ukraine defend its cities": a bare infinitive after "help" or "let")
    bare = clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children)
    lemma = verb.lemma_.lower()
    if (
        ((lemma in _ALLOWING and to) or (lemma in ("help", "let") and bare))
        and subject is not None
        and subject.i > verb.i
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    ):
        subject.head, subject.dep_ = verb, "dobj"
        clause.dep_ = "xcomp"


# Verbs that address an order or a plea to someone ("Withdraw your troops, X told Y")
_ORDERING = frozenset({"tell", "urge", "ask", "order", "implore", "beg"})


def reported_imperative(verb: Token) -> None:
    """ "Withdraw your troops, Macron told Putin": an imperative that opens the sentence,
    reported by a verb of telling with an addressee, is what the addressee is told to do, as
    "told Putin to withdraw" is; the parser hangs it on that verb as a clause of its own."""
    teller, doc = verb.head, verb.doc
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "ccomp") or teller.i < verb.i:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return
    opening = all(t.is_punct for t in doc[verb.sent.start : verb.i])
    told = any(c.dep_ in ("dobj", "dative") for c in teller.children)
    if opening and told and teller.lemma_.lower() in _ORDERING:
        verb.dep_ = "xcomp"


# Verbs of saying whose subject may trail the reported clause ("..., the ministry said")
_SAYING = frozenset({"say", "tell", "report", "announce", "confirm", "add", "claim", "state"})


def trailing_speaker(noun: Token) -> None:
    """ "North Korea fired a missile into the sea off the peninsula, South Korea's military
    said": the parser may hang the trailing speaker on the reported clause's last noun as an
    apposition. After a comma, right before a saying verb with no subject of its own, whose
    reported clause holds the noun, it is that verb's subject."""
    doc = noun.doc
    verb = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    if verb is None or verb.lemma_.lower() not in _SAYING or verb.dep_ != "ROOT":
        return
    if doc[noun.left_edge.i - 1].text != "," or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return
    if any(a.dep_ == "ccomp" and a.head == verb for a in noun.ancestors):
        noun.head, noun.dep_ = verb, "nsubj"


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "yesterday"})  # fmt: skip


def dated_verb(verb: Token) -> None:
    """ "Latvia on Wednesday expelled two diplomats": a wire lede puts the day between
    the subject and its verb, and the parser may read the verb as an adjective of its object,
    the day's "on" hanging on the subject. The verb gets back the clause: the name its
    subject, the day its time, the noun its object."""
    doc = verb.doc
    day, obj = doc[verb.i - 1] if verb.i > 2 else None, verb.head
    if day is None or day.lower_ not in _WEEKDAYS or day.dep_ != "pobj":
        return
    on, subject = day.head, day.head.head
    if on.lower_ != "on" or on.i != verb.i - 2 or subject.i != on.i - 1 or obj.i < verb.i:
        return
    if subject.pos_ != "PROPN" or obj.pos_ != "NOUN" or subject.head.i not in (obj.i, subject.i):
        return
    if subject.dep_ == "ROOT" and obj.head.i != subject.i:
        return
    if subject.dep_ == "ROOT":  # "Russia (ROOT) ... treaties (appos)"
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head = verb
    elif obj.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = obj.head, obj.dep_
    verb.pos_ = "VERB"
    subject.head, subject.dep_ = verb, "nsubj"
    on.head = verb
    obj.head, obj.dep_ = verb, "dobj"


def misread_modifier(tok: Token) -> None:
    """The repairs of a word the parser read as an adjective modifier: a verb's particle ("pull
    back troops"), a dated verb (see ``dated_verb``), or the noun after a bare "as"
    ("designated the junta as terrorist"), which is the object of "as", as "as a terrorist
    state" is; and of an infinitive the tagger read as a noun ("offered to host talks": "host"
    NN), which is the verb it is, or of a noun it read as a bare infinitive ("imposes ban on
    imports"), which is the object."""
    if tok.dep_ == "xcomp":
        if tok.tag_ == "NN" and any(
            c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children
        ):
            tok.tag_, tok.pos_ = "VB", "VERB"
        elif tok.tag_ == "VB" and _bare_noun_object(tok):
            tok.tag_, tok.pos_, tok.dep_ = "NN", "NOUN", "dobj"
        return
    obj = tok.head
    if tok.lower_ in _PARTICLES and obj.dep_ == "dobj" and tok.i == obj.head.i + 1 < obj.i:
        # "to pull back troops": the particle read as the object's adjective
        tok.head, tok.dep_, tok.tag_, tok.pos_ = obj.head, "prt", "RP", "ADP"
    elif tok.tag_ == "VBD":
        dated_verb(tok)
    elif tok.head.lower_ == "as" and tok.head.dep_ == "prep" and not any(
        c.dep_ == "pobj" for c in tok.head.children
    ):
        tok.dep_ = "pobj"


# Particles the tagger may read as an adjective of the object ("pull back troops")
_PARTICLES = frozenset({"back", "out", "off", "down", "up", "in"})


# Verbs that take a bare infinitive ("helped build", "let them go", "made them leave")
_BARE_INFINITIVE = frozenset({"help", "make", "let", "see", "hear", "watch", "have", "bid", "dare"})


def _bare_noun_object(tok: Token) -> bool:
    """A bare "infinitive" right after a finite verb that takes none, with no subject or
    object of its own and a preposition after it: the noun object of the verb ("EU imposes
    ban on coal", "Japan announces curb on exports")."""
    verb = tok.head
    kids = list(tok.children)
    return (
        verb.tag_ in ("VBZ", "VBD", "VBP")
        and tok.i == verb.i + 1
        and verb.lemma_.lower() not in _BARE_INFINITIVE
        and not any(c.dep_ in ("aux", "nsubj", "dobj", "dative") for c in kids)
        and any(c.dep_ == "prep" and c.i == tok.i + 1 for c in kids)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def counted_ellipsis(count: Token) -> None:
    """ "Four people were killed and nine injured as missiles struck Lviv": the parser may read
    the elided "nine (were) injured" as a number with an adjective, subject of the next verb,
    which then has two subjects. A number so read, with its participle right after it and a
    second subject of the verb after it, is the elided passive clause, joined to the first."""
    verb = count.head
    participle = count.doc[count.i + 1] if count.i + 1 < len(count.doc) else None
    if participle is None or participle.tag_ != "VBN" or participle.head != count:
        return
    if verb.dep_ != "conj" or not any(
        c.dep_ == "nsubj" and c.i > participle.i for c in verb.children
    ):
        return
    participle.head, participle.dep_ = verb.head, "conj"
    count.head, count.dep_ = participle, "nsubjpass"
    if any(c.dep_ == "mark" for c in verb.children):
        verb.head, verb.dep_ = participle.head, "advcl"  # ("as missiles struck Lviv")


# Verbs that tell a party what another will do ("Scholz warns Putin Germany will hit back")
_TELLING = frozenset({"warn", "tell", "assure", "remind", "inform", "promise", "reassure"})


def told_party(name: Token) -> None:
    """ "Scholz warns Putin Germany will hit back": in a headline with no "that", the parser
    reads the party told and the subject of the clause told as one name ("Putin Germany"). A
    name right after a verb of telling, compounded with a country, the told clause's subject,
    and no part of that country's name ("South Korea"), is the verb's object."""
    head, verb = name.head, name.head.head.head
    if not (name.dep_ == "compound" and head.dep_ == "nsubj" and head.head.dep_ == "ccomp"
            and verb.i == name.i - 1 and verb.lemma_.lower() in _TELLING
            and head.lower_ in all_country_names() and head.i == name.i + 1
            and f"{name.lower_} {head.lower_}" not in all_country_names()
            and name.lower_ not in all_country_names()):
        return
    name.head, name.dep_ = verb, "dobj"


_HELD_AS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"})


def double_object(first: Token) -> None:
    """ "hit paperwork dead-end": the parser may read a noun modifier and the noun it
    modifies as two objects of the verb, so the verb acts on the modifier. A bare common noun
    object right before another common noun object of the same verb is its modifier."""
    amount_read_as_preposition(first)  # "gives Ukraine over 200 tanks"
    verb = first.head
    second = next((c for c in verb.children if c.dep_ == "dobj" and c.i > first.i), None)
    if first.dep_ == "dobj" and second is not None and second.lower_ in _HELD_AS:
        second.dep_ = "oprd"  # "took 30 civilians hostage": what the object is made
        return
    if (first.dep_ != "dobj" or second is None or first.pos_ != "NOUN" or second.pos_ != "NOUN"
            or second.left_edge.i != first.right_edge.i + 1 or list(first.children)):
        return
    first.head, first.dep_ = second, "compound"


# Amounts of effort done "to" do something ("did everything to help", "has done a great deal
# to support")
# (not "did nothing" or "not enough to help", whose help the clause denies)
EFFORT = frozenset({"everything", "lot", "deal", "much", "all", "more", "plenty"})


def effort_purpose(verb: Token) -> None:
    """ "Russia will do everything to help Syria": the parser may read the infinitive as a
    relative clause of the amount done, so the help has no subject. An infinitive with no
    subject on the object of "do" that measures effort is the purpose of the doing."""
    amount = verb.head
    do = amount.head
    if (verb.dep_ != "relcl" or verb.tag_ != "VB" or amount.dep_ != "dobj"
            or amount.lemma_.lower() not in EFFORT or do.lemma_.lower() != "do"
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return
    verb.head, verb.dep_ = do, "advcl"
