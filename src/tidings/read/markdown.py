"""Markdown with optional YAML front matter (title, date, source_url/url, author, outlet/site).

The body is turned into plain text: markup characters would otherwise reach the parser and
the character offsets of events and quotes ("**Q**", "[link](url)", "\\###" end marks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import yaml

from tidings.dates import parse_date
from tidings.errors import InputError
from tidings.model import Document, Failure
from tidings.read.decode import decode_text
from tidings.read.options import ReadOptions

__all__ = ["read_markdown", "markdown_to_text", "split_front_matter"]

# libyaml's safe loader when compiled in: the pure-Python one took 4 ms a file, more than all
# the rest of reading.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_ATX_TITLE = re.compile(r"\A\s*#[ \t]+(?P<title>[^\n]+?)[ \t#]*(?:\n|\Z)")

# Markup removed or unwrapped, in order. Images go before links, since "![alt](src)" contains
# a link; escapes go last so an escaped "\*" is not read as emphasis.
_MARKUP: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^[ \t]*#{1,6}[ \t]*", re.M), ""),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),
    # A line that was only an end mark ("###", "# # #") once escapes are gone.
    (re.compile(r"^[ \t]*(?:#[ \t]*){3,}$", re.M), ""),
)


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown body: markup removed, line structure kept for the cleaner."""
    text = markdown
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text


def split_front_matter(source: str, text: str) -> tuple[Mapping[str, Any], str]:
    """(front matter mapping, body); InputError when the front matter is not valid YAML."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.load(m["yaml"], Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(source, f"front matter is not valid YAML: {problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise InputError(source, "front matter is not a YAML mapping of field: value")
    return meta, text[m.end() :]


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_markdown(
    source: str, data: bytes, options: ReadOptions
) -> Iterator[Document | Failure]:
    """One Document from a Markdown file; metadata from its front matter when present."""
    meta, body = split_front_matter(source, decode_text(source, data))
    title = _str(meta.get("title"))
    if title is None and (m := _ATX_TITLE.match(body)):
        # No front-matter title: a leading "# Heading" is the title, not body text.
        title, body = m["title"].strip(), body[m.end() :]
    published = None
    for key in ("date", "published", "published_time", "pubdate"):
        if (d := parse_date(meta.get(key))) is not None:
            published = d.isoformat()
            break
    yield Document(
        source_id=source,
        text=markdown_to_text(body),
        title=markdown_to_text(title) if title else None,
        url=_str(meta.get("source_url")) or _str(meta.get("url")) or _str(meta.get("link")),
        published=published,
        outlet=_str(meta.get("outlet")) or _str(meta.get("site")) or _str(meta.get("sitename")),
        author=_str(meta.get("author")),
        date_source="metadata" if published else None,
        input_format="markdown",
    )
