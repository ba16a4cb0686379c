"""Definite descriptions resolved against the actors mentioned before them.

A class description ("the alliance", "the bloc", "the group") takes the latest actor of its
class; a bare institution ("the Foreign Ministry") the nearby one of that name; a bare title
("the President") the person the document called by it, else the latest holder of the
office. ``coref.resolve_coreference`` calls ``resolve_description`` for every mention in
text order, with what it has seen so far.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .countryless import borrow_country
from .dictionary import ActorEntry
from .loader import roles_data
from .mention import Mention
from .view import TokenView, span_head

if TYPE_CHECKING:
    from .coref import _Seen

_ORG_WINDOW = 3
# "the group" refers to a named group in its own or the previous sentence only: further
# back it is more likely any other group (of protesters, of experts, of states).
_GROUP_WINDOW = 1
# Named groups that are no armed group or movement: agencies and legislatures.
_NOT_MOVEMENTS = frozenset({"SPY", "LEG"})
# Descriptions look back at most this many mentions: a bounded window keeps a long article
# linear and "the ministry" twenty paragraphs later is more likely a different one anyway.
_LOOKBACK = 80


def resolve_description(m: Mention, seen_all: list[_Seen], here: int,
                        country_names: Mapping[str, str],
                        igos: Mapping[str, ActorEntry] | None = None) -> bool:
    """Re-resolve a description in place; False when it must be dropped (no antecedent)."""
    seen = seen_all[-_LOOKBACK:]
    if m.kind == "description":
        return _resolve_class(m, seen, here, country_names, igos)
    if m.kind == "role" and not m.affiliation and "person" not in m.tags:
        _resolve_institution(m, seen, here)
    elif m.description and m.titles and not _group_owned(m):
        _resolve_title(m, seen_all, seen)
        return True
    # a countryless "home" role ("the Administration") takes the salient office-holder's
    borrow_country(m, seen, here, country_names=country_names)
    return True


def _resolve_class(m: Mention, seen: Sequence[_Seen], here: int,
                   country_names: Mapping[str, str],
                   igos: Mapping[str, ActorEntry] | None) -> bool:
    """A class description takes the latest actor of its class, of its country when it
    names one ("the Palestinian militant group"); False when none is found and no country
    codes it (``code_by_country``)."""
    target = next(iter(m.tags), "")
    country = m.extra.get("country")
    for s in reversed(seen):
        if target == "group" and here - s.sentence > _GROUP_WINDOW:
            break
        if country is not None and s.mention.country != country:
            continue
        a = _body_of(s.mention, igos)
        if _of_class(a, target):
            m.take(a, via="coref")
            return True
    return target == "group" and code_by_country(m, country_names)


def _body_of(a: Mention, igos: Mapping[str, ActorEntry] | None) -> Mention:
    """The body an official or member stands for, when it names one, else ``a`` itself.

    "NATO leaders ... the alliance", "NATO's secretary general ... the alliance": the
    alliance is NATO. "NATO Secretary General Jens Stoltenberg ... the alliance": the
    official is coded with the body's code, which names the body."""
    owner = a.extra.get("owner")
    if a.kind in ("role", "person") and isinstance(owner, Mention):
        return owner
    if a.kind == "person" and a.country is None and igos and a.code in igos:
        return Mention.of(igos[a.code], a.start, a.end)
    return a


def _of_class(a: Mention, target: str) -> bool:
    """Whether ``a`` is of the class a description names: an organisation, a country (not
    one of its agents) or a named movement (``_NOT_MOVEMENTS`` excluded)."""
    return (target in a.tags and a.kind == "igo") or (
        target == "organisation" and a.kind == "igo"
    ) or (target == "country" and a.kind == "country" and a.sector is None) or (
        target == "group" and a.kind == "group" and a.sector not in _NOT_MOVEMENTS
    )


