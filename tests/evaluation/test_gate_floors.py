"""Floors: checking a report against them, raising them, refusing to lower them silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.errors import ConfigError
from tidings.evaluation import (
    GoldRecord,
    Triple,
    check_floors,
    load_baseline,
    save_baseline,
    score,
    update_baseline,
)


def _report(right: bool):
    record = GoldRecord(
        id="a", text="t", date=None, events=frozenset({Triple("FRD", "SYL", "051")})
    )
    predicted = [Triple("FRD", "SYL", "051" if right else "057")]
    return score([record], {"a": predicted})


BASELINE = {"sets": {"toy": {"floors": {"f1": 0.5, "dyad_f1": 0.5, "sentences_exact": 1}}}}


def test_gate_floors_met() -> None:
    assert check_floors(_report(True), BASELINE, "toy") == []


def test_gate_floors_undercut_lists_each_metric() -> None:
    regressions = check_floors(_report(False), BASELINE, "toy")
    assert len(regressions) == 2
    assert regressions[0].startswith("toy: f1 0.0000 is below its floor 0.5000")
    assert "sentences_exact" in regressions[1]


def test_gate_unknown_set_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no floors for set 'other'"):
        check_floors(_report(True), BASELINE, "other")


def test_gate_update_raises_floors_and_refuses_to_lower() -> None:
    raised = update_baseline(BASELINE, "toy", _report(True))
    assert raised["sets"]["toy"]["floors"] == {"f1": 1.0, "dyad_f1": 1.0, "sentences_exact": 1.0}
    assert BASELINE["sets"]["toy"]["floors"]["f1"] == 0.5  # the input is not modified
    with pytest.raises(ConfigError, match="refusing to lower"):
        update_baseline(raised, "toy", _report(False))
    lowered = update_baseline(raised, "toy", _report(False), allow_lower=True, reason="new gold")
    assert lowered["sets"]["toy"]["floors"]["f1"] == 0.0
    assert lowered["history"][-1]["reason"] == "new gold"


def test_gate_baseline_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    save_baseline(BASELINE, path)
    assert load_baseline(path) == BASELINE
    path.write_text(json.dumps({"nothing": 1}), encoding="utf-8")
    with pytest.raises(ConfigError, match="no 'sets'"):
        load_baseline(path)


def test_gate_committed_baseline_names_both_sets() -> None:
    sets = load_baseline()["sets"]
    assert {"petrarch_gsr78", "petrarch_gsr78+phoenix", "petrarch_unit:cameo"} <= set(sets)
    for spec in sets.values():
        assert spec["records"].endswith("records.jsonl") and spec["floors"]
