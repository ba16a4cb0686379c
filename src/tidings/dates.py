"""Dates in news text: metadata values, datelines and footers, and relative event dates.

Three jobs, all with our own precompiled regexes rather than dateparser: PERFORMANCE.md
records dateparser reading "We" as Wednesday and resolving "Thursday" in a Thursday-dated
story to the week before, and ``resolve_event_date`` runs once per event sentence, so it must
cost microseconds.

- ``parse_date(value)``: a metadata value (ISO date or timestamp, RFC 2822 feed date,
  "December 17, 2021", "17 December 2021") to a ``date``.
- ``find_dateline(text)``: the publication date an article states about itself, in a
  labelled line ("Published: 2021-12-17"), a dateline ("MOSCOW, Dec 17 (Reuters) -") or a
  byline/footer date near the start or end of the text.
- ``resolve_event_date(text, published=, tense=)``: the date a sentence's event happened,
  resolved against the publication date, with a precision in day|month|year|publication.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

__all__ = ["parse_date", "find_dateline", "resolve_event_date"]

_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1,
}

# Month names are matched capitalised only: "may" and "march" are common English verbs.
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Spaces inside a date never include a line break: "Tuesday, 1 March\n\n2000 GMT" in a
# sports fixture is a kick-off time, not the year 2000.
_SP = r"[ \t\u00a0]+"
_ISO = rf"(?P<iso>\b{_YEAR}-[01]\d-[0-3]\d)(?![\d-])"
_MDY = rf"\b(?P<mdy_m>{_MON}){_SP}(?P<mdy_d>{_DAY}),?{_SP}(?P<mdy_y>{_YEAR})\b"
_DMY = rf"\b(?P<dmy_d>{_DAY}){_SP}(?:of{_SP})?(?P<dmy_m>{_MON}),?{_SP}(?P<dmy_y>{_YEAR})\b"
_FULL_DATE = re.compile(rf"{_ISO}|{_MDY}|{_DMY}")

# --- metadata values -------------------------------------------------------------------------

_ISO_PREFIX = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


def parse_date(value: object) -> date | None:
    """A metadata date value as a ``date``, or None when it is not a recognisable date.

    Timestamps keep the calendar date as written, without converting time zones: a Kyiv
    statement stamped "2022-02-24T23:30:00Z" stays the 24th, the date the source printed.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if m := _ISO_PREFIX.match(text):
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _FULL_DATE.search(text):
        return _date_from_match(m)
    try:  # RFC 2822, the format of RSS pubDate
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()]


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _date_from_match(m: re.Match[str]) -> date | None:
    """A date from a ``_FULL_DATE`` match (ISO, month-day-year or day-month-year)."""
    if m["iso"]:
        y, mo, d = (int(p) for p in m["iso"].split("-"))
        return _safe_date(y, mo, d)
    if m["mdy_m"]:
        return _safe_date(int(m["mdy_y"]), _month(m["mdy_m"]), _day(m["mdy_d"]))
    return _safe_date(int(m["dmy_y"]), _month(m["dmy_m"]), _day(m["dmy_d"]))


# --- datelines and footers -------------------------------------------------------------------

# How much of the start and end of an article counts as byline/dateline and footer. Dates in
# the body usually refer to events ("the talks on 7 December 2021"), not to publication.
_HEAD_CHARS = 300
_TAIL_CHARS = 300

_LABELLED = re.compile(
    r"\b(?:Published|Posted|Updated|Last updated|Date|Dated|Released)(?:[ \t]+on)?[ \t]*"
    rf"[:\-–—]?[ \t]*(?:{_WD},?{_SP})?(?:{_FULL_DATE.pattern})",
    re.IGNORECASE,
)
# A full date alone on its line (a byline date, a footer), optionally with a weekday and a
# time. A date inside a sentence is usually an event's, not the article's: on the BBC corpus
# the first full date of the opening paragraph was an event date in 17 of 19 articles.
_DATE_LINE = re.compile(
    rf"^[ \t]*(?:{_WD},?{_SP})?(?:{_FULL_DATE.pattern})"
    r"(?:,?[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*[A-Z]{2,4})?)?[ \t]*$",
    re.MULTILINE,
)
# "MOSCOW, Dec 17 (Reuters) -", "KYIV, Ukraine, February 3 (AP) —", "LONDON, 17 December -":
# a capitalised place, then a yearless date, then an optional wire slug and a dash.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*"
    rf"(?:(?P<dl_m>{_MON})\s+(?P<dl_d>{_DAY})|(?P<dl_d2>{_DAY})\s+(?P<dl_m2>{_MON}))"
    rf"(?:,?\s+(?P<dl_y>{_YEAR}))?\s*(?:\([^)]{{1,40}}\))?\s*[-–—]"
)


