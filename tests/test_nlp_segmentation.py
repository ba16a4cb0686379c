"""Sentence starts at list entries, labelled and timed lines and headings (``mark_lines``).

Texts are invented in the style of government fact sheets and live blogs. Each case names the
lines that must start a sentence of their own and, where prose is at stake, the words that must
stay inside their sentence: a date in running prose, a date label after an open word, a clock
time in a hard-wrapped sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.events import code_sentence
from tidings.model import Actor

pytestmark = pytest.mark.model

ON = date(2022, 1, 10)

ENTRIES = (
    "December 3: Secretary Blinken's call with Lithuanian Foreign Minister Landsbergis",
    "December 6: Dutch Foreign Minister Hoekstra's meeting with Polish Foreign Minister Rau",
    "December 8: Secretary Blinken's call with French Foreign Minister Le Drian",
)
# The countries of each entry's two parties, in the order of ENTRIES.
ENTRY_COUNTRIES = ({"USA", "LTU"}, {"NLD", "POL"}, {"USA", "FRA"})


def _starts(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def _starts_with(sents: list[str], words: str) -> bool:
    return any(s.startswith(words) for s in sents)


def _inside(sents: list[str], words: str) -> bool:
    return any(words in s and not s.startswith(words) for s in sents)


# Entries separated by a blank line, a line break, the run of spaces some inputs keep for one,
# or only a space, where a reader joined wrapped entries into one paragraph.
@pytest.mark.parametrize("separator", ["\n\n", "\n", "  ", " "])
def test_nlp_segmentation_date_labels_start_entries(nlp: Any, separator: str) -> None:
    sents = _starts(nlp, "Engagements with Allies" + separator + separator.join(ENTRIES))
    for entry in ENTRIES:
        assert entry in sents


@pytest.mark.parametrize("separator", ["\n\n", "\n", "  ", " "])
def test_nlp_segmentation_events_pair_actors_within_one_entry(nlp: Any, separator: str) -> None:
    text = "Engagements with Allies" + separator + separator.join(ENTRIES)
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)

    def country(a: Actor | None) -> str | None:
        return None if a is None else a.country

    pairs = {(country(e.source), country(e.target)) for e in events if e.target is not None}
    for pair in pairs:
        assert any(set(pair) <= entry for entry in ENTRY_COUNTRIES), pair
    for entry in ENTRY_COUNTRIES:  # and every entry's own call or meeting is still coded
        assert any(set(pair) == entry for pair in pairs), entry


@pytest.mark.parametrize(
    ("text", "starts", "inside"),
    [
        # bullets and numbers at line start, kept with their entry (the parser would cut after them)
        (
            "Outcomes of the summit:\n- The Lithuanian president thanked the United States "
            "for its support\n- Dutch officials criticised Poland over the border fence",
            ["- The Lithuanian president", "- Dutch officials criticised"],
            [],
        ),
        (
            "The ministers agreed on three steps\n\u2022 Lithuania will host a NATO battalion\n"
            "\u2022 Poland will send engineers to the border",
            ["\u2022 Lithuania will host", "\u2022 Poland will send"],
            [],
        ),
        (
            "The ministers agreed on three steps\n1. Lithuania will host a NATO battalion\n"
            "2) Poland will send engineers\n(3) Latvia will buy air defence systems",
            ["1. Lithuania will host", "2) Poland will send", "(3) Latvia will buy"],
            [],
        ),
        # live-blog timestamps; a clock time continuing a hard-wrapped sentence stays inside
        (
            "Live updates\n\n9:40 a.m. The Lithuanian president called the American secretary "
            "of state\n10:15 GMT Dutch troops crossed the border at\n11:00 local time",
            ["10:15 GMT"],
            ["11:00 local time"],
        ),
        # a heading before its text; a wrapped short name line stays with its sentence
        (
            "Talks with Lithuania\n\nThe Lithuanian foreign minister spoke with Secretary "
            "Blinken and NATO Secretary General\n\nStoltenberg\n\non Friday.",
            ["The Lithuanian foreign minister"],
            ["Stoltenberg"],
        ),
        # a date in prose, with a comma or after an open word, is no label; after a name it is
        (
            "Background\n\nOn December 3, Russia said it would keep its troops in place until "
            "December 10: Ukraine rejected the demand.\n\nDecember 12: Secretary Blinken's call "
            "with Ukrainian Foreign Minister Kuleba December 14: Secretary Blinken's call with "
            "Polish Foreign Minister Rau",
            ["December 12: Secretary Blinken", "December 14: Secretary Blinken"],
            ["December 3, Russia", "December 10: Ukraine"],
        ),
        # a page's dateline on a line of its own ends before the text; a date ending a
        # hard-wrapped line of prose does not
        (
            "Friday, 14 January 2022 09:30\n\nLithuania expelled a Belarusian diplomat on "
            "January 10, 2022\nafter a border incident.",
            ["Lithuania expelled"],
            ["after a border incident"],
        ),
    ],
)
def test_nlp_segmentation_lines_start_sentences_and_prose_stays_whole(
    nlp: Any, text: str, starts: list[str], inside: list[str]
) -> None:
    sents = _starts(nlp, text)
    for words in starts:
        assert _starts_with(sents, words), (words, sents)
    for words in inside:
        assert _inside(sents, words), (words, sents)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Kyiv mayor: Russians shelled two districts overnight (12.05.22 08:10) « War in Syria"
         " | Example News", "War in Syria"),
        ("Poland hosts refugees from Ukraine » World | Example Post", "World"),
    ],
)
def test_nlp_segmentation_site_breadcrumb_is_its_own_sentence(
    nlp: Any, text: str, section: str
) -> None:
    headline = _starts(nlp, text)[0]
    assert section not in headline and "|" not in headline, headline


def test_nlp_segmentation_breadcrumb_section_codes_no_war(nlp: Any) -> None:
    """The section name "War in Ukraine" of a site is no war of the headline's actors."""
    text = "Losses of the enemy: Downed drones (03.10.22 06:40) « War in Syria | Newsroom.UA"
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    assert not any(e.cameo == "190" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The Lithuanian Foreign Minister has called on the Russian Federation to stop shelling"
        " the port of Odesa. \u2014 Newswire.",
        "The Lithuanian Foreign Minister has called on the Russian Federation to stop shelling"
        " the port of Odesa. - Daily Wire",
    ],
)
def test_nlp_segmentation_agency_credit_is_its_own_sentence(nlp: Any, text: str) -> None:
    """An agency's credit after the last sentence is no object of its verb: the call is on
    Russia, not on the agency."""
    assert "Wire" not in _starts(nlp, text)[0]
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    calls = {(e.source.code, e.target.code if e.target else None) for e in events}
    assert calls == {("LTUGOV", "RUS")}, events


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a hard-wrapped sentence goes on in the next line
        ("Minister Rau began rolling out the new visa rules for students and\n"
         "workers, and calling on\nretailers to follow suit.", [True, True]),
        # a line ending in terminal punctuation or a comma ends there
        ("The talks ended.\nRau left for Vilnius,\nwhere he met Landsbergis.", [False, False]),
        # a list entry and a label start a line of their own
        ("Among the steps the Polish cabinet agreed on at its weekly sitting were\n"
         "- new visa rules", [False]),
        ("Notes on the frontier row between the three Baltic capitals and Warsaw\n"
         "December 3: Secretary Blinken's call", [False]),
        # a short line before a capital is a heading over its text
        ("Poland closes border\nThe Polish government closed the crossing.", [False]),
    ],
)
def test_wrapped_lines_are_joined_before_tokenizing(text: str, joined: list[bool]) -> None:
    from tidings.nlp import unwrap_lines

    out = unwrap_lines(text)
    assert len(out) == len(text)  # every offset into the text holds
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    assert [out[i] == " " for i in breaks] == joined, out


def test_wrapped_line_break_leaves_the_clause_whole(nlp: Any) -> None:
    # the parser hung the break on "on" and read a particle: the appeal was lost
    events = code_sentence("Minister Rau began rolling out the new visa rules for workers "
                           "and calling on\nbusinesses in Lithuania to do likewise.",
                           nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    assert any(e.cameo.startswith("02") for e in events), [(e.cameo, e.source.code)
                                                            for e in events]
