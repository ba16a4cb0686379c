"""The real pipeline over samples/, run once per session and shared by every samples test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.api import extract
from tidings.model import Failure
from tidings.pipeline import Result
from tidings.read import ReadOptions

# samples/README.md documents the files and is not an input (see its own note).
NOT_INPUTS = frozenset({"README.md"})


@pytest.fixture(scope="session")
def sample_results(samples_dir: Path) -> dict[str, list[Result]]:
    """File name -> the Results the real pipeline derives from it (several for CSV, JSON Lines
    and feeds), read with the default ReadOptions as `tidings extract samples/FILE` does.

    Each file is extracted on its own so items of multi-item files map back to their file
    (a JSON Lines record's ``source_id`` is its ``id``, not the path); the spaCy pipeline is
    loaded once and cached, so this is still one parse per article per session. A Failure is
    an error here: every sample is meant to be processed.
    """
    results: dict[str, list[Result]] = {}
    for path in sorted(samples_dir.iterdir()):
        if not path.is_file() or path.name in NOT_INPUTS:
            continue
        items = list(extract([str(path)], options=ReadOptions()))
        failures = [item for item in items if isinstance(item, Failure)]
        assert not failures, f"sample failed to process: {[f.message for f in failures]}"
        results[path.name] = [item for item in items if isinstance(item, Result)]
    return results
