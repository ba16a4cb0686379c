"""Read PETRARCH/TABARI ``*.actors.txt`` files into Tidings ``ActorEntry`` records.

An actor record is a primary phrase, optional synonyms and one or more codes::

    FREEDONIA_ [FRD]                  primary phrase with its default code
    +CASA_GRANDE                      synonym (same codes)
    RUFUS_FIREFLY                     primary phrase without a code ...
    +FIREFLY_
        [FRD < 320101]                ... date restrictions on tab-indented lines:
        [FRDGOV 19330101 - 19351231]  before / between / after, limits inclusive
        [FRDELI > 360101]
    AMBASSADOR_TRENTINO [SYLGOV 330101-351231] [SYLELI]   several codes on one line
    RURITANIA_AND_ZENDA [RUR/ZEN]     "/" = the phrase names several actors at once

As in PETRARCH's reader, a primary phrase that has no code yet is merged with the phrases that
follow until a code appears (a bare abbreviation line followed by "FULL_NAME ... [CODE]"
shares that code); a primary phrase after a coded one starts a new record.

Each (record, code) pair becomes one ``ActorEntry``. Dated codes come first, in file order,
then the undated default, so a lookup that takes the first entry valid on a date reproduces
PETRARCH's rule "the first restriction that holds wins, else the default". A "/" code gives
one entry per code with the same patterns: the lookup should return all of them (compound).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..actors import ActorEntry
from .lines import Problems, find_bracket, normalise_phrase, parse_petrarch_date, read_lines

_BRACKETS = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^[A-Z0-9-]+$")
_CODE_AND_REST = re.compile(r"^\s*([^\s<>]+)\s*(.*)$")
# Codes with no CAMEO country in their first three letters (CAMEO manual, "international and
# transnational actors"): these give an actor without a country.
_NON_STATE_PREFIXES: dict[str, str] = {
    "IGO": "igo",
    "NGO": "group",
    "NGM": "group",
    "IMG": "group",
    "MNC": "group",
    "UAF": "group",
}
# TABARI codes PETRARCH does not code with: "###" was the old in-dictionary discard and "+++"
# a TABARI placeholder. They are skipped rather than emitted as if they were actors.
_UNUSABLE_CODES = frozenset({"+++", "###"})
# PETRARCH's date limits are inclusive ("interpreted as 'or equal to'"); ActorEntry.end is
# exclusive, so an end date moves one day on.
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, kw_only=True)
class CodeSpec:
    """One code of an actor record with its optional validity bounds (start inclusive, end
    exclusive, as in ActorEntry)."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class _Record:
    line: int
    patterns: list[str] = field(default_factory=list)
    codes: list[list[CodeSpec]] = field(default_factory=list)  # one list per [...] bracket
    # True once any [...] was seen, even one skipped as malformed: the record is then closed,
    # so a bad code does not merge this actor into the next one.
    coded: bool = False


def read_actors(path: Path) -> tuple[list[ActorEntry], list[str]]:
    """Parse an actors file; return the entries and the problems of skipped lines."""
    problems = Problems(path)
    records: list[_Record] = []
    current: _Record | None = None
    for line in read_lines(path):
        text = line.stripped
        if text.startswith("+"):
            if current is None:
                problems.add(line.number, "synonym before any primary phrase; skipped")
                continue
            _add_pattern(current, text[1:])
        elif text.startswith("["):
            if current is None:
                problems.add(line.number, "code before any primary phrase; skipped")
                continue
            current.codes.extend(_parse_codes(text, line.number, problems))
            current.coded = True
        else:
            if current is None or current.coded:
                current = _Record(line=line.number)
                records.append(current)
            split = find_bracket(text)
            _add_pattern(current, split[0] if split else text)
            if split:
                current.codes.extend(_parse_codes(text[len(split[0]) :], line.number, problems))
                current.coded = True
    entries: list[ActorEntry] = []
    for record in records:
        if not record.patterns:
            continue
        if not record.codes:
            problems.add(record.line, f"actor {record.patterns[0]!r} has no code; skipped")
            continue
        entries.extend(_entries(record))
    return entries, problems.messages


