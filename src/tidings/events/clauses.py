"""Lexicon matching: which lexicon entry fits a verb or noun and its clause.

An entry's pattern (see ``lexicon``) constrains the trigger's particles, object and
prepositional slots; ``best_match`` returns the most specific entry that fits, with the
tokens of the matched phrase and the heads of its target slot. The dependency-tree helpers
it relies on are in ``syntax``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import Arg, LexEntry, Phrase, VerbLexicon
from .petrarch_lexicon import SurfacePattern, match_surface
from .syntax import direct_object, infinitival_to, measure, measured, pobj, temporal

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Match:
    """A lexicon entry matched at a trigger token."""

    entry: LexEntry
    token: Token  # the verb or noun the entry is keyed on
    trigger: tuple[Token, ...]  # tokens of the matched phrase (verb, particle, object, prep)
    targets: tuple[Token, ...]  # heads of the target phrase per the entry (may be empty)
    objects: tuple[Token, ...]  # object nouns consumed by the phrase (not coded again as nominals)
    score: int


def _lefts(tok: Token) -> set[str]:
    out: set[str] = set()
    stack = list(tok.lefts)
    while stack:
        t = stack.pop()
        out.add(t.lemma_.lower())
        out.add(t.lower_)
        stack.extend(t.lefts)
    return out


def phrase_matches(
    tok: Token, phrases: Iterable[Phrase], *, extra: frozenset[str] | set[str] = frozenset()
) -> int:
    """How well ``tok`` (with its left modifiers, and ``extra`` words) reads as one of
    ``phrases``: 0 for no match, else 1 plus 2 per modifier word matched, so "air strike" beats
    plain "strike"."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    mods: set[str] | None = None
    best = 0
    for ph in phrases:
        if ph.head != lemma and ph.head != lower:
            continue
        if not ph.mods:
            best = max(best, 1)
            continue
        if mods is None:
            mods = _lefts(tok) | extra
        if all(m in mods for m in ph.mods):
            best = max(best, 1 + 2 * len(ph.mods))
    return best


def _child(tok: Token, words: frozenset[str], deps: frozenset[str] | None = None) -> Token | None:
    for c in tok.children:
        if c.lower_ in words and (deps is None or c.dep_ in deps):
            if c.dep_ == "prep" and temporal(c):
                continue
            if infinitival_to(c):
                continue  # "a scheme to house refugees": no prepositional "to"
            return c
    return None


_PREP_DEPS = frozenset({"prep", "agent", "dative"})


# Pattern words that are particles of phrasal verbs ("give in", "back down"); other pattern
# words ("thank T for", "apologise for") are prepositions and may take an object.
_PARTICLES = frozenset({"in", "out", "up", "down", "back", "off", "away", "over"})


def _on_particle(scope: Token, trigger: list[Token], words: frozenset[str]) -> Token | None:
    """A preposition hanging on the pattern's particle: the parser attaches "of" under "out"
    in "pulled out of politics", so "pull out of>[politics]" looks for it there too."""
    for t in trigger:
        if (
            t.head.i == scope.i
            and t.i != scope.i
            and t.lower_ in _PARTICLES
            and t.dep_ in ("prt", "prep", "advmod")
            and pobj(t) is None
        ):
            found = _child(t, words, _PREP_DEPS)
            if found is not None:
                return found
    return None


_WORD_DEPS = frozenset(
    {
        "prt",
        "prep",
        "advmod",
        "acomp",
        "oprd",
        "agent",
        "dative",
        "npadvmod",
        "amod",
        "dobj",
        "attr",
    }
)


# "the rebels submitted themselves to the army": a reflexive object is the subject yielding
_REFLEXIVES = frozenset(
    {"itself", "themselves", "himself", "herself", "oneself", "ourselves", "yourself"}
)


def match_entry(
    tok: Token, entry: LexEntry, *, obj: Token | None = None, obj_known: bool = False
) -> Match | None:
    """Match ``entry`` at ``tok``; None when a required item is missing.

    ``obj``/``obj_known``: the direct object of ``tok`` when the caller already looked it up
    (best_match does, once per token, instead of once per entry).
    """
    if entry.head.mods and not all(m in _lefts(tok) for m in entry.head.mods):
        return None
    scope = tok
    trigger: list[Token] = [tok]
    targets: list[Token] = []
    objects: list[Token] = []
    score = 2 * len(entry.head.mods)
    if entry.noun:
        obj = None
    elif not obj_known:
        obj = direct_object(tok)
    for arg in entry.args:
        got = _match_arg(arg, scope, obj, trigger, targets, objects, noun=entry.noun)
        if got is None:
            return None
        if got[0].i != scope.i:
            scope = got[0]
            obj = direct_object(scope)
        score += got[1]
    # "-T": an object the pattern does not name changes the sense ("submitted a filing to the
    # court" yields to no one; "submitted to the court" does)
    if (
        entry.intransitive
        and obj is not None
        and obj not in trigger
        and obj.lower_ not in _REFLEXIVES
    ):
        return None
    return Match(
        entry=entry,
        token=tok,
        trigger=tuple(trigger),
        targets=tuple(targets),
        objects=tuple(objects),
        score=score,
    )


