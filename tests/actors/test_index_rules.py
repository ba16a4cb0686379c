"""index_actors rules on hand-built Docs, so they hold whatever a trained model predicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, ActorIndex, index_actors

ON = date(2022, 3, 1)


def _index(build_doc: Callable[..., Any], actors: ActorDictionary, words: list[str],
           heads: list[int], deps: list[str], **kw: Any) -> ActorIndex:
    on = kw.pop("on", ON)
    return index_actors(build_doc(words, heads, deps, **kw), dictionary=actors, on=on)


def _codes(index: ActorIndex) -> list[tuple[str, str, str]]:
    return [(m.text, m.code, m.via) for m in index.mentions]


def test_index_rules_compound_subject_gives_two_actors(build_doc, actors) -> None:
    index = _index(build_doc, actors,
                   ["Russia", "and", "China", "condemned", "the", "plan", "."],
                   [3, 0, 0, 3, 5, 3, 3],
                   ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"])
    doc = index.doc
    assert [a.code for a in index.actors_for(doc[0])] == ["RUS", "CHN"]
    assert index.actors_for(doc[5]) == []


def test_index_rules_conj_with_possessive_and_compound(build_doc, actors) -> None:
    words = ["the", "US", "and", "its", "NATO", "allies", "warned", "Moscow", "."]
    index = _index(build_doc, actors, words, [1, 6, 1, 5, 5, 1, 6, 6, 6],
                   ["det", "nsubj", "cc", "poss", "compound", "conj", "ROOT", "dobj", "punct"],
                   pos=["DET", "PROPN", "CCONJ", "PRON", "PROPN", "NOUN", "VERB", "PROPN",
                        "PUNCT"])
    doc = index.doc
    assert [a.code for a in index.actors_for(doc[1])] == ["USA", "IGOWSTNAT"]
    moscow = index.actors_for(doc[7])
    assert [(a.code, a.via) for a in moscow] == [("RUSGOV", "metonym")]


@pytest.mark.parametrize(
    ("words", "code", "name"),
    [
        (["Russian", "troops", "crossed"], "RUSMIL", "Russia military"),
        (["Ukrainian", "Foreign", "Ministry", "said"], "UKRGOV", "Ukraine foreign ministry"),
        (["Russia", "'s", "foreign", "minister", "said"], "RUSGOV", "Sergei Lavrov"),
        (["the", "foreign", "minister", "of", "Russia", "said"], "RUSGOV", "Sergei Lavrov"),
        (["the", "British", "Prime", "Minister", "said"], "GBRGOV", "Boris Johnson"),
        (["Kremlin", "spokesman", "Dmitry", "Peskov", "said"], "RUSGOV", "Dmitry Peskov"),
        (["President", "Vladimir", "Putin", "said"], "RUSGOV", "Vladimir Putin"),
        (["Belarusian", "opposition", "said"], "BLROPP", "Belarus opposition"),
    ],
)
def test_index_rules_affiliation_and_role_combine(build_doc, actors, words: list[str],
                                                  code: str, name: str) -> None:
    n = len(words)
    index = _index(build_doc, actors, words, [n - 1] * n, ["dep"] * (n - 1) + ["ROOT"],
                   on=date(2022, 1, 10))
    first = index.mentions[0]
    assert (first.code, first.name) == (code, name)
    assert first.start == 0 or words[0] == "the"


def test_index_rules_victims_are_not_of_who_harmed_them(build_doc, actors) -> None:
    # "victims of Belarusian aggression": the demonym after "of" names who harmed them
    words = ["victims", "of", "Belarusian", "aggression", "mourned"]
    index = _index(build_doc, actors, words, [4] * 5, ["dep"] * 4 + ["ROOT"],
                   on=date(2022, 1, 10))
    assert not any(m.code == "BLRCVL" for m in index.mentions), index.mentions


def test_index_rules_occupiers_are_not_of_the_land_they_hold(build_doc, actors) -> None:
    words = ["occupiers", "of", "Georgia", "withdrew"]
    index = _index(build_doc, actors, words, [3] * 4, ["dep"] * 3 + ["ROOT"],
                   on=date(2022, 1, 10))
    assert not any(m.code == "GEOMIL" for m in index.mentions), index.mentions


def test_index_rules_title_apposition_with_unknown_person(build_doc, actors) -> None:
    words = ["The", "Russian", "Deputy", "Foreign", "Minister", ",", "Pavel", "Orlov", ",",
             "said", "no", "."]
    heads = [4, 4, 4, 4, 9, 4, 7, 4, 4, 9, 9, 9]
    deps = ["det", "amod", "compound", "compound", "nsubj", "punct", "compound", "appos",
            "punct", "ROOT", "dobj", "punct"]
    index = _index(build_doc, actors, words, heads, deps, ents=[(1, 2, "NORP"), (6, 8, "PERSON")])
    assert _codes(index) == [("The Russian Deputy Foreign Minister", "RUSGOV", "title"),
                             ("Pavel Orlov", "RUSGOV", "title")]
    assert index.mentions[1].name == "Pavel Orlov"
    assert index.actors_for(index.doc[4])[0].name == "Pavel Orlov"


def test_index_rules_name_then_title_apposition(build_doc, actors) -> None:
    words = ["Pavel", "Orlov", ",", "the", "Ukrainian", "defence", "minister", ",", "said"]
    index = _index(build_doc, actors, words, [1, 8, 1, 6, 6, 6, 1, 1, 8],
                   ["compound", "nsubj", "punct", "det", "amod", "compound", "appos", "punct",
                    "ROOT"], ents=[(0, 2, "PERSON")], on=None)
    assert ("Pavel Orlov", "UKRGOVMIL", "title") in _codes(index)


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        (["Chad", "Smith", "met", "officials"], [(0, 2, "PERSON")]),
        (["the", "Washington", "Post", "reported"], [(0, 3, "ORG")]),
        (["the", "Beijing", "Olympics", "opened"], [(1, 3, "EVENT")]),
        # a reporter's or an analyst's beat is no party to what the reporter does
        (["BBC", "Russia", "editor", "Jane", "Doe", "met", "refugees"], [(3, 5, "PERSON")]),
        (["our", "Moscow", "correspondent", "reported"], []),
        (["Middle", "East", "experts", "warned"], []),
    ],
)
def test_index_rules_place_inside_other_name_is_not_a_country(build_doc, actors,
                                                              words: list[str], ents) -> None:
    n = len(words)
    index = _index(build_doc, actors, words, [n - 1] * n, ["dep"] * (n - 1) + ["ROOT"],
                   ents=ents)
    assert all(m.country is None for m in index.mentions)


def test_index_rules_us_pronoun_is_not_the_country(build_doc, actors) -> None:
    words = ["Let", "us", "see", "what", "the", "US", "does", "."]
    index = _index(build_doc, actors, words, [0, 2, 0, 6, 5, 6, 2, 0],
                   ["ROOT", "nsubj", "ccomp", "dobj", "det", "nsubj", "ccomp", "punct"],
                   pos=["VERB", "PRON", "VERB", "PRON", "DET", "PROPN", "VERB", "PUNCT"])
    assert _codes(index) == [("the US", "USA", "name")]
    assert index.actor_at(1) is None and index.actor_at(5) is not None


# Two sentences: antecedents in the first, pronoun or description in the second.
@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (["Putin", "met", "Biden", "."], ["He", "said", "no", "."], "Vladimir Putin"),
        (["Putin", "met", "Merkel", "."], ["She", "said", "no", "."], "Angela Merkel"),
        (["Macron", "met", "Scholz", "."], ["The", "president", "said", "no", "."],
         "Emmanuel Macron"),
        (["Scholz", "met", "Macron", "."], ["The", "chancellor", "said", "no", "."],
         "Olaf Scholz"),
        (["Putin", "met", "Macron", "."], ["The", "Russian", "leader", "said", "no", "."],
         "Vladimir Putin"),
        (["NATO", "met", "Russia", "."], ["The", "alliance", "said", "no", "."], "NATO"),
        (["the", "EU", "met", "China", "."], ["The", "bloc", "said", "no", "."],
         "European Union"),
        (["the", "IAEA", "met", "Iran", "."], ["The", "agency", "said", "no", "."], "IAEA"),
        (["Kenya", "met", "Putin", "."], ["The", "country", "said", "no", "."], "Kenya"),
        (["Putin", "met", "Xi", "."], ["The", "Chinese", "leader", "said", "no", "."],
         "Xi Jinping"),
    ],
)
def test_index_rules_coreference(build_doc, actors, first: list[str], second: list[str],
                                 expected: str) -> None:
    words, heads, deps = _two_sentences(first, second)
    pos = ["PRON" if w in ("He", "She") else "PROPN" for w in words]
    doc = build_doc(words, heads, deps, pos=pos)
    index = index_actors(doc, dictionary=actors, on=ON)
    second_start = doc[len(first)].idx
    resolved = [m for m in index.mentions if m.start is not None and m.start >= second_start]
    assert resolved, words
    assert (resolved[0].name, resolved[0].via) == (expected, "coref")


def _two_sentences(first: list[str], second: list[str]) -> tuple[list[str], list[int], list[str]]:
    """Heads and deps for two "NP VERB ... ." sentences: the word before the verb heads its
    NP and is the subject; everything after the verb hangs on the verb."""
    words, heads, deps = [], [], []
    for sentence in (first, second):
        base = len(words)
        verb = next(i for i, w in enumerate(sentence) if w in ("met", "said"))
        for i, w in enumerate(sentence):
            words.append(w)
            if i < verb - 1:
                heads.append(base + verb - 1)
                deps.append("det" if w.lower() == "the" else "amod")
            elif i == verb - 1:
                heads.append(base + verb)
                deps.append("nsubj")
            elif i == verb:
                heads.append(base + verb)
                deps.append("ROOT")
            else:
                heads.append(base + verb)
                deps.append("punct" if w == "." else "dobj")
    return words, heads, deps


def test_index_rules_expletive_it_is_not_resolved(build_doc, actors) -> None:
    words = ["The", "Kremlin", "said", "it", "would", "respond", ".", "It", "is", "likely", "."]
    heads = [1, 2, 2, 5, 5, 2, 2, 8, 8, 8, 8]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT",
            "acomp", "punct"]
    lemmas = ["the", "Kremlin", "say", "it", "would", "respond", ".", "it", "be", "likely", "."]
    pos = ["DET", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = build_doc(words, heads, deps, pos=pos, lemmas=lemmas)
    index = index_actors(doc, dictionary=actors, on=ON)
    assert _codes(index) == [("The Kremlin", "RUSGOV", "metonym"), ("it", "RUSGOV", "coref")]


def test_index_rules_indefinite_description_is_dropped(build_doc, actors) -> None:
    words = ["NATO", "is", "an", "alliance", "."]
    index = _index(build_doc, actors, words, [1, 1, 3, 1, 1],
                   ["nsubj", "ROOT", "det", "attr", "punct"])
    assert _codes(index) == [("NATO", "IGOWSTNAT", "name")]


def test_index_rules_offsets_point_into_the_text(build_doc, actors) -> None:
    words = ["Yesterday", "the", "Kremlin", "and", "Kyiv", "spoke", "."]
    index = _index(build_doc, actors, words, [5, 2, 5, 2, 2, 5, 5],
                   ["npadvmod", "det", "nsubj", "cc", "conj", "ROOT", "punct"])
    text = index.doc.text
    assert [text[m.start:m.end] for m in index.mentions] == ["the Kremlin", "Kyiv"]
    assert [a.code for a in index.actors_for(index.doc[2])] == ["RUSGOV", "UKRGOV"]


def test_index_rules_role_distributes_over_coordinated_countries(build_doc, actors) -> None:
    words = ["Lawmakers", "in", "Poland", "and", "Latvia", "protested", "."]
    index = _index(build_doc, actors, words, [5, 0, 1, 2, 2, 5, 5],
                   ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "punct"])
    assert [a.code for a in index.actors_for(index.doc[0])] == ["POLLEG", "LVALEG"]


def test_index_rules_compound_code_gives_every_actor(build_doc, actors) -> None:
    from tidings.actors import ActorEntry

    shire = [ActorEntry(patterns=("the shire",), code=code, name="Shire", country=code)
             for code in ("FRO", "SAM", "BIL")]
    bigger = actors.extended(shire)
    doc = build_doc(["The", "Shire", "protested", "."], [1, 2, 2, 2],
                    ["det", "nsubj", "ROOT", "punct"])
    index = index_actors(doc, dictionary=bigger, on=ON)
    assert len(index.mentions) == 1
    assert [a.code for a in index.actors_for(doc[1])] == ["FRO", "SAM", "BIL"]


def test_index_rules_agent_without_country_uses_petrarch_null_code(build_doc, actors) -> None:
    index = _index(build_doc, actors, ["Rebels", "attacked", "Aleppo", "."], [1, 1, 1, 1],
                   ["nsubj", "ROOT", "dobj", "punct"])
    assert index.mentions[0].code == "---REB"


def test_index_rules_igo_with_agent_appends_sector(build_doc, actors) -> None:
    index = _index(build_doc, actors, ["UN", "troops", "withdrew", "."], [1, 2, 2, 2],
                   ["compound", "nsubj", "ROOT", "punct"])
    assert index.mentions[0].code == "IGOUNOMIL"


def test_index_rules_line_break_inside_a_name(build_doc, actors) -> None:
    words = ["Prime", "Minister", "Boris", "\n", "Johnson", "spoke", "."]
    doc = build_doc(words, [4, 4, 4, 4, 5, 5, 5],
                    ["compound", "compound", "compound", "dep", "nsubj", "ROOT", "punct"],
                    spaces=[True, True, False, False, True, False, False])
    index = index_actors(doc, dictionary=actors, on=date(2021, 6, 1))
    assert [(m.name, m.code) for m in index.mentions] == [("Boris Johnson", "GBRGOV")]
    assert index.actor_at(4) is not None


def test_index_rules_no_name_runs_from_a_headline_into_its_text(build_doc, actors) -> None:
    # a headline ending in a country, then a text opening with a role: two sentences, so the
    # role is not that country's ("Ukraine\n\nThe army of Belarus" is no Ukrainian army)
    words = ["Talks", "in", "Ukraine", "\n\n", "The", "army", "of", "Belarus", "moved", "."]
    doc = build_doc(words, [0, 0, 1, 2, 5, 8, 5, 6, 8, 8],
                    ["ROOT", "prep", "pobj", "dep", "det", "nsubj", "prep", "pobj", "ROOT",
                     "punct"],
                    spaces=[True, True, False, False, True, True, True, True, False, False])
    assert doc[4].is_sent_start
    index = index_actors(doc, dictionary=actors, on=date(2021, 6, 1))
    assert ("Ukraine", "UKR") in [(m.text, m.code) for m in index.mentions]
    assert "UKRMIL" not in [m.code for m in index.mentions]


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["the", "Biden", "administration", "said"], "the Biden administration"),
        (["the", "Biden", "-", "Harris", "Administration", "said"],
         "the Biden-Harris Administration"),
    ],
)
def test_index_rules_leader_name_and_institution(build_doc, actors, words: list[str],
                                                 text: str) -> None:
    n = len(words)
    spaces = [w not in ("-",) and (i + 1 < n and words[i + 1] != "-") for i, w in enumerate(words)]
    index = _index(build_doc, actors, words, [n - 1] * n, ["dep"] * (n - 1) + ["ROOT"],
                   spaces=spaces)
    first = index.mentions[0]
    assert (first.text, first.code, first.name) == (text, "USAGOV", "United States government")


@pytest.mark.parametrize(
    ("words", "text"),
    [
        # a role run the institution leads, and a role after the institution with a domain
        # word between, are that government's officials
        (["a", "Biden", "administration", "official", "spoke"], "Biden administration official"),
        (["a", "Biden", "administration", "cyber", "official", "spoke"],
         "Biden administration cyber official"),
    ],
)
def test_index_rules_leader_institution_official(build_doc, actors, words: list[str],
                                                 text: str) -> None:
    n = len(words)
    index = _index(build_doc, actors, words, [n - 1] * n, ["dep"] * (n - 1) + ["ROOT"])
    assert [(m.text, m.code) for m in index.mentions] == [(text, "USAGOV")]


def test_index_rules_demonym_is_not_an_antecedent_of_it(build_doc, actors) -> None:
    words = ["American", "lives", "were", "lost", ".", "It", "hurts", "."]
    heads = [1, 3, 3, 3, 3, 6, 6, 6]
    deps = ["amod", "nsubjpass", "auxpass", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    pos = ["ADJ", "NOUN", "AUX", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"]
    index = _index(build_doc, actors, words, heads, deps, pos=pos)
    assert [m.text for m in index.mentions] == ["American"]


def test_index_rules_region_named_after_its_place_is_that_place(build_doc, actors) -> None:
    # the recogniser may tag "Mykolaiv Region" a facility: the place's own division still
    index = _index(build_doc, actors, ["Missiles", "struck", "Mykolaiv", "Region"],
                   [1, 1, 3, 1], ["nsubj", "ROOT", "compound", "dobj"], ents=[(2, 4, "FAC")])
    assert "UKR" in [m.code for m in index.mentions]
