"""Event coding: CAMEO/PLOVER facts, the verb lexicon, argument extraction, modality, the coder.

Public interface:

- ``code_events(article, doc, *, index, lexicon=None) -> list[Event]``: the events of
  a parsed article.
- ``code_sentence(text, *, nlp, dictionary, on, lexicon=None) -> list[Event]``: one
  sentence, dated ``on``.
- ``VerbLexicon.builtin()``: the shipped lexicon (``tidings/data/verbs.yaml``).
- ``cameo_info(code) -> CameoInfo``: label, Goldstein, root, QuadClass (GDELT), PLOVER
  type and mode.
- ``CODER``: the coder name and version stamped on every event.
"""

from .cameo import CameoInfo, cameo_info, cameo_table
from .coder import CODER, code_events, code_sentence
from .lexicon import LexEntry, VerbLexicon

__all__ = [
    "CODER",
    "CameoInfo",
    "LexEntry",
    "VerbLexicon",
    "cameo_info",
    "cameo_table",
    "code_events",
    "code_sentence",
]
