"""Wars waged and wars that are no fighting: "waging", "wages" and "staging" are read as the
verbs they are (the rule lemmatizer had cut them to "wag" and "stag"); a war of trade,
information or sanctions is no military force; a war waged "as" something else happens is
the background of it. A military operation announced is launched, unless a broadcaster
announces it.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows, coded_triples

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the inflected verbs find their lemma
        (
            "Azerbaijan is waging a war against Armenia.",
            {("AZE", "ARM", "190", "asserted")},
            set(),
        ),
        (
            "Azerbaijan wages war on Armenia, the ministry says.",
            {("AZE", "ARM", "190", "reported")},
            set(),
        ),
        (
            "China is staging military drills near Taiwan.",
            {("CHN", "TWN", "150", "asserted")},
            set(),
        ),
        # a military operation announced is launched; a broadcaster announcing one reports it
        (
            "Aliyev announced a military operation in Armenia.",
            {("AZE", "ARM", "190", "asserted")},
            set(),
        ),
        (
            "Azerbaijani state television announced a military operation in Armenia.",
            set(),
            {("AZE", "ARM", "190", "asserted")},
        ),
        # the operation named as a noun is force too
        (
            "Azerbaijan's military operation in Armenia entered its third day.",
            {("AZE", "ARM", "190", "asserted")},
            set(),
        ),
        # a war of trade, information or sanctions is fought with no force
        (
            "China is waging a trade war against Australia.",
            set(),
            {("CHN", "AUS", "190", "asserted")},
        ),
        (
            "Belarus's information war against Lithuania continues.",
            set(),
            {("BLR", "LTU", "190", "asserted")},
        ),
        # sanctions "targeted" at a party are aimed, not fired
        (
            "Britain discusses with Canada targeted sanctions against Iran",
            set(),
            {("GBR", "IRN", "190", "asserted")},
        ),
        (
            "Hungary accused Brussels of waging an economic war against Budapest.",
            set(),
            {("IGOEUREEC", "HUN", "190", "alleged"), ("BEL", "HUN", "190", "alleged")},
        ),
        # ... whichever way it is named: between two parties, of words, or phoney
        (
            "The trade war between Japan and South Korea escalated.",
            set(),
            {("JPN", None, "190", "asserted"), ("JPN", "KOR", "190", "asserted")},
        ),
        (
            "Britain and France fought a war of words over fishing rights.",
            set(),
            {("GBR", "FRA", "190", "asserted"), ("FRA", "GBR", "190", "asserted")},
        ),
        (
            "Macron will end the phoney war of recent weeks and call a referendum.",
            set(),
            {("FRA", None, "087", "future")},
        ),
        # a war called by a name is no war called for: it is going on
        (
            "Why Azerbaijan's invasion of Armenia is being called a drone war",
            {("AZE", "ARM", "190", "asserted")},
            {("AZE", "ARM", "190", "future")},
        ),
        # a war between two states is fought by each on the other
        (
            "The war between Eritrea and Ethiopia escalated.",
            {("ERI", "ETH", "190", "asserted"), ("ETH", "ERI", "190", "asserted")},
            {("ERI", None, "190", "asserted")},
        ),
        # a place named before the war is where it is fought, not who wages it; a
        # possessive before the place still names the agent
        (
            "The Yemen war may increase the need for oil.",
            set(),
            {("YEM", None, "190", "asserted"), ("YEM", None, "190", "conditional")},
        ),
        (
            "Saudi Arabia's Yemen war may increase the need for oil.",
            {("SAU", "YEM", "190", "asserted")},
            set(),
        ),
    ],
)
def test_wars_waged(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    assert_rows(nlp, text, ON, expected, absent)


def test_war_waged_as_context_is_background(nlp: Any) -> None:
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence

    text = "Prices rose sharply as Azerbaijan waged its war against Armenia."
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    wars = [e for e in events if e.cameo == "190"]
    assert wars, events
    assert all(e.background for e in wars), wars


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # coming under fire "over" anything but a place or a time is criticism
        (
            "Norway came under fire from Sweden over arms exports.",
            {("SWE", "NOR", "111")},
            {("SWE", "NOR", "190")},
        ),
        ("Israeli troops came under fire from Gaza overnight.", set(), {("PSEGZA", "ISR", "111")}),
        # ... as it is from politicians, or for a politician; not from soldiers or rebels
        (
            "The Peruvian president came under fire from opposition senators on Tuesday.",
            {("PER", "PER", "111")},
            {("PER", "PER", "190"), ("---OPP", "PER", "111")},
        ),
        ("The Chilean premier came under fire from Bolivia.", {("BOL", "CHL", "111")},
         {("BOL", "CHL", "190")}),
        ("An aid convoy came under fire from Sudanese soldiers near Khartoum.", set(),
         {("SDN", "SDN", "111")}),
        ("Kyiv came under fire from Russia.", set(), {("RUS", "UKR", "111")}),
    ],
)
def test_coming_under_fire_over_a_matter_is_criticism(
    nlp: Any, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    got = coded_triples(nlp, text, ON)
    assert expected <= got, got
    assert not (absent & got), got
