"""Loading the real PETRARCH dictionaries from ../shared: counts, known entries, no crash."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.actors import ActorDictionary
from tidings.errors import ConfigError
from tidings.petrarch import load_dictionaries

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def validate(shared_dir: Path):
    return load_dictionaries(shared_dir / "data/eval/petrarch_unit")


@pytest.fixture(scope="module")
def phoenix(shared_dir: Path):
    return load_dictionaries(shared_dir / "data/reference/petrarch_dictionaries")


@pytest.fixture(scope="module")
def phoenix_actors(phoenix) -> ActorDictionary:
    return ActorDictionary(phoenix.actors)


def test_loader_finds_files_by_role(validate, phoenix) -> None:
    assert set(validate.files) == {
        "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt",
        "PETR.Validate.verbs.txt",
        "PETR.Validate.discards.txt",
    }
    assert "CAMEO.2.0.txt" in phoenix.files
    assert "CAMEO.verbpatterns.150430.txt" not in phoenix.files  # older copy, not loaded twice
    assert {
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "Phoenix.discards.txt",
    } <= set(phoenix.files)


@pytest.mark.parametrize(
    ("which", "key", "minimum"),
    [
        ("validate", "actors", 120),
        ("validate", "agents", 80),
        ("validate", "verb_patterns", 500),
        ("validate", "discards", 8),
        ("phoenix", "actors", 30000),
        ("phoenix", "agents", 2000),
        ("phoenix", "verb_patterns", 5000),
        ("phoenix", "synsets", 30),
        ("phoenix", "discards", 400),
    ],
)
def test_loader_counts(validate, phoenix, which, key, minimum) -> None:
    loaded = validate if which == "validate" else phoenix
    assert loaded.counts()[key] >= minimum


def test_loader_skips_few_lines(validate, phoenix) -> None:
    # Each skipped line is a real slip in the files (7-digit dates, "[080!]"); a jump here
    # means the reader misreads the format.
    assert len(validate.problems) <= 10
    assert len(phoenix.problems) <= 20


@pytest.mark.parametrize(
    ("phrase", "on", "code"),
    [
        ("Arnor", date(1995, 1, 1), "ARN"),
        ("Minas Tirith", date(1995, 1, 1), "GON"),
        ("Smeagol", date(1994, 1, 1), "HOB"),
        ("Smeagol", date(1997, 1, 1), "HOBGOV"),
        ("Smeagol", date(2001, 1, 1), "HOBREB"),
        ("Zimbabwe", date(1978, 12, 23), "RHO"),
        ("Zimbabwe", date(2001, 1, 1), "ZBW"),
        ("Sam Gamgee", date(2010, 1, 10), "ORCHOB"),  # the first restriction that holds wins
        ("Sam Gamgee", date(2010, 1, 13), "HOBMIL"),
    ],
)
def test_loader_validate_actors_resolve(validate, phrase, on, code) -> None:
    dictionary = ActorDictionary(validate.actors)
    assert dictionary.lookup(phrase, on=on).code == code


@pytest.mark.parametrize(
    ("phrase", "on", "code"),
    [
        ("Afghanistan", None, "AFG"),
        ("Kabul", None, "AFG"),
        ("Kofi Annan", date(2000, 1, 1), "IGOUNO"),
    ],
)
def test_loader_phoenix_actors_resolve(phoenix_actors, phrase, on, code) -> None:
    assert phoenix_actors.lookup(phrase, on=on).code == code


def test_loader_validate_agents_and_verbs(validate) -> None:
    troops = next(a for a in validate.agents if "troops" in a.patterns)
    assert troops.code == "MIL" and not troops.prefix
    restore = [p for p in validate.verbs if p.code == "064"]
    assert restore, "the validation verbs code diplomatic ties (064)"
    assert "&TIETYPES" in validate.synsets


def test_loader_refuses_a_directory_without_dictionaries(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no PETRARCH dictionaries"):
        load_dictionaries(tmp_path)
