"""The Read stage: input files to Documents, Documents to Articles.

``read_inputs(paths, options=)`` yields a ``Document`` per article found in files,
directories and stdin (plain text, Markdown with front matter, HTML, JSON Lines, JSON,
CSV/TSV, RSS/Atom, WARC) and a ``Failure`` per input that cannot be read; it never raises.
``build_article(document, options=)`` cleans the text and derives the ``Article`` record (ids,
publication date, outlets, language), raising ``InputError`` for empty or non-English text.

``source_id`` is the input's own id when it has one (the ``id_field`` value, a feed entry's
id, a WARC record id), else the file path, with ``#N`` for the N-th item of a multi-item file
(the line number in JSON Lines, the data row in CSV/TSV, the item in JSON and feeds). Failures
name the same way, or ``file:line`` for a broken JSON line; ``Failure.message`` renders
``<source>: <reason>`` on one line.
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
