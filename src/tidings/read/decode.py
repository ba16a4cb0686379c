"""Bytes to text, strictly: every reader decodes through here so bad input fails the same way.

We refuse rather than guess: a file that is not valid UTF-8 is reported with the byte offset
of the first bad byte, instead of being decoded with replacement characters that would end up
in the coded text and the store. HTML is the one exception, because pages legitimately
declare other charsets (windows-1252, ISO-8859-1) in a meta tag; those are honoured.
"""

from __future__ import annotations

import codecs
import re

from tidings.errors import InputError

__all__ = ["UTF16_BOMS", "decode_text", "decode_declared", "check_not_binary", "normalise_encoding"]

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ENCODING_DECL = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def normalise_encoding(data: bytes) -> bytes:
    """UTF-16 text with a byte-order mark re-encoded as UTF-8; other bytes unchanged.

    Windows tools save "Unicode" text as UTF-16, whose ASCII letters carry NUL bytes; without
    this the binary check would refuse a perfectly readable file.
    """
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return data
    return data


def check_not_binary(source: str, data: bytes) -> None:
    """Raise InputError when ``data`` holds NUL bytes, which no text format contains."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(source, f"binary file (NUL byte at offset {nul}), not text")


def decode_text(source: str, data: bytes) -> str:
    """Strict UTF-8 (a leading BOM is dropped); InputError naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid UTF-8 at byte {exc.start} (save the file as UTF-8)"
        ) from None


def decode_declared(source: str, data: bytes) -> str:
    """UTF-8 if valid, else the charset an HTML/XML document declares in its first 2 KB."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        head = data[:2048]
        declared = _DECLARED_CHARSET.search(head) or _ENCODING_DECL.search(head)
        charset = declared.group(1).decode("ascii").lower() if declared else None
        if charset and charset.replace("-", "").replace("_", "") not in ("utf8",):
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        detail = f" (declared charset {charset!r} does not decode it either)" if charset else ""
        raise InputError(source, f"not valid UTF-8 at byte {exc.start}{detail}") from None
