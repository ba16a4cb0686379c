"""Governing verbs that recode an embedded event: "vowed to retaliate" (threat), "urged
Russia to withdraw" (appeal), "demanded that the US withdraw" (demand), "warned that X would
impose sanctions if Russia invades" (a conditional threat), "said it would hand them over"
(an intent of its own), following the CAMEO manual's
treatment of intent, appeals, demands, rejections and threats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..repair_attribution import headline_attribution, kicker_attribution
from . import syntax
from .addressees import called_on
from .clause_cues import condition_subjects as condition_subjects
from .clause_cues import conditions as conditions
from .clause_cues import inverted_condition
from .lexicon import Transform, VerbLexicon
from .links import for_subject, shared_complement
from .nouns import capacity_holder, ready_for
from .objects import CARRYING
from .own_acts import DECLARING as _DECLARING
from .own_acts import WILL as _WILL
from .own_acts import own_commitment, own_warning
from .places import taken_places
from .purposes import purpose_of_means
from .sectors import SECURITY_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex
    from ..model import Actor

_VOLITIONAL_AUX = frozenset({"will", "would", "wo", "shall", "'ll"})
# Nouns that govern their infinitive as a verb does, by the verb whose transform they share:
# "an attempt to advance" (attempt), "Moscow's refusal to withdraw" (refuse), "the threat to
# invade" (threaten), "Ankara's offer to mediate" (intent)
_NOUN_GOVERNORS = {
    "attempt": "attempt", "bid": "attempt", "effort": "attempt", "try": "attempt",
    "refusal": "refuse", "unwillingness": "refuse", "reluctance": "refuse",
    "threat": "threaten", "pledge": "pledge", "promise": "promise", "offer": "offer",
    "commitment": "commit", "vow": "vow", "readiness": "ready", "willingness": "willing",
    "demand": "demand", "ultimatum": "demand", "request": "request", "appeal": "appeal",
}  # fmt: skip


def _asked_not(noun: Token, tok: Token) -> bool:
    """A demand or appeal not to do something ("Biden's appeal to Xi not to aid Russia"): the
    noun's own entry codes it."""
    return _NOUN_GOVERNORS[noun.lemma_.lower()] in ("demand", "request", "appeal") and any(
        c.dep_ == "neg" for c in tok.children)


