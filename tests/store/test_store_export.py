"""``export_parquet``: one Parquet file per table, readable by pyarrow, matching the store."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_corpus import EVENTS

from tidings.store import DuckDBStore, StoreError


def test_store_export_parquet_tables(filled: DuckDBStore, tmp_path: Path) -> None:
    out = tmp_path / "export" / "nested"  # created on demand
    files = filled.export_parquet(out)
    assert [f.name for f in files] == [
        "articles.parquet",
        "events.parquet",
        "quotes.parquet",
        "failures.parquet",
        "runs.parquet",
    ]
    counts = filled.counts()
    for f in files:
        assert pq.read_table(f).num_rows == counts[f.stem]


def test_store_export_parquet_values(filled: DuckDBStore, tmp_path: Path) -> None:
    events = pq.read_table(filled.export_parquet(tmp_path)[1]).to_pylist()
    by_id = {e["id"]: e for e in events}
    assert [e["id"] for e in events] == sorted(by_id)
    e3 = by_id["e3"]
    assert (e3["source_code"], e3["target_country"], e3["dyad"]) == ("RUSMIL", "UKR", "RUS:UKR")
    assert e3["goldstein"] == EVENTS[2].goldstein and e3["quad_class"] == 4
    assert by_id["e5"]["target_text"] is None and by_id["e5"]["date"] is None
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert articles[0]["cited_outlets"] == ["TASS"]


def test_store_export_parquet_path_with_quote(filled: DuckDBStore, tmp_path: Path) -> None:
    out = tmp_path / "analyst's export"
    files = filled.export_parquet(out)
    assert all(f.is_file() for f in files)


def test_store_export_parquet_unwritable_target(filled: DuckDBStore, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot create export directory"):
        filled.export_parquet(blocker / "sub")
