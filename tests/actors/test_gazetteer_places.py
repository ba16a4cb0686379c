"""Places below country level (actors_regions.yaml): a city or province codes to its country,
as Phoenix and PETRARCH code one (a Gaza town to PSEGZA, a West Bank town to PSE), while a
capital alone stays the government's metonym; names shared by several places, or with a
person or a word, are left out and stay uncoded."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors
from tidings.events import code_sentence

ON = date(2022, 5, 10)


def _mentions(nlp: Any, actors: ActorDictionary, text: str) -> list[tuple[str, str]]:
    index = index_actors(nlp(text), dictionary=actors, on=ON)
    return [(m.text, m.code) for m in index.mentions]


def _targets(nlp: Any, actors: ActorDictionary, text: str) -> set[str]:
    return {e.target.code for e in code_sentence(text, nlp=nlp, dictionary=actors, on=ON)
            if e.target is not None and e.target.code}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # the place hangs on "talks", the object of the refused verb's complement
        ("Russia refused to hold talks in Vienna.", "Vienna", "AUT"),
    ],
)
def test_gazetteer_places_venue_of_refused_talks_is_no_target(
        nlp: Any, actors: ActorDictionary, text: str, place: str, country: str) -> None:
    # the place of a meeting the subject refuses (125) is where, not with whom
    assert (place, country) in _mentions(nlp, actors, text)
    assert country not in _targets(nlp, actors, text)
