"""US states in running text: "Union City, Georgia" is a place in the United States, and
"Georgia" the state where the words around it say so ("Georgia Governor NAME", "the state of
Georgia", "Georgia's secretary of state"); elsewhere it stays the country GEO.

CAMEO and Phoenix code a US state, and a city in one, as the United States (Phoenix lists the
states under USA); a country whose name is also a state's (the ``state_homonyms`` of the roles
file) is the country unless a cue of American state politics or geography says otherwise:

- a place before it with a comma, the American way of naming a city ("Savannah, Georgia",
  "Athens, Georgia"), unless that place is in the country itself ("Batumi, Georgia");
- a coordinated US state ("Georgia and Florida"); a coordinated country keeps the country
  ("Georgia and Armenia");
- an office or institution only a US state has right after it (``state_cues``: "Georgia
  Governor", "Georgia's secretary of state", "the Georgia Senate race", "Georgia
  Republicans"), or before it with "of"/"from"/"in" ("Gov. NAME of Georgia", "the state of
  Georgia", "a county in Georgia").

A member of Congress titled and tagged with party and state ("Rep. Jane Doolittle (R-SC)") is the
United States' legislature (USALEG), though the name is in no dictionary.

The city of "<City>, <State>" joins the state's mention ("the mayor of Paris, Texas" is a US
mayor, not France's government), so a role before it binds to the United States.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .dictionary import ActorDictionary
from .loader import grammar_words
from .mention import Mention

_COORDINATORS = frozenset({",", "and", "or", "&"})
# Entities a city before ", <State>" may be when the dictionary does not know it.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions after which a cue before the name binds to it ("Gov. NAME of Georgia").
_OF = frozenset({"of", "from", "in"})
# Sentence punctuation: a cue never reaches across it.
_STOPS = frozenset({".", ";", "!", "?", ":", "(", ")", '"', "\u201c", "\u201d"})
# How far before "of Georgia" a cue may stand ("Republican Gov. Brian Kemp of Georgia").
_CUE_REACH = 5
USA = "USA"


def read_states(raw: list[Mention], *, words: Sequence[str], folded: Sequence[str],
                ents: Sequence[tuple[str, int, int] | None] | None,
                dictionary: ActorDictionary) -> list[Mention]:
    """Raw matches with state homonyms read as states where a cue says so, and cities before
    ", <State>" joined to the state's mention."""
    out: list[Mention] = []
    for k, m in enumerate(raw):
        homonym = _homonym(m, folded)
        if homonym and _reads_as_state(raw, k, words, folded, ents):
            m = replace(m, code=USA, country=USA, affiliation=USA, tags=m.tags | {"region"},
                        name=dictionary.country_names.get(USA, USA))
        elif homonym or not _is_state(m):
            out.append(m)
            continue
        city = _city_before(out, m.start, words, ents)
        if city is not None and not _listed_after(raw, k, folded):
            start, place = city
            if place is not None:
                out.pop()
            m = replace(m, start=start)
        out.append(m)
    return out


def _is_state(m: Mention) -> bool:
    return m.kind == "country" and m.code == USA and "region" in m.tags


def _homonym(m: Mention, folded: Sequence[str]) -> bool:
    if m.kind != "country" or m.via != "name" or m.sector or m.tags:
        return False
    start = m.start + 1 if folded[m.start] == "the" else m.start
    return " ".join(folded[start:m.end]) in grammar_words("state_homonyms")


def _is_country_name(m: Mention) -> bool:
    return (m.kind == "country" and m.via == "name" and not m.sector
            and "region" not in m.tags and m.code != USA)


def _reads_as_state(raw: list[Mention], k: int, words: Sequence[str], folded: Sequence[str],
                    ents: Sequence[tuple[str, int, int] | None] | None) -> bool:
    m = raw[k]
    neighbours = [raw[j] for j in (k - 1, k + 1) if 0 <= j < len(raw)
                  and _coordinated(folded, raw[min(j, k)].end, raw[max(j, k)].start)]
    if any(_is_country_name(n) for n in neighbours):
        return False  # "Georgia and Armenia", "Ukraine, Georgia": a list of countries
    if any(_is_state(n) for n in neighbours):
        return True  # "Georgia and Florida"
    after = m.end + 1 if m.end < len(folded) and folded[m.end] in ("'s", "'") else m.end
    city = _city_before(raw[:k], m.start, words, ents)
    if city is not None and after == m.end:
        place = city[1]
        # "Savannah, Georgia", "Athens, Georgia"; not "Batumi, Georgia" (its own city)
        return place is None or place.country != m.country
    if _cue_at(folded, after, adjacent=after == m.end):
        return True
    return _cue_before(folded, m.start)


