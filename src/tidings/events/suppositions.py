"""Event nouns that are only supposed or still to come.

"a possible Russian invasion", "the threat of an attack" and "fears of a war" suppose the event
rather than report it; "talks ahead of the president's visit" place the visit in the future.
Read by the nominal branch of tidings/events/modality.py, with the two noun helpers it uses
(the verb whose clause holds a noun, and an act discussed as a fact), and the content clause
of a noun of report or allegation ("reports that ...", "claims that ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.loader import country_names
from .clause_cues import condition_phrase, has_aux, unmarked_content
from .purposes import gathered_to

if TYPE_CHECKING:
    from spacy.tokens import Token

# An event noun that is only possible or feared: "a possible Russian invasion", "the threat
# of an attack", "fears of a war" suppose the event, they do not report it.
_SUPPOSING_MODIFIERS = frozenset(
    {"possible", "potential", "likely", "imminent", "feared", "looming", "hypothetical",
     "prospective", "eventual", "threatened", "would-be", "future"}
)  # fmt: skip
_SUPPOSING_NOUNS = frozenset(
    {"threat", "risk", "prospect", "possibility", "fear", "danger", "spectre", "specter",
     "likelihood", "chance", "scenario", "warning", "rumour", "rumor", "event", "speculation",
     "talk"}
)  # fmt: skip
# "fears of", "fears over", "talk about" an invasion: all name what is feared
_SUPPOSING_PREPS = frozenset({"of", "over", "about"})


def supposed(noun: Token) -> bool:
    """Whether an event noun is only supposed: by a modifier ("a possible invasion") or as
    the object of a noun of fear or chance ("the threat of an invasion", "fears over an
    attack")."""
    if any(c.dep_ == "amod" and c.lower_ in _SUPPOSING_MODIFIERS for c in noun.children) or any(
            c.dep_ == "prep" and condition_phrase(c) for c in noun.children):
        return True  # ("sanctions in case of an invasion": held ready for it)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" and (
            condition_phrase(noun.head.head.head)):
        return True  # "in case of its invasion", "in the event of an attack"
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children) and not denied(noun):
        return True  # "will respond to any attacks by Iran", "any Russian incursion"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SUPPOSING_PREPS:
        return False
    if prep.lower_ != "of" and any(c.dep_ == "poss" for c in noun.children):
        return False  # "fears over Russia's build-up": a fear about what is going on
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        # "fears grow over a Russian invasion": the phrase hangs on the verb of the fear
        holder = next((c for c in holder.children if c.dep_ == "nsubj"), holder)
    return holder.lemma_.lower() in _SUPPOSING_NOUNS


def denied(noun: Token) -> bool:
    """Whether the verb the noun hangs on denies or negates it ("denied any attack", "did not
    carry out any strike"): "any" is then no supposition."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.lemma_.lower() in ("deny", "reject", "refute", "rule") or any(
        c.dep_ == "neg" for c in verb.children) or noun.dep_ == "pobj" and (
        noun.head.lower_ == "without")


# Modifiers of an event noun that is still to come: "Blinken's upcoming meeting with Lavrov".
_COMING_MODIFIERS = frozenset(
    {"upcoming", "forthcoming", "planned", "scheduled", "proposed", "expected", "coming",
     "impending", "anticipated", "next", "pending"}
)  # fmt: skip


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def definite(noun: Token) -> bool:
    """Whether an event noun refers to a known event: "the invasion", "Russia's war", and in
    headline style "Russian invasion"; "an attack", "any attack", "no talks" do not."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if dets:
        return any(d.lower_ in _DEFINITE for d in dets)
    return any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
        for c in noun.children
    )


# Verbs of getting ready: what they prepare "for" is still to come ("prepare for the summit")
_PREPARING = frozenset({"prepare", "plan", "schedule", "set", "gear", "brace", "ready"})
# Nouns of getting ready: what they are "for" is still to come
_PREPARATIONS = frozenset({"preparation", "preparations", "groundwork", "run-up", "planning"})


# Verbs of waiting (or previewing) whose object, or whose "for" phrase, is an event still to
# come (by form: the lemmatizer makes "hopes" a "hop")
_AWAITING = frozenset({"await", "expect", "anticipate", "preview"})
_WAITING_FOR = frozenset({"wait", "waits", "waited", "waiting", "hope", "hopes", "hoped",
                          "hoping"})  # fmt: skip


