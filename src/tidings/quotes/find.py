"""Find quotation spans in raw article text, before any parsing.

Works on characters, not tokens, so it is linear in the text length and independent of the
spaCy model. It knows three news conventions:

- Double marks, straight (``"``), curly (“ ”) or doubled apostrophes ('' and ``). A
  straight mark opens when it follows a space, a paragraph start or an opening bracket or
  dash, and closes otherwise.
- Single curly marks (‘ ’) only outside double quotes and only in the unambiguous shape
  ‘word ... word’ (opening ‘ before a letter at a word start; closing ’ after a non-space and
  before a non-letter), so apostrophes ("don’t", "’90s") never open or close a quote. Single
  marks nested inside a double quote belong to the outer quote.
- Multi-paragraph quotes: a paragraph that opens a quote without closing it continues in the
  next paragraph when that paragraph starts with an opening mark (AP style); the record keeps
  one part per paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Paragraphs: blank-line separated when the text has blank lines, else one per line (extracted
# HTML has one paragraph a line; hard-wrapped plain text has blank lines between paragraphs).
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_PARA_BLANK = re.compile(r"\n[ \t\r]*\n\s*")
_PARA_LINE = re.compile(r"\n+")
# Doubled apostrophes ('' and ``) stand for double marks in some archives (NYT, PTB text).
_DOUBLE = re.compile(r"''|``|[\"“”„«»]")
_SINGLE = re.compile(r"[‘’]")
_OPENERS_BEFORE = set(" \t\n\r([{—–-/")
_CURLY_OPEN = set("“„«")
_CURLY_CLOSE = set("”»")
_TRAILING = " \t\r\n,"
# A direct quote follows the paragraph start, sentence punctuation, a colon, a comma or a
# previous quote; anything else (a word) makes it a partial quote embedded in a sentence.
_DIRECT_BEFORE = set(".!?:;\"“”—–")

MAX_SINGLE_QUOTE_CHARS = 400  # longer ‘…’ pairs are more likely two unrelated apostrophes


@dataclass(frozen=True, kw_only=True)
class QuoteSpan:
    """One quotation found in the text.

    ``parts`` are the quoted stretches without their marks (and without the comma that news
    style puts before a closing mark); one part per paragraph of a multi-paragraph quote.
    ``open_at`` is the offset of the first opening mark and ``close_at`` the offset just after
    the last closing mark (the end of the paragraph when the quote is never closed).
    ``kind`` is ``direct`` or ``partial`` from the characters around the marks.
    """

    parts: tuple[tuple[int, int], ...]
    open_at: int
    close_at: int
    paragraph: int
    last_paragraph: int
    kind: str

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text(self, source: str) -> str:
        """The quoted words; paragraphs of a multi-paragraph quote are joined by a newline."""
        return "\n".join(source[s:e] for s, e in self.parts)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph, in order."""
    splitter = _PARA_BLANK if _BLANK_LINE.search(text) else _PARA_LINE
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in splitter.finditer(text):
        _add_paragraph(bounds, text, pos, m.start())
        pos = m.end()
    _add_paragraph(bounds, text, pos, len(text))
    return bounds


