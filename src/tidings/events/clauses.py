"""Argument extraction: a clause's subject and object, and which lexicon entry fits it.

Works on spaCy's English dependency labels (ClearNLP style: nsubj, nsubjpass, agent, dobj,
dative, prep/pobj, prt, xcomp, ccomp, relcl, acl, advcl, pcomp, conj). Functions return tokens,
never actors: the coder turns head tokens into actors through the actor index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import Arg, LexEntry, Phrase, VerbLexicon
from .petrarch_lexicon import SurfacePattern, match_surface

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Verbs whose infinitive complement takes the verb's object as its subject ("urged Russia to
# withdraw", "forced Kyiv to retreat"); everything else is subject control ("refused to go").
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "call",
        "force",
        "compel",
        "order",
        "tell",
        "invite",
        "encourage",
        "press",
        "pressure",
        "persuade",
        "convince",
        "help",
        "allow",
        "permit",
        "want",
        "expect",
        "require",
        "advise",
        "implore",
        "beseech",
        "push",
        "request",
        "instruct",
        "warn",
        "demand",
    }
)
# When a trigger's own target slot is empty, PETRARCH-style coders fall back to other
# prepositional objects of the clause, most directed first; "in" (location) comes last.
# Prepositions of circumstance: their phrases are not searched for a target further down.
_CIRCUMSTANCE_PREPS = frozenset(
    {
        "in",
        "during",
        "after",
        "before",
        "since",
        "despite",
        "amid",
        "amidst",
        "over",
        "as",
        "because",
        "like",
        "under",
        "within",
        "throughout",
        "until",
        "following",
        "without",
        "upon",
    }
)
FALLBACK_PREPS = (
    "against",
    "on",
    "at",
    "toward",
    "towards",
    "into",
    "with",
    "between",
    "to",
    "from",
    "over",
    "in",
)


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
    """A passive clause, or a reduced passive relative ("the civilians imprisoned by X")."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        return True
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def direct_object(verb: Token) -> Token | None:
    """The direct object; for a passive its surface subject ("Moscow was blamed")."""
    passive = is_passive(verb)
    want = ("nsubjpass",) if passive else ("dobj", "obj")
    for c in verb.children:
        if c.dep_ in want:
            return _measured(c)
    if passive and verb.dep_ == "conj":
        # "the prisoners were arrested ... and released by X": the shared subject is the patient
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        return verb.head  # "civilians imprisoned by ..." : the noun is the patient
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
            return verb.head  # "the town which rebels attacked"
    return None


# Nouns that measure or count an act rather than name it: "held five hours of talks", "began
# a series of exercises", "launched a wave of air strikes" -- the act is the "of" noun.
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
    }
)


def _measured(obj: Token) -> Token:
    if obj.lemma_.lower() in _MEASURE_NOUNS:
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                o = pobj(c)
                if o is not None and o.pos_ == "NOUN":
                    return o
    return obj


def _measure(obj: Token | None) -> list[Token]:
    """The measure noun whose "of" object ``obj`` is ("a wave of air strikes on Syria": the
    phrase may hang on the measure noun)."""
    if obj is None or obj.dep_ != "pobj" or obj.head.head.i == obj.head.i:
        return []
    noun = obj.head.head
    return [noun] if _measured(noun).i == obj.i else []


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


NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


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
    # Two subjects are a misparse, nearly always of a wire dateline ("BEIJING, Feb 4 (Wire) -
    # Russia and China declared"): the subject nearest before the verb is the real one.
    # (A dateline ends in punctuation; "the militant group al-Shabab" is one subject.)
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # "President Joseph R. Biden, Jr. held a call": the parser makes the generational suffix a
    # second subject; it belongs to the name before it and is never the subject itself.
    found = [c for c in found if c.lower_ not in NAME_SUFFIXES] or found
    before = [c for c in found if c.i < verb.i]
    if len(found) > 1 and before and before[-1].i != found[0].i:
        doc, last = verb.doc, before[-1]
        if any(doc[i].dep_ == "punct" for i in range(found[0].i + 1, last.left_edge.i)):
            found = [last]
    for c in found[:1]:
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
        if is_passive(head):
            # "Obama was pressured by Congress to help Iran": the passive subject acts
            patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if patient is not None:
                return [patient]
        if head.lemma_ in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return [obj]
        return subjects(head, depth=depth + 1)
    if (
        dep == "xcomp"
        and head.pos_ == "ADJ"
        and head.dep_ in ("acomp", "oprd")
        and head.head.i != head.i
    ):
        return subjects(head.head, depth=depth + 1)  # "Arnor is about/ready/willing to restore"
    if dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subjects(head, depth=depth + 1)
    if dep == "relcl":
        return [head]
    if dep == "acl" and verb.tag_ not in ("VBN", "VBD"):
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


def phrase_matches(tok: Token, phrases: Iterable[Phrase]) -> int:
    """How well ``tok`` (with its left modifiers) reads as one of ``phrases``: 0 for no match,
    else 1 plus 2 per modifier word matched, so "air strike" beats plain "strike"."""
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
            mods = _lefts(tok)
        if all(m in mods for m in ph.mods):
            best = max(best, 1 + 2 * len(ph.mods))
    return best


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


