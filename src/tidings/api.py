"""The public API: one function per CLI verb, so scripts, notebooks and the web app call the
same code the command line does."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .actors import ActorDictionary
from .model import Article, Event, Failure, Quote
from .nlp import load_pipeline
from .pipeline import Result, RunTally, process
from .read import ReadOptions
from .settings import Settings
from .store import Filters, open_store

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
        yield from process_parallel(paths, options=options, workers=settings.workers,
                                    model=settings.spacy_model)
        return
    nlp = load_pipeline(settings.spacy_model)
    yield from process(paths, options=options, nlp=nlp, batch_size=settings.batch_size)


@dataclass
class IngestReport:
    """What one ingest run did: counts derived and how many rows were new in the store."""

    tally: RunTally = field(default_factory=RunTally)
    new_rows: dict[str, int] = field(default_factory=dict)
    db: str = ""

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
    """Run the pipeline over ``paths`` and upsert everything into the DuckDB store."""
    settings = settings or Settings.from_env()
    report = IngestReport(db=settings.db)
    buffer: list[Result | Failure] = []
    with open_store(settings.db) as store:
        for item in extract(paths, options=options, settings=settings):
            report.tally.add(item)
            if on_item:
                on_item(item)
            buffer.append(item)
            if len(buffer) >= WRITE_CHUNK:
                _write(store, buffer, report.new_rows)
        _write(store, buffer, report.new_rows)
    return report


def _write(store: Any, buffer: list[Result | Failure], new_rows: dict[str, int]) -> None:
    if not buffer:
        return
    results = [r for r in buffer if isinstance(r, Result)]
    written = store.write(
        articles=[r.article for r in results],
        events=[e for r in results for e in r.events],
        quotes=[q for r in results for q in r.quotes],
        failures=[f for f in buffer if isinstance(f, Failure)],
    )
    for name, count in _as_counts(written).items():
        new_rows[name] = new_rows.get(name, 0) + count
    buffer.clear()


def _as_counts(written: Any) -> dict[str, int]:
    if isinstance(written, dict):
        return {k: int(v) for k, v in written.items()}
    fields = getattr(written, "__dataclass_fields__", {})
    return {k: int(getattr(written, k)) for k in fields}


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
    from .events import CODER

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
