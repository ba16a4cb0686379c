"""Noun-phrase helpers: a preposition's object, what a measure or amount noun measures, the
"to" after a noun of purpose that is no preposition, time phrases, and gerunds of time or
manner.

Split from ``syntax.py`` (house style: modules under 400 lines) so that module keeps the clause
arguments (subjects, objects, agents, fallback targets) and this one the phrase-level questions
they ask. ``syntax`` re-exports every public name here, so ``syntax.pobj`` and friends still work.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..actors.loader import country_names, roles_data

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Actor


# Nouns that measure, count or take a share of an act or thing rather than name it: "held five
# hours of talks", "began a series of exercises", "launched a wave of air strikes" -- the act
# is the "of" noun.
_MEASURE_NOUNS = frozenset(
    {
        "hour",
        "day",
        "week",
        "month",
        "minute",
        "round",
        "series",
        "wave",
        "string",
        "spate",
        "flurry",
        "package",
        "raft",
        "batch",
        "tranche",
        "trove",
        "cache",
        # shares: "meets 40 percent of Europe's demand" meets a demand, not Europe
        "percent",
        "cent",
        "%",
        "half",
        "third",
        "quarter",
        "share",
        "portion",
        "fraction",
        "bulk",
        # counts: "mobilized thousands of troops" mobilizes troops
        "dozen",
        "hundred",
        "thousand",
        "million",
        "number",
        "score",
        # kinds: "broke off all forms of dialogue", "new types of sanctions"
        "form",
        "kind",
        "type",
        "sort",
    }
)


# Amounts of money or goods that measure what is given: "sent 50 million euros in aid",
# "pledged $2 billion in military assistance", "delivered 300 tonnes of food".
_AMOUNT_NOUNS = frozenset(
    {
        "euro", "dollar", "pound", "yen", "yuan", "rouble", "ruble", "franc", "shekel",
        "rupee", "lira", "hryvnia", "million", "billion", "trillion", "tonne", "ton", "$",
        "worth",  # ("rifles worth $40 million", "$40 million worth of rifles")
    }
)  # fmt: skip


# Nouns of a measure being put into effect: "announced the adoption of sanctions" adopts them
_ENACTING_NOUNS = frozenset({"adoption", "approval", "introduction", "imposition"})


# Magnitudes written short after a currency sign: "$800M", "£2.5m", "€1.2bn", "$3tn"
_SHORT_AMOUNTS = {"m": "million", "mn": "million", "mln": "million", "bn": "billion",
                  "b": "billion", "bln": "billion", "tn": "trillion", "k": "thousand"}  # fmt: skip


# Currency codes written before an amount ("EUR 500M"), as a currency sign is ("$800M")
_CURRENCY_CODES = frozenset({"eur", "usd", "gbp", "uah", "rub", "chf", "jpy", "cny", "pln"})


def word_lemma(tok: Token) -> str:
    """``tok``'s lower-case lemma, with an amount of money written short read as its magnitude:
    the "M" of "$800M" and "EUR 500M" and the "1.2bn" of "€1.2bn" are "million" and "billion".
    A letter with no number and currency before it ("M. Macron", "Plan B") stays itself."""
    lemma = tok.lemma_.lower()
    low = tok.lower_.lstrip("0123456789.,")
    if low not in _SHORT_AMOUNTS:
        return lemma
    number = tok if low != tok.lower_ else tok.doc[tok.i - 1] if tok.i > 0 else tok
    if number.i == 0 or not number.lower_[:1].isdigit():
        return lemma
    before = number.doc[number.i - 1]
    currency = before.tag_ == "$" or before.lower_ in _CURRENCY_CODES
    return _SHORT_AMOUNTS[low] if currency else lemma


def measured(obj: Token) -> Token:
    """The act or thing an object measures: "five hours of talks" -> talks, "50 million euros
    in aid" -> aid, "a sanctions package" -> sanctions, "the adoption of sanctions" ->
    sanctions; else the object itself."""
    lemma = word_lemma(obj)
    if lemma != obj.lemma_.lower():  # money written short ("€50m in aid") is an amount
        preps: tuple[str, ...] = ("in", "of")
    elif lemma in _MEASURE_NOUNS or lemma in _ENACTING_NOUNS:
        preps = ("of",)
    else:
        preps = ("in", "of") if lemma in _AMOUNT_NOUNS else ()
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else obj
    kids = list(obj.children)
    if "in" in preps and after.lower_ == "in" and after.head.i == obj.head.i != obj.i:
        kids.append(after)  # "sent €50m in aid": the parser hangs the "in" on the verb
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps:
            o = pobj(c)
            if o is not None and o.pos_ == "NOUN":
                return measured(o) if lemma in _ENACTING_NOUNS else o
    if lemma in _PACKAGES:
        # "a new sanctions package", "an aid package": the compound names what is packed
        kind = [c for c in obj.children if c.dep_ == "compound" and c.lemma_.lower() in _PACKED]
        if kind:
            return kind[-1]
    return obj


# Nouns of a bundle whose compound names what is in it ("a sanctions package")
_PACKAGES = frozenset({"package", "tranche", "batch", "round"})
# ... when it is a measure of force or help ("the EU climate package" is no climate)
_PACKED = frozenset({"sanction", "sanctions", "aid", "arms", "weapon", "weapons", "assistance"})


def measure(obj: Token | None) -> list[Token]:
    """The measure noun whose "of" object ``obj`` is ("a wave of air strikes on Syria": the
    phrase may hang on the measure noun), or the bundle ``obj`` is the compound of ("a new
    sanctions package against Russia")."""
    if obj is not None and obj.dep_ == "compound" and obj.head.lemma_.lower() in _PACKAGES:
        return [obj.head] if measured(obj.head).i == obj.i else []  # ("sanctions package")
    if obj is None or obj.dep_ != "pobj" or obj.head.head.i == obj.head.i:
        return []
    noun = obj.head.head
    return [noun] if measured(noun).i == obj.i else []


# Nouns naming a course of action, which take an infinitive complement: "a scheme to house
# refugees", "a plan to resettle families" (the small model often parses such a "to" as a
# preposition and the infinitive as a modifier of its object).
_PURPOSE_NOUNS = frozenset(
    {
        "plan",
        "scheme",
        "programme",
        "program",
        "project",
        "initiative",
        "bid",
        "effort",
        "attempt",
        "move",
        "push",
        "drive",
        "campaign",
        "strategy",
        "policy",
        "proposal",
        "decision",
        "law",
        "bill",
        "legislation",
        "measure",
        "mission",
        "operation",
        "deal",
        "agreement",
        "pledge",
        "promise",
        "vow",
        "commitment",
        "fund",
        "budget",
    }
)

# a bare modifier right after "to" (no determiner, number or name): the verb of a misparsed
# infinitive ("to house refugees", "to resettle Afghan refugees")
_BARE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def infinitival_to(tok: Token) -> bool:
    """ "to" marking an infinitive or a purpose clause, not a preposition: it never fills a
    prepositional "to" slot ("announced a scheme to house refugees" addresses no refugees).

    The parse says so ("to" as ``aux``, or a prepositional "to" whose complement is a bare
    verb); or the parser took the infinitive for a modifier of a noun: "to" follows a noun
    naming a course of action and the next word is a bare lower-case modifier of its object.
    """
    if tok.lower_ != "to":
        return False
    if tok.dep_ == "aux":
        return True
    o = pobj(tok)
    if o is None:
        return False
    if o.dep_ == "pcomp" and o.tag_ == "VB":
        return True
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return (
        before.lemma_.lower() in _PURPOSE_NOUNS
        and before.pos_ == "NOUN"
        and after.head.i == o.i
        and after.dep_ in _BARE_MODIFIER_DEPS
        and after.is_alpha
        and after.is_lower
    )


def pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp", "obj"):
            return c
    return None


_TIME_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "weekend",
        "morning",
        "evening",
        "night",
        "afternoon",
        "day",
        "week",
        "month",
        "year",
    }
)


