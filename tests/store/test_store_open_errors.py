"""Opening a store at a bad path fails with a message that says what to do."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tidings.store import StoreError, open_store


def test_store_open_missing_directory(tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "dir" / "t.duckdb"
    with pytest.raises(StoreError, match=r"directory .*dir does not exist; create it first"):
        open_store(db)


def test_store_open_file_that_is_not_duckdb(tmp_path: Path) -> None:
    db = tmp_path / "notes.duckdb"
    db.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="is not a DuckDB database"):
        open_store(db)
    assert db.read_text().startswith("these are my notes")  # left untouched


def test_store_open_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory; give a database file"):
        open_store(tmp_path)


def test_store_open_read_only_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at .*run `tidings ingest` first"):
        open_store(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()


def test_store_open_memory_read_only() -> None:
    with pytest.raises(StoreError, match="in-memory store cannot be opened read-only"):
        open_store(":memory:", read_only=True)


def test_store_open_while_another_process_writes(tmp_path: Path) -> None:
    """One writer: a second process is told to wait instead of getting a raw lock error."""
    db = tmp_path / "busy.duckdb"
    open_store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from tidings.store import open_store
                store = open_store({str(db)!r})
                print("open", flush=True)
                sys.stdin.readline()
                store.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="open for writing in another process"):
            open_store(db, read_only=True)
    finally:
        holder.communicate("done\n", timeout=30)
    with open_store(db, read_only=True) as store:  # free again once the writer closed
        assert store.counts()["articles"] == 0
