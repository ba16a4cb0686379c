"""Parse repairs around prepositions (see ``repair`` for how repairs run).

Conjunction read as a preposition. In "the UK reveals sanctions as Johnson and other leaders
meet" the parser may take "as" (or "after", "while" ...) for a preposition with the subject as
its object, and the verb for a clause of the main verb with no subject. A finite verb right
after the object phrase that agrees with it and has no subject takes it as subject.

Title with "to". In "was said by Adviser to the Minister Ivan Petrenko" or "met the Ambassador to
Japan" the parser may hang "to" on the verb, which then reads as said or sent to the minister.
A capitalised title noun of service (adviser, ambassador, envoy, aide, representative) right
before the "to" takes the phrase back as its complement.

Partner before a purpose infinitive. In "spoke today with Prime Minister NAME of Japan to
discuss the crisis" the parser may read "NAME ... to discuss" as a clause inside the "with"
phrase, the partner as the subject of "discuss", and leave "with" without an object: the call
loses its partner and the discussion gains a subject it does not have. The partner is made
the object of "with" again and the infinitive a clause of the verb "with" belongs to.

"To" before a participle. In "brought the children to occupied Donetsk" the parser may read
"to occupied" as an infinitive, and the place as the participle's object: the children are
brought somewhere, and the place is occupied anew. No infinitive is "to" and a bare past
participle: "to" is the preposition, the participle a modifier of the place.

Agent of a deed. In "the shelling of the plant by Russian troops" the parser may hang "by" on
the object of the deed ("the plant"), whose agent the troops then are not. A "by" phrase on a
plain noun inside the "of" (or "on", "against") phrase of a deed noun of force or coercion
that has no "by" phrase of its own is the deed's agent.

Partner of a discussion. In "discussed enhancing defence support for Ukraine with Chancellor
Scholz" the parser may hang "with" on a noun of the topic: the discussion loses its partner. A
"with" phrase naming a person (not a party, which the topic may name: "discussed Armenia's
war with Azerbaijan") inside the object of "discuss" that has none of its own belongs to it.

Amount read as a preposition. In "Poland gives Ukraine over 200 tanks" the parser may read
"over" as a preposition of the verb and the tanks as its object: the verb loses what is given
and Ukraine becomes the thing. A preposition of amount (over, nearly, about ...) right after
the verb's object, whose object is counted by the number right after it, measures that
number: its noun is the object, and the first object the receiver. So is the first of two
objects when the second, right after it, is counted ("sent Ukraine about 50 howitzers"),
and a name or pronoun first of two objects of a verb of giving or asking ("asked Zelenskyy
their questions").

No choice but to. In "Russia had no choice but to attack" the parser hangs the infinitive on
"but", under the object "no choice", which then denies it. Having no choice but to act is
having to act: the infinitive is made the complement of "have", as in "had to attack".

Preposition in "-ing". In "agreements reached following the visit by the President of
Uzbekistan to Russia" the parser may read "following" as a verb (of a preposition phrase or
of a clause), "the visit" as its object, and hang "to Russia" on it: the visit loses where it
went. A preposition has one object, so a phrase after that object belongs to it; read as a
clause, only a journey's "to" does ("following the suspect to his house" keeps its verb).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Words that are a preposition or a conjunction opening a clause ("as the leaders meet")
SUBORDINATORS = frozenset({"as", "after", "before", "since", "while", "until", "once"})


def clause_after_preposition(prep: Token) -> None:
    """ "The UK reveals sanctions as Johnson and other leaders meet": the parser may take the
    conjunction for a preposition, its clause's subject for the object and the verb for a
    clause of the main verb with no subject. A finite verb right after the object phrase that
    agrees with it and has no subject of its own takes it as subject and the word as marker."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    doc = prep.doc
    if obj is None or obj.right_edge.i + 1 >= len(doc) or obj.pos_ not in ("NOUN", "PROPN"):
        return
    verb = doc[obj.right_edge.i + 1]
    main = prep.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    if (
        verb.dep_ not in ("ccomp", "conj", "advcl", "dep")
        or verb.tag_ not in ("VBP", "VBZ", "VBD")
        or (verb.tag_ != "VBD" and verb.tag_ != ("VBP" if plural else "VBZ"))
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass")
               for c in verb.children)
        or main.pos_ not in ("VERB", "AUX")
        or main.i in (t.i for t in verb.subtree)
    ):
        return
    verb.head, verb.dep_ = main, "advcl"
    obj.head, obj.dep_ = verb, "nsubj"
    prep.head, prep.dep_ = verb, "mark"