def ruled_out(tok: Token) -> Token | None:
    """The "rule out" that does not exclude ``tok`` ("did not rule out a strike", "refused to
    rule out sending troops", "has never ruled out striking"); None for any other."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "dobj") or head.lemma_ != "rule" or not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return None
    refused = head.dep_ == "xcomp" and head.head.lemma_ in ("refuse", "decline")
    return head if refused or any(c.dep_ == "neg" for c in head.children) else None


def volitional(tok: Token) -> bool:
    """ "will not", "would not", "won't": a stated unwillingness, not a mere non-event."""
    return any(c.dep_ == "aux" and c.lower_ in _VOLITIONAL_AUX for c in tok.children) and any(
        c.dep_ == "neg" for c in tok.children
    )


def governor(
    tok: Token, code: str, lexicon: VerbLexicon, index: ActorIndex | None = None
) -> tuple[Token, Transform, str] | None:
    """The governing verb that recodes the event at ``tok`` ("vowed to retaliate"), its
    transform and the new code. ``index`` tells whose country a named subject is."""
    if (shared := shared_complement(tok)) is not tok:
        # "urged X to withdraw and return Y": both asked of X (not "tries to advance and shells")
        g = governor(shared, code, lexicon, index)
        return g if g is not None and g[1].object_control else None
    tok = purpose_of_means(tok)
    credited = credited_obligation(tok)
    if credited is not None:
        hit = lexicon.recode(credited[1], code, addressee=True)
        if hit is None and credited[1] == "warn" and code == "130":  # "X faces ... - Truss"
            hit = (t, code) if (t := lexicon.transforms.get("threaten")) is not None else None
        return (credited[0], hit[0], hit[1]) if hit is not None else None
    if tok.head.i == tok.i:
        return None
    head = tok.head
    if (ruling := ruled_out(tok)) is not None and code[:2] >= "14":
        # "did not rule out using force": what a party will not exclude of its own coercion
        # it threatens (the modality is the ruling's, its negation undone: recoding.py)
        threaten = lexicon.transforms.get("threaten")
        mapped = threaten.apply(code) if threaten is not None else None
        if threaten is not None and mapped:
            return ruling, threaten, mapped
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and head.lemma_.lower() in CARRYING:
        return governor(head, code, lexicon, index)  # "asked Europe to speed up the supply of"
    if index is not None and taken_places(tok, code, index):
        code = "192"  # "tried to capture Kherson", "threatened to seize Kyiv": the land
    ready = ready_for(tok)
    if ready is not None:
        # "Serbia is ready for talks with Kosovo": the adjective states an intent, as "is
        # ready to hold talks" does
        # ("open to talks" states the same readiness; "opening corridors" is no governor)
        hit = lexicon.recode("ready" if ready.lemma_.lower() == "open" else ready.lemma_.lower(),
                             code)
        return (ready, hit[0], hit[1]) if hit is not None else None
    if tok.dep_ == "acl" and tok.tag_ == "VB" and head.lemma_.lower() in _NOUN_GOVERNORS \
            and not _asked_not(head, tok):
        # "an attempt by the rebels to advance", "Moscow's refusal to withdraw": the noun
        # governs its infinitive as its verb does (``_NOUN_GOVERNORS``)
        hit = lexicon.recode(_NOUN_GOVERNORS[head.lemma_.lower()], code)
        return (head, hit[0], hit[1]) if hit is not None else None
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.lower_ == "for" and (
            head.head.lemma_.lower() in ("call", "appeal", "push", "press", "lobby")):
        # "calls for increasing military support for Ukraine": asked for, not done
        asking = head.head.lemma_.lower()
        hit = lexicon.recode("call on" if asking == "call" else asking, code, addressee=False)
        return (head.head, hit[0], hit[1]) if hit is not None else None
    if tok.dep_ not in ("xcomp", "ccomp", "advcl"):
        return None
    pledged = own_commitment(tok, code, lexicon, index) or own_warning(tok, code, lexicon, index)
    if pledged is not None:
        return head, pledged[0], pledged[1]
    obliging = obligation(tok)
    if obliging is not None:
        hit = lexicon.recode(obliging, code, addressee=True)
        return (head, hit[0], hit[1]) if hit is not None else None
    infinitive = tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in tok.children)
    if not infinitive and not mandative(tok, lexicon) and not conditional_threat(tok, lexicon):
        return None
    if infinitive and intended_threat(tok, lexicon) and code[:2] >= "13":
        # "is prepared to sanction Iran's banks if Iran enriches uranium": a threat to Iran
        threaten = lexicon.transforms.get("threaten")
        mapped = threaten.apply(code) if threaten is not None and code[:2] > "13" else code
        if threaten is not None and mapped and index is not None and any(
            index.actors_for(h) for h in condition_subjects(tok, lexicon)
        ):
            return head, threaten, mapped
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    lemma = head.lemma_.lower() + " up" * up  # ("ended up shelling" ends nothing)
    if lemma == "call" and (called_on(head) or (head.pos_ == "VERB" and for_subject(tok))):
        # "called on Russia to withdraw", "called for Russia to withdraw": an appeal to Russia
        lemma = "call on"
    addressee = (
        any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in head.children)
        or any(c.dep_ == "nsubj" for c in tok.children)
        or lemma == "call on"
    )
    if lemma in ("force", "compel") and not any(c.dep_ == "agent" for c in head.children) and any(
            c.dep_ == "auxpass" for c in head.children):
        return None  # "Russia would be forced to respond": no coercer, the act is Russia's own
    hit = lexicon.recode(lemma, code, addressee=addressee)
    if hit is not None and hit[0].name == "threaten" and lemma == "warn" and infinitive and any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for c in tok.children):
        return None  # "Putin to annex land, U.N. warns": another's act foretold, no threat
    if lemma in _DECLARING and not infinitive and not mandative(tok, lexicon):
        # "said it would impose sanctions if Russia invaded": a coercive act on a condition a
        # named party sets is threatened; any other act said on a condition stays as it is
        threaten = lexicon.transforms.get("threaten")
        mapped = (
            None if threaten is None or code[:2] < "13"
            else code if code.startswith("13") else threaten.apply(code)
        )
        named = index is not None and any(
            index.actors_for(h) for h in condition_subjects(tok, lexicon)
        )
        return (head, threaten, mapped) if threaten and mapped and named else None
    if hit is None and code == "130" and tok.lemma_.lower() in _CONSEQUENCES:
        # "warned that Tehran would pay dearly": the warner's threat
        hit = (t, code) if (t := lexicon.transforms.get("threaten")) is not None else None
    if lemma in ("order", "command") and index is not None and _own_forces_ordered(head, index):
        return None  # "Putin ordered Russian troops to attack": their act, no demand on them
    if hit is not None and hit[0].name == "coerce" and code.startswith("087") and (
            index is not None and _forces_driven_back(head, index)):
        return head, hit[0], "190"  # "forced the Russian troops to retreat": by arms
    return (head, hit[0], hit[1]) if hit is not None else None


def _forces_driven_back(verb: Token, index: ActorIndex) -> bool:
    """Whether armed forces make armed forces retreat: the object ("forced the Russian
    military to retreat") and the subject ("the AFU forced ...") are both forces; a state
    forcing another's envoy or troops out by other means coerces them (CAMEO 17)."""
    sides = [[a for c in verb.children if c.dep_ == dep for a in index.actors_for(c)]
             for dep in ("nsubj", "dobj")]
    return all(side and all(a.sector in SECURITY_SECTORS for a in side) for side in sides)


# Nouns of the men an officer commands ("ordered his men to fire")
_MEN = frozenset({"man", "soldier", "troop", "unit", "force", "subordinate", "fighter", "crew",
                  "sailor", "pilot", "gunner", "officer", "guard", "battalion", "brigade"})


def _own_forces_ordered(order: Token, index: ActorIndex) -> bool:
    """Whether ``order`` commands the armed forces of its own subject's country ("Putin
    ordered Russian troops to attack"), forces of no country ("ordered the army to attack"),
    the men an officer commands ("ordered his men to fire") or no one named ("the officer
    who ordered to fire at cars"): the ordered act is the subject's side's own."""
    bosses = [a for c in order.children if c.dep_ == "nsubj" for a in index.actors_for(c)]
    objects = [c for c in order.children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return True
    countries = {b.country for b in bosses}
    for c in objects:
        named = index.actors_for(c)
        if c.lemma_.lower() in _MEN:
            if any(a.country and a.country not in countries for a in named):
                return False  # ("ordered Ukrainian soldiers to lay down arms")
        elif not bosses or not named or not all(
                a.sector in SECURITY_SECTORS and (a.country in countries or not a.country)
                for a in named):
            return False
    return True



# "Blinken said Russia must withdraw": a speaker stating what another party must or should do
_SAYING = frozenset(
    {"say", "tell", "stress", "insist", "add", "declare", "state", "reiterate", "emphasize",
     "emphasise", "underline", "repeat", "write", "argue", "warn", "note"}
)  # fmt: skip
_OBLIGING = {"must": "demand", "should": "urge", "ought": "urge"}


def obligation(tok: Token) -> str | None:
    """ "Blinken said Russia must withdraw" demands it of Russia (CAMEO 10, as "demanded that
    Russia withdraw"); "Macron said Iran should release them" appeals to Iran (02). Returns the
    governor lemma whose transform applies. The obliged party must be named by a noun: "we
    must help Ukraine" is the speaker's own duty, and "Russia must not attack" is left as is."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in _SAYING:
        return None
    return _duty(tok)


def credited_obligation(tok: Token) -> tuple[Token, str] | None:
    """ "Russia must pull back its forces - Scholz", "Scholz: Russia must pull back": a headline's
    duty laid on a named party and credited after a dash or in a kicker is the credited
    source's demand or appeal, as "Scholz said Russia must withdraw" is. Returns the head of
    the credited name (the governor) and the governor lemma, as ``obligation`` does."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX"):
        return None
    duty = _duty(tok) or _consequence(tok)
    name = (headline_attribution(tok.sent) or kicker_attribution(tok.sent)) if duty else None
    return (name.root, duty) if name is not None and duty is not None else None


def _consequence(tok: Token) -> str | None:
    """ "warn" for a consequence a named party is to face on a condition ("Russia faces
    consequences if it invades - Truss": the credited speaker warns it)."""
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                 for m in c.children) for c in tok.children)
    named = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
    return "warn" if tok.lemma_.lower() in _CONSEQUENCES and conditional and named else None


