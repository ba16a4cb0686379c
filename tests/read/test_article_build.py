"""build_article: cleaning, ids, publication date, outlets and the English check."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.errors import InputError
from tidings.model import Document
from tidings.read import ReadOptions, build_article, canonical_url, clean_text

ENGLISH = (
    "The foreign minister of Freedonia on Friday rejected an offer of talks from its "
    "neighbour, saying that the proposal had come too late to ease the tensions along the "
    "border. Officials in the neighbouring country said they were disappointed by the "
    "decision and would consult their allies before they decided on the next steps."
)
GERMAN = (
    "Der Außenminister von Freedonia hat am Freitag ein Gesprächsangebot des Nachbarlandes "
    "abgelehnt. Der Vorschlag komme zu spät, um die Spannungen an der Grenze zu verringern, "
    "sagte er. Vertreter des Nachbarlandes zeigten sich enttäuscht und wollen sich nun mit "
    "ihren Verbündeten über die nächsten Schritte beraten."
)
FRENCH = (
    "Le ministre des Affaires étrangères de Freedonia a rejeté vendredi une offre de "
    "négociations de son voisin, estimant que la proposition arrivait trop tard pour apaiser "
    "les tensions à la frontière. Les responsables du pays voisin se sont dits déçus par "
    "cette décision et vont consulter leurs alliés avant de décider de la suite."
)
RUSSIAN = (
    "Министр иностранных дел Фридонии в пятницу отклонил предложение соседней страны о "
    "переговорах, заявив, что оно поступило слишком поздно, чтобы снизить напряжённость на "
    "границе. Представители соседней страны выразили разочарование этим решением."
)
OPTIONS = ReadOptions()
WITH_OPTION = ReadOptions(published=date(2021, 12, 5))  # --published 2021-12-05


def _doc(text: str = ENGLISH, **fields: object) -> Document:
    return Document(source_id=str(fields.pop("source_id", "story.txt")), text=text, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  One  two\tthree  ", "One two three"),
        ("First para.\r\n\r\nSecond para.", "First para.\n\nSecond para."),
        ("First para.\n \n\n\nSecond para.", "First para.\n\nSecond para."),
        ("No\u00a0break\u200bhere\ufeff.", "No breakhere."),
        # One paragraph per line when lines are long and not wrapped by a tool.
        ("A line that is long enough to be a whole paragraph of the story on its own here.\n"
         "Short.\n"
         "Another line long enough to be a paragraph of its own, longer than a wrap width of "
         "one hundred and twenty characters in total.",
         "A line that is long enough to be a whole paragraph of the story on its own here.\n\n"
         "Short.\n\n"
         "Another line long enough to be a paragraph of its own, longer than a wrap width of "
         "one hundred and twenty characters in total."),
        # Hard-wrapped lines are joined; the short last line ends the paragraph.
        ("By the authority vested in me as President by the Constitution and\n"
         "the laws of the United States, it is hereby ordered that the agency\n"
         "shall report.\n"
         "Section 2 begins here and runs long enough to wrap at the same width\n"
         "as before.",
         "By the authority vested in me as President by the Constitution and the laws of the "
         "United States, it is hereby ordered that the agency shall report.\n\n"
         "Section 2 begins here and runs long enough to wrap at the same width as before."),
        ("   \n\n  ", ""),
    ],
)
def test_article_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.ORG/World/Story/?utm_source=tw&utm_medium=x&id=7#comments",
         "https://news.example.org/World/Story?id=7"),
        ("https://news.example.org/world/story/", "https://news.example.org/world/story"),
        ("https://news.example.org/a?fbclid=abc", "https://news.example.org/a"),
        ("https://news.example.org/", "https://news.example.org"),
        (None, None),
        ("", None),
    ],
)
def test_article_canonical_url(url: str | None, expected: str | None) -> None:
    assert canonical_url(url) == expected


def test_article_ids_hash_canonical_url_and_text() -> None:
    plain = build_article(_doc(url="https://news.example.org/story"), options=OPTIONS)
    tracked = build_article(_doc(text=ENGLISH.replace(" ", "  "),
                                 url="https://NEWS.example.org/story/?utm_source=x#top"),
                            options=OPTIONS)
    syndicated = build_article(_doc(url="https://other.example.com/copy"), options=OPTIONS)
    assert plain.id == tracked.id  # same canonical URL and the same cleaned text
    assert plain.id != syndicated.id
    assert plain.story_id == syndicated.story_id  # syndicated copies share the story id
    assert plain.chars == len(plain.text) == len(ENGLISH)
    assert plain.language == "en"
    assert plain.url == "https://news.example.org/story"


@pytest.mark.parametrize(
    ("fields", "options", "text", "expected"),
    [
        ({"published": "2021-12-01", "date_source": "metadata"}, WITH_OPTION,
         f"Published: 2021-12-10\n\n{ENGLISH}", ("2021-12-01", "metadata")),
        ({}, WITH_OPTION, f"Published: 2021-12-10\n\n{ENGLISH}", ("2021-12-05", "option")),
        ({}, OPTIONS, f"Published: 2021-12-10\n\n{ENGLISH}", ("2021-12-10", "dateline")),
        ({}, OPTIONS, ENGLISH, (None, None)),
    ],
)
def test_article_publication_date_precedence(
    fields: dict[str, str], options: ReadOptions, text: str, expected: tuple[str | None, str | None]
) -> None:
    article = build_article(_doc(text, **fields), options=options)
    assert (article.published, article.date_source) == expected


def test_article_outlets() -> None:
    text = (f"MOSCOW, Dec 17 (Reuters) - {ENGLISH} The talks failed, as TASS reported. "
            "A diplomat told the Financial Times that the offer stood.")
    article = build_article(_doc(text, url="https://www.wire.example.com/a"), options=OPTIONS)
    assert article.source_outlet == "Reuters"
    assert article.cited_outlets == ("TASS", "Financial Times")
    assert article.outlet == "wire.example.com"  # no site name: the URL host
    named = build_article(_doc(text, url="https://www.wire.example.com/a", outlet="Wire"),
                          options=OPTIONS)
    assert named.outlet == "Wire"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GERMAN, "not English (looks like German)"),
        (FRENCH, "not English (looks like French)"),
        (RUSSIAN, "not English (looks like Cyrillic script)"),
        ("外交部发言人周五表示，双方将在下周举行会谈。", "not English (looks like CJK script)"),
        ("وقال وزير الخارجية يوم الجمعة إن المحادثات فشلت.",
         "not English (looks like Arabic script)"),
        ("12345 67890 ---- !!!", "no English text (no words found)"),
        ("Freedonia Sylvania Grand Fenwick Ruritania Kreplachistan Elbonia " * 8,
         "no English text (too few common English words)"),
    ],
)
def test_article_non_english_raises(text: str, problem: str) -> None:
    with pytest.raises(InputError) as err:
        build_article(_doc(text, source_id="foreign.txt"), options=OPTIONS)
    assert err.value.source == "foreign.txt"
    assert err.value.problem == problem
    assert str(err.value) == f"foreign.txt: {problem}"


@pytest.mark.parametrize(
    "text",
    [
        "Russia masses troops near Ukraine border",  # a short headline-like lede
        "Biden, Putin hold video call",
        # A headline-style lede: few function words, still English.
        "Following the university's decision to suspend the coach's season tickets, fellow "
        "NBA icon Kareem Abdul-Jabbar says untruthful Covid vaccine claims push a 'dumb jocks' "
        "stereotype for athletes.",
        "Article URL: https://www.example.com/a Comments URL: https://news.example.com/item",
        ENGLISH + " " + "Der Minister sagte: „Nein.“",  # English with a foreign quote
    ],
)
def test_article_short_or_mixed_english_passes(text: str) -> None:
    assert build_article(_doc(text), options=OPTIONS).language == "en"


def test_article_empty_after_cleaning_raises() -> None:
    with pytest.raises(InputError, match="no text after removing whitespace"):
        build_article(_doc(" \u200b\n\n\u00a0 "), options=OPTIONS)


def test_article_title_cleaned() -> None:
    article = build_article(_doc(title="  Minister\n rejects  talks "), options=OPTIONS)
    assert article.title == "Minister rejects talks"
