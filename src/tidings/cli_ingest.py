"""``tidings extract`` and ``tidings ingest``: the commands that process input files."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from . import api
from .cli_common import guard, guard_call, read_options, read_settings, report_failure
from .model import Article, Failure
from .pipeline import Result
from .settings import DEFAULT_DB


@click.command()
@read_options
@click.option(
    "--text/--no-text", "with_text", default=False, help="Include article text in the output."
)
def extract(with_text: bool, **kw: Any) -> None:
    """Process files and print records as JSON Lines on stdout; nothing is stored.

    \b
    Example:
      tidings extract samples/2021-12-17-russia-draft-treaties-repost.html
    """
    options, settings = read_settings(kw)
    failed = 0
    for item in guard(api.extract(kw["paths"], options=options, settings=settings)):
        if isinstance(item, Failure):
            failed += 1
            report_failure(item)
            continue
        _echo_records(item, with_text=with_text)
    sys.exit(1 if failed else 0)


def _echo_records(result: Result, *, with_text: bool) -> None:
    """Every record of one processed document as a JSON line; article text only if asked."""
    for record in result.records():
        row = (
            record.to_dict(include_text=with_text)
            if isinstance(record, Article)
            else record.to_dict()
        )
        click.echo(json.dumps(row, ensure_ascii=False))


@click.command()
@read_options
@click.option("--db", default=None, help=f"DuckDB file (default {DEFAULT_DB}, env TIDINGS_DB).")
def ingest(**kw: Any) -> None:
    """Process files or directories and store the records in DuckDB.

    \b
    Example:
      tidings ingest ../shared/data/corpora/whitehouse_2021-11_2022-03 --db wh.duckdb
    """
    options, settings = read_settings(kw)
    with _progress_bar() as on_item:
        report: api.IngestReport = guard_call(
            lambda: api.ingest(kw["paths"], options=options, settings=settings, on_item=on_item)
        )
    click.echo(_ingest_line(report), err=True)
    sys.exit(report.exit_code)


@contextlib.contextmanager
def _progress_bar() -> Iterator[Callable[[Result | Failure], None]]:
    """A per-article callback that counts on a stderr progress bar (shown only on a terminal)
    and reports failed inputs above it."""
    from tqdm import tqdm

    with tqdm(desc="articles", unit=" doc", file=sys.stderr, disable=None) as bar:

        def on_item(item: Result | Failure) -> None:
            """Count ``item``; a failed input is reported, with the bar cleared around it."""
            bar.update(1)
            if isinstance(item, Failure):
                bar.clear()
                report_failure(item)

        yield on_item


def _ingest_line(report: api.IngestReport) -> str:
    """The one-line summary of an ingest run: what was read, coded, failed and newly stored."""
    t = report.tally
    new = ", ".join(f"{v} new {k}" for k, v in report.new_rows.items() if v) or "nothing new"
    return (
        f"{t.inputs} inputs: {t.articles} articles ({t.undated} undated), {t.events} events, "
        f"{t.quotes} quotes, {len(t.failures)} failed; {new} in {report.db}"
    )
