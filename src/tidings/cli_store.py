"""The commands that read the store: articles, events, quotes, summary and export."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from . import api
from .cli_common import db_option, filter_options, guard_call
from .render import render
from .store import Filters


def _query(kind: str, db: str, fmt: str, **filters: Any) -> None:
    """Stream the stored records of ``kind`` that pass ``filters`` to stdout in ``fmt``."""
    rows = (r.to_dict() for r in api.query(kind, db=db, filters=Filters(**filters)))
    guard_call(lambda: render(rows, fmt=fmt, out=sys.stdout))


@click.command()
@filter_options
def articles(db: str, fmt: str, **filters: Any) -> None:
    """List stored articles.  Example: tidings articles --outlet TASS --format table"""
    _query("articles", db, fmt, **filters)


@click.command()
@filter_options
def events(db: str, fmt: str, **filters: Any) -> None:
    """List stored events.  Example: tidings events --dyad RUS:UKR --code 19 --format table"""
    _query("events", db, fmt, **filters)


@click.command()
@filter_options
def quotes(db: str, fmt: str, **filters: Any) -> None:
    """List stored quotes.  Example: tidings quotes --actor Putin --format table"""
    _query("quotes", db, fmt, **filters)


@click.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def summary(db: str, fmt: str) -> None:
    """Summarise what the store holds.  Example: tidings summary --db tidings.duckdb"""
    data = guard_call(lambda: api.summary(db=db))
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    else:
        _echo_summary_text(data)


def _echo_summary_text(data: dict[str, Any]) -> None:
    """The summary as ``key: value`` lines, nested tables and lists indented below their key."""
    for key, value in data.items():
        if isinstance(value, dict | list):
            click.echo(f"{key}:")
            items = value.items() if isinstance(value, dict) else enumerate(value, 1)
            for k, v in items:
                click.echo(f"  {k}: {v}")
        else:
            click.echo(f"{key}: {value}")


@click.command()
@db_option
@click.argument("directory")
def export(db: str, directory: str) -> None:
    """Write every table as Parquet into DIRECTORY.  Example: tidings export out/"""
    for path in guard_call(lambda: api.export_parquet(db=db, directory=directory)):
        click.echo(str(path))
