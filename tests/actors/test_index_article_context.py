"""index_actors on multi-sentence release-style text: country from context, pronoun salience,
names inside longer names. Parsed by the real English pipeline."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, ActorIndex, index_actors

pytestmark = pytest.mark.model

ON = date(2021, 12, 7)


def _index(nlp: Any, actors: ActorDictionary, text: str) -> ActorIndex:
    return index_actors(nlp(text), dictionary=actors, on=ON)


def _codes(index: ActorIndex, text: str) -> list[str]:
    return [m.code for m in index.mentions if m.text == text]


def _nth_code(index: ActorIndex, text: str, nth: int = 0) -> str | None:
    codes = _codes(index, text)
    return codes[nth] if len(codes) > nth else None


def test_index_context_he_after_a_person_no_dictionary_knows_is_that_person(
    nlp, actors
) -> None:
    # a named stranger between a known leader and "he" is the nearer antecedent: "he"
    # stands for no actor, rather than for the leader
    text = ("Joe Biden won the election in 2020. But Walter Pemberton is no ideologue. "
            "He advised Viktor Orban for years.")
    index = _index(nlp, actors, text)
    assert not [m for m in index.mentions if m.text == "He"], [
        (m.text, m.name) for m in index.mentions]
    # a stranger as the subject outranks a known person as the object, and the other way
    text = "Walter Pemberton met Joe Biden on Monday. Later he spoke with Viktor Orban."
    index = _index(nlp, actors, text)
    assert not [m for m in index.mentions if m.text == "he"], [
        (m.text, m.name) for m in index.mentions]
    text = "Joe Biden met Walter Pemberton on Monday. Later he spoke with Viktor Orban."
    index = _index(nlp, actors, text)
    assert [m.name for m in index.mentions if m.text == "he"] == ["Joe Biden"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a countryless government mention borrows the salient office-holder's country
        ("President Biden held a call with President Putin of Russia on Tuesday. "
         "The Administration will keep consulting allies.", "The Administration", "USAGOV"),
        ("Volodymyr Zelenskyy received Andriy Yermak in Kyiv. "
         "The Deputy Head of the Office reported on the talks.", "The Deputy Head", "UKRGOV"),
        ("President Biden met members of Congress on Monday. The leaders agreed on a plan.",
         "The leaders", "USAGOV"),
        # no office-holder, but the same institution named with its country before
        ("The Biden administration announced new funding on Monday. Governors welcomed it. "
         "Mayors welcomed it too. Utilities said little. The Administration will publish "
         "the details.", "The Administration", "USAGOV"),
        # nobody named: nothing to borrow
        ("The Administration will keep consulting allies.", "The Administration", "---GOV"),
        # a bare title refers to the person the document called by it, not to a later
        # holder of the same office named without it
        ("President Biden has warned Putin for weeks. Putin has made his choice. He chose "
         "war. And today, the President announced new sanctions.", "the President", "USAGOV"),
        # "the President" still takes the named president
        ("President Biden spoke with President Putin of Russia. "
         "The President also discussed trade.", "The President", "USAGOV"),
    ],
)
def test_index_context_countryless_government(nlp, actors, text: str, mention: str,
                                              code: str) -> None:
    assert _nth_code(_index(nlp, actors, text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Russia's escalation of forces near Ukraine worried Washington.", "forces", "RUSMIL"),
        ("China's deployment of troops alarmed Taiwan.", "troops", "CHNMIL"),
        ("Russia must withdraw its troops from Ukraine.", "troops", "RUSMIL"),
        ("President Biden met his cabinet on Friday.", "cabinet", "USAGOV"),
        # a people named by its plural, or as a people, owns its state's forces
        ("The Georgians say their troops repelled the raid.", "troops", "GEOMIL"),
        ("The Moldovan people have supported their army.", "army", "MDAMIL"),
        # no possessor: "from" still gives the affiliation
        ("Dissidents from Belarus met in Vilnius.", "Dissidents from Belarus", "BLROPP"),
    ],
)
def test_index_context_possessor_gives_country(nlp, actors, text: str, mention: str,
                                               code: str) -> None:
    index = _index(nlp, actors, text)
    assert _nth_code(index, mention) == code, [(m.text, m.code) for m in index.mentions]


def test_index_context_they_after_a_plural_demonym_needs_a_possessive(nlp, actors) -> None:
    # "they" as a subject may be a plural the index does not know (the engineers)
    text = ("The engineers spoke about the cars Estonians buy. "
            "They also said they back the plan.")
    index = _index(nlp, actors, text)
    assert "EST" not in _codes(index, "They"), [(m.text, m.code) for m in index.mentions]


def test_index_context_owned_troops_are_not_from_the_place(nlp, actors) -> None:
    index = _index(nlp, actors, "Russia must withdraw its troops from Ukraine.")
    assert "UKRMIL" not in [m.code for m in index.mentions]


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        # the nearest sentence has the president only as an object: the topic continues
        ("Joe Biden arrived in Geneva on Monday. The talks focused on demands made by "
         "Vladimir Putin. He also spoke with the leaders of France and Germany.", "He",
         "Joe Biden"),
        # a person inside a fronted adjunct is not the main subject's antecedent
        ("Joe Biden arrived in Brussels on Wednesday. Standing alongside Jens Stoltenberg, "
         "he said the alliance was united.", "he", "Joe Biden"),
        # but the subject of a fronted clause is
        ("After Vladimir Putin met Joe Biden, he said the talks were useful.", "he",
         "Vladimir Putin"),
        # a name in apposition to the subject is the subject
        ("Russia's ambassador, Vassily Nebenzia, rejected the claims on Monday. "
         "\u201cThis is hysteria,\u201d he said.", "he", "Vassily Nebenzia"),
    ],
)
def test_index_context_pronoun_salience(nlp, actors, text: str, pronoun: str,
                                        name: str) -> None:
    index = _index(nlp, actors, text)
    found = [m for m in index.mentions if m.text == pronoun]
    assert found and found[0].name == name, [(m.text, m.name) for m in index.mentions]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Julie Chavez Rodriguez met union leaders in Denver.", "VENELI"),
        ("Hunter Biden spoke to reporters on Friday.", "USAGOV"),
        ("The American Rescue Plan helped families across the country.", "USA"),
        ("Funding from the Ukraine Fund reached Kyiv.", "UKR"),
    ],
)
def test_index_context_not_an_actor_inside_a_longer_name(nlp, actors, text: str,
                                                         absent: str) -> None:
    index = _index(nlp, actors, text)
    assert absent not in [m.code for m in index.mentions], [(m.text, m.code)
                                                            for m in index.mentions]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Vladimir Vladimirovich Putin spoke on Friday.", "Vladimir Vladimirovich Putin",
         "RUSGOV"),
        ("Hugo Chavez spoke in Caracas.", "Hugo Chavez", "VENELI"),
        ("American troops arrived in Poland.", "American troops", "USAMIL"),
    ],
)
def test_index_context_names_still_match(nlp, actors, text: str, mention: str,
                                         code: str) -> None:
    assert _nth_code(_index(nlp, actors, text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # comma-separated office-holders are list items, not appositions of each other
        ("He met the Prime Minister of Israel, the President of Turkey and others.",
         "the Prime Minister of Israel", "ISRGOV"),
        ("He met the Prime Minister of Israel, the President of Turkey and others.",
         "the President of Turkey", "TURGOV"),
        # the model tags "Turkey Erdogan" as one PERSON: the country still binds the title
        ("He spoke with President of Turkey Erdogan and Prime Minister of Israel Bennett.",
         "President of Turkey Erdogan", "TURGOV"),
        ("This was stated by Head of the Office of the President of Ukraine Andriy Yermak "
         "in an interview.", "the President of Ukraine Andriy Yermak", "UKRGOV"),
        # a title of another country after a leader's name starts the list's next item
        ("Lukashenko, Irish PM Martin hold talks", "Irish PM", "IRLGOV"),
    ],
)
def test_index_context_titles_in_lists_bind_their_country(nlp, actors, text: str,
                                                          mention: str, code: str) -> None:
    index = _index(nlp, actors, text)
    assert _nth_code(index, mention) == code, [(m.text, m.code) for m in index.mentions]


def test_index_context_surname_inside_an_organisation_entity(nlp, actors) -> None:
    text = ("Deputy Head of the Office of the President Kyrylo Tymoshenko met the mayors "
            "on Monday.")
    index = _index(nlp, actors, text)
    assert "Yulia Tymoshenko" not in [m.name for m in index.mentions]


def test_index_context_the_leaders_of_an_exchange_are_both(nlp, actors) -> None:
    # two governments nearby: "the leaders" are both (collective.py), not one country
    text = ("President Biden held a call with President Putin on Tuesday. "
            "The leaders agreed to stay in touch.")
    index = _index(nlp, actors, text)
    head = next(t for t in index.doc if t.text == "leaders")
    assert {a.code for a in index.actors_for(head)} == {"USAGOV", "RUSGOV"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" after a fronted clause continues its coordinated subject, not the latest
        # plural inside that clause
        ("When Poland and Lithuania heard of the attacks on civilians, they sent more arms "
         "to Kyiv.", {"POL", "LTU"}),
        # a coordination that names no actor leaves "they" unresolved
        ("When the press and the public heard of the attacks on civilians, they "
         "demanded answers.", set()),
    ],
)
def test_index_context_they_after_a_fronted_coordination(nlp, actors, text: str,
                                                          expected: set[str]) -> None:
    index = _index(nlp, actors, text)
    they = next(t for t in index.doc if t.lower_ == "they")
    assert {a.country or a.code for a in index.actors_for(they)} == expected


def test_index_context_a_collective_phrase_with_its_own_of_names_its_parties(
    nlp, actors
) -> None:
    # not the persons of the exchange before it: the two presidents' governments
    text = ("President Biden held a call with President Putin on Tuesday. "
            "The presidents of Poland and Lithuania agreed to stay in touch.")
    index = _index(nlp, actors, text)
    head = next(t for t in index.doc if t.text == "presidents")
    assert {a.code for a in index.actors_for(head)} == {"POLGOV", "LTUGOV"}


def test_index_context_spoken_about_in_a_second_about_phrase(build_doc) -> None:
    # "X spoke about the steps Y took and about his call with Z": Z, in the second "about"
    # phrase (a conjunct of a clause inside the first), took no part in the exchange
    from tidings.actors.collective import _spoken_about
    from tidings.actors.view import TokenView

    words = ["Putin", "spoke", "about", "steps", "Minsk", "took", "and", "about", "his",
             "call", "with", "Erdogan"]
    doc = build_doc(
        words,
        [1, 1, 1, 2, 5, 3, 5, 5, 9, 7, 9, 10],
        ["nsubj", "ROOT", "prep", "pobj", "nsubj", "relcl", "cc", "conj", "poss", "pobj",
         "prep", "pobj"],
    )
    assert _spoken_about(TokenView.of(doc), 11)
