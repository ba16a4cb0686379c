"""Shared fixtures: the real spaCy pipeline, the shared data folder, hand-built Docs."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  # never let thinc import torch

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository; tests that need it skip when it is absent."""
    if not (SHARED / "README.md").is_file():
        pytest.skip("../shared is absent: this test reads the shared evaluation data")
    return SHARED


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The trained English pipeline, loaded once for the whole session."""
    from tidings.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def build_doc() -> Callable[..., Any]:
    """Build a spaCy Doc by hand (words, heads as absolute indices, deps, optional pos, tags,
    lemmas, and ents as (start, end, label) token spans), so rule tests do not depend on what a
    trained model happens to predict."""
    import spacy
    from spacy.tokens import Doc, Span

    vocab = spacy.blank("en").vocab

    def _build(
        words: Sequence[str],
        heads: Sequence[int],
        deps: Sequence[str],
        *,
        pos: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        lemmas: Sequence[str] | None = None,
        ents: Sequence[tuple[int, int, str]] = (),
        spaces: Sequence[bool] | None = None,
    ) -> Doc:
        if spaces is None:
            spaces = [
                i + 1 < len(words) and words[i + 1] not in {".", ",", "'s", "?", "!", ";", ":"}
                for i in range(len(words))
            ]
        doc = Doc(
            vocab,
            words=list(words),
            spaces=list(spaces),
            heads=list(heads),
            deps=list(deps),
            pos=list(pos) if pos else None,
            tags=list(tags) if tags else None,
            lemmas=list(lemmas) if lemmas else [w.lower() for w in words],
            sent_starts=[i == 0 for i in range(len(words))],
        )
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
        return doc

    return _build
