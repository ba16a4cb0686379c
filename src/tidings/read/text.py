"""Plain text (.txt): the whole file is one article; a short first line may be its headline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tidings.model import Document, Failure
from tidings.read.decode import decode_text
from tidings.read.options import ReadOptions

__all__ = ["read_text", "split_headline"]

# A first line counts as a headline when it is followed by a blank line, is at most this long
# and does not end like a sentence. Wire copy and the BBC corpus put the headline there; a
# dateline lede ("MOSCOW, Dec 17 (Reuters) - Russia said ... .") ends with a full stop.
_MAX_HEADLINE_CHARS = 200
_FIRST_PARAGRAPH = re.compile(r"\A\s*(?P<line>[^\n]+?)[ \t]*\r?\n[ \t]*\r?\n(?P<rest>.*\S)", re.S)


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline or None, body) for plain text whose first line may be a headline."""
    m = _FIRST_PARAGRAPH.match(text)
    if not m:
        return None, text
    line = m["line"].strip()
    if len(line) > _MAX_HEADLINE_CHARS or line.endswith((".", ",", ":", ";")):
        return None, text
    return line, m["rest"]


def read_text(source: str, data: bytes, options: ReadOptions) -> Iterator[Document | Failure]:
    """One Document from a plain-text file."""
    title, body = split_headline(decode_text(source, data))
    yield Document(source_id=source, text=body, title=title, input_format="text")
