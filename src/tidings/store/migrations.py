"""Versioned schema migrations for the DuckDB store.

Each migration is an ordered ``(version, description, sql)`` entry, applied once and recorded
in ``schema_migrations``. A migration is never edited after release: a schema change is a new
entry at the end, so a database created by any earlier release upgrades by replaying the rest
(the sqlite-utils ``migrations`` idea, without the framework).

Column conventions, shared with :mod:`tidings.store.tables`:

- Primary keys are the records' content-hash ids, so ``INSERT OR IGNORE`` is an idempotent
  upsert: the same id always means the same content.
- Actors are flattened into ``source_*``, ``target_*`` and ``speaker_*`` columns rather than
  STRUCTs, so the Parquet export and plain SQL (``WHERE source_country = 'RUS'``) stay simple.
  An absent actor is a row whose ``<prefix>_text`` is NULL.
- ISO dates are ``DATE`` so analysts can ``date_trunc`` them; timestamps are naive UTC.
- ``quad_class`` follows GDELT's convention (01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4).
- ``start``, ``end`` and ``date`` are quoted because ``end`` is an SQL keyword and the others
  are type or function names; the record field names are kept so exports match the JSON contract.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Migration:
    """One schema step: applied in ``version`` order, each in its own transaction."""

    version: int
    description: str
    sql: str


def _actor_columns(prefix: str) -> str:
    """The flattened columns of one actor (see :class:`tidings.model.Actor`)."""
    return ",\n".join(
        f"    {prefix}_{name} {kind}"
        for name, kind in (
            ("text", "VARCHAR"),
            ("name", "VARCHAR"),
            ("code", "VARCHAR"),
            ("country", "VARCHAR"),
            ("sector", "VARCHAR"),
            ("kind", "VARCHAR"),
            ("start", "BIGINT"),
            ("end", "BIGINT"),
            ("via", "VARCHAR"),
        )
    )


# The SQL below is frozen once released. The helper only spares typing the actor columns
# three times; its output for version 1 must never change.
_V1_RECORDS = f"""
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    published DATE,
    outlet VARCHAR,
    source_outlet VARCHAR,
    cited_outlets VARCHAR[] NOT NULL,
    language VARCHAR NOT NULL,
    chars BIGINT NOT NULL,
    author VARCHAR,
    date_source VARCHAR,
    input_format VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    "date" DATE,
    date_precision VARCHAR NOT NULL,
{_actor_columns("source")},
{_actor_columns("target")},
    dyad VARCHAR,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover VARCHAR,
    plover_mode VARCHAR,
    modality VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    trigger VARCHAR NOT NULL,
    trigger_start BIGINT,
    trigger_end BIGINT,
    rule VARCHAR NOT NULL,
    coder VARCHAR NOT NULL
);
CREATE TABLE quotes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
{_actor_columns("speaker")},
    cue VARCHAR,
    kind VARCHAR NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    cue_start BIGINT,
    cue_end BIGINT,
    relayed_by VARCHAR[] NOT NULL,
    coder VARCHAR NOT NULL
);
-- A failure is keyed by what failed and why; seeing it again in a later run writes nothing,
-- so re-ingesting a bad file changes nothing. times_seen counts it within the recording batch.
CREATE TABLE failures (
    source VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    times_seen INTEGER NOT NULL,
    PRIMARY KEY (source, reason)
);
"""

_V2_RUNS = """
CREATE TABLE runs (
    id VARCHAR PRIMARY KEY,
    started TIMESTAMP NOT NULL,
    finished TIMESTAMP NOT NULL,
    inputs INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    events INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    new_articles INTEGER NOT NULL,
    new_events INTEGER NOT NULL,
    new_quotes INTEGER NOT NULL,
    tidings_version VARCHAR NOT NULL,
    coder VARCHAR NOT NULL
);
"""

# Events named in passing as context ("while Russia's war on Ukraine goes on"), not
# reported as news (tidings.events.mentions). Rows stored before it are read as news, which is
# what every event was taken for until then.
_V3_BACKGROUND = """
ALTER TABLE events ADD COLUMN background BOOLEAN DEFAULT false;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        version=1, description="record tables: articles, events, quotes, failures", sql=_V1_RECORDS
    ),
    Migration(version=2, description="ingest run log: runs", sql=_V2_RUNS),
    Migration(version=3, description="events: background mentions", sql=_V3_BACKGROUND),
)

LATEST_VERSION = MIGRATIONS[-1].version

_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied TIMESTAMP NOT NULL
)
"""


def utc_now() -> datetime:
    """Naive UTC now: the store's TIMESTAMP columns hold UTC without a zone."""
    return datetime.now(UTC).replace(tzinfo=None)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration, 0 for an empty database."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations'"
        " AND schema_name = 'main'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def pending_migrations(con: duckdb.DuckDBPyConnection) -> list[Migration]:
    """Migrations not yet applied to the database behind ``con``."""
    current = schema_version(con)
    return [m for m in MIGRATIONS if m.version > current]


def migrate(con: duckdb.DuckDBPyConnection, *, target: int | None = None) -> list[int]:
    """Apply every pending migration up to ``target`` (default: all); return the versions applied.

    Each migration and its ledger row commit together, so a crash leaves the database at a
    well-defined version rather than half-migrated.
    """
    applied: list[int] = []
    for m in pending_migrations(con):
        if target is not None and m.version > target:
            break
        con.execute("BEGIN TRANSACTION")
        try:
            # The ledger is created inside the transaction so that a database this schema
            # does not fit (another program's file) is left exactly as it was.
            con.execute(_LEDGER)
            con.execute(m.sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [m.version, m.description, utc_now()],
            )
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        log.info("store schema migrated to version %d: %s", m.version, m.description)
        applied.append(m.version)
    return applied
