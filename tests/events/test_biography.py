"""Career history, personnel announcements and schedule lines code no events; news does.

The texts are written for these tests (no corpus or gold text); the careers are invented.
Every case holds at least one biographical or schedule sentence that codes an event when read
as news, so each test fails without the filter of ``tidings.events.biography``; the news
sentences beside them must keep exactly their events.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors
from tidings.events import code_events
from tidings.events.biography import career_sentences
from tidings.model import Article

pytestmark = pytest.mark.model
ON = date(2022, 2, 10)

# Career history told in one sentence: a career predicate, a personal subject and a career
# adjunct ("before joining"), with an inter-state act in its relative clause.
CAREER = (
    "Before joining the administration, Antony Blinken served as an adviser at the Pentagon, "
    "where he negotiated with the Iranian government."
)
# A schedule line: a clock time and a present-tense act.
SCHEDULE = "10:00 AM The President meets with the Prime Minister of Japan in the Oval Office."


def coded(nlp: Any, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, CAMEO) of every event of ``text`` read as one article."""
    doc = nlp(text)
    article = Article(id="t", source_id="t", published=ON.isoformat(), chars=len(text), text=text)
    index = index_actors(doc, dictionary=ActorDictionary.builtin(), on=ON)
    events = code_events(article, doc, index=index)
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


def _country(code: str | None) -> str | None:
    return None if code is None else code[:3]


def countries(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    """Like ``coded`` with actors cut to their country, stable across dictionary refinements."""
    return {(_country(s), _country(t), c) for s, t, c in coded(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        CAREER,
        SCHEDULE,
        # a list of nominations sent to the Senate: the predecessor "resigned" is no news
        "Jane Roe, of Ohio, to be Ambassador to the Republic of Estonia, vice John Doe, resigned.",
        # ... with a name suffix and an apposition before "to be"
        "Richard Poe, Jr., of Maine, a career member of the Senior Foreign Service, to be "
        "Ambassador to the Republic of Latvia, vice Ann Moe, resigned.",
        # a personnel release: the announcement in the lead makes the whole biography career
        # history, including the paragraph's sentence with no career word of its own
        "WASHINGTON - Today, President Biden announced his intent to nominate the following "
        "individual to serve as ambassador:\n\n"
        "Laura Finch, Nominee for Ambassador to the Republic of Ghana\n\n"
        "Laura Finch is a career member of the Senior Foreign Service. Most recently, she "
        "served as Deputy Chief of Mission at the US Embassy in Afghanistan. She arrived in "
        "Kabul shortly before the Taliban attacked the city.\n\n"
        "Finch earned a B.A. from Ohio State University.",
    ],
    ids=[
        "career-sentence",
        "schedule-line",
        "senate-nomination",
        "senate-nomination-apposition",
        "personnel-release",
    ],
)
def test_biography_codes_nothing(nlp: Any, text: str) -> None:
    assert coded(nlp, text) == set()


@pytest.mark.parametrize(
    ("news", "expected"),
    [
        # "previously" alone is no career: a country has none
        ("Russia previously invaded Crimea in 2014.", {("RUS", "UKR", "190")}),
        ("The President met Chancellor Scholz on Friday.", {("---", "DEU", "040")}),
        # a year adjunct without a career predicate
        ("Since 2019, Putin has met Erdogan eleven times.", {("RUS", "TUR", "040")}),
        # a career clause conjoined with a dated act of the day: the act is news
        (
            "Putin has served as president since 2000 and on Friday accused NATO of aggression.",
            {("RUS", "IGO", "1123")},
        ),
        # a past career in a relative clause: the root is the meeting
        (
            "The former US ambassador to Poland, who served in Warsaw from 2010 to 2013, met the "
            "Polish foreign minister on Monday.",
            {("USA", "POL", "040")},
        ),
        # a live blog's timed entry is in the past tense: news, not an agenda
        ("9:40 a.m. Russian forces shelled the city of Kharkiv.", {("RUS", "UKR", "194")}),
        # ... or a country's act in the present tense: a principal keeps a schedule, not a state
        ("10:00 AM Poland expels two Russian diplomats.", {("POL", "RUS", "166")}),
    ],
)
def test_biography_keeps_news_beside_career(
    nlp: Any, news: str, expected: set[tuple[str, str | None, str]]
) -> None:
    """The news sentence keeps its events; the career and schedule sentences of the same
    article lose theirs."""
    assert countries(nlp, f"{news} {CAREER}\n\n{SCHEDULE}") == expected


def test_biography_mention_of_nomination_is_no_personnel_release(nlp: Any) -> None:
    """A briefing that talks about a nomination late in its text is not a personnel release:
    only its own career sentence goes, and a paragraph beside it keeps its news."""
    lead = " ".join(f"The spokesperson took question number {n}." for n in range(6))
    text = (
        f"{lead}\n\n"
        "The President intends to nominate a judge by the end of the month.\n\n"
        f"{CAREER} Russian forces shelled Kharkiv on Monday."
    )
    assert countries(nlp, text) == {("RUS", "UKR", "194")}


def test_biography_flags_are_per_sentence(nlp: Any) -> None:
    doc = nlp(f"Russia previously invaded Crimea in 2014. {CAREER}")
    assert career_sentences(list(doc.sents)) == [False, True]
