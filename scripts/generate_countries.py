"""Generate src/tidings/data/countries.json from pycountry (ISO 3166-1).

Run by hand when pycountry updates: ``.venv/bin/python scripts/generate_countries.py``.
Only names that read naturally in news text are kept: pycountry's inverted forms ("Korea,
Republic of") and parenthesised ones are skipped; the hand-written actors_countries.yaml adds
short forms, demonyms and capitals on top.
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src" / "tidings" / "data" / "countries.json"


def _usable(name: str | None) -> bool:
    return bool(name) and "," not in name and "(" not in name  # type: ignore[operator]


def main() -> None:
    table: dict[str, dict[str, object]] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        forms = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
        names = [n for n in dict.fromkeys(forms) if _usable(n)]
        display = names[0] if names else country.alpha_3
        table[country.alpha_3] = {"name": display, "alpha2": country.alpha_2, "names": names}
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {len(table)} countries to {OUT}")


if __name__ == "__main__":
    main()
