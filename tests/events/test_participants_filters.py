"""Participant filters: countryless sectors, the press audience, phrases a source may not
come from."""

from __future__ import annotations

import pytest

from tidings.events.participants import addressees, generic_only, specific
from tidings.model import Actor

GOV = Actor(text="officials", name="government", code="GOV", sector="GOV", kind="role")
MED = Actor(text="reporters", name="media", code="MED", sector="MED", kind="role")
UKRMED = Actor(text="Kyiv journalists", name="media", code="UKRMED", country="UKR", sector="MED")
RUS = Actor(text="Russia", name="Russia", code="RUS", country="RUS")
NATO = Actor(text="NATO", name="NATO", code="IGOWSTNAT", kind="igo")
NATO_ENVOYS = Actor(text="NATO envoys", name="NATO", code="IGOWSTNAT", kind="role")


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (GOV, None, True),
        (GOV, MED, True),
        (GOV, RUS, False),
        (RUS, None, False),
        (NATO, None, False),
        (NATO_ENVOYS, None, False),
        (GOV, NATO, False),
    ],
)
def test_generic_only(source: Actor, target: Actor | None, expected: bool) -> None:
    assert generic_only(source, target) is expected


@pytest.mark.parametrize(
    ("code", "targets", "expected"),
    [("010", [MED, RUS], [RUS]), ("040", [UKRMED], []), ("173", [UKRMED], [UKRMED])],
)
def test_addressees_drop_the_press_audience(
    code: str, targets: list[Actor], expected: list[Actor]
) -> None:
    assert addressees(targets, code=code) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [([GOV, RUS], [RUS]), ([GOV], [GOV]), ([NATO, GOV], [NATO]), ([RUS, UKRMED], [RUS, UKRMED])],
)
def test_specific_drops_countryless_beside_countries(
    found: list[Actor], expected: list[Actor]
) -> None:
    assert specific(found) == expected
