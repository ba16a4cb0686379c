"""The cue lexicon: reporting verbs, prepositional cues and speaker-resolution word lists.

The lists live in ``tidings/data/cues.yaml`` and are loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

_KEYS = (
    "speech_verbs",
    "indirect_verbs",
    "prepositional_cues",
    "framing_verbs",
    "person_pronouns",
    "title_nouns",
    "withholding_verbs",
)


@dataclass(frozen=True, kw_only=True)
class CueLexicon:
    """Word lists that drive quote attribution (all lower-case lemmas)."""

    speech_verbs: frozenset[str]
    indirect_verbs: frozenset[str]
    prepositional_cues: tuple[tuple[str, ...], ...]
    framing_verbs: frozenset[str]
    person_pronouns: frozenset[str]
    title_nouns: frozenset[str]
    withholding_verbs: frozenset[str]
    title_abbreviations: dict[str, str]
    transcript_non_speakers: frozenset[str] = frozenset()

    @classmethod
    def builtin(cls) -> CueLexicon:
        """The lexicon shipped in ``tidings/data/cues.yaml`` (cached per process)."""
        return _builtin()

    @classmethod
    def from_mapping(cls, data: dict[str, Any], *, source: str = "<mapping>") -> CueLexicon:
        """Build a lexicon from a mapping with the keys of ``cues.yaml``."""
        missing = [k for k in _KEYS if not isinstance(data.get(k), list)]
        if missing:
            raise ConfigError(f"{source}: cue lexicon lacks list(s) {', '.join(missing)}")

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).strip().lower() for w in data[key])

        return cls(
            speech_verbs=words("speech_verbs"),
            indirect_verbs=words("indirect_verbs"),
            prepositional_cues=tuple(
                tuple(str(p).lower().split()) for p in data["prepositional_cues"]
            ),
            framing_verbs=words("framing_verbs"),
            person_pronouns=words("person_pronouns"),
            title_nouns=words("title_nouns"),
            withholding_verbs=words("withholding_verbs"),
            transcript_non_speakers=frozenset(
                str(w).lower() for w in data.get("transcript_non_speakers") or ()),
            title_abbreviations={str(k).lower().rstrip("."): str(v).lower() for k, v in
                                 (data.get("title_abbreviations") or {}).items()},
        )


@lru_cache(maxsize=1)
def _builtin() -> CueLexicon:
    path = resources.files("tidings") / "data" / "cues.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the cue lexicon {path}: {exc}; reinstall tidings") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of word lists")
    return CueLexicon.from_mapping(data, source=str(path))
