"""House style holds for the package's own modules: each is kept under 400 lines, so a
growing rule set is split into modules by concern instead of growing one file."""

from __future__ import annotations

from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tidings"
LIMIT = 400


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_module_stays_under_the_line_limit(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= LIMIT, f"{path.relative_to(SRC)} has {lines} lines (limit {LIMIT})"
