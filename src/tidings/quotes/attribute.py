"""``attribute_quotes``: quotations and reported speech of one article, with speaker and cue.

Decisions that shape the records (see also find.py, cue.py, speaker.py, indirect.py):

- A quote split around its cue (“We will respond,” he said, “and firmly.”) is ONE record:
  ``text`` joins the quoted parts with " ... ", ``start``/``end`` run from the first quoted
  word to the last, so the cue lies inside [start, end). Parts are merged when the stretch
  between them is a short cue clause on one line and both parts share that cue.
- A multi-paragraph quote is one record; its paragraphs are joined by a newline in ``text``.
- Offsets exclude the quotation marks and the comma news style puts before a closing mark.
- A direct quote with no cue takes the speaker of the previous quote when that quote is in
  the same or the previous paragraph (the news convention of running quotes); ``cue`` stays
  None. Otherwise its speaker is None.
- A partial quote of one or two words with no cue at all is a scare quote or a title, not
  attributed speech, and is dropped; so is a Title Case partial ("Fox News Sunday") and an
  indirect quote by an unresolved "I"/"we"/"you" ("I would like to say that" in a transcript).
- ``relayed_by`` lists the article's ``cited_outlets`` named in a sentence the quote or its
  cue occupies ("..., TASS reports", "told Reuters", "according to RIA Novosti"); with none
  there, those named in its paragraphs ("X said ... . The remarks were carried by TASS.").
- Layouts stand in for cues: a vox-pop dash (“...” ― Pamela Padilla) and a transcript label
  ("MS. PSAKI:  ..."); ``cue`` is then the dash or the colon, with its offsets.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..errors import InputError
from ..ids import content_id
from ..model import Actor, Article, Quote
from ..nlp import unwrap_lines
from ..outlets import find_cited_outlets, house_country
from .cue import cue_extent, dash_attribution, find_cue, is_prepositional, subject_of
from .find import QuoteSpan, find_quotes, paragraph_bounds
from .indirect import find_indirect
from .lexicon import CueLexicon
from .locate import TokenLocator
from .speaker import SpeakerResolver
from .transcript import find_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import ActorIndex

log = logging.getLogger(__name__)

# Version of the attribution rules, bumped when the same text gives other records.
# 2: relays read from the quote's own sentences first; an outlet reporting a speaker's words
# after them ("..., TASS reported") relays them.
# 3: a countryless party labelling a turn of a head of state's own transcript is the house's;
# turns labelled inside a paragraph whose line breaks were lost.
CODER = "tidings-quotes/3"
SPLIT_JOIN = " ... "
MAX_SPLIT_GAP = 80  # characters of cue clause between two parts of one quote
MIN_UNCUED_PARTIAL_WORDS = 3


@dataclass(kw_only=True)
class _Draft:
    """A quote being assembled (mutable while split parts are merged)."""

    start: int
    end: int
    text: str
    kind: str
    paragraph: int
    last_paragraph: int
    open_at: int
    close_at: int
    cue: Token | None = None
    subject: Token | None = None  # set when the layout, not the cue's parse, names the source
    cue_span: tuple[int, int] | None = None  # cue characters when the cue is not a token
    speaker: Actor | None = None
    inherited: bool = False  # speaker taken over from the previous quote
    parts: list[QuoteSpan] = field(default_factory=list)


def attribute_quotes(
    article: Article, doc: Doc, *, index: ActorIndex, lexicon: CueLexicon | None = None
) -> list[Quote]:
    """Direct, partial and indirect quotes of ``article`` with speaker, cue and relays.

    ``doc`` must be the parse of ``article.text`` (offsets are shared); ``index`` is the
    actor index of that Doc. Quotes come back in text order.
    """
    text = article.text
    # (the pipeline's tokenizer reads a wrapped line's break as a space: same offsets)
    if doc.text != text and doc.text != unwrap_lines(text):
        raise InputError(article.source_id, "the parsed Doc is not the article text; "
                         "parse article.text itself before attributing quotes")
    lex = lexicon or CueLexicon.builtin()
    paragraphs = paragraph_bounds(text)
    spans = find_quotes(text, paragraphs=paragraphs)
    loc = TokenLocator(doc, spans, paragraphs, text=text)
    resolver = SpeakerResolver(doc, index, lex)

    drafts = _merge_split(text, [_direct_draft(q, text, loc, lex) for q in spans])
    drafts = [d for d in drafts if _keep(d)]
    drafts += _indirect_drafts(text, loc, lex)
    drafts.sort(key=lambda d: (d.start, d.end))
    _assign_speakers(drafts, loc, lex, resolver)
    drafts += _turn_drafts(text, loc, lex, resolver, house_country(article.url, article.outlet))
    drafts.sort(key=lambda d: (d.start, d.end))
    # "I would like to say that", "as we noted" outside quotation marks: the writer's (or a
    # transcript speaker's) own text, not someone's reported speech.
    drafts = [d for d in drafts if not _first_or_second_person(d)]
    relays = _OutletMentions(article, loc)
    quotes: dict[str, Quote] = {}
    for d in drafts:
        q = _record(article, d, loc, lex, relays)
        quotes.setdefault(q.id, q)
    log.debug("%s: %d quotes from %d quotation spans", article.source_id, len(quotes),
              len(spans))
    return list(quotes.values())


def _direct_draft(q: QuoteSpan, text: str, loc: TokenLocator, lex: CueLexicon) -> _Draft:
    """A draft for one quotation span, with its cue (or a dash layout's speaker)."""
    draft = _Draft(start=q.start, end=q.end, text=q.text(text), kind=q.kind,
                   paragraph=q.paragraph, last_paragraph=q.last_paragraph,
                   open_at=q.open_at, close_at=q.close_at, cue=find_cue(q, loc, lex), parts=[q])
    if draft.cue is None and (dashed := dash_attribution(q, loc)) is not None:
        draft.cue_span, draft.subject = dashed
        draft.cue = draft.subject  # the layout is the cue; the name token anchors it
    return draft


def _merge_split(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """Join “part one,” he said, “part two.” into one draft (see the module docstring)."""
    merged: list[_Draft] = []
    for d in drafts:
        prev = merged[-1] if merged else None
        if prev is not None and _continues(text, prev, d):
            prev.text = prev.text + SPLIT_JOIN + d.text
            prev.end, prev.close_at = d.end, d.close_at
            prev.last_paragraph = d.last_paragraph
            prev.parts.extend(d.parts)
            continue
        merged.append(d)
    return merged


def _continues(text: str, prev: _Draft, d: _Draft) -> bool:
    """Whether ``d`` is the second part of ``prev`` split around their shared cue."""
    if prev.kind != "direct" or prev.cue is None or prev.last_paragraph != d.paragraph:
        return False
    gap = text[prev.close_at: d.open_at]
    if "\n" in gap or len(gap) > MAX_SPLIT_GAP:
        return False
    cue_in_gap = prev.close_at <= prev.cue.idx < d.open_at
    return cue_in_gap and (d.cue is None or d.cue.i == prev.cue.i)


def _keep(d: _Draft) -> bool:
    """False for scare quotes and titles, which are not anyone's words."""
    if d.kind != "partial":
        return True
    if _is_title(d.text):
        return False  # “Fox News Sunday”, “Contract with America”: a name, not words spoken
    return d.cue is not None or len(d.text.split()) >= MIN_UNCUED_PARTIAL_WORDS


_MINOR_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "with", "and", "or", "to",
                          "at", "by", "from"})
