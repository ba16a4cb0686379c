"""read_inputs: every input format, with fixtures written here."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.model import Document, Failure

STORY = (
    "The foreign minister of Freedonia on Friday rejected an offer of talks from its "
    "neighbour, saying the proposal came too late."
)


def _docs(items: list[Document | Failure]) -> list[Document]:
    assert all(isinstance(i, Document) for i in items), items
    return [i for i in items if isinstance(i, Document)]


def test_files_plain_text_headline(tmp_path: Path, read_all) -> None:
    f = tmp_path / "story.txt"
    f.write_text(f"Freedonia rejects talks\n\n{STORY}\n\nSecond paragraph.\n", "utf-8")
    (doc,) = _docs(read_all([f]))
    assert doc.title == "Freedonia rejects talks"
    assert doc.text.startswith("The foreign minister")
    assert doc.source_id == str(f)
    assert doc.input_format == "text"


@pytest.mark.parametrize(
    "first_line",
    [
        # ends like a sentence
        "MOSCOW, Dec 17 (Reuters) - Russia said on Friday it would respond.",
        "A" * 250,  # too long to be a headline
    ],
)
def test_files_plain_text_without_headline(tmp_path: Path, read_all, first_line: str) -> None:
    f = tmp_path / "story.txt"
    f.write_text(f"{first_line}\n\n{STORY}\n", "utf-8")
    (doc,) = _docs(read_all([f]))
    assert doc.title is None
    assert doc.text.startswith(first_line)


def test_files_markdown_front_matter(tmp_path: Path, read_all) -> None:
    f = tmp_path / "readout.md"
    f.write_text(
        "---\n"
        "title: \"Readout of the Minister's Call\"\n"
        "date: '2021-12-07'\n"
        "source_url: https://gov.example.org/briefing/readout-call/\n"
        "author: Press Office\n"
        "outlet: Example Government\n"
        "---\n\n"
        "## Summary\n\n"
        f"**The minister** spoke with [his counterpart](https://x.example/a) today. {STORY}\n\n"
        "![a photo](photo.jpg)\n\n"
        "**\\###**\n",
        "utf-8",
    )
    (doc,) = _docs(read_all([f]))
    assert doc.title == "Readout of the Minister's Call"
    assert doc.published == "2021-12-07"
    assert doc.date_source == "metadata"
    assert doc.url == "https://gov.example.org/briefing/readout-call/"
    assert doc.author == "Press Office"
    assert doc.outlet == "Example Government"
    assert "The minister spoke with his counterpart today." in doc.text
    for markup in ("**", "](", "##", "###", "photo.jpg"):
        assert markup not in doc.text


def test_files_markdown_heading_title_without_front_matter(tmp_path: Path, read_all) -> None:
    f = tmp_path / "note.markdown"
    f.write_text(f"# Freedonia rejects talks\n\n{STORY}\n", "utf-8")
    (doc,) = _docs(read_all([f]))
    assert doc.title == "Freedonia rejects talks"
    assert doc.text.strip() == STORY


def test_files_markdown_broken_front_matter_is_a_failure(tmp_path: Path, read_all) -> None:
    f = tmp_path / "bad.md"
    f.write_text("---\ntitle: [unclosed\n---\n\nBody text.\n", "utf-8")
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.source == str(f)
    assert "front matter is not valid YAML" in fail.reason


def test_files_html_main_text_and_metadata(tmp_path: Path, read_all, news_page: str) -> None:
    f = tmp_path / "page.html"
    f.write_text(news_page, "utf-8")
    (doc,) = _docs(read_all([f]))
    assert doc.title == "Minister rejects talks offer"
    assert doc.published == "2021-12-17"
    assert doc.author == "Jane Roe"
    assert doc.outlet == "Harbour Times"
    assert doc.url == "https://news.example.org/world/minister-rejects-talks"
    assert doc.text.startswith("The foreign minister of Freedonia on Friday rejected")
    assert "We will not negotiate under pressure" in doc.text
    assert doc.text.count("\n\n") == 2  # three paragraphs
    for boilerplate in ("Related Posts", "Storm floods", "Share on Facebook", "Tweet this",
                        "Leave a Reply", "Post Comment", "Brilliant reporting", "Copyright",
                        "Home", "Sport"):
        assert boilerplate not in doc.text, boilerplate


def test_files_html_without_article_is_a_failure(tmp_path: Path, read_all) -> None:
    f = tmp_path / "empty-page.htm"
    f.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script>"
                 "<div> </div></body></html>", "utf-8")
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.reason == "no article text found in HTML"


def test_files_html_declared_charset(tmp_path: Path, read_all, news_page: str) -> None:
    page = news_page.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "neighbour,", "neighbour’s,")
    f = tmp_path / "legacy.html"
    f.write_bytes(page.encode("windows-1252"))
    (doc,) = _docs(read_all([f]))
    assert "neighbour’s" in doc.text


def test_files_jsonl_broken_line(tmp_path: Path, read_all) -> None:
    f = tmp_path / "items.jsonl"
    f.write_text(
        json.dumps({"id": "a1", "headline": "First", "body": STORY, "date": "2021-12-17"}) + "\n"
        + '{"id": "a2", "body": "unterminated\n'
        + "\n"
        + json.dumps({"text": STORY, "link": "https://x.example/3"}) + "\n"
        + json.dumps(["not", "an", "object"]) + "\n",
        "utf-8",
    )
    items = read_all([f])
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document", "Failure"]
    first, broken, third, listed = items
    assert isinstance(first, Document) and isinstance(third, Document)
    assert (first.source_id, first.title, first.published) == ("a1", "First", "2021-12-17")
    assert broken.source == f"{f}:2" and broken.reason.startswith("broken JSON line")
    assert third.source_id == f"{f}#4" and third.url == "https://x.example/3"
    assert listed.source == f"{f}:5" and "not an object" in listed.reason


def test_files_jsonl_html_text_is_reduced_to_text(tmp_path: Path, read_all) -> None:
    f = tmp_path / "feed-export.jsonl"
    f.write_text(json.dumps({"description": "<p>Talks <b>failed</b>.</p><p>Troops stay.</p>"})
                 + "\n", "utf-8")
    (doc,) = _docs(read_all([f]))
    assert doc.text == "Talks failed.\n\nTroops stay.\n\n"


def test_files_jsonl_record_without_text(tmp_path: Path, read_all) -> None:
    f = tmp_path / "items.ndjson"
    f.write_text(json.dumps({"title": "Only a title"}) + "\n", "utf-8")
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.source == f"{f}#1"
    assert "no text" in fail.reason and "--text-field" in fail.reason


def test_files_json_list_and_wrapped(tmp_path: Path, read_all) -> None:
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"content": STORY, "guid": "g-1"}, {"content": STORY}]), "utf-8")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"summary": STORY}]}), "utf-8")
    single = tmp_path / "single.json"
    single.write_text(json.dumps({"text": STORY, "title": "One"}), "utf-8")
    docs = _docs(read_all([listed, wrapped, single]))
    assert [d.source_id for d in docs] == ["g-1", f"{listed}#2", f"{wrapped}#1", str(single)]


KREMLIN_LIKE_CSV = (
    "link,headline,date,location,summary,body\n"
    "http://gov.example.ru/news/1,Telephone conversation with the President of Freedonia,"
    "2021-12-17T15:00:00Z,Moscow,\"The leaders discussed the border.\","
    "\"The two presidents discussed the situation on the border, at length.\"\n"
    "http://gov.example.ru/news/2,Meeting with the Security Council,2021-12-16T10:00:00Z,"
    "The Kremlin,A short summary.,\"The President held a meeting, by videoconference.\"\n"
)


def test_files_csv_kremlin_columns_by_default(tmp_path: Path, read_all) -> None:
    f = tmp_path / "kremlin.csv"
    f.write_text(KREMLIN_LIKE_CSV, "utf-8")
    first, second = _docs(read_all([f]))
    assert first.title == "Telephone conversation with the President of Freedonia"
    assert first.text == "The two presidents discussed the situation on the border, at length."
    assert first.url == "http://gov.example.ru/news/1"
    assert first.published == "2021-12-17"
    assert first.source_id == f"{f}#1"
    assert second.source_id == f"{f}#2" and second.published == "2021-12-16"


def test_files_csv_field_options(tmp_path: Path, read_all) -> None:
    f = tmp_path / "kremlin.csv"
    f.write_text(KREMLIN_LIKE_CSV, "utf-8")
    first, _ = _docs(read_all([f], text_field="summary", title_field="location"))
    assert first.text == "The leaders discussed the border."
    assert first.title == "Moscow"


def test_files_csv_without_text_column(tmp_path: Path, read_all) -> None:
    f = tmp_path / "numbers.csv"
    f.write_text("a,b\n1,2\n", "utf-8")
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.reason.startswith("no text column") and "a, b" in fail.reason


def test_files_csv_header_with_quoted_line_break_reported_on_one_line(
        tmp_path: Path, read_all) -> None:
    # A quoted header name may hold a line break; the report shows it escaped.
    f = tmp_path / "broken.csv"
    f.write_bytes(b'"head\nline",other\r\n1,2\n')
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert fail.reason.startswith("no text column")
    assert len(fail.message.splitlines()) == 1
    assert "head\\nline, other" in fail.reason


def test_files_tsv(tmp_path: Path, read_all) -> None:
    f = tmp_path / "items.tsv"
    f.write_text(f"title\ttext\turl\nTabbed\t{STORY}\thttps://x.example/t\n", "utf-8")
    (doc,) = _docs(read_all([f]))
    assert (doc.title, doc.text, doc.url) == ("Tabbed", STORY, "https://x.example/t")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Times World</title>
<link>https://news.example.org</link><description>World news</description>
<item><title>Minister rejects talks</title><link>https://news.example.org/a</link>
<guid isPermaLink="false">ht-2021-0001</guid>
<pubDate>Fri, 17 Dec 2021 09:30:00 GMT</pubDate>
<description>&lt;p&gt;The minister rejected talks.&lt;/p&gt;
&lt;p&gt;Troops stay.&lt;/p&gt;</description>
</item>
<item><title>Second item</title><link>https://news.example.org/b</link>
<description>Neighbours consult their allies.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title>
<id>urn:example:coast</id><updated>2021-12-17T10:00:00Z</updated>
<entry><title>Border talks stall</title><id>urn:example:coast:42</id>
<link href="https://coast.example.net/42"/><published>2021-12-16T08:00:00Z</published>
<updated>2021-12-17T08:00:00Z</updated><author><name>Sam Poe</name></author>
<content type="html">&lt;p&gt;Talks on the border stalled on Thursday.&lt;/p&gt;</content>
</entry></feed>
"""


