"""Every filter on every record kind, as tables of (filters, expected ids in order)."""

from __future__ import annotations

import pytest

from tidings.store import DuckDBStore, FilterError, Filters

EVENT_CASES = [
    (Filters(), ["e1", "e2", "e3", "e4", "e5"]),  # by date, undated last; same day by offset
    (Filters(since="2022-02-21"), ["e2", "e3", "e4"]),
    (Filters(until="2022-02-20"), ["e1"]),
    (Filters(since="2022-02-21", until="2022-02-23"), ["e2"]),
    (Filters(actor="RUS"), ["e1", "e2", "e3", "e4"]),  # code prefix / country, source or target
    (Filters(actor="rusmil"), ["e3"]),  # code prefix, case-insensitive
    (Filters(actor="biden"), ["e2"]),  # name substring
    (Filters(actor="UKR"), ["e1", "e3", "e5"]),
    (Filters(actor="IGO"), ["e4"]),
    (Filters(actor="nobody"), []),
    (Filters(dyad="RUS:UKR"), ["e1", "e3"]),
    (Filters(dyad="rus:ukr"), ["e1", "e3"]),
    (Filters(dyad="RUS:*"), ["e1", "e3"]),
    (Filters(dyad="*:RUS"), ["e2", "e4"]),
    (Filters(dyad="UKR:*"), ["e5"]),  # "*" includes events without a target
    (Filters(dyad="IGOWST:RUS"), ["e4"]),  # an IGO side matches by code prefix
    (Filters(dyad="RUSMIL:UKR"), ["e3"]),
    (Filters(code="1"), ["e1", "e3", "e4"]),
    (Filters(code="11"), ["e1"]),
    (Filters(code="112"), ["e1"]),
    (Filters(code="02"), ["e5"]),
    (Filters(outlet="reuters"), ["e1", "e2"]),
    (Filters(outlet="TASS"), ["e1", "e2"]),  # cited outlet of the article
    (Filters(outlet="ukrinform"), ["e3", "e4"]),  # source_outlet of the article
    (Filters(modality="reported"), ["e2"]),
    (Filters(background=True), ["e4"]),
    (Filters(background=False), ["e1", "e2", "e3", "e5"]),
    (Filters(article_id="a3"), ["e5"]),
    (Filters(limit=2), ["e1", "e2"]),
    (Filters(limit=0), []),
    (Filters(actor="RUS", code="19"), ["e3"]),
    (Filters(actor="RUS", since="2022-02-24", modality="asserted"), ["e3"]),
]

ARTICLE_CASES = [
    (Filters(), ["a1", "a2", "a3"]),  # by publication date, undated last
    (Filters(since="2022-02-21"), ["a2"]),
    (Filters(until="2022-02-23"), ["a1"]),
    (Filters(actor="lavrov"), ["a1"]),  # a quote speaker, in no event
    (Filters(actor="zelenskyy"), ["a3"]),
    (Filters(actor="UKR"), ["a1", "a2", "a3"]),
    (Filters(dyad="RUS:UKR"), ["a1", "a2"]),
    (Filters(code="19"), ["a2"]),
    (Filters(modality="negated"), ["a3"]),
    (Filters(background=True), ["a2"]),
    (Filters(outlet="tass"), ["a1"]),
    (Filters(outlet="Kyiv"), ["a2"]),
    (Filters(article_id="a2"), ["a2"]),
    (Filters(actor="USA", code="19"), []),  # both must hold for the same event
    (Filters(limit=1), ["a1"]),
]

QUOTE_CASES = [
    (Filters(), ["q1", "q2", "q3"]),
    (Filters(since="2022-02-21"), ["q2"]),  # by the article's publication date
    (Filters(until="2022-02-20"), ["q1"]),
    (Filters(actor="RUS"), ["q1"]),
    (Filters(actor="zel"), ["q3"]),
    (Filters(outlet="ukrinform"), ["q2"]),
    (Filters(article_id="a1"), ["q1"]),
    (Filters(limit=2), ["q1", "q2"]),
]


@pytest.mark.parametrize(("filters", "expected"), EVENT_CASES)
def test_store_filters_events(
    filled_once: DuckDBStore, filters: Filters, expected: list[str]
) -> None:
    assert [e.id for e in filled_once.events(filters)] == expected


@pytest.mark.parametrize(("filters", "expected"), ARTICLE_CASES)
def test_store_filters_articles(
    filled_once: DuckDBStore, filters: Filters, expected: list[str]
) -> None:
    assert [a.id for a in filled_once.articles(filters)] == expected


@pytest.mark.parametrize(("filters", "expected"), QUOTE_CASES)
def test_store_filters_quotes(
    filled_once: DuckDBStore, filters: Filters, expected: list[str]
) -> None:
    assert [q.id for q in filled_once.quotes(filters)] == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (Filters(dyad="RUS:UKR"), "--dyad cannot filter quotes"),
        (Filters(code="19"), "--code cannot filter quotes"),
        (Filters(modality="negated", code="1"), "--code, --modality cannot filter quotes"),
    ],
)
def test_store_filters_refuse_event_filters_on_quotes(
    filled_once: DuckDBStore, filters: Filters, message: str
) -> None:
    with pytest.raises(FilterError, match=message):
        list(filled_once.quotes(filters))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"since": "2022-13-01"}, "--since '2022-13-01' is not a date"),
        ({"until": "24/02/2022"}, "--until '24/02/2022' is not a date"),
        ({"since": "20220224"}, "is not a date"),
        ({"dyad": "RUS"}, "must be SOURCE:TARGET"),
        ({"dyad": "RUS:UKR:BLR"}, "must be SOURCE:TARGET"),
        ({"limit": -1}, "must be zero or more"),
    ],
)
def test_store_filters_reject_malformed_values(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(FilterError, match=message):
        Filters(**kwargs)  # type: ignore[arg-type]


def test_store_filters_take_percent_and_underscore_literally(filled_once: DuckDBStore) -> None:
    # LIKE would read these as wildcards and match every actor.
    assert list(filled_once.events(Filters(actor="%"))) == []
    assert list(filled_once.events(Filters(actor="_"))) == []
