"""PETRARCH verb patterns turned into lexicon entries and matched on the surface."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from events_support import FakeIndex, parse

from tidings.events import VerbLexicon, code_events
from tidings.events.petrarch_lexicon import surface_patterns
from tidings.model import Article
from tidings.petrarch.verbs import VerbForm, VerbPattern

P = "PROPN"
RESTORE = VerbForm(lemma="restore", head="restore")
RECEIVE = VerbForm(lemma="receive", head="receive", forms=("received",))
PATTERNS = [
    VerbPattern(block="RESTORE", verbs=(RESTORE,), code="050", tokens=("*",)),
    VerbPattern(
        block="RESTORE",
        verbs=(RESTORE,),
        code="064",
        tokens=("*", "DIPLOMATIC", "TIES"),
        post=("diplomatic", "ties"),
    ),
    VerbPattern(
        block="RESTORE", verbs=(RESTORE,), code=None, tokens=("*", "ORDER"), post=("order",)
    ),
    VerbPattern(
        block="RESTORE", verbs=(RESTORE,), code="345", tokens=("*", "CALM"), post=("calm",)
    ),
    VerbPattern(
        block="RECEIVE",
        verbs=(RECEIVE,),
        code="071",
        tokens=("*", "MONEY", "(FROM", "$)"),
        post=("money", "(from", "$)"),
    ),
]


def _restore(obj_words: list[tuple[str, str, str]]) -> list[Any]:
    # "Russia restored <obj words> with China"
    rows: list[Any] = [
        ("Russia", 1, "nsubj", P, "Russia", "NNP"),
        ("restored", 1, "ROOT", "VERB", "restore", "VBD"),
    ]
    head = 2 + len(obj_words) - 1
    for w, pos, lemma in obj_words[:-1]:
        rows.append((w, head, "amod", pos, lemma, "JJ"))
    w, pos, lemma = obj_words[-1]
    rows.append((w, 1, "dobj", pos, lemma, "NNS"))
    rows += [
        ("with", head, "prep", "ADP", "with", "IN"),
        ("China", head + 1, "pobj", P, "China", "NNP"),
    ]
    return rows


def test_petrarch_patterns_keep_only_cameo_codes() -> None:
    table = surface_patterns(PATTERNS, {})
    codes = {p.code for p in table["restore"]}
    assert codes == {"050", "064", None}  # the test code 345 is dropped; None blocks the verb
    assert {p.code for p in table["received"]} == {"071"}  # irregular forms are keys too


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        (
            [("full", "ADJ", "full"), ("diplomatic", "ADJ", "diplomatic"), ("ties", "NOUN", "tie")],
            {("RUS", "CHN", "064")},
        ),
        ([("relations", "NOUN", "relation")], {("RUS", "CHN", "050")}),  # the bare verb's code
        ([("order", "NOUN", "order")], set()),  # a "---" pattern codes nothing
    ],
)
def test_petrarch_patterns_code_sentences(
    build_doc: Callable[..., Any],
    obj: list[tuple[str, str, str]],
    expected: set[tuple[str, str, str]],
) -> None:
    lexicon = VerbLexicon.builtin().with_petrarch(PATTERNS, {})
    doc = parse(build_doc, _restore(obj))
    actors = {0: "RUS", len(doc) - 1: "CHN"}
    events = code_events(
        Article(id="a", source_id="t", text=doc.text),
        doc,
        index=FakeIndex(doc, actors),  # type: ignore[arg-type]
        lexicon=lexicon,
    )
    assert {
        (e.source.code, e.target.code if e.target else None, e.cameo) for e in events
    } == expected


def test_petrarch_patterns_source_marker_swaps_roles(build_doc: Callable[..., Any]) -> None:
    lexicon = VerbLexicon.builtin().with_petrarch(PATTERNS, {})
    doc = parse(
        build_doc,
        [
            ("Ukraine", 1, "nsubj", P, "Ukraine", "NNP"),
            ("received", 1, "ROOT", "VERB", "receive", "VBD"),
            ("money", 1, "dobj", "NOUN", "money", "NN"),
            ("from", 1, "prep", "ADP", "from", "IN"),
            ("Britain", 3, "pobj", P, "Britain", "NNP"),
        ],
    )
    events = code_events(
        Article(id="a", source_id="t", text=doc.text),
        doc,
        index=FakeIndex(doc, {0: "UKR", 4: "GBR"}),
        lexicon=lexicon,
    )  # type: ignore[arg-type]
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        ("GBR", "UKR", "071")
    ]
