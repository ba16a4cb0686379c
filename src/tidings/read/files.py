"""``read_inputs``: files, directories and stdin to Documents, one Failure per bad input.

Every whole-input check lives here, before a reader sees the bytes: the size limit (checked
with ``os.stat`` so a 50 MB file is never read into memory), emptiness, NUL bytes (binary
files). Readers decode strictly and raise InputError for whole-file problems; ``_guarded``
turns those, and any unexpected error, into Failures so that one bad file never stops the
batch and no exception escapes the iterator.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from tidings.errors import InputError
from tidings.model import Document, Failure
from tidings.read.decode import UTF16_BOMS, check_not_binary, normalise_encoding
from tidings.read.feed import read_feed
from tidings.read.html import read_html
from tidings.read.markdown import read_markdown
from tidings.read.options import ReadOptions
from tidings.read.tabular import read_csv, read_json, read_jsonl, read_tsv
from tidings.read.text import read_text
from tidings.read.warc import read_warc

__all__ = ["read_inputs", "format_of", "sniff_format", "EXTENSIONS", "STDIN"]

log = logging.getLogger(__name__)

Item = Document | Failure
Reader = Callable[[str, bytes, ReadOptions], Iterator[Item]]

STDIN = "-"
_STDIN_NAME = "<stdin>"

EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}
_READERS: dict[str, Reader] = {
    "text": read_text, "markdown": read_markdown, "html": read_html, "jsonl": read_jsonl,
    "json": read_json, "csv": read_csv, "tsv": read_tsv, "feed": read_feed,
}
_STREAM_READERS: dict[str, Callable[[str, BinaryIO, ReadOptions], Iterator[Item]]] = {
    "jsonl": read_jsonl, "csv": read_csv, "tsv": read_tsv,
}
_STREAMED = frozenset(_STREAM_READERS)
_HEAD_BYTES = 8192
_GZIP_MAGIC = b"\x1f\x8b"


def read_inputs(paths: Sequence[str], *, options: ReadOptions) -> Iterator[Item]:
    """Documents (and Failures) from files, directories (recursively) and ``-`` (stdin).

    Directories are walked in sorted order, skipping hidden files and folders, README/LICENSE
    style documentation files, and files whose extension is not a known format. A named file
    with an unknown extension is a Failure; one with no extension is sniffed.
    ``options.format`` forces one reader for all inputs.
    """
    for path in paths:
        if path == STDIN:
            yield from _guarded(_STDIN_NAME, _read_stdin(options))
        elif os.path.isdir(path):
            for file_path in _walk(path):
                yield from _guarded(file_path, _read_file(file_path, options))
        else:
            yield from _guarded(path, _read_file(path, options))


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn errors raised while reading ``source`` into one Failure; the batch goes on."""
    try:
        yield from items
    except InputError as exc:
        yield Failure(source=exc.source, reason=exc.problem)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        log.exception("unexpected error reading %s", source)
        first_line = (str(exc).splitlines() or [""])[0]
        yield Failure(source=source, reason=f"could not read: {type(exc).__name__}: {first_line}")


# Corpus folders carry their own documentation (the shared White House corpus has README.md
# and LICENSE beside the articles); when walking a directory these are not news. A file named
# explicitly on the command line is always read.
_NOT_ARTICLES = ("readme", "license", "licence", "copying", "changelog", "notice")


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower().startswith(_NOT_ARTICLES):
                continue
            path = os.path.join(root, name)
            if format_of(path) is None:
                log.debug("skipping %s: not a known input format", path)
                continue
            yield path


def format_of(path: str) -> str | None:
    """The format a file name implies (``.warc.gz`` is warc, ``x.html.gz`` is html), or None."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return EXTENSIONS.get(os.path.splitext(name)[1])


def _read_file(path: str, options: ReadOptions) -> Iterator[Item]:
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    fmt = options.format or format_of(path)
    extension = os.path.splitext(path)[1]
    if fmt is None and extension and not path.lower().endswith(".gz"):
        raise InputError(path, f"unsupported file type '{extension}' (supported: "
                         f"{' '.join(sorted(EXTENSIONS))}, .warc.gz; or use --format)")
    if size == 0:
        raise InputError(path, "empty file")
    if fmt == "warc":
        # Archives are streamed record by record; the limit applies to each payload.
        with open(path, "rb") as stream:
            yield from read_warc(path, stream, options)
        return
    if fmt in _STREAMED and not path.lower().endswith(".gz"):
        yield from _read_streamed(path, size, fmt, options)
        return
    if size > options.max_bytes:
        raise InputError(path, f"file is {size:,} bytes, over the {options.max_bytes:,}-byte "
                         "limit (raise it with --max-bytes); skipped")
    with open(path, "rb") as stream:
        data = stream.read(options.max_bytes + 1)
    yield from _read_bytes(path, data, fmt, options)


def _read_streamed(path: str, size: int, fmt: str, options: ReadOptions) -> Iterator[Item]:
    """Record files are read line by line: ``max_bytes`` then limits a line, not the file,
    and the binary check looks at the first block only (a NUL later fails its own record)."""
    with open(path, "rb") as stream:
        head = stream.read(_HEAD_BYTES)
        if head.startswith(UTF16_BOMS) and size <= options.max_bytes:
            # UTF-16 cannot be split on newline bytes; such files are small enough to convert.
            yield from _read_bytes(path, head + stream.read(options.max_bytes), fmt, options)
            return
        if not head.strip() and size <= _HEAD_BYTES:
            raise InputError(path, "empty file (only whitespace)")
        check_not_binary(path, head)
        stream.seek(0)
        yield from _STREAM_READERS[fmt](path, stream, options)


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    stream: BinaryIO = sys.stdin.buffer
    # Read at most one byte past the limit: enough to know it is over, never the whole stream.
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(_STDIN_NAME, f"input is over the {options.max_bytes:,}-byte limit "
                         "(raise it with --max-bytes); skipped")
    yield from _read_bytes(_STDIN_NAME, data, options.format, options)


def _read_bytes(source: str, data: bytes, fmt: str | None, options: ReadOptions) -> Iterator[Item]:
    """Dispatch bytes to a reader after the gzip, emptiness and binary checks."""
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(source, data, options.max_bytes)
    if fmt == "warc" or (fmt is None and data.startswith(b"WARC/")):
        yield from read_warc(source, io.BytesIO(data), options)
        return
    data = normalise_encoding(data)
    if not data.strip():
        raise InputError(source, "empty file" if not data else "empty file (only whitespace)")
    check_not_binary(source, data)
    reader = _READERS[fmt or sniff_format(data)]
    yield from reader(source, data, options)


def _gunzip(source: str, data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            out = unzipped.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(source, f"not a valid gzip file: {exc}") from None
    if len(out) > max_bytes:
        raise InputError(source, f"decompressed size is over the {max_bytes:,}-byte limit; "
                         "skipped")
    return out


def sniff_format(data: bytes) -> str:
    """Guess the format of extension-less input from its first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        return "html"
    if head.startswith(b"{"):
        first, _, rest = head.partition(b"\n")
        return "jsonl" if first.rstrip().endswith(b"}") and rest.lstrip().startswith(b"{") \
            else "json"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"---"):
        return "markdown"
    return "text"
