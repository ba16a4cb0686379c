"""``tidings eval``: score the coder on a PETRARCH gold file, and the CI quality gate.

``tidings.evaluation`` is imported inside the commands, so that the other commands do not
pay for loading the evaluation harness.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cli_common import guard_call

if TYPE_CHECKING:
    from .evaluation import EvalReport


@click.group(name="eval")
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
    from .evaluation import run_eval

    replace = replace_builtin if replace_builtin is not None else subset == "cameo"
    scored = _scored_modalities(modalities)
    report = guard_call(
        lambda: run_eval(
            Path(records),
            dictionaries=Path(dictionaries) if dictionaries else None,
            subset=subset,
            replace_builtin=replace,
            discards=discards,
            modalities=scored,
        )
    )
    _echo_report(report, fmt=fmt, errors=errors)


def _scored_modalities(option: str) -> tuple[str, ...]:
    """The modalities that ``--modalities`` names (``all``: every one); a usage error (exit
    2) for a name that is no modality."""
    from .model import MODALITIES

    scored = MODALITIES if option == "all" else tuple(m.strip() for m in option.split(","))
    unknown = sorted(set(scored) - set(MODALITIES))
    if unknown:
        raise click.UsageError(
            f"--modalities: unknown modality {', '.join(unknown)} (choose from "
            f"{', '.join(MODALITIES)} or 'all')"
        )
    return scored


def _echo_report(report: EvalReport, *, fmt: str, errors: bool) -> None:
    """The report as indented JSON or as the plain-text table, with the error list if asked."""
    from .evaluation import format_report_table

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
    from .evaluation import load_baseline
    from .evaluation.gate_run import run_gate

    gate = functools.partial(
        run_gate,
        load_baseline(),
        shared=Path(shared),
        raise_floors=raise_floors,
        allow_lower=allow_lower is not None,
        reason=allow_lower,
        on_report=_echo_set_figures,
    )
    result = guard_call(gate)
    for line in result.regressions:
        click.echo(f"regression: {line}", err=True)
    sys.exit(1 if result.regressions and not raise_floors else 0)


def _echo_set_figures(name: str, report: EvalReport) -> None:
    """One gold set's headline figures on one line, as the gate scores it."""
    m = report.metrics()
    click.echo(
        f"{name}: F1 {m['f1']:.3f}, root F1 {m['root_f1']:.3f}, dyad F1 {m['dyad_f1']:.3f}, "
        f"exact {m['sentences_exact']:.0f}, no-event right {m['no_event_right']:.0f}"
    )
