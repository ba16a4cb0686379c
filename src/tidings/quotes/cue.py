"""Find the cue (reporting verb or "according to") of a quotation and the cue's subject.

Search order for a quotation's cue, most reliable first:

1. for a direct quote, a reporting verb within a few words after a closing mark that ends
   a clause ("“...,” he said", "“...,” said Lavrov"): the news pattern, and nearer than an
   outer "..., RT reports";
2. the parse: walking up from the quoted words' heads to the first reporting verb outside the
   quotation marks (the quoted clause is a ccomp of "said");
3. the unquoted stretch before the opening mark back to the previous sentence end, crossing
   one paragraph break when the previous paragraph ends with a colon ("He added:\\n“...”");
4. the rest of the sentence after the closing mark ("“...” That was how Lavrov put it.");
5. for a partial quote only, a framing verb governing it ("called the sanctions “illegal”").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .find import QuoteSpan
from .lexicon import CueLexicon
from .locate import TokenLocator

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

# How far up the dependency tree a quotation may hang below its cue ("said" -> ccomp -> conj).
MAX_CLIMB = 4
# A cue this close after the closing mark is the news pattern “...,” he said / said X.
NEAR_AFTER = 6
_SUBJECTS = ("nsubj",)
MAX_ADJACENT = 6
_DASH_AFTER = re.compile(r"[^\S\n]*([—–―]|--?)[^\S\n]*(?=[A-Z])")  # \xa0 too, not newlines
_RELATIVE = frozenset({"who", "that", "which", "whom"})
# Verb forms that borrow the subject of the verb they hang from: "..., adding that",
# "criticised X and said", "went on to say".
_BORROW_SUBJECT = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
# Inverted order misparsed as an object: "“...,” said Lavrov" sometimes gives dobj/attr.
_INVERTED = frozenset({"dobj", "attr", "appos", "oprd"})
# Entity types that are never a source: "said Monday", "said at 5:45 p.m.".
_NOT_SOURCE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                              "QUANTITY"})


def is_cue(tok: Token, lex: CueLexicon) -> bool:
    """A reporting verb, or the first word of a prepositional cue ("according" to)."""
    if is_prepositional(tok, lex):
        return True
    if tok.pos_ not in ("VERB", ""):  # "" lets hand-built test Docs without tags through
        return False
    return tok.lemma_.lower() in lex.speech_verbs


def is_prepositional(tok: Token, lex: CueLexicon) -> bool:
    """The first word of a prepositional cue ("according" in "according to")."""
    lower = tok.lower_
    for phrase in lex.prepositional_cues:
        if (lower == phrase[0] and tok.i + len(phrase) <= len(tok.doc)
                and all(tok.doc[tok.i + k].lower_ == w for k, w in enumerate(phrase))):
            return True
    return False


def cue_extent(tok: Token, lex: CueLexicon) -> tuple[int, int]:
    """Character span of the cue: the verb, or the whole prepositional phrase."""
    for phrase in lex.prepositional_cues:
        if is_prepositional(tok, lex) and tok.lower_ == phrase[0]:
            last = tok.doc[tok.i + len(phrase) - 1]
            return tok.idx, last.idx + len(last.text)
    return tok.idx, tok.idx + len(tok.text)


def find_cue(q: QuoteSpan, loc: TokenLocator, lex: CueLexicon) -> Token | None:
    """The cue of quotation ``q``, or None (see the module docstring for the order)."""
    # A partial quote sits inside its clause, so its governing verb (the parse) comes first;
    # a direct quote's cue is the one right after it when there is one.
    near = _cue_after(q, loc, lex, limit=NEAR_AFTER) if q.kind == "direct" else None
    return (
        near
        or _cue_by_parse(q, loc, lex)
        or _cue_before(q, loc, lex)
        or _cue_after(q, loc, lex, limit=None)
        or (_framing_verb(q, loc, lex) if q.kind == "partial" else None)
    )


def _quoted_indices(q: QuoteSpan, loc: TokenLocator) -> list[int]:
    return [i for s, e in q.parts for i in loc.token_range(s, e)]


def _cue_by_parse(q: QuoteSpan, loc: TokenLocator, lex: CueLexicon) -> Token | None:
    """A reporting verb that governs the quoted words in the dependency parse."""
    inside = set(_quoted_indices(q, loc))
    doc = loc.doc
    for i in sorted(inside):
        head = doc[i].head
        if head.i in inside:
            continue
        for _ in range(MAX_CLIMB):
            if not loc.quoted[head.i] and is_cue(head, lex):
                return speaker_verb(head, min(inside), max(inside), loc,
                                    lambda t: is_cue(t, lex))
            if head.head.i == head.i:
                break
            head = head.head
    return None


def speaker_verb(cue: Token, first: int, last: int, loc: TokenLocator,
                 accept: Callable[[Token], bool]) -> Token:
    """ "Putin said the talks were "useful", TASS reported": the parser may hang the words
    (tokens ``first``..``last``) on the relaying verb after them, and that verb on the
    speaker's verb before them, in one paragraph; the speaker's verb, if ``accept`` takes it,
    is the cue (the relaying outlet is found apart, ``relayed_by``)."""
    outer = cue.head
    if (cue.dep_ == "ccomp" and cue.i > last and outer.i < first
            and not loc.quoted[outer.i] and accept(outer)
            and loc.paragraph_of(outer.idx) == loc.paragraph_of(cue.idx)):
        return outer
    return cue


def _cue_after(q: QuoteSpan, loc: TokenLocator, lex: CueLexicon, *, limit: int | None
               ) -> Token | None:
    """A reporting verb in the unquoted stretch after the closing mark."""
    para_end = loc.paragraphs[q.last_paragraph][1]
    doc = loc.doc
    if not _ends_clause(q, loc):
        return None  # “an act of war” and vowed ...: the quote is inside running text
    for n, i in enumerate(loc.token_range(q.close_at, para_end)):
        tok = doc[i]
        if loc.quoted[i] or (limit is not None and n >= limit):
            return None
        if is_cue(tok, lex):
            return tok
        if loc.is_terminal(tok):
            return None
    return None


def _ends_clause(q: QuoteSpan, loc: TokenLocator) -> bool:
    """The quoted words end a clause: “...,” / “...” , / “...?” before the cue."""
    text = loc.text
    if q.close_at >= len(text) or q.close_at - 2 < 0:
        return False
    if text[q.close_at - 2] in ",.!?:;—–-":
        return True
    rest = text[q.close_at: q.close_at + 3].lstrip()
    return rest[:1] in (",", "—", "–", "-")


def _cue_before(q: QuoteSpan, loc: TokenLocator, lex: CueLexicon) -> Token | None:
    """A reporting verb with a subject before the opening mark, up to one colon paragraph back."""
    doc = loc.doc
    para = q.paragraph
    i = loc.token_range(0, q.open_at).stop - 1
    crossed = False
    while i >= 0:
        tok = doc[i]
        para_start = loc.paragraphs[para][0]
        if tok.idx < para_start:
            # Cross one paragraph break only after a colon ("He added:" then the quote).
            if crossed or tok.text != ":" or para == 0:
                return None
            crossed, para = True, para - 1
            i -= 1
            continue
        if loc.quoted[i] or loc.is_terminal(tok):
            return None
        if is_cue(tok, lex) and subject_of(tok, lex, loc) is not None:
            return tok
        i -= 1
    return None


def _framing_verb(q: QuoteSpan, loc: TokenLocator, lex: CueLexicon) -> Token | None:
    """A framing verb ("call", "describe") governing a partial quote."""
    inside = set(_quoted_indices(q, loc))
    for i in sorted(inside):
        head = loc.doc[i].head
        if head.i in inside:
            continue
        for _ in range(MAX_CLIMB):
            if (not loc.quoted[head.i] and head.pos_ in ("VERB", "")
                    and head.lemma_.lower() in lex.framing_verbs):
                return head
            if head.head.i == head.i:
                break
            head = head.head
        return None
    return None


def subject_of(cue: Token, lex: CueLexicon, loc: TokenLocator) -> Token | None:
    """Head token of the cue's source: its subject, or the object of "according to"."""
    if is_prepositional(cue, lex):
        return _prepositional_object(cue)
    quoting = _quoting_verb(cue)
    if quoting is not None:
        # "TASS quoted Peskov as saying": the one quoted speaks, the outlet relays
        quoted = next(
            (c for c in quoting.children if c.dep_ in ("dobj", "obj") and not loc.quoted[c.i]),
            None,
        )
        if quoted is not None and quoted.pos_ in ("PROPN", "NOUN", "PRON"):
            return quoted
    tok: Token | None = cue
    for _ in range(3):
        if tok is None:
            break
        subj = _own_subject(tok, cue, loc)
        if subj is not None and subj.ent_type_ in _NOT_SOURCE_ENTS:
            subj = None  # a misparsed time expression ("12:15 p.m. said"), not a source
        if subj is not None:
            if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return tok.head  # "the minister, who said ..." -> "minister"
            return subj
        tok = tok.head if tok.dep_ in _BORROW_SUBJECT and tok.head.i != tok.i else None
    return _inverted_subject(cue, loc) or _adjacent_subject(cue, loc)


def _quoting_verb(cue: Token) -> Token | None:
    """The verb "quote" the cue is or hangs on ("quoted Peskov as saying")."""
    if cue.lemma_.lower() == "quote":
        return cue
    head = cue.head
    if cue.dep_ == "pcomp" and head.lower_ == "as":
        head = head.head  # "quoted him as saying" parsed with "as" a preposition
    elif cue.dep_ not in ("advcl", "xcomp"):
        return None
    return head if head.lemma_.lower() == "quote" and head.i != cue.i else None


def _own_subject(tok: Token, cue: Token, loc: TokenLocator) -> Token | None:
    # "Lavrov was quoted as saying": the passive subject of "quote" is the speaker; for other
    # verbs a passive subject is the hearer ("Lavrov was told"), never the source.
    deps = ("nsubj", "nsubjpass") if tok.lemma_.lower() == "quote" else _SUBJECTS
    found = [c for c in tok.children if c.dep_ in deps and not loc.quoted[c.i]]
    # Two subjects happen when a dateline is parsed as one ("BEIJING, Feb 4 - Russia and
    # China declared"): the one nearest the verb is the real subject.
    return min(found, key=lambda c: abs(c.i - tok.i), default=None)


def _inverted_subject(cue: Token, loc: TokenLocator) -> Token | None:
    """The speaker of “...,” said X when the parser made X an object."""
    if cue.lemma_.lower() == "tell":
        return None  # "told Reuters": the object is the hearer
    # Only the inverted news pattern “...,” said X, where the cue follows the closing mark;
    # elsewhere an object is what was said or asked about ("asked a few questions").
    before = cue.i - 1
    while before >= 0 and cue.doc[before].is_punct and not cue.doc[before].is_quote:
        before -= 1
    if before < 0 or not cue.doc[before].is_quote:
        return None
    for child in cue.rights:
        if (child.dep_ in _INVERTED and child.pos_ in ("PROPN", "NOUN", "")
                and child.ent_type_ not in _NOT_SOURCE_ENTS and not loc.quoted[child.i]):
            return child
    return None


def _adjacent_subject(cue: Token, loc: TokenLocator) -> Token | None:
    """Parse-failure fallback: the name or pronoun right before the cue.

    “...,” Tulsa police Chief Chuck Jordan said Monday: the small model sometimes makes
    "said" a conjunct of the quoted verb with no subject. Only a short unquoted stretch with
    no verb in it counts, and its last name or pronoun is taken as the head.
    """
    doc = cue.doc
    for i in range(cue.i - 1, max(-1, cue.i - 1 - MAX_ADJACENT), -1):
        tok = doc[i]
        if loc.quoted[i] or tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return None
        if tok.ent_type_ in _NOT_SOURCE_ENTS:
            continue  # "Clinton on Wednesday said"
        if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.dep_ != "poss"):
            return tok
    return None


def dash_attribution(q: QuoteSpan, loc: TokenLocator) -> tuple[tuple[int, int], Token] | None:
    """((dash start, dash end), name head) for the vox-pop layout “...” ― Pamela Padilla.

    The dash stands in for the cue (PolNeAR annotates it as the cue); the name must follow
    on the same line. Read on characters: the tokenizer glues "”―" into one token.
    """
    m = _DASH_AFTER.match(loc.text, q.close_at)
    if m is None:
        return None
    doc = loc.doc
    name = doc[loc.token_at(m.end())]
    if name.idx > m.end() or (name.pos_ != "PROPN" and name.ent_type_ != "PERSON"):
        return None
    while name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]  # head of the name is its last token
    return (m.start(1), m.end(1)), name


def _prepositional_object(cue: Token) -> Token | None:
    """The object of "according to": the source."""
    doc = cue.doc
    for tok in doc[cue.i: min(len(doc), cue.i + 3)]:
        for child in tok.children:
            if child.dep_ == "pobj":
                return child
    return None
