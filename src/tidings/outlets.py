"""News outlets in article text: the outlets an article cites, and the one it credits.

Relayed sources matter to analysts: "TASS reports" tells them the claim is the Russian state
agency's, not the publisher's own reporting. Two functions:

- ``find_cited_outlets(text)``: outlets the article cites ("RT reports", "as TASS reported",
  "according to RIA Novosti", "told Reuters", "the Kremlin's Sputnik news agency said"),
  canonical names, de-duplicated in order of first appearance.
- ``find_source_outlet(text)``: the outlet credited for the whole article, from a
  "Source: X" footer line or a wire slug at the start ("MOSCOW, Dec 17 (Reuters) -",
  "MOSCOW, December 17. /TASS/.").

Known outlets and their aliases live in ``data/outlets.json``. A mention only counts as a
citation in a citing context (a reporting verb after it, or "according to"/"told"/"citing"
before it): "Russia blocked the BBC" mentions an outlet without citing it. Unknown outlets are
still found by a generic "according to the X newspaper/news agency" pattern.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

__all__ = ["find_cited_outlets", "find_source_outlet", "canonical_outlet"]


@dataclass(frozen=True)
class _OutletTable:
    aliases: re.Pattern[str]  # every alias, longest first, case-sensitive
    canonical: dict[str, str]  # alias (and its lower-case form) -> canonical name
    modifiers: frozenset[str]  # words stripped from the front of a generic outlet name


@lru_cache(maxsize=1)
def _table() -> _OutletTable:
    raw = json.loads(resources.files("tidings.data").joinpath("outlets.json").read_text("utf-8"))
    canonical: dict[str, str] = {}
    for entry in raw["outlets"]:
        for alias in (entry["name"], *entry["aliases"]):
            canonical.setdefault(alias, entry["name"])
    lower = {alias.lower(): name for alias, name in canonical.items()}
    for key, name in lower.items():
        canonical.setdefault(key, name)
    # Longest alias first so "RIA Novosti" wins over "RIA" and "Interfax-Ukraine" over
    # "Interfax"; the lookarounds stop "AP" matching inside "APEC" or "RT" inside "RT-PCR".
    ordered = sorted({a for e in raw["outlets"] for a in (e["name"], *e["aliases"])},
                     key=len, reverse=True)
    # The leading class of first letters lets the engine reject most positions at once
    # instead of trying every alternative there: 3x faster on long transcripts.
    first = "".join(sorted({re.escape(a[0]) for a in ordered}))
    pattern = re.compile(rf"(?=[{first}])(?<![\w-])(?:" + "|".join(map(re.escape, ordered))
                         + r")(?![\w]|-\w)")
    return _OutletTable(pattern, canonical, frozenset(raw["modifiers"]))


def canonical_outlet(name: str) -> str | None:
    """The canonical name of a known outlet alias ("Itar-Tass" -> "TASS"), else None."""
    table = _table()
    cleaned = name.strip().strip(".,;:")
    return table.canonical.get(cleaned) or table.canonical.get(cleaned.lower())


# Words allowed between a citing cue and the outlet: "according to the Kremlin's Sputnik",
# "told the Russian state-run RIA Novosti". Arbitrary words are not allowed, so "told
# reporters that AP ..." is not read as talking to AP.
_DESCRIPTORS = (
    r"(?:news|agency|newspaper|daily|weekly|broadcaster|television|TV|channel|radio|station|"
    r"website|outlet|wire|service|media|magazine|tabloid|network|[A-Z][\w.-]*['’]s)"
)
_CUE_BEFORE = re.compile(
    r"(?i:according to|told|telling|citing|cited by|quoted by|quoting|interview with|"
    r"interviewed by|reported by|published by|speaking to|spoke to|speaking with|spoke with|"
    r"comments to|remarks to|statement to|writing in|wrote in|op-ed in|article in|report by|"
    r"report in|reported in|said in|said on|appeared on|appearing on|speaking on|broadcast on|"
    r"seen by|obtained by|commissioned by|says|reports|writes)"
    rf"\s+(?:(?i:the)\s+)?(?:(?:{_DESCRIPTORS}|MODIFIER)\s+){{0,4}}$"
)
_CUE_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+(?:news agency|news service|wire service|agency|newspaper|daily|"
    r"weekly|broadcaster|television|TV channel|TV|channel|radio|website|news website|"
    r"news outlet|outlet|magazine|tabloid|reporters?|correspondents?))?"
    r"(?:,?\s+(?:which|that|who))?"
    r"(?:\s+(?:has|had|was|were|is|also|later|earlier|first|previously|then|separately|"
    r"on \w+|last \w+))*"
    r"\s+(?:reports?|reported|reporting|said|says|quoted|quotes|quoting|cited|cites|citing|"
    r"wrote|writes|published|broadcast|aired|learned|learnt|obtained|announced|claimed|"
    r"confirmed|revealed|carried|ran|understands|alleged|added|noted|stated|found|estimated)\b"
)
# "according to the Kremlin's Sputnik news agency", "according to the Kommersant daily".
# Kind words are lower-case on purpose: "the International Atomic Energy Agency" is a body,
# not an outlet.
_KINDS = (
    r"(?:news agency|news service|newspaper|daily|weekly|broadcaster|TV channel|"
    r"television channel|channel|news website|website|news outlet|outlet|magazine|tabloid|agency)"
)
_NAME = r"(?:[A-Z][\w'’.&-]*)(?:\s+[A-Z][\w'’.&-]*){0,4}"
_GENERIC = re.compile(
    rf"(?i:according to)\s+the\s+(?:[\w-]+\s+){{0,2}}{_KINDS}\s+(?P<post>{_NAME})"
    rf"|(?i:according to)\s+(?:the\s+)?(?P<pre>{_NAME})\s+{_KINDS}\b"
    rf"|\b(?i:the)\s+(?:[\w-]+\s+){{0,2}}{_KINDS}\s+(?P<subj>{_NAME}),?\s+"
    r"(?:has\s+|had\s+|also\s+)?(?:reported|reports|said|says|wrote|writes|quoted|cited)\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])")

# How far around a mention the citing context is looked for (characters).
_WINDOW_BEFORE = 70
_WINDOW_AFTER = 90


def find_cited_outlets(text: str) -> tuple[str, ...]:
    """Outlets the article cites, canonical names in order of first appearance."""
    table = _table()
    before_cue = _before_cue()
    found: list[tuple[int, str]] = []
    for m in table.aliases.finditer(text):
        before = _clip_before(text[max(0, m.start() - _WINDOW_BEFORE) : m.start()])
        after = _clip_after(text[m.end() : m.end() + _WINDOW_AFTER])
        if before_cue.search(before) or _CUE_AFTER.match(after):
            found.append((m.start(), table.canonical[m.group(0)]))
    for g in _GENERIC.finditer(text):
        name = _generic_name(g["pre"] or g["post"] or g["subj"] or "")
        if name:
            found.append((g.start(), name))
    seen: dict[str, None] = {}
    for _, name in sorted(found):
        seen.setdefault(name, None)
    return tuple(seen)


@lru_cache(maxsize=1)
def _before_cue() -> re.Pattern[str]:
    """``_CUE_BEFORE`` with the data file's modifiers ("Russian", "state-run") allowed."""
    words = "|".join(re.escape(w) for w in sorted(_table().modifiers, key=len, reverse=True))
    return re.compile(_CUE_BEFORE.pattern.replace("MODIFIER", words))


