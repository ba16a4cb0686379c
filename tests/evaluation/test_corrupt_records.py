"""A gold record whose Treebank parse does not balance its brackets is corrupt input: it is
reported, not coded, and scores as emitting nothing (PETRARCH stops on such records with a
bad-input error, which is what the unit suite's ``error`` records expect)."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from tidings.evaluation import format_report_table, run_eval
from tidings.evaluation.records import record_from_dict, treebank_problem

GOOD = "(ROOT (S (NP (NNP Freedonia)) (VP (VBD praised) (NP (NNP Sylvania))) (. .)))"


@pytest.mark.parametrize(
    ("parse", "problem"),
    [
        (GOOD, None),
        ("", None),
        (None, None),
        (
            "(ROOT (S (NP (NNP Freedonia)) (VBD praised) (NP (NNP Sylvania)))) (. .)))",
            "never opened",
        ),
        ("(ROOT (S (NP (NNP Freedonia)) (VP (VBD praised) (NP (NNP Sylvania)) (. .)", "3 bracket"),
    ],
)
def test_treebank_problem(parse: str | None, problem: str | None) -> None:
    found = treebank_problem(parse)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_record_keeps_the_problem() -> None:
    record = record_from_dict({"id": "x", "text": "t", "parse": GOOD[:-1]})
    assert record.input_problem == "its Treebank parse leaves 1 bracket(s) open"
    assert record_from_dict({"id": "y", "text": "t"}).input_problem is None


def test_corrupt_record_is_not_coded(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    rows = [
        {
            "id": "ok",
            "date": "20200102",
            "text": "Freedonia praised Sylvania.",
            "parse": GOOD,
            "events": [{"source": "FRD", "target": "SYL", "code": "051"}],
        },
        {
            "id": "bad",
            "date": "20200102",
            "text": "Freedonia praised Sylvania.",
            "parse": GOOD + ")",
            "events": [],
            "expected_outcome": "error",
        },
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    seen: list[str] = []

    def coder(text: str, on: date | None) -> list[tuple[str, str, str]]:
        seen.append(text)
        return [("FRD", "SYL", "051")]

    with caplog.at_level(logging.WARNING):
        report = run_eval(path, coder=coder)
    assert len(seen) == 1  # the corrupt record never reached the coder
    assert report.no_event_right == 1 and report.f1 == 1.0
    problem = f"its Treebank parse closes a bracket it never opened (offset {len(GOOD)})"
    assert report.rejected == (("bad", problem),)
    logged = [r.message for r in caplog.records]
    assert any(str(path) in m and "record bad is not coded" in m for m in logged)
    assert report.to_dict()["rejected"] == [{"id": "bad", "problem": report.rejected[0][1]}]
    assert "[bad] its Treebank parse closes" in format_report_table(report)
