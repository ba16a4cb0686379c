"""Fixtures for store tests: an in-memory store, empty or holding the corpus of store_corpus.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_corpus import ARTICLES, EVENTS, FAILURES, QUOTES, Corpus

from tidings.store import DuckDBStore, open_store


@pytest.fixture
def corpus() -> Corpus:
    return Corpus()


@pytest.fixture
def store() -> Iterator[DuckDBStore]:
    with open_store(":memory:") as s:
        yield s


@pytest.fixture
def filled(store: DuckDBStore, corpus: Corpus) -> DuckDBStore:
    store.write(
        articles=corpus.articles,
        events=corpus.events,
        quotes=corpus.quotes,
        failures=corpus.failures,
    )
    return store


@pytest.fixture(scope="module")
def filled_once() -> Iterator[DuckDBStore]:
    """The corpus stored once per module, for tests that only read."""
    with open_store(":memory:") as s:
        s.write(articles=ARTICLES, events=EVENTS, quotes=QUOTES, failures=FAILURES)
        yield s