def upcoming(noun: Token) -> bool:
    """Whether an event noun is announced as still to come ("the upcoming summit",
    "preparations for the president's visit", "is waiting for a call between X and Y")."""
    prep = noun.head
    if (noun.dep_ == "pobj" and prep.lower_ in ("for", "of", "to")
            and prep.head.lower_ in _PREPARATIONS):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _COMING_MODIFIERS
           for c in noun.children):
        return True
    if noun.dep_ == "dobj" and prep.lemma_.lower() in _AWAITING:
        return True
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ == "for" and prep.head.lower_ in _WAITING_FOR:
        return True
    # "looks forward to talks"
    return prep.lower_ == "to" and prep.head.lemma_.lower() == "look" and any(
        c.lower_ == "forward" for c in prep.head.children)


def ahead_of(noun: Token) -> bool:
    """Whether ``noun`` is the object of "ahead of" or "prior to"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "pcomp"):
        return False
    return prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior")


def supposing_noun(tok: Token) -> bool:
    """Whether ``tok`` is a noun of fear or chance ("the possibility of Russia invading")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _SUPPOSING_NOUNS


# Verbs of deliberation: what they discuss may be planned ("discussed sanctions") or going on.
_DELIBERATION = frozenset({"discuss", "consider", "weigh", "mull"})


# Operations that a leader's announcing them starts
_LAUNCHED_BY_WORD = frozenset(
    {"invasion", "offensive", "operation", "counteroffensive", "incursion", "mobilization",
     "mobilisation", "blockade"}
)  # fmt: skip


def deliberated_fact(noun: Token, verb: Token) -> bool:
    """ "discussed their concern about Russia's invasion": an act discussed with its agent
    as possessor is going on, not planned (unlike "discussed new sanctions"); so is a known
    act given as the reason of what is announced ("announced sanctions on Russia for its
    invasion", "over the war"); and an operation a leader announces has begun ("announced
    a military operation")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "over") and definite(noun):
        return noun.head.head.i != verb.i or verb.lemma_ not in _PREPARING
    if (
        verb.lemma_ == "announce"
        and noun.dep_ == "dobj"
        and noun.head.i == verb.i
        and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and noun.lemma_.lower() in _LAUNCHED_BY_WORD
    ):
        return True  # "Putin announced the invasion", "announced a military operation": begun
    if verb.lemma_ == "call" and noun.dep_ in ("dobj", "oprd") and noun.head.i == verb.i and named(
        noun
    ):
        return True  # "called the Russian attacks barbaric": an act named, not called for
    return verb.lemma_ in _DELIBERATION and any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
        or (c.dep_ == "amod" and c.lower_ in _BEGUN)  # "discussed the recent talks"
        for c in noun.children
    )  # "the Russian invasion" names its agent as a possessor does


# Adjectives of an act that has begun or is over: what is discussed then is no plan
_BEGUN = frozenset({"recent", "last", "previous", "earlier", "past", "ongoing", "latest",
                    "continuing", "current"})


def named(obj: Token) -> bool:
    """ "called the attacks barbaric", "... a war crime": the object of "call" is given a
    predicate (the parser may hang it on the verb, on the object or on its last word)."""
    verb = obj.head
    return any(c.dep_ in ("oprd", "acomp") and c.i > obj.i for c in verb.children) or any(
        t.i > obj.i and (t.dep_ == "amod" and t.head.i < t.i
                         or t.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in t.children))
        for t in obj.subtree
    )


def rejected_alternative(t: Token) -> bool:
    """ "Rather than attack Ukraine, Russia held talks", "nodded, rather than lay a wreath",
    "instead of sanctioning Russia": the clause names what was not done."""
    head = t.head
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "than" for c in t.children):
        return True
    if t.dep_ == "pcomp" and head.lower_ in ("of", "than"):
        before = t.doc[head.i - 1] if head.i > 0 else None
        return before is not None and before.lower_ in ("instead", "rather")
    return t.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "than" and c.i > 0 and t.doc[c.i - 1].lower_ == "rather"
        for c in head.children
    )


def circumstance_clause(verb: Token) -> Token:
    """The clause a circumstance noun under ``verb`` belongs to: "arrived seeking to ease
    tensions in his visit" is the arrival's visit, not one to come with the easing ("plans to
    discuss X during his visit" keeps the plan's future)."""
    head = verb.head
    if (verb.dep_ in ("xcomp", "advcl") and has_aux(verb, ("to",))
            and head.dep_ == "advcl" and head.tag_ == "VBG"):
        return head.head
    return verb


