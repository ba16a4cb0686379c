"""A cheap, deterministic English check: script first, then shares of function words.

Tidings' lexicons and the spaCy pipeline are English; a German or Russian article would be
parsed into nonsense events. Function words are the most frequent tokens of any text and
differ between languages, so their shares separate English from its Latin-script neighbours
on a paragraph already. The word lists are in ``data/language_words.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["english_problem"]

_SCRIPT_SAMPLE = 300
_ACRONYM_SCRIPTS = frozenset({"CJK"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Only the start of an article is needed, and it keeps the check O(1) for long transcripts.
_SAMPLE_CHARS = 4_000
# Thresholds, set on paragraphs of English wire copy (function-word share 0.35-0.55) and
# German/French/Spanish news (English share under 0.10): English needs at least this share
# of its tokens to be English function words...
_MIN_ENGLISH_SHARE = 0.15
# ...and texts shorter than this many words (headlines, ledes) are judged only by whether
# another language's function words clearly outnumber English ones, or there are none at
# all in a text of some length. Headline-style ledes run as low as 0.12: a 34-word CNN lede
# had 5 function words.
_SHORT_TEXT_WORDS = 80
_MIN_WORDS_WITHOUT_FUNCTION_WORDS = 20
# URLs and e-mail addresses are not language: "com" is a Portuguese function word.
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_MIN_LATIN_SHARE = 0.5


@dataclass(frozen=True)
class _Lexicon:
    english: frozenset[str]
    others: dict[str, frozenset[str]]  # language code -> its words that English does not use
    names: dict[str, str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = json.loads(
        resources.files("tidings.data").joinpath("language_words.json").read_text("utf-8"))
    english = frozenset(raw["words"]["en"])
    others = {code: frozenset(words) - english
              for code, words in raw["words"].items() if code != "en"}
    return _Lexicon(english, others, raw["names"])


def _is_latin(ch: str) -> bool:
    """Latin letters: ASCII, Latin-1 Supplement and Latin Extended A/B and Additional."""
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def english_problem(text: str) -> str | None:
    """None when ``text`` reads as English, else a one-line problem for InputError.

    The problem says what the text looks like: "not English (looks like German)", "not
    English (looks like Cyrillic script)", or "no English text" when there are no words.
    """
    sample = _URL.sub(" ", text[:_SAMPLE_CHARS])
    tokens = _WORD.findall(sample.lower().replace("’", "'"))
    if not tokens:
        return "no English text (no words found)"
    non_latin = [w for w in tokens if not w.isascii() and not _is_latin(w[0])]
    if len(non_latin) > (1 - _MIN_LATIN_SHARE) * len(tokens):
        top = Counter(_script(w[0]) for w in non_latin[:_SCRIPT_SAMPLE]).most_common(1)[0][0]
        name = top if top in _ACRONYM_SCRIPTS else top.title()
        return f"not English (looks like {name} script)"
    counts = Counter(tokens)
    words = len(tokens)
    lex = _lexicon()
    english = sum(counts[w] for w in lex.english)
    scores = {code: sum(counts[w] for w in vocab) for code, vocab in lex.others.items()}
    best, best_score = max(scores.items(), key=lambda kv: kv[1])
    if words < _SHORT_TEXT_WORDS:
        if best_score >= 2 and best_score > english:
            return f"not English (looks like {lex.names[best]})"
        if english == 0 and words >= _MIN_WORDS_WITHOUT_FUNCTION_WORDS:
            return "no English text (too few common English words)"
        return None
    if english / words >= _MIN_ENGLISH_SHARE and english >= best_score:
        return None
    if best_score > english:
        return f"not English (looks like {lex.names[best]})"
    return "no English text (too few common English words)"
