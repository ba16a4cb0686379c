"""Schema migrations: ordered, recorded, applied on open, and replayed on old databases."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest
from store_corpus import ARTICLES, EVENTS

from tidings.store import LATEST_VERSION, MIGRATIONS, Filters, StoreError, open_store
from tidings.store.migrations import migrate, schema_version
from tidings.store.tables import TABLE_COLUMNS


def _ledger(db: Path) -> list[tuple[int, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT version, description FROM schema_migrations ORDER BY 1"
        ).fetchall()
    finally:
        con.close()


def _old_database(db: Path, version: int) -> None:
    """A database as a release that knew migrations up to ``version`` would have left it."""
    con = duckdb.connect(str(db))
    try:
        assert migrate(con, target=version) == list(range(1, version + 1))
    finally:
        con.close()


def test_migrations_are_ordered_and_unique() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == sorted(set(versions))
    assert versions[0] == 1 and versions[-1] == LATEST_VERSION
    assert all(m.description and m.sql.strip() for m in MIGRATIONS)


def test_migrations_applied_and_recorded_on_first_open(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    with open_store(db) as store:
        assert store.schema_version == LATEST_VERSION
    assert _ledger(db) == [(m.version, m.description) for m in MIGRATIONS]


def test_migrations_old_database_gets_the_rest(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _old_database(db, 1)
    con = duckdb.connect(str(db))
    runs_table = "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'runs'"
    assert con.execute(runs_table).fetchone() == (0,)
    con.close()
    with open_store(db) as store:
        assert store.schema_version == LATEST_VERSION
        assert store.counts()["runs"] == 0  # the runs table of version 2 now exists
    assert [v for v, _ in _ledger(db)] == [m.version for m in MIGRATIONS]


def test_migrations_keep_data_written_before_the_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _old_database(db, 1)
    with open_store(db) as store:
        store.write(articles=ARTICLES, events=EVENTS)
    with open_store(db) as store:  # reopening applies nothing more and loses nothing
        assert store.counts()["events"] == len(EVENTS)
        assert list(store.events()) == list(EVENTS)
    assert len(_ledger(db)) == len(MIGRATIONS)


def test_migrations_events_stored_before_background_read_as_news(tmp_path: Path) -> None:
    db = tmp_path / "v2.duckdb"
    _old_database(db, 2)
    con = duckdb.connect(str(db))
    con.execute(
        "INSERT INTO events (id, article_id, date_precision, source_text, source_code, cameo,"
        ' cameo_root, quad_class, goldstein, modality, sentence, "start", "end", trigger, rule,'
        " coder) VALUES ('old', 'a1', 'publication', 'Russia', 'RUS', '190', '19', 4, -10.0,"
        " 'asserted', 's', 0, 1, 'attacked', 'r', 'tidings-rules/1')"
    )
    con.close()
    with open_store(db) as store:
        (event,) = store.events()
        assert event.id == "old" and event.background is False
        store.write(events=[dataclasses.replace(EVENTS[3], id="new")])
        assert [e.id for e in store.events(Filters(background=True))] == ["new"]


def test_migrations_read_only_cannot_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _old_database(db, 1)
    with pytest.raises(StoreError, match=f"schema version 1 and needs version {LATEST_VERSION}"):
        open_store(db, read_only=True)


def test_migrations_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.duckdb"
    open_store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', now()::TIMESTAMP)")
    con.close()
    with pytest.raises(StoreError, match="schema version 999, newer than this Tidings"):
        open_store(db)


def test_migrations_foreign_database_is_explained(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE articles (headline VARCHAR)")  # another program's schema
    con.close()
    with pytest.raises(StoreError, match="database of another program"):
        open_store(db)
    con = duckdb.connect(str(db))
    assert schema_version(con) == 0
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    con.close()
    assert tables == {"articles"}  # the failed migration left the file as it was


@pytest.mark.parametrize("table", sorted(TABLE_COLUMNS))
def test_migrations_match_the_arrow_columns(table: str) -> None:
    with open_store(":memory:") as store:
        con = store._con  # the schema itself is under test here
        described = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    assert described == [c.name for c in TABLE_COLUMNS[table]]
