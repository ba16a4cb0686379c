"""Pattern arguments: whether one item of a lexicon pattern fits the clause of its trigger.

Split from ``clauses`` (house style: modules under 400 lines, short functions): that module
matches whole entries and PETRARCH patterns; this one checks a single ``Arg`` against the verb
or noun in scope and records what it binds in a ``Bindings``. There is one matcher per
argument kind of the pattern grammar (see ``patterns``): ``dobj`` (T), ``obj`` ([x|y]),
``word`` (a particle or preposition), ``prep`` (a|b:T) and ``via`` (word>[x], word>T,
to>[verb]). ``clauses`` re-exports ``phrase_matches``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Arg, Phrase
from .nouns import predicate_adjective, word_lemma
from .objects import carried_prep, compound_destination, hyphen_partner, manner_subject
from .syntax import infinitival_to, measure, measured, pobj, temporal

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Bindings:
    """What the items of one pattern have bound so far at a trigger, in item order."""

    trigger: list[Token]  # tokens of the matched phrase, the trigger itself first
    targets: list[Token] = field(default_factory=list)  # heads of the target slot
    objects: list[Token] = field(default_factory=list)  # object nouns the phrase consumed


# dependencies a pattern's preposition can hang by ("by" of a passive is an agent, the "to"
# of "gave arms to Israel" can be parsed as a dative)
PREP_DEPS = frozenset({"prep", "agent", "dative"})

# a pattern word ("crack down on", "set off") may also be parsed as an adverb, a complement
# or, by the small model, as a modifier or object of the verb
_WORD_DEPS = frozenset({"prt", "prep", "advmod", "acomp", "oprd", "agent", "dative", "npadvmod",
                        "amod", "dobj", "attr"})  # fmt: skip

# Pattern words that are particles of phrasal verbs ("give in", "back down"); other pattern
# words ("thank T for", "apologise for") are prepositions and may take an object.
_PARTICLES = frozenset({"in", "out", "up", "down", "back", "off", "away", "over"})

# What a "with" phrase fights or acts with rather than against: "fighting Russia with Western
# weapons", "resisting with US support" name the means, never the other party.
_MEANS = frozenset({
    "weapon", "arm", "arms", "ammunition", "munition", "missile", "rocket", "drone", "tank",
    "artillery", "rifle", "gun", "grenade", "bomb", "shell", "jet", "warplane", "aircraft",
    "helicopter", "knife", "stone", "help", "support", "assistance", "backing", "aid",
})  # fmt: skip

# Nouns of being held: "freed from Houthi captivity" names the captor, not whose the
# captives are (the "from:T" of "free [soldier] of|from:T"); see agents.source_heads
CAPTIVITY = frozenset({"captivity", "detention", "custody", "prison", "jail", "imprisonment"})


def left_words(tok: Token) -> set[str]:
    """Lemmas and lower-case forms of ``tok``'s left modifiers and, in turn, of theirs: the
    words a multiword phrase ("air strike") needs before its head."""
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
    lemma, lower = word_lemma(tok), tok.lower_
    mods: set[str] | None = None
    best = 0
    for ph in phrases:
        if ph.head != lemma and ph.head != lower:
            continue
        if not ph.mods:
            best = max(best, 1)
            continue
        if mods is None:
            mods = left_words(tok) | extra
        if all(m in mods for m in ph.mods):
            best = max(best, 1 + 2 * len(ph.mods))
    return best


def child_word(
    tok: Token, words: frozenset[str], deps: frozenset[str] | None = None
) -> Token | None:
    """The first child of ``tok`` spelt as one of ``words`` (attached by one of ``deps``), not
    counting a temporal preposition, a preposition fronted before a verb, or the "to" of an
    infinitive."""
    for c in tok.children:
        if c.lower_ in words and (deps is None or c.dep_ in deps):
            if c.dep_ == "prep" and temporal(c):
                continue
            if c.dep_ == "prep" and c.i < tok.i and tok.pos_ in ("VERB", "AUX"):
                continue  # a fronted frame: "For his part, Kuleba called on ..."
            if infinitival_to(c):
                continue  # "a scheme to house refugees": no prepositional "to"
            return c
    return None


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
            found = child_word(t, words, PREP_DEPS)
            if found is not None:
                return found
    return None


def match_arg(
    arg: Arg, scope: Token, obj: Token | None, bound: Bindings, *, noun: bool
) -> tuple[Token, int] | None:
    """Check one pattern item at ``scope`` (whose direct object is ``obj``; none for a noun
    trigger), adding what it binds to ``bound``. Returns the scope for the next item (moved by
    "to>[verb]") and a score bonus, or None when the item does not fit."""
    if arg.kind == "dobj":
        return _match_dobj(scope, obj, bound)
    if arg.kind == "obj":
        return _match_obj(arg, scope, obj, bound)
    if arg.kind == "word":
        return _match_word(arg, scope, obj, bound)
    if arg.kind == "prep":
        return _match_prep(arg, scope, obj, bound)
    return _match_via(arg, scope, obj, bound, noun=noun)


def _match_dobj(scope: Token, obj: Token | None, bound: Bindings) -> tuple[Token, int] | None:
    """``T``: the direct object is the target."""
    if obj is None:
        return None
    bound.targets.append(obj)
    return scope, 1


def _match_obj(
    arg: Arg, scope: Token, obj: Token | None, bound: Bindings
) -> tuple[Token, int] | None:
    """``[x|y]``: the direct object reads as one of the phrases (and is the target with
    ``[x]:T``); a better-read phrase scores more."""
    if obj is None:
        return None
    obj, fit = _object_fit(obj, arg.phrases)
    if not fit and obj in bound.targets:
        # "called Putin a dictator": the words are the object's predicate (or its apposition)
        said = next((c for c in scope.children if c.dep_ in ("oprd", "acomp")), None) or next(
            (c for c in obj.subtree if c.dep_ == "appos" and c.i > obj.i), predicate_adjective(obj)
        )
        if said is not None:
            obj, fit = _object_fit(said, arg.phrases)
    if not fit:
        return None
    bound.trigger.append(obj)
    bound.objects.append(obj)
    if arg.target:
        bound.targets.append(obj)
    return scope, 3 + fit


def _object_fit(obj: Token, phrases: tuple[Phrase, ...]) -> tuple[Token, int]:
    """The object noun that reads as one of ``phrases``, and how well. The parser makes the first
    of coordinated modifiers the object: in "launched air and artillery strikes" the object is
    "air" and "strikes" its conjunct, so a conjunct is tried with the object as its modifier."""
    fit = phrase_matches(obj, phrases)
    if fit:
        return obj, fit
    for c in obj.conjuncts:  # (the whole chain: "security, humanitarian, and economic aid")
        if c.i > obj.i and c.pos_ in ("NOUN", "PROPN"):
            fit = phrase_matches(c, phrases, extra={obj.lemma_.lower(), obj.lower_})
            if fit:
                return c, fit
    return obj, 0


def _match_word(
    arg: Arg, scope: Token, obj: Token | None, bound: Bindings
) -> tuple[Token, int] | None:
    """``word``: a particle, preposition or adverb on the verb, or a preposition on its
    object."""
    c = child_word(scope, arg.words, _WORD_DEPS)
    if c is not None and c.lower_ in _PARTICLES and c.dep_ == "prep" and pobj(c) is not None:
        # "giving a speech in Poland" is not "give in": a preposition with its own object
        # is no particle
        c = None
    if c is None and obj is not None:
        c = child_word(obj, arg.words, PREP_DEPS)
    if c is None:
        return None
    bound.trigger.append(c)
    return scope, 2


def _match_prep(
    arg: Arg, scope: Token, obj: Token | None, bound: Bindings
) -> tuple[Token, int] | None:
    """``a|b:T``: the object of the preposition is the target. An optional slot may be absent
    when another item anchors the pattern; its absence costs a point."""
    p = _find_prep(arg.words, scope, obj, bound)
    if p is None:
        return (scope, -1) if arg.optional else None
    o = pobj(p)
    if o is not None and (
        (p.lower_ == "with" and o.lemma_.lower() in _MEANS)
        or (p.lower_ == "from" and o.lemma_.lower() in CAPTIVITY)
        or _topic_partner(p, scope)
        or _destination(p, obj, bound)
    ):
        return (scope, -1) if arg.optional else None
    bound.trigger.append(p)
    if o is None and p.dep_ in ("dative", "compound", "amod") and p.lower_ not in arg.words:
        o = p  # "give Israel weapons", "his Taiwan visit": the noun itself
    if o is None or o.dep_ == "pcomp" or o.lemma_.lower() == "way":
        o = manner_subject(scope) or o  # "disapprove of how X handles it": X
    if o is not None:
        bound.targets.append(o)
    return scope, 2


# Verbs that take what is talked about as object (fallbacks.discussing reads them too), and
# nouns of a relation between two sides: "discussed Ukraine's war with Russia", "weighed the
# negotiations with Moscow" name the other side of the war or the negotiations, not a partner
# in the discussion (relations and ties stay the lexicon's slot: "discussed relations with")
TOPIC_VERBS = frozenset(
    {"discuss", "debate", "review", "consider", "weigh", "exchange", "deliberate"}
)
_RELATION_NOUNS = frozenset(
    {"war", "conflict", "negotiation", "talk", "dialogue", "dispute", "confrontation",
     "tension", "border", "frontier", "hostility"}
)  # fmt: skip


def _topic_partner(p: Token, scope: Token) -> bool:
    """Whether the "with" phrase ``p`` names the other side of a relation noun that a verb
    of discussion has as object, rather than a partner of the verb itself."""
    return (
        p.lower_ == "with"
        and p.head.i != scope.i
        and scope.lemma_.lower() in TOPIC_VERBS
        and p.head.lemma_.lower() in _RELATION_NOUNS
    )


# Objects that go somewhere: a "to" phrase after them is where, not whom the act is for
_DESTINED = frozenset(
    {"evacuation", "transfer", "relocation", "deportation", "delegation", "return", "move",
     "shipment", "flight", "trip", "journey", "deployment", "dispatch", "expansion"}
)  # fmt: skip


def _destination(p: Token, obj: Token | None, bound: Bindings) -> bool:
    """Whether the "to" phrase ``p`` says where the verb's object goes ("announced the
    evacuation of civilians to Russia"), an object the pattern does not name."""
    if obj is None or obj in bound.objects:
        return False
    return p.lower_ == "to" and obj.lemma_.lower() in _DESTINED


