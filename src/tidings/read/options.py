"""Options of the Read stage, shared by every reader."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from tidings.errors import ConfigError
from tidings.settings import DEFAULT_MAX_BYTES

__all__ = ["ReadOptions", "FORMATS", "field_names", "pick"]

# Formats a user may force with ``format`` (``--format``), overriding extension and sniffing.
FORMATS: tuple[str, ...] = (
    "text", "markdown", "html", "jsonl", "json", "csv", "tsv", "feed", "warc",
)


@dataclass(frozen=True, kw_only=True)
class ReadOptions:
    """How to read inputs.

    The ``*_field`` options name the record fields (JSON) or columns (CSV) to use, as
    ``|``-separated alternatives tried in order: ``text_field="body"`` reads only ``body``;
    the default ``"text|body|content|summary|description"`` takes the first of those that a
    record has non-empty. The defaults read the Kremlin CSV (``headline``, ``date``,
    ``link``, ``body``) and feed-export JSON Lines (``title``, ``description``, ``link``,
    ``date_published``) without any option.

    ``published`` is the publication date used when an input carries none in its metadata
    (``--published``). ``max_bytes`` is the most read into memory at once: a whole file for
    text, Markdown, HTML, JSON and feeds (bigger files are skipped without being read), one
    line of JSON Lines/CSV/TSV (record files are streamed, so large exports still read) and
    one response of a WARC (archives are streamed). ``format`` forces one reader for every
    input (one of ``FORMATS``).
    """

    text_field: str = "text|body|content|summary|description"
    title_field: str = "title|headline"
    date_field: str = "date|published|pubdate|date_published|published_at|datetime"
    url_field: str = "url|link|source_url"
    id_field: str = "id|guid"
    published: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    format: str | None = None

    def __post_init__(self) -> None:
        if self.format is not None and self.format not in FORMATS:
            raise ConfigError(
                f"unknown input format {self.format!r}; choose one of {', '.join(FORMATS)}"
            )
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be positive, got {self.max_bytes}")


def field_names(option: str) -> tuple[str, ...]:
    """The alternatives of a ``*_field`` option, in order ("text|body" -> ("text", "body"))."""
    return tuple(name.strip() for name in option.split("|") if name.strip())


def pick(record: Mapping[str, Any], option: str) -> Any:
    """The first non-empty value of ``record`` among the option's field names, else None.

    Field names match exactly first, then case-insensitively, since CSV headers vary
    ("Title", "URL").
    """
    folded: dict[str, str] | None = None
    for name in field_names(option):
        value = record.get(name)
        if value is None:
            if folded is None:
                folded = {str(k).lower(): k for k in record}
            key = folded.get(name.lower())
            value = record.get(key) if key is not None else None
        if value not in (None, "", [], {}):
            return value
    return None
