"""SELECT statements for reading records back, built from :class:`Filters`.

Each builder returns ``(sql, params)``; the store runs it and turns rows into records. The
ordering is fixed so output is reproducible: events and articles chronologically (undated
last), quotes in article and text order.
"""

from __future__ import annotations

from .filters import (
    Filters,
    Where,
    actor_match,
    event_conditions,
    outlet_condition,
    reject,
)
from .tables import ARTICLE_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, select_list

_EVENT_ONLY = {"dyad", "code", "modality", "background"}


def _limit(f: Filters, where: Where) -> str:
    if f.limit is None:
        return ""
    where.params.append(f.limit)
    return " LIMIT ?"


def _article_ids(clause: str, params: list[object], where: Where) -> None:
    """Restrict to rows whose ``article_id`` is among the articles matching ``clause``."""
    where.add(f"article_id IN (SELECT id FROM articles WHERE {clause})", *params)


def _published_between(f: Filters) -> tuple[str, list[object]] | None:
    sub = Where([], [])
    if f.since:
        sub.add("published >= ?::DATE", f.since)
    if f.until:
        sub.add("published <= ?::DATE", f.until)
    return (" AND ".join(sub.clauses), sub.params) if sub.clauses else None


def _outlet(f: Filters) -> tuple[str, list[object]] | None:
    if not f.outlet:
        return None
    sub = Where([], [])
    return outlet_condition(f.outlet, sub), sub.params


def select_articles(f: Filters) -> tuple[str, list[object]]:
    where = Where([], [])
    if dates := _published_between(f):
        where.add(dates[0], *dates[1])
    if outlet := _outlet(f):
        where.add(outlet[0], *outlet[1])
    if f.article_id:
        where.add("id = ?", f.article_id)
    if f.active() & _EVENT_ONLY:
        # "articles with an event where RUS used force": every event filter on the same event.
        sub = Where([], [])
        event_conditions(f, sub, dated=False)
        where.add(f"id IN (SELECT article_id FROM events{sub.sql()})", *sub.params)
    elif f.actor:
        events, quotes = Where([], []), Where([], [])
        event_conditions(f, events, dated=False)
        quotes.clauses.append(actor_match("speaker", f.actor, quotes))
        where.add(
            f"(id IN (SELECT article_id FROM events{events.sql()})"
            f" OR id IN (SELECT article_id FROM quotes{quotes.sql()}))",
            *events.params,
            *quotes.params,
        )
    order = " ORDER BY published NULLS LAST, id"
    sql = f"SELECT {select_list(ARTICLE_COLUMNS)} FROM articles{where.sql()}{order}"
    return sql + _limit(f, where), where.params


def select_events(f: Filters) -> tuple[str, list[object]]:
    where = Where([], [])
    event_conditions(f, where)
    if f.article_id:
        where.add("article_id = ?", f.article_id)
    if outlet := _outlet(f):
        _article_ids(*outlet, where)
    order = ' ORDER BY "date" NULLS LAST, article_id, "start", id'
    sql = f"SELECT {select_list(EVENT_COLUMNS)} FROM events{where.sql()}{order}"
    return sql + _limit(f, where), where.params


def select_quotes(f: Filters) -> tuple[str, list[object]]:
    reject(f, _EVENT_ONLY, records="quotes")
    where = Where([], [])
    if dates := _published_between(f):
        _article_ids(*dates, where)
    if f.actor:
        where.clauses.append(actor_match("speaker", f.actor, where))
    if f.article_id:
        where.add("article_id = ?", f.article_id)
    if outlet := _outlet(f):
        _article_ids(*outlet, where)
    order = ' ORDER BY article_id, "start", id'
    sql = f"SELECT {select_list(QUOTE_COLUMNS)} FROM quotes{where.sql()}{order}"
    return sql + _limit(f, where), where.params