def _find_prep(
    words: frozenset[str], scope: Token, obj: Token | None, bound: Bindings
) -> Token | None:
    """The preposition of a ``prep`` item: on the verb or its particle, a dative for "to", else
    on the verb's object, on a noun the phrase already consumed ("advised against travel to
    Haiti"), on the object's measure noun, or on a later conjunct of any of these."""
    p = child_word(scope, words, PREP_DEPS) or _on_particle(scope, bound.trigger, words)
    if p is None and "to" in words:
        p = next((c for c in scope.children if c.dep_ == "dative"), None)  # "gave Israel arms"
    holders = ([obj] if obj is not None else []) + bound.objects + measure(obj)
    # (the last of coordinated objects may carry their shared phrase: "weapons and other
    # assistance for Ukraine")
    for holder in holders + [c for h in holders for c in h.conjuncts if c.i > h.i]:
        if p is not None:
            break
        p = child_word(holder, words, PREP_DEPS)
        if p is not None and obj is not None and _governs(p, obj):
            p = None  # the measure's own "of" ("40 percent of Greece's demand")
    if p is not None or scope.pos_ != "NOUN":
        return p
    return (carried_prep(scope, words) or compound_destination(scope, words)
            or hyphen_partner(scope, words))


def _governs(prep: Token, obj: Token) -> bool:
    """Whether ``obj`` is the object of ``prep``."""
    o = pobj(prep)
    return o is not None and o.i == obj.i


