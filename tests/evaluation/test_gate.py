"""The CI quality gate: the real coder on the PETRARCH gold sets must not fall below the
committed floors in src/tidings/evaluation/baseline.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tidings.evaluation import check_floors, load_baseline
from tidings.evaluation.gate import run_set

pytestmark = [pytest.mark.shared, pytest.mark.model]

BASELINE = load_baseline()


@pytest.mark.parametrize("set_name", sorted(BASELINE["sets"]))
def test_gate_floors_hold(set_name: str, shared_dir: Path, nlp: Any) -> None:
    report = run_set(BASELINE, set_name, shared=shared_dir, nlp=nlp)
    assert report.n > 0
    regressions = check_floors(report, BASELINE, set_name)
    assert not regressions, "\n".join(regressions)


def test_gate_floors_are_recorded_not_placeholders() -> None:
    # A gate whose floors are all zero cannot fail; every set must carry a measured F1 floor.
    for name, spec in BASELINE["sets"].items():
        assert spec["floors"]["f1"] > 0, f"{name} has no measured F1 floor"