MAX_TITLE_WORDS = 8


def _is_title(text: str) -> bool:
    """Title Case throughout (minor words aside): the name of a show, book, plan or slogan."""
    words = text.rstrip(".").split()
    if not words or len(words) > MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR_WORDS for w in words)


def _indirect_drafts(text: str, loc: TokenLocator, lex: CueLexicon) -> list[_Draft]:
    """Drafts for the reported-speech clauses of the Doc."""
    drafts = []
    for span in find_indirect(loc, lex):
        para = loc.paragraph_of(span.start)
        drafts.append(_Draft(start=span.start, end=span.end, text=span.text,
                             kind="indirect", paragraph=para,
                             last_paragraph=loc.paragraph_of(span.end - 1),
                             open_at=span.start, close_at=span.end, cue=span.cue))
    return drafts


def _turn_drafts(text: str, loc: TokenLocator, lex: CueLexicon,
                 resolver: SpeakerResolver, house: str | None = None) -> list[_Draft]:
    """Transcript turns as direct quotes, the label's colon as cue (see transcript.py). In a
    head of state's own transcript (``house``) a label naming a party of no country is the
    house country's ("SENIOR ADMINISTRATION OFFICIAL" on whitehouse.gov is USAGOV, an
    American group quoted in a White House release USACVL)."""
    drafts = []
    for turn in find_turns(text, loc.paragraphs, non_speakers=lex.transcript_non_speakers):
        label = loc.doc[loc.token_range(turn.label_start, turn.label_end).start:
                        loc.token_range(turn.label_start, turn.label_end).stop]
        start, end = turn.parts[0][0], turn.parts[-1][1]
        drafts.append(_Draft(start=start, end=end,
                             text="\n".join(text[s:e] for s, e in turn.parts), kind="direct",
                             paragraph=turn.paragraph, last_paragraph=turn.last_paragraph,
                             open_at=start, close_at=end, cue_span=turn.colon,
                             speaker=_housed(resolver.resolve_label(label, turn.name), house)))
    return drafts


