"""WARC archives through warcio: each HTML response goes through the HTML reader.

A WARC file is a crawl, often gigabytes, so it is streamed record by record and the size
limit applies to each response payload rather than to the file. Non-HTML responses (images,
scripts, style sheets) and request/metadata records are skipped silently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tidings.errors import InputError
from tidings.model import Document, Failure
from tidings.read.decode import decode_declared
from tidings.read.html import extract_html
from tidings.read.options import ReadOptions

__all__ = ["read_warc"]

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(source: str, stream: BinaryIO, options: ReadOptions) -> Iterator[Document | Failure]:
    """One Document (or Failure) per HTML response record of a WARC (optionally gzipped)."""
    if not _looks_like_warc(stream):
        # warcio would otherwise parse any text as an old ARC record and find nothing.
        yield Failure(source=source, reason=(
            "not a WARC file (it does not start with a WARC/ or gzip header)"))
        return
    pages = 0
    try:
        records = ArchiveIterator(stream)
        for n, record in enumerate(records, start=1):
            if record.rec_type not in ("response", "resource"):
                continue
            content_type = _content_type(record)
            if not content_type.startswith(_HTML_TYPES):
                log.debug("%s#%d: skipping %s record", source, n, content_type or "untyped")
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{source}#{n}"
            where = f"{source}#{n}"
            payload = record.content_stream().read(options.max_bytes + 1)
            if len(payload) > options.max_bytes:
                yield Failure(source=where, reason=(
                    f"response payload over the {options.max_bytes:,}-byte limit; skipped"))
                continue
            try:
                page = decode_declared(where, payload)
            except InputError as exc:
                yield Failure(source=exc.source, reason=exc.problem)
                continue
            yield extract_html(where, page, url=url, source_id=record_id)
    except ArchiveLoadFailed as exc:
        problem = str(exc).splitlines()[0] if str(exc) else "unreadable"
        yield Failure(source=source, reason=f"not a readable WARC file: {problem}")
        return
    if pages == 0:
        yield Failure(source=source, reason="no HTML responses in the WARC file")


def _looks_like_warc(stream: BinaryIO) -> bool:
    """True when the stream starts like a WARC or a gzip file (checked without consuming it)."""
    start = stream.tell()
    head = stream.read(5)
    stream.seek(start)
    return head.startswith((b"WARC/", b"\x1f\x8b"))


def _content_type(record: object) -> str:
    http = getattr(record, "http_headers", None)
    value = http.get_header("Content-Type") if http is not None else None
    if value is None:
        value = getattr(record, "content_type", None)
    return (value or "").split(";")[0].strip().lower()
