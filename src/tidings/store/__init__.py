"""The store: DuckDB behind one interface; the only package in Tidings that speaks SQL.

``open_store(path)`` opens or creates a database file (``":memory:"`` for tests), applies the
pending schema migrations and returns a :class:`DuckDBStore`::

    with open_store("tidings.duckdb") as store:
        result = store.write(articles=articles, events=events, quotes=quotes, failures=failed)
        for event in store.events(Filters(dyad="RUS:UKR", code="19", since="2022-02-01")):
            ...

Ids are content hashes, so writes are idempotent upserts: writing the same records again adds
no rows, and ``WriteResult`` says how many were new.

Concurrency: one writer. DuckDB lets a single process open a file for writing and then locks
it, even against read-only openers in other processes. Ingest therefore owns the store while
it runs; queries, summaries and exports open it with ``read_only=True`` afterwards. Within one
process, writes are serialised and every read streams on its own cursor.
"""

from ..errors import StoreError
from .connect import open_store
from .duckdb_store import DuckDBStore
from .filters import FilterError, Filters
from .migrations import LATEST_VERSION, MIGRATIONS, Migration
from .records import FailureEntry, RunRecord, WriteResult

__all__ = [
    "LATEST_VERSION",
    "MIGRATIONS",
    "DuckDBStore",
    "FailureEntry",
    "FilterError",
    "Filters",
    "Migration",
    "RunRecord",
    "StoreError",
    "WriteResult",
    "open_store",
]
