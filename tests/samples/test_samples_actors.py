"""Descriptions, titles and appositions in the samples resolve to the named person on the
article date (samples/README.md), as the pipeline's actor index sees the article text.

The article is re-parsed with the session's spaCy pipeline (the same text the pipeline parsed,
so the same analysis) and indexed with the built-in dictionary on its publication date, exactly
as ``tidings.pipeline.analyse`` does; the mention is found by a phrase and its head word.
Known shortfalls are strict xfails in ``GAPS``.
"""

from __future__ import annotations

# Fact tables keep one fact per line (adding a case is one line), and gap reasons are
# diagnoses meant to be read whole, so long lines are allowed in this module.
# ruff: noqa: E501
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pytest
import samples_support as inputs
from samples_support import (
    result_for,
)

from tidings.actors import ActorDictionary, index_actors
from tidings.pipeline import Result

pytestmark = pytest.mark.model

# item, phrase (exact substring), head word inside it, expected name fragment, expected code
DESCRIPTIONS: list[tuple[str, str, str, str, str]] = [
    (inputs.CALL, "the Russian leader took the call", "leader", "Putin", "RUSGOV"),
    (inputs.CALL, "The Russian leader asked", "leader", "Putin", "RUSGOV"),
    (inputs.DRAFTS, "The Russian Deputy Foreign Minister, Sergei Ryabkov,", "Minister", "Ryabkov", "RUSGOV"),
    (inputs.PUTIN_XI, "the Russian leader said", "leader", "Putin", "RUSGOV"),
    (inputs.KYIV_AID, "the Ukrainian minister", "minister", "Kuleba", "UKRGOV"),
    (inputs.MACRON, "the French president", "president", "Macron", "FRAGOV"),
    (inputs.TRUSS, "by the British Foreign Secretary", "Secretary", "Truss", "GBRGOV"),
    (inputs.REPOST, "the British Prime Minister", "Minister", "Johnson", "GBRGOV"),
    (inputs.CSV_NATO, "Stoltenberg, a former Norwegian prime minister", "Stoltenberg", "Stoltenberg", "IGOWSTNAT"),
]

GAPS: dict[str, str] = {}


def _rows() -> list[object]:
    out = []
    for item, phrase, head, name, code in DESCRIPTIONS:
        rid = f"{item[:10]}-{phrase[:30]}"
        marks = pytest.mark.xfail(reason=GAPS[rid], strict=True) if rid in GAPS else ()
        out.append(pytest.param(item, phrase, head, name, code, id=rid, marks=marks))
    return out


@pytest.mark.parametrize(("item", "phrase", "head", "name", "code"), _rows())
def test_samples_description_resolves(sample_results: Mapping[str, Sequence[Result]], nlp: Any,
                                      item: str, phrase: str, head: str, name: str,
                                      code: str) -> None:
    article = result_for(sample_results, item).article
    at = article.text.find(phrase)
    assert at >= 0, f"phrase not in the article text: {phrase!r}"
    head_at = at + phrase.index(head)
    doc = nlp(article.text)
    token = next(t for t in doc if t.idx == head_at)
    on = date.fromisoformat(article.published) if article.published else None
    index = index_actors(doc, dictionary=ActorDictionary.builtin(), on=on)
    actor = index.actor_at(token.i)
    assert actor is not None, f"{phrase!r}: no actor at {head!r}"
    assert name.lower() in actor.name.lower() and actor.code == code, (
        f"{phrase!r} -> {actor.name}/{actor.code} (via {actor.via})")
