"""Threats made by naming what an act would bring upon its author: "warned that a Russian
invasion would be met with severe sanctions", "any incursion will trigger a swift response,
Blinken said", "told Putin that any move to invade would have serious consequences".

The speaker threatens the act's author with the consequence (CAMEO 13): sanctions, embargoes and
other economic penalties are 1312, a military response or force 138, countermeasures 131, any
other response, cost, price or consequence 130. The author is the party the subject noun names
("Russia's", "Russian", "by Russia"), or the subject itself when it is a party ("Russia would be
met with sanctions"); when neither names one, the party the warning is addressed to ("warned
Putin that an invasion ..."). A pronoun subject stands for the act of the clause's condition
("if Putin weaponizes energy, it will be met with consequences"); so does a consequence
noun said to be what it will be ("if Russia invades, the response would be swift and
painful"), which otherwise threatens whom it is "for" ("the consequences will be severe for
Russia"). The threat is made as it is
said; the act it is aimed at stays what modality.py reads (conditional). Only a clause still to
come ("would", "will") that a speaker states or a headline credits is read: "the invasion has
had consequences" is history, and "an invasion would have consequences for grain prices" names
no author.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..repair_attribution import headline_attribution, kicker_attribution
from .agents import actors, subject_list
from .clause_cues import HYPOTHETICAL_AUX, WILL_AUX, condition_subjects
from .derived import spoken_act
from .syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..actors import ActorIndex
    from ..model import Actor
    from .derived import Coded
    from .lexicon import VerbLexicon

# Verbs that bring a consequence upon an act, and the prepositions that carry it (none: the
# direct object): "be met with", "trigger", "lead to", "come at (a price)", "have (consequences)"
_PREDICATES: dict[str, tuple[str, ...]] = {
    "meet": ("with",), "result": ("in",), "lead": ("to",), "come": ("at", "with"),
    **{v: () for v in ("trigger", "draw", "invite", "provoke", "prompt", "bring", "mean",
                       "carry", "incur", "spark", "have", "entail", "unleash")},
}  # fmt: skip
# What the consequence is, by its noun
_CONSEQUENCES = {
    **dict.fromkeys(("sanction", "embargo", "boycott", "tariff", "penalty"), "1312"),
    **dict.fromkeys(("measure", "countermeasure", "counter-measure"), "131"),
    **dict.fromkeys(("force", "war", "retaliation", "reprisal"), "138"),
    **dict.fromkeys(("response", "reaction", "consequence", "repercussion", "cost", "price",
                     "punishment"), "130"),
}  # fmt: skip
_ECONOMIC = frozenset({"economic", "financial"})  # ("economic consequences": 1312)
_ARMED = frozenset({"military", "armed", "forceful"})  # ("a military response": 138)
# "higher prices", "rising energy costs": what things cost, no penalty
_MARKET = frozenset({"higher", "lower", "rising", "soaring", "fuel", "energy",
                     "food", "gas", "oil", "living", "borrowing", "consumer", "production"})
# Verbs whose subject states the clause (besides the lexicon's verbs of saying)
_STATING = frozenset({"warn", "caution", "signal", "threaten", "vow", "reiterate", "emphasize",
                      "emphasise", "underline", "pledge", "promise", "affirm", "make"})
# Nouns of an act besides the lexicon's event nouns ("Turkey's drilling", "any move to")
_ACTS = frozenset({"act", "action", "move", "step", "decision", "attempt", "use", "escalation",
                   "provocation", "intervention", "drilling", "closure", "recognition",
                   "expansion", "buildup", "build-up", "weaponization", "weaponisation"})
_TO_COME = WILL_AUX | (HYPOTHETICAL_AUX - {"may", "should"})
_ADDRESSING = frozenset({"warn", "tell", "caution", "remind", "inform"})


def consequence_threats(sent: Span, *, index: ActorIndex, lexicon: VerbLexicon) -> Iterator[Coded]:
    """The threats of one sentence made by naming an act's consequence (see the module)."""
    for verb in sent:
        preps = _PREDICATES.get(verb.lemma_.lower())
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        copular = preps is None and _copular(verb, subject)
        if (preps is None and not copular) or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # ("would not be met with sanctions")
        if verb.lemma_.lower() == "meet" and not any(c.dep_ == "auxpass" for c in verb.children):
            continue  # ("will meet with sanctions officials": a meeting)
        found = _consequence(verb, preps) if preps is not None else copular
        if not found or subject is None:
            continue
        clause = verb.head if verb.dep_ == "conj" else verb  # ("it would be a mistake, and
        stated = _statement(clause, lexicon)  # the response would be swift," X said)
        if stated is None:
            continue
        speech, said_by = stated
        speakers = actors(index, said_by)
        if copular:
            # "if Russia invades, the response would be swift": the condition's author; "the
            # consequences will be severe for Russia": whom they are for
            said_of = (verb, *(c for c in verb.children if c.dep_ == "acomp"))
            threatened = actors(index, condition_subjects(clause, lexicon)) or actors(
                index, [o for h in said_of for o in prep_objects(h, ("for",))
                        if index.actor_at(o.i) is not None])  # (not "for the Greek economy")
        elif subject.pos_ in ("NOUN", "PROPN"):
            if index.actor_at(subject.i) is None and not _an_act(subject, lexicon):
                continue  # ("a Chinese slowdown would have consequences")
            threatened = _authors(subject, index) or _addressees(speech, index)
        elif subject.lower_ in ("it", "this", "that"):
            # "if Putin weaponizes energy, it will be met with massive consequences": the
            # act is the condition's, and so is the author
            threatened = actors(index, condition_subjects(verb, lexicon))
        else:
            continue
        code, noun = found
        for x in speakers:
            for y in threatened:
                if x.code != y.code and (x.country is None or x.country != y.country):
                    yield spoken_act(code, x, y, speech, rule=f"{code}:consequence",
                                     trigger=(verb, noun))


