"""A sentence a document says twice codes once; sentences that differ code each.

The texts are written for these tests. Each repeated sentence codes an event on its own, so
the count of events tells whether the repeat was coded again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors
from tidings.events import code_events
from tidings.events.repeats import repeated_sentences
from tidings.model import Article

pytestmark = pytest.mark.model
ON = date(2022, 6, 20)


def events(nlp: Any, text: str) -> list[tuple[str, str | None, str, int]]:
    doc = nlp(text)
    article = Article(id="t", source_id="t", published=ON.isoformat(), chars=len(text), text=text)
    index = index_actors(doc, dictionary=ActorDictionary.builtin(), on=ON)
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.start)
            for e in code_events(article, doc, index=index)]


def test_a_kicker_and_headline_printed_again_as_the_lead_code_once(nlp: Any) -> None:
    line = "Border dispute: Russian troops shelled a Ukrainian border village on Sunday."
    text = f"{line} {line}  More reports came in later in the day."
    found = events(nlp, text)
    assert [(s, t, c) for s, t, c, _ in found] == [("RUSMIL", "UKR", "194")]
    assert found[0][3] == 0  # coded at its first place


def test_a_repeat_differing_in_case_and_spacing_is_still_a_repeat(nlp: Any) -> None:
    text = ("Poland expelled three Russian diplomats on Monday. "
            "POLAND EXPELLED  three Russian diplomats on Monday!")
    assert len(events(nlp, text)) == 1


def test_a_repeat_differing_in_quotation_marks_is_still_a_repeat(nlp: Any) -> None:
    text = ('Operation "North": Estonia expelled three Russian diplomats. '
            "Operation North: Estonia expelled three Russian diplomats.")
    assert len(events(nlp, text)) == 1


def test_two_sentences_that_differ_in_one_party_both_code(nlp: Any) -> None:
    text = ("Poland expelled three Russian diplomats on Monday. "
            "Lithuania expelled three Russian diplomats on Monday.")
    assert {s for s, *_ in events(nlp, text)} == {"POL", "LTU"}


def test_short_sentences_are_never_repeats(nlp: Any) -> None:
    sents = list(nlp("No. We will all see it. No. We will all see it.").sents)
    flags = {(s.text.strip(), f) for s, f in zip(sents, repeated_sentences(sents), strict=True)}
    assert flags == {("No.", False), ("We will all see it.", False), ("We will all see it.", True)}
