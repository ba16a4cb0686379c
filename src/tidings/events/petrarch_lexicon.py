"""PETRARCH/TABARI verb patterns as Tidings lexicon entries, so users keep their dictionaries.

PETRARCH patterns are surface word sequences around the verb ("- * DIPLOMATIC TIES [064]",
"- SAID * TO ATTEND [082]", "- * (WITH +) [043]"). They are matched here on the surface too:
the words after ``*`` must occur in order among the next tokens of the verb's clause, and the
words before it among the preceding tokens of the sentence, a few words apart at most (PETRARCH
lets adjectives and determiners intervene). Synsets (``&NAME``) expand to their phrases.
``+`` marks the target: right after the verb it is the direct object, after a preposition the
object of that preposition. ``$``, ``%`` and ``^`` (source, compound, skip) only mark
positions and are not matched. ``A:B`` codes give a reverse event; ``---`` patterns code
nothing and so block the verb (PETRARCH's way of saying "not an event").

Codes that are not CAMEO codes (the validation dictionaries use test codes such as 345) are
dropped with a count in the log: Tidings only emits events it can describe.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cameo import cameo_table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..petrarch.verbs import VerbPattern

log = logging.getLogger(__name__)

_MARKERS = frozenset({"$", "%", "^", "+"})
_GAP = 4  # at most this many tokens between consecutive pattern words


@dataclass(frozen=True)
class SurfacePattern:
    """One PETRARCH pattern for one verb head."""

    id: str
    head: str
    code: str | None  # None: the pattern codes nothing (blocks the verb)
    reverse_code: str | None
    pre: tuple[frozenset[str], ...]  # each slot: the words any of which fills it
    post: tuple[frozenset[str], ...]
    target: str  # "dobj", a preposition ("with"), or "" when the pattern does not say
    extra_words: tuple[str, ...] = ()  # other words of a multiword verb ("wire" of "wire tap")
    # "(FROM $)": the source is that prepositional object, the subject the target
    swap: bool = False
    compound: bool = False  # "% *": the subject must be a compound ("Gondor and Osgiliath agree")

    @property
    def size(self) -> int:
        return len(self.pre) + len(self.post) + len(self.extra_words) + int(self.compound)


def surface_patterns(
    patterns: Iterable[VerbPattern], synsets: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[SurfacePattern, ...]]:
    """PETRARCH verb patterns keyed by the inflecting verb word (and its irregular forms)."""
    known = cameo_table()
    out: dict[str, list[SurfacePattern]] = defaultdict(list)
    dropped = 0
    for n, vp in enumerate(patterns):
        code = _cameo(vp.code, known)
        reverse = _cameo(vp.reverse_code, known)
        if (vp.code and code is None) or (vp.reverse_code and reverse is None):
            dropped += 1
            continue
        pre = _slots(vp.pre, synsets)
        post = _slots(vp.post, synsets)
        if pre is None or post is None:
            dropped += 1
            continue
        target, swap = _target(vp.post)
        for verb in vp.verbs:
            words = verb.lemma.split()
            extra = tuple(w for w in words if w != verb.head)
            sp = SurfacePattern(
                id=f"petrarch:{vp.block.lower()}:{vp.line or n}",
                head=verb.head,
                code=code,
                reverse_code=reverse,
                pre=pre,
                post=post,
                target=target,
                extra_words=extra,
                swap=swap,
                compound="%" in vp.pre,
            )
            for key in {verb.head, *verb.forms}:
                out[key].append(sp)
    if dropped:
        log.info(
            "PETRARCH verbs: %d patterns with non-CAMEO codes or unreadable slots skipped", dropped
        )
    # longest patterns first: the most specific reading of a verb wins, as in PETRARCH
    return {k: tuple(sorted(v, key=lambda p: -p.size)) for k, v in out.items()}


def _cameo(code: str | None, known: Mapping[str, object]) -> str | None:
    if code is None:
        return None
    code = code.strip()
    return code if code in known else None


def _slots(
    words: tuple[str, ...], synsets: Mapping[str, tuple[str, ...]]
) -> tuple[frozenset[str], ...] | None:
    slots: list[frozenset[str]] = []
    for w in words:
        w = w.strip("()").lower()
        if not w or w in _MARKERS or w.startswith("{"):
            continue
        if w.startswith("&"):
            phrases = synsets.get(w.upper()) or synsets.get(w.upper().rstrip("_"))
            if not phrases:
                return None
            # a multiword synset phrase is matched by its last word, the head of its phrase
            slots.append(frozenset(p.split()[-1].lower() for p in phrases))
        else:
            slots.append(frozenset({w}))
    return tuple(slots)


def _target(post: tuple[str, ...]) -> tuple[str, bool]:
    """Where the target is ("dobj", a preposition, "") and whether the roles swap: a source
    marker after a preposition ("received money (FROM $)") makes that phrase the source."""
    words = [w.strip("()").lower() for w in post]
    if "+" in words:
        i = words.index("+")
        return ("dobj" if i == 0 else words[i - 1]), False
    if "$" in words:
        i = words.index("$")
        if i > 0 and words[i - 1] not in _MARKERS:
            return words[i - 1], True
    return "", False


def _forms(tok: Token) -> set[str]:
    low, lemma = tok.lower_, tok.lemma_.lower()
    out = {low, lemma}
    if low.endswith("s"):
        out.add(low[:-1])  # plurals: PETRARCH patterns are written in the singular or plural
    return out


def _match_seq(tokens: list[Token], slots: tuple[frozenset[str], ...]) -> list[Token] | None:
    """Slots in order among ``tokens``, with small gaps; the matched tokens or None."""
    found: list[Token] = []
    pos = 0
    for slot in slots:
        hit = None
        for j in range(pos, min(len(tokens), pos + _GAP + 1)):
            if _forms(tokens[j]) & slot:
                hit = j
                break
        if hit is None:
            return None
        found.append(tokens[hit])
        pos = hit + 1
    return found


def match_surface(
    tok: Token,
    patterns: tuple[SurfacePattern, ...],
    *,
    clause: Token | None = None,
    min_size: int = 0,
) -> tuple[SurfacePattern, list[Token]] | None:
    """The first (most specific) pattern that fits around verb ``tok``, with its words."""
    sent = tok.sent
    after = [t for t in sent[tok.i - sent.start + 1 :] if not t.is_punct]
    before = [t for t in reversed(sent[: tok.i - sent.start]) if not t.is_punct]
    compound_subject = any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
        for c in (clause if clause is not None else tok).children
    )
    for p in patterns:
        if p.size < min_size:
            continue
        if p.compound and not compound_subject:
            continue
        if p.extra_words:
            near = {t.lower_ for t in sent[max(0, tok.i - sent.start - 2) : tok.i - sent.start + 3]}
            if not all(w in near for w in p.extra_words):
                continue
        post = _match_seq(after, p.post) if p.post else []
        if post is None:
            continue
        pre = _match_seq(before, tuple(reversed(p.pre))) if p.pre else []
        if pre is None:
            continue
        return p, [*pre, *post]
    return None
