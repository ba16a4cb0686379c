"""PETRARCH/TABARI dictionaries: read actor, agent, verb-pattern and discard files.

Users who maintain PETRARCH dictionaries can point Tidings at them (``--dictionaries DIR``).
The readers turn the files into Tidings records; how the coder uses them is decided there.

- ``load_dictionaries(directory) -> PetrarchDictionaries``: every file of a directory by name.
- ``read_actors(path)``, ``read_agents(path)``, ``read_verbs(path)``, ``read_discards(path)``:
  one file each, returning what was read and the "file:line: problem" list of skipped lines.
- ``AgentEntry``, ``VerbForm``, ``VerbPattern``, ``Discards``: the record types they produce
  (actors become ``tidings.actors.ActorEntry``).
"""

from .actors import read_actors
from .agents import AgentEntry, read_agents
from .discards import Discards, read_discards
from .lines import parse_petrarch_date
from .loader import PetrarchDictionaries, find_dictionary_files, load_dictionaries
from .verbs import VerbForm, VerbPattern, read_verbs

__all__ = [
    "AgentEntry",
    "Discards",
    "PetrarchDictionaries",
    "VerbForm",
    "VerbPattern",
    "find_dictionary_files",
    "load_dictionaries",
    "parse_petrarch_date",
    "read_actors",
    "read_agents",
    "read_discards",
    "read_verbs",
]