def governing_verb(noun: Token) -> Token:
    """The verb whose clause holds ``noun``, up to three heads up; the last head reached (or
    the noun itself, at the root) when there is none."""
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


# Nouns whose "that" clause is what someone reports or alleges ("reports that Russian troops
# shelled", "allegations that troops killed civilians")
_REPORTING_NOUNS = frozenset(
    {"report", "news", "word", "sign", "signal", "indication", "footage", "confirmation",
     "evidence", "statement", "announcement", "message", "information", "account", "testimony"}
)
# Nouns that call what they are about false ("disinformation about Latvia's plans to attack",
# "lies that NATO shelled Donbas"), and the modifiers that make a claim one ("false claims")
_FALSEHOOD_NOUNS = frozenset(
    {"disinformation", "misinformation", "lie", "falsehood", "fabrication", "fake", "hoax",
     "myth", "propaganda", "smear"}
)  # fmt: skip
_FALSE_MODIFIERS = frozenset({"false", "fake", "baseless", "bogus", "fabricated", "unfounded"})
_ALLEGED_MODIFIERS = frozenset({"alleged", "purported", "suspected", "supposed", "claimed"})
_ALLEGING_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "charge", "suspicion", "rumour", "rumor", "assertion"}
) | _FALSEHOOD_NOUNS


def content_of_noun(clause: Token) -> str | None:
    """The modality a clause with a subject of its own takes as the content of a noun: reported
    ("reports that"), alleged ("claims that"), negated ("denial that", "no chance that")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    head = clause.head if clause.dep_ in ("acl", "relcl") else None
    if head is not None and head.lemma_.lower() in _SUPPOSING_NOUNS | _NO_GROUNDS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return "negated"  # "there is no chance that Russia will attack", "no sign it will"
    # "reacted to confirmation that Belarus fired", "his bid around the allegation that X
    # broke the law": the parser may hang the clause on a verb or another noun; its "that"
    # still follows the noun
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    start = mark.i if mark is not None else clause.left_edge.i  # "signals Russia is ..."
    before = clause.doc[start - 1].lemma_.lower() if start > 0 else ""
    if clause.dep_ == "acl" or clause.dep_ == "relcl" and (mark or unmarked_content(clause)):
        # (a relative clause whose "that" is no pronoun of it is the noun's content)
        said = before in _ALLEGING_NOUNS or before in _REPORTING_NOUNS
        noun = before if said else clause.head.lemma_.lower()
    elif clause.dep_ == "ccomp" and before:
        noun = before
    else:
        return None
    if noun in _ALLEGING_NOUNS:
        return "alleged"
    if noun in _DENYING_NOUNS:
        return "negated"  # "Moscow's denial that it plans to invade": denied, as "denied" is
    return "reported" if noun in _REPORTING_NOUNS else None


_DENYING_NOUNS = frozenset({"denial", "rebuttal", "refutation"})
_NO_GROUNDS = frozenset({"way", "evidence", "sign", "indication", "proof", "hope"})


def before_clause(tok: Token) -> bool:
    """ "before the president heads to Beijing": a present-tense clause after "before" or
    "until" tells what has not happened yet. "a day before X heads" hangs it on the noun. So
    does a gerund after "before" in a present-tense (headline) clause: "talks to Biden before
    meeting with Putin"."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ("before", "until"):
        return tok.head.head.tag_ in ("VBZ", "VBP")
    return (
        tok.dep_ in ("advcl", "relcl", "acl")
        and tok.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in tok.children)
    )


