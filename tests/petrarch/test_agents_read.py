"""Reading PETRARCH agent files: plurals, substitution sets, prefix/suffix codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.petrarch import AgentEntry, read_agents

AGENTS = """\
<!-- invented agents for the tests -->
!CLERK! = CLERK, CLERKS, SCRIBE
HARBOUR_MASTER [~GOV] # regular plural
SHEEP_FARMER {} [~AGR]
MOUSE_KEEPER {MICE_KEEPERS} [~BUS]
CHIEF_!CLERK! [~GOV]
CHARITY [NGO~]
BUS_BOSS [~BUS]
FERRY [  ~MILNAV]
NO_CODE_AT_ALL
LOCK_KEEPER [~LAB}
BAD_MARKER !NOPE! [~GOV]
NO_TILDE [GOV]
"""


@pytest.fixture()
def agents(tmp_path: Path) -> tuple[list[AgentEntry], list[str]]:
    path = tmp_path / "Test.agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    return read_agents(path)


@pytest.mark.parametrize(
    ("first", "patterns", "code", "prefix"),
    [
        ("harbour master", ("harbour master", "harbour masters"), "GOV", False),
        ("sheep farmer", ("sheep farmer",), "AGR", False),
        ("mouse keeper", ("mouse keeper", "mice keepers"), "BUS", False),
        ("chief clerk", ("chief clerk", "chief clerks", "chief scribe"), "GOV", False),
        ("charity", ("charity", "charities"), "NGO", True),
        ("bus boss", ("bus boss", "bus bosses"), "BUS", False),
        ("ferry", ("ferry", "ferries"), "MILNAV", False),
        ("lock keeper", ("lock keeper", "lock keepers"), "LAB", False),
    ],
)
def test_agents_read_entries(agents, first, patterns, code, prefix) -> None:
    entry = next(e for e in agents[0] if e.patterns[0] == first)
    assert (entry.patterns, entry.code, entry.prefix) == (patterns, code, prefix)


def test_agents_read_reports_bad_lines(agents) -> None:
    problems = agents[1]
    assert [p.split(":")[1] for p in problems] == ["10", "12", "13"]
    assert "no [code]" in problems[0] and "!NOPE!" in problems[1] and "'~'" in problems[2]


@pytest.mark.parametrize(
    ("code", "prefix", "actor", "combined"),
    [
        ("MIL", False, "GON", "GONMIL"),
        ("MIL", False, None, "---MIL"),
        ("NGO", True, "ARN", "NGOARN"),
    ],
)
def test_agents_combine_with_actor_codes(code, prefix, actor, combined) -> None:
    assert AgentEntry(patterns=("x",), code=code, prefix=prefix).combine(actor) == combined


def test_agents_become_role_entries(agents) -> None:
    entry = next(e for e in agents[0] if e.code == "MILNAV").to_actor_entry()
    assert (entry.kind, entry.sector, entry.code) == ("role", "MILNAV", "MILNAV")
    charity = next(e for e in agents[0] if e.prefix).to_actor_entry()
    assert "prefix" in charity.tags
