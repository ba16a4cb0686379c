"""read_inputs on bad input: one clear one-line Failure per input, the batch goes on."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import tidings.read.files as files_module
from tidings.model import Document, Failure
from tidings.settings import DEFAULT_MAX_BYTES

UTF8_7, UTF8_20 = (f"not valid UTF-8 at byte {n} (save the file as UTF-8)" for n in (7, 20))
GOOD = "The minister said on Friday that the talks with the neighbours had failed.\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n  ", "empty file (only whitespace)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at offset 8)"),
        ("latin1.txt", "The café said.".encode("latin-1"), UTF8_7),
        ("latin1.md", b"---\ntitle: x\n---\nCaf\xe9", UTF8_20),
        ("latin1.csv", b"text\nCaf\xe9\n", "not valid UTF-8 at byte 8 (line 2; save"),
        ("binary.html", b"<html>\x00\x01\x02</html>", "binary file (NUL byte at offset 6)"),
        ("report.pdf", b"%PDF-1.4 ...", "unsupported file type"),
        ("header.csv", b"text,title\n", "CSV file has a header but no rows"),
        ("none.json", b"[]", "JSON file holds an empty list: no records"),
        ("scalar.json", b"42", "JSON file holds a number, not records"),
        ("broken.json", b'{"text": "a",', "not valid JSON: Expecting property name"),
        ("broken.html.gz", b"\x1f\x8b\x08\x00garbage", "not a valid gzip file"),
    ],
)
def test_files_bad_input_is_one_failure(tmp_path: Path, read_all, name: str, content: bytes,
                                        reason: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.source == str(f)
    assert fail.reason.startswith(reason)
    assert "\n" not in fail.reason


def test_files_missing_path(tmp_path: Path, read_all) -> None:
    (fail,) = read_all([tmp_path / "nope.txt"])
    assert isinstance(fail, Failure) and fail.reason == "no such file or directory"


def test_files_over_limit_is_skipped_unread(tmp_path: Path, read_all,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "big.txt"
    f.write_text(GOOD * 10, "utf-8")

    def refuse_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("an over-limit file must not be opened")

    monkeypatch.setattr(files_module, "open", refuse_open, raising=False)
    (fail,) = read_all([f], max_bytes=100)
    assert isinstance(fail, Failure)
    assert fail.source == str(f)
    assert fail.reason == ("file is 750 bytes, over the 100-byte limit "
                           "(raise it with --max-bytes); skipped")


def test_files_fifty_megabyte_file_with_default_limit(tmp_path: Path, read_all,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "huge.txt"
    with open(f, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: instant, no disk or memory used
    monkeypatch.setattr(files_module, "open", None, raising=False)  # any read would crash
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.reason.startswith(f"file is 52,428,800 bytes, over the {DEFAULT_MAX_BYTES:,}")


def test_files_stdin_over_limit(monkeypatch: pytest.MonkeyPatch, read_all) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 500)))
    (fail,) = read_all(["-"], max_bytes=100)
    assert isinstance(fail, Failure)
    assert fail.source == "<stdin>"
    assert "over the 100-byte limit" in fail.reason


def test_files_warc_payload_over_limit(tmp_path: Path, read_all, news_page: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "crawl.warc"
    with open(f, "wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://x.example/", "response", payload=io.BytesIO(news_page.encode()),
            http_headers=headers))
    (fail,) = read_all([f], max_bytes=500)
    assert isinstance(fail, Failure)
    assert fail.source == f"{f}#1" and "over the 500-byte limit" in fail.reason


def test_files_not_a_warc(tmp_path: Path, read_all) -> None:
    f = tmp_path / "fake.warc"
    f.write_bytes(b"this is not an archive at all\n")
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.reason == "not a WARC file (it does not start with a WARC/ or gzip header)"


def test_files_warc_without_html(tmp_path: Path, read_all) -> None:
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "requests.warc.gz"
    with open(f, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warc_record(
            "https://x.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    (fail,) = read_all([f])
    assert isinstance(fail, Failure) and fail.reason == "no HTML responses in the WARC file"


def test_files_utf16_with_bom_is_read(tmp_path: Path, read_all) -> None:
    f = tmp_path / "windows.txt"
    f.write_bytes(GOOD.encode("utf-16"))
    (doc,) = read_all([f])
    assert isinstance(doc, Document) and doc.text == GOOD


def test_files_batch_goes_on_after_bad_inputs(tmp_path: Path, read_all) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c_good.txt").write_text(GOOD, "utf-8")
    (tmp_path / "d_bad.jsonl").write_text('{"text": "fine"}\n{broken\n', "utf-8")
    (tmp_path / "e_latin1.txt").write_bytes("Café".encode("latin-1"))
    (tmp_path / "f_good.md").write_text(GOOD, "utf-8")
    items = read_all([tmp_path])
    assert [type(i).__name__ for i in items] == [
        "Failure", "Failure", "Document", "Document", "Failure", "Failure", "Document"]
    assert items[4].source == f"{tmp_path / 'd_bad.jsonl'}:2"


def test_files_unexpected_reader_error_becomes_failure(tmp_path: Path, read_all,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def exploding_reader(source: str, data: bytes, options: object):  # type: ignore[no-untyped-def]
        raise RuntimeError("reader bug\nsecond line")
        yield  # pragma: no cover

    monkeypatch.setitem(files_module._READERS, "text", exploding_reader)
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    (tmp_path / "b.md").write_text(GOOD, "utf-8")
    fail, doc = read_all([tmp_path])
    assert isinstance(fail, Failure) and fail.reason == "could not read: RuntimeError: reader bug"
    assert isinstance(doc, Document)


def test_files_record_files_are_streamed_past_the_file_limit(tmp_path: Path, read_all) -> None:
    # max_bytes limits one line of a record file, not the file: a large export still reads.
    line = json.dumps({"text": GOOD.strip()}) + "\n"
    f = tmp_path / "export.jsonl"
    f.write_text(line * 20 + json.dumps({"text": "x" * 300}) + "\n" + line, "utf-8")
    items = read_all([f], max_bytes=200)
    assert [type(i).__name__ for i in items] == ["Document"] * 20 + ["Failure", "Document"]
    assert items[20].source == f"{f}:21"
    assert items[20].reason == "line is over the 200-byte limit; skipped"  # type: ignore[union-attr]


def test_files_csv_bad_bytes_keep_earlier_rows(tmp_path: Path, read_all) -> None:
    f = tmp_path / "rows.csv"
    f.write_bytes(b"title,text\nOne,First row.\nTwo,Second row.\nThree,Caf\xe9 row.\nFour,x\n")
    items = read_all([f])
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Failure"]
    assert items[2].reason.startswith("not valid UTF-8 at byte 51 (line 4;")  # type: ignore[union-attr]
