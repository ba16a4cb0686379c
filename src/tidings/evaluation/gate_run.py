"""One run of the quality gate: every gold set of the baseline scored and held to its floors.

``gate.py`` keeps the floors and the single-set checks; this module runs them over every set,
the work behind ``tidings eval gate``, so that the command only renders what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gate import check_floors, run_set, save_baseline, update_baseline
from .scoring import EvalReport


@dataclass(frozen=True, kw_only=True)
class GateResult:
    """The floors undercut by a gate run, and the baseline as the run left it."""

    regressions: tuple[str, ...]
    baseline: Mapping[str, Any]


def run_gate(
    baseline: Mapping[str, Any],
    *,
    shared: Path,
    raise_floors: bool = False,
    allow_lower: bool = False,
    reason: str | None = None,
    on_report: Callable[[str, EvalReport], None] | None = None,
) -> GateResult:
    """Score every set of ``baseline`` in name order and list each floor a set undercuts.

    ``on_report(name, report)`` is called as soon as a set is scored, before its floors are
    checked, so progress shows while the slower sets run. Each set is checked against the
    floors it had when the run started. With ``raise_floors`` every set's floors are raised
    to this run (``update_baseline``; ``allow_lower`` and ``reason`` as there) and the
    result is saved as the committed baseline.
    """
    regressions: list[str] = []
    for name in sorted(baseline["sets"]):
        report = run_set(baseline, name, shared=shared)
        if on_report is not None:
            on_report(name, report)
        regressions += check_floors(report, baseline, name)
        if raise_floors:
            baseline = update_baseline(
                baseline, name, report, allow_lower=allow_lower, reason=reason
            )
    if raise_floors:
        save_baseline(baseline)
    return GateResult(regressions=tuple(regressions), baseline=baseline)
