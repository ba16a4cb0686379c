"""Argument extraction: who is the subject of a clause, what its object is, which lexicon entry fits.

Works on spaCy's English dependency labels (ClearNLP style: nsubj, nsubjpass, agent, dobj,
dative, prep/pobj, prt, xcomp, ccomp, relcl, acl, advcl, pcomp, conj). Functions return tokens,
never actors: the coder turns head tokens into actors through the actor index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import Arg, LexEntry, Phrase, VerbLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Verbs whose infinitive complement takes the verb's object as its subject ("urged Russia to
# withdraw", "forced Kyiv to retreat"); everything else is subject control ("refused to go").
OBJECT_CONTROL = frozenset({
    "urge", "ask", "call", "force", "compel", "order", "tell", "invite", "encourage", "press",
    "pressure", "persuade", "convince", "help", "allow", "permit", "want", "expect", "require",
    "advise", "implore", "beseech", "push", "request", "instruct", "warn", "demand",
})
# When a trigger's own target slot is empty, PETRARCH-style coders fall back to other
# prepositional objects of the clause, most directed first; "in" (location) comes last.
FALLBACK_PREPS = ("against", "on", "at", "toward", "towards", "into", "with", "to", "from", "over", "in")


@dataclass(frozen=True)
class Match:
    """A lexicon entry matched at a trigger token."""

    entry: LexEntry
    token: Token  # the verb or noun the entry is keyed on
    trigger: tuple[Token, ...]  # tokens of the matched phrase (verb, particle, object, prep)
    targets: tuple[Token, ...]  # heads of the target phrase per the entry (may be empty)
    objects: tuple[Token, ...]  # object nouns consumed by the phrase (not coded again as nominals)
    score: int


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def direct_object(verb: Token) -> Token | None:
    """The direct object; for a passive its surface subject ("Moscow was blamed")."""
    want = ("nsubjpass",) if is_passive(verb) else ("dobj", "obj")
    for c in verb.children:
        if c.dep_ in want:
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head  # "civilians imprisoned by ..." : the noun is the patient
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
            return verb.head  # "the town which rebels attacked"
    return None


def pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp", "obj"):
            return c
    return None


def agents(verb: Token) -> list[Token]:
    """Objects of the passive "by" phrase."""
    out = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(verb)):
            o = pobj(c)
            if o is not None:
                out.append(o)
    return out


def subjects(verb: Token, *, depth: int = 0) -> list[Token]:
    """Head tokens of the source side of a clause.

    Explicit subject first; a passive takes the "by" agent; otherwise the subject is inherited:
    xcomp/infinitive from the governing verb (its object for object-control verbs), conj from the
    first conjunct ("X met Y and signed ..."), relcl/acl from the modified noun, advcl and
    participles from the main clause, gerunds under a preposition from the object of the verb
    ("accused Russia of attacking") or its subject ("denied attacking").
    """
    if depth > 6:
        return []
    if is_passive(verb):
        return agents(verb)
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return [verb.head]
            if c.dep_ == "nsubj" and c.lower_ in ("there", "it") and c.tag_ == "EX":
                break
            return [c]
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return []
    if dep in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_ in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return [obj]
        return subjects(head, depth=depth + 1)
    if dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subjects(head, depth=depth + 1)
    if dep == "relcl":
        return [head]
    if dep == "acl" and verb.tag_ != "VBN":
        return [head]  # "troops attacking the city"
    if dep == "pcomp" and head.dep_ == "prep":
        gov = head.head
        if gov.pos_ in ("VERB", "AUX"):
            obj = next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")), None)
            return [obj] if obj is not None else subjects(gov, depth=depth + 1)
    return []


def _lefts(tok: Token) -> set[str]:
    out: set[str] = set()
    stack = list(tok.lefts)
    while stack:
        t = stack.pop()
        out.add(t.lemma_.lower())
        out.add(t.lower_)
        stack.extend(t.lefts)
    return out


def phrase_matches(tok: Token, phrases: Iterable[Phrase]) -> bool:
    """Does ``tok`` (with its left modifiers) read as one of ``phrases``?"""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    mods: set[str] | None = None
    for ph in phrases:
        if ph.head != lemma and ph.head != lower:
            continue
        if not ph.mods:
            return True
        if mods is None:
            mods = _lefts(tok)
        if all(m in mods for m in ph.mods):
            return True
    return False


def _child(tok: Token, words: frozenset[str], deps: frozenset[str] | None = None) -> Token | None:
    for c in tok.children:
        if c.lower_ in words and (deps is None or c.dep_ in deps):
            return c
    return None


_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_WORD_DEPS = frozenset({"prt", "prep", "advmod", "acomp", "oprd", "agent", "dative", "npadvmod", "amod", "dobj", "attr"})


def match_entry(tok: Token, entry: LexEntry) -> Match | None:
    """Match ``entry`` at ``tok``; None when a required item is missing."""
    if entry.head.mods and not all(m in _lefts(tok) for m in entry.head.mods):
        return None
    scope = tok
    trigger: list[Token] = [tok]
    targets: list[Token] = []
    objects: list[Token] = []
    score = entry.specificity
    for arg in entry.args:
        obj = None if entry.noun else direct_object(scope)
        got = _match_arg(arg, scope, obj, trigger, targets, objects, noun=entry.noun)
        if got is None:
            return None
        scope, bonus = got
        score += bonus
    return Match(entry=entry, token=tok, trigger=tuple(trigger), targets=tuple(targets),
                 objects=tuple(objects), score=score)


def _match_arg(arg: Arg, scope: Token, obj: Token | None, trigger: list[Token], targets: list[Token],
               objects: list[Token], *, noun: bool) -> tuple[Token, int] | None:
    """Check one pattern item; returns the (possibly moved) scope and a score bonus."""
    if arg.kind == "dobj":
        if obj is not None:
            targets.append(obj)
            return scope, 1
        return scope, 0
    if arg.kind == "obj":
        if obj is None or not phrase_matches(obj, arg.phrases):
            return None
        trigger.append(obj)
        objects.append(obj)
        if arg.target:
            targets.append(obj)
        return scope, 0
    if arg.kind == "word":
        c = _child(scope, arg.words, _WORD_DEPS)
        if c is None and obj is not None:
            c = _child(obj, arg.words, _PREP_DEPS)
        if c is None:
            return None
        trigger.append(c)
        return scope, 0
    if arg.kind == "prep":
        p = _child(scope, arg.words, _PREP_DEPS)
        if p is None and obj is not None:
            p = _child(obj, arg.words, _PREP_DEPS)
        if p is None:
            return scope, 0
        trigger.append(p)
        o = pobj(p) if p.dep_ != "dative" or p.lower_ in arg.words and not list(p.children) else p
        if o is not None:
            targets.append(o)
        return scope, 2
    return _match_via(arg, scope, obj, trigger, targets, objects, noun=noun)


def _match_via(arg: Arg, scope: Token, obj: Token | None, trigger: list[Token], targets: list[Token],
               objects: list[Token], *, noun: bool) -> tuple[Token, int] | None:
    # "to>[withdraw]": an infinitive complement moves the scope to the embedded verb.
    if "to" in arg.words and not noun:
        for c in scope.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
                if arg.target or phrase_matches(c, arg.phrases):
                    trigger.append(c)
                    return c, 0
    c = _child(scope, arg.words, _WORD_DEPS)
    if c is None and obj is not None:
        c = _child(obj, arg.words, _PREP_DEPS)
    if c is None:
        return None
    trigger.append(c)
    if c.dep_ in ("prep", "agent"):
        o = pobj(c)
        if o is None:
            return None
        if arg.target:
            targets.append(o)
            return scope, 0
        if not phrase_matches(o, arg.phrases):
            return None
        trigger.append(o)
        objects.append(o)
        return scope, 0
    # a particle ("turn down>T", "set off>[bomb]"): the item applies to the direct object
    if obj is None:
        return None
    if arg.target:
        targets.append(obj)
        return scope, 0
    if not phrase_matches(obj, arg.phrases):
        return None
    trigger.append(obj)
    objects.append(obj)
    return scope, 0


def best_match(tok: Token, lexicon: VerbLexicon) -> Match | None:
    """The highest-scoring lexicon entry at ``tok`` (a verb or a nominal trigger)."""
    if tok.pos_ in ("VERB", "AUX"):
        table = lexicon.verbs
    elif tok.pos_ in ("NOUN", "PROPN"):
        table = lexicon.nouns
    else:
        return None
    lemma = tok.lemma_.lower()
    entries = table.get(lemma) or (table.get(tok.lower_) if tok.lower_ != lemma else None)
    if not entries:
        return None
    best: Match | None = None
    for e in entries:
        if best is not None and e.specificity + 8 < best.score:
            break  # sorted by specificity; nothing further can win
        m = match_entry(tok, e)
        if m is not None and (best is None or m.score > best.score):
            best = m
    return best


def fallback_targets(verb: Token, *, exclude: Iterable[Token] = ()) -> Iterator[Token]:
    """Prepositional objects of the clause (verb, then its object), most directed first."""
    skip = {t.i for t in exclude}
    holders = [verb]
    obj = direct_object(verb)
    if obj is not None:
        holders.append(obj)
    for prep in FALLBACK_PREPS:
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == prep:
                    o = pobj(c)
                    if o is not None and o.i not in skip:
                        yield o


def noun_sources(noun: Token) -> list[Token]:
    """Source side of a nominal trigger: the noun itself (its possessor/modifier actors) or "by X"."""
    out = [noun]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            o = pobj(c)
            if o is not None:
                out.append(o)
    return out
