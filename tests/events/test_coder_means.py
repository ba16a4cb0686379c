"""Acts done as the means of another ("punished X by imposing sanctions") and infinitives whose
subject a "for" phrase names ("a demand for Serbia to recognise Kosovo") on real parses.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows, coded_triples

pytestmark = pytest.mark.model
ON = date(2022, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        # a means with no party of its own is aimed at the object of the act it serves
        "Canada punished Belarus by imposing sanctions.",
        # ... also as one of several means, after "including"
        "Canada held Belarus accountable, including by imposing tariffs.",
    ],
)
def test_a_means_is_aimed_at_the_object_of_the_act_it_serves(nlp: Any, text: str) -> None:
    assert ("CAN", "BLR", "163") in coded_triples(nlp, text, ON)


def test_a_means_takes_no_possessor_of_the_object(nlp: Any) -> None:
    # the served act's object is no party ("Britain's standing"): the means has no target
    got = coded_triples(nlp, "Labour wants to restore Britain's reputation by fighting "
                        "poverty and disease.", ON)
    assert not any(t == "GBR" for _s, t, _c in got), got


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The pact came despite an EU demand for Serbia to recognise Kosovo.", ("SRB", "KSV")),
        ("The deal came despite an EU call for Armenia to recognise Azerbaijan.", ("ARM", "AZE")),
    ],
)
def test_a_for_phrase_names_the_subject_of_the_infinitive_after_it(
    nlp: Any, text: str, sides: tuple[str, str]
) -> None:
    assert_rows(nlp, text, ON, {(*sides, "054", "future")}, set())


def test_a_for_phrase_naming_an_act_is_no_subject(nlp: Any) -> None:
    # "backing for Peru's operation to shield": the operation does not denounce anyone
    got = coded_triples(nlp, "The leader of Chile voiced firm backing for Peru's special "
                        "operation to shield the people of the northern provinces, denouncing "
                        "the line of Bolivia.", ON)
    assert ("CHL", "BOL", "111") in got, got


def test_an_including_after_another_verb_is_no_means_of_the_first(nlp: Any) -> None:
    # the parser hung ", including by opening corridors" on the discussion's infinitive, far
    # back: the discussers open nothing
    got = coded_triples(nlp, "Lula and Petro reviewed the situation in Haiti in the framework "
                        "of the mission to defend Port-au-Prince and Brazil's continuing attempts "
                        "to guarantee the security of residents, including by opening aid "
                        "corridors.", ON)
    assert not any(c == "0863" for _s, _t, c in got), got
