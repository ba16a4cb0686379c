"""The CI quality gate: the real coder on the PETRARCH gold sets must not fall below the
committed floors in src/tidings/evaluation/baseline.json."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from tidings.evaluation import check_floors, load_baseline, run_eval

pytestmark = [pytest.mark.shared, pytest.mark.model]

BASELINE = load_baseline()


def _coder_available() -> str | None:
    try:
        events = importlib.import_module("tidings.events")
    except ImportError as exc:
        return f"tidings.events cannot be imported: {exc}"
    if not hasattr(events, "code_sentence"):
        return "tidings.events.code_sentence does not exist yet: nothing to gate"
    return None


@pytest.mark.parametrize("set_name", sorted(BASELINE["sets"]))
def test_gate_floors_hold(set_name: str, shared_dir: Path, nlp) -> None:
    missing = _coder_available()
    if missing:
        pytest.skip(missing)
    spec = BASELINE["sets"][set_name]
    dictionaries = spec.get("dictionaries")
    report = run_eval(
        shared_dir / spec["records"],
        dictionaries=shared_dir / dictionaries if dictionaries else None,
        subset=spec.get("subset"),
        replace_builtin=bool(spec.get("replace_builtin", False)),
        nlp=nlp,
        name=set_name,
    )
    assert report.n > 0
    regressions = check_floors(report, BASELINE, set_name)
    assert not regressions, "\n".join(regressions)
