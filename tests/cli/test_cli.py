"""The command line end to end, on the shipped samples and on bad inputs written here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from tidings.cli import main

pytestmark = pytest.mark.model

GOOD_TEXT = (
    "Russia and Ukraine trade accusations\n\n"
    "KYIV, Dec 14 (Tidings Wire) - Ukraine accused Russia on Monday of massing troops near its "
    'border. "We will defend our land," the Ukrainian Foreign Minister Dmytro Kuleba said.\n'
)
GERMAN = (
    "Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland angekündigt. Der "
    "Kanzler sagte, man werde die Ukraine weiter unterstützen und mit den Partnern in der "
    "Europäischen Union eng zusammenarbeiten, um die Lage zu beruhigen.\n"
)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [
            r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()
        ]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}  # type: ignore[index]
    finally:
        con.close()


@pytest.fixture()
def bad_dir(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "latin1.txt").write_bytes(
        "Caf\xe9 talks in Gen\xe8ve end without a deal.".encode("latin-1") * 20
    )
    with open(d / "huge.txt", "wb") as fh:  # 50 MB, sparse: the reader must refuse it unread
        fh.truncate(50 * 1024 * 1024)
    (d / "items.jsonl").write_text(
        json.dumps({"id": "a1", "text": GOOD_TEXT, "date": "2021-12-14"}) + "\n{broken json\n",
        encoding="utf-8",
    )
    (d / "german.txt").write_text(GERMAN, encoding="utf-8")
    return d


def test_cli_extract_prints_typed_jsonl(samples_dir: Path, tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(GOOD_TEXT, encoding="utf-8")
    code, out, _ = _run("extract", str(f), "--published", "2021-12-14")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["type"] == "article" and rows[0]["published"] == "2021-12-14"
    assert all(next(iter(r)) == "type" for r in rows)
    assert {"event", "quote"} <= {r["type"] for r in rows}


def test_cli_ingest_bad_inputs_are_reported_and_the_rest_stored(
    bad_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "t.duckdb"
    code, _, err = _run("ingest", str(bad_dir), "--db", str(db))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("tidings: ")]
    for name in ("empty.txt", "binary.txt", "latin1.txt", "huge.txt", "items.jsonl", "german.txt"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert any("items.jsonl" in line and ":2" in line for line in lines)
    assert _counts(db)["articles"] == 2  # good.txt and the good JSONL line


@pytest.fixture(scope="module")
def samples_db(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("samples") / "t.duckdb"
    code, _, err = _run("ingest", str(samples_dir), "--db", str(db))
    assert code == 0, err
    return db


def test_cli_ingest_twice_changes_nothing(samples_dir: Path, samples_db: Path) -> None:
    before = _counts(samples_db)
    code, _, err = _run("ingest", str(samples_dir), "--db", str(samples_db))
    assert code == 0
    assert _counts(samples_db) == before
    assert before["articles"] >= 12 and before["events"] > 0 and before["quotes"] > 0
    assert "nothing new" in err


def test_cli_ingest_with_workers_stores_the_same(
    samples_dir: Path, samples_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "w.duckdb"
    code, _, _ = _run("ingest", str(samples_dir), "--db", str(db), "--workers", "2")
    assert code == 0
    single, pooled = _counts(samples_db), _counts(db)
    assert {k: v for k, v in pooled.items() if k != "runs"} == {
        k: v for k, v in single.items() if k != "runs"
    }


def test_cli_query_commands_filter_and_format(samples_db: Path) -> None:
    db = samples_db
    code, out, _ = _run("events", "--db", str(db), "--dyad", "RUS:*", "--format", "jsonl")
    assert code == 0 and out
    for line in out.splitlines():
        source = json.loads(line)["source"]
        assert source["country"] == "RUS" or source["code"].startswith("RUS")
    code, out, _ = _run("quotes", "--db", str(db), "--format", "csv", "--limit", "3")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 3
    assert {"type", "id", "article_id", "text", "speaker.name", "cue"} <= set(rows[0])
    code, out, _ = _run("articles", "--db", str(db), "--format", "table")
    assert code == 0 and out.split()[0] == "id"
    code, out, _ = _run("summary", "--db", str(db), "--format", "json")
    assert code == 0 and json.loads(out)["articles"] == _counts(db)["articles"]


def test_cli_events_news_and_background_split_the_events(tmp_path: Path) -> None:
    f = tmp_path / "prices.txt"
    f.write_text(
        "Grain prices rise\n\nLONDON, March 9 (Tidings Wire) - Grain prices rose again on "
        "Wednesday as Russia's invasion of Ukraine dragged on. Japan imposed new sanctions on "
        "Russia on Tuesday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "t.duckdb"
    assert _run("ingest", str(f), "--db", str(db))[0] == 0
    split = {}
    for flag in ("--news", "--background"):
        code, out, _ = _run("events", "--db", str(db), flag, "--format", "jsonl")
        assert code == 0
        split[flag] = {
            json.loads(line)["cameo"]: json.loads(line)["background"] for line in out.splitlines()
        }
    assert split == {"--news": {"163": False}, "--background": {"190": True}}


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _run("ingest")[0] == 2
    assert _run("events", "--format", "xml")[0] == 2
    code, _, err = _run("events", "--db", str(tmp_path / "missing" / "x.duckdb"))
    assert code == 2 and "x.duckdb" in err


def test_cli_model_setting_is_honoured(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(GOOD_TEXT, encoding="utf-8")
    result = CliRunner(env={"TIDINGS_SPACY_MODEL": "no_such_model_xyz"}).invoke(
        main, ["extract", str(f)]
    )
    assert result.exit_code == 2
    assert "no_such_model_xyz" in result.stderr