def test_files_rss(tmp_path: Path, read_all) -> None:
    f = tmp_path / "world.rss"
    f.write_text(RSS, "utf-8")
    first, second = _docs(read_all([f]))
    assert first.source_id == "ht-2021-0001"
    assert (first.title, first.url, first.published) == (
        "Minister rejects talks", "https://news.example.org/a", "2021-12-17")
    assert first.outlet == "Harbour Times World"
    assert first.text.split() == ["The", "minister", "rejected", "talks.", "Troops", "stay."]
    assert "\n\n" in first.text
    # No guid: the item is named by its number in the file.
    assert second.source_id == f"{f}#2"
    assert second.published is None


def test_files_atom(tmp_path: Path, read_all) -> None:
    f = tmp_path / "coast.atom"
    f.write_text(ATOM, "utf-8")
    (doc,) = _docs(read_all([f]))
    assert doc.source_id == "urn:example:coast:42"
    assert (doc.title, doc.url, doc.published, doc.author, doc.outlet) == (
        "Border talks stall", "https://coast.example.net/42", "2021-12-16", "Sam Poe",
        "Coast Wire")
    assert doc.text.strip() == "Talks on the border stalled on Thursday."


def test_files_feed_without_entries(tmp_path: Path, read_all) -> None:
    f = tmp_path / "not-a-feed.xml"
    f.write_text("<?xml version='1.0'?><catalogue><book>x</book></catalogue>", "utf-8")
    (fail,) = read_all([f])
    assert isinstance(fail, Failure)
    assert "feed" in fail.reason