def temporal(prep: Token) -> bool:
    """ "on Friday", "in March": a time phrase is never an argument slot."""
    o = pobj(prep)
    if o is None or not (o.ent_type_ in ("DATE", "TIME") or o.lower_ in _TIME_WORDS) or (
            o.lower_ in country_names()):  # (the recogniser may take "Niger" for a date)
        return False
    # "met with Chilean President Gabriel Boric Friday": the parser heads the name with the
    # day; a name compounded into the time word is the real object
    return not any(
        c.dep_ == "compound" and c.ent_type_ not in ("", "DATE", "TIME") for c in o.children
    )


# Nouns of a capacity to act, sought, won or given: "asked for the power to sanction X",
# "gave the president authority to send troops". Who holds it does what the infinitive says.
_CAPACITY_NOUNS = frozenset(
    {"power", "authority", "mandate", "right", "permission", "approval", "authorization",
     "authorisation", "means", "ability", "capacity", "leeway", "licence", "license"}
)  # fmt: skip


def capacity_holder(noun: Token) -> Token | None:
    """The holder of a capacity noun that is a verb's object: the verb's indirect object
    ("gave Biden authority to ..."), else the verb itself, whose subject holds it ("sought
    powers to ..."); None for other nouns."""
    if noun.lemma_.lower() not in _CAPACITY_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _SEEKING_GIVING or any(
        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
        for c in (*verb.children, *noun.children)
    ):
        return None  # "has the right to", "has no mandate to": a capacity, not a course
    given = [c for c in verb.children if c.dep_ in ("dative", "iobj")]
    if not given and verb.lemma_.lower() in _GIVING:
        # "gave Biden authority to ...", parsed with the name as the noun's compound
        given = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return given[0] if given else verb