def _add_paragraph(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        bounds.append((start + lead, start + lead + len(stripped)))


def find_quotes(text: str, *, paragraphs: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Every quotation in ``text``, in text order (see the module docstring for the rules)."""
    paras = paragraph_bounds(text) if paragraphs is None else paragraphs
    doubles = _find_double(text, paras)
    singles = _find_single(text, paras, doubles)
    return sorted(doubles + singles, key=lambda q: q.open_at)


def _mark_role(text: str, pos: int, width: int, para_start: int) -> str:
    """``open`` or ``close`` for the double mark at ``pos`` (``width`` characters)."""
    ch = text[pos]
    if ch in _CURLY_OPEN or text.startswith("``", pos):
        return "open"
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + width] if pos + width < len(text) else " "
    if ch in _CURLY_CLOSE:
        # A closing curly mark opening a paragraph is a typo for an opening one (seen in
        # hand-typed vox-pop lists); anywhere else it closes.
        return "open" if pos == para_start and not after.isspace() else "close"
    if before in _OPENERS_BEFORE and not after.isspace():
        return "open"
    return "close"


def _find_double(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Quotations in double marks, multi-paragraph ones joined (see module docstring)."""
    found: list[QuoteSpan] = []
    pending: list[tuple[int, int]] = []  # parts of a quote running on from earlier paragraphs
    pending_open = pending_para = -1
    for p_index, (p_start, p_end) in enumerate(paras):
        open_at = open_end = -1
        if pending:
            first = _DOUBLE.match(text, p_start, p_end)
            if first and _mark_role(text, p_start, first.end() - p_start, p_start) == "open":
                open_at, open_end = p_start, first.end()  # the quote continues here
            else:
                found.append(_span(text, pending, pending_open, pending[-1][1], pending_para,
                                   p_index - 1))
                pending = []
        for m in _DOUBLE.finditer(text, p_start, p_end):
            pos = m.start()
            role = _mark_role(text, pos, m.end() - pos, p_start)
            if role == "open" and open_at < 0:
                open_at, open_end = pos, m.end()
            elif role == "close" and open_at >= 0 and pos >= open_end:
                parts = [*pending, (open_end, pos)]
                start_at = pending_open if pending else open_at
                first_para = pending_para if pending else p_index
                found.append(_span(text, parts, start_at, m.end(), first_para, p_index))
                pending, open_at = [], -1
        if open_at >= 0:  # unclosed at paragraph end: may run on into the next paragraph
            if not pending:
                pending_open, pending_para = open_at, p_index
            pending.append((open_end, p_end))
    if pending:
        found.append(_span(text, pending, pending_open, pending[-1][1], pending_para,
                           len(paras) - 1))
    return [q for q in found if q.parts]


def _find_single(
    text: str, paras: list[tuple[int, int]], doubles: list[QuoteSpan]
) -> list[QuoteSpan]:
    # Double quotes come sorted and never overlap, so a bisection answers "inside one?".
    """Quotations in single curly marks, outside double quotes only."""
    covered = sorted((q.open_at, q.close_at) for q in doubles)
    starts = [s for s, _ in covered]
    found: list[QuoteSpan] = []
    for p_index, (p_start, p_end) in enumerate(paras):
        open_at = -1
        for m in _SINGLE.finditer(text, p_start, p_end):
            pos = m.start()
            if _inside(starts, covered, pos):
                continue
            before = text[pos - 1] if pos > p_start else " "
            after = text[pos + 1] if pos + 1 < p_end else " "
            if text[pos] == "‘" and before in _OPENERS_BEFORE and after.isalpha():
                open_at = pos
            elif (text[pos] == "’" and open_at >= 0 and not before.isspace()
                  and not after.isalpha() and pos - open_at <= MAX_SINGLE_QUOTE_CHARS
                  and bisect_right(starts, open_at) == bisect_right(starts, pos)):
                # (the last condition: no double quote opens in between, so none overlap)
                found.append(_span(text, [(open_at + 1, pos)], open_at, pos + 1, p_index, p_index))
                open_at = -1
    return [q for q in found if q.parts]


def _inside(starts: list[int], ranges: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


def _span(
    text: str, raw_parts: list[tuple[int, int]], open_at: int, close_at: int,
    first_para: int, last_para: int,
) -> QuoteSpan:
    """A QuoteSpan from raw parts, trimmed and classified."""
    parts = tuple(p for p in (_trim(text, s, e) for s, e in raw_parts) if p[1] > p[0])
    return QuoteSpan(
        parts=parts,
        open_at=open_at,
        close_at=close_at,
        paragraph=first_para,
        last_paragraph=last_para,
        kind=_kind(text, open_at, parts),
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding space and the news-style comma before a closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _kind(text: str, open_at: int, parts: tuple[tuple[int, int], ...]) -> str:
    """``direct`` when the quote stands as a sentence of its own, ``partial`` when embedded."""
    if not parts:
        return "partial"
    i = open_at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    before = text[i] if i >= 0 else "\n"
    first = text[parts[0][0]]
    if before in "\n\r" or before in _DIRECT_BEFORE:
        return "direct"
    # After a comma a capitalised quote is a sentence ("he said, “We ...”"); a lower-case one
    # is a phrase worked into the sentence ("..., calling it “a provocation”").
    if before == "," and (first.isupper() or first.isdigit() or first in "'‘"):
        return "direct"
    return "partial"