def _duty(tok: Token) -> str | None:
    """The governor lemma of the duty ``tok`` lays on its noun subject ("must", "should"), or
    None: no such modal, a pronoun subject, or a negation."""
    modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in _OBLIGING), None)
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if modal is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "neg" for c in tok.children) or modal.i < subject.i:  # (a condition)
        return None
    return _OBLIGING[modal.lower_]


# Verbs of a plan or an agreement: what their infinitive or object says is to come ("plans
# to impose sanctions if", "agreed to sanctions against Russia if it invades")
_PLANNING = frozenset({"plan", "intend", "seek", "aim", "agree"})


def coordinated_with_speech(tok: Token) -> bool:
    """A verb coordinated into a reported clause whose own subject is no actor, under a verb
    with a subject of its own (a misattached conjunct, see assembly.code_match)."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "VERB"
        and not any(c.dep_ in syntax.SUBJECT_DEPS for c in tok.children)
        # "... were hit in Kyiv, the mayor said": a passive conjunct has its own patient
        and not syntax.is_passive(tok)
        and head.dep_ == "ccomp"
        and head.head.i != head.i
    )


# Verbs of what a party suffers for its acts: their subject is the one threatened
_CONSEQUENCES = frozenset({"face", "pay", "suffer", "incur", "bear"})


def conditional_threat(tok: Token, lexicon: VerbLexicon) -> bool:
    """ "warned that the West would impose sanctions if Russia invades": a warning of what will
    happen on a condition is a threat (CAMEO 13); without the condition it is a prediction
    ("warned that Russia would invade"), unless it is what a party would face or pay for
    ("warned that Moscow would face sanctions / pay a heavy price"): a threat to that party.
    A speaker who says or declares what it would do on a condition threatens too ("Britain
    said it would impose sanctions if Russia invaded"), when the act is coercive (see
    ``governing``)."""
    head = tok.head.lemma_.lower()
    if tok.dep_ != "ccomp" or head not in ("warn", "threaten", "vow", *_DECLARING):
        return False
    if not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children
    ):
        return False
    if tok.lemma_.lower() in _CONSEQUENCES and head not in _DECLARING:
        return True
    return bool(conditions((*tok.children, *tok.head.children), lexicon))


def said_threat(tok: Token, lexicon: VerbLexicon) -> bool:
    """Whether ``tok`` is an act a speaker says, or stands ready, it would do on a condition
    (``governing``): the threat is aimed at whoever sets the condition, not at the act's own
    target ("said the US would send troops to Poland if Russia attacked" threatens Russia)."""
    return (
        tok.dep_ == "ccomp"
        and tok.head.lemma_.lower() in _DECLARING
        and conditional_threat(tok, lexicon)
    ) or intended_threat(tok, lexicon)


# Governors of what a party stands ready or commits to do ("is prepared to", "vowed to")
_READY = frozenset({"prepare", "prepared", "ready", "willing", "pledge", "promise", "vow",
                    "commit", "poise", "determine", "agree", "decide"})  # fmt: skip


def intended_threat(tok: Token, lexicon: VerbLexicon) -> bool:
    """Whether ``tok`` is an infinitive a party stands ready or vows to carry out on a
    condition another names ("is ready to impose sanctions if Russia attacks")."""
    return (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in _READY
        and bool(condition_subjects(tok, lexicon))
    )


def mandative(tok: Token, lexicon: VerbLexicon) -> bool:
    """ "demanded that the US withdraw", "urged that Russia pull back": a that-clause with its
    own subject under a demand or appeal verb states what is demanded, as the infinitive does
    (CAMEO 10/02); a finite or modal verb ("insisted that it had withdrawn", "... would
    withdraw") reports a fact or a promise instead."""
    if tok.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if not syntax.subjunctive(tok) or inverted_condition(tok):  # ("... should Russia invade")
        return False
    lemma = tok.head.lemma_.lower()
    return any(t.object_control and lemma in t.governors for t in lexicon.transforms.values())


def own_threat(
    tok: Token, code: str, sides: tuple[set[str], set[str]], lexicon: VerbLexicon,
    index: ActorIndex,
) -> tuple[str, list[Actor]] | None:
    """ "Britain will impose sanctions on Russia if it invades Ukraine": a party stating a
    coercive act of its own to come against a party, on a condition that party's act sets,
    threatens it (CAMEO 13, the code of the threatened act), as "said it would impose
    sanctions if" does. An act with no target ("will impose sanctions if Russia invades")
    threatens whoever sets the condition. Returns the threat's code and the condition's
    setters; None when the clause is no such threat. ``sides``: the countries (or codes) of
    the clause's sources and of its targets ("will send troops to Poland if Russia invades"
    threatens no one in Poland)."""
    sources, targets = sides
    threaten = lexicon.transforms.get("threaten")
    # ("will ask parliament for the power to sanction X if ...", "plans to sanction X if ...": the
    # seeking or the plan states the act to come)
    clause = tok
    if tok.dep_ == "acl" and capacity_holder(tok.head):
        clause = tok.head.head
    elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _PLANNING:
        clause = tok.head
    to_come = clause.lemma_.lower() in _PLANNING or any(
        c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children
    )
    if threaten is None or code[:2] < "14" or not to_come:
        return None
    setters = [
        a for c in conditions((*tok.children, *clause.children), lexicon)
        for h in syntax.subjects(c)
        for a in index.actors_for(h)
    ]
    named = {a.country or a.code for a in setters}
    threat = threaten.apply(code)
    if threat is None or not named & (targets or named) - sources:
        return None
    return threat, [a for a in setters if (a.country or a.code) not in sources]
