"""The DuckDB store: idempotent writes through Arrow, filtered reads back into records."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from .. import __version__
from ..errors import StoreError
from ..ids import content_id
from ..model import Article, Event, Failure, Quote
from . import queries
from .filters import Filters
from .migrations import schema_version, utc_now
from .records import FailureEntry, RunRecord, WriteResult
from .summary import summarise
from .tables import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    Column,
    article_from_row,
    column_list,
    event_from_row,
    quote_from_row,
    to_arrow,
)

log = logging.getLogger(__name__)

TABLES: tuple[str, ...] = ("articles", "events", "quotes", "failures", "runs")
# Rows per Arrow batch when streaming reads: large enough to amortise the DuckDB call,
# small enough that `tidings events --limit 5` over a big store does not build a huge batch.
READ_BATCH = 2048
_EXPORT_ORDER = {
    "articles": "id",
    "events": "id",
    "quotes": "id",
    "failures": "source, reason",
    "runs": "started, id",
}

R = TypeVar("R")


def _naive_utc(moment: datetime) -> datetime:
    """TIMESTAMP columns hold UTC without a zone; a naive input is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _unique(records: Iterable[R], key: str = "id") -> list[R]:
    """First record per id: the same id is the same content, so later copies add nothing."""
    seen: dict[str, R] = {}
    for r in records:
        seen.setdefault(getattr(r, key), r)
    return list(seen.values())