def _match_via(
    arg: Arg, scope: Token, obj: Token | None, bound: Bindings, *, noun: bool
) -> tuple[Token, int] | None:
    """``word>[x|y]`` / ``word>T``: the object of preposition *word* (with a particle, the
    direct object) is one of the phrases / the target. ``to>[verb]`` on a verb first tries an
    infinitive complement and moves the scope to it."""
    if "to" in arg.words and not noun:
        comp = _infinitive(arg, scope)
        if comp is not None:
            bound.trigger.append(comp)
            return comp, 4
    found = _find_via(arg.words, scope, obj, bound)
    if found is None:
        return None
    bound.trigger.append(found)
    if found.dep_ in ("prep", "agent"):
        o = pobj(found)
        return None if o is None else _fill_via(arg, scope, o, bound, through_measure=True)
    # a particle ("turn down>T", "set off>[bomb]"): the item applies to the direct object
    return None if obj is None else _fill_via(arg, scope, obj, bound)


def _infinitive(arg: Arg, scope: Token) -> Token | None:
    """``to>[verb]``: the first infinitive complement of ``scope`` ("refused to withdraw")
    whose verb reads as one of the phrases (any verb for ``to>T``)."""
    for c in scope.children:
        if (
            c.dep_ in ("xcomp", "ccomp", "advcl")
            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
            and (arg.target or phrase_matches(c, arg.phrases))
        ):
            return c
    return None


