"""Quotes: find quotations and reported speech in an article and attribute them.

Public interface (keep these names stable):

- ``attribute_quotes(article, doc, *, index, lexicon=None) -> list[Quote]``: direct, partial
  and indirect quotes with speaker (an ``Actor``; ``code=""`` when the dictionary does not
  know the speaker), cue, offsets and the outlets that relay them.
- ``CODER``: producer/version stamped on every Quote record.
- ``CueLexicon``: the reporting-verb lexicon (``CueLexicon.builtin()`` reads
  ``tidings/data/cues.yaml``).
- ``find_quotes(text)``: quotation spans in raw text, no parsing needed.
"""

from .attribute import CODER, attribute_quotes
from .find import QuoteSpan, find_quotes, paragraph_bounds
from .lexicon import CueLexicon

__all__ = ["CODER", "CueLexicon", "QuoteSpan", "attribute_quotes", "find_quotes",
           "paragraph_bounds"]
