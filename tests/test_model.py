"""Records round-trip through dict and JSON unchanged."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.model import MODALITIES, Actor, Article, Event, Failure, Quote, record_from_dict

text = st.text(max_size=40)
opt_text = st.none() | text
actors = st.builds(
    Actor,
    text=text,
    name=text,
    code=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=9),
    country=opt_text,
    sector=opt_text,
    kind=st.sampled_from(["country", "igo", "person", "role"]),
    start=st.none() | st.integers(0, 10_000),
    end=st.none() | st.integers(0, 10_000),
)
articles = st.builds(
    Article,
    id=text,
    source_id=text,
    url=opt_text,
    title=opt_text,
    published=opt_text,
    cited_outlets=st.lists(text, max_size=3).map(tuple),
    chars=st.integers(0, 10**6),
    text=text,
)
events = st.builds(
    Event,
    id=text,
    article_id=text,
    date=opt_text,
    date_precision=st.sampled_from(["day", "publication"]),
    source=actors,
    target=st.none() | actors,
    cameo=text,
    cameo_root=text,
    quad_class=st.integers(1, 4),
    goldstein=st.floats(-10, 10, allow_nan=False),
    plover=opt_text,
    modality=st.sampled_from(MODALITIES),
    sentence=text,
)
quotes = st.builds(
    Quote,
    id=text,
    article_id=text,
    text=text,
    speaker=st.none() | actors,
    cue=opt_text,
    kind=st.sampled_from(["direct", "partial", "indirect"]),
    start=st.integers(0, 99),
    end=st.integers(0, 99),
    relayed_by=st.lists(text, max_size=3).map(tuple),
)


@given(st.one_of(actors, articles, events, quotes, st.builds(Failure, source=text, reason=text)))
def test_model_round_trip_through_json(record: object) -> None:
    data = json.loads(json.dumps(record.to_dict()))  # type: ignore[attr-defined]
    assert next(iter(data)) == "type"
    assert record_from_dict(data) == record


def test_model_article_without_text_keeps_contract_fields() -> None:
    d = Article(id="a", source_id="f.txt", text="body").to_dict(include_text=False)
    assert "text" not in d
    for key in (
        "type",
        "id",
        "source_id",
        "url",
        "title",
        "published",
        "outlet",
        "source_outlet",
        "cited_outlets",
        "language",
        "chars",
    ):
        assert key in d


def test_model_unknown_type_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown record type"):
        record_from_dict({"type": "nope"})


@given(st.text(max_size=40))
def test_model_failure_reason_is_always_one_line(reason: str) -> None:
    failure = Failure(source="in.csv", reason=reason)
    assert len(failure.message.splitlines()) <= 1
    assert Failure(source="in.csv", reason=failure.reason) == failure