def _clip_before(window: str) -> str:
    """Keep only the part of ``window`` in the mention's own sentence."""
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _clip_after(window: str) -> str:
    m = _SENTENCE_END.search(window)
    return window[: m.start() + 1] if m else window


def _generic_name(candidate: str) -> str | None:
    """An outlet name from the generic pattern, without leading modifiers ("Russian")."""
    words = candidate.split()
    modifiers = _table().modifiers
    while words and words[0] in modifiers:
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    return canonical_outlet(name) or name


_FOOTER = re.compile(r"^[ \t]*Sources?[ \t]*[:\-–—][ \t]*(?P<x>[^\n]{2,80}?)[ \t.]*$",
                     re.MULTILINE | re.IGNORECASE)
# "(Reuters) -", "(AP) —", and TASS's "MOSCOW, December 17. /TASS/." (all capitals, so URL
# paths such as "/Tools/" do not count).
_WIRE_SLUG = re.compile(r"\((?P<x>[A-Z][\w .&/-]{0,40}?)\)\s*[-–—]|(?<![\w/])/(?P<y>[A-Z]{2,12})/")
# A footer line or slug is only credited when it looks like a name, not a sentence.
_MAX_NAME_WORDS = 6
_TAIL_CHARS = 400
_HEAD_CHARS = 200


def find_source_outlet(text: str) -> str | None:
    """The outlet credited for the whole article: a "Source: X" footer, else a wire slug."""
    tail_start = max(0, len(text) - _TAIL_CHARS)
    footers = list(_FOOTER.finditer(text, tail_start))
    for footer in reversed(footers):
        value = footer["x"].strip()
        if len(value.split()) <= _MAX_NAME_WORDS:
            return _credited_name(value)
    if slug := _WIRE_SLUG.search(text[:_HEAD_CHARS]):
        value = (slug["x"] or slug["y"]).strip()
        if len(value.split()) <= _MAX_NAME_WORDS:
            return _credited_name(value)
    return None


def _credited_name(value: str) -> str:
    """Canonical name when ``value`` is or contains a known alias, else ``value`` as written."""
    if known := canonical_outlet(value):
        return known
    if m := _table().aliases.search(value):
        return _table().canonical[m.group(0)]
    return value


@lru_cache(maxsize=1)
def _official_sites() -> tuple[tuple[str, str], ...]:
    data = json.loads(
        resources.files("tidings").joinpath("data/official_sites.json").read_text("utf-8")
    )
    return tuple((row["domain"].lower(), row["country"]) for row in data["sites"])


def house_country(url: str | None, outlet: str | None) -> str | None:
    """The country whose head of state or government publishes the site the article comes
    from (the White House, the Kremlin, the President of Ukraine), or None.

    In such a site's own releases and transcripts a bare title ("the President") names that
    country's office-holder, whoever else the text mentions."""
    hosts = [h for h in (_host(url), (outlet or "").lower().strip()) if h]
    for domain, country in _official_sites():
        if any(h == domain or h.endswith("." + domain) for h in hosts):
            return country
    return None


def _host(url: str | None) -> str:
    if not url:
        return ""
    return (urlsplit(url).hostname or "").lower()

