"""Records to Arrow tables and store rows back to records.

Writes go through Arrow because DuckDB scans an Arrow table in bulk (10k-row batches insert in
milliseconds) while ``executemany`` manages a few hundred rows a second (see PERFORMANCE.md).
The column lists here must match the tables created in :mod:`tidings.store.migrations`; a test
compares them, so a migration that adds a column fails loudly until this module follows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pyarrow as pa

from ..errors import StoreError
from ..model import Actor, Article, Event, Quote

_STR = pa.string()
_INT = pa.int64()
_STRS = pa.list_(pa.string())

# The flattened actor columns, in table order: (field of Actor, Arrow type).
ACTOR_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("text", _STR),
    ("name", _STR),
    ("code", _STR),
    ("country", _STR),
    ("sector", _STR),
    ("kind", _STR),
    ("start", _INT),
    ("end", _INT),
    ("via", _STR),
)


@dataclass(frozen=True)
class Column:
    """One store column: its name, Arrow type and how to read its value off a record."""

    name: str
    type: pa.DataType
    get: Callable[[Any], Any]


def iso_date(value: str | None, *, record_id: str, field: str) -> date | None:
    """Parse an ISO ``YYYY-MM-DD`` date strictly, so what is stored reads back as the same text.

    ``date.fromisoformat`` alone would also take ``20220301`` and hand back ``2022-03-01``,
    which would break the exact round trip; such values are refused with the record named.
    """
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except (TypeError, ValueError):
        parsed = None
    if parsed is None or parsed.isoformat() != value:
        raise StoreError(
            f"record {record_id}: {field} {value!r} is not an ISO date (YYYY-MM-DD); "
            "fix the reader or date resolver that produced it"
        )
    return parsed


def dyad_of(event: Event) -> str | None:
    """``SOURCE:TARGET`` by country, or by actor code when an actor has no country (IGOs)."""
    if event.target is None:
        return None
    return f"{_side(event.source)}:{_side(event.target)}"


def _side(actor: Actor) -> str:
    return actor.country or actor.code


def _field(name: str) -> Callable[[Any], Any]:
    return lambda record: getattr(record, name)


def _actor_field(attr: str, name: str) -> Callable[[Any], Any]:
    def get(record: Any) -> Any:
        actor = getattr(record, attr)
        return None if actor is None else getattr(actor, name)

    return get


def _actor_columns(attr: str) -> list[Column]:
    return [Column(f"{attr}_{n}", t, _actor_field(attr, n)) for n, t in ACTOR_FIELDS]


def _plain(name: str, kind: pa.DataType = _STR) -> Column:
    return Column(name, kind, _field(name))


def _tuple(name: str) -> Column:
    return Column(name, _STRS, lambda r: list(getattr(r, name)))


def _date(name: str) -> Column:
    return Column(
        name, pa.date32(), lambda r: iso_date(getattr(r, name), record_id=r.id, field=name)
    )


ARTICLE_COLUMNS: tuple[Column, ...] = (
    _plain("id"),
    _plain("source_id"),
    _plain("url"),
    _plain("title"),
    _date("published"),
    _plain("outlet"),
    _plain("source_outlet"),
    _tuple("cited_outlets"),
    _plain("language"),
    _plain("chars", _INT),
    _plain("author"),
    _plain("date_source"),
    _plain("input_format"),
    _plain("story_id"),
    _plain("text"),
)

EVENT_COLUMNS: tuple[Column, ...] = (
    _plain("id"),
    _plain("article_id"),
    _date("date"),
    _plain("date_precision"),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("dyad", _STR, dyad_of),
    _plain("cameo"),
    _plain("cameo_root"),
    _plain("quad_class", pa.int32()),
    _plain("goldstein", pa.float64()),
    _plain("plover"),
    _plain("plover_mode"),
    _plain("modality"),
    _plain("sentence"),
    _plain("start", _INT),
    _plain("end", _INT),
    _plain("trigger"),
    _plain("trigger_start", _INT),
    _plain("trigger_end", _INT),
    _plain("rule"),
    _plain("coder"),
)

QUOTE_COLUMNS: tuple[Column, ...] = (
    _plain("id"),
    _plain("article_id"),
    _plain("text"),
    *_actor_columns("speaker"),
    _plain("cue"),
    _plain("kind"),
    _plain("start", _INT),
    _plain("end", _INT),
    _plain("cue_start", _INT),
    _plain("cue_end", _INT),
    _tuple("relayed_by"),
    _plain("coder"),
)

TABLE_COLUMNS: dict[str, tuple[Column, ...]] = {
    "articles": ARTICLE_COLUMNS,
    "events": EVENT_COLUMNS,
    "quotes": QUOTE_COLUMNS,
}


def column_list(columns: Sequence[Column], *, prefix: str = "") -> str:
    """Quoted, comma-separated column names for SQL (``end`` is a keyword)."""
    return ", ".join(f'{prefix}"{c.name}"' for c in columns)


def to_arrow(records: Sequence[Any], columns: Sequence[Column]) -> pa.Table:
    """Build an Arrow table column by column; a value of the wrong type is a StoreError."""
    arrays = []
    for c in columns:
        try:
            arrays.append(pa.array([c.get(r) for r in records], type=c.type))
        except (pa.ArrowException, UnicodeError, TypeError, ValueError) as exc:
            raise StoreError(f"cannot store column {c.name!r}: {exc}") from exc
    return pa.Table.from_arrays(arrays, names=[c.name for c in columns])


def _text_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def actor_from_row(row: dict[str, Any], prefix: str) -> Actor | None:
    """The actor flattened under ``prefix``; a NULL ``<prefix>_text`` means no actor."""
    if row[f"{prefix}_text"] is None:
        return None
    return Actor(**{name: row[f"{prefix}_{name}"] for name, _ in ACTOR_FIELDS})


def article_from_row(row: dict[str, Any]) -> Article:
    values = {c.name: row[c.name] for c in ARTICLE_COLUMNS}
    values["published"] = _text_date(values["published"])
    values["cited_outlets"] = tuple(values["cited_outlets"])
    return Article(**values)


def event_from_row(row: dict[str, Any]) -> Event:
    skip = {"dyad"} | {f"{p}_{n}" for p in ("source", "target") for n, _ in ACTOR_FIELDS}
    values = {c.name: row[c.name] for c in EVENT_COLUMNS if c.name not in skip}
    values["date"] = _text_date(values["date"])
    source = actor_from_row(row, "source")
    if source is None:  # the schema has no NOT NULL on flattened columns; say what is wrong
        raise StoreError(f"event {row['id']} has no source actor in the store")
    return Event(source=source, target=actor_from_row(row, "target"), **values)


def quote_from_row(row: dict[str, Any]) -> Quote:
    skip = {f"speaker_{n}" for n, _ in ACTOR_FIELDS}
    values = {c.name: row[c.name] for c in QUOTE_COLUMNS if c.name not in skip}
    values["relayed_by"] = tuple(values["relayed_by"])
    return Quote(speaker=actor_from_row(row, "speaker"), **values)
