"""Opening a store: path checks, DuckDB errors turned into advice, schema migrations."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from ..errors import StoreError
from .duckdb_store import DuckDBStore
from .migrations import LATEST_VERSION, migrate, pending_migrations, schema_version

log = logging.getLogger(__name__)

MEMORY = ":memory:"


def open_store(path: str | Path, *, read_only: bool = False) -> DuckDBStore:
    """Open (creating and migrating as needed) the store at ``path``; ``":memory:"`` works too.

    Raises :class:`StoreError` with a message saying what to do when the directory is
    missing, the file is not a DuckDB database, another process holds the write lock, or the
    schema is newer than this Tidings or needs an upgrade that read-only mode cannot apply.
    """
    where = str(path)
    if where != MEMORY:
        where = str(_check_path(Path(path).expanduser(), read_only=read_only))
    elif read_only:
        raise StoreError("an in-memory store cannot be opened read-only: it would be empty")
    try:
        con = duckdb.connect(where, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(_explain_connect_error(where, exc)) from exc
    try:
        _bring_up_to_date(con, where, read_only=read_only)
    except BaseException:
        con.close()
        raise
    return DuckDBStore(con, path=where, read_only=read_only)


def _check_path(path: Path, *, read_only: bool) -> Path:
    if path.is_dir():
        raise StoreError(
            f"store path {path} is a directory; "
            f"give a database file such as {path / 'tidings.duckdb'}"
        )
    if not path.parent.is_dir():
        raise StoreError(
            f"cannot create store {path}: directory {path.parent} does not exist; create it first"
        )
    if read_only and not path.exists():
        raise StoreError(
            f"no store at {path}: run `tidings ingest` first or point --db at an existing file"
        )
    return path


def _explain_connect_error(where: str, exc: duckdb.Error) -> str:
    text = str(exc)
    if "not a valid DuckDB database" in text:
        return (
            f"{where} is not a DuckDB database (or was written by an incompatible DuckDB "
            "version); give another --db path or move the file away"
        )
    if "lock" in text.lower():
        return (
            f"{where} is open for writing in another process; wait for that ingest to finish "
            f"(DuckDB allows one writer and no readers meanwhile). DuckDB said: {text}"
        )
    return f"cannot open store {where}: {text}"


def _bring_up_to_date(con: duckdb.DuckDBPyConnection, where: str, *, read_only: bool) -> None:
    current = schema_version(con)
    if current > LATEST_VERSION:
        raise StoreError(
            f"{where} has schema version {current}, newer than this Tidings supports "
            f"({LATEST_VERSION}); upgrade tidings to read it"
        )
    if read_only and pending_migrations(con):
        raise StoreError(
            f"{where} is at schema version {current} and needs version {LATEST_VERSION}; "
            "open it once for writing (e.g. `tidings ingest`) to upgrade it"
        )
    if read_only:
        return
    try:
        applied = migrate(con)
    except duckdb.Error as exc:
        raise StoreError(
            f"cannot bring {where} to schema version {LATEST_VERSION}: {exc}; "
            "is it a database of another program?"
        ) from exc
    if applied and current:
        log.info("upgraded store %s from schema %d to %d", where, current, applied[-1])
