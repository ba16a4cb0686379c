"""The actor dictionary: phrase patterns mapped to CAMEO-style actor codes, date-aware.

Patterns are token sequences, tokenised the way spaCy's English tokenizer splits them, so a
dictionary key can be compared with a parsed Doc token by token. Keys are normalised
(lower case, accents and curly apostrophes folded, a leading "the" dropped); the few patterns
that collide with ordinary English words ("US" / "us", "WHO" / "who") are kept case-exact in
``ActorEntry.cased``.

Several entries may share a pattern: a person's office terms (Trump 2017-2021 and 2025-), a
fallback for dates outside every term (Phoenix codes former office-holders as ``ELI``,
"elites"), or a user entry that overrides a built-in one. ``select_entry`` picks one for a date.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import Actor

Key = tuple[str, ...]

# Longest pattern (in tokens) considered when scanning; dictionary phrases longer than this
# ("United Nations Educational, Scientific and Cultural Organization") are still found through
# their shorter aliases.
MAX_PATTERN_TOKENS = 10


@dataclass(frozen=True, kw_only=True)
class ActorEntry:
    """One dictionary entry.

    ``patterns`` are lower-cased token sequences ("vladimir putin", "putin", "the russian
    president"); ``cased`` are patterns that match only with exactly this capitalisation ("US",
    "WHO"). ``start``/``end`` bound when the entry is valid (office terms; start inclusive, end
    exclusive), None meaning open.

    ``kind`` is ``country`` (names, adjectives, capitals, institutions), ``igo``, ``person``,
    ``role`` (an agent that combines with a country: "troops", "foreign minister"), ``group``
    or ``description`` (an anaphoric description such as "the alliance", resolved only through
    coreference). ``titles`` are office ids: the offices a person holds in this term, or the
    offices a role noun denotes, in order of preference ("leader": president, prime minister).
    ``tags`` carry small flags the index uses: ``adjective``, ``person`` (a role naming one
    person), ``plural``, ``org``, ``female``, ``alliance``, ``bloc``, ``former``, and for role
    nouns ``religion``, ``modifier``, ``owned`` (see the roles file in ``loader``).
    ``via`` is copied into the Actor (``name``, ``metonym``). ``seat`` is the country a
    metonymic seat of an organisation lies in ("Brussels": the EU as a speaker, Belgium as
    the place of "a protest in Brussels").
    """

    patterns: tuple[str, ...]
    code: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "country"
    start: date | None = None
    end: date | None = None
    cased: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    via: str = "name"
    seat: str | None = None

    def valid_on(self, on: date | None) -> bool:
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    @property
    def affiliation(self) -> str | None:
        """What an office belongs to: the country, or the organisation code for IGO/NGO
        officials and organisations."""
        if self.country:
            return self.country
        if self.kind in ("role", "description") or not self.code:
            return None
        return self.code  # an IGO/NGO code: "NATO Secretary-General", "UN chief"

    def actor(self, *, text: str = "", start: int | None = None, end: int | None = None,
              via: str | None = None) -> Actor:
        return Actor(text=text, name=self.name, code=self.code, country=self.country,
                     sector=self.sector, kind=self.kind, start=start, end=end,
                     via=via or self.via)


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Normalise one token for matching: lower case, no accents, straight apostrophes."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    return text.lower()


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    # The blank English tokenizer splits exactly like the trained pipeline's, which is what
    # makes a pattern key comparable with Doc tokens ("Kyiv's" -> "Kyiv", "'s").
    import spacy

    return spacy.blank("en").tokenizer


@lru_cache(maxsize=1)
def _special_words() -> frozenset[str]:
    """Letter-only strings the tokenizer splits anyway ("cannot", "gonna")."""
    rules = getattr(_tokenizer(), "rules", None) or {}
    return frozenset(k.lower() for k in rules if k.isalpha())


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


@lru_cache(maxsize=65536)
def split_words(text: str) -> tuple[str, ...]:
    """Tokenise a pattern or phrase the way spaCy tokenises running text."""
    text = text.strip()
    if _PLAIN.fullmatch(text):
        # Letters and single spaces split only at the spaces, unless a tokenizer exception
        # applies; this path skips the tokenizer, whose vocabulary growth made loading the
        # 40,000-entry Phoenix dictionary take 20 s.
        words = tuple(text.split(" "))
        if not any(w.lower() in _special_words() for w in words):
            return words
    return tuple(t.text for t in _tokenizer()(text) if not t.is_space)


def pattern_keys(pattern: str, *, cased: bool = False) -> list[Key]:
    """Keys for one pattern: folded tokens without a leading "the", plus a variant without
    hyphens so "Secretary-General" also matches "Secretary General"."""
    forms = [split_words(pattern)]
    if not cased and "." in pattern and pattern.upper() != pattern:
        # spaCy splits some abbreviations by case ("K.U." is one token, "k.u." two); lower-
        # cased dictionaries (PETRARCH) must still match the capitalised text.
        upper = split_words(pattern.upper())
        if len(upper) != len(forms[0]):
            forms.append(upper)
    keys: list[Key] = []
    for words in forms:
        key = tuple(words) if cased else tuple(fold(w) for w in words)
        if key and key[0].lower() == "the":
            key = key[1:]
        if not key or key in keys:
            continue
        keys.append(key)
        if "-" in key and len(key) > 1:
            keys.append(tuple(w for w in key if w != "-"))
            # (and joined, as the pipeline keeps some hyphenated words whole: "anti-aircraft")
            keys.append(_hyphens_joined(key))
    return keys


def _hyphens_joined(key: Key) -> Key:
    """``key`` with each word-hyphen-word run written as one word ("anti", "-", "aircraft"
    -> "anti-aircraft")."""
    out: list[str] = []
    k = 0
    while k < len(key):
        if key[k] == "-" and out and k + 1 < len(key):
            out[-1] = f"{out[-1]}-{key[k + 1]}"
            k += 2
        else:
            out.append(key[k])
            k += 1
    return tuple(out)


def select_entry(entries: Sequence[ActorEntry], on: date | None) -> ActorEntry | None:
    """The entry to use on date ``on`` among entries sharing a pattern.

    A dated entry valid on the date beats an undated one (an office term is more specific
    than the fallback); without a date the most recent dated term wins, since news without a
    date is usually about the present. Earlier entries in the list win ties, which is how
    ``extended`` lets user entries override built-in ones.
    """
    if not entries:
        return None
    if on is None:
        dated = [e for e in entries if e.start is not None or e.end is not None]
        if dated:
            return max(dated, key=lambda e: e.start or date.min)
        return entries[0]
    best: ActorEntry | None = None
    for entry in entries:
        if not entry.valid_on(on):
            continue
        if entry.start is not None or entry.end is not None:
            return entry
        if best is None:
            best = entry
    return best


class ActorDictionary:
    """Entries indexed by token key for fast longest-match scanning, plus an index of office
    holders by (affiliation, office) for titles such as "the British Prime Minister"."""

    @classmethod
    def builtin(cls) -> ActorDictionary:
        """The dictionary shipped in tidings/data, loaded once per process (cached)."""
        return _builtin()

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self.folded: dict[Key, list[ActorEntry]] = defaultdict(list)
        self.cased: dict[Key, list[ActorEntry]] = defaultdict(list)
        # first token -> longest key starting with it, so the scanner tries only useful n-grams
        self.first: dict[str, int] = {}
        self.holders: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
        # Position of each entry, so case-exact and folded candidates merge in entry order
        # (an extension's entries come first and must win over built-in ones).
        self._rank: dict[int, int] = {}
        # Display name of each country code, from its plain name entry.
        self.country_names: dict[str, str] = {}
        # The organisation an IGO code stands for, its first name entry ("IGOWSTNAT": NATO),
        # so a person coded with it can stand for the body ("Stoltenberg ... the alliance").
        self.igos: dict[str, ActorEntry] = {}
        for n, entry in enumerate(self.entries):
            self._rank.setdefault(id(entry), n)
            self._add(entry)
            if entry.kind == "country" and entry.country and not entry.sector \
                    and not entry.tags:
                self.country_names.setdefault(entry.country, entry.name)
            if entry.kind == "igo" and entry.seat is None and entry.tags:
                self.igos.setdefault(entry.code, entry)
        self.folded = dict(self.folded)
        self.cased = dict(self.cased)

    def _add(self, entry: ActorEntry) -> None:
        for pattern in entry.patterns:
            for key in pattern_keys(pattern):
                self._put(self.folded, key, entry)
        for pattern in entry.cased:
            for key in pattern_keys(pattern, cased=True):
                self._put(self.cased, key, entry)
        if entry.kind == "person" and entry.affiliation:
            for title in entry.titles:
                self.holders[(entry.affiliation, title)].append(entry)

    def _put(self, table: dict[Key, list[ActorEntry]], key: Key, entry: ActorEntry) -> None:
        bucket = table[key]
        if entry not in bucket:
            bucket.append(entry)
        head = fold(key[0])
        if len(key) > self.first.get(head, 0):
            self.first[head] = min(len(key), MAX_PATTERN_TOKENS)

    def extended(self, entries: Iterable[ActorEntry], *, replace: bool = False) -> ActorDictionary:
        """A new dictionary with ``entries`` on top of (or, with replace=True, instead of) these.

        On top means a new entry wins over a built-in one with the same pattern and dates.
        """
        new = tuple(entries)
        return ActorDictionary(new if replace else new + self.entries)

    def candidates(self, words: Sequence[str], folded: Sequence[str]) -> list[ActorEntry]:
        """Entries whose pattern is exactly this token sequence (case-exact ones first)."""
        exact = self.cased.get(tuple(words))
        loose = self.folded.get(tuple(folded))
        if exact and loose:
            merged = exact + [e for e in loose if e not in exact]
            return sorted(merged, key=lambda e: self._rank.get(id(e), 0))
        return list(exact or loose or ())

    def holder(self, affiliation: str, titles: Sequence[str], on: date | None) -> ActorEntry | None:
        """The person holding one of ``titles`` (in order of preference) for ``affiliation`` on
        ``on``; None without a date, because "the president" of an undated text is unknowable."""
        if on is None:
            return None
        for title in titles:
            for entry in self.holders.get((affiliation, title), ()):
                if (entry.start is not None or entry.end is not None) and entry.valid_on(on):
                    return entry
        return None

    def holder_named(
        self, titles: Sequence[str], surname: str, on: date | None
    ) -> ActorEntry | None:
        """The one person holding one of ``titles`` in any country on ``on`` whose name ends in
        ``surname`` ("Vice President Harris"); None when none or several do."""
        if on is None or not surname:
            return None
        want = fold(surname)
        found: list[ActorEntry] = []
        for (_, title), entries in self.holders.items():
            if title not in titles:
                continue
            for entry in entries:
                last = entry.name.split()[-1] if entry.name else ""
                if (
                    fold(last) == want
                    and (entry.start is not None or entry.end is not None)
                    and entry.valid_on(on)
                    and entry not in found
                ):
                    found.append(entry)
        return found[0] if len(found) == 1 else None

    def lookup(self, text: str, *, on: date | None = None) -> Actor | None:
        """Resolve a whole phrase ("NATO", "the Kremlin", "Sergei Lavrov", "the British Prime
        Minister") valid on ``on``; None unless one mention covers the whole phrase."""
        from .matching import match_words

        words = list(split_words(text))
        mentions = match_words(words, dictionary=self, on=on)
        if len(mentions) != 1:
            return None
        mention = mentions[0]
        begin = 1 if words and words[0].lower() == "the" else 0
        if mention.start > begin or mention.end != len(words):
            return None
        return mention.actor(text=text.strip())

    def __len__(self) -> int:
        return len(self.entries)

    def __reduce__(self) -> tuple[type[ActorDictionary], tuple[tuple[ActorEntry, ...]]]:
        # Rebuild from the entries when unpickled (process pools): the index keys entries
        # by object identity, which does not survive pickling.
        return (ActorDictionary, (self.entries,))


@lru_cache(maxsize=1)
def _builtin() -> ActorDictionary:
    from .loader import load_builtin_entries

    return ActorDictionary(load_builtin_entries())