def _housed(speaker: Actor, house: str | None) -> Actor:
    """``speaker``, a countryless party made ``house``'s (see ``_turn_drafts``)."""
    if house is None or speaker.country or not speaker.sector or not speaker.code.startswith("---"):
        return speaker
    return replace(speaker, code=f"{house}{speaker.sector}", country=house, via="house")


def _assign_speakers(drafts: list[_Draft], loc: TokenLocator, lex: CueLexicon,
                     resolver: SpeakerResolver) -> None:
    """Resolve each draft's speaker from its cue, or from the quote before it."""
    previous: _Draft | None = None
    for d in drafts:
        if d.cue is not None:
            d.subject = d.subject or subject_of(d.cue, lex, loc)
            d.speaker = resolver.resolve(d.subject) if d.subject is not None else None
        elif (d.kind == "direct" and previous is not None
              and previous.last_paragraph >= d.paragraph - 1
              and _introduces_speaker(previous, lex)):
            # Running quotes: a cue-less quote right after another continues its speaker.
            # Not after "according to X": that attributes one claim, it does not introduce
            # someone who goes on speaking.
            d.speaker = previous.speaker
            d.inherited = True
        previous = d


_FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})


def _first_or_second_person(d: _Draft) -> bool:
    return (d.kind == "indirect" and d.speaker is None and d.subject is not None
            and d.subject.lower_ in _FIRST_SECOND)


def _introduces_speaker(d: _Draft, lex: CueLexicon) -> bool:
    """Whether a following cue-less quote may continue this draft's speaker."""
    if d.inherited:
        return True
    return d.cue is not None and not is_prepositional(d.cue, lex)


class _OutletMentions:
    """Which of the article's cited outlets each paragraph cites.

    Uses the readers' own outlet finder paragraph by paragraph, so aliases ("Itar-Tass" for
    TASS) and the citing-context rules ("Russia blocked the BBC" is no citation) are the same
    ones that filled ``article.cited_outlets``.
    """

    def __init__(self, article: Article, loc: TokenLocator) -> None:
        self.by_paragraph: dict[int, list[str]] = {}
        self.by_sentence: list[tuple[int, int, tuple[str, ...]]] = []
        cited = set(article.cited_outlets)
        if not cited:
            return
        for para, (start, end) in enumerate(loc.paragraphs):
            names = [n for n in find_cited_outlets(article.text[start:end]) if n in cited]
            if names:
                self.by_paragraph[para] = names
        for sent in loc.doc.sents:
            start, end = sent.start_char, sent.end_char
            if self.by_paragraph.get(loc.paragraph_of(start)):
                found = find_cited_outlets(article.text[start:end])
                self.by_sentence.append((start, end, tuple(n for n in found if n in cited)))

    def for_quote(self, start: int, end: int, first: int, last: int) -> tuple[str, ...]:
        """Cited outlets named in the sentences that chars ``start``..``end`` touch, else in
        paragraphs ``first``..``last``."""
        out: list[str] = []
        for s_start, s_end, names in self.by_sentence:
            if s_start < end and start < s_end:
                out += [n for n in names if n not in out]
        return tuple(out) or self.in_paragraphs(first, last)

    def in_paragraphs(self, first: int, last: int) -> tuple[str, ...]:
        """Cited outlets named in paragraphs ``first``..``last``, in order."""
        out: list[str] = []
        for para in range(first, last + 1):
            for name in self.by_paragraph.get(para, ()):
                if name not in out:
                    out.append(name)
        return tuple(out)


def _record(article: Article, d: _Draft, loc: TokenLocator, lex: CueLexicon,
            relays: _OutletMentions) -> Quote:
    """The Quote record of a finished draft."""
    cue_span = d.cue_span or (cue_extent(d.cue, lex) if d.cue is not None else None)
    cue_start, cue_end = cue_span if cue_span is not None else (None, None)
    cue_text = None
    first, last = d.paragraph, d.last_paragraph
    if cue_start is not None:
        cue_text = article.text[cue_start:cue_end]
        cue_para = loc.paragraph_of(cue_start)
        first, last = min(first, cue_para), max(last, cue_para)
    return Quote(
        id=content_id(article.id, d.start, d.end, "quote"),
        article_id=article.id,
        text=d.text,
        speaker=d.speaker,
        cue=cue_text,
        kind=d.kind,
        start=d.start,
        end=d.end,
        cue_start=cue_start,
        cue_end=cue_end,
        relayed_by=relays.for_quote(
            min(d.start, cue_start if cue_start is not None else d.start),
            max(d.end, cue_end if cue_end is not None else d.end), first, last),
        coder=CODER,
    )
