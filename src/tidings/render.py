"""One streaming renderer for every read command: jsonl, json, csv and table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

FORMATS = ("jsonl", "json", "csv", "table")

# Columns shown by ``--format table`` per record type: the ones a person scans first. CSV and
# JSON carry every field.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "article": ("id", "published", "outlet", "title", "chars", "cited_outlets"),
    "event": (
        "date",
        "source.code",
        "target.code",
        "cameo",
        "goldstein",
        "modality",
        "background",
        "trigger",
        "sentence",
    ),
    "quote": ("speaker.name", "cue", "kind", "relayed_by", "text"),
    "failure": ("stage", "reason"),
}
CELL_WIDTH = 60


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested actor dicts become ``source.code`` style columns; lists become ``a; b``."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, prefix=f"{name}."))
        elif isinstance(value, list | tuple):
            out[name] = "; ".join(str(v) for v in value)
        else:
            out[name] = value
    return out


def render(rows: Iterable[Mapping[str, Any]], *, fmt: str, out: IO[str]) -> int:
    """Write ``rows`` (record dicts with ``type`` first) to ``out``; returns how many."""
    if fmt == "jsonl":
        n = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "json":
        items = list(rows)
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(items)
    if fmt == "csv":
        return _render_csv(rows, out)
    if fmt == "table":
        return _render_table(list(rows), out)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _render_csv(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        n += 1
        flat = flatten(row)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
    return n


def _render_table(rows: list[Mapping[str, Any]], out: IO[str]) -> int:
    if not rows:
        out.write("(no rows)\n")
        return 0
    flat = [flatten(r) for r in rows]
    columns = TABLE_COLUMNS.get(str(rows[0].get("type")), tuple(k for k in flat[0] if k != "type"))
    cells = [[_cell(r.get(c)) for c in columns] for r in flat]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    out.write(line.rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    return len(rows)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"
