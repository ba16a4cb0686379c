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
from operator import attrgetter, itemgetter
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

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
    """One store column: its name, Arrow type, and how to pull it off a batch of records.

    ``values`` works on the whole batch (``attrgetter`` mapped in C rather than a Python
    call per cell), which is most of the cost of a write; ``is_date`` columns hold ISO text
    in the records and DATE in the store.
    """

    name: str
    type: pa.DataType
    values: Callable[[Sequence[Any]], list[Any]]
    is_date: bool = False


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


def _date_array(records: Sequence[Any], name: str) -> pa.Array:
    """ISO date strings to DATE, vectorised; the slow per-record check only names a culprit."""
    texts = pa.array(list(map(attrgetter(name), records)), type=_STR)
    try:
        dates = texts.cast(pa.date32())
        # Arrow's parser is strict already; the round-trip comparison makes sure of it.
        if pc.all(pc.equal(dates.cast(_STR), texts)).as_py() in (True, None):
            return dates
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    for r in records:
        iso_date(getattr(r, name), record_id=r.id, field=name)
    raise StoreError(f"column {name!r} holds a value that is not an ISO date")


def dyad_of(event: Event) -> str | None:
    """``SOURCE:TARGET`` by country, or by actor code when an actor has no country (IGOs)."""
    if event.target is None:
        return None
    return f"{_side(event.source)}:{_side(event.target)}"


def _side(actor: Actor) -> str:
    return actor.country or actor.code


def _actor_columns(attr: str) -> list[Column]:
    def values(name: str) -> Callable[[Sequence[Any]], list[Any]]:
        get = attrgetter(name)
        return lambda records: [
            None if a is None else get(a) for a in map(attrgetter(attr), records)
        ]

    return [Column(f"{attr}_{n}", t, values(n)) for n, t in ACTOR_FIELDS]


def _plain(name: str, kind: pa.DataType = _STR) -> Column:
    get = attrgetter(name)
    return Column(name, kind, lambda records: list(map(get, records)))


def _tuple(name: str) -> Column:
    get = attrgetter(name)
    return Column(name, _STRS, lambda records: [list(get(r)) for r in records])


def _date(name: str) -> Column:
    # values() is unused for dates: _date_array builds them; kept for a uniform interface.
    return Column(name, pa.date32(), lambda records: list(map(attrgetter(name), records)), True)


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
    Column("dyad", _STR, lambda records: list(map(dyad_of, records))),
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
    _plain("background", pa.bool_()),  # added by migration 3, so last in the table
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


def select_list(columns: Sequence[Column]) -> str:
    """Columns to SELECT for reading back: dates as ISO text, so no per-row conversion."""
    return ", ".join(
        f'CAST("{c.name}" AS VARCHAR) AS "{c.name}"' if c.is_date else f'"{c.name}"'
        for c in columns
    )


def to_arrow(records: Sequence[Any], columns: Sequence[Column]) -> pa.Table:
    """Build an Arrow table column by column; a value of the wrong type is a StoreError."""
    arrays = []
    for c in columns:
        try:
            if c.is_date:
                arrays.append(_date_array(records, c.name))
            else:
                arrays.append(pa.array(c.values(records), type=c.type))
        except (pa.ArrowException, UnicodeError, TypeError, ValueError) as exc:
            raise StoreError(f"cannot store column {c.name!r}: {exc}") from exc
    return pa.Table.from_arrays(arrays, names=[c.name for c in columns])


Row = tuple[Any, ...]


class RowReader:
    """Rebuilds records from result tuples in the column order of ``columns``.

    Positions are worked out once per table; each row then costs a few C-level
    ``itemgetter`` calls instead of dict comprehensions (reading is otherwise dominated by
    Python overhead, see bench/store_write.py).
    """

    def __init__(self, columns: Sequence[Column], *, actors: Sequence[str], tuples: Sequence[str]):
        names = [c.name for c in columns]
        actor_cols = {f"{a}_{n}" for a in actors for n, _ in ACTOR_FIELDS}
        plain = [n for n in names if n not in actor_cols and n != "dyad"]
        self._plain_names = tuple(plain)
        self._plain = itemgetter(*(names.index(n) for n in plain))
        self._actors = [
            (
                a,
                names.index(f"{a}_text"),
                itemgetter(*(names.index(f"{a}_{n}") for n, _ in ACTOR_FIELDS)),
            )
            for a in actors
        ]
        self._tuples = [(t, plain.index(t)) for t in tuples]

    def values(self, row: Row) -> dict[str, Any]:
        values = dict(zip(self._plain_names, self._plain(row), strict=True))
        for name, _ in self._tuples:
            values[name] = tuple(values[name])
        for attr, text_at, get in self._actors:
            values[attr] = (
                None
                if row[text_at] is None
                else Actor(**dict(zip(_ACTOR_NAMES, get(row), strict=True)))
            )
        return values


_ACTOR_NAMES = tuple(n for n, _ in ACTOR_FIELDS)
_ARTICLES = RowReader(ARTICLE_COLUMNS, actors=(), tuples=("cited_outlets",))
_EVENTS = RowReader(EVENT_COLUMNS, actors=("source", "target"), tuples=())
_QUOTES = RowReader(QUOTE_COLUMNS, actors=("speaker",), tuples=("relayed_by",))


def article_from_row(row: Row) -> Article:
    return Article(**_ARTICLES.values(row))


def event_from_row(row: Row) -> Event:
    values = _EVENTS.values(row)
    if values["source"] is None:  # flattened columns cannot be NOT NULL; say what is wrong
        raise StoreError(f"event {values['id']} has no source actor in the store")
    return Event(**values)


def quote_from_row(row: Row) -> Quote:
    return Quote(**_QUOTES.values(row))
