"""Lexicon patterns: the grammar of one trigger pattern, its parser, and the entry it yields.

Split from ``lexicon.py`` (house style: modules under 400 lines): that module loads the data file
and indexes the entries (``VerbLexicon``); this one turns one pattern string of its ``codes`` or
``nonevents`` sections into a ``LexEntry``. ``lexicon`` re-exports every public name here.

A pattern is one English trigger written as space-separated items:

``HEAD``
    the first item: a verb lemma (``attack``), or ``n:`` and a noun lemma for a nominal trigger
    (``n:attack on|against:T`` codes "Russia's attack on Ukraine"). A multiword noun head
    (``n:car bomb``) needs the earlier words among the head's left modifiers.
``T``
    the target is the direct object (the subject of a passive: "Moscow was blamed by NATO").
``word``
    a particle, preposition or adverb that must hang on the verb ("crack down on:T": *down*).
``a|b:T``
    the target is the object of preposition *a* or *b*, attached to the verb or to its object
    noun ("impose [sanction] on:T"). The preposition is optional for the match but scores.
``[x|y z]``
    the direct object's lemma must be one of these; a multiword item ("air strike") needs the
    earlier words among the object's modifiers. ``[x]:T`` also makes the actor inside that
    object the target ("criticised [Russia's] build-up").
``word>[x|y]`` / ``word>T``
    *word* is a preposition whose object (or gerund) is one of x, y / is the target
    ("accuse T of>[espionage]"; ``word>[x]:T`` also makes the actor inside it the target:
    "come under>[fire]:T"); when *word* is a particle the set applies to the direct object
    ("turn down>T"); ``to>[verb]`` matches an infinitive complement and moves the scope of the
    items after it to that verb ("refuse to>[lift] [sanction]").

Flags at the end: ``!`` the target is required (statements are coded only with an addressee);
``~`` symmetric (both directions, and every pair of a compound subject: "the US and Russia
met"); ``<>`` source and target swapped ("received weapons from:T" -> the giver is the source);
``-T`` no direct object: the pattern does not match when the verb (or, in a passive, its
surface subject) has an object no item names, a reflexive pronoun aside ("submit to:T -T":
"submitted to the court" yields, "submitted a filing to the court" does not). It is a flag per
pattern, not a rule for every verb+preposition pattern, because most keep their sense with an
object: "discussed security with", "wrote a letter to", "handed over suspects to".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import ConfigError

# words that end a multiword noun head ("n:car bomb in:T"): a preposition starts the arguments
_PREPOSITIONS = frozenset(
    {"of", "for", "to", "on", "in", "at", "by", "with", "against", "from", "into"}
)
_ITEM = re.compile(r"\S*\[[^\]]*\]\S*|\S+")


@dataclass(frozen=True)
class Phrase:
    """A lemma with optional modifier words that must precede it ("air strike")."""

    head: str
    mods: tuple[str, ...] = ()


@dataclass(frozen=True)
class Arg:
    """One constraint of a pattern, evaluated against the verb (or noun) in scope.

    ``kind``: ``dobj`` (T), ``word`` (particle/prep present), ``prep`` (a|b:T),
    ``obj`` ([x|y], ``target`` when ``[x]:T``), ``via`` (word>[x], word>[x]:T or word>T).
    """

    kind: str
    words: frozenset[str] = frozenset()
    phrases: tuple[Phrase, ...] = ()
    target: bool = False
    optional: bool = False  # a prep slot may be absent when another item anchors the pattern


@dataclass(frozen=True)
class LexEntry:
    """One trigger pattern of the lexicon."""

    id: str
    code: str
    pattern: str
    noun: bool
    head: Phrase
    args: tuple[Arg, ...]
    require_target: bool = False
    symmetric: bool = False
    swap: bool = False
    intransitive: bool = False  # "-T": no match when the verb has an object no item names
    reverse_code: str | None = None  # PETRARCH "A:B": the target does B back to the source

    @property
    def specificity(self) -> int:
        """How much the pattern constrains: ranks competing entries of the same head."""
        score = len(self.head.mods) * 2
        for a in self.args:
            score += {"obj": 4, "via": 4, "word": 2, "prep": 1, "dobj": 1}[a.kind]
        return score


def _phrases(body: str) -> tuple[Phrase, ...]:
    out = []
    for alt in body.split("|"):
        words = alt.strip().lower().split()
        if words:
            out.append(Phrase(head=words[-1], mods=tuple(words[:-1])))
    return tuple(out)


# Codes whose event implies the target's own event back: hosting someone (043) is their
# visit (042), as PETRARCH's "A:B" verb patterns code both sides of a host/visit pair.
RECIPROCAL: Mapping[str, str] = {"043": "042"}


def parse_pattern(pattern: str, *, code: str, entry_id: str) -> LexEntry:
    """Parse one pattern string (grammar in the module docstring) into a LexEntry."""
    items = _ITEM.findall(pattern.strip())
    flags = {"!": False, "~": False, "<>": False, "-T": False}
    while items and items[-1] in flags:
        flags[items.pop()] = True
    if not items:
        raise ConfigError(f"empty lexicon pattern for {code}")
    head_item, rest = items[0], items[1:]
    noun = head_item.startswith("n:")
    head_words = head_item[2:] if noun else head_item
    # A nominal head may be multiword ("n:car bomb"): the remaining words come as plain items
    # before the first constraint, so fold plain words that are not prepositions into it.
    mods: list[str] = []
    if noun:
        while rest and re.fullmatch(r"[a-z\-]+", rest[0]) and rest[0] not in _PREPOSITIONS:
            mods.append(head_words)
            head_words = rest.pop(0)
    head = Phrase(head=head_words.lower(), mods=tuple(mods))
    args = tuple(_parse_arg(item, pattern) for item in rest)
    # A prepositional slot is optional only when something else anchors the pattern
    # ("impose [sanction] on:T" matches "imposed sanctions"); on its own it is the trigger
    # ("talk with:T" must not match every "talk"). With "!" the slot names the one the act is
    # for and stays required: "deploy [troop] alongside:T !" must leave "deployed troops" to the
    # deployment (154) instead of tying with it.
    if any(a.kind != "prep" for a in args) and not flags["!"]:
        args = tuple(
            Arg(kind=a.kind, words=a.words, target=True, optional=True) if a.kind == "prep" else a
            for a in args
        )
    return LexEntry(
        id=entry_id,
        code=code,
        pattern=pattern,
        noun=noun,
        head=head,
        args=args,
        reverse_code=RECIPROCAL.get(code),
        require_target=flags["!"],
        symmetric=flags["~"],
        swap=flags["<>"],
        intransitive=flags["-T"],
    )


def _parse_arg(item: str, pattern: str) -> Arg:
    if item == "T":
        return Arg(kind="dobj", target=True)
    if item.startswith("["):
        body, _, tail = item[1:].partition("]")
        return Arg(kind="obj", phrases=_phrases(body), target=tail == ":T")
    if ">" in item:
        words, _, obj = item.partition(">")
        wset = frozenset(words.lower().split("|"))
        if obj == "T":
            return Arg(kind="via", words=wset, target=True)
        if obj.startswith("[") and obj.endswith(("]", "]:T")):
            body = obj[1:].partition("]")[0]
            return Arg(kind="via", words=wset, phrases=_phrases(body), target=obj.endswith(":T"))
        raise ConfigError(f"bad lexicon item {item!r} in pattern {pattern!r}")
    if item.endswith(":T"):
        return Arg(kind="prep", words=frozenset(item[:-2].lower().split("|")), target=True)
    if re.fullmatch(r"[a-z\-']+", item.lower()):
        return Arg(kind="word", words=frozenset({item.lower()}))
    raise ConfigError(f"bad lexicon item {item!r} in pattern {pattern!r}")
