"""The repair of an object hedged as a free relative (tidings.repair_free_relatives): "fired
what appeared to be a missile". The sentences are written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.events import code_sentence

ON = date(2021, 9, 15)


def _rows(nlp: Any, text: str) -> set[tuple[str, str | None, str, str]]:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in events}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Pyongyang fired what is believed to be a cruise missile into the Sea of Japan.",
         "missile"),
        ("Iran launched what appeared to be a satellite rocket on Tuesday.", "rocket"),
    ],
)
def test_the_thing_hedged_is_the_object(nlp: Any, text: str, thing: str) -> None:
    doc = nlp(text)
    obj = next(t for t in doc if t.text == thing)
    assert obj.dep_ == "dobj" and obj.head.lemma_ in ("fire", "launch"), [
        (t.text, t.dep_, t.head.text) for t in doc]


def test_the_act_is_asserted_and_coded(nlp: Any) -> None:
    got = _rows(nlp, "North Korea fired what is believed to be a ballistic missile into the "
                     "Sea of Japan on Wednesday.")
    assert ("PRK", None, "150", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the second clause's subject read as a conjunct of the first clause's object
        ("Police have arrested dozens of protesters and Belarusian troops have been deployed.",
         ("BLRMIL", None, "154"), ("BLRCOP", "BLRMIL", "173")),
        # the first verb's object read as a conjunct of the second clause's subject
        ("Israel bombed Gaza and Hamas fired rockets.", ("ISR", "PSEGZA", "195"),
         ("PSEGZA", None, "194")),
    ],
)
def test_clauses_coordinated_keep_their_own_parties(
    nlp: Any, text: str, expected: tuple[str, str | None, str], absent: tuple[str, str, str]
) -> None:
    got = {(s, t, c) for s, t, c, _m in _rows(nlp, text)}
    assert expected in got and absent not in got, got