_GIVING = frozenset({"give", "grant", "hand"})


# Verbs of seeking, winning or granting a capacity (not of having one)
_SEEKING_GIVING = frozenset(
    {"seek", "request", "ask", "want", "get", "obtain", "win", "secure", "receive", "give",
     "grant", "hand", "gain", "need", "demand"}
)  # fmt: skip



def predicate_adjective(obj: Token) -> Token | None:
    """ "called Russia's actions unacceptable", parsed with the predicate as a modifier of the
    object it follows: an adjective after its noun is the object's predicate (English puts
    attributive adjectives before the noun)."""
    return next((c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.tag_ == "JJ"),
                None)


# Prepositions of time and manner: their gerund is done by the verb's subject, never its object
_SUBJECT_PREPS = frozenset({"before", "after", "since", "without", "by", "while", "upon"})


def time_gerund(tok: Token) -> bool:
    """A gerund of time or manner under a verb's preposition ("after arriving", "by sending")."""
    return tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in _SUBJECT_PREPS


def included(tok: Token) -> bool:
    """Whether ``tok`` is the "including" of one of a verb's means (", including by ..."),
    with no other verb between them that it may belong to instead."""
    verb = tok.head
    return tok.lower_ == "including" and tok.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") \
        and verb.i < tok.i and all(t.pos_ != "VERB" for t in tok.doc[verb.i + 1:tok.i])


def for_subject(verb: Token) -> Token | None:
    """The subject a "for" phrase right before an infinitive gives it, whatever the parser
    hung the phrase on: "opened lanes for the refugees to cross the border" (the refugees
    cross, not the one who opened them)."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or verb.dep_ != "advcl":
        return None
    t = verb.doc[to.i - 1]
    while t.dep_ != "pobj" and t.head.i != t.i and t.head.right_edge.i == t.right_edge.i:
        t = t.head
    # (one who can act: "support for Russia's operation to protect ..." is no subject)
    agent = t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and t.lower_ in role_words())
    found = t.dep_ == "pobj" and t.head.lower_ == "for" and agent
    return t if found and t.right_edge.i == to.i - 1 else None


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Single-word role and title nouns of the roles file ("advisor", "minister")."""
    return frozenset(
        p.lower()
        for row in roles_data().get("roles", ())
        for p in row.get("patterns", ())
        if " " not in p
    )


@lru_cache(maxsize=1)
def _gathered_roles() -> frozenset[str]:
    return frozenset(row["name"] for row in roles_data().get("roles", ())
                     if "gathered" in row.get("tags", ()))


def gathered(found: list[Actor]) -> bool:
    """Whether every actor is a role of people from many countries ("world leaders", "foreign
    ministers": tag ``gathered`` in the roles file), whom a place only says where they met."""
    return bool(found) and all(a.kind == "role" and a.name in _gathered_roles() for a in found)


def ready_for(noun: Token) -> Token | None:
    """The predicate adjective whose "for" takes the event noun ("is ready for talks"), or
    "open" with "to" ("is open to negotiations")."""
    prep = noun.head
    adj = prep.head
    if (
        noun.dep_ == "pobj"
        and (prep.lower_ == "for" or (prep.lower_ == "to" and adj.lemma_.lower() == "open"))
        and adj.pos_ == "ADJ"
        and adj.dep_ in ("acomp", "oprd")
        and noun.pos_ == "NOUN"
    ):
        return adj
    return None
