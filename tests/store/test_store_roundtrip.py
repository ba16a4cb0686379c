"""Property test: any records written to the store read back equal, and rewriting adds nothing."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.model import Actor, Article, Event, Quote
from tidings.store import WriteResult, open_store

# Default text() already excludes lone surrogates (they cannot be UTF-8 encoded, and no
# reader produces them); NUL, combining marks, emoji and right-to-left scripts all occur.
text = st.text(max_size=40)
maybe_text = st.none() | text
offset = st.integers(min_value=0, max_value=2**62)
maybe_offset = st.none() | offset
iso = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat)
maybe_iso = st.none() | iso
strings = st.lists(text, max_size=4).map(tuple)
ids = st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)

actors = st.builds(
    Actor,
    text=text,
    name=text,
    code=text,
    country=maybe_text,
    sector=maybe_text,
    kind=text,
    start=maybe_offset,
    end=maybe_offset,
    via=text,
)

articles = st.builds(
    Article,
    id=ids,
    source_id=text,
    url=maybe_text,
    title=maybe_text,
    published=maybe_iso,
    outlet=maybe_text,
    source_outlet=maybe_text,
    cited_outlets=strings,
    language=text,
    chars=offset,
    author=maybe_text,
    date_source=maybe_text,
    input_format=text,
    story_id=text,
    text=st.text(max_size=300),
)

events = st.builds(
    Event,
    id=ids,
    article_id=ids,
    date=maybe_iso,
    date_precision=text,
    source=actors,
    target=st.none() | actors,
    cameo=text,
    cameo_root=text,
    quad_class=st.integers(min_value=-(2**31), max_value=2**31 - 1),
    goldstein=st.floats(allow_nan=False),  # NaN would not equal itself, stored or not
    plover=maybe_text,
    plover_mode=maybe_text,
    modality=text,
    sentence=text,
    start=offset,
    end=offset,
    trigger=text,
    trigger_start=maybe_offset,
    trigger_end=maybe_offset,
    rule=text,
    coder=text,
)

quotes = st.builds(
    Quote,
    id=ids,
    article_id=ids,
    text=text,
    speaker=st.none() | actors,
    cue=maybe_text,
    kind=text,
    start=offset,
    end=offset,
    cue_start=maybe_offset,
    cue_end=maybe_offset,
    relayed_by=strings,
    coder=text,
)


def _by_id(records: list) -> dict:  # type: ignore[type-arg]
    return {r.id: r for r in records}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    arts=st.lists(articles, max_size=5, unique_by=lambda a: a.id),
    evs=st.lists(events, max_size=8, unique_by=lambda e: e.id),
    qts=st.lists(quotes, max_size=6, unique_by=lambda q: q.id),
)
def test_store_roundtrip_records(arts: list[Article], evs: list[Event], qts: list[Quote]) -> None:
    with open_store(":memory:") as store:
        first = store.write(articles=arts, events=evs, quotes=qts)
        assert first == WriteResult(
            new_articles=len(arts), new_events=len(evs), new_quotes=len(qts)
        )
        assert _by_id(list(store.articles())) == _by_id(arts)
        assert _by_id(list(store.events())) == _by_id(evs)
        assert _by_id(list(store.quotes())) == _by_id(qts)
        counts = store.counts()
        assert store.write(articles=arts, events=evs, quotes=qts) == WriteResult()
        assert store.counts() == counts