def find_dateline(text: str) -> date | None:
    """The publication date an article states about itself, or None.

    Looks, in order, for a labelled date in the head or tail ("Published: 2021-12-17",
    "Posted on December 17, 2021"), a dateline at the very start ("MOSCOW, Dec 17 (Reuters)
    -"), then a full date alone on a line of the head, then of the tail. Dates inside
    sentences are not taken: they are mostly event dates. A dateline without a year takes
    the year of the first full date in the text; with none it is not guessed (None).
    """
    head, tail = text[:_HEAD_CHARS], text[-_TAIL_CHARS:]
    for part in (head, tail):
        if m := _LABELLED.search(part):
            return _date_from_match(m)
    if m := _DATELINE.match(head):
        month = _month(m["dl_m"] or m["dl_m2"])
        day = _day(m["dl_d"] or m["dl_d2"])
        if m["dl_y"]:
            return _safe_date(int(m["dl_y"]), month, day)
        if full := _FULL_DATE.search(text):
            year_source = _date_from_match(full)
            return _safe_date(year_source.year, month, day) if year_source else None
        return None
    for part in (head, tail):
        if m := _DATE_LINE.search(part):
            return _date_from_match(m)
    return None


# --- event dates -----------------------------------------------------------------------------

# One alternation, tried left to right with finditer: the first expression in the sentence
# wins. Sentences naming two dates ("On Monday he said the talks on December 7 failed")
# usually put the main clause's date first; the clause-level choice is the events stage's.
_EXPRESSION = re.compile(
    # Every alternative starts a word; the lookarounds make the engine try the long
    # alternation only at word starts rather than at every character (about 4x faster).
    r"(?<!\w)(?=\w)(?:" + "|".join(
        (
            _ISO,
            _MDY,
            _DMY,
            rf"\b(?P<md_m>{_MON})\s+(?P<md_d>{_DAY})\b(?!\s*(?:,\s*)?(?:{_YEAR}|:\d))",
            rf"\b(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MON})(?!\w)",
            r"\b(?P<rel_day>today|tonight|yesterday|tomorrow|last night)\b",
            r"\bthis (?:morning|afternoon|evening)\b(?P<this_part>)",
            r"\b(?P<ago_n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+"
            r"(?P<ago_unit>days?|weeks?|months?|years?)\s+ago\b",
            rf"\b(?:(?P<wd_mod>last|next|this|past|coming)\s+)?(?P<wd>{_WD})\b",
            r"\b(?P<rel_mod>last|next|this|earlier this|later this)\s+"
            r"(?P<rel_unit>week|month|year)\b",
            rf"\b(?:in|since|during|until|by|from|throughout|of|early|late|mid-?|end of)\s+"
            rf"(?:(?:early|late|mid-?)\s*)?(?P<mo>{_MON})(?:\s+(?P<mo_y>{_YEAR}))?(?![\w])",
            rf"\b(?:in|since|during|throughout|until|by|early|late|mid-?)\s+(?:an?\s+)?"
            rf"(?:(?:early|late|mid-?)\s*)?(?P<year>{_YEAR})\b(?![-/]\d)",
            # a year before 1900 only after "in", "since", "during" and never as a clock time
            # ("looted in an 1897 raid"; "since 1600 GMT" is no year)
            r"\b(?:in|since|during|throughout)\s+(?:an?\s+)?(?P<old_year>1[0-8]\d\d)\b"
            r"(?![-/:.,]\d|\s*(?:GMT|UTC|hrs|hours|local|BST|CET))",
        )
    ) + ")",
    re.IGNORECASE,
)
# Words one of which every expression contains (or a digit). Most event sentences have none,
# and a set lookup over their words is far cheaper than running the alternation.
_TRIGGER_WORDS = frozenset(
    [*_MONTHS, *_WEEKDAYS, "today", "tonight", "yesterday", "tomorrow", "last", "next",
     "this", "past", "coming", "ago"]
)
_WORD_OR_DIGIT = re.compile(r"[a-z]+|\d")

# The case-insensitive alternation above would take "may" and "march" as months; these
# groups must be capitalised in the text to count.
_CAPITALISED_GROUPS = ("md_m", "dm_m", "mo", "wd", "mdy_m", "dmy_m")

# An inferred year is moved when the date lands further than this from publication in the
# wrong direction: a past-tense "on December 28" in a story of 3 January is last December.
_YEAR_WINDOW = timedelta(days=62)


