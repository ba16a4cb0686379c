"""Reading the shared corpora: Kremlin CSV rows and White House Markdown files.

Expected values are read from the files independently (csv module, PyYAML), not copied.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
import yaml

from tidings.model import Document
from tidings.read import ReadOptions, build_article, read_inputs

pytestmark = pytest.mark.shared
OPTIONS = ReadOptions()


def test_shared_kremlin_csv_rows(shared_dir: Path) -> None:
    path = shared_dir / "data/corpora/kremlin_zelenskyy_2021-10_2022-06/putin_kremlin_en.csv"
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as stream:
        expected = [row for _, row in zip(range(20), csv.DictReader(stream), strict=False)]
    docs = [d for _, d in zip(range(20), read_inputs([str(path)], options=OPTIONS), strict=False)]
    assert len(docs) == 20
    for n, (doc, row) in enumerate(zip(docs, expected, strict=True), start=1):
        assert isinstance(doc, Document), doc
        assert doc.source_id == f"{path}#{n}"
        assert doc.title == row["headline"]
        assert doc.url == row["link"]
        assert doc.published == row["date"][:10]
        assert doc.text == row["body"]  # body, not summary, is the text
        article = build_article(doc, options=OPTIONS)
        assert article.language == "en" and article.chars > 0
        assert article.outlet == "en.kremlin.ru"
        assert article.date_source == "metadata"


def test_shared_whitehouse_markdown(shared_dir: Path) -> None:
    folder = shared_dir / "data/corpora/whitehouse_2021-11_2022-03"
    paths = sorted(folder.rglob("*.md"))
    paths = [p for p in paths if p.name != "README.md"][:20]
    assert len(paths) == 20
    for path in paths:
        meta = yaml.safe_load(path.read_text("utf-8").split("---", 2)[1])
        (doc,) = read_inputs([str(path)], options=OPTIONS)
        assert isinstance(doc, Document), doc
        article = build_article(doc, options=OPTIONS)
        assert article.url == meta["source_url"]
        assert article.published == str(meta["date"])[:10]
        if "title" in meta:
            assert article.title == " ".join(meta["title"].split())
        assert article.outlet == "bidenwhitehouse.archives.gov"
        assert "---" not in article.text[:10] and "**" not in article.text
        assert article.chars > 100