def _resolve_institution(m: Mention, seen: Sequence[_Seen], here: int) -> None:
    """"the Foreign Ministry" shortly after "the Russian Foreign Ministry"; only definite
    institutions, and only nearby: "residents" ten paragraphs on are other residents."""
    if not ("org" in m.tags and m.extra.get("definite")):
        return
    for s in reversed(seen):
        if here - s.sentence > _ORG_WINDOW:
            break
        if s.mention.extra.get("role") == m.name and s.mention.country:
            m.take(s.mention, via="coref")
            return


def _resolve_title(m: Mention, seen_all: Sequence[_Seen], seen: Sequence[_Seen]) -> None:
    """A bare title ("the President") takes the person it refers to, if any.

    Salience as for pronouns: in the nearest sentence with a compatible person, a subject
    beats a more recent object ("Zelenskyy held a call with Charles Michel ... The
    President thanked him" is Zelenskyy). A bare title refers first to someone the document
    itself called by it ("President Biden ... Putin ... the President" is Biden in a White
    House briefing), looked for in the whole document; only without one to the latest
    person holding the office."""
    best = _latest_fitting(m, seen_all, titled=True) or _latest_fitting(m, seen, titled=False)
    if best is not None:
        m.take(best.mention, via="coref")
        m.description = False


def _group_owned(m: Mention) -> bool:
    """A party's or a movement's title ("the Labour leader", "the Hamas chief") is none of its
    country's offices, so no person named earlier with a like title is its holder: the party
    stays the actor."""
    owner = m.extra.get("owner")
    return isinstance(owner, Mention) and owner.kind == "group"


def _latest_fitting(m: Mention, seen: Sequence[_Seen], *, titled: bool) -> _Seen | None:
    """The latest person whose offices fit the title ``m``, a subject first within its
    sentence; with ``titled``, only persons named with a title in the text."""
    best: _Seen | None = None
    for s in reversed(seen):
        if best is not None and s.sentence != best.sentence:
            break
        a = s.mention
        if a.kind != "person" or a.via == "coref":
            continue
        if titled and not (a.extra.get("titled") or a.via == "title"):
            continue
        if m.affiliation and a.affiliation != m.affiliation:
            continue
        fits = bool(set(a.titles) & set(m.titles)) or bool(m.affiliation and not a.titles)
        if fits and (best is None or (s.subject and not best.subject)):
            best = s
    return best


def is_renamed(m: Mention, starts: Mapping[int, Mention], view: TokenView) -> bool:
    """Whether a group description is not anaphoric: followed by the name of what it
    describes ("the terrorist group, ISIS", "the militant group al-Shabab"), or made
    definite by a restrictive relative clause ("the group that seized Mosul" is identified
    by the clause, as a first mention; a non-restrictive ", which ..." is no such clause)."""
    if "group" not in m.tags:
        return False
    k = m.end + 1 if m.end < len(view.lower) and view.lower[m.end] == "," else m.end
    after = starts.get(k)
    if after is not None and after.kind in ("group", "igo", "country"):
        return True
    head = span_head(view, m)
    restrictive = m.end < len(view.lower) and view.lower[m.end] != ","
    return restrictive and any(view.head[t] == head and view.dep[t] == "relcl"
                               for t in range(m.end, min(len(view.dep), m.end + 4)))


def code_by_country(m: Mention, country_names: Mapping[str, str]) -> bool:
    """A group description with a country and no antecedent is that country's agent of the
    description's sector ("the Palestinian militant group" PSEUAF); without either it names
    no one."""
    country = m.extra.get("country")
    if not isinstance(country, str) or not m.sector:
        return False
    m.code, m.country, m.affiliation, m.kind = f"{country}{m.sector}", country, country, "role"
    m.name = f"{country_names.get(country, country)} {m.name}"
    return True


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """One-word office titles ("president", "chancellor") that may open a person's name."""
    return frozenset(p.lower() for row in roles_data().get("roles", []) if row.get("titles")
                     for p in row["patterns"] if " " not in p and not p.startswith("="))
