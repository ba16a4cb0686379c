"""What every PETRARCH/TABARI dictionary file shares: comments, phrases, codes and dates.

The formats are described in PETRARCH-2's ``docs/source/dictionaries.rst`` and the TABARI
manual (chapter 5). The common rules implemented here:

- Comments: ``<!-- ... -->`` (possibly spanning lines, ended by the first ``-->``), anything
  after ``#``, and, for legacy KEDS/TABARI files, anything after ``;``.
- Blank lines carry no meaning (they never end an entry).
- A *phrase* is words joined by ``_`` (must be consecutive) or blanks; a trailing ``_`` marks a
  whole word rather than a stem. Tidings keeps phrases as lower-cased, single-spaced strings.
- A *date* is ``YYYYMMDD`` or TABARI's ``YYMMDD`` (years 00-30 read as 20YY, else 19YY).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError

log = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, kw_only=True)
class Line:
    """One content line of a dictionary file, comments removed.

    ``text`` keeps its leading whitespace, because a tab at the start of an actor line means a
    date restriction; ``number`` is 1-based, for messages that point the user at the file.
    """

    number: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def read_lines(path: Path) -> Iterator[Line]:
    """Yield the non-blank lines of ``path`` with every kind of comment removed."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the dictionary file: {exc}") from exc
    in_comment = False
    for number, line in enumerate(raw.splitlines(), start=1):
        text, in_comment = _strip_xml_comments(line, in_comment)
        if "---STOP---" in text:  # PETRARCH's explicit end-of-dictionary marker
            return
        text = text.split("#", 1)[0].split(";", 1)[0]
        if text.strip():
            yield Line(number=number, text=text.rstrip())


def _strip_xml_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    """Remove ``<!-- -->`` comments; return the rest and whether a comment is still open.

    PETRARCH only looks for ``-->`` as the terminator (no nesting), and some files write the
    opener as ``<! --``; both are honoured the same way here.
    """
    out: list[str] = []
    rest = line
    while rest:
        if in_comment:
            end = rest.find("-->")
            if end < 0:
                return "".join(out), True
            rest = rest[end + 3 :]
            in_comment = False
            continue
        start = rest.find("<!")
        if start < 0:
            out.append(rest)
            break
        out.append(rest[:start])
        rest = rest[start + 2 :]
        in_comment = True
    return "".join(out), in_comment


def normalise_phrase(phrase: str) -> str:
    """``"FREEDONIA_"``, ``"CASA_GRANDE"``, ``"GRAND FENWICK"`` -> ``"freedonia"``, ...

    Underscores and blanks both become single spaces. PETRARCH distinguishes them (blank: other
    words may intervene) and treats a phrase without a final ``_`` as a stem; Tidings matches
    whole token sequences, so both distinctions are dropped here on purpose.
    """
    return _SPACES.sub(" ", phrase.replace("_", " ")).strip().lower()


def parse_petrarch_date(text: str) -> date:
    """Read a PETRARCH date: ``YYYYMMDD`` or ``YYMMDD`` (00-30 -> 20YY, otherwise 19YY).

    Raises ValueError for anything else, including 7-digit strings, which PETRARCH would
    silently misread as YYMMDD.
    """
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise ValueError(f"not a YYYYMMDD or YYMMDD date: {text!r}")
    if len(digits) == 8:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    year = int(digits[:2])
    year += 2000 if year <= 30 else 1900
    return date(year, int(digits[2:4]), int(digits[4:6]))


def find_bracket(text: str) -> tuple[str, str, str] | None:
    """Split ``"PHRASE [CODE] rest"`` into (before, inside, after) at the first ``[...]``.

    Accepts a stray ``}`` as the closing bracket (``[~ENV}`` occurs in Phoenix.agents.txt, and
    PETRARCH's own documentation writes ``[~LEG}``); returns None when there is no ``[``.
    """
    start = text.find("[")
    if start < 0:
        return None
    end = text.find("]", start)
    if end < 0:
        end = text.find("}", start)
    if end < 0:
        return text[:start], text[start + 1 :], ""
    return text[:start], text[start + 1 : end], text[end + 1 :]


class Problems:
    """Collects "file:line: problem" messages for lines that were skipped, logging each one.

    Dictionaries maintained by hand contain slips (a 7-digit date, ``[~ENV}``); PETRARCH skips
    such lines with a log message, and so does Tidings, but it also hands the list back so
    the CLI and tests can show exactly what was not loaded.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.messages: list[str] = []

    def add(self, line: int, problem: str) -> None:
        message = f"{self.path.name}:{line}: {problem}"
        log.warning("%s", message)
        self.messages.append(message)
