"""Writes are idempotent upserts: same ids add nothing, and WriteResult counts only new rows."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_corpus import Corpus

from tidings.model import Failure
from tidings.store import DuckDBStore, StoreError, WriteResult, open_store


def test_store_write_reports_new_rows(store: DuckDBStore, corpus: Corpus) -> None:
    result = store.write(
        articles=corpus.articles,
        events=corpus.events,
        quotes=corpus.quotes,
        failures=corpus.failures,
    )
    assert result == WriteResult(new_articles=3, new_events=5, new_quotes=3, new_failures=2)
    assert store.counts() == {"articles": 3, "events": 5, "quotes": 3, "failures": 2, "runs": 0}


def test_store_write_twice_changes_nothing(filled: DuckDBStore, corpus: Corpus) -> None:
    before = filled.counts()
    again = filled.write(
        articles=corpus.articles,
        events=corpus.events,
        quotes=corpus.quotes,
        failures=corpus.failures,
    )
    assert again == WriteResult()
    assert filled.counts() == before
    assert list(filled.events()) == list(corpus.events)


def test_store_write_partly_new_counts_only_the_new(filled: DuckDBStore, corpus: Corpus) -> None:
    fresh = dataclasses.replace(corpus.events[0], id="e-new")
    result = filled.write(events=[*corpus.events, fresh])
    assert result == WriteResult(new_events=1)
    assert filled.counts()["events"] == 6


def test_store_write_keeps_first_of_duplicate_ids_in_one_batch(
    store: DuckDBStore, corpus: Corpus
) -> None:
    first = corpus.quotes[0]
    clash = dataclasses.replace(first, text="another text under the same id")
    assert store.write(quotes=[first, clash]) == WriteResult(new_quotes=1)
    assert list(store.quotes()) == [first]


def test_store_write_nothing_is_a_no_op(store: DuckDBStore) -> None:
    assert store.write() == WriteResult()
    assert store.write(articles=iter(())) == WriteResult()


def test_store_failures_keyed_by_source_and_reason(store: DuckDBStore) -> None:
    bad = Failure(source="a.bin", reason="binary file", stage="read")
    assert store.write(failures=[bad, bad]).new_failures == 1
    assert store.write(failures=[bad]).new_failures == 0
    other_reason = Failure(source="a.bin", reason="over the size limit")
    assert store.write(failures=[other_reason]).new_failures == 1
    entries = {e.reason: e for e in store.failures()}
    assert entries["binary file"].times_seen == 2  # a later run's sighting changes nothing
    assert entries["binary file"].to_failure() == bad
    assert store.counts()["failures"] == 2


def test_store_bad_record_rolls_back_the_whole_batch(store: DuckDBStore, corpus: Corpus) -> None:
    broken = dataclasses.replace(corpus.events[1], date="21 February 2022")
    with pytest.raises(StoreError, match=r"record e2: date '21 February 2022' is not an ISO date"):
        store.write(articles=corpus.articles, events=[corpus.events[0], broken])
    assert store.counts()["articles"] == 0
    assert store.counts()["events"] == 0


def test_store_read_only_refuses_writes(tmp_path: Path, corpus: Corpus) -> None:
    db = tmp_path / "t.duckdb"
    with open_store(db) as s:
        s.write(articles=corpus.articles)
    with open_store(db, read_only=True) as s:
        assert [a.id for a in s.articles()] == ["a1", "a2", "a3"]
        with pytest.raises(StoreError, match="read-only"):
            s.write(articles=corpus.articles)


def test_store_persists_across_reopen(tmp_path: Path, corpus: Corpus) -> None:
    db = tmp_path / "t.duckdb"
    with open_store(db) as s:
        s.write(articles=corpus.articles, events=corpus.events, quotes=corpus.quotes)
    with open_store(str(db)) as s:
        assert s.write(articles=corpus.articles, events=corpus.events).new_events == 0
        assert list(s.events()) == list(corpus.events)


def test_store_write_result_adds_up() -> None:
    total = WriteResult(new_articles=1, new_events=2) + WriteResult(new_events=3, new_failures=1)
    assert total == WriteResult(new_articles=1, new_events=5, new_quotes=0, new_failures=1)
    assert total.counts() == {"articles": 1, "events": 5, "quotes": 0, "failures": 1}


def test_store_closed_store_write_is_a_store_error(corpus: Corpus) -> None:
    store = open_store(":memory:")
    store.close()
    with pytest.raises(StoreError, match="cannot write to store :memory:"):
        store.write(articles=corpus.articles)
    with pytest.raises(StoreError, match="cannot read from store :memory:"):
        list(store.events())


def test_store_known_article_ids(filled: DuckDBStore) -> None:
    assert filled.known_article_ids(["a1", "a3", "zz", "a1"]) == {"a1", "a3"}
    assert filled.known_article_ids([]) == set()


def test_store_record_run_logs_in_utc(filled: DuckDBStore) -> None:
    kyiv = timezone(timedelta(hours=2))
    started = datetime(2022, 2, 24, 6, 0, tzinfo=kyiv)
    run = filled.record_run(
        started=started,
        finished=started + timedelta(minutes=3),
        inputs=4,
        articles=3,
        events=5,
        quotes=3,
        failed=1,
        coder="tidings-rules/1",
        written=WriteResult(new_articles=3, new_events=5, new_quotes=3),
    )
    assert run.started == datetime(2022, 2, 24, 4, 0)  # stored as naive UTC
    assert filled.runs() == [run]
    assert run.new_events == 5 and run.tidings_version


def test_store_threads_share_one_writer(store: DuckDBStore, corpus: Corpus) -> None:
    """Writes from several threads are serialised; reads on their own cursors run alongside."""
    import threading

    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            events = [dataclasses.replace(e, id=f"{e.id}-{n}") for e in corpus.events]
            assert store.write(events=events).new_events == len(events)
            assert len(list(store.events())) >= len(events)
        except BaseException as exc:  # a thread's exception would otherwise be lost
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.counts()["events"] == 6 * len(corpus.events)
