"""Threats made by naming what an act would bring upon its author: "warned that a Russian
invasion would be met with sanctions" is the speaker threatening Russia with sanctions (1312),
as it is said; a military response is 138, countermeasures 131, any other consequence 130.
What things would cost, what has already followed and what is denied threaten no one.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows, coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 2, 10)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author named by an adjective, a possessive or a "by" phrase
        (
            "Tokyo warned that a Chinese blockade of Taiwan would be met with sanctions.",
            {("JPN", "CHN", "1312", "asserted")},
        ),
        (
            "Any Turkish incursion into Syria will trigger a military response, the Syrian "
            "foreign minister said.",
            {("SYR", "TUR", "138", "asserted")},
        ),
        (
            "Greece warned that Turkey's drilling in Cypriot waters would come at a high price.",
            {("GRC", "TUR", "130", "asserted")},
        ),
        (
            "An attack by Azerbaijan on Armenian villages would lead to crippling sanctions, "
            "Macron said.",
            {("FRA", "AZE", "1312", "asserted")},
        ),
        (
            "Berlin warned that Belarusian aggression against Lithuania would have severe "
            "economic consequences.",
            {("DEU", "BLR", "1312", "asserted")},
        ),
        # no author in the act: the party the warning is addressed to
        (
            "Macron told Erdogan that an assault on the Greek islands would have serious "
            "consequences.",
            {("FRA", "TUR", "130", "asserted")},
        ),
        # a pronoun stands for the act of the condition
        (
            "Poland said that if Belarus closes the border, it will be met with countermeasures.",
            {("POL", "BLR", "131", "asserted")},
        ),
        # a consequence said to be swift or severe: the condition's author, or whom it is for
        (
            "\u201cIf Serbia attacks Kosovo, it would be a grave error, and the response from"
            " Albania would be swift,\u201d the Albanian prime minister said.",
            {("ALB", "SRB", "130", "asserted")},
        ),
        (
            "Ankara said the consequences would be very severe for Greece.",
            {("TUR", "GRC", "130", "asserted")},
        ),
    ],
)
def test_a_named_consequence_threatens_the_author(nlp: Any, text: str, expected: set[Row]) -> None:
    assert_rows(nlp, text, ON, expected, set())


def test_the_warning_is_the_threat_it_spells_out(nlp: Any) -> None:
    """One threat for one warning: the specific threat stands, no plain warning beside it."""
    got = coded_rows(
        nlp, "Paris warned Ankara that a Turkish offensive would be met with sanctions.", ON
    )
    threats = {(s, t, c) for s, t, c, _m in got if c.startswith("13")}
    assert threats == {("FRA", "TUR", "1312")}, got


@pytest.mark.parametrize(
    "text",
    [
        # what things cost is no penalty
        "An oil embargo would lead to higher fuel prices, Hungary warned.",
        "Economists said a Chinese slowdown would have consequences for Australian exports.",
        # what has followed, what will not follow, a meeting, and an unnamed speaker
        "Russia's invasion of Ukraine has had severe consequences for Moldova, Sandu said.",
        "A Turkish offensive will not be met with sanctions, Hungary said.",
        "Biden will meet with sanctions officials from Japan next week.",
        "Analysts believe a Chinese blockade would trigger sanctions.",
        "If prices rise, the consequences would be severe, the Greek minister said.",
        "Ankara said the consequences would be severe for the Greek economy.",
    ],
)
def test_no_threat_without_a_penalty_on_an_author(nlp: Any, text: str) -> None:
    got = coded_rows(nlp, text, ON)
    assert not any(c.startswith("13") for _s, _t, c, _m in got), got
