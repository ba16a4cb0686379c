"""INTERFACE STUB: the actors helper replaces the bodies; signatures are the contract."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..model import Actor


@dataclass(frozen=True, kw_only=True)
class ActorEntry:
    """One dictionary entry. ``patterns`` are lower-cased token sequences ("vladimir putin",
    "putin", "the russian president"); ``start``/``end`` bound when the entry is valid (office
    terms), None meaning open."""

    patterns: tuple[str, ...]
    code: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "country"
    start: date | None = None
    end: date | None = None


class ActorDictionary:
    @classmethod
    def builtin(cls) -> ActorDictionary:
        """The dictionary shipped in tidings/data, loaded once per process (cached)."""
        raise NotImplementedError

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        raise NotImplementedError

    def extended(self, entries: Iterable[ActorEntry], *, replace: bool = False) -> ActorDictionary:
        """A new dictionary with ``entries`` on top of (or, with replace=True, instead of) these."""
        raise NotImplementedError

    def lookup(self, text: str, *, on: date | None = None) -> Actor | None:
        """Resolve a whole phrase ("NATO", "the Kremlin", "Sergei Lavrov") valid on ``on``."""
        raise NotImplementedError
