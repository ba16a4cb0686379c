"""The ``tidings`` command: a thin click shell over ``tidings.api``.

Exit codes: 0 all inputs processed, 1 some inputs failed (each reported on stderr, the rest
stored), 2 usage error (click's own convention).
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import click

from . import api
from .errors import ConfigError, StoreError, TidingsError
from .model import Failure
from .pipeline import Result
from .read import ReadOptions
from .render import FORMATS, render
from .settings import DEFAULT_DB, Settings
from .store import Filters

log = logging.getLogger(__name__)


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
    return functools.reduce(lambda f, o: o(f), reversed(opts), func)


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    opt = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="jsonl",
        show_default=True,
        help="Output format.",
    )
    return opt(func)


def _options(kw: dict[str, Any]) -> tuple[ReadOptions, Settings]:
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


def _report_failure(item: Failure) -> None:
    click.echo(f"tidings: {item.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.version_option(package_name="tidings")
def main(verbose: int) -> None:
    """Tidings: news in, coded events and attributed quotes out, with provenance.

    \b
    Example:
      tidings ingest samples/ --db tidings.duckdb
      tidings events --dyad RUS:UKR --format table
    """
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@main.command()
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
    options, settings = _options(kw)
    failed = 0
    for item in _guard(api.extract(kw["paths"], options=options, settings=settings)):
        if isinstance(item, Failure):
            failed += 1
            _report_failure(item)
            continue
        for record in item.records():
            row = (
                record.to_dict(include_text=with_text)
                if record.TYPE == "article"
                else record.to_dict()
            )
            click.echo(json.dumps(row, ensure_ascii=False))
    sys.exit(1 if failed else 0)


@main.command()
@read_options
@click.option("--db", default=None, help=f"DuckDB file (default {DEFAULT_DB}, env TIDINGS_DB).")
def ingest(**kw: Any) -> None:
    """Process files or directories and store the records in DuckDB.

    \b
    Example:
      tidings ingest ../shared/data/corpora/whitehouse_2021-11_2022-03 --db wh.duckdb
    """
    from tqdm import tqdm

    options, settings = _options(kw)
    with tqdm(desc="articles", unit=" doc", file=sys.stderr, disable=None) as bar:

        def on_item(item: Result | Failure) -> None:
            bar.update(1)
            if isinstance(item, Failure):
                bar.clear()
                _report_failure(item)

        report = _guard_call(
            lambda: api.ingest(kw["paths"], options=options, settings=settings, on_item=on_item)
        )
    t = report.tally
    new = ", ".join(f"{v} new {k}" for k, v in report.new_rows.items() if v) or "nothing new"
    click.echo(
        f"{t.inputs} inputs: {t.articles} articles ({t.undated} undated), {t.events} events, "
        f"{t.quotes} quotes, {len(t.failures)} failed; {new} in {report.db}",
        err=True,
    )
    sys.exit(report.exit_code)


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    opts = [
        click.option(
            "--db", default=DEFAULT_DB, show_default=True, envvar="TIDINGS_DB", help="DuckDB file."
        ),
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
            "--article", "article_id", default=None, help="Only records of this article id."
        ),
        click.option("--limit", type=int, default=None, help="At most this many rows."),
    ]
    return output_options(functools.reduce(lambda f, o: o(f), reversed(opts), func))


def _query(kind: str, db: str, fmt: str, **filters: Any) -> None:
    rows = (r.to_dict() for r in api.query(kind, db=db, filters=Filters(**filters)))
    _guard_call(lambda: render(rows, fmt=fmt, out=sys.stdout))


@main.command()
@filter_options
def articles(db: str, fmt: str, **filters: Any) -> None:
    """List stored articles.  Example: tidings articles --outlet TASS --format table"""
    _query("articles", db, fmt, **filters)


@main.command()
@filter_options
def events(db: str, fmt: str, **filters: Any) -> None:
    """List stored events.  Example: tidings events --dyad RUS:UKR --code 19 --format table"""
    _query("events", db, fmt, **filters)


@main.command()
@filter_options
def quotes(db: str, fmt: str, **filters: Any) -> None:
    """List stored quotes.  Example: tidings quotes --actor Putin --format table"""
    _query("quotes", db, fmt, **filters)


@main.command()
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, envvar="TIDINGS_DB", help="DuckDB file."
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def summary(db: str, fmt: str) -> None:
    """Summarise what the store holds.  Example: tidings summary --db tidings.duckdb"""
    data = _guard_call(lambda: api.summary(db=db))
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    for key, value in data.items():
        if isinstance(value, dict | list):
            click.echo(f"{key}:")
            items = value.items() if isinstance(value, dict) else enumerate(value, 1)
            for k, v in items:
                click.echo(f"  {k}: {v}")
        else:
            click.echo(f"{key}: {value}")


@main.command()
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, envvar="TIDINGS_DB", help="DuckDB file."
)
@click.argument("directory")
def export(db: str, directory: str) -> None:
    """Write every table as Parquet into DIRECTORY.  Example: tidings export out/"""
    for path in _guard_call(lambda: api.export_parquet(db=db, directory=directory)):
        click.echo(str(path))


@main.group(name="eval")
def eval_group() -> None:
    """Score the coder against gold sets.  Example: tidings eval petrarch records.jsonl"""


@eval_group.command(name="petrarch")
@click.argument("records", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--dictionaries",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Directory of PETRARCH/TABARI dictionaries (actors, agents, verbs, discards).",
)
@click.option(
    "--replace/--extend",
    "replace_builtin",
    default=None,
    help="Dictionaries replace the built-in ones or extend them (default: replace for "
    "the unit suite's invented world, i.e. when --subset cameo, else extend).",
)
@click.option(
    "--discards/--no-discards",
    default=True,
    show_default=True,
    help="Apply the dictionaries' discard list before coding.",
)
@click.option(
    "--subset",
    type=click.Choice(["all", "cameo"]),
    default=None,
    help="cameo: the unit suite's CAMEO-only records without text-code actors.",
)
@click.option(
    "--modalities",
    default="asserted,reported,future",
    show_default=True,
    help="Comma-separated event modalities that are scored (negated, conditional and alleged "
    "events are not events in PETRARCH's gold; 'all' scores every event).",
)
@click.option("--errors", is_flag=True, help="List misses (-) and false alarms (+) per sentence.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def eval_petrarch(
    records: str,
    dictionaries: str | None,
    replace_builtin: bool | None,
    discards: bool,
    subset: str | None,
    modalities: str,
    errors: bool,
    fmt: str,
) -> None:
    """Score event coding on a PETRARCH-format gold file.

    \b
    Example:
      tidings eval petrarch ../shared/data/eval/petrarch_gsr78/records.jsonl
      tidings eval petrarch ../shared/data/eval/petrarch_unit/records.jsonl \\
          --dictionaries ../shared/data/eval/petrarch_unit --subset cameo
    """
    from pathlib import Path

    from .evaluation import format_report_table, run_eval
    from .model import MODALITIES

    replace = replace_builtin if replace_builtin is not None else subset == "cameo"
    scored = MODALITIES if modalities == "all" else tuple(m.strip() for m in modalities.split(","))
    unknown = sorted(set(scored) - set(MODALITIES))
    if unknown:
        raise click.UsageError(
            f"--modalities: unknown modality {', '.join(unknown)} (choose from "
            f"{', '.join(MODALITIES)} or 'all')"
        )
    report = _guard_call(
        lambda: run_eval(
            Path(records),
            dictionaries=Path(dictionaries) if dictionaries else None,
            subset=subset,
            replace_builtin=replace,
            discards=discards,
            modalities=scored,
        )
    )
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(errors=errors), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report_table(report, errors=errors))


@eval_group.command(name="gate")
@click.option(
    "--shared",
    type=click.Path(exists=True, file_okay=False),
    default="../shared",
    show_default=True,
    help="The shared data folder holding the gold sets.",
)
@click.option("--raise-floors", is_flag=True, help="Record this run's figures as the new floors.")
@click.option(
    "--allow-lower",
    default=None,
    metavar="REASON",
    help="With --raise-floors: allow a floor to go down, for this reason (say it in the commit).",
)
def eval_gate(shared: str, raise_floors: bool, allow_lower: str | None) -> None:
    """Check every gold set against the committed accuracy floors (exit 1 on a regression).

    \b
    Example:
      tidings eval gate --shared ../shared
    """
    from pathlib import Path

    from .evaluation import check_floors, load_baseline, save_baseline, update_baseline
    from .evaluation.gate import run_set

    baseline = load_baseline()
    failed: list[str] = []
    for name in sorted(baseline["sets"]):
        report = _guard_call(functools.partial(run_set, baseline, name, shared=Path(shared)))
        m = report.metrics()
        click.echo(
            f"{name}: F1 {m['f1']:.3f}, root F1 {m['root_f1']:.3f}, dyad F1 {m['dyad_f1']:.3f}, "
            f"exact {m['sentences_exact']:.0f}, no-event right {m['no_event_right']:.0f}"
        )
        failed += check_floors(report, baseline, name)
        if raise_floors:
            raise_to = functools.partial(
                update_baseline,
                baseline,
                name,
                report,
                allow_lower=allow_lower is not None,
                reason=allow_lower,
            )
            baseline = _guard_call(raise_to)
    if raise_floors:
        save_baseline(baseline)
    for line in failed:
        click.echo(f"regression: {line}", err=True)
    sys.exit(1 if failed and not raise_floors else 0)


def _fail(exc: TidingsError) -> None:
    # A missing model, an unreadable store or a bad setting is a usage problem (exit 2); anything
    # else that escapes the per-article accounting is a failed run (exit 1).
    click.echo(f"tidings: {exc}", err=True)
    sys.exit(2 if isinstance(exc, ConfigError | StoreError) else 1)


def _guard(items: Iterable[Any]) -> Iterable[Any]:
    try:
        yield from items
    except TidingsError as exc:
        _fail(exc)


def _guard_call(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except TidingsError as exc:
        _fail(exc)


if __name__ == "__main__":
    main()
