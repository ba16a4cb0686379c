"""``build_article``: a Document read from input becomes an Article ready for the NLP stages.

Cleaning fixes the text every later offset points into, so it happens exactly once, here.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tidings.dates import find_dateline
from tidings.errors import InputError
from tidings.ids import content_id, normalise_text
from tidings.model import Article, Document
from tidings.outlets import find_cited_outlets, find_source_outlet
from tidings.read.language import english_problem
from tidings.read.options import ReadOptions

__all__ = ["build_article", "clean_text", "canonical_url", "url_host"]

# Unicode spaces (no-break, thin, ideographic...) become plain spaces; zero-width characters
# and C0/C1 controls other than newline and tab are dropped: they break tokenisation and
# make identical stories hash differently.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BLANK_LINE = re.compile(r"\n[ ]*\n")
_SPACES = re.compile(r"[ \n]+")

# Hard-wrapped text (e-mail, the White House Markdown) has lines of a nearly fixed width; a
# line much shorter than that width ends its paragraph. Lines longer than this were not
# wrapped by a tool, so every such line is a paragraph of its own.
_MAX_WRAP_WIDTH = 120
_MIN_WRAP_WIDTH = 40
_SHORT_LINE_RATIO = 0.6


def clean_text(text: str) -> str:
    """Whitespace-normalised text: paragraphs separated by exactly one blank line."""
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")))
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        for paragraph in _unwrap(lines):
            paragraph = _SPACES.sub(" ", paragraph).strip()
            if paragraph:
                paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _unwrap(lines: list[str]) -> list[str]:
    """Paragraphs of a block of consecutive lines (see ``_MAX_WRAP_WIDTH``)."""
    if len(lines) < 2:
        return lines
    # Wrapped text has no line longer than its width, the last one included.
    width = max(len(line) for line in lines)
    near_width = sum(len(line) >= _SHORT_LINE_RATIO * width for line in lines[:-1])
    if not (_MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH and near_width * 2 >= len(lines) - 1):
        return lines  # one paragraph per line
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if len(line) < _SHORT_LINE_RATIO * width:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


# Query parameters that only track the click, never select the content.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)


def canonical_url(url: str | None) -> str | None:
    """The URL an article is identified by: lower-case scheme and host, no fragment, no
    tracking parameters, no trailing slash. None for a missing or unparseable URL."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not parts.netloc:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def url_host(url: str | None) -> str | None:
    """The host of ``url`` without "www.", the outlet of last resort."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def build_article(document: Document, *, options: ReadOptions) -> Article:
    """Clean a Document's text and derive the Article record.

    Raises InputError (naming ``document.source_id``) when nothing is left after cleaning or
    the text is not English. The publication date comes from the input's metadata, else
    ``options.published``, else a dateline or footer in the text; ``date_source`` is
    ``metadata``, ``option`` or ``dateline``, or None when no date was found.
    """
    text = clean_text(document.text)
    if not text:
        raise InputError(document.source_id, "no text after removing whitespace and markup")
    if problem := english_problem(text):
        raise InputError(document.source_id, problem)
    published, date_source = _publication(document, text, options)
    url = canonical_url(document.url)
    return Article(
        id=content_id(url, text),
        source_id=document.source_id,
        url=document.url,
        title=" ".join(document.title.split()) or None if document.title else None,
        published=published,
        outlet=document.outlet or url_host(document.url),
        source_outlet=find_source_outlet(text),
        cited_outlets=find_cited_outlets(text),
        language="en",
        chars=len(text),
        author=document.author,
        date_source=date_source,
        input_format=document.input_format,
        story_id=content_id(normalise_text(text)),
        text=text,
    )


def _publication(
    document: Document, text: str, options: ReadOptions
) -> tuple[str | None, str | None]:
    if document.published:
        return document.published, document.date_source or "metadata"
    if options.published is not None:
        return options.published.isoformat(), "option"
    if (found := find_dateline(text)) is not None:
        return found.isoformat(), "dateline"
    return None, None