# Title nouns whose "to" names whom the holder serves or is sent to ("Adviser to the Minister")
_SERVING_TITLES = frozenset(
    {"adviser", "advisor", "ambassador", "envoy", "aide", "representative", "counsellor",
     "counselor", "emissary", "assistant", "secretary"}
)  # fmt: skip


def title_to(prep: Token) -> None:
    """Hang "to" on the capitalised title noun right before it, not on the verb or on a noun
    further back ("the rollout of the plan with Adviser to the Prime Minister X")."""
    title = prep.doc[prep.i - 1]
    if (
        prep.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN")
        and title.lemma_.lower() in _SERVING_TITLES
        and title.text[:1].isupper()
        and prep.head.i != title.i
        and title.head.i != prep.i
    ):
        prep.head = title
        prep.dep_ = "prep"


def partner_before_infinitive(prep: Token) -> None:
    """ "spoke with NAME to discuss": the subject the parser gave a "to" infinitive inside a
    "with" phrase that has no object is the phrase's object, and the infinitive the purpose
    of the verb the phrase belongs to."""
    if any(c.dep_ == "pobj" for c in prep.children) or prep.head.pos_ not in ("VERB", "AUX"):
        return
    clause = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VB"), None)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.pos_ != "PROPN":
        return  # (a common noun may well act: "a trip with lawmakers to meet officials")
    subject.head, subject.dep_ = prep, "pobj"
    clause.head, clause.dep_ = prep.head, "advcl"


def to_participle(participle: Token) -> None:
    """ "to occupied Donetsk" read as an infinitive: see the module docstring."""
    to = participle.doc[participle.i - 1] if participle.i > 0 else participle
    place = participle.doc[participle.i + 1] if participle.i + 1 < len(participle.doc) else None
    auxes = [c for c in participle.children if c.dep_ in ("aux", "auxpass")]
    if (participle.tag_ != "VBN" or auxes != [to] or to.lower_ != "to" or place is None
            or place.head.i != participle.i or place.dep_ != "dobj" or place.pos_ != "PROPN"):
        return
    to.head, to.dep_, to.tag_, to.pos_ = participle.head, "prep", "IN", "ADP"
    place.head, place.dep_ = to, "pobj"
    participle.head, participle.dep_, participle.pos_ = place, "amod", "ADJ"


# Nouns of deeds of force or coercion whose "by" phrase names who did them
_DEEDS = frozenset(
    {"attack", "strike", "airstrike", "shelling", "bombardment", "bombing", "assault", "raid",
     "invasion", "occupation", "annexation", "seizure", "capture", "destruction", "killing",
     "murder", "execution", "torture", "abduction", "kidnapping", "deportation", "detention",
     "arrest", "blockade", "mining", "looting", "targeting", "storming", "shooting"}
)  # fmt: skip


def agent_of_deed(by: Token) -> None:
    """ "the shelling of the plant by Russian troops": a "by" phrase hung on the object of a
    deed noun's "of"/"on"/"against" phrase is the deed's agent (module doc)."""
    thing = by.head
    prep = thing.head
    deed = prep.head
    if (
        by.dep_ != "prep"
        or thing.pos_ != "NOUN"
        or thing.dep_ != "pobj"
        or prep.lower_ not in ("of", "on", "against")
        or deed.pos_ != "NOUN"
        or deed.lemma_.lower() not in _DEEDS
        or thing.lemma_.lower() in _DEEDS
        or any(c.dep_ == "prep" and c.lower_ == "by" for c in deed.children)
        or not any(c.dep_ == "pobj" for c in by.children)
    ):
        return
    by.head = deed


