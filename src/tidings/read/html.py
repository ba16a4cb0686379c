"""HTML pages through trafilatura: main text without boilerplate, plus page metadata.

``include_comments=False`` matters: with trafilatura's default a test page kept 120 reader
comments (PERFORMANCE.md). Navigation, share bars, "Related Posts" lists and comment forms are
dropped by trafilatura's main-content extraction; tests/read pin that down on a page we wrote.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from collections.abc import Iterator
from typing import Any

import trafilatura

from tidings.dates import parse_date
from tidings.model import Document, Failure
from tidings.read.decode import decode_declared
from tidings.read.options import ReadOptions

__all__ = ["read_html", "extract_html", "html_fragment_text"]

log = logging.getLogger(__name__)


def extract_html(
    source: str, page: str, *, url: str | None = None, source_id: str | None = None
) -> Document | Failure:
    """Main text and metadata of one HTML page, or a Failure when no article text is found."""
    result: Any = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False
    )
    if result is None:
        return Failure(source=source, reason="no article text found in HTML")
    meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = meta.get("text") or ""
    title = (meta.get("title") or "").strip() or None
    # trafilatura puts one paragraph a line; the article cleaner keeps blank-line paragraphs.
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the <h1> repeats the title; keep it out of the body
    if not paragraphs:
        return Failure(source=source, reason="no article text found in HTML")
    published = parse_date(meta.get("date"))
    return Document(
        source_id=source_id or source,
        text="\n\n".join(paragraphs),
        title=title,
        url=meta.get("url") or url,
        published=published.isoformat() if published else None,
        outlet=(meta.get("sitename") or "").strip() or None,
        author=(meta.get("author") or "").strip() or None,
        date_source="metadata" if published else None,
        input_format="html",
    )


def read_html(source: str, data: bytes, options: ReadOptions) -> Iterator[Document | Failure]:
    """One Document (or Failure) from an HTML file."""
    yield extract_html(source, decode_declared(source, data))


_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|section|article)\s*>",
                        re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content), block elements as paragraphs.

    Feed entries are fragments, often a single paragraph; trafilatura's whole-page heuristics
    would discard many of them as too short, so a tag strip is the right tool here.
    """
    text = _BLOCK_END.sub("\n\n", fragment)
    text = _TAG.sub("", text)
    return html_lib.unescape(text)
