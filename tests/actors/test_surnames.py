"""A surname alone after the full name: the same dated actor, unless another name is glued to
it or two people named in full share it.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors

pytestmark = pytest.mark.model
ON = date(2022, 3, 1)


def _coded(nlp: Any, text: str) -> list[tuple[str, str]]:
    index = index_actors(nlp(text), dictionary=ActorDictionary.builtin(), on=ON)
    return [(m.text, m.code) for m in index.mentions]


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        ("Prime Minister Boris Johnson toured a base in Estonia. Johnson praised the troops.",
         "Johnson", "GBRGOV"),
        ("Naftali Bennett spoke with Erdogan. Later Bennett called Macron.", "Bennett", "ISRGOV"),
        ("Jake Sullivan briefed reporters. Sullivan said the talks were useful.",
         "Sullivan", "USAGOV"),
    ],
)
def test_surname_after_the_full_name_is_that_person(
    nlp: Any, text: str, surname: str, code: str
) -> None:
    assert (surname, code) in _coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a surname before the full name, another first name, a firm's name
        "Johnson met the press before Boris Johnson spoke.",
        "Boris Johnson spoke. Dwayne Johnson starred in a film.",
        "Boris Johnson spoke. Johnson & Johnson shares fell.",
        # two people named in full share the surname: no telling which
        "Boris Johnson met Ben Johnson. Johnson smiled.",
    ],
)
def test_surname_left_alone(nlp: Any, text: str) -> None:
    coded = _coded(nlp, text)
    bare = [c for t, c in coded if t == "Johnson"]
    assert bare == [], coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare surname coordinated with a named leader is the leader of that name in office
        ("Scholz and Johnson discussed energy prices.", ("Johnson", "GBRGOV")),
        ("Macron, Petkov discuss Black Sea security", ("Petkov", "BGRGOV")),
        # ... a defence minister among them
        ("Reznikov and Austin discussed the meeting.", ("Austin", "USAGOVMIL")),
        # ... and one after the possessive of that leader's own country
        ("Lithuania praised Britain's Johnson for the troops.",
         ("Britain's Johnson", "GBRGOV")),
    ],
)
def test_surname_beside_a_leader_is_the_leader_in_office(
    nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _coded(nlp, text)


def test_surname_beside_a_leader_needs_one_in_office(nlp: Any) -> None:
    # no leader of that name in office: the surname stays no actor
    index = index_actors(nlp("Scholz and Johnson discussed energy prices."),
                         dictionary=ActorDictionary.builtin(), on=date(2023, 6, 1))
    assert "Johnson" not in [m.text for m in index.mentions]
    # a name suffix is no surname of a leader ("Jr." of a Philippine president)
    index = index_actors(nlp("Biden, Jr. met Chancellor Scholz in Berlin."),
                         dictionary=ActorDictionary.builtin(), on=date(2022, 9, 1))
    assert not [m.code for m in index.mentions if m.code.startswith("PHL")]
    # another country's possessive: no leader of that surname is that country's
    assert ("Johnson", "GBRGOV") not in _coded(nlp, "Lithuania praised Canada's Johnson.")


@pytest.mark.parametrize(
    "text",
    [
        # the parser may coordinate the country with the first leader and hang the name apart
        "Scholz and Poland's Duda to discuss energy on Monday",
        "Scholz met Poland's Duda.",
    ],
)
def test_country_possessive_belongs_to_its_leader(nlp: Any, text: str) -> None:
    coded = _coded(nlp, text)
    assert ("Poland's Duda", "POLGOV") in coded, coded
    assert "Poland" not in [t for t, _ in coded]


def test_a_namesake_named_in_full_keeps_the_surname_from_a_known_leader(nlp: Any) -> None:
    # the dictionary knows a senator by this surname alone; the text names someone else
    text = ("Anna McConnell, a Glasgow teacher, wrote to the paper. Ms McConnell said pupils "
            "were worried.")
    index = index_actors(nlp(text), dictionary=ActorDictionary.builtin(), on=ON)
    assert not [m for m in index.mentions if m.code == "USALEG"], index.mentions
    # ... while the known person named in full is still that person after
    coded = _coded(nlp, "Mitch McConnell spoke. McConnell left.")
    assert coded == [("Mitch McConnell", "USALEG"), ("McConnell", "USALEG")], coded
