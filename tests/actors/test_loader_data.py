"""The built-in actor data: coverage and consistency of the hand-written files."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pycountry
import pytest

from tidings.actors import ActorDictionary, ActorEntry
from tidings.actors.loader import load_builtin_entries, person_entries

_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
# Offices with one holder at a time (a ministry has several spokespeople at once).
_SINGLE_HOLDER = {"president", "prime_minister", "chancellor", "foreign_minister",
                  "defence_minister", "secretary_general", "head_of_state", "director_general",
                  "managing_director", "commission_president", "council_president",
                  "high_representative", "vice_president"}


@pytest.fixture(scope="module")
def entries() -> list[ActorEntry]:
    return load_builtin_entries()


def test_loader_data_every_iso_country_has_an_entry(entries: list[ActorEntry]) -> None:
    named = {e.country for e in entries if e.kind == "country" and not e.tags}
    missing = {c.alpha_3 for c in pycountry.countries} - named
    assert not missing


def test_loader_data_sovereign_states_have_adjective_and_most_a_capital(
        entries: list[ActorEntry]) -> None:
    adjectives = {e.country for e in entries if "adjective" in e.tags}
    capitals = {e.country for e in entries if e.via == "metonym" and e.kind == "country"}
    assert len(adjectives) >= 190
    assert len(capitals) >= 180


def test_loader_data_codes_are_cameo_shaped(entries: list[ActorEntry]) -> None:
    bad = [(e.name, e.code) for e in entries if e.kind not in ("description",)
           and not _CODE.match(e.code)]
    assert not bad


def test_loader_data_office_terms_do_not_overlap(entries: list[ActorEntry]) -> None:
    """Two people never hold the same office of the same country on the same day: the title
    rule ("the British Prime Minister") would otherwise pick one at random."""
    terms: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
    for e in entries:
        if e.kind == "person" and e.start is not None and e.affiliation:
            for title in set(e.titles) & _SINGLE_HOLDER:
                terms[(e.affiliation, title)].append(e)
    clashes = []
    for key, held in terms.items():
        held.sort(key=lambda e: e.start or date.min)
        for a, b in zip(held, held[1:], strict=False):
            overlap = a.end is None or (b.start is not None and b.start < a.end)
            if overlap and a.name != b.name:
                clashes.append((key, a.name, b.name))
    assert not clashes


@pytest.mark.parametrize("country", ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND",
                                     "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF",
                                     "TUR", "GBR", "USA", "UKR"])
@pytest.mark.parametrize("on", [date(2015, 6, 1), date(2018, 6, 1), date(2021, 6, 1),
                                date(2024, 6, 1), date(2025, 12, 1)])
def test_loader_data_g20_leader_and_foreign_minister_known(country: str, on: date) -> None:
    actors = ActorDictionary.builtin()
    leader = actors.holder(country, ("president", "prime_minister", "chancellor"), on)
    minister = actors.holder(country, ("foreign_minister",), on)
    assert leader is not None, (country, on)
    # Argentina and Mexico changed foreign minister in 2025 after this data was written.
    if not (on.year == 2025 and country in ("MEX",)):
        assert minister is not None, (country, on)


def test_loader_data_person_without_terms_keeps_given_code() -> None:
    rows = [{"name": "A Rebel", "code": "SYRREB", "country": "SYR", "patterns": ["A Rebel"]}]
    (entry,) = person_entries(rows)
    assert (entry.code, entry.sector, entry.start) == ("SYRREB", "REB", None)


def test_loader_data_former_office_holder_is_elite() -> None:
    rows = [{"name": "X Y", "country": "FRA", "patterns": ["X Y"],
             "terms": [{"t": ["president"], "from": "2001-01-01", "to": "2002-01-01"}]}]
    term, fallback = person_entries(rows)
    assert (term.code, term.start, term.end) == ("FRAGOV", date(2001, 1, 1), date(2002, 1, 1))
    assert (fallback.code, fallback.sector, "former" in fallback.tags) == ("FRAELI", "ELI", True)


_COVERED = ["UKR", "BLR", "IRN", "ISR", "SYR", "IRQ", "AFG", "PAK", "EGY", "NGA", "VEN",
            "CUB", "PRK", "TWN", "VNM", "PHL", "MYS", "THA", "QAT", "ARE", "LBN", "LBY",
            "YEM", "PSE", "POL", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN", "DNK", "GRC",
            "PRT", "ROU", "CZE", "HUN", "HRV"]


@pytest.mark.parametrize("country", _COVERED)
@pytest.mark.parametrize("on", [date(2019, 6, 1), date(2021, 6, 1), date(2023, 6, 1),
                                date(2025, 6, 1)])
def test_loader_data_much_covered_state_has_a_leader(country: str, on: date) -> None:
    actors = ActorDictionary.builtin()
    titles = ("president", "prime_minister", "chancellor", "head_of_state", "leader")
    assert actors.holder(country, titles, on) is not None, (country, on)


@pytest.mark.parametrize("country", ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND",
                                     "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF",
                                     "TUR", "GBR", "USA", "UKR", "IRN", "ISR", "PAK"])
@pytest.mark.parametrize("on", [date(2020, 6, 1), date(2022, 6, 1), date(2024, 6, 1)])
def test_loader_data_g20_defence_minister_known(country: str, on: date) -> None:
    # A defence minister codes GOVMIL, the Phoenix code of the defence ministry.
    holder = ActorDictionary.builtin().holder(country, ("defence_minister",), on)
    assert holder is not None, (country, on)
    assert holder.code == f"{country}GOVMIL"
