"""What ``tidings summary`` shows: counts and top lists over the stored records."""

from __future__ import annotations

from typing import Any

import duckdb

TOP_N = 10


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _counted(con: duckdb.DuckDBPyConnection, sql: str) -> dict[Any, int]:
    return {key: int(n) for key, n in con.execute(sql).fetchall()}


def summarise(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """A JSON-ready dict; top lists are ``{key: count}`` in descending order of count."""
    articles = _scalar(con, "SELECT count(*) FROM articles")
    dated = _scalar(con, "SELECT count(published) FROM articles")
    quotes = _scalar(con, "SELECT count(*) FROM quotes")
    with_speaker = _scalar(con, "SELECT count(speaker_text) FROM quotes")
    return {
        "articles": articles,
        "articles_with_date": dated,
        "articles_without_date": articles - dated,
        # Syndicated copies share story_id (a hash of the normalised text): count the copies
        # beyond the first of each story, and how many stories were syndicated at all.
        "syndicated_duplicates": _scalar(
            con, "SELECT count(*) - count(DISTINCT story_id) FROM articles WHERE story_id <> ''"
        ),
        "syndicated_stories": _scalar(
            con,
            "SELECT count(*) FROM (SELECT story_id FROM articles WHERE story_id <> ''"
            " GROUP BY story_id HAVING count(*) > 1)",
        ),
        "events": _scalar(con, "SELECT count(*) FROM events"),
        # named in passing as context ("as Russia's invasion continues"), not news
        "events_background": _scalar(con, "SELECT count(*) FROM events WHERE background"),
        "events_by_modality": _counted(
            con, "SELECT modality, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1"
        ),
        # GDELT convention: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.
        "events_by_quad_class": _counted(
            con, "SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1"
        ),
        "top_dyads": _counted(
            con,
            "SELECT dyad, count(*) AS n FROM events WHERE dyad IS NOT NULL"
            f" GROUP BY 1 ORDER BY n DESC, 1 LIMIT {TOP_N}",
        ),
        "top_codes": _counted(
            con,
            f"SELECT cameo, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT {TOP_N}",
        ),
        "quotes": quotes,
        "quotes_with_speaker": with_speaker,
        "quotes_without_speaker": quotes - with_speaker,
        "failures": _scalar(con, "SELECT count(*) FROM failures"),
        "failures_by_stage": _counted(
            con, "SELECT stage, count(*) AS n FROM failures GROUP BY 1 ORDER BY n DESC, 1"
        ),
    }
