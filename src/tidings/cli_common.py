"""What every ``tidings`` command shares: option sets, settings from options, error exits.

Exit codes (see ``tidings.cli``): a ``TidingsError`` escaping a command ends it here, with exit
2 for a usage problem (``ConfigError``, ``StoreError``) and 1 for anything else.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import click

from .errors import ConfigError, StoreError, TidingsError
from .model import Failure
from .read import ReadOptions
from .render import FORMATS
from .settings import DEFAULT_DB, Settings

# The store option of every command that only reads the store (ingest has its own, whose
# default comes from Settings so that TIDINGS_DB and the built-in default meet in one place).
db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, envvar="TIDINGS_DB", help="DuckDB file."
)


def _apply(opts: list[Callable[..., Any]], func: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate ``func`` with ``opts`` so that they appear in ``--help`` in list order."""
    return functools.reduce(lambda f, o: o(f), reversed(opts), func)


def read_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by the commands that read inputs."""
    opts = [
        click.option(
            "--text-field",
            default=None,
            help="Text column/key in CSV or JSONL (default: text, body, ...).",
        ),
        click.option(
            "--title-field", default=None, help="Title column/key (default: title, headline)."
        ),
        click.option(
            "--date-field", default=None, help="Date column/key (default: date, published)."
        ),
        click.option(
            "--url-field", default=None, help="URL column/key (default: url, link, source_url)."
        ),
        click.option("--id-field", default=None, help="Id column/key (default: id, guid)."),
        click.option(
            "--published",
            type=click.DateTime(["%Y-%m-%d"]),
            default=None,
            help="Publication date (YYYY-MM-DD) for inputs that carry none.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=None,
            help="Skip files (for JSONL/CSV/WARC: single records) over this many bytes "
            "(default 5 MB).",
        ),
        click.option(
            "--model",
            "spacy_model",
            default=None,
            help="spaCy pipeline name (env TIDINGS_SPACY_MODEL).",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes (default 1; env TIDINGS_WORKERS).",
        ),
        click.argument("paths", nargs=-1, required=True),
    ]
    return _apply(opts, func)


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The ``--format`` option of the commands that list stored records."""
    opt = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="jsonl",
        show_default=True,
        help="Output format.",
    )
    return opt(func)


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The store, the ``tidings.store.Filters`` fields and the output format of list commands."""
    opts = [
        db_option,
        click.option("--since", default=None, help="From this date (YYYY-MM-DD), inclusive."),
        click.option("--until", default=None, help="Up to this date (YYYY-MM-DD), inclusive."),
        click.option(
            "--actor", default=None, help="Actor code prefix, country or name (e.g. RUSGOV, Putin)."
        ),
        click.option(
            "--dyad", default=None, help="SOURCE:TARGET countries or codes, e.g. RUS:UKR or USA:*."
        ),
        click.option("--code", default=None, help="CAMEO code prefix, e.g. 19 or 112."),
        click.option(
            "--outlet", default=None, help="Outlet name (site, source footer or cited outlet)."
        ),
        click.option(
            "--modality",
            default=None,
            help="asserted, reported, alleged, negated, conditional or future.",
        ),
        click.option(
            "--background/--news",
            "background",
            default=None,
            help="Only events named in passing as context, or only events reported as news.",
        ),
        click.option(
            "--article", "article_id", default=None, help="Only records of this article id."
        ),
        click.option("--limit", type=int, default=None, help="At most this many rows."),
    ]
    return output_options(_apply(opts, func))


def read_settings(kw: dict[str, Any]) -> tuple[ReadOptions, Settings]:
    """The reader options and settings that ``read_options`` (and ``--db``) gave, taken out of
    the command's keyword arguments; ``kw`` keeps ``paths``."""
    published: date | None = kw.pop("published").date() if kw.get("published") else None
    settings = Settings.from_env(
        spacy_model=kw.pop("spacy_model"),
        max_bytes=kw.get("max_bytes"),
        db=kw.pop("db", None),
        workers=kw.pop("workers"),
    )
    fields = {k: v for k, v in kw.items() if v is not None and k != "paths"}
    fields["max_bytes"] = settings.max_bytes
    return ReadOptions(published=published, **fields), settings


def report_failure(item: Failure) -> None:
    """One input that failed, on stderr; the run goes on."""
    click.echo(f"tidings: {item.message}", err=True)


def fail(exc: TidingsError) -> None:
    """End the command on an error that escaped the per-article accounting."""
    # A missing model, an unreadable store or a bad setting is a usage problem (exit 2); anything
    # else that escapes the per-article accounting is a failed run (exit 1).
    click.echo(f"tidings: {exc}", err=True)
    sys.exit(2 if isinstance(exc, ConfigError | StoreError) else 1)


def guard(items: Iterable[Any]) -> Iterable[Any]:
    """``items``, ending the command through ``fail`` if producing them raises TidingsError."""
    try:
        yield from items
    except TidingsError as exc:
        fail(exc)


def guard_call(fn: Callable[[], Any]) -> Any:
    """``fn()``, ending the command through ``fail`` if it raises TidingsError."""
    try:
        return fn()
    except TidingsError as exc:
        fail(exc)
