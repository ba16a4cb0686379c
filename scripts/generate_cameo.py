"""Generate src/tidings/data/cameo.json, the CAMEO fact table, from the shared reference files.

Reads GDELT's CAMEO code table with Goldstein values (311 codes) and Schrodt's
CAMEO->PLOVER conversion table, adds the CAMEO.2.0 codes GDELT lacks (``CAMEO2_EXTENSIONS``),
and writes one row per code: code, label, goldstein, root,
quad_class (GDELT convention), plover event type and plover mode. Run from the repository
root: ``python scripts/generate_cameo.py [--shared ../shared]``. The output is committed: it
is a fact table, and the package must not need ../shared at run time.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "tidings" / "data" / "cameo.json"

# GDELT's file mis-encodes the curly quotes of 044 ("Meet at a ÒhirdÓlocation").
LABEL_FIXES = {"044": "Meet at a 'third' location"}

# CAMEO2PLOVER has no rows for roots 01 (public statements: PLOVER has no such category) and
# 02 (appeals: PLOVER folds CAMEO appeals and demands into REQUEST). We follow the PLOVER
# manual: appeals become REQUEST; statements stay without a PLOVER type.
ROOT_PLOVER_DEFAULTS = {"01": None, "02": "REQUEST"}

# Codes CAMEO.2.0 (the PETRARCH/Phoenix verb dictionary) added after GDELT's table. Cyber
# attacks are routine news, and PLOVER gives them a mode of their own (COERCE, cyber); GDELT
# has no Goldstein value for the code, so it takes its root's "not specified" one (170).
CAMEO2_EXTENSIONS: dict[str, dict[str, object]] = {
    "176": {"label": "Attack cybernetically", "plover": "COERCE", "plover_mode": "cyber"},
}

_ROW = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#.*)?$")


def quad_class(root: str) -> int:
    """GDELT QuadClass: 01-05 verbal coop (1), 06-08 material coop (2), 09-13 verbal
    conflict (3), 14-20 material conflict (4)."""
    r = int(root)
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


def read_plover(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """CAMEO code -> (PLOVER event, PLOVER mode); the first row of a code wins."""
    table: dict[str, tuple[str | None, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line.strip())
        if not m:
            continue
        code, rest = m.group(1), m.group(2)
        parts = [p.strip() for p in rest.split(",")]
        event = parts[0] or None
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        table.setdefault(code, (event, mode))
    return table


def build(shared: Path) -> list[dict[str, object]]:
    codes = json.loads(
        (shared / "data/reference/cameo/cameo_codes_goldstein.json").read_text("utf-8")
    )
    plover = read_plover(shared / "data/reference/plover/CAMEO2PLOVER-2021.txt")
    rows: list[dict[str, object]] = []
    for c in codes:
        code = str(c["code"])
        root = code[:2]
        event, mode = None, None
        # Walk up 4-digit -> 3-digit -> root until the conversion table knows the code;
        # only the event type is inherited, a parent's mode is too specific to pass down.
        for k in (code, code[:3], root):
            if k in plover:
                event = plover[k][0]
                mode = plover[k][1] if k == code else None
                break
        else:
            event = ROOT_PLOVER_DEFAULTS.get(root)
        rows.append(
            {
                "code": code,
                "label": LABEL_FIXES.get(code, str(c["description"]).strip()),
                "goldstein": float(c["goldstein"]),
                "root": root,
                "quad_class": quad_class(root),
                "plover": event,
                "plover_mode": mode,
            }
        )
    goldstein = {str(r["code"]): r["goldstein"] for r in rows}
    for code, extra in CAMEO2_EXTENSIONS.items():
        root = code[:2]
        rows.append(
            {
                "code": code,
                "label": extra["label"],
                "goldstein": goldstein[root + "0"],
                "root": root,
                "quad_class": quad_class(root),
                "plover": extra["plover"],
                "plover_mode": extra["plover_mode"],
            }
        )
    rows.sort(key=lambda r: str(r["code"]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = build(args.shared)
    args.out.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} CAMEO codes to {args.out}")


if __name__ == "__main__":
    main()
