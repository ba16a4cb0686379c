"""Lexicon matching: which lexicon entry fits a verb or noun and its clause.

An entry's pattern (see ``lexicon``) constrains the trigger's particles, object and
prepositional slots; ``best_match`` returns the most specific entry that fits, with the
tokens of the matched phrase and the heads of its target slot. Each pattern item is checked
by ``arguments`` (one matcher per argument kind); the dependency-tree helpers both rely on
are in ``syntax``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .arguments import PREP_DEPS, Bindings, child_word, left_words, match_arg
from .arguments import phrase_matches as phrase_matches
from .lexicon import LexEntry, Phrase, VerbLexicon
from .petrarch_lexicon import SurfacePattern, match_surface
from .syntax import direct_object, pobj

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
    if entry.head.mods and not all(m in left_words(tok) for m in entry.head.mods):
        return None
    if entry.noun:
        obj = None
    elif not obj_known:
        obj = direct_object(tok)
    scope = tok
    bound = Bindings(trigger=[tok])
    score = 2 * len(entry.head.mods)
    for arg in entry.args:
        got = match_arg(arg, scope, obj, bound, noun=entry.noun)
        if got is None:
            return None
        if got[0].i != scope.i:
            scope = got[0]  # "to>[verb]": later items are read at the embedded verb
            obj = direct_object(scope)
        score += got[1]
    if entry.intransitive and _unnamed_object(obj, [*bound.trigger, *bound.targets]):
        return None
    if not entry.noun and _unnamed_particle(tok, bound.trigger):
        return None
    return Match(
        entry=entry,
        token=tok,
        trigger=tuple(bound.trigger),
        targets=tuple(bound.targets),
        objects=tuple(bound.objects),
        score=score,
    )


def _unnamed_object(obj: Token | None, named: list[Token]) -> bool:
    """Whether the verb has an object the pattern does not name (in its trigger or as its
    target), which bars a "-T" entry: it changes the sense ("submitted a filing to the court"
    yields to no one; "submitted to the court" does; "took over the city" names its object
    with the particle, "took patronage over the region" does not). A reflexive object is no
    such object."""
    return obj is not None and obj not in named and obj.lower_ not in _REFLEXIVES


# Particles that make a phrasal verb of their own: "called out for hypocrisy" is no call for
# anything, "kicked out" no kick, "called off" no call; a pattern that means the phrasal verb
# names the particle ("call off [talk]", "carry out [attack]"). Sending something off keeps
# the verb's sense ("fired off a warning shot at", "sent off a letter to").
# "Call" makes another verb with almost any particle: "called in the ambassador" summons,
# "called up reservists" mobilises, "calling in favors" is no phone call.
_SENSE_PARTICLES = frozenset({"out", "off"})
_DISPATCH = frozenset({"fire", "shoot", "send", "dash", "rattle", "fling"})
_VERB_PARTICLES = {"call": frozenset({"in", "up", "back", "down"})}


def _unnamed_particle(tok: Token, trigger: list[Token]) -> bool:
    """Whether the verb has a sense-changing particle the pattern does not name."""
    lemma = tok.lemma_.lower()
    particles = _SENSE_PARTICLES | _VERB_PARTICLES.get(lemma, frozenset())
    return lemma not in _DISPATCH and any(
        c.dep_ == "prt" and c.lower_ in particles and c not in trigger for c in tok.children)


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
    if obj is None and tok.lemma_ == "be":
        # "is unhappy with Kyiv", "are grateful to Poland": a copula's entries read its adjective
        obj = next((c for c in tok.children if c.dep_ == "acomp"), None)
    for e in entries:
        m = match_entry(tok, e, obj=obj, obj_known=True)
        if m is not None and (best is None or m.score > best.score):
            best = m
    return best


@lru_cache(maxsize=4096)
def _surface_entry(sp: SurfacePattern) -> LexEntry:
    """The lexicon entry a PETRARCH pattern codes as, so its matches flow through the same
    assembly as built-in entries (cached: one entry per pattern)."""
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
    patterns = _surface_patterns(tok, lexicon, nominal=nominal)
    if not patterns:
        return None
    clause = tok.head if nominal else tok
    hit = match_surface(tok, patterns, clause=clause, min_size=1 if nominal else 0)
    if hit is None:
        return None
    sp, words = hit
    obj = None if nominal else direct_object(tok)
    if sp.swap:
        obj = None  # the target is the subject: the coder swaps roles
    nouns = tuple(w for w in words if w.pos_ in ("NOUN", "PROPN"))
    return Match(
        entry=_surface_entry(sp),
        token=clause,
        trigger=(tok, *words) if not nominal else (clause, tok, *words),
        targets=_surface_targets(tok, sp, obj, words),
        objects=nouns,
        score=2 * sp.size,
    )  # a bare verb ties below built-in phrase entries


def _surface_patterns(
    tok: Token, lexicon: VerbLexicon, *, nominal: bool
) -> tuple[SurfacePattern, ...] | None:
    """The PETRARCH patterns keyed on verb ``tok``; with ``nominal``, on the verb a gerund
    noun is formed from ("meeting" -> meet, "closing" -> close)."""
    if nominal:
        stem = tok.lower_[:-3]
        return lexicon.surface.get(stem) or lexicon.surface.get(stem + "e")
    return lexicon.surface.get(tok.lemma_.lower()) or lexicon.surface.get(tok.lower_)


def _surface_targets(
    tok: Token, sp: SurfacePattern, obj: Token | None, words: list[Token]
) -> tuple[Token, ...]:
    """The target of PETRARCH pattern ``sp``: the object of its "+" preposition, on the verb,
    its object or a pattern word; a pattern without "+" still has PETRARCH's default, the
    direct object."""
    if sp.target in ("dobj", "") and obj is not None:
        return (obj,)
    if sp.target:
        for h in [tok, *([obj] if obj is not None else []), *words]:
            p = child_word(h, frozenset({sp.target}), PREP_DEPS)
            o = pobj(p) if p is not None else None
            if o is not None:
                return (o,)
    return ()


def _entries_for(
    tok: Token, table: Mapping[str, tuple[LexEntry, ...]]
) -> tuple[LexEntry, ...] | None:
    """The entries keyed on ``tok``'s lemma, else on its form, else (for a verb) on its form
    less a regular inflection."""
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
