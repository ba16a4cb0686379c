"""PETRARCH's own validation dictionaries drive the coder (sentences written for this test)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.events import VerbLexicon, code_sentence
from tidings.petrarch import load_dictionaries

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def toy(shared_dir: Path) -> tuple[ActorDictionary, VerbLexicon]:
    petr = load_dictionaries(shared_dir / "data/eval/petrarch_unit")
    dictionary = ActorDictionary.builtin().extended(petr.actor_entries())
    return dictionary, VerbLexicon.builtin().with_petrarch(petr.verbs, petr.synsets)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toy verb file codes RESTORE ... TIES as 064, whatever CAMEO would say
        ("Arnor restored its ties with Gondor last year.", {("ARN", "GON", "064")}),
        ("Gondor has restored diplomatic relations with Arnor.", {("GON", "ARN", "064")}),
    ],
)
def test_petrarch_toy_dictionaries_code(
    nlp: Any,
    toy: tuple[ActorDictionary, VerbLexicon],
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    dictionary, lexicon = toy
    events = code_sentence(
        text, nlp=nlp, dictionary=dictionary, on=date(2010, 1, 1), lexicon=lexicon
    )
    assert {(e.source.code, e.target.code if e.target else "", e.cameo) for e in events} == expected
