"""RSS and Atom files through feedparser: one Document per entry.

The entry's own id (``<guid>``, Atom ``<id>``) is its ``source_id``; the feed's title is the
outlet. Entry content is an HTML fragment and is reduced to text with paragraph breaks.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from tidings.model import Document, Failure
from tidings.read.html import html_fragment_text
from tidings.read.options import ReadOptions

__all__ = ["read_feed"]


def _entry_text(entry: Any) -> str:
    """The fullest text an entry carries: ``content`` (Atom, content:encoded), else summary."""
    for content in entry.get("content") or ():
        if value := (content.get("value") or "").strip():
            return html_fragment_text(value)
    return html_fragment_text(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: Any) -> str | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return None
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()


def read_feed(source: str, data: bytes, options: ReadOptions) -> Iterator[Document | Failure]:
    """One Document per feed entry; a Failure when the file is not a feed or has no entries."""
    # Bytes, never a str: feedparser treats a string that looks like a URL as one to fetch.
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = str(parsed.get("bozo_exception") or "unparseable").splitlines()[0]
            yield Failure(source=source, reason=f"not a readable RSS/Atom feed: {problem}")
        else:
            yield Failure(source=source, reason="feed has no entries")
        return
    outlet = (parsed.get("feed", {}).get("title") or "").strip() or None
    for n, entry in enumerate(entries, start=1):
        own_id = (entry.get("id") or "").strip()
        text = _entry_text(entry)
        if not text.strip():
            yield Failure(source=own_id or f"{source}#{n}", reason="feed entry has no text")
            continue
        published = _entry_date(entry)
        yield Document(
            source_id=own_id or f"{source}#{n}",
            text=text,
            title=(entry.get("title") or "").strip() or None,
            url=(entry.get("link") or "").strip() or None,
            published=published,
            outlet=outlet,
            author=(entry.get("author") or "").strip() or None,
            date_source="metadata" if published else None,
            input_format="feed",
        )
