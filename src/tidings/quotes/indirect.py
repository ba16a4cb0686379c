"""Indirect (reported) speech: "Lavrov said that Moscow would respond", "Moscow would respond,
Lavrov said", "According to RIA Novosti, the talks ended".

The content is the reported clause, found in the parse: the complement clause (``ccomp``) of
a reporting verb, or, when the parser hangs the reporting clause off the content instead
(``parataxis``), the clause around it: before it ("Moscow would respond, Lavrov said") or
on both sides of a parenthetical ("Sanctions, Truss said, are only the beginning").
A reporting verb whose content clause is itself a reported statement with its own source
("X warned that ..., TASS reports") yields only the inner statement: the outer source relays
it (see ``relayed_by``). Negated or withheld cues ("did not say whether", "declined to say")
report nothing and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cue import is_prepositional, speaker_verb, subject_of
from .lexicon import CueLexicon
from .locate import TokenLocator

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_CONTENT_WORDS = 3  # "he said so" / "she told him" report no proposition
MAX_QUOTED_SHARE = 0.5  # a clause mostly in quotation marks is a direct quote's business
_LEADING = frozenset({"that", ",", ":", ";", "-", "—", "–"})
_TRAILING = frozenset({",", ".", ";", ":", "-", "—", "–"})
_PARATAXIS = frozenset({"parataxis", "ccomp", "advcl"})
_SET_OFF = frozenset({",", "—", "–", "-", ":", ";", "(", "”", "\"", "''"})


@dataclass(frozen=True, kw_only=True)
class IndirectSpan:
    """A reported-speech clause: content offsets, the cue token and the cue's subject."""

    start: int
    end: int
    cue: Token
    subject: Token
    text: str  # the clause; a parenthetical reporting clause inside it is left out


def find_indirect(loc: TokenLocator, lex: CueLexicon) -> list[IndirectSpan]:
    """Every reported-speech clause outside quotation marks, in text order."""
    found: list[IndirectSpan] = []
    doc = loc.doc
    for tok in doc:
        if loc.quoted[tok.i] or not _is_indirect_cue(tok, lex):
            continue
        if subject_of(tok, lex, loc) is None or _withheld(tok, lex):
            continue
        parts = [p for p in (_trim(loc, *_within_paragraph(loc, tok, first, last))
                             for first, last in _content(tok, lex)) if p is not None]
        if not parts or not _acceptable(loc, parts, tok, lex):
            continue
        cue = speaker_verb(tok, parts[0][0], parts[-1][1], loc,
                           lambda t: _is_indirect_cue(t, lex) and not _withheld(t, lex))
        subject = subject_of(cue, lex, loc)
        if subject is None:
            continue
        spans = [(doc[f].idx, doc[last].idx + len(doc[last].text)) for f, last in parts]
        found.append(IndirectSpan(start=spans[0][0], end=spans[-1][1], cue=cue,
                                  subject=subject,
                                  text=" ".join(loc.text[s:e] for s, e in spans)))
    return found


def _withheld(cue: Token, lex: CueLexicon) -> bool:
    """Nothing was reported: "did not say whether", "declined to say", "would not say"."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    head = cue.head
    if cue.dep_ == "xcomp" and head.i != cue.i:
        return head.lemma_.lower() in lex.withholding_verbs or any(
            c.dep_ == "neg" for c in head.children)
    return False


def _is_indirect_cue(tok: Token, lex: CueLexicon) -> bool:
    if is_prepositional(tok, lex):
        return True
    return tok.pos_ in ("VERB", "") and tok.lemma_.lower() in lex.indirect_verbs


def _content(cue: Token, lex: CueLexicon) -> list[tuple[int, int]]:
    """Token ranges (inclusive) of the reported clause, before trimming; [] when none."""
    if is_prepositional(cue, lex):
        return _prepositional_content(cue)
    for child in cue.children:
        if child.dep_ == "ccomp":
            return [(child.left_edge.i, child.right_edge.i)]
    head = cue.head
    if (_set_off(cue) and cue.dep_ in _PARATAXIS and head.i != cue.i
            and head.pos_ in ("VERB", "AUX", "")):
        # "Moscow would respond, Lavrov said" and the parenthetical "Sanctions, Ms. Truss
        # said, are only the beginning": the head clause around the reporting clause.
        cue_first = cue.left_edge.i
        cue_last = max(t.i for t in cue.subtree)
        return [(head.left_edge.i, cue_first - 1), (cue_last + 1, head.right_edge.i)]
    return []


def _set_off(cue: Token) -> bool:
    """The reporting clause is set off from its content: "..., Lavrov said", "as TASS reported".

    Without that the parser's ccomp/advcl is an ordinary complement ("I'll let him explain").
    """
    doc = cue.doc
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return True
    edges = [cue.left_edge] + [c.left_edge for c in cue.children if c.dep_ == "nsubj"]
    return any(e.text in _SET_OFF or (e.i > 0 and doc[e.i - 1].text in _SET_OFF)
               for e in edges)


def _prepositional_content(cue: Token) -> list[tuple[int, int]]:
    """The rest of the sentence around "according to X"."""
    sent = cue.sent
    phrase_first = cue.left_edge.i
    phrase_last = max(t.i for t in cue.subtree)
    if phrase_first <= sent.start:
        return [(phrase_last + 1, sent.end - 1)]
    return [(sent.start, phrase_first - 1)]


def _within_paragraph(loc: TokenLocator, cue: Token, first: int, last: int) -> tuple[int, int]:
    """Clip the content to the cue's paragraph: the parser may run a sentence across one."""
    para = loc.para_range(loc.paragraph_of(cue.idx))
    return max(first, para.start), min(last, para.stop - 1)


def _trim(loc: TokenLocator, first: int, last: int) -> tuple[int, int] | None:
    """Inclusive token bounds without a leading "that" or punctuation, nor trailing punctuation."""
    doc = loc.doc
    while first <= last and (doc[first].lower_ in _LEADING or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].text in _TRAILING or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    # Keep a closing mark that the parse left outside the clause: the West “wants war”.
    marks = sum(1 for t in doc[first: last + 1] if t.is_quote)
    if marks % 2 and last + 1 < len(doc) and doc[last + 1].is_quote:
        last += 1
    return first, last


def _acceptable(loc: TokenLocator, parts: list[tuple[int, int]], cue: Token,
                lex: CueLexicon) -> bool:
    """Whether the clause is reported speech worth a record (see the constants)."""
    tokens = [t for first, last in parts for t in loc.doc[first: last + 1]]
    if any(t.i == cue.i for t in tokens):
        return False
    words = [t for t in tokens if not t.is_punct]
    if len(words) < MIN_CONTENT_WORDS:
        return False
    if tokens[-1].text == "?" and cue.lemma_.lower() != "ask":
        return False  # a question quoted from a transcript, not a reported statement
    # Partial quotes inside the clause are fine ("warned that the move “will not go
    # unanswered”"); a clause that is mostly a direct quote is that quote's business.
    quoted = sum(1 for t in tokens if loc.in_direct[t.i])
    if quoted > MAX_QUOTED_SHARE * len(tokens):
        return False
    root = loc.doc[parts[0][0]: parts[0][1] + 1].root
    # Nested attribution: the content is itself someone's reported statement ("X warned that
    # Y, TASS reports"); the inner cue yields the quote, the outer source relays it.
    nested = (root.i != cue.i and _is_indirect_cue(root, lex)
              and any(c.dep_ == "ccomp" for c in root.children)
              and subject_of(root, lex, loc) is not None)
    return not nested
