"""Events of one sentence that tell one act: "shelled the city, killing four civilians" (the
participle says what the shelling did), "Russian strikes on Kharkiv killed five civilians"
(the attack noun is the killing's agent), "cut gas exports, hitting factories" (the effect of
a measure is no force), "warned Putin that an invasion would be met with sanctions" (the
warning is the threat of sanctions), "took to the streets to protest against X" (one protest).
Read by the coder after a sentence's events are assembled.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .derived import Coded

_VIOLENT = ("18", "19", "20")


def fold_results(coded: list[Coded]) -> list[Coded]:
    """ "shelled the city, killing four civilians": a participle of violence after a verb of
    violence against the same country tells what that act did; the act is coded once, aimed
    at the victims when they are named more closely than the place it was aimed at (civilians,
    soldiers; not "people"). Killing a party of another country ("bombed the port, killing a
    visiting general") stays an act of its own."""
    out = [c for c in coded if not _effect_of_measure(c, coded) and not _plain_threat(c, coded)]
    out = _protest_purposes(out)
    for c in list(out):
        head = next((o for o in out if _result_of(c, o)), None)
        if head is None or c.target is None or head.target is None:
            continue
        out.remove(c)
        aimed = head.target  # (at a city or positions, not at the country by its name)
        if (c.target.sector not in (None, "PPL") and not aimed.sector and aimed.text != aimed.name
                and c.target.country):  # (victims of no named country leave it aimed there)
            out[out.index(head)] = dataclasses.replace(head, target=c.target)
    for c in list(out):
        # "Russian strikes on Kharkiv killed five civilians", "injured by attacks on X": the
        # attack named as the agent of the harm is the same act, coded once with the victims
        attack = next((o for o in out if o is not c and _agent_of(o, c)), None)
        if attack is None or c.target is None or attack.target is None:
            continue
        out.remove(attack)
        # victims named no more closely than "people" leave the attack aimed where it was
        target = attack.target if c.target.sector in (None, "PPL") else c.target
        code = max(c.code, attack.code, key=specificity)
        out[out.index(c)] = dataclasses.replace(c, target=target, code=code)
    return out


# Verbs of economic and administrative measures, whose effect may "hit" someone
_MEASURE_VERBS = frozenset(
    {"cut", "slash", "raise", "hike", "increase", "reduce", "freeze", "impose", "levy", "ban",
     "suspend", "halt", "block", "close", "tax", "spend", "lower", "scrap", "axe", "delay"}
)  # fmt: skip


def _effect_of_measure(c: Coded, coded: list[Coded]) -> bool:
    """ "cut gas exports to Moldova, hitting factories", "would cut spending, hitting
    schools": a participle of striking after a measure tells its effect, it is no force."""
    tok = c.anchor
    if c.code[:2] not in _VIOLENT or tok.lemma_.lower() not in ("hit", "strike"):
        return False
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "acl", "xcomp") or tok.head.i > tok.i:
        return False
    if any(d.dep_ in ("nsubj", "nsubjpass") for d in tok.children):
        return False
    head = tok.head
    for _ in range(3):  # ("cut 35bn from public services hitting schools": the verb above)
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    measure = any(o.anchor == head and o.code[:2] not in _VIOLENT for o in coded)
    return measure or head.lemma_.lower() in _MEASURE_VERBS


def _plain_threat(c: Coded, coded: list[Coded]) -> bool:
    """ "warned Putin that an invasion would be met with sanctions": the warning (130) is the
    threat of sanctions (1312) the sentence also codes for the same two sides; one is kept."""
    if c.code != "130" or c.target is None:
        return False
    side = c.target.country or c.target.code
    return any(
        o.code.startswith("13") and o.code != "130" and o.source.code == c.source.code
        and o.target is not None and (o.target.country or o.target.code) == side
        and o.modality == c.modality
        for o in coded
    )


def _agent_of(attack: Coded, c: Coded) -> bool:
    """Whether the event ``attack``, named by a noun, is the agent of the harm ``c`` does to
    the same side: its subject, or the noun of its "by" or "in" phrase."""
    noun, verb = attack.anchor, c.anchor
    if noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
        return False
    result = noun.head.head  # ("wounded as a result of Russian shelling")
    if not (noun.head == verb and noun.dep_ in ("nsubj", "nsubjpass")) and not (
        noun.dep_ == "pobj" and noun.head.lower_ in ("by", "in") and noun.head.head == verb
    ) and not (noun.head.lower_ == "of" and result.lemma_ == "result"
               and result.head.lower_ == "as" and result.head.head == verb):
        return False
    same_side = c.target is not None and attack.target is not None and (
        (c.target.country or c.target.code) == (attack.target.country or attack.target.code)
    )
    return (
        same_side
        and c.code[:2] in _VIOLENT
        and attack.code[:2] in _VIOLENT
        and attack.source.code == c.source.code
        and attack.modality == c.modality
    )


def _result_of(c: Coded, head: Coded) -> bool:
    """Whether ``c`` is a participle of violence telling what ``head`` did to the same side."""
    tok = c.anchor
    if c.code[:2] not in _VIOLENT or c.target is None or head.target is None:
        return False
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.i > tok.i or any(
        d.dep_ in ("nsubj", "nsubjpass", "mark") for d in tok.children
    ):
        return False
    return (
        head.anchor == tok.head
        and head.code[:2] in _VIOLENT
        and head.source.code == c.source.code
        # (victims of no named country are the act's own: "shell X, killing four people")
        and ((head.target.country or head.target.code) == (c.target.country or c.target.code)
             or c.target.code in ("---PPL", "---CVL"))
    )


def _protest_purposes(coded: list[Coded]) -> list[Coded]:
    """ "took to the streets of Minsk to protest against Lukashenko": a protest whose purpose
    infinitive is a protest again is one act, coded once, by the more specific code and
    against the purpose's target when it names one (the government, not the city)."""
    out = list(coded)
    for c in coded:
        tok = c.anchor
        if c.code[:2] != "14" or tok.dep_ not in ("advcl", "xcomp") or not any(
                d.dep_ == "aux" and d.lower_ == "to" for d in tok.children):
            continue
        head = next((o for o in out if o.anchor == tok.head and o.code[:2] == "14"
                     and o.source.code == c.source.code and o.modality == c.modality), None)
        if head is None or c not in out:
            continue
        out.remove(c)
        code = max(c.code, head.code, key=specificity)
        out[out.index(head)] = dataclasses.replace(head, code=code, target=c.target or head.target)
    return out


def specificity(code: str) -> tuple[int, int]:
    """How specific a CAMEO code is: four digits over three, a named three-digit code over
    the root's "not specified" (x0)."""
    return (len(code), int(code[2:3] != "0"))
