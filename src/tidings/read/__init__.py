"""The Read stage: input files to Documents, Documents to Articles.

``read_inputs(paths, options=)`` yields a ``Document`` per article found in files,
directories and stdin (plain text, Markdown with front matter, HTML, JSON Lines, JSON,
CSV/TSV, RSS/Atom, WARC) and a ``Failure`` per input that cannot be read; it never raises.
``build_article(document, options=)`` cleans the text and derives the ``Article`` record (ids,
publication date, outlets, language), raising ``InputError`` for empty or non-English text.
"""

from tidings.read.article import build_article, canonical_url, clean_text
from tidings.read.files import EXTENSIONS, format_of, read_inputs, sniff_format
from tidings.read.options import FORMATS, ReadOptions

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "ReadOptions",
    "build_article",
    "canonical_url",
    "clean_text",
    "format_of",
    "read_inputs",
    "sniff_format",
]
