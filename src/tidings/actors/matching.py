"""Longest-match scanning of a token sequence against the actor dictionary; the rules that
combine adjacent matches into one actor ("Russian" + "troops" -> RUSMIL) live in
``combination`` and run from ``match_words``.

Works on plain token lists so ``ActorDictionary.lookup`` and ``index_actors`` share it; spaCy
entity labels, when given, guard against matching a country inside a person's or a
newspaper's name ("Chad Smith", "the Washington Post").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .bridges import COORDINATORS
from .combination import combine
from .dictionary import MAX_PATTERN_TOKENS, ActorDictionary, ActorEntry, fold, select_entry
from .loader import grammar_words
from .mention import Mention
from .surface import (
    HONORIFICS,
    name_case_ok,
    opens_sentence,
    other_person,
    stop_words,
    title_in_name,
)

# Entities inside which a country or capital name is part of another name, not a mention of
# the country: "Chad Smith" (PERSON), "the Beijing Olympics" (EVENT), "Moscow State
# University" (ORG, capitals only: "the Bank of Russia" still says something about Russia).
_BLOCKING_ENTS = frozenset({"PERSON", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Names of things a role word inside (not at the start) does not make an actor
_NAMED_THINGS = frozenset({"FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Heads of names given after a person to a firm, charity or building ("the Trump
# Organization", "the Clinton Foundation"); "the Biden administration" is still his
_NAMESAKES = frozenset({"organization", "organisation", "foundation", "center", "centre",
                        "institute", "library", "museum", "hotel", "tower", "university",
                        "school", "fund", "trust", "corporation", "company", "airport",
                        "stadium", "prize", "award", "memorial", "college", "hospital"})
_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay", "channel"})
_DIVISIONS = frozenset({"region", "regions", "oblast", "province", "district", "county",
                        "governorate", "raion", "territory"})
# "North America", "Latin American leaders": a continent, not the United States
_CONTINENT_PREFIXES = frozenset({"north", "south", "central", "latin", "pan"})
_AMERICA = frozenset({"america", "american", "americans", "americas"})


def scan(words: Sequence[str], folded: Sequence[str], *, dictionary: ActorDictionary,
         on: date | None, ents: Sequence[tuple[str, int, int] | None] | None = None,
         loose: Sequence[bool] | None = None) -> list[Mention]:
    """Raw dictionary matches, left to right, longest first, non-overlapping.

    ``loose`` marks tokens whose capitalisation says nothing (a lower-cased headline, or a
    word NER tagged as a name anyway): there a lower-case name may match (see
    ``name_case_ok``)."""
    out: list[Mention] = []
    n = len(words)
    i = 0
    first = dictionary.first
    while i < n:
        longest = first.get(folded[i], 0)
        found: Mention | None = None
        for size in range(min(longest, n - i, MAX_PATTERN_TOKENS), 0, -1):
            entries = dictionary.candidates(words[i:i + size], folded[i:i + size])
            entry = _usable(entries, words, i, size, on=on, ents=ents)
            if entry is not None and not name_case_ok(entry, words, folded, i, size, loose):
                entry = None
            if entry is not None and entry.kind != "person" and i > 0 and (
                folded[i - 1] in HONORIFICS
            ):
                entry = None  # "Mr Hague", "Ms Paris": a person's surname, not the place
            if (entry is not None and ents is not None and entry.kind == "person"
                    and other_person(entry, words, i, ents, out[-1].end if out else 0)):
                entry = None
            if entry is not None and title_in_name(entry, words, folded, i, size, ents,
                                                   out[-1].end if out else -1):
                break  # no shorter title inside it either ("New York Attorney General")
            if entry is not None:
                start = i - 1 if i > 0 and folded[i - 1] == "the" else i
                found = Mention.of(entry, start, i + size)
                also = _compound_partners(entry, entries)
                if also:
                    found.extra["also"] = also
                break
        if found is None:
            i += 1
            continue
        if out and out[-1].end > found.start:  # "the" already inside the previous match
            found.start = out[-1].end
        out.append(found)
        i = found.end
    return out


def _compound_partners(entry: ActorEntry, entries: list[ActorEntry]) -> list[ActorEntry]:
    """Other codes of a compound actor: PETRARCH's "[BIL/FRO/SAM]" gives one entry per code
    with the same patterns; all of them are meant, not just the first."""
    if entry.start is not None or entry.end is not None or len(entries) < 2:
        return []
    return [e for e in entries if e is not entry and e.patterns == entry.patterns
            and e.kind == entry.kind and e.start is None and e.end is None
            and e.code != entry.code]


def _usable(entries: list[ActorEntry], words: Sequence[str], i: int, size: int, *,
            on: date | None, ents: Sequence[tuple[str, int, int] | None] | None
            ) -> ActorEntry | None:
    """The entry valid on ``on`` among those matching ``words[i:i + size]``, or None when
    the words are no mention of it there: a continent, a function word, another name."""
    if not entries:
        return None
    entry = select_entry(entries, on)
    if entry is None:
        return None
    text = words[i]
    after = words[i + size] if i + size < len(words) else ""
    if "alone" in entry.tags and (after[:1].isupper() or after.lower() in grammar_words(
            "land_parts")):
        return None  # "the West Bank", "the West African country": another name
    if "attributive" in entry.tags and after.lower() not in grammar_words("state_deeds"):
        return None  # ("Western sanctions", not "Western values")
    if (size == 1 and i > 0 and text.lower() in _AMERICA
            and words[i - 1].lower().rstrip("-") in _CONTINENT_PREFIXES):
        return None
    # "us", "who", "it": a lower-case function word is never a name, whatever a loaded
    # dictionary says (PETRARCH dictionaries are upper-case and cannot tell "US" from "us").
    if size == 1 and text.islower() and text in stop_words() and not entry.cased:
        return None
    if "inner" in entry.tags and opens_sentence(words, i):
        return None  # "Conservative commentators say": capitalised only to open the sentence
    span = ents[i] if ents is not None else None
    if ("party" in entry.tags and span is not None and span[0] == "PERSON"
            and i + size < span[2] and words[i + size].istitle()):
        return None  # "Tory Lanez", "Morena Baccarin": a first name, not the party
    if (ents is not None and entry.kind in ("country", "igo")
            and "adjective" not in entry.tags and "org" not in entry.tags
            and _inside_other_name(entry, words, i, size, ents[i])):
        return None
    if (entry.kind == "group" and span is not None and span[0] == "FAC"
            and _inside_other_name(entry, words, i, size, span)):
        return None  # "Westminster Abbey", "Westminster Bridge": a building, not Parliament
    if (entry.kind == "person" and span is not None and span[0] in ("ORG", "FAC")
            and i + size < span[2] and words[i + size].lower() in _NAMESAKES):
        return None  # "the Trump Organization", "the Carter Center": named after the person
    if (entry.kind == "role" and span is not None and span[0] in _NAMED_THINGS
            and span[1] + (words[span[1]].lower() == "the") < i and text[:1].isupper()):
        return None  # "the Tomb of the Unknown Soldier": a monument's name, no soldiers
    return entry


def _inside_other_name(entry: ActorEntry, words: Sequence[str], i: int, size: int,
                       span: tuple[str, int, int] | None) -> bool:
    """Whether the country or organisation name at ``words[i:i + size]`` is part of a wider
    entity ``span`` that names something else (``_BLOCKING_ENTS``, a body of water)."""
    if span is None:
        return False
    label, s, e = span
    if s < i and words[s].lower() == "the":
        s += 1  # "the White House" as an entity is no wider than "White House"
    wider = s < i or e > i + size
    if wider and any(w.lower() in COORDINATORS for w in words[s:e]):
        wider = False  # "Gondor and Arnor" tagged as one entity is a list, not a name
    blocked = (
        label in _BLOCKING_ENTS
        or (label == "ORG" and entry.via == "metonym")
        # "the South China Sea", "the Gulf of Mexico": a body of water is no country
        or any(w.lower() in _WATERS for w in words[s:e])
    )
    if blocked and label in ("PERSON", "FAC") and entry.kind == "country" and all(
        w.lower() in grammar_words("facility_heads") for w in words[i + size:e]
    ) and s >= i:
        blocked = False  # "Zaporizhzhia NPP", "the Chernobyl NPP": a facility at the place
    if blocked and entry.kind == "country" and s >= i and e > i + size and all(
            w.lower() in _DIVISIONS for w in words[i + size:e]):
        blocked = False  # "Mykolaiv Region" (tagged a facility): the place's own division
    if label == "PERSON" and s == i and i > 0 and words[i - 1].lower() == "of":
        # "President of Turkey Erdogan": the model glued the country of a title
        # to the name after it; a person's name does not follow "of" in a list.
        blocked = False
    return wider and blocked


def match_words(words: Sequence[str], *, dictionary: ActorDictionary, on: date | None,
                ents: Sequence[tuple[str, int, int] | None] | None = None,
                loose: Sequence[bool] | None = None,
                pos: Sequence[str] | None = None) -> list[Mention]:
    """Scan and combine: the resolved mentions of a token sequence, in order. ``pos``
    (coarse part-of-speech tags, when parsed) lets a rule tell a noun from an adjective."""
    folded = [fold(w) for w in words]
    raw = scan(words, folded, dictionary=dictionary, on=on, ents=ents, loose=loose)
    return combine(raw, words=words, folded=folded, dictionary=dictionary, on=on, ents=ents,
                   pos=pos)
