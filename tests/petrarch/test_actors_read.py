"""Reading TABARI/PETRARCH actor files: phrases, synonyms, codes, date restrictions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.actors import ActorDictionary
from tidings.petrarch import read_actors

# Invented names; the layout follows the TABARI/PETRARCH actor format (tabs before dated codes).
ACTORS = """\
<!-- a test dictionary
     spanning two lines -->
FREEDONIA_  [FRD]   # capital below
+FREEDONIAN_
+CASA_GRANDE
SYLVANIA [SYL] ; legacy comment
RUFUS_T._FIREFLY
+FIREFLY_
\t[FRDGOV 19330101 - 19331231]
\t[FRDELI]
AMBASSADOR_TRENTINO [SYLGOV >331117]
BARON_VON_BLUMEN
\t[FRD < 320101]
KLOPSTOKIA
\t[KLP]
RURITANIA_AND_ZENDA [RUR/ZEN]
UNITED_TEAPOTS_LEAGUE [IGOTPT]
PLAIN_TEXT_WITH_NO_CODE
GRAND_FENWICK [GFW 2004017-20050101] [GFWGOV 990101-001231]
MISSING_CLOSE [FRD
EXTRA_DEFAULTS [AAA] [BBB]
"""


@pytest.fixture()
def entries(tmp_path: Path) -> dict[str, list[object]]:
    path = tmp_path / "test.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    read, problems = read_actors(path)
    by_code: dict[str, list[object]] = {}
    for e in read:
        by_code.setdefault(e.code, []).append(e)
    by_code["_problems"] = list(problems)
    return by_code


@pytest.mark.parametrize(
    ("code", "patterns"),
    [
        ("FRD", ("freedonia", "freedonian", "casa grande")),
        ("SYL", ("sylvania",)),
        ("FRDGOV", ("rufus t. firefly", "firefly")),
        ("KLP", ("klopstokia",)),
        ("IGOTPT", ("united teapots league",)),
    ],
)
def test_actors_read_patterns_and_synonyms(entries, code, patterns) -> None:
    assert entries[code][0].patterns == patterns


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        # limits are inclusive in PETRARCH; ActorEntry.end is exclusive, so end moves a day on
        ("FRDGOV", date(1933, 1, 1), date(1934, 1, 1)),
        ("FRDELI", None, None),
        ("SYLGOV", date(1933, 11, 17), None),  # YYMMDD with a year above 30 is 19YY
        ("GFWGOV", date(1999, 1, 1), date(2001, 1, 1)),  # 001231 is 2000-12-31
    ],
)
def test_actors_read_date_restrictions(entries, code, start, end) -> None:
    entry = entries[code][0]
    assert (entry.start, entry.end) == (start, end)


def test_actors_read_before_restriction_on_its_own_line(entries) -> None:
    baron = [e for e in entries["FRD"] if "baron von blumen" in e.patterns]
    assert len(baron) == 1
    assert baron[0].end == date(1932, 1, 2) and baron[0].start is None


def test_actors_read_dated_codes_come_before_the_default(entries, tmp_path: Path) -> None:
    path = tmp_path / "x.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    read, _ = read_actors(path)
    firefly = [e.code for e in read if "firefly" in e.patterns]
    assert firefly == ["FRDGOV", "FRDELI"]


def test_actors_read_compound_code_gives_one_entry_per_actor(entries) -> None:
    assert entries["RUR"][0].patterns == entries["ZEN"][0].patterns == ("ruritania and zenda",)


def test_actors_read_kinds(entries) -> None:
    assert entries["FRD"][0].kind == "country" and entries["FRD"][0].country == "FRD"
    igo = entries["IGOTPT"][0]
    assert (igo.kind, igo.country, igo.sector) == ("igo", None, None)
    assert entries["FRDGOV"][0].kind == "person" and entries["FRDGOV"][0].sector == "GOV"


def test_actors_read_later_default_replaces_earlier(entries) -> None:
    assert "AAA" not in entries and entries["BBB"][0].patterns == ("extra defaults",)


def test_actors_read_codeless_phrase_joins_the_next_coded_one(entries) -> None:
    # PETRARCH: a primary phrase without a code shares the code of the phrases that follow
    # until one has a code, so "plain text with no code" is a synonym of Grand Fenwick.
    assert "plain text with no code" in entries["GFWGOV"][0].patterns


def test_actors_read_reports_malformed_lines_with_line_numbers(entries) -> None:
    problems = entries["_problems"]
    assert any(p.startswith("test.actors.txt:19:") and "2004017" in p for p in problems)
    assert any(p.startswith("test.actors.txt:20:") and "unclosed" in p for p in problems)
    assert any(p.startswith("test.actors.txt:20:") and "no code" in p for p in problems)
    assert len(problems) == 3


def test_actors_read_entries_feed_the_actor_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "t.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    read, _ = read_actors(path)
    dictionary = ActorDictionary(read)
    assert dictionary.lookup("Freedonia").code == "FRD"
    assert dictionary.lookup("Rufus T. Firefly", on=date(1933, 6, 1)).code == "FRDGOV"
    assert dictionary.lookup("Rufus T. Firefly", on=date(1950, 6, 1)).code == "FRDELI"
