"""Content-hash ids: the same content always gets the same id, so every write is an upsert."""

from __future__ import annotations

import hashlib
import re

_WS = re.compile(r"\s+")


def content_id(*parts: object, prefix: str = "") -> str:
    """A 16-hex-digit id hashing ``parts`` (joined with a separator that cannot occur in text)."""
    h = hashlib.blake2b(digest_size=8)
    for p in parts:
        h.update(b"\x1f")
        h.update(("" if p is None else str(p)).encode("utf-8", "surrogatepass"))
    return prefix + h.hexdigest()


def normalise_text(text: str) -> str:
    """Case- and whitespace-folded text, the basis of ``story_id`` for syndicated copies."""
    return _WS.sub(" ", text).strip().lower()
