"""US states that share a country's name ("Georgia"), cities named "<City>, <State>", and
titles a plain role noun does not cover (deputies of an IGO office, rulers, members of
parliament)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, ActorIndex, index_actors

ON = date(2022, 2, 10)


def _index(nlp: Any, actors: ActorDictionary, text: str) -> ActorIndex:
    return index_actors(nlp(text), dictionary=actors, on=ON)


def _code(index: ActorIndex, text: str) -> str:
    found = [m for m in index.mentions if m.text == text]
    assert found, f"{text!r} not in {[(m.text, m.code) for m in index.mentions]}"
    return found[0].code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Georgia Governor", "USAGOV"),
        ("Georgia's governor", "USAGOV"),
        ("the Georgia Senate", "USALEG"),
        # a US state's secretary of state is no foreign minister of the United States
        ("Georgia's secretary of state", "USAGOV"),
        # the country's own offices and coordinated countries keep the country
        ("Georgia's president", "GEOGOV"),
        ("Georgia's parliament", "GEOLEG"),
        ("the Georgian government", "GEOGOV"),
        ("Tbilisi", "GEOGOV"),
        # a capital before an American state is a US city of that name, not a metonym
        ("Moscow, Idaho", "USA"),
        ("the mayor of Paris, Texas", "USAGOV"),
    ],
)
def test_states_lookup_reads_state_or_country(actors, phrase: str, code: str) -> None:
    actor = actors.lookup(phrase, on=ON)
    assert actor is not None and actor.code == code


def test_states_lookup_state_office_is_no_national_office_holder(actors) -> None:
    actor = actors.lookup("Georgia's secretary of state", on=ON)
    assert actor is not None and actor.kind == "role"  # not the US Secretary of State


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("NATO Deputy Secretary General", "IGOWSTNAT"),
        ("the UN's deputy secretary-general", "IGOUNO"),
        ("the IAEA deputy director", "IGOUNOIAE"),
        ("the IAEA Deputy Director General", "IGOUNOIAE"),
        ("the EU's foreign policy chief", "IGOEUREEC"),
        ("the United Arab Emirates' de facto ruler", "AREGOV"),
        ("Bahrain's ruler", "BHRGOV"),
        ("Kuwait's emir", "KWTGOV"),
        ("the Saudi crown prince", "SAUGOV"),
        ("the New Zealand Member of Parliament", "NZLLEG"),
        ("Australian lawmakers", "AUSLEG"),
        ("members of parliament from Kenya", "KENLEG"),
    ],
)
def test_states_lookup_titles_bind_to_their_body(actors, phrase: str, code: str) -> None:
    actor = actors.lookup(phrase, on=ON)
    assert actor is not None and actor.code == code


def test_states_lookup_deputy_is_not_the_office_holder(actors) -> None:
    actor = actors.lookup("NATO Deputy Secretary General", on=ON)
    assert actor is not None and actor.kind == "role" and "Stoltenberg" not in actor.name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Police in Union City, Georgia, arrested two teenagers on Monday.",
         "Police in Union City, Georgia", "USACOP"),
        ("A tornado struck homes in Valdosta, Georgia, overnight.", "Valdosta, Georgia",
         "USA"),
        ("The mayor of Macon, Georgia, thanked the volunteers.",
         "The mayor of Macon, Georgia", "USAGOV"),
        ("Gov. Sam Jones of Georgia signed the budget on Friday.", "Georgia", "USA"),
        ("Officials in the state of Georgia recounted the ballots.", "Georgia", "USA"),
        ("Georgia Governor Sam Jones vetoed the measure.", "Georgia Governor Sam Jones",
         "USAGOV"),
        ("Georgia Republicans rallied in the suburbs.", "Georgia", "USA"),
        ("Georgia and Alabama sued the federal agency.", "Georgia", "USA"),
        ("Georgia and Azerbaijan signed a pipeline deal.", "Georgia", "GEO"),
        ("Russian tanks rolled into Georgia in August 2008.", "Georgia", "GEO"),
        ("Turkey, Georgia and Armenia discussed the railway.", "Georgia", "GEO"),
        ("Officials in Kutaisi, Georgia, welcomed the decision.", "Georgia", "GEO"),
        ("NATO Deputy Secretary General Petra Novak visited Tbilisi.",
         "NATO Deputy Secretary General Petra Novak", "IGOWSTNAT"),
        ("New Zealand Member of Parliament Aroha Tane criticized Beijing.",
         "New Zealand Member of Parliament Aroha Tane", "NZLLEG"),
        ("Oman's de facto ruler received the envoy.", "Oman's de facto ruler", "OMNGOV"),
    ],
)
def test_states_index_parsed_sentences(nlp, actors, text: str, mention: str, code: str) -> None:
    assert _code(_index(nlp, actors, text), mention) == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an office only one government has under its name is that country's, and takes the
        # name after it as any title does
        ("Assistant Secretary of State Mary Kowalski flew to Kyiv.",
         "Assistant Secretary of State Mary Kowalski", "USAGOV"),
        ("Home Secretary Tom Hartley announced the visa rules.",
         "Home Secretary Tom Hartley", "GBRGOV"),
        ("The Home Secretary announced the visa rules.", "The Home Secretary", "GBRGOV"),
        # ... unless another country is named with it, or it is written as a common noun
        ("India's Deputy Secretary of State met the envoy.",
         "India's Deputy Secretary of State", "INDGOV"),
        ("An assistant secretary of state met the envoy.", "assistant secretary of state",
         "---GOV"),
    ],
)
def test_states_index_national_offices(nlp, actors, text: str, mention: str, code: str) -> None:
    assert _code(_index(nlp, actors, text), mention) == code
