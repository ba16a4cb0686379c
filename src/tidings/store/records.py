"""What the store hands back besides model records: write counts, failure and run log rows."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from ..model import Failure


@dataclass(frozen=True, kw_only=True)
class WriteResult:
    """How many rows one :meth:`DuckDBStore.write` actually added (0 for re-ingested content)."""

    new_articles: int = 0
    new_events: int = 0
    new_quotes: int = 0
    new_failures: int = 0

    def counts(self) -> dict[str, int]:
        """New rows per table name: ``{"articles": 3, "events": 5, "quotes": 0, "failures": 1}``."""
        return {f.name.removeprefix("new_"): getattr(self, f.name) for f in fields(self)}

    def __add__(self, other: WriteResult) -> WriteResult:
        return WriteResult(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )


@dataclass(frozen=True, kw_only=True)
class FailureEntry:
    """A stored failure: the input and reason, with when it was first and last seen."""

    source: str
    reason: str
    stage: str
    first_seen: datetime
    last_seen: datetime
    times_seen: int

    def to_failure(self) -> Failure:
        return Failure(source=self.source, reason=self.reason, stage=self.stage)


@dataclass(frozen=True, kw_only=True)
class RunRecord:
    """One ingest run as logged in the ``runs`` table (timestamps are naive UTC)."""

    id: str
    started: datetime
    finished: datetime
    inputs: int
    articles: int
    events: int
    quotes: int
    failed: int
    new_articles: int
    new_events: int
    new_quotes: int
    tidings_version: str
    coder: str