def resolve_event_date(
    text: str, *, published: date | None, tense: str = "past"
) -> tuple[str | None, str]:
    """The date of the event a sentence reports, as (ISO date or None, precision).

    Precision is ``day``, ``month`` (date is the 1st of the month), ``year`` (date is 1
    January) or ``publication`` (no date expression, so the publication date, or None when
    that is unknown). ``tense`` is ``past`` (also used for present) or ``future``.

    Decisions, each tested in tests/test_dates.py:

    - "on Monday": past tense, the most recent Monday strictly before publication, or the
      publication day itself when it is a Monday; future tense, the publication day when it
      is a Monday, else the next Monday. "last Monday"/"next Monday" are strictly before/after.
    - "December 7" without a year takes the publication year, moved one year back (past) or
      forward (future) when that lands more than two months on the wrong side of publication.
    - "last week"/"next week"/"this week" are coarsened to the month containing the day a
      week before/after/at publication, with precision ``month``. The vocabulary has no
      week precision, and claiming ``day`` for a seven-day span would overstate what the
      text says; a coarser claim is honest. "N weeks ago" is treated the same way.
    - "last month" is the 1st of the previous month (``month``); "in 2021" and "last year"
      are 1 January of that year (``year``).
    - Relative expressions need a publication date; without one the result is
      ``(None, "publication")``. Explicit dates with a year resolve without it.
    """
    future = tense == "future"
    tokens = _WORD_OR_DIGIT.findall(text.lower())
    if _TRIGGER_WORDS.isdisjoint(tokens) and not any(t.isdigit() for t in tokens):
        return (published.isoformat() if published else None, "publication")
    for m in _EXPRESSION.finditer(text):
        if any(m[g] and not m[g][0].isupper() for g in _CAPITALISED_GROUPS):
            continue
        resolved = _resolve_match(m, published, future)
        if resolved is not None:
            return resolved
    return (published.isoformat() if published else None, "publication")


def _resolve_match(
    m: re.Match[str], published: date | None, future: bool
) -> tuple[str, str] | None:
    """Resolve one expression match; None when it cannot be resolved (no publication date)."""
    if m["iso"] or m["mdy_m"] or m["dmy_m"]:
        d = _date_from_match(m)
        return (d.isoformat(), "day") if d else None
    if m["year"] or m["old_year"]:
        return f"{m['year'] or m['old_year']}-01-01", "year"
    if m["mo"] and m["mo_y"]:
        return f"{m['mo_y']}-{_month(m['mo']):02d}-01", "month"
    if published is None:
        return None
    if m["md_m"] or m["dm_m"]:
        month = _month(m["md_m"] or m["dm_m"])
        day = _day(m["md_d"] or m["dm_d"])
        d = _infer_year(published, month, day, future)
        return (d.isoformat(), "day") if d else None
    if m["mo"]:
        d = _infer_year(published, _month(m["mo"]), 1, future)
        return (d.isoformat(), "month") if d else None
    if m["rel_day"] is not None:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
        return (published + timedelta(days=offset[m["rel_day"].lower()])).isoformat(), "day"
    if m["this_part"] is not None:
        return published.isoformat(), "day"
    if m["ago_n"]:
        return _resolve_ago(m["ago_n"].lower(), m["ago_unit"].lower(), published)
    if m["wd"]:
        mod = (m["wd_mod"] or "").lower()
        return _resolve_weekday(_WEEKDAYS[m["wd"].lower()], mod, published, future), "day"
    if m["rel_unit"]:
        return _resolve_relative_unit(m["rel_mod"].lower(), m["rel_unit"].lower(), published)
    return None


def _infer_year(published: date, month: int, day: int, future: bool) -> date | None:
    d = _safe_date(published.year, month, day)
    if d is None:
        return None
    if not future and d - published > _YEAR_WINDOW:
        return _safe_date(published.year - 1, month, day)
    if future and published - d > _YEAR_WINDOW:
        return _safe_date(published.year + 1, month, day)
    return d


def _resolve_weekday(weekday: int, mod: str, published: date, future: bool) -> str:
    back = (published.weekday() - weekday) % 7  # days back to the most recent such weekday
    ahead = (weekday - published.weekday()) % 7
    if mod in ("last", "past"):
        d = published - timedelta(days=back or 7)
    elif mod in ("next", "coming"):
        d = published + timedelta(days=ahead or 7)
    elif future:
        d = published + timedelta(days=ahead)
    else:
        d = published - timedelta(days=back)
    return d.isoformat()


def _month_start(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-01"


def _resolve_ago(n_text: str, unit: str, published: date) -> tuple[str, str]:
    n = int(n_text) if n_text.isdigit() else _NUMBERS[n_text]
    if unit.startswith("day"):
        return (published - timedelta(days=n)).isoformat(), "day"
    if unit.startswith("week"):
        return _month_start(published - timedelta(days=7 * n)), "month"
    if unit.startswith("month"):
        return _month_start(_shift_months(published, -n)), "month"
    return f"{published.year - n:04d}-01-01", "year"


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + (d.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def _resolve_relative_unit(mod: str, unit: str, published: date) -> tuple[str, str]:
    step = {"last": -1, "next": 1}.get(mod, 0)  # this / earlier this / later this: 0
    if unit == "week":
        return _month_start(published + timedelta(days=7 * step)), "month"
    if unit == "month":
        return _month_start(_shift_months(published, step)), "month"
    return f"{published.year + step:04d}-01-01", "year"