def _add_pattern(record: _Record, phrase: str) -> None:
    pattern = normalise_phrase(phrase)
    if pattern and pattern not in record.patterns:
        record.patterns.append(pattern)


def _parse_codes(text: str, number: int, problems: Problems) -> list[list[CodeSpec]]:
    specs: list[list[CodeSpec]] = []
    for inside in _BRACKETS.findall(text):
        try:
            specs.append(_parse_code(inside))
        except ValueError as exc:
            problems.add(number, f"{exc}; code [{inside.strip()}] skipped")
    if not specs and "[" in text and not _BRACKETS.search(text):
        problems.add(number, "unclosed '[' in code; skipped")
    return specs


def _parse_code(inside: str) -> list[CodeSpec]:
    """``"HOBGOV 19950601 - 19990815"`` -> [CodeSpec("HOBGOV", 1995-06-01, 1999-08-15)]."""
    match = _CODE_AND_REST.match(inside)
    if not match:
        raise ValueError("empty code")
    raw_code, rest = match.group(1).upper(), match.group(2).strip()
    start: date | None = None
    end: date | None = None
    if rest.startswith("<"):
        end = parse_petrarch_date(rest[1:]) + _ONE_DAY
    elif rest.startswith(">"):
        start = parse_petrarch_date(rest[1:])
    elif rest:
        first, dash, second = rest.partition("-")
        if not dash:
            raise ValueError(f"unreadable date restriction {rest!r}")
        start, end = parse_petrarch_date(first), parse_petrarch_date(second) + _ONE_DAY
        if end <= start:
            raise ValueError("date range ends before it starts")
    specs = []
    for code in raw_code.split("/"):
        if code in _UNUSABLE_CODES:
            raise ValueError(f"code {code} is not an actor code PETRARCH codes with")
        if not _CODE.match(code):
            raise ValueError(f"malformed actor code {code!r}")
        specs.append(CodeSpec(code=code, start=start, end=end))
    return specs


def _entries(record: _Record) -> list[ActorEntry]:
    dated = [spec for group in record.codes for spec in group if spec.dated]
    undated = [group for group in record.codes if group and not group[0].dated]
    # A later undated code replaces the default (PETRARCH: "[code]" on its own line "is the
    # same as a default restriction"), so only the last undated bracket counts; it may hold a
    # "/" compound, hence a group rather than one spec.
    defaults = undated[-1] if undated else []
    patterns = tuple(record.patterns)
    name = record.patterns[0].title()
    return [_entry(patterns, name, spec, person=bool(dated)) for spec in [*dated, *defaults]]


def _entry(patterns: tuple[str, ...], name: str, spec: CodeSpec, *, person: bool) -> ActorEntry:
    code = spec.code
    prefix = code[:3]
    if code.startswith("---"):
        kind, country, sector = "null", None, code[3:6] or None
    elif prefix in _NON_STATE_PREFIXES:
        # The letters after IGO/NGO name the organisation (IGOUNO, IGOWSTNAT), not a CAMEO
        # sector, so no sector is set, as for the built-in IGO entries.
        kind, country, sector = _NON_STATE_PREFIXES[prefix], None, None
    else:
        # Undated country-plus-role codes ("FREEDONIAN_ARMY [FRDMIL]", "CASA_GRANDE [FRDGOV]")
        # behave like the built-in institutions, which are kind "country" with a sector;
        # dated entries are office terms of people.
        country = prefix
        sector = code[3:6] or None
        kind = "person" if person else "country"
    return ActorEntry(
        patterns=patterns,
        code=code,
        name=name,
        country=country,
        sector=sector,
        kind=kind,
        start=spec.start,
        end=spec.end,
    )
