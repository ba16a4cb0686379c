"""Test helpers for the event coder: hand-built parses and a small actor index.

``FakeIndex`` swaps the actor boundary for rule tests on hand-built Docs: it maps token
indices to actors and answers ``actors_for`` the way the real index does for simple phrases
(the head's own mention, else a compound/amod/poss modifier; conjuncts add actors).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from tidings.model import Actor

ACTORS = {
    "RUS": Actor(text="Russia", name="Russia", code="RUS", country="RUS"),
    "UKR": Actor(text="Ukraine", name="Ukraine", code="UKR", country="UKR"),
    "GBR": Actor(text="Britain", name="United Kingdom", code="GBR", country="GBR"),
    "USA": Actor(text="US", name="United States", code="USA", country="USA"),
    "CHN": Actor(text="China", name="China", code="CHN", country="CHN"),
    "NATO": Actor(text="NATO", name="NATO", code="IGOWSTNAT", kind="igo"),
    "EU": Actor(text="EU", name="European Union", code="IGOEUREEC", kind="igo"),
    "RUSMIL": Actor(
        text="Russian troops", name="Russian military", code="RUSMIL", country="RUS", sector="MIL"
    ),
}


class FakeIndex:
    """Token index -> actor, with the real index's phrase rules reduced to the basics."""

    def __init__(self, doc: Any, actors: dict[int, str]) -> None:
        self.doc = doc
        self._at = {i: ACTORS[code] for i, code in actors.items()}
        self.mentions = list(self._at.values())

    def actor_at(self, i: int) -> Actor | None:
        return self._at.get(i)

    def actors_for(self, head: Any) -> list[Actor]:
        out: list[Actor] = []
        for tok in [head, *[c for c in head.children if c.dep_ == "conj"]]:
            found = self._at.get(tok.i)
            if found is None:
                for c in tok.children:
                    if c.dep_ in ("compound", "amod", "poss") and c.i in self._at:
                        found = self._at[c.i]
                        break
            if found is not None and found not in out:
                out.append(found)
        return out


# (word, head index, dep, pos, lemma, tag)
Row = tuple[str, int, str, str, str, str]


def parse(build_doc: Callable[..., Any], rows: Sequence[Row]) -> Any:
    """A hand-built Doc from rows of (word, head, dep, pos, lemma, tag)."""
    return build_doc(
        [r[0] for r in rows],
        [r[1] for r in rows],
        [r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        tags=[r[5] for r in rows],
    )


def who(a: Actor | None) -> str | None:
    """An event side as the coder tests compare it: the country, else the code."""
    return None if a is None else (a.country or a.code)


def coded_rows(nlp: Any, text: str, on: date) -> set[tuple[str | None, str | None, str, str]]:
    """(source, target, CAMEO code, modality) of every event the built-in coder gives
    ``text`` dated ``on``, each side as ``who`` gives it."""
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence

    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=on)
    return {(who(e.source), who(e.target), e.cameo, e.modality) for e in events}



def coded_codes(nlp: Any, text: str, on: date) -> list[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO code) of every event the built-in coder gives
    ``text``, sectors kept, one row per event."""
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence

    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=on)
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events]


def coded_triples(nlp: Any, text: str, on: date) -> set[tuple[str | None, str | None, str]]:
    """(source, target, CAMEO code) of every event the built-in coder gives ``text``."""
    return {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, on)}


def assert_rows(nlp: Any, text: str, on: date, expected: set[Any], absent: set[Any]) -> None:
    """Every row of ``expected`` and none of ``absent`` among ``coded_rows`` of ``text``."""
    got = coded_rows(nlp, text, on)
    assert expected <= got, got
    assert not (absent & got), got
