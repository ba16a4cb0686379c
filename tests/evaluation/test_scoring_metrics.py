"""Scoring predicted triples against hand-built gold records."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.errors import TidingsError
from tidings.evaluation import GoldRecord, Triple, score


def T(text: str) -> Triple:
    source, target, code = text.split()
    return Triple(source, target, code)


def gold(rid: str, *triples: str, category: str = "C", dyad: bool = False) -> GoldRecord:
    return GoldRecord(
        id=rid,
        text=f"sentence {rid}",
        date=date(2020, 1, 1),
        events=frozenset(T(t) for t in triples),
        expected_outcome="events" if triples else "no_events",
        category=category,
        config={"require_dyad": "True"} if dyad else {},
    )


RECORDS = [
    gold("a", "FRD SYL 042", "SYL FRD 042"),
    gold("b", "FRDGOV SYL 190"),
    gold("c"),  # no-event record
    gold("d", "SYL --- 036", category="D"),
]


@pytest.mark.parametrize(
    ("predictions", "expected"),
    [
        # perfect
        (
            {
                "a": ["FRD SYL 042", "SYL FRD 042"],
                "b": ["FRDGOV SYL 190"],
                "c": [],
                "d": ["SYL --- 036"],
            },
            dict(tp=4, fp=0, fn=0, f1=1.0, exact=4, no_event=1),
        ),
        # nothing emitted: recall 0, precision 0 (gold had events), the no-event record right
        ({"a": [], "b": [], "c": [], "d": []}, dict(tp=0, fp=0, fn=4, f1=0.0, exact=1, no_event=1)),
        # partial: one right, one wrong code, one false alarm on the no-event record
        (
            {
                "a": ["FRD SYL 042"],
                "b": ["FRDGOV SYL 193"],
                "c": ["SYL FRD 010"],
                "d": ["SYL --- 036"],
            },
            dict(tp=2, fp=2, fn=2, f1=0.5, exact=1, no_event=0),
        ),
        # a triple emitted twice counts once (the set convention)
        (
            {"a": ["FRD SYL 042", "FRD SYL 042"], "b": [], "c": [], "d": []},
            dict(tp=1, fp=0, fn=3, f1=2 * 1.0 * 0.25 / 1.25, exact=1, no_event=1),
        ),
    ],
)
def test_scoring_exact_triples(predictions, expected) -> None:
    report = score(RECORDS, {k: [T(t) for t in v] for k, v in predictions.items()})
    assert (report.exact.tp, report.exact.fp, report.exact.fn) == (
        expected["tp"],
        expected["fp"],
        expected["fn"],
    )
    assert report.f1 == pytest.approx(expected["f1"])
    assert report.sentences_exact == expected["exact"]
    assert (report.no_event_right, report.no_event_total) == (expected["no_event"], 1)


def test_scoring_root_and_dyad_levels() -> None:
    records = [gold("a", "FRD SYL 0421"), gold("b", "FRD SYL 190")]
    # right root (04), wrong full code; right dyad, wrong root
    report = score(records, {"a": [T("FRD SYL 042")], "b": [T("FRD SYL 020")]})
    assert report.f1 == 0.0
    assert report.root.f1 == pytest.approx(0.5)
    assert report.dyad.f1 == 1.0


def test_scoring_require_dyad_drops_targetless_predictions() -> None:
    records = [gold("on", dyad=True), gold("off")]
    predictions = {"on": [T("FRD --- 010")], "off": [T("FRD --- 010")]}
    report = score(records, predictions)
    # under require_dyad the target-less event is not an emission, so "on" is right
    assert report.no_event_right == 1 and report.exact.fp == 1
    assert [e.id for e in report.errors] == ["off"]


@pytest.mark.parametrize(
    ("value", "required"),
    [("True", True), ("TRUE", True), ("true", True), ("false", False), ("FALSE", False)],
)
def test_scoring_require_dyad_any_capitalisation(value, required) -> None:
    record = GoldRecord(
        id="x", text="t", date=None, events=frozenset(), config={"require_dyad": value}
    )
    assert record.require_dyad is required


def test_scoring_per_category() -> None:
    report = score(RECORDS, {"a": [T("FRD SYL 042")], "b": [], "c": [], "d": [T("SYL --- 036")]})
    cats = {c.category: c for c in report.categories}
    assert set(cats) == {"C", "D"}
    assert (cats["C"].n, cats["C"].exact.tp, cats["C"].exact.fn) == (3, 1, 2)
    assert cats["D"].exact.f1 == 1.0 and cats["D"].sentences_exact == 1


def test_scoring_error_list() -> None:
    report = score(
        RECORDS,
        {"a": [T("FRD SYL 042"), T("FRD SYL 111")], "b": [T("FRDGOV SYL 190")], "c": [], "d": []},
    )
    errors = {e.id: e for e in report.errors}
    assert set(errors) == {"a", "d"}
    assert errors["a"].misses == (T("SYL FRD 042"),)
    assert errors["a"].false_alarms == (T("FRD SYL 111"),)
    assert errors["d"].misses == (T("SYL --- 036"),) and errors["d"].false_alarms == ()


def test_scoring_primary_match_ignores_secondary_roles() -> None:
    records = [gold("a", "IRQGOVMIL SYL 190")]
    predictions = {"a": [T("IRQGOV SYL 190")]}
    assert score(records, predictions).f1 == 0.0
    assert score(records, predictions, match="primary").f1 == 1.0


def test_scoring_actor_codes_compare_case_blind_and_blank_is_no_actor() -> None:
    report = score([gold("a", "FRD --- 036")], {"a": [Triple("frd", "", "036")]})
    assert report.f1 == 1.0


def test_scoring_requires_a_prediction_for_every_record() -> None:
    with pytest.raises(TidingsError, match="no prediction"):
        score(RECORDS, {"a": []})


def test_scoring_to_dict_keys() -> None:
    report = score(RECORDS, {"a": [], "b": [], "c": [], "d": []}, name="toy")
    data = report.to_dict()
    for key in (
        "n",
        "precision",
        "recall",
        "f1",
        "root_f1",
        "dyad_f1",
        "sentences_exact",
        "no_event_right",
        "no_event_total",
        "categories",
    ):
        assert key in data
    assert "errors" not in data
    assert len(report.to_dict(errors=True)["errors"]) == 3
    assert data["categories"]["C"]["n"] == 3


def test_plover_level_merges_codes_of_one_plover_type() -> None:
    """CAMEO 084 and 0841 are both RETREAT: wrong as exact triples, right at PLOVER level; a
    code outside CAMEO (the unit suite's invented 9xx codes) is compared as itself."""
    records = [
        GoldRecord(
            id="r",
            text="Israel released the mayor.",
            date=None,
            events=frozenset({Triple("ISR", "PSEGOV", "084"), Triple("A", "B", "904")}),
        )
    ]
    report = score(records, {"r": [Triple("ISR", "PSEGOV", "0841"), Triple("A", "B", "905")]})
    assert report.exact.tp == 0
    assert (report.plover.tp, report.plover.fp, report.plover.fn) == (1, 1, 1)
    assert report.to_dict()["plover_f1"] == 0.5
