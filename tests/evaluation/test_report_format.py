"""The text table of an evaluation report."""

from __future__ import annotations

from tidings.evaluation import GoldRecord, Triple, format_report_table, score


def _report():
    records = [
        GoldRecord(
            id="a",
            text="Freedonia praised Sylvania.",
            date=None,
            events=frozenset({Triple("FRD", "SYL", "051")}),
            category="DEMO",
        ),
        GoldRecord(id="b", text="Nothing.", date=None, events=frozenset(), category="NONE"),
    ]
    return score(records, {"a": [Triple("FRD", "SYL", "057")], "b": []}, name="toy")


def test_report_table_totals_categories_and_no_events() -> None:
    table = format_report_table(_report())
    lines = table.splitlines()
    assert lines[0] == "PETRARCH evaluation: toy"
    # exact wrong; root (05), PLOVER (051 and 057 are both SUPPORT) and dyad right
    assert lines[2].split() == [
        "all", "2", "0.000", "0.000", "0.000", "1.000", "1.000", "1.000", "1/2"
    ]
    assert any(line.startswith("DEMO ") for line in lines)
    assert "no_event_right 1/1" in table
    assert "[a]" not in table


def test_report_table_errors() -> None:
    table = format_report_table(_report(), errors=True)
    assert "[a] Freedonia praised Sylvania." in table
    assert "    - FRD SYL 051" in table and "    + FRD SYL 057" in table