def _temporal(prep: Token) -> bool:
    """ "on Friday", "in March": a time phrase is never an argument slot."""
    o = pobj(prep)
    if o is None or not (o.ent_type_ in ("DATE", "TIME") or o.lower_ in _TIME_WORDS):
        return False
    # "met with Syrian President Bashar Assad Tuesday": the parser heads the name with the
    # day; a name compounded into the time word is the real object
    return not any(
        c.dep_ == "compound" and c.ent_type_ not in ("", "DATE", "TIME") for c in o.children
    )


def _child(tok: Token, words: frozenset[str], deps: frozenset[str] | None = None) -> Token | None:
    for c in tok.children:
        if c.lower_ in words and (deps is None or c.dep_ in deps):
            if c.dep_ == "prep" and _temporal(c):
                continue
            return c
    return None


_PREP_DEPS = frozenset({"prep", "agent", "dative"})
# Pattern words that are particles of phrasal verbs ("give in", "back down"); other pattern
# words ("thank T for", "apologise for") are prepositions and may take an object.
_PARTICLES = frozenset({"in", "out", "up", "down", "back", "off", "away", "over"})
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
        fit = phrase_matches(obj, arg.phrases) if obj is not None else 0
        if obj is None or not fit:
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
        # ("advised against travel to Tunisia")
        p = _child(scope, arg.words, _PREP_DEPS)
        if p is None and "to" in arg.words:
            p = next((c for c in scope.children if c.dep_ == "dative"), None)  # "gave Israel arms"
        for holder in ([obj] if obj is not None else []) + objects + _measure(obj):
            if p is not None:
                break
            p = _child(holder, arg.words, _PREP_DEPS)
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
    found = _child(scope, arg.words, _WORD_DEPS)
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
        o = _measured(o)  # "agreed on a package of sanctions"
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


def fallback_targets(verb: Token, *, exclude: Iterable[Token] = ()) -> Iterator[Token]:
    """Prepositional objects of the clause, nearest phrases first, most directed preposition
    first within a level: the verb and its object, then the nouns inside those phrases
    ("claimed responsibility for an attack at a mall in Kenya", "welcomed a resumption of ties
    with X", "cordoned off the roads leading into X"), three levels deep at most."""
    skip = {t.i for t in exclude}
    obj = direct_object(verb)
    # "condemned an attack by Osgiliath soldiers": the object event's agent is the target
    if obj is not None and obj.pos_ == "NOUN":
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                o = pobj(c)
                if o is not None and o.i not in skip:
                    yield o
    # Level 1: the verb's own prepositions and those of its object and slot nouns; deeper
    # levels inside the object and slot phrases, and inside the verb's directed phrases
    # ("arranged for the reopening of houses in Bree", "fired near a vessel from Korea") but
    # not its circumstances ("suspended a deal in sign of frustration with X" is not aimed at X).
    level: list[Token] = [*([obj] if obj is not None else [])]
    level.extend(t for t in exclude if t.pos_ in ("NOUN", "PROPN"))
    # "marched very close to the border": the prepositions of an adverb or adjective complement
    first = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "acomp", "npadvmod", "oprd"))]
    seen = {t.i for t in [*level, *first]}
    for depth in range(3):
        found: dict[str, list[Token]] = {}
        nxt: list[Token] = []
        for h in [*first, *level] if depth == 0 else level:
            adjunct = depth == 0 and h in first
            if h.dep_ == "acl" and h.pos_ == "VERB" and h.tag_ == "VBG":
                # "boycotted the parade supporting Gondor", "a resolution condemning X": the
                # participle's object is what the object phrase is about (not a relative
                # clause's: "condemned the men who attacked X" targets the men)
                d = direct_object(h)
                if d is not None and d.i not in seen:
                    seen.add(d.i)
                    found.setdefault("", []).append(d)
            for c in h.children:
                if c.dep_ == "prep" and not _temporal(c):
                    o = pobj(c)
                    if o is not None and o.i not in seen:
                        found.setdefault(c.lower_, []).append(o)
                        seen.add(o.i)
                        if not adjunct or c.lower_ not in _CIRCUMSTANCE_PREPS:
                            nxt.append(o)
                elif (
                    c.dep_ in ("acl", "relcl")
                    and c.pos_ == "VERB"
                    and c.i not in seen
                    and not adjunct
                ):
                    nxt.append(c)
                    seen.add(c.i)
        for prep in ("", *FALLBACK_PREPS):
            for o in found.get(prep, ()):
                if o.i not in skip:
                    yield o
        for o in found.get("of", ()):
            if o.i not in skip:
                yield o  # "of" objects last: "part of Syria", "the population of Gondor"
        level = nxt
        if not level:
            break


def noun_sources(noun: Token) -> list[Token]:
    """Source side of a nominal trigger: the noun (its possessor/modifier actors) or "by X"."""
    out = [noun]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            o = pobj(c)
            if o is not None:
                out.append(o)
    return out