def _write_warc(stream: io.BufferedIOBase, page: str, *, gzip_records: bool) -> None:
    writer = WARCWriter(stream, gzip=gzip_records)
    html_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example.org/world/minister-rejects-talks", "response",
        payload=io.BytesIO(page.encode("utf-8")), http_headers=html_headers))
    png_headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example.org/logo.png", "response",
        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"), http_headers=png_headers))
    writer.write_record(writer.create_warc_record(
        "https://news.example.org/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.mark.parametrize(("name", "gzip_records"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_files_warc(tmp_path: Path, read_all, news_page: str, name: str,
                    gzip_records: bool) -> None:
    f = tmp_path / name
    with open(f, "wb") as stream:
        _write_warc(stream, news_page, gzip_records=gzip_records)
    (doc,) = _docs(read_all([f]))  # the PNG response and the request are skipped
    assert doc.source_id.startswith("<urn:uuid:")
    assert doc.title == "Minister rejects talks offer"
    assert doc.url == "https://news.example.org/world/minister-rejects-talks"
    assert "Related Posts" not in doc.text and "We will not negotiate" in doc.text


def test_files_gzipped_html(tmp_path: Path, read_all, news_page: str) -> None:
    f = tmp_path / "page.html.gz"
    f.write_bytes(gzip.compress(news_page.encode("utf-8")))
    (doc,) = _docs(read_all([f]))
    assert doc.title == "Minister rejects talks offer"


def test_files_directory_recursive_sorted_skips_hidden(tmp_path: Path, read_all) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY, "utf-8")
    (tmp_path / "a.md").write_text(STORY, "utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, "utf-8")
    (tmp_path / ".git" / "x.txt").write_text(STORY, "utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "README.md").write_text("About this corpus.", "utf-8")
    (tmp_path / "LICENSE.txt").write_text("Licence terms.", "utf-8")
    docs = _docs(read_all([tmp_path]))
    assert [d.source_id for d in docs] == [str(tmp_path / "a.md"), str(tmp_path / "b" / "two.txt")]


def test_files_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, read_all, news_page: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(news_page.encode("utf-8"))))
    (doc,) = _docs(read_all(["-"]))
    assert doc.source_id == "<stdin>"
    assert doc.input_format == "html"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ('[{"text": "a"}]', "json"),
        ("---\ntitle: x\n---\nBody", "markdown"),
        ("<rss version='2.0'><channel></channel></rss>", "feed"),
        ("<!DOCTYPE html><html></html>", "html"),
        ("Just words.", "text"),
    ],
)
def test_files_sniff_format(content: str, expected: str) -> None:
    from tidings.read import sniff_format

    assert sniff_format(content.encode("utf-8")) == expected


def test_files_format_option_overrides_extension(tmp_path: Path, read_all) -> None:
    f = tmp_path / "story.dat"
    f.write_text(STORY, "utf-8")
    assert isinstance(read_all([f])[0], Failure)  # unknown extension
    (doc,) = _docs(read_all([f], format="text"))
    assert doc.text == STORY