def _match_arg(
    arg: Arg,
    scope: Token,
    obj: Token | None,
    trigger: list[Token],
    targets: list[Token],
    objects: list[Token],
    *,
    noun: bool,
) -> tuple[Token, int] | None:
    """Check one pattern item; returns the (possibly moved) scope and a score bonus."""
    if arg.kind == "dobj":
        if obj is None:
            return None
        targets.append(obj)
        return scope, 1
    if arg.kind == "obj":
        if obj is None:
            return None
        obj, fit = _object_fit(obj, arg.phrases)
        if not fit:
            return None
        trigger.append(obj)
        objects.append(obj)
        if arg.target:
            targets.append(obj)
        return scope, 3 + fit
    if arg.kind == "word":
        c = _child(scope, arg.words, _WORD_DEPS)
        if c is not None and c.lower_ in _PARTICLES and c.dep_ == "prep" and pobj(c) is not None:
            # "giving a speech in Poland" is not "give in": a preposition with its own object
            # is no particle
            c = None
        if c is None and obj is not None:
            c = _child(obj, arg.words, _PREP_DEPS)
        if c is None:
            return None
        trigger.append(c)
        return scope, 2
    if arg.kind == "prep":
        # on the verb, on its object, or on a noun the phrase already consumed
        # ("advised against travel to Haiti")
        p = _child(scope, arg.words, _PREP_DEPS) or _on_particle(scope, trigger, arg.words)
        if p is None and "to" in arg.words:
            p = next((c for c in scope.children if c.dep_ == "dative"), None)  # "gave Israel arms"
        for holder in ([obj] if obj is not None else []) + objects + measure(obj):
            if p is not None:
                break
            p = _child(holder, arg.words, _PREP_DEPS)
            if p is not None and obj is not None and _governs(p, obj):
                p = None  # the measure's own "of" ("40 percent of Greece's demand")
        if p is None:
            return (scope, -1) if arg.optional else None
        trigger.append(p)
        o = pobj(p)
        if o is None and p.dep_ == "dative" and p.lower_ not in arg.words:
            o = p  # "give Israel weapons": the dative noun itself
        if o is not None:
            targets.append(o)
        return scope, 2
    return _match_via(arg, scope, obj, trigger, targets, objects, noun=noun)


def _governs(prep: Token, obj: Token) -> bool:
    """Whether ``obj`` is the object of ``prep``."""
    o = pobj(prep)
    return o is not None and o.i == obj.i


def _object_fit(obj: Token, phrases: tuple[Phrase, ...]) -> tuple[Token, int]:
    """The object noun that reads as one of ``phrases``, and how well. The parser makes the first
    of coordinated modifiers the object: in "launched air and artillery strikes" the object is
    "air" and "strikes" its conjunct, so a conjunct is tried with the object as its modifier."""
    fit = phrase_matches(obj, phrases)
    if fit:
        return obj, fit
    for c in obj.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            fit = phrase_matches(c, phrases, extra={obj.lemma_.lower(), obj.lower_})
            if fit:
                return c, fit
    return obj, 0


def _match_via(
    arg: Arg,
    scope: Token,
    obj: Token | None,
    trigger: list[Token],
    targets: list[Token],
    objects: list[Token],
    *,
    noun: bool,
) -> tuple[Token, int] | None:
    # "to>[withdraw]": an infinitive complement moves the scope to the embedded verb.
    if "to" in arg.words and not noun:
        for c in scope.children:
            if (
                c.dep_ in ("xcomp", "ccomp", "advcl")
                and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                and (arg.target or phrase_matches(c, arg.phrases))
            ):
                trigger.append(c)
                return c, 4
    found = _child(scope, arg.words, _WORD_DEPS) or _on_particle(scope, trigger, arg.words)
    if found is None and obj is not None:
        found = _child(obj, arg.words, _PREP_DEPS)
    if found is None:
        return None
    c = found
    trigger.append(c)
    if c.dep_ in ("prep", "agent"):
        o = pobj(c)
        if o is None:
            return None
        if arg.target:
            targets.append(o)
            return scope, 3
        o = measured(o)  # "agreed on a package of sanctions"
        fit = phrase_matches(o, arg.phrases)
        if not fit:
            return None
        trigger.append(o)
        objects.append(o)
        return scope, 3 + fit
    # a particle ("turn down>T", "set off>[bomb]"): the item applies to the direct object
    if obj is None:
        return None
    if arg.target:
        targets.append(obj)
        return scope, 3
    fit = phrase_matches(obj, arg.phrases)
    if not fit:
        return None
    trigger.append(obj)
    objects.append(obj)
    return scope, 3 + fit


