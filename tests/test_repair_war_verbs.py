"""The repair of a headline's bare verb of war after plural agents (tidings.repair_war_verbs),
and of headline participles of sending and accusing (tidings.repair_participles):
"invaders shell hospital", "gunners down drone". The sentences are written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.events import code_sentence

ON = date(2020, 10, 10)


def _triples(nlp: Any, text: str, on: date = ON) -> set[tuple[str, str | None, str]]:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=on)
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "verb", "subject", "obj"),
    [
        # agents, verb and object read as one noun phrase
        ("Russian invaders shell hospital in Kherson with rockets", "shell", "invaders",
         "hospital"),
        ("Houthi rebels storm embassy compound in Sanaa", "storm", "rebels", "compound"),
        # the object hung on the agents as the object of "down" read as a preposition
        ("Azerbaijani gunners down Armenian drone near Lachin", "down", "gunners", "drone"),
        ("Armenian air defence units down two Azerbaijani drones", "down", "units", "drones"),
    ],
)
def test_bare_verb_after_plural_agents_is_the_verb(
    nlp: Any, text: str, verb: str, subject: str, obj: str
) -> None:
    doc = nlp(text)
    w = next(t for t in doc if t.text == verb)
    assert w.pos_ == "VERB" and w.dep_ == "ROOT", [(t.text, t.dep_, t.head.text) for t in doc]
    kids = {(c.dep_, c.text) for c in w.children}
    assert ("nsubj", subject) in kids and ("dobj", obj) in kids, kids


def test_means_and_place_go_with_the_verb(nlp: Any) -> None:
    doc = nlp("Russian invaders shell hospital in Kherson with rockets")
    by = {t.text: t.head.text for t in doc}
    assert by["with"] == "shell" and by["in"] == "shell" and by["Russian"] == "invaders", by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian invaders shell hospital in Kherson with rockets", ("RUSMIL", "UKRHLH", "194")),
        ("Armenian air defence units down two Azerbaijani drones", ("ARMMIL", "AZEMIL", "190")),
        ("Azerbaijani gunners down Armenian drone near Lachin", ("AZE", "ARM", "190")),
    ],
)
def test_the_repaired_headline_codes_its_attack(nlp: Any, text: str, expected: Any) -> None:
    assert expected in _triples(nlp, text, date(2022, 4, 2)), _triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun compound before its verb, and a plural before an adverb, stay as they are
        "Artillery shell hits apartment block in Lviv",
        "Visas issued to refugees down by 20% in May",
        "Bomb shelters fill up in Lviv as sirens sound",
    ],
)
def test_nouns_stay_nouns(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for word in ("shell", "down", "Bomb"):
        w = next((t for t in doc if t.text == word), None)
        assert w is None or w.pos_ != "VERB" or w.dep_ != "ROOT", [(t.text, t.pos_) for t in doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's participle of sending with no object is passive: the troops were sent
        ("Canadian troops dispatched to Latvia", ("CANMIL", "LVA", "154")),
        ("More French troops sent to Romania", ("FRAMIL", "ROU", "154")),
        # conscripts and mercenaries sent are forces deployed
        ("Belarus continues to send conscripts to the border.", ("BLR", None, "154")),
    ],
)
def test_forces_sent_somewhere_are_deployed(nlp: Any, text: str, expected: Any) -> None:
    got = _triples(nlp, text, date(2022, 2, 3))
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's participle of accusing with "of" and no object is passive: the noun
        # before it is accused, and what it is accused of is alleged
        ("Belarusian troops accused of abducting Polish border guards",
         ("BLRMIL", "POLMIL", "181", "alleged")),
        ("Border crisis: Belarusian troops accused of abducting Polish border guards",
         ("BLRMIL", "POLMIL", "181", "alleged")),
    ],
)
def test_headline_accused_of_is_passive(nlp: Any, text: str, expected: Any) -> None:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(),
                           on=date(2021, 11, 20))
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in events}
    assert expected in got, got


def test_headline_verb_of_force_ending_its_clause_is_passive(nlp: Any) -> None:
    # "Georgia invaded: ..." is Georgia invaded, not Georgia invading the country named after
    got = _triples(nlp, "Georgia invaded: how Russia's invasion unfolded", date(2008, 8, 9))
    assert not any(s.startswith("GEO") and c.startswith("19") for s, _t, c in got), got
    assert ("RUS", "GEO", "190") in got, got