class DuckDBStore:
    """Articles, events, quotes, failures and runs in one DuckDB file.

    One writer: open a store read-write in one process only (DuckDB locks the file; other
    processes, even read-only ones, cannot open it until the writer closes). Inside that
    process writes are serialised by a lock, and each read runs on its own cursor, so a
    half-consumed iterator never blocks other calls. Readers elsewhere open with
    ``read_only=True`` once ingestion has finished.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: str, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        self._write_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        cur = self._cursor()
        try:
            return schema_version(cur)
        finally:
            cur.close()

    # -- writing ---------------------------------------------------------------------------

    def write(
        self,
        *,
        articles: Iterable[Article] = (),
        events: Iterable[Event] = (),
        quotes: Iterable[Quote] = (),
        failures: Iterable[Failure] = (),
    ) -> WriteResult:
        """Upsert records in one transaction; return how many rows were new.

        Records whose id is already stored are skipped (content-hash ids: same id, same
        content), so writing the same records twice changes nothing. A failure seen again
        is left as first recorded: re-running the same input must change nothing.
        """
        self._check_writable()
        # Build every Arrow table before the transaction: a malformed record then fails the
        # batch before anything is written.
        batches = [
            ("articles", ARTICLE_COLUMNS, to_arrow(_unique(articles), ARTICLE_COLUMNS)),
            ("events", EVENT_COLUMNS, to_arrow(_unique(events), EVENT_COLUMNS)),
            ("quotes", QUOTE_COLUMNS, to_arrow(_unique(quotes), QUOTE_COLUMNS)),
        ]
        failure_table = _failure_table(failures)
        if not any(t.num_rows for _, _, t in batches) and not failure_table.num_rows:
            return WriteResult()
        with self._write_lock:
            try:
                self._con.execute("BEGIN TRANSACTION")
                new = [self._insert(name, cols, table) for name, cols, table in batches]
                new_failures = self._upsert_failures(failure_table)
                self._con.execute("COMMIT")
            except duckdb.Error as exc:
                with contextlib.suppress(duckdb.Error):  # e.g. the connection is closed
                    self._con.execute("ROLLBACK")
                raise StoreError(f"cannot write to store {self.path}: {exc}") from exc
        result = WriteResult(
            new_articles=new[0], new_events=new[1], new_quotes=new[2], new_failures=new_failures
        )
        log.debug("store write: %s", result)
        return result

    def _insert(self, name: str, columns: Sequence[Column], table: pa.Table) -> int:
        if not table.num_rows:
            return 0
        view = f"_tidings_batch_{name}"
        cols = column_list(columns)
        self._con.register(view, table)
        try:
            row = self._con.execute(
                f"INSERT OR IGNORE INTO {name} ({cols}) SELECT {cols} FROM {view}"
            ).fetchone()
        finally:
            self._con.unregister(view)
        return int(row[0]) if row else 0

    def _upsert_failures(self, table: pa.Table) -> int:
        if not table.num_rows:
            return 0
        view = "_tidings_batch_failures"
        self._con.register(view, table)
        try:
            row = self._con.execute(
                f"SELECT count(*) FROM {view} b WHERE NOT EXISTS (SELECT 1 FROM failures f"
                " WHERE f.source = b.source AND f.reason = b.reason)"
            ).fetchone()
            self._con.execute(
                f"INSERT INTO failures SELECT * FROM {view} ON CONFLICT (source, reason) DO NOTHING"
            )
        finally:
            self._con.unregister(view)
        return int(row[0]) if row else 0

    def record_run(
        self,
        *,
        started: datetime,
        finished: datetime,
        inputs: int,
        articles: int,
        events: int,
        quotes: int,
        failed: int,
        coder: str,
        written: WriteResult | None = None,
        version: str = __version__,
    ) -> RunRecord:
        """Log one ingest run: what it read and derived, and how much of that was new."""
        self._check_writable()
        written = written or WriteResult()
        started, finished = _naive_utc(started), _naive_utc(finished)
        run = RunRecord(
            id=content_id(started.isoformat(), finished.isoformat(), inputs, coder, prefix="run-"),
            started=started,
            finished=finished,
            inputs=inputs,
            articles=articles,
            events=events,
            quotes=quotes,
            failed=failed,
            new_articles=written.new_articles,
            new_events=written.new_events,
            new_quotes=written.new_quotes,
            tidings_version=version,
            coder=coder,
        )
        values = [getattr(run, f.name) for f in fields(run)]
        with self._write_lock:
            self._con.execute(
                f"INSERT INTO runs VALUES ({', '.join('?' * len(values))}) ON CONFLICT DO NOTHING",
                values,
            )
        return run

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """A private cursor for one read, so a half-read iterator never blocks other calls."""
        try:
            return self._con.cursor()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read from store {self.path}: {exc}") from exc

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only; open it without read_only")

    # -- reading ---------------------------------------------------------------------------

    def articles(self, filters: Filters | None = None) -> Iterator[Article]:
        """Stored articles matching ``filters`` (with their text), oldest first."""
        sql, params = queries.select_articles(filters or Filters())
        return (article_from_row(r) for r in self._rows(sql, params))

    def events(self, filters: Filters | None = None) -> Iterator[Event]:
        """Stored events matching ``filters``, by event date (undated last)."""
        sql, params = queries.select_events(filters or Filters())
        return (event_from_row(r) for r in self._rows(sql, params))

    def quotes(self, filters: Filters | None = None) -> Iterator[Quote]:
        """Stored quotes matching ``filters``, in article and text order."""
        sql, params = queries.select_quotes(filters or Filters())
        return (quote_from_row(r) for r in self._rows(sql, params))

    def failures(self) -> Iterator[FailureEntry]:
        """Every recorded failure, most recently seen first."""
        names = [f.name for f in fields(FailureEntry)]
        sql = f"SELECT {', '.join(names)} FROM failures ORDER BY last_seen DESC, source, reason"
        return (FailureEntry(**dict(zip(names, r, strict=True))) for r in self._rows(sql, []))

    def runs(self) -> list[RunRecord]:
        """The ingest run log, oldest first."""
        names = [f.name for f in fields(RunRecord)]
        sql = f"SELECT {', '.join(names)} FROM runs ORDER BY started, id"
        return [RunRecord(**dict(zip(names, r, strict=True))) for r in self._rows(sql, [])]

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored: lets a re-ingest skip parsing known articles."""
        wanted = pa.table({"id": pa.array(sorted(set(ids)), type=pa.string())})
        if not wanted.num_rows:
            return set()
        cur = self._cursor()
        try:
            cur.register("_tidings_wanted", wanted)
            rows = cur.execute(
                "SELECT a.id FROM articles a JOIN _tidings_wanted w ON a.id = w.id"
            ).fetchall()
        finally:
            cur.close()
        return {r[0] for r in rows}

    def _rows(self, sql: str, params: list[object]) -> Iterator[tuple[Any, ...]]:
        """Stream result rows as tuples, a batch at a time, on a private cursor."""
        cur = self._cursor()
        try:
            relation = cur.sql(sql, params=params or None)
            if relation is None:  # only a SELECT reaches here; say so if that ever breaks
                raise StoreError(f"query returned no result: {sql}")
            with relation.to_arrow_reader(batch_size=READ_BATCH) as reader:
                for batch in reader:
                    yield from zip(*(col.to_pylist() for col in batch.columns), strict=True)
        except duckdb.Error as exc:
            raise StoreError(f"cannot read from store {self.path}: {exc}") from exc
        finally:
            cur.close()

    def counts(self) -> dict[str, int]:
        """Row count per table."""
        cur = self._cursor()
        try:
            return {t: _count(cur, t) for t in TABLES}
        finally:
            cur.close()

    def summary(self) -> dict[str, Any]:
        """Counts and top lists for ``tidings summary`` (see :func:`summarise`)."""
        cur = self._cursor()
        try:
            out = summarise(cur)
        finally:
            cur.close()
        out["runs"] = len(self.runs())
        out["schema_version"] = self.schema_version
        return out

    # -- export ----------------------------------------------------------------------------

    def export_parquet(self, directory: str | Path) -> list[Path]:
        """Write ``<table>.parquet`` for every table into ``directory``; return the files."""
        target = Path(directory)
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create export directory {target}: {exc}") from exc
        written: list[Path] = []
        cur = self._cursor()
        try:
            for table in TABLES:
                out = target / f"{table}.parquet"
                quoted = str(out).replace("'", "''")  # COPY takes a literal, not a parameter
                cur.execute(
                    f"COPY (SELECT * FROM {table} ORDER BY {_EXPORT_ORDER[table]})"
                    f" TO '{quoted}' (FORMAT PARQUET)"
                )
                written.append(out)
        except duckdb.Error as exc:
            raise StoreError(f"cannot export {self.path} to {target}: {exc}") from exc
        finally:
            cur.close()
        log.info("exported %d tables to %s", len(written), target)
        return written


def _count(cur: duckdb.DuckDBPyConnection, table: str) -> int:
    row = cur.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _failure_table(failures: Iterable[Failure]) -> pa.Table:
    """One row per (source, reason), with how often it occurred in this batch."""
    now = utc_now()
    merged: dict[tuple[str, str], list[Any]] = {}
    for f in failures:
        entry = merged.setdefault((f.source, f.reason), [f.stage, 0])
        entry[1] += 1
    keys = list(merged)
    return pa.table(
        {
            "source": pa.array([k[0] for k in keys], type=pa.string()),
            "reason": pa.array([k[1] for k in keys], type=pa.string()),
            "stage": pa.array([merged[k][0] for k in keys], type=pa.string()),
            "first_seen": pa.array([now] * len(keys), type=pa.timestamp("us")),
            "last_seen": pa.array([now] * len(keys), type=pa.timestamp("us")),
            "times_seen": pa.array([merged[k][1] for k in keys], type=pa.int32()),
        }
    )
