"""The CI quality gate: committed accuracy floors per gold set, which may only go up.

``baseline.json`` (beside this module) maps a set name to where its gold file is (relative
to ../shared), how to run it (dictionaries, subset) and its floors, one per metric of
``EvalReport.metrics()``. ``check_floors`` lists every floor a report undercuts;
``update_baseline`` raises floors to a new run and refuses to lower one unless told to,
with a reason that is kept in the file's history.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .scoring import EvalReport

BASELINE_PATH = Path(__file__).with_name("baseline.json")

# Comparisons allow for float noise only; a real drop of 0.001 is a regression.
_TOLERANCE = 1e-9


def load_baseline(path: Path | None = None) -> dict[str, Any]:
    """The committed baseline (or the one at ``path``)."""
    target = path or BASELINE_PATH
    try:
        data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read the evaluation baseline {target}: {exc}") from exc
    if not isinstance(data.get("sets"), dict):
        raise ConfigError(f"{target} has no 'sets' object: restore it from git")
    return data


def floors_for(baseline: Mapping[str, Any], set_name: str) -> dict[str, float]:
    sets = baseline.get("sets", {})
    if set_name not in sets:
        raise ConfigError(
            f"no floors for set {set_name!r} in the baseline; known sets: {sorted(sets)}"
        )
    return {k: float(v) for k, v in sets[set_name].get("floors", {}).items()}


def check_floors(report: EvalReport, baseline: Mapping[str, Any], set_name: str) -> list[str]:
    """Every floor of ``set_name`` that ``report`` undercuts, as readable messages; empty when
    the report meets them all."""
    metrics = report.metrics()
    regressions = []
    for metric, floor in floors_for(baseline, set_name).items():
        if metric not in metrics:
            regressions.append(f"{set_name}: unknown metric {metric!r} in the baseline")
            continue
        value = metrics[metric]
        if value < floor - _TOLERANCE:
            regressions.append(f"{set_name}: {metric} {value:.4f} is below its floor {floor:.4f}")
    return regressions


def update_baseline(
    baseline: Mapping[str, Any],
    set_name: str,
    report: EvalReport,
    *,
    allow_lower: bool = False,
    reason: str | None = None,
) -> dict[str, Any]:
    """A copy of ``baseline`` whose floors for ``set_name`` are this report's figures.

    Rates are rounded down to three decimals (so the run that set a floor passes it).
    A floor that would go down raises ConfigError unless ``allow_lower`` is set and a
    ``reason`` given; the reason is appended to ``history``.
    """
    new = copy.deepcopy(dict(baseline))
    floors = new.setdefault("sets", {}).setdefault(set_name, {}).setdefault("floors", {})
    metrics = report.metrics()
    lowered = []
    for metric in list(floors) or list(metrics):
        if metric not in metrics:
            continue
        value = math.floor(metrics[metric] * 1000) / 1000
        if value < float(floors.get(metric, 0.0)) - _TOLERANCE:
            lowered.append(f"{metric} {floors[metric]} -> {value}")
        floors[metric] = value
    if lowered:
        if not allow_lower or not reason:
            raise ConfigError(
                f"refusing to lower floors of {set_name} ({', '.join(lowered)}): pass "
                "allow_lower=True with a reason, and give the reason in the commit message"
            )
        new.setdefault("history", []).append(
            {
                "set": set_name,
                "lowered": lowered,
                "reason": reason,
                "at": datetime.now(UTC).date().isoformat(),
            }
        )
    return new


def save_baseline(baseline: Mapping[str, Any], path: Path | None = None) -> None:
    (path or BASELINE_PATH).write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")


def run_set(
    baseline: Mapping[str, Any], set_name: str, *, shared: Path, nlp: Any = None
) -> EvalReport:
    """Run the evaluation that ``set_name`` of the baseline describes, with gold files and
    dictionaries found under ``shared`` (the ../shared folder)."""
    from .runner import run_eval

    spec = baseline["sets"][set_name]
    dictionaries = spec.get("dictionaries")
    return run_eval(
        shared / spec["records"],
        dictionaries=shared / dictionaries if dictionaries else None,
        subset=spec.get("subset"),
        replace_builtin=bool(spec.get("replace_builtin", False)),
        nlp=nlp,
        name=set_name,
    )
