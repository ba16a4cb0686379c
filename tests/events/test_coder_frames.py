"""Pattern words on real parses: a preposition fronted before the verb frames the sentence and
is no part of the verb's phrase ("For his part, X called ..." is no "call for"), and "calls
for" something is an appeal (02), never a phone call.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)


Row = tuple[str | None, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an appeal (02), not a phone call (041)
        ("Hungary calls for restraint after clashes.", ("HUN", None, "02"), ("HUN", None, "04")),
        ("The Irish prime minister called for calm.", ("IRL", None, "02"), ("IRL", None, "04")),
        # "on live television" is where the appeal was made, not to whom
        (
            "The Brazilian president called on live television for calm.",
            ("BRA", None, "02"),
            ("BRA", "---MED", "02"),
        ),
        # a fronted "for" is no "call for"; the appeal is made to whom "on" names
        (
            "For his part, the Czech foreign minister called on Serbia to recognise Kosovo.",
            ("CZE", "SRB", "02"),
            ("CZE", None, "02"),
        ),
        # "called on" read as a particle verb with an object is still an appeal to them
        (
            "The Slovak president has called on his compatriots to read the news critically.",
            ("SVK", None, "02"),
            ("SVK", None, "04"),
        ),
        # ... and when the parser hangs them on the particle; what they are asked not to do
        # is no act of the caller's
        (
            "Lavrov has called on foreigners not to join Ukrainian forces.",
            ("RUS", None, "02"),
            ("RUS", "UKR", "06"),
        ),
    ],
)
def test_calls_for_and_fronted_frames(nlp: Any, text: str, expected: Row, absent: Row) -> None:
    """Rows compare (source, target, CAMEO root)."""
    got = {(s, t, c[:2]) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert expected in got, got
    assert absent not in got, got


def test_a_fronted_frame_is_no_part_of_the_trigger(nlp: Any) -> None:
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence

    text = "In his letter to the Emir of Qatar, the Indian prime minister expressed hope."
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    assert events and all(not e.trigger.startswith("In ") for e in events), [
        (e.cameo, e.trigger) for e in events
    ]


def test_who_is_called_on_acts_in_a_nested_infinitive(nlp: Any) -> None:
    # "called on X not to be afraid to V": X is to do V, through the adjective's infinitive
    got = coded_rows(nlp, "Lithuania called on Poland not to be afraid to oppose Belarus.", ON)
    assert ("POL", "BLR", "110", "future") in got, got
    assert not any(s == "LTU" and c == "110" for s, _t, c, _m in got), got


def test_a_demand_by_a_party_is_made_by_it(nlp: Any) -> None:
    # "the demand by X": X demands; the demand is made "on" or "to" whom it binds
    got = coded_rows(nlp, "The Georgian demand on Armenia to withdraw was clear.", ON)
    assert ("GEO", "ARM", "106", "asserted") in got, got  # (a demand to withdraw: 106)
    got = coded_rows(nlp, "The demand by Armenia for guarantees angered Georgia.", ON)
    assert not any(t == "ARM" and c == "100" for _s, t, c, _m in got), got
