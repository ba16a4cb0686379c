"""Counterparts: "Lavrov told his Turkish counterpart ..." names Turkey's foreign minister.

A counterpart is the holder, in the country named with it ("his Turkish counterpart", "her
counterpart from Turkey"), of the office held by the person it is the counterpart of: the
referent of its possessor ("his", "Lavrov's"), else the subject of its clause ("Lavrov met
the Turkish counterpart"). Heads of state and government count as one office across systems,
as diplomatic usage has it ("Biden's German counterpart" is the chancellor). Without a date,
a known office or a holder on the date, the counterpart stays the country's government
(TURGOV, the matching rules' fallback), never the bare country.

Servants: an adviser or aide with no country of their own is of the government named in the
"to" phrase of the title ("an adviser to the Polish president" is POLGOV); an ambassador or
envoy "to" a country is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .dictionary import ActorDictionary
from .mention import Mention
from .view import TokenView, span_head

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Offices that lead a government under one system or another: a president's counterpart in a
# parliamentary state is its prime minister or chancellor, and the other way round.
_LEADER_OFFICES = ("president", "prime_minister", "chancellor")
# How far up the tree a counterpart's clause verb may be ("told his counterpart that",
# "held talks with his counterpart": counterpart -> with -> talks -> held).
_CLIMB = 4


def resolve_counterparts(mentions: Sequence[Mention], *, view: TokenView,
                         dictionary: ActorDictionary, on: date | None) -> None:
    """Resolve, in place, each singular counterpart with a country to the holder of its
    reference person's office there on ``on``."""
    owner: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            owner[i] = m
    for k, m in enumerate(mentions):
        if m.kind != "role" or "counterpart" not in m.tags or "plural" in m.tags:
            continue
        if not m.country:
            _other_party(m, mentions[:k], view, owner)
            continue
        if m.affiliation != m.country:
            continue
        ref = _reference(m, view, owner)
        if ref is None or ref.country == m.country or not ref.titles:
            continue
        holder = dictionary.holder(m.country, _offices(ref.titles), on)
        if holder is not None:
            m.take(Mention.of(holder, m.start, m.end), via="title")
            m.description = False


def _other_party(m: Mention, before: Sequence[Mention], view: TokenView,
                 owner: dict[int, Mention]) -> None:
    """A counterpart named with no country is the person of another country last named in
    its sentence or the one before: "At the request of NAME, Putin updated him ... and told
    his counterpart" is NAME. Unresolved when its reference person is unknown."""
    ref = _reference(m, view, owner)
    if ref is None or not ref.country:
        return
    here = view.sent[m.start]
    other = next((p for p in reversed(before) if p.kind == "person" and p.country
                  and p.country != ref.country and here - view.sent[p.start] <= 1), None)
    if other is not None:
        m.take(other, via="coref")
        m.description = False


def _offices(titles: Sequence[str]) -> list[str]:
    """The offices to look for, in order: the person's own, then the other leader offices
    when the person leads a government."""
    out = list(titles)
    if any(t in _LEADER_OFFICES for t in titles):
        out += [t for t in _LEADER_OFFICES if t not in out]
    return out


def _reference(m: Mention, view: TokenView, owner: dict[int, Mention]) -> Mention | None:
    """The person ``m`` is the counterpart of: its possessor, else its clause's subject."""
    head = span_head(view, m)
    for t in range(max(0, m.start - 3), head):
        if view.head[t] == head and view.dep[t] == "poss":
            found = owner.get(t)
            return found if found is not None and found.kind == "person" else None
    tok = head
    for _ in range(_CLIMB):
        if view.pos[tok] in ("VERB", "AUX") or view.head[tok] == tok:
            break
        tok = view.head[tok]
    lo, hi = max(0, tok - 40), min(len(view.dep), tok + 1)
    for t in range(lo, hi):
        if view.head[t] == tok and view.dep[t] in _SUBJECT_DEPS and t != head:
            found = owner.get(t)
            if found is not None and found is not m and found.kind == "person":
                return found
    return None


# Titles of those who serve a leader or a body named after "to" ("Adviser to the Chancellor
# of Austria"): they belong to its country. An ambassador or envoy "to" a country is
# another country's, so those are left out.
_SERVANTS = frozenset({"adviser", "advisor", "aide", "assistant", "counsellor", "counselor"})


def resolve_servants(mentions: Sequence[Mention], *, view: TokenView) -> None:
    """Give, in place, a countryless adviser or aide the country of the government they
    serve, named in the "to" phrase of the title."""
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "role" or m.country or view.lower[m.end - 1].rstrip("s") not in _SERVANTS:
            continue
        to = next((t for t in range(m.end, min(m.end + 2, len(view.dep)))
                   if view.head[t] == m.end - 1 and view.lower[t] == "to"), None)
        obj = next((t for t in range(to + 1, min(to + 8, len(view.dep)))
                    if view.head[t] == to and view.dep[t] == "pobj"), None) if to else None
        served = owner.get(obj) if obj is not None else None
        if served is not None and served.country and (served.sector or "").startswith("GOV"):
            m.country = m.affiliation = served.country
            m.code = f"{served.country}{m.sector or ''}"
            m.description = False