def headline_infinitive(root: Token) -> bool:
    """A headline's main clause in the infinitive with its own subject ("Britain to train
    Ukrainian soldiers", "IAEA experts to visit the plant"): what is planned or announced."""
    if root.tag_ != "VB" or not has_aux(root, ("to",)):
        return False
    if root.head.i == root.i:
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and _named(subject)
    # the parser may make the subject the root and hang the infinitive on it ("Hungary to
    # block ..."): a verbless sentence whose first phrase the infinitive follows
    head = root.head
    return (
        root.dep_ in ("relcl", "acl")
        and head.head.i == head.i
        and head.i < root.i
        and _named(head)
    )


def _named(subject: Token) -> bool:
    """A subject naming someone: a noun, an entity or a country, not "Absurd" (to believe)."""
    return subject.pos_ == "NOUN" or subject.ent_type_ != "" or subject.lower_ in country_names()


# the links that keep an event inside the phrase or clause of the noun above it
_CONTENT_LINKS = frozenset({"acl", "relcl", "ccomp", "pobj", "prep", "poss", "compound", "xcomp"})


# Nouns of fear or chance whose gerund ("the risk of Russia using ...") is only supposed
_FEARED = _SUPPOSING_NOUNS - {"event", "warning"}


def framed_modality(tok: Token) -> str | None:
    """The modality the noun an event is about gives it, whatever its own clause says:
    "alleged" under a noun of falsehood ("disinformation about Lithuania's plans to strike
    Belarus", "false claims that NATO attacked"), "conditional" for a gerund under a noun of fear
    or chance ("talk of Minsk staging a provocation"), "alleged" for an event noun itself called
    alleged or suspected; None when there is no such noun."""
    if tok.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _ALLEGED_MODIFIERS for c in tok.children
    ):
        return "alleged"  # "the alleged torture of soldiers", "a suspected chemical attack"
    t = tok
    gerund = tok.tag_ == "VBG"
    for _ in range(5):
        if t.dep_ not in _CONTENT_LINKS or t.head.i == t.i:
            return None
        if t.dep_ == "prep" and t.lower_ not in ("about", "of", "on", "over", "regarding"):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "xcomp", "ccomp"):
            return None
        if t.pos_ == "NOUN" and (
            t.lemma_.lower() in _FALSEHOOD_NOUNS
            or any(c.dep_ == "amod" and c.lower_ in _FALSE_MODIFIERS for c in t.children)
        ):
            return "alleged"
        if gerund and t.pos_ == "NOUN" and t.lemma_.lower() in _FEARED and t.lower_ != "talks":
            return "conditional"  # (not "talks", the negotiations)
    return None


# Verbs of setting out, and of persuading someone to act: done in the past tense ("moved to
# expel", "persuaded the court to impose"), still to come in the present or progressive
_UNDER_WAY = frozenset({"move", "go", "persuade", "convince"})


def implicative(governor: Token, implicatives: frozenset[str]) -> bool:
    """Whether ``governor`` carries out its infinitive ("managed to", "began to", "it took
    ... to"): a verb of the lexicon's ``implicative_governors``, a past copula ranking its
    subject ("was the first to"), or "able" after a past copula ("were able to capture" did
    capture; "is able to", "will be able to" tell a capacity only)."""
    if governor.lemma_ in _UNDER_WAY:  # "moved to expel" did; "is moving / going to" will
        return governor.tag_ in ("VBD", "VBN")
    if governor.lemma_ in implicatives or (governor.lemma_ == "take" and gathered_to(governor)):
        return True
    if governor.lemma_ == "be" and governor.tag_ == "VBD" and _ranked(governor):
        return True  # "was (one of) the first to recognise": it did
    copula = governor.head
    return (
        governor.lemma_ == "able"
        and governor.dep_ == "acomp"
        and copula.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "neg") for c in copula.children)
    )


def _ranked(copula: Token) -> bool:
    """Whether the copula's complement ranks its subject among those who did it ("was the
    first", "was one of the last", "was the only country")."""
    attr = [c for c in copula.children if c.dep_ in ("attr", "acomp")]
    return any(t.lower_ in ("first", "last", "only") for a in attr for t in a.subtree)


_DOUBTING = frozenset({"unlikely", "improbable"})


def doubt(head: Token) -> str | None:
    """The reading an infinitive takes from a governor that doubts or defers it: "is unlikely
    to invade" is supposed (conditional), "has yet to condemn" not done (negated)."""
    if head.lemma_ in _DOUBTING:
        return "conditional"
    if head.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in head.children):
        return "negated"
    return None
