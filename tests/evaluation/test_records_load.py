"""Loading PETRARCH gold records: fields, dates, subsets, and the real sets' sizes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tidings.errors import InputError
from tidings.evaluation import Triple, load_records, parse_record_date


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


ROWS = [
    {
        "id": "r1",
        "date": "20200102",
        "text": "Freedonia praised Sylvania.",
        "events": [{"source": "FRD", "target": "SYL", "code": "051"}],
        "expected_outcome": "events",
        "category": "DEMO",
        "evaluate": True,
        "config": {"require_dyad": "TRUE"},
        "all_codes_cameo": True,
        "text_code_actor": False,
        "parse": "(ROOT ...)",
    },
    {
        "id": "r2",
        "date": "951101",
        "text": "Nothing happened.",
        "events": [],
        "expected_outcome": "no_events",
        "category": "DEMO",
        "evaluate": True,
        "config": {},
        "all_codes_cameo": True,
        "text_code_actor": False,
    },
    {
        "id": "r3",
        "date": "20200102",
        "text": "Skipped.",
        "events": [],
        "expected_outcome": "no_events",
        "category": "X",
        "evaluate": False,
        "config": {},
        "all_codes_cameo": True,
        "text_code_actor": False,
    },
    {
        "id": "r4",
        "date": "20200102",
        "text": "Text-coded.",
        "events": [{"source": '"A TEXT CODE"', "target": "SYL", "code": "051"}],
        "expected_outcome": "events",
        "category": "DEMO",
        "evaluate": True,
        "config": {},
        "all_codes_cameo": True,
        "text_code_actor": True,
    },
]


def test_records_load_fields(tmp_path: Path) -> None:
    records = load_records(_write(tmp_path / "records.jsonl", ROWS))
    assert [r.id for r in records] == ["r1", "r2", "r4"]  # evaluate=false left out
    first = records[0]
    assert first.events == frozenset({Triple("FRD", "SYL", "051")})
    assert first.date == date(2020, 1, 2) and first.require_dyad and not first.no_event
    assert records[1].no_event and records[1].date == date(1995, 11, 1)


def test_records_load_cameo_subset(tmp_path: Path) -> None:
    records = load_records(_write(tmp_path / "records.jsonl", ROWS), subset="cameo")
    assert [r.id for r in records] == ["r1", "r2"]


def test_records_load_unknown_subset(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown subset"):
        load_records(_write(tmp_path / "records.jsonl", ROWS), subset="nope")


def test_records_load_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(ROWS[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"records.jsonl:2"):
        load_records(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20080804", date(2008, 8, 4)),
        ("121108", date(2012, 11, 8)),
        ("781223", date(1978, 12, 23)),
        ("2008", None),
        ("", None),
    ],
)
def test_records_parse_date(text, expected) -> None:
    assert parse_record_date(text) == expected


@pytest.mark.shared
@pytest.mark.parametrize(
    ("folder", "subset", "n", "triples", "no_event"),
    [
        ("petrarch_unit", None, 279, 352, 27),
        ("petrarch_unit", "cameo", 205, 273, 27),
        ("petrarch_gsr78", None, 78, 80, 12),
    ],
)
def test_records_load_shared_sets(shared_dir, folder, subset, n, triples, no_event) -> None:
    records = load_records(shared_dir / "data/eval" / folder / "records.jsonl", subset=subset)
    assert len(records) == n
    assert sum(len(r.events) for r in records) == triples
    assert sum(r.no_event for r in records) == no_event
