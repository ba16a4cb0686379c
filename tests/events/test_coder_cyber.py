"""Cyber attacks (CAMEO.2.0 176, PLOVER COERCE with mode cyber): hacking a party, or
attacking, defacing or taking down its websites and networks, is no military force.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows

from tidings.events import cameo_info

pytestmark = pytest.mark.model
ON = date(2022, 1, 20)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # websites attacked are hacked, not shelled
        (
            "Iranian hackers attacked Israeli water company websites on Sunday.",
            {("IRN", "ISR", "176", "asserted")},
            {("IRN", "ISR", "190", "asserted")},
        ),
        # a cyber attack that "hits" a party is a cyber attack, whatever the verb
        (
            "North Korean cyberattacks hit South Korean banks.",
            {("PRK", "KOR", "176", "asserted")},
            {("PRK", "KOR", "190", "asserted")},
        ),
        (
            "A Chinese DDoS attack struck Taiwan's parliament.",
            {("CHN", "TWN", "176", "asserted")},
            {("CHN", "TWN", "190", "asserted")},
        ),
        (
            "North Korea launched a cyberattack on South Korean banks.",
            {("PRK", "KOR", "176", "asserted")},
            set(),
        ),
        (
            "China staged a cyber attack against Taiwan's parliament.",
            {("CHN", "TWN", "176", "asserted")},
            set(),
        ),
        (
            "Chinese hackers took down the websites of two Indian ministries.",
            {("CHN", "IND", "176", "asserted")},
            set(),
        ),
        (
            "Russian hackers hacked into the email accounts of Polish officials.",
            {("RUS", "POL", "176", "asserted")},
            set(),
        ),
        # a threat of one is a threat, not the attack
        (
            "Iran will launch a cyberattack on Saudi oil firms, officials said.",
            {("IRN", "SAU", "176", "future")},
            {("IRN", "SAU", "176", "asserted")},
        ),
    ],
)
def test_cyber_attacks(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    assert_rows(nlp, text, ON, expected, absent)


def test_cyber_attacks_named_alone_are_no_war_force(nlp: Any) -> None:
    """ "Russian cyber attacks" with no target, dated in the war, are no attack on the war's
    other side: a cyber attack is no force, and the war does not say whom it hits."""
    assert_rows(nlp, "Estonia warned its banks to prepare for Russian cyber attacks.",
                date(2022, 3, 21), set(), {("RUS", "UKR", "190", "future")})


def test_cyber_attack_code_facts() -> None:
    info = cameo_info("176")
    assert (info.root, info.quad_class, info.plover, info.plover_mode) == (
        "17",
        4,
        "COERCE",
        "cyber",
    )
    assert info.goldstein == cameo_info("170").goldstein