def _copular(verb: Token, subject: Token | None) -> tuple[str, Token] | None:
    """ "the response would be swift and painful": a consequence noun as the subject of a
    copula with a predicate adjective, its code and noun."""
    if verb.lemma_ != "be" or subject is None or not any(c.dep_ == "acomp" for c in verb.children):
        return None
    code = _code_of(subject)
    return (code, subject) if code is not None else None


def _consequence(verb: Token, preps: tuple[str, ...]) -> tuple[str, Token] | None:
    """The code of the consequence ``verb`` brings and its noun, or None."""
    if preps:
        nouns = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj"]
    else:
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
    best: tuple[str, Token] | None = None
    for noun in (n for head in nouns for n in (head, *head.conjuncts)):
        code = _code_of(noun)
        if code is not None and (best is None or (len(code), code) > (len(best[0]), best[0])):
            best = (code, noun)
    return best


def _code_of(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    code = _CONSEQUENCES.get(lemma)
    if code is None or noun.pos_ != "NOUN":
        return None
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if mods & _MARKET or (lemma == "price" and noun.tag_ == "NNS"):
        return None  # ("would lead to higher prices")
    if mods & _ECONOMIC and code == "130":
        return "1312"
    return "138" if mods & _ARMED and code in ("130", "131") else code


def _statement(verb: Token, lexicon: VerbLexicon) -> tuple[Token, list[Token]] | None:
    """The verb that states the clause ``verb`` heads and the subjects stating it: the verb of
    saying it is the complement of ("warned that ...", "..., Blinken said"), or the clause
    itself under a headline credit ("Invasion will trigger sanctions - Truss")."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.i != verb.i:
        lemma = head.lemma_.lower()
        if lemma not in lexicon.cues.speech and lemma not in _STATING:
            return None
        if lemma == "make" and not any(c.lower_ == "clear" for c in head.children):
            return None
        if any(c.dep_ == "neg" for c in head.children):
            return None  # ("did not say that ...")
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        return (head, subject_list(subjects)) if subjects else None
    if verb.dep_ == "ROOT":
        name = headline_attribution(verb.sent) or kicker_attribution(verb.sent)
        if name is not None:
            return verb, [name.root]
    return None


def _an_act(noun: Token, lexicon: VerbLexicon) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in lexicon.nouns or lemma in _ACTS


def _authors(subject: Token, index: ActorIndex) -> list[Actor]:
    """The party whose act the subject names, or the subject itself when it is one."""
    own = index.actors_for(subject) if index.actor_at(subject.i) is not None else []
    if own:
        return own
    if subject.lemma_.lower() == "act":  # ("acts of Russian aggression")
        acts = [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children if o.dep_ == "pobj"]
        if acts:
            return _authors(acts[0], index)
    heads = [c for c in subject.children
             if c.dep_ in ("poss", "amod", "compound") and c.i < subject.i]
    heads += [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"
              for o in c.children if o.dep_ == "pobj"]
    return [a for h in heads for a in index.actors_for(h)]


def _addressees(speech: Token, index: ActorIndex) -> list[Actor]:
    """Who a warning is addressed to ("warned Putin that ..."), when it names one."""
    if speech.lemma_.lower() not in _ADDRESSING:
        return []
    return [a for c in speech.children if c.dep_ in ("dobj", "dative")
            for a in index.actors_for(c)]
