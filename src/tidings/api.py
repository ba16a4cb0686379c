"""The public API: one function per CLI verb, so scripts, notebooks and the web app call the
same code the command line does."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import __version__
from .actors import ActorDictionary
from .events import CODER
from .model import Article, Event, Failure, Quote
from .nlp import load_pipeline
from .pipeline import Result, RunTally, process
from .read import ReadOptions
from .settings import Settings
from .store import DuckDBStore, Filters, WriteResult, open_store

log = logging.getLogger(__name__)

# Results are written to the store in chunks, so an interrupted run keeps what it finished.
WRITE_CHUNK = 64


def extract(
    paths: Sequence[str], *, options: ReadOptions, settings: Settings | None = None
) -> Iterator[Result | Failure]:
    """Run the pipeline over ``paths`` and yield results; nothing is stored."""
    settings = settings or Settings.from_env()
    if settings.workers > 1:
        from .parallel import process_parallel

        load_pipeline(settings.spacy_model)  # fail fast, with a clear message, in the parent
        yield from process_parallel(
            paths, options=options, workers=settings.workers, model=settings.spacy_model
        )
        return
    nlp = load_pipeline(settings.spacy_model)
    yield from process(paths, options=options, nlp=nlp, batch_size=settings.batch_size)


@dataclass
class IngestReport:
    """What one ingest run did: counts derived and how many rows were new in the store."""

    tally: RunTally = field(default_factory=RunTally)
    written: WriteResult = field(default_factory=WriteResult)
    db: str = ""

    @property
    def new_rows(self) -> dict[str, int]:
        return self.written.counts()

    @property
    def exit_code(self) -> int:
        return self.tally.exit_code


def ingest(
    paths: Sequence[str],
    *,
    options: ReadOptions,
    settings: Settings | None = None,
    on_item: Callable[[Result | Failure], None] | None = None,
) -> IngestReport:
    """Run the pipeline over ``paths`` and upsert everything into the DuckDB store.

    A run that stored something new is logged in the ``runs`` table; a re-run of the same
    input stores nothing and is not logged, so it changes nothing at all.
    """
    settings = settings or Settings.from_env()
    report = IngestReport(db=settings.db)
    buffer: list[Result | Failure] = []
    started = datetime.now(UTC)
    with open_store(settings.db) as store:
        for item in extract(paths, options=options, settings=settings):
            report.tally.add(item)
            if on_item:
                on_item(item)
            buffer.append(item)
            if len(buffer) >= WRITE_CHUNK:
                report.written += _write(store, buffer)
        report.written += _write(store, buffer)
        if any(report.new_rows.values()):
            t = report.tally
            store.record_run(
                started=started,
                finished=datetime.now(UTC),
                inputs=t.inputs,
                articles=t.articles,
                events=t.events,
                quotes=t.quotes,
                failed=len(t.failures),
                coder=CODER,
                written=report.written,
            )
    return report


def _write(store: DuckDBStore, buffer: list[Result | Failure]) -> WriteResult:
    if not buffer:
        return WriteResult()
    results = [r for r in buffer if isinstance(r, Result)]
    written = store.write(
        articles=[r.article for r in results],
        events=[e for r in results for e in r.events],
        quotes=[q for r in results for q in r.quotes],
        failures=[f for f in buffer if isinstance(f, Failure)],
    )
    buffer.clear()
    return written


def query(kind: str, *, db: str, filters: Filters) -> Iterator[Article | Event | Quote]:
    """Stored records of one kind (``articles``, ``events``, ``quotes``) matching ``filters``."""
    with open_store(db, read_only=True) as store:
        yield from getattr(store, kind)(filters)


def summary(*, db: str) -> dict[str, Any]:
    """Counts and top lists of what the store holds."""
    with open_store(db, read_only=True) as store:
        out: dict[str, Any] = store.summary()
    return out


def export_parquet(*, db: str, directory: str | Path) -> list[Path]:
    """Write one Parquet file per table into ``directory``."""
    with open_store(db, read_only=True) as store:
        return list(store.export_parquet(Path(directory)))


def version_info() -> dict[str, str]:
    return {"tidings": __version__, "coder": CODER}


__all__ = [
    "ActorDictionary",
    "IngestReport",
    "export_parquet",
    "extract",
    "ingest",
    "query",
    "summary",
    "version_info",
]
