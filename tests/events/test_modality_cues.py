"""Modality cues on hand-built parses: spelling variants and yes/no questions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from events_support import FakeIndex, parse

from tidings.events import code_events
from tidings.model import Article

P = "PROPN"


def _modalities(
    build_doc: Callable[..., Any], rows: list[Any], actors: dict[int, str] | None = None
) -> set[str]:
    doc = parse(build_doc, rows)
    article = Article(id="a1", source_id="test", published="2022-02-10", text=doc.text)
    index = FakeIndex(doc, actors or {0: "RUS", 3: "UKR"})
    events = code_events(article, doc, index=index)  # type: ignore[arg-type]
    return {e.modality for e in events}


@pytest.mark.parametrize(("aux", "expected"), [("’ll", "future"), ("'ll", "future")])
def test_contracted_will_is_future(build_doc: Callable[..., Any], aux: str, expected: str) -> None:
    rows = [
        ("Russia", 2, "nsubj", P, "Russia", "NNP"),
        (aux, 2, "aux", "AUX", "will", "MD"),
        ("attack", 2, "ROOT", "VERB", "attack", "VB"),
        ("Ukraine", 2, "dobj", P, "Ukraine", "NNP"),
    ]
    assert _modalities(build_doc, rows) == {expected}


def test_yes_no_question_is_not_asserted(build_doc: Callable[..., Any]) -> None:
    # "Did Russia attack Ukraine ?" (the question mark as its own token)
    rows = [
        ("Did", 2, "aux", "AUX", "do", "VBD"),
        ("Russia", 2, "nsubj", P, "Russia", "NNP"),
        ("attack", 2, "ROOT", "VERB", "attack", "VB"),
        ("Ukraine", 2, "dobj", P, "Ukraine", "NNP"),
        ("?", 2, "punct", "PUNCT", "?", "."),
    ]
    assert _modalities(build_doc, rows, {1: "RUS", 3: "UKR"}) == {"conditional"}


def test_verbless_question_is_not_asserted(build_doc: Callable[..., Any]) -> None:
    # "Russia 's attack on Ukraine ?" -- a question with no verb of its own asks whether the
    # event happened, as a yes/no question does
    rows = [
        ("Russia", 2, "poss", P, "Russia", "NNP"),
        ("'s", 0, "case", "PART", "'s", "POS"),
        ("attack", 2, "ROOT", "NOUN", "attack", "NN"),
        ("on", 2, "prep", "ADP", "on", "IN"),
        ("Ukraine", 3, "pobj", P, "Ukraine", "NNP"),
        ("?", 2, "punct", "PUNCT", "?", "."),
    ]
    assert _modalities(build_doc, rows, {0: "RUS", 4: "UKR"}) == {"conditional"}


def test_before_clause_hung_on_a_time_noun_is_future(build_doc: Callable[..., Any]) -> None:
    # "Oil rose the day before Russia attacks Ukraine": the parser may hang the "before" clause
    # on "day" as a relative clause; a present-tense clause after "before" is still to come
    rows = [
        ("Oil", 1, "nsubj", "NOUN", "oil", "NN"),
        ("rose", 1, "ROOT", "VERB", "rise", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("day", 1, "npadvmod", "NOUN", "day", "NN"),
        ("before", 6, "mark", "SCONJ", "before", "IN"),
        ("Russia", 6, "nsubj", P, "Russia", "NNP"),
        ("attacks", 3, "relcl", "VERB", "attack", "VBZ"),
        ("Ukraine", 6, "dobj", P, "Ukraine", "NNP"),
    ]
    assert _modalities(build_doc, rows, {5: "RUS", 7: "UKR"}) == {"future"}
