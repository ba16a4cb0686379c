"""Read PETRARCH ``*agents*.txt`` files: generic roles ("troops", "foreign minister").

Format, one agent a line::

    !CLERK! = CLERK, CLERKS, SCRIBE                substitution set
    HARBOUR_MASTER [~GOV]                          regular plural generated
    MOUSE_KEEPER {MICE_KEEPERS} [~BUS]             irregular plural(s) in {...}
    SHEEP {} [~AGR]                                {} = form no plural
    CHIEF_!CLERK! [~GOV]                           one phrase per substitution item
    CHARITY [NGO~]                                 "~" after: code goes before the actor's

An agent code is combined with the actor it is attached to: ``~MIL`` after it ("Freedonian
troops" -> FRDMIL), ``NGO~`` before it (NGOFRD); with no actor PETRARCH writes ``---MIL``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..actors import ActorEntry
from .lines import Problems, find_bracket, normalise_phrase, read_lines

_SUBSTITUTION = re.compile(r"!([A-Z0-9_]+)!")
_DEFINITION = re.compile(r"^!([A-Z0-9_]+)!\s*=\s*(.+)$")
_AGENT_CODE = re.compile(r"^[A-Z0-9]+$")


@dataclass(frozen=True, kw_only=True)
class AgentEntry:
    """A role phrase and the agent code it adds to an actor.

    ``patterns`` are lower-cased phrases, singular and plural forms included; ``code`` is the
    bare agent code ("GOV", "MIL", "NGO"); ``prefix`` is True for ``NGO~``-style codes that
    are written before the actor code rather than after it.
    """

    patterns: tuple[str, ...]
    code: str
    prefix: bool = False

    def combine(self, actor_code: str | None) -> str:
        """The code of this agent attached to ``actor_code`` ("FRD" + ~MIL -> "FRDMIL").

        Without an actor, a suffix agent gives PETRARCH's ``---MIL``; a prefix agent its bare
        code.
        """
        if self.prefix:
            return self.code + (actor_code or "")
        return (actor_code or "---") + self.code

    def to_actor_entry(self) -> ActorEntry:
        """This agent as a Tidings role entry, which the actor index joins with a country
        ("Freedonian" + "troops" -> FRDMIL). Prefix agents (``NGO~``) carry the tag
        ``prefix`` so the index can put their code first."""
        return ActorEntry(
            patterns=self.patterns,
            code=self.code,
            name=self.patterns[0] if self.patterns else self.code,
            sector=self.code,
            kind="role",
            tags=("prefix",) if self.prefix else (),
        )


def read_agents(path: Path) -> tuple[list[AgentEntry], list[str]]:
    """Parse an agents file; return the entries and the problems of skipped lines."""
    problems = Problems(path)
    substitutions: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for line in read_lines(path):
        text = line.stripped
        definition = _DEFINITION.match(text)
        if definition:
            items = [item.strip() for item in definition.group(2).split(",") if item.strip()]
            substitutions[definition.group(1)] = items
            continue
        try:
            entries.append(_parse_agent(text, substitutions))
        except ValueError as exc:
            problems.add(line.number, f"{exc}; line skipped")
    return entries, problems.messages


def _parse_agent(text: str, substitutions: dict[str, list[str]]) -> AgentEntry:
    split = find_bracket(text)
    if split is None:
        raise ValueError("agent has no [code]")
    before, inside, _ = split
    raw_code = inside.strip().upper()
    if "~" not in raw_code:
        raise ValueError(f"agent code {raw_code!r} lacks '~'")
    prefix = raw_code.endswith("~")
    code = raw_code.strip("~")
    if not _AGENT_CODE.match(code):
        raise ValueError(f"malformed agent code {raw_code!r}")
    phrase, plurals = _split_plurals(before)
    if not phrase:
        raise ValueError("agent has no phrase")
    forms = _expand(phrase, substitutions)
    if plurals is None and not _SUBSTITUTION.search(phrase):
        forms += [_regular_plural(form) for form in forms]
    forms += [normalise_phrase(p) for p in plurals or ()]
    patterns = tuple(dict.fromkeys(f for f in forms if f))
    return AgentEntry(patterns=patterns, code=code, prefix=prefix)


def _split_plurals(before: str) -> tuple[str, list[str] | None]:
    """``"GOLDEN_GOOSE {GOLDEN_GEESE}"`` -> ("GOLDEN_GOOSE", ["GOLDEN_GEESE"]); None when there
    are no braces (regular plural wanted), [] for ``{}`` (no plural)."""
    start = before.find("{")
    if start < 0:
        return before.strip(), None
    end = before.find("}", start)
    if end < 0:
        raise ValueError("unclosed '{' in plural")
    return before[:start].strip(), before[start + 1 : end].split()


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    """All phrases a ``!MARKER!`` phrase stands for, normalised (no plurals added)."""
    marker = _SUBSTITUTION.search(phrase)
    if marker is None:
        return [normalise_phrase(phrase)]
    items = substitutions.get(marker.group(1))
    if items is None:
        raise ValueError(f"substitution {marker.group(0)} used before it is defined")
    out: list[str] = []
    for item in items:
        out.extend(_expand(phrase[: marker.start()] + item + phrase[marker.end() :], substitutions))
    return out


def _regular_plural(phrase: str) -> str:
    """Plural of the last word: "foreign minister" -> "foreign ministers".

    PETRARCH adds -IES for any final Y and -ES only after SS; English is followed here
    instead ("attorneys", "bosses", "churches"), because these plurals are matched against
    real text rather than against PETRARCH's own output.
    """
    head, _, last = phrase.rpartition(" ")
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural
