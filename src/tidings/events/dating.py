"""Event dates from the date expressions of the event's own clause, not the whole sentence.

A sentence often carries dates that belong to other events: "the leaders agreed on Tuesday to
meet in February" holds the agreement's date (Tuesday) and the meeting's (February). The
event's clause is its anchor's subtree without the clauses embedded in it (complements,
adverbial and relative clauses, conjuncts), so a folded governor ("agreed to meet") does not
take the date of the complement it governs. When the clause names no date the governing
clause's date is used ("said on Monday that Russia shelled Kyiv": the report dates the
shelling), up to a few levels, and else the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Children that open a clause of their own: their dates belong to their own events.
_CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
_UP_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "pcomp", "csubj"})
_MAX_UP = 3

Resolver = Callable[..., tuple[str | None, str]]


def clause_text(anchor: Token) -> str:
    """The words of ``anchor``'s own clause: its subtree minus embedded clauses."""
    words: list[Token] = []
    stack = [anchor]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSAL or _participial(c))
    # keep the original spacing between adjacent words ("2022-02-24", "Dec. 7"), a space
    # where an embedded clause was cut out
    out: list[str] = []
    last = -2
    for t in sorted(words, key=lambda t: t.i):
        if out and t.i != last + 1 and not out[-1][-1:].isspace():
            out.append(" ")
        out.append(t.text_with_ws)
        last = t.i
    return "".join(out).strip()


def _participial(tok: Token) -> bool:
    """A subjectless participle modifying the clause ("Putin, standing behind Medvedev in
    2008, invaded Georgia"): it shares the clause's time, so its dates count."""
    return (
        tok.dep_ in ("acl", "advcl")
        and tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children)
    )


def _governing(tok: Token) -> Token | None:
    """The verb whose clause contains ``tok``'s clause (a noun's verb, a complement's head)."""
    t = tok
    if t.dep_ in ("relcl", "acl") and t.head.i != t.i:
        t = t.head  # "the organisation that he named on Monday": the noun's own clause
    if t.pos_ in ("NOUN", "PROPN"):
        for _ in range(4):
            if t.head.i == t.i:
                return None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
        return None
    if t.dep_ in _UP_LINKS and t.head.i != t.i:
        head = t.head
        return head.head if t.dep_ == "pcomp" and head.head.i != head.i else head
    return None


def event_date(
    anchor: Token,
    *,
    published: date | None,
    tense: str,
    resolve: Resolver,
    cache: dict[tuple[str, str], tuple[str | None, str]],
) -> tuple[str | None, str]:
    """(ISO date or None, precision) of the event anchored at ``anchor`` (its trigger head,
    or the folded governor: the agreement, not the meeting agreed on)."""
    fallback: tuple[str | None, str] | None = None
    t: Token | None = anchor
    for _ in range(_MAX_UP + 1):
        if t is None:
            break
        key = (clause_text(t), tense)
        if key not in cache:
            cache[key] = resolve(key[0], published=published, tense=tense)
        found = cache[key]
        if found[1] != "publication":
            return found
        fallback = fallback or found
        t = _governing(t)
    if fallback is not None:
        return fallback
    return (published.isoformat() if published else None, "publication")


_SINCE = re.compile(r"\bsince\b\W+(?:\w+\W+){0,3}?(?:1[89]|20)\d\d\b", re.IGNORECASE)


def ended_long_ago(when: str | None, precision: str, published: date | None, text: str) -> bool:
    """Whether an event the text dates itself ended over a year before publication ("in
    2014", "in August 2008", "ten years ago"); not a period that runs on ("since 2014")."""
    if when is None or published is None or precision == "publication" or _SINCE.search(text):
        return False
    start = date.fromisoformat(when)
    # the last day the dated period covers: the year's or the month's end, or the day
    end = date(start.year, 12, 31) if precision == "year" else start
    if precision == "month":
        end = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return (published - end).days > 365
