"""Render an EvalReport as a plain-text table (the CLI prints it; JSON comes from to_dict)."""

from __future__ import annotations

from .scoring import CategoryScore, EvalReport

_HEADER = (
    f"{'':<14}{'n':>5}{'P':>8}{'R':>8}{'F1':>8}{'root F1':>9}{'PLOVER F1':>11}{'dyad F1':>9}"
    f"{'exact':>10}"
)


def _row(label: str, s: EvalReport | CategoryScore) -> str:
    exact = s.exact
    return (
        f"{label[:14]:<14}{s.n:>5}{exact.precision:>8.3f}{exact.recall:>8.3f}{exact.f1:>8.3f}"
        f"{s.root.f1:>9.3f}{s.plover.f1:>11.3f}{s.dyad.f1:>9.3f}"
        f"{f'{s.sentences_exact}/{s.n}':>10}"
    )


def format_report_table(report: EvalReport, *, errors: bool = False) -> str:
    """The report as an aligned table: totals, then one row per category (when there is more
    than one), then the no-event tally, and with ``errors`` each wrong sentence with its
    misses (``-``) and false alarms (``+``)."""
    lines = [
        f"PETRARCH evaluation: {report.name}" if report.name else "PETRARCH evaluation",
        _HEADER,
    ]
    lines.append(_row("all", report))
    if len(report.categories) > 1:
        lines.append("")
        for c in report.categories:
            lines.append(_row(c.category or "-", c))
    lines.append("")
    lines.append(
        f"triples: {report.exact.tp} right, {report.exact.fn} missed, "
        f"{report.exact.fp} false alarms"
    )
    lines.append(f"no_event_right {report.no_event_right}/{report.no_event_total}")
    if report.rejected:
        lines.append(f"not coded, corrupt input ({len(report.rejected)}):")
        lines.extend(f"    [{i}] {problem}" for i, problem in report.rejected)
    if errors and report.errors:
        lines.append("")
        lines.append(f"errors ({len(report.errors)} sentences):")
        for e in report.errors:
            lines.append(f"[{e.id}] {e.text}")
            lines.extend(f"    - {t}" for t in e.misses)
            lines.extend(f"    + {t}" for t in e.false_alarms)
    return "\n".join(lines)