def discussion_partner(prep: Token) -> None:
    """A "with" phrase naming a person inside the topic of "discuss" is the discussion's
    partner (module doc)."""
    o = next((c for c in prep.children if c.dep_ == "pobj"), None)
    # (a person, not a party the topic may name: "discussed Armenia's war with Azerbaijan")
    if o is None or o.ent_type_ != "PERSON" or not (
            prep.head.pos_ == "NOUN" or prep.head.tag_ == "VBG"):
        return  # (on a noun or a gerund of the topic: "discussed enhancing support with")
    verb, hops = prep.head, 0
    while verb.lemma_.lower() not in _DISCUSSING and verb.head.i != verb.i and hops < 4:
        verb, hops = verb.head, hops + 1
    if verb.lemma_.lower() in _DISCUSSING and verb.pos_ == "VERB" and verb.i < prep.i and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        prep.head = verb


_DISCUSSING = frozenset({"discuss", "debate"})


# Nouns of a way out that "no ... but to" denies ("had no choice but to", "no option but to")
_WAYS_OUT = frozenset({"choice", "option", "alternative"})


def no_choice_but(verb: Token) -> None:
    """ "had no choice but to attack": the infinitive is the complement of "have" (see the
    module docstring)."""
    but = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VB" or but.lower_ != "but":
        return
    noun = but.head if but.head.pos_ == "NOUN" else next(
        (c for c in but.head.children if c.dep_ == "dobj"), None)  # ("but" on "have")
    if noun is None or noun.lemma_.lower() not in _WAYS_OUT or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return
    have = noun.head
    if noun.dep_ != "dobj" or have.lemma_.lower() != "have":
        return
    verb.head, verb.dep_ = have, "xcomp"
    but.head, but.dep_ = verb, "mark"


# Prepositions that also measure a number ("over 200 tanks", "about 50 howitzers")
_AMOUNTS = frozenset({"over", "about", "around", "nearly", "almost", "some", "under"})
# Verbs whose first of two objects is who receives or is asked
_DITRANSITIVE = frozenset({"ask", "give", "send", "offer", "hand", "grant", "show", "tell",
                           "promise", "lend", "sell", "owe", "pay"})


def amount_read_as_preposition(first: Token) -> None:
    """ "gives Ukraine over 200 tanks": make the counted noun the object and ``first`` (the
    verb's object) the receiver (see the module docstring)."""
    verb, doc = first.head, first.doc
    k = first.right_edge.i + 1
    if first.dep_ != "dobj" or k + 2 >= len(doc):
        return
    counted = next((c for c in verb.children if c.dep_ == "dobj" and c.i > k
                    and c.left_edge.i == k and any(n.like_num for n in c.children)), None)
    if counted is not None:
        first.dep_ = "dative"  # ("sent Ukraine about 50 howitzers": two objects, one counted)
        return
    if first.pos_ in ("PROPN", "PRON") and verb.lemma_.lower() in _DITRANSITIVE and any(
            c.dep_ == "dobj" and c.i > first.i and c.pos_ == "NOUN" for c in verb.children):
        first.dep_ = "dative"  # ("asked Zelenskyy their questions": the one asked)
        return
    prep, number = doc[k], doc[k + 1]
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if (prep.head.i != verb.i or prep.dep_ != "prep" or prep.lower_ not in _AMOUNTS
            or noun is None or not number.like_num or number.head.i != noun.i):
        return
    first.dep_ = "dative"
    noun.head, noun.dep_ = verb, "dobj"
    prep.head, prep.dep_ = number, "quantmod"


# Prepositions in "-ing" that the parser may read as verbs with an object
_ING_PREPOSITIONS = frozenset({"following", "including", "regarding", "concerning"})
_JOURNEYS = frozenset({"visit", "trip", "journey", "tour"})


def preposition_in_ing(prep: Token) -> None:
    """Make the object of a preposition in "-ing" read as a verb its object, and the phrases
    hung on the preposition after that object the object's own (see the module)."""
    if prep.lower_ not in _ING_PREPOSITIONS or prep.dep_ not in ("prep", "advcl"):
        return
    obj = next((c for c in prep.children if c.dep_ == "dobj"), None)
    if obj is None or (prep.dep_ == "advcl" and obj.lemma_.lower() not in _JOURNEYS):
        return  # (as a clause, only a journey's "to" is its own: "following the suspect to")
    obj.dep_ = "pobj" if prep.dep_ == "prep" else obj.dep_
    for c in list(prep.children):
        if c.dep_ == "prep" and c.i > obj.i:
            c.head = obj
