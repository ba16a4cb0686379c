"""Countryless government mentions that take their country from the document's office-holders.

A White House readout says "President Biden spoke with President Putin ... The Administration
will continue ..."; the Kremlin writes "the Deputy Head of the Presidential Executive Office".
Such a definite mention with no country of its own ("the Administration", "the leaders",
"the Deputy Head": roles tagged ``home`` in actors_roles.yaml) belongs to the government of the
most salient named office-holder before it: the latest main-clause subject among the named
government persons nearby, else the latest of them. A plural ("the leaders") takes a country
only when every office-holder nearby has the same one: after "Biden spoke with Putin", "the
leaders" are both, and stay ``---GOV`` as PETRARCH would code them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .mention import Mention

if TYPE_CHECKING:
    from .coref import _Seen

# Sentences back in which an office-holder still gives its country to a countryless mention:
# a readout paragraph or two; further on the topic may have moved to another government.
_WINDOW = 6
# Sectors of the state's own bodies, whose possessions are their country's
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def borrow_country(m: Mention, seen: Sequence[_Seen], here: int, *,
                   country_names: Mapping[str, str]) -> bool:
    """Give the countryless ``home`` role ``m`` the country of the salient office-holder before
    it (in place, ``via="coref"``); False when it has none or the choice is ambiguous."""
    if m.country or m.affiliation or "home" not in m.tags or not m.sector:
        return False
    if not m.extra.get("definite"):
        return False  # "leaders from both sides", "an administration": not anaphoric
    people = [s for s in seen if here - s.sentence <= _WINDOW and s.mention.kind == "person"
              and s.mention.country]
    # any person counts against a plural's single country ("Biden welcomed Chancellor Scholz
    # ... The leaders": both, whatever Scholz's sector on the date)
    holders = [s for s in people if (s.mention.sector or "").startswith("GOV")]
    if not holders:
        # no office-holder nearby: the same institution named with its country earlier
        # ("the Biden-Harris Administration ... The Administration")
        same = [s.mention for s in seen if s.mention.extra.get("role") == m.name
                and s.mention.country and s.mention.kind == "role"]
        if not same:
            return False
        m.take(same[-1], via="coref")
        m.description = False
        return True
    if "plural" in m.tags:
        countries = {s.mention.country for s in people}
        if len(countries) != 1:
            return False
        country = countries.pop()
    else:
        main = [s for s in holders if s.main]
        country = (main or holders)[-1].mention.country
    assert country is not None
    m.country = m.affiliation = country
    m.code = f"{country}{m.sector}"
    m.name = f"{country_names.get(country, country)} {m.name}"
    m.via = "coref"
    m.description = False
    return True


def _modifies(t: int, host: int, *, dep: Sequence[str], head: Sequence[int]) -> bool:
    """Whether token ``t`` is a name modifier inside the noun phrase headed by ``host``
    ("Romanian Presidential Security Advisor X": "Romanian" through the title's words)."""
    for _ in range(5):
        if dep[t] not in ("compound", "amod"):
            return False
        t = head[t]
        if t == host:
            return True
    return False


def own_by_possessor(m: Mention, *, dep: Sequence[str], head: Sequence[int],
                     lower: Sequence[str], root: int,
                     owner_at: Mapping[int, Mention], country_names: Mapping[str, str]) -> bool:
    """Give the countryless role ``m`` (head token ``root``) the country of its possessor:
    "its troops" after "Russia" (the pronoun already resolved), "his cabinet", and the owner
    of the noun the role complements: "Russia's escalation of forces" are Russia's forces
    (RUSMIL). ``owner_at`` maps a token to the resolved mention covering it. False when the
    role has a country already or no possessor with one."""
    if m.kind not in ("role", "person") or m.country or m.affiliation or not m.sector:
        return False  # (a person here is one known only by a title: "Poland's Bureau Chief X",
        # "Romanian Presidential Security Advisor X": a possessor or a country modifier)
    if "counterpart" in m.tags:
        return False  # "his counterpart" is precisely not of his country
    hosts = [root]
    if dep[root] == "pobj" and lower[head[root]] == "of" and head[head[root]] != head[root]:
        hosts.append(head[head[root]])  # "escalation of forces": the escalation's owner
    for host in hosts:
        for t in range(max(0, host - 10), host):
            if not (head[t] == host and dep[t] == "poss") and not (
                m.kind == "person" and _modifies(t, host, dep=dep, head=head)
            ):
                continue
            owner = owner_at.get(t)
            if owner is None or not owner.country or not (
                owner.kind in ("country", "person")
                # "the US government ... its citizens": a state body owns for its state (an
                # opposition's or a rebel group's leader is no head of government)
                or (owner.kind == "role" and (owner.sector or "")[:3] in _STATE_SECTORS)
                # "the Ukrainian people ... their army": a people's army is its state's
                or (owner.kind == "role" and owner.sector == "PPL")
            ):
                continue
            country = owner.country
            m.country = m.affiliation = country
            m.code = f"{country}{m.sector}"
            if m.kind == "role":
                m.name = f"{country_names.get(country, country)} {m.name}"
            m.description = False
            return True
        if host != root and host in owner_at:
            break  # "the leaders of X's ...": a noun that is an actor itself owns nothing
    return False