def _coordinated(folded: Sequence[str], end: int, start: int) -> bool:
    gap = folded[end:start]
    return 0 < len(gap) <= 2 and all(w in _COORDINATORS for w in gap)


def _cue_at(folded: Sequence[str], i: int, *, adjacent: bool) -> bool:
    """A state office or institution at ``i`` or one word later ("Georgia Republican Gov.").
    "state" counts only right after the name: "Georgia state senator" is American,
    "Georgia's state media" the country's."""
    for j in (i, i + 1):
        for cue in grammar_words("state_cues"):
            words = cue.split()
            if tuple(folded[j:j + len(words)]) == tuple(words):
                return True
        if adjacent and j == i and j < len(folded) and folded[j] == "state":
            return True
    return False


def _cue_before(folded: Sequence[str], start: int) -> bool:
    """"the state of Georgia", "Gov. NAME of Georgia", "a county in Georgia"."""
    if start < 2 or folded[start - 1] not in _OF:
        return False
    if folded[start - 2] == "state" and folded[start - 1] == "of":
        return True
    for j in range(start - 2, max(start - 2 - _CUE_REACH, -1), -1):
        if folded[j] in _STOPS:
            return False
        if folded[j] in grammar_words("state_cues"):
            return True
    return False


def _city_before(out: Sequence[Mention], start: int, words: Sequence[str],
                 ents: Sequence[tuple[str, int, int] | None] | None
                 ) -> tuple[int, Mention | None] | None:
    """The start of a place named right before ", <State>", and its mention when the
    dictionary knows it as another country's capital or city ("Moscow, Idaho")."""
    comma = start - 1
    if comma < 1 or words[comma] != ",":
        return None
    prev = out[-1] if out else None
    if prev is not None and prev.end == comma:
        if prev.kind == "country" and "org" not in prev.tags and (
                prev.via == "metonym" or ("region" in prev.tags and prev.code != USA)):
            return prev.start, prev
        return None
    if ents is None or prev is not None and prev.end > comma:
        return None
    span = ents[comma - 1]
    if span is None or span[0] not in _PLACE_ENTS or span[2] != comma:
        return None
    if not all(words[j][:1].isupper() or words[j] == "-" for j in range(span[1], comma)):
        return None
    return span[1], None


def _listed_after(raw: list[Mention], k: int, folded: Sequence[str]) -> bool:
    """Whether the state is an item of a list ("Moscow, Washington and Beijing", "Paris,
    Texas and Ohio"): then the place before it is another item."""
    end = raw[k].end
    if end < len(folded) and folded[end] in ("and", "or"):
        return True
    nxt = raw[k + 1] if k + 1 < len(raw) else None
    return (nxt is not None and nxt.kind == "country" and end < len(folded)
            and folded[end] == "," and nxt.start == end + 1)


# A member of Congress named with a title and followed by the party-state tag: "Rep. Jane
# Doolittle (R-SC)", "Sen. NAME (D-N.J.)", "Senator NAME (I-Vt.)"
_CONGRESS_MEMBER = re.compile(
    r"\b(?:Rep|Sen|Reps|Sens)\.\s+|\b(?:Representative|Congressman|Congresswoman|Senator)\s+"
)
_NAMED_TAGGED = re.compile(
    r"((?:[A-Z][\w'\-.]*\s+){0,3}[A-Z][\w'\-]+)\s*\((?:R|D|I)-[A-Z][A-Za-z.]{1,12}\)"
)


def congress_members(mentions: list[Mention], *, text: str, idx: Sequence[int],
                     words: Sequence[str]) -> list[Mention]:
    """The mentions, with each member of Congress of no known name who is titled and tagged
    with party and state ("Rep. Jane Doolittle (R-SC)") added as the United States' legislature
    (USALEG). A name the dictionary knows keeps its own mention."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    added: list[Mention] = []
    for title in _CONGRESS_MEMBER.finditer(text):
        named = _NAMED_TAGGED.match(text, title.end())
        if named is None:
            continue
        tokens = [k for k, c in enumerate(idx) if named.start(1) <= c < named.end(1)]
        if not tokens or any(k in taken for k in tokens):
            continue
        s, e = tokens[0], tokens[-1] + 1
        added.append(Mention(start=s, end=e, name=" ".join(words[s:e]), code="USALEG",
                             country="USA", sector="LEG", kind="person", via="title",
                             affiliation="USA", extra={"titled": True}))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
