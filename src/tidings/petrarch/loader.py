"""Find and load every PETRARCH dictionary in a directory."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..actors import ActorEntry
from ..errors import ConfigError
from .actors import read_actors
from .agents import AgentEntry, read_agents
from .discards import Discards, read_discards
from .verbs import VerbPattern, read_verbs

log = logging.getLogger(__name__)

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
    actors: list[ActorEntry] = []
    agents: list[AgentEntry] = []
    verbs: list[VerbPattern] = []
    synsets: dict[str, tuple[str, ...]] = {}
    discards = Discards()
    problems: list[str] = []
    for path in found["actors"]:
        entries, issues = read_actors(path)
        actors += entries
        problems += issues
    for path in found["agents"]:
        agent_entries, issues = read_agents(path)
        agents += agent_entries
        problems += issues
    for path in found["verbs"]:
        patterns, file_synsets, issues = read_verbs(path)
        verbs += patterns
        synsets.update(file_synsets)
        problems += issues
    for path in found["discards"]:
        file_discards, issues = read_discards(path)
        discards = discards.merged(file_discards)
        problems += issues
    result = PetrarchDictionaries(
        actors=actors,
        agents=agents,
        verbs=verbs,
        discards=discards.phrases,
        discard_list=discards,
        synsets=synsets,
        files=tuple(p.name for paths in found.values() for p in paths),
        problems=tuple(problems),
    )
    log.info("loaded PETRARCH dictionaries from %s: %s", directory, result.counts())
    return result
