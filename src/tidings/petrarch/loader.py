"""Find and load every PETRARCH dictionary in a directory."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ..actors import ActorEntry
from ..errors import ConfigError
from .actors import read_actors
from .agents import AgentEntry, read_agents
from .discards import Discards, read_discards
from .verbs import VerbPattern, read_verbs

log = logging.getLogger(__name__)

_Entry = TypeVar("_Entry")

# File roles by name, as PETRARCH's distributions name them. "CAMEO.<version>.txt" is the
# verb file; CAMEO.verbpatterns.*.txt is an older copy of the same patterns and is left out so
# a directory holding both does not load every pattern twice.
ACTOR_GLOBS = ("*.actors.txt", "*.actors.*.txt")
AGENT_GLOBS = ("*agents*.txt",)
VERB_GLOBS = ("*verbs*.txt", "CAMEO.[0-9]*.txt")
DISCARD_GLOBS = ("*discards*.txt",)


@dataclass(frozen=True, kw_only=True)
class PetrarchDictionaries:
    """Everything read from one directory of PETRARCH dictionaries.

    ``discards`` are the discard phrases (lower-cased); ``discard_list`` keeps their story /
    sentence level and whole-word flags and can test a text (``discard_list.find(text)``).
    ``files`` names what was read; ``problems`` lists every skipped line as "file:line: why".
    """

    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    verbs: list[VerbPattern] = field(default_factory=list)
    discards: frozenset[str] = frozenset()
    discard_list: Discards = field(default_factory=Discards)
    synsets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    def actor_entries(self) -> list[ActorEntry]:
        """Actors and agents as entries for ``ActorDictionary`` (agents as ``role`` entries)."""
        return [*self.actors, *(agent.to_actor_entry() for agent in self.agents)]

    def counts(self) -> dict[str, int]:
        """How much was loaded, for logs and reports."""
        return {
            "actors": len(self.actors),
            "actor_patterns": sum(len(e.patterns) for e in self.actors),
            "agents": len(self.agents),
            "verb_patterns": len(self.verbs),
            "synsets": len(self.synsets),
            "discards": len(self.discards),
            "problems": len(self.problems),
        }


def find_dictionary_files(directory: Path) -> dict[str, list[Path]]:
    """The dictionary files of ``directory`` by role (actors, agents, verbs, discards)."""
    roles = {
        "actors": ACTOR_GLOBS,
        "agents": AGENT_GLOBS,
        "verbs": VERB_GLOBS,
        "discards": DISCARD_GLOBS,
    }
    found: dict[str, list[Path]] = {}
    for role, globs in roles.items():
        paths = {p for g in globs for p in directory.glob(g) if p.is_file()}
        found[role] = sorted(paths)
    return found


def load_dictionaries(directory: Path) -> PetrarchDictionaries:
    """Read every PETRARCH dictionary in ``directory``, recognised by file name.

    Actors: ``*.actors.txt``; agents: ``*agents*.txt``; verbs: ``*verbs*.txt`` or
    ``CAMEO.<version>.txt``; discards: ``*discards*.txt``. Several files of one kind are all
    read, in name order. Malformed lines are skipped and listed in ``problems``.
    """
    found = _find_or_fail(directory)
    result = _read_found(found)
    log.info("loaded PETRARCH dictionaries from %s: %s", directory, result.counts())
    return result


def _find_or_fail(directory: Path) -> dict[str, list[Path]]:
    """The dictionary files of ``directory`` by role; ConfigError when ``directory`` is not a
    directory or holds no file of any role (a wrong path should not pass as empty dictionaries).
    """
    if not directory.is_dir():
        raise ConfigError(
            f"{directory} is not a directory: pass the folder holding the "
            "PETRARCH dictionaries (*.actors.txt, *agents*.txt, ...)"
        )
    found = find_dictionary_files(directory)
    if not any(found.values()):
        raise ConfigError(
            f"no PETRARCH dictionaries in {directory}: expected files named "
            "*.actors.txt, *agents*.txt, *verbs*.txt / CAMEO.<version>.txt "
            "or *discards*.txt"
        )
    return found


def _read_found(found: Mapping[str, list[Path]]) -> PetrarchDictionaries:
    """Read the files ``find_dictionary_files`` found, role by role (actors, agents, verbs,
    discards), so ``problems`` lists skipped lines in that order."""
    problems: list[str] = []
    actors = _read_each(found["actors"], read_actors, problems)
    agents = _read_each(found["agents"], read_agents, problems)
    verbs, synsets = _read_verb_files(found["verbs"], problems)
    discards = _read_discard_files(found["discards"], problems)
    return PetrarchDictionaries(
        actors=actors,
        agents=agents,
        verbs=verbs,
        discards=discards.phrases,
        discard_list=discards,
        synsets=synsets,
        files=tuple(p.name for paths in found.values() for p in paths),
        problems=tuple(problems),
    )


def _read_each(
    paths: Iterable[Path],
    read: Callable[[Path], tuple[list[_Entry], list[str]]],
    problems: list[str],
) -> list[_Entry]:
    """The entries ``read`` finds in every file of ``paths``, in order; each file's skipped
    lines are appended to ``problems``."""
    entries: list[_Entry] = []
    for path in paths:
        file_entries, issues = read(path)
        entries += file_entries
        problems += issues
    return entries


def _read_verb_files(
    paths: Iterable[Path], problems: list[str]
) -> tuple[list[VerbPattern], dict[str, tuple[str, ...]]]:
    """The verb patterns and synsets of every verb file; a synset defined again in a later
    file replaces the earlier definition."""
    verbs: list[VerbPattern] = []
    synsets: dict[str, tuple[str, ...]] = {}
    for path in paths:
        patterns, file_synsets, issues = read_verbs(path)
        verbs += patterns
        synsets.update(file_synsets)
        problems += issues
    return verbs, synsets


def _read_discard_files(paths: Iterable[Path], problems: list[str]) -> Discards:
    """Every discard file merged into one discard list."""
    discards = Discards()
    for path in paths:
        file_discards, issues = read_discards(path)
        discards = discards.merged(file_discards)
        problems += issues
    return discards
