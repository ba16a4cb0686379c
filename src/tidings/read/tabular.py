"""Record files: JSON Lines, JSON and CSV/TSV, one article per record.

Which field holds the text, title, date, URL and id comes from ``ReadOptions``. One broken
record is one Failure (named ``file:line`` for JSON Lines, ``file#row`` for CSV rows); the
other records of the file are still read.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO

from tidings.dates import parse_date
from tidings.errors import InputError
from tidings.model import Document, Failure
from tidings.read.decode import decode_text
from tidings.read.html import html_fragment_text
from tidings.read.options import ReadOptions, field_names, pick

__all__ = ["read_jsonl", "read_json", "read_csv", "read_tsv", "record_document"]

_HTML_MARKUP = re.compile(r"<(?:p|div|br|a|span|b|i|em|strong|li|ul|h[1-6])\b[^>]*>",
                          re.IGNORECASE)
_OUTLET_FIELDS = "outlet|site|sitename|site_name|source_name|publisher"
_AUTHOR_FIELDS = "author|authors|byline|creator"
# A JSON file that is an object rather than a list keeps its records under one of these keys.
_LIST_KEYS = ("items", "articles", "records", "documents", "data", "entries", "results")


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)  # paragraphs stored as a list
    return None


def _as_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def record_document(
    record: Mapping[str, Any], *, source_id: str, options: ReadOptions, input_format: str
) -> Document | Failure:
    """A Document from one record; ``source_id`` is used when the record has no id field."""
    raw_text = pick(record, options.text_field)
    if raw_text is None:
        return Failure(source=source_id, reason=(
            f"no text: none of the fields {', '.join(field_names(options.text_field))} is "
            f"present and non-empty (fields: {', '.join(map(str, record))[:200]}); "
            "use --text-field"))
    text = _as_text(raw_text)
    if text is None:
        return Failure(source=source_id, reason="the text field is not a string")
    if _HTML_MARKUP.search(text):
        text = html_fragment_text(text)  # feed exports often keep the entry's HTML
    published = parse_date(pick(record, options.date_field))
    own_id = _as_name(pick(record, options.id_field))
    return Document(
        source_id=own_id or source_id,
        text=text,
        title=_as_name(pick(record, options.title_field)),
        url=_as_name(pick(record, options.url_field)),
        published=published.isoformat() if published else None,
        outlet=_as_name(pick(record, _OUTLET_FIELDS)),
        author=_as_name(pick(record, _AUTHOR_FIELDS)),
        date_source="metadata" if published else None,
        input_format=input_format,
    )


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, raw line) of a binary stream, never holding more than
    ``max_bytes`` of one line in memory; a longer line comes back as None, skipped whole."""
    lineno = offset = 0
    while raw := stream.readline(max_bytes + 1):
        lineno += 1
        start = offset
        offset += len(raw)
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(max_bytes + 1)
                offset += len(raw)
            yield lineno, start, None
            continue
        yield lineno, start, raw


def _as_stream(data: bytes | BinaryIO) -> BinaryIO:
    return io.BytesIO(data) if isinstance(data, bytes) else data


def read_jsonl(
    source: str, data: bytes | BinaryIO, options: ReadOptions
) -> Iterator[Document | Failure]:
    """One Document per JSON Lines record; a broken line is a Failure naming ``file:line``.

    Streamed line by line (``max_bytes`` limits a line, not the file, so a large export is
    read in constant memory) and decoded line by line, so one line with bad bytes spoils only
    itself.
    """
    records = 0
    for lineno, _, raw in _lines(_as_stream(data), options.max_bytes):
        where = f"{source}:{lineno}"
        if raw is None:
            records += 1
            yield Failure(source=where, reason=(
                f"line is over the {options.max_bytes:,}-byte limit; skipped"))
            continue
        if not raw.strip():
            continue
        records += 1
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Failure(source=where, reason=f"not valid UTF-8 at byte {exc.start} of the line")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source=where, reason=f"broken JSON line: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield Failure(source=where, reason="broken JSON line: nested too deeply")
            continue
        if not isinstance(record, dict):
            yield Failure(source=where,
                          reason=f"JSON line is a {_json_kind(record)}, not an object")
            continue
        yield record_document(record, source_id=f"{source}#{lineno}", options=options,
                              input_format="jsonl")
    if records == 0:
        yield Failure(source=source, reason="empty file (no JSON lines)")


def _json_kind(value: Any) -> str:
    return {list: "list", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


def read_json(source: str, data: bytes, options: ReadOptions) -> Iterator[Document | Failure]:
    """Documents from a JSON file: a list of records, ``{"items": [...]}``, or one record."""
    try:
        value = json.loads(decode_text(source, data))
    except json.JSONDecodeError as exc:
        yield Failure(source=source, reason=(
            f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"))
        return
    except RecursionError:
        yield Failure(source=source, reason="not valid JSON: nested too deeply")
        return
    if isinstance(value, dict):
        listed = next((value[k] for k in _LIST_KEYS if isinstance(value.get(k), list)), None)
        if listed is None:
            yield record_document(value, source_id=source, options=options, input_format="json")
            return
        value = listed
    if not isinstance(value, list):
        yield Failure(source=source, reason=f"JSON file holds a {_json_kind(value)}, "
                      "not records (an object or a list of objects)")
        return
    if not value:
        yield Failure(source=source, reason="JSON file holds an empty list: no records")
    for n, record in enumerate(value, start=1):
        if isinstance(record, dict):
            yield record_document(record, source_id=f"{source}#{n}", options=options,
                                  input_format="json")
        else:
            yield Failure(source=f"{source}#{n}",
                          reason=f"item is a {_json_kind(record)}, not an object")


def read_csv(
    source: str, data: bytes | BinaryIO, options: ReadOptions
) -> Iterator[Document | Failure]:
    """One Document per CSV row (header row required), streamed."""
    yield from _read_delimited(source, data, options, delimiter=",", input_format="csv")


def read_tsv(
    source: str, data: bytes | BinaryIO, options: ReadOptions
) -> Iterator[Document | Failure]:
    """One Document per TSV row (header row required), streamed."""
    yield from _read_delimited(source, data, options, delimiter="\t", input_format="tsv")


def _decoded_lines(source: str, data: bytes | BinaryIO, max_bytes: int) -> Iterator[str]:
    """Lines of a CSV file decoded strictly one by one (UTF-8 never has a newline byte inside
    a character, so this is exact); InputError at the first bad byte or overlong line."""
    for lineno, offset, raw in _lines(_as_stream(data), max_bytes):
        if raw is None:
            raise InputError(source, f"line {lineno} is over the {max_bytes:,}-byte limit; "
                             "rest of file skipped")
        try:
            yield raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid UTF-8 at byte {offset + exc.start} (line "
                             f"{lineno}; save the file as UTF-8); rest of file skipped") from None


def _read_delimited(
    source: str, data: bytes | BinaryIO, options: ReadOptions, *, delimiter: str,
    input_format: str,
) -> Iterator[Document | Failure]:
    # Full transcripts in the Kremlin corpus run to ~176k characters, over the csv module's
    # 128 KiB default field limit. Lines are capped at max_bytes and a field spanning lines
    # is capped here; the limit is process-wide, hence only ever raised.
    csv.field_size_limit(max(csv.field_size_limit(), min(options.max_bytes, sys.maxsize)))
    reader = csv.DictReader(_decoded_lines(source, data, options.max_bytes),
                            delimiter=delimiter)
    try:
        header = reader.fieldnames or []
    except InputError as exc:
        yield Failure(source=exc.source, reason=exc.problem)
        return
    except csv.Error as exc:
        yield Failure(source=source, reason=f"not a readable {input_format.upper()} header: {exc}")
        return
    if not any(_has_column(header, name) for name in field_names(options.text_field)):
        yield Failure(source=source, reason=(
            f"no text column: none of {', '.join(field_names(options.text_field))} in the "
            f"header ({_shown(header)}); use --text-field"))
        return
    yield from _rows(source, reader, options, input_format)


def _rows(source: str, reader: Iterable[dict[str | Any, Any]], options: ReadOptions,
          input_format: str) -> Iterator[Document | Failure]:
    rows = iter(reader)
    n = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            if n == 0:
                yield Failure(source=source, reason=f"{input_format.upper()} file has a header "
                              "but no rows")
            return
        except InputError as exc:
            yield Failure(source=exc.source, reason=exc.problem)
            return
        except csv.Error as exc:
            # The csv module cannot resynchronise after a malformed row, so stop here and say so.
            yield Failure(source=f"{source}#{n + 1}", reason=(
                f"malformed {input_format.upper()} row: {exc}; rest of file skipped"))
            return
        n += 1
        yield record_document(row, source_id=f"{source}#{n}", options=options,
                              input_format=input_format)


def _shown(header: Iterable[str]) -> str:
    """The header's names for a one-line report: line breaks and controls escaped, cut at 200."""
    text = ", ".join(str(h) for h in header)
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1]
                   for ch in text)[:200]


def _has_column(header: Iterable[str], name: str) -> bool:
    return any(str(h).lower() == name.lower() for h in header)