# English adds "-es" to a verb only after a sibilant or "o" ("fixes", "reaches", "goes")
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


def misspelt_verb(tok: Token) -> bool:
    """A third-person form no English verb has ("departes"): the lemmatizer's suffix rules
    still find the verb, but a coder must not read a typo as an event it cannot vouch for."""
    form, lemma = tok.lower_, tok.lemma_.lower()
    return tok.tag_ == "VBZ" and form == lemma + "es" and not lemma.endswith(_ES_STEMS)


def best_match(tok: Token, lexicon: VerbLexicon) -> Match | None:
    """The highest-scoring lexicon entry at ``tok`` (a verb or a nominal trigger)."""
    if tok.pos_ in ("VERB", "AUX"):
        if misspelt_verb(tok):
            return None
        table = lexicon.verbs
    elif tok.pos_ in ("NOUN", "PROPN"):
        table = lexicon.nouns
    else:
        return None
    best: Match | None = None
    if lexicon.surface and table is lexicon.verbs:
        best = _surface_match(tok, lexicon)
    elif lexicon.surface and tok.lower_.endswith("ing") and tok.dep_ in ("dobj", "nsubjpass"):
        best = _surface_match(tok, lexicon, nominal=True)
    entries = _entries_for(tok, table)
    if not entries:
        return best
    obj = direct_object(tok) if table is lexicon.verbs else None
    for e in entries:
        m = match_entry(tok, e, obj=obj, obj_known=True)
        if m is not None and (best is None or m.score > best.score):
            best = m
    return best


@lru_cache(maxsize=4096)
def _surface_entry(sp: SurfacePattern) -> LexEntry:
    # Statements (01) need an addressee, as in the built-in lexicon: PETRARCH's dictionaries
    # code every "said" 010 and rely on its require-dyad option to drop the targetless ones.
    return LexEntry(
        id=sp.id,
        code=sp.code or "",
        pattern="petrarch",
        noun=False,
        head=Phrase(head=sp.head),
        args=(),
        # "[030:030]": the same code both ways is a symmetric event
        reverse_code=None if sp.reverse_code == sp.code else sp.reverse_code,
        # "% *" compound-subject patterns are events among the members
        symmetric=sp.compound or (sp.code is not None and sp.reverse_code == sp.code),
        swap=sp.swap,
        require_target=(sp.code or "").startswith("01"),
    )


def _surface_match(tok: Token, lexicon: VerbLexicon, *, nominal: bool = False) -> Match | None:
    """A PETRARCH pattern at verb ``tok``; with ``nominal``, at a gerund noun ("postponed their
    meeting": PETRARCH reads MEET there), which then needs pattern words around it and takes
    its subject, modality and object from the verb governing it."""
    if nominal:
        stem = tok.lower_[:-3]
        patterns = lexicon.surface.get(stem) or lexicon.surface.get(stem + "e")
    else:
        patterns = lexicon.surface.get(tok.lemma_.lower()) or lexicon.surface.get(tok.lower_)
    if not patterns:
        return None
    clause = tok.head if nominal else tok
    hit = match_surface(tok, patterns, clause=clause, min_size=1 if nominal else 0)
    if hit is None:
        return None
    sp, words = hit
    targets: list[Token] = []
    obj = None if nominal else direct_object(tok)
    if sp.swap:
        obj = None  # the target is the subject: the coder swaps roles
    if sp.target in ("dobj", "") and obj is not None:
        targets.append(obj)  # a pattern without "+" still has PETRARCH's default: the object
    elif sp.target:
        holders = [tok, *([obj] if obj is not None else []), *words]
        for h in holders:
            p = _child(h, frozenset({sp.target}), _PREP_DEPS)
            if p is not None and pobj(p) is not None:
                targets.append(pobj(p))  # type: ignore[arg-type]
                break
    nouns = tuple(w for w in words if w.pos_ in ("NOUN", "PROPN"))
    return Match(
        entry=_surface_entry(sp),
        token=clause,
        trigger=(tok, *words) if not nominal else (clause, tok, *words),
        targets=tuple(targets),
        objects=nouns,
        score=2 * sp.size,
    )  # a bare verb ties below built-in phrase entries


def _entries_for(
    tok: Token, table: Mapping[str, tuple[LexEntry, ...]]
) -> tuple[LexEntry, ...] | None:
    lemma = tok.lemma_.lower()
    found = table.get(lemma)
    if found is None and tok.lower_ != lemma:
        found = table.get(tok.lower_)
    if found is None and tok.pos_ == "VERB":
        # the small model's lemmatizer slips on some regular forms ("staged" -> "stag")
        low = tok.lower_
        for suffix in ("d", "ed", "s", "es"):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                found = table.get(low[: -len(suffix)])
                if found is not None:
                    break
    return found
