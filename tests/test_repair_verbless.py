"""The repair of a headline the tagger read without a verb (tidings.repair_verbless)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.events import code_sentence
from tidings.repair import repair_parse

ON = date(2022, 3, 10)


def _triples(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names listed with a comma before a verb read as a noun: both meet
        ("Lula, Xi meet in Beijing", {("BRAELI", "CHN", "040"), ("CHNGOV", "BRA", "040")}),
        # subject, verb and object glued into one noun phrase
        ("Duda thanks European Commission for support", {("POLGOV", "IGO", "051")}),
        # a plural agent glued to a verb that is also a noun, before its preposition
        ("Georgians fire on police near Tbilisi", {("GEO", "GEO", "190")}),
        ("Norway shuts embassy in Sudan", {("NOR", "SDN", "161")}),
        # ... after a label and a colon
        ("Baltic crisis: Canada sanctions Belarus over border", {("CAN", "BLR", "163")}),
        # a verb the tagger read as a plural noun modifying the noun after it
        ("Latvia severs diplomatic relations with Iran", {("LVA", "IRN", "161")}),
        # a verb that is also a noun, before a people's adjective opening its object
        ("UK sanctions Iranian commanders over drone strikes", {("GBR", "IRN", "163")}),
        # a root noun with a subject and an object is a verb even beside another verb
        ("Macron, Costa urge Lukashenko to free prisoners", {("FRAGOV", "BLR", "0253")}),
        # names listed with a comma, the first read as the root and the verb hung on it
        ("Colonna, Blinken call for dialogue in Libya",
         {("FRAELI", None, "026"), ("USAGOV", None, "026")}),
        # after an article: "halts" is rarely a noun
        ("The West halts oil imports from Iran", {("WST", "IRN", "163")}),
        # a verb that is never a noun, read into the object, after a subject with "of"
        ("Armed Forces of Ukraine repel enemy attacks near five villages",
         {("UKRMIL", "RUS", "190")}),
    ],
)
def test_verbless_headline_gets_its_verb(nlp: Any, text: str, expected: set[Any]) -> None:
    # (the country of the target: an embassy "in Sudan" is read as a Sudanese body)
    got = {(s, t[:3] if t else None, c) for s, t, c in _triples(nlp, text)}
    assert expected <= got, got


@pytest.mark.parametrize(
    "text",
    [
        # a plural noun before a common noun is no verb: the sanctions do the snarling
        "Iran sanctions snarl shipping",
        # nor before a preposition
        "Canada sanctions on Belarus",
    ],
)
def test_plural_noun_before_no_name_stays_a_noun(nlp: Any, text: str) -> None:
    got = _triples(nlp, text)
    assert not any(c == "163" and t is None for _s, t, c in got), got


def test_verb_read_inside_the_object_of_a_root_noun(nlp: Any) -> None:
    # the tagger read "forces" as a verb, the parser as a compound of the name after it:
    # the invasion is of Belarus, and Lithuania no target of it
    got = _triples(nlp, "Russia's invasion of Belarus forces Lithuania into a U-turn")
    assert ("RUS", "BLR", "190") in got and ("RUS", "LTU", "190") not in got, got


def test_role_word_read_as_the_verb_is_no_role(nlp: Any) -> None:
    # "Belarus forces" is no military when "forces" is the verb, and Lithuania no name
    # titled by it
    got = _triples(nlp, "Belarus forces Lithuania to retreat")
    assert ("BLR", "LTU", "170") in got, got


def test_verb_read_as_the_object_of_the_root_nouns_preposition(nlp: Any) -> None:
    # the parser made the verb the object of "of" and the blockaded country its compound:
    # who blockades forces the third country, not the blockaded one
    got = _triples(nlp, "Turkey's blockade of Syria forces Jordan into a U-turn")
    assert ("TUR", "JOR", "170") in got and ("SYR", "JOR", "170") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        # a headline verb read as a noun heads a clause before a colon, the sentence's verb
        # being after it
        "Georgians fire on police in Tbilisi: 3 hurt",
        "Azerbaijani troops fire on Armenian posts: two killed",
    ],
)
def test_verb_read_as_a_noun_before_a_colon(nlp: Any, text: str) -> None:
    got = _triples(nlp, text)
    assert any(c[:2] == "19" for _s, _t, c in got), got


def test_plural_noun_root_with_a_subject_and_a_joined_verb_is_a_verb(
    build_doc: Callable[..., Any],
) -> None:
    # "Moscow 'disagrees' with the comment and accuses Washington": the tagger read the first
    # verb as a plural noun; its subject and the present verb joined to it make it the verb
    words = ["Moscow", "disagrees", "with", "the", "comment", "and", "accuses", "Washington"]
    doc = build_doc(
        words,
        [1, 1, 1, 4, 2, 1, 1, 6],
        ["nsubj", "ROOT", "prep", "det", "pobj", "cc", "conj", "dobj"],
        pos=["PROPN", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "VERB", "PROPN"],
        tags=["NNP", "NNS", "IN", "DT", "NN", "CC", "VBZ", "NNP"],
        lemmas=["Moscow", "disagree", "with", "the", "comment", "and", "accuse", "Washington"],
    )
    repair_parse(doc)
    assert (doc[1].tag_, doc[1].pos_) == ("VBZ", "VERB")


def test_plural_noun_root_joined_to_a_clause_of_its_own_stays_a_noun(
    build_doc: Callable[..., Any],
) -> None:
    # "... Houthis launching attacks on the UAE and is this a new front": the verb joined to
    # the noun has a subject of its own, so the noun is no verb of the first subject
    words = ["Yemen", "attacks", "on", "the", "UAE", "and", "is", "this", "new"]
    doc = build_doc(
        words,
        [1, 1, 1, 4, 2, 1, 1, 6, 6],
        ["nsubj", "ROOT", "prep", "det", "pobj", "cc", "conj", "nsubj", "attr"],
        pos=["PROPN", "NOUN", "ADP", "DET", "PROPN", "CCONJ", "AUX", "PRON", "ADJ"],
        tags=["NNP", "NNS", "IN", "DT", "NNP", "CC", "VBZ", "DT", "JJ"],
        lemmas=["Yemen", "attack", "on", "the", "UAE", "and", "be", "this", "new"],
    )
    repair_parse(doc)
    assert doc[1].tag_ == "NNS"