def _find_via(
    words: frozenset[str], scope: Token, obj: Token | None, bound: Bindings
) -> Token | None:
    """The word of a ``via`` item: on the verb or under its particle, else a preposition on
    the verb's object."""
    if "with" in words and obj is not None and obj.lemma_.lower() in _WITH_NOUNS:
        return None  # ("defended his deal with the military": the deal's, wherever parsed)
    found = child_word(scope, words, _WORD_DEPS) or _on_particle(scope, bound.trigger, words)
    if found is None and obj is not None:
        found = child_word(obj, words, PREP_DEPS)
    return found


# Nouns whose "with" names the other party: a "with" after them is theirs, no instrument
_WITH_NOUNS = frozenset({"deal", "agreement", "pact", "accord", "arrangement", "compromise",
                         "talk", "tie", "relation", "relationship", "cooperation", "contract",
                         "partnership", "alliance", "treaty", "meeting", "dialogue", "truce"})


def _fill_via(
    arg: Arg, scope: Token, slot: Token, bound: Bindings, *, through_measure: bool = False
) -> tuple[Token, int] | None:
    """Bind the noun a ``via`` item points at: the target for ``word>T``, else the object
    phrase (or a conjunct) when it reads as one of ``[x|y]`` (and the target too for
    ``word>[x]:T``). With ``through_measure`` a measure noun is read as what it measures
    ("backed a package of tough sanctions"), else as itself; a bare target is kept as parsed."""
    if arg.target and not arg.phrases:
        bound.targets.append(slot)
        return scope, 3
    measure, slot = slot, measured(slot) if through_measure else slot
    slot, fit = _object_fit(slot, arg.phrases)  # ("in development and humanitarian aid")
    if not fit and measure.i != slot.i:
        slot, fit = measure, phrase_matches(measure, arg.phrases)  # ("with $500m in X")
    if not fit:
        return None
    bound.trigger.append(slot)
    bound.objects.append(slot)
    bound.targets.extend([slot] if arg.target else [])
    return scope, 3 + fit
