"""Helpers shared by the actor tests that run the real pipeline."""

from __future__ import annotations

from datetime import date
from typing import Any

from tidings.actors import ActorDictionary, index_actors


def found_mention(nlp: Any, actors: ActorDictionary, text: str, on: date, mention: str) -> Any:
    """The first actor mention of ``text`` (indexed on ``on``) whose text is ``mention``."""
    index = index_actors(nlp(text), dictionary=actors, on=on)
    found = [m for m in index.mentions if m.text == mention]
    assert found, f"{mention!r} not in {[m.text for m in index.mentions]}"
    return found[0]
