"""``summary()``: the counts and top lists behind ``tidings summary``."""

from __future__ import annotations

import dataclasses
import json

from store_corpus import EVENTS

from tidings.store import DuckDBStore


def test_store_summary_of_the_corpus(filled: DuckDBStore) -> None:
    s = filled.summary()
    assert {k: s[k] for k in ("articles", "articles_with_date", "articles_without_date")} == {
        "articles": 3,
        "articles_with_date": 2,
        "articles_without_date": 1,
    }
    assert s["syndicated_duplicates"] == 1 and s["syndicated_stories"] == 1  # a1/a2 share a story
    assert s["events"] == 5 and s["events_background"] == 1
    assert s["events_by_modality"] == {
        "asserted": 2,
        "conditional": 1,
        "negated": 1,
        "reported": 1,
    }
    assert s["events_by_quad_class"] == {1: 2, 3: 1, 4: 2}
    # Most frequent first, ties by name; an event without a target has no dyad.
    assert list(s["top_dyads"].items()) == [("RUS:UKR", 2), ("IGOWSTNAT:RUS", 1), ("USA:RUS", 1)]
    assert list(s["top_codes"]) == ["0211", "040", "112", "163", "190"]
    assert (s["quotes"], s["quotes_with_speaker"], s["quotes_without_speaker"]) == (3, 2, 1)
    assert s["failures"] == 2 and s["failures_by_stage"] == {"read": 2}
    assert s["runs"] == 0 and s["schema_version"] >= 3
    json.dumps(s)  # the CLI prints it as JSON


def test_store_summary_top_lists_stop_at_ten(store: DuckDBStore) -> None:
    base = EVENTS[0]
    many = [
        dataclasses.replace(base, id=f"x{i}", cameo=f"{i:03d}", cameo_root=f"{i:03d}"[:2])
        for i in range(15)
    ]
    many += [dataclasses.replace(base, id=f"y{i}", cameo="014") for i in range(5)]
    store.write(events=many)
    top = store.summary()["top_codes"]
    assert len(top) == 10
    assert next(iter(top.items())) == ("014", 6)


def test_store_summary_of_an_empty_store(store: DuckDBStore) -> None:
    s = store.summary()
    assert s["articles"] == 0 and s["events"] == 0 and s["top_dyads"] == {}
    assert s["syndicated_duplicates"] == 0
