"""Fixtures shared by the actor tests: the built-in actor dictionary, loaded once."""

from __future__ import annotations

import pytest

from tidings.actors import ActorDictionary


@pytest.fixture(scope="session")
def actors() -> ActorDictionary:
    return ActorDictionary.builtin()
