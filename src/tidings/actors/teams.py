"""Country and role words that only modify the noun after them: a national team ("Former
England captain NAME", "the Wales squad") and military equipment ("air defense systems",
"Taiwan's air defense identification zone"). Split from ``surface`` (house style: modules
under 400 lines); both run before any two matches combine (``combination._prepare``)."""

from __future__ import annotations

from collections.abc import Sequence

from .loader import grammar_words
from .mention import Mention

POSSESSIVES = frozenset({"'s", "'"})
# Role words naming a military function, not a unit, when an equipment noun follows them;
# "military" and "artillery" only with no owner before them ("Russian military equipment"
# is the Russian military's)
_FUNCTIONS = frozenset({"defense", "defence"})
_OWNED_FUNCTIONS = frozenset({"artillery", "military"})


def drop_modifiers(raw: list[Mention], folded: Sequence[str]) -> list[Mention]:
    """``raw`` without team names (``drop_team_names``) and without military roles that only
    name the function of equipment after them: "supplied air defense systems" names no air
    defence unit, and "Taiwan's air defense identification zone" no Taiwanese force
    (``equipment_nouns``); "air defense units" and "Ukrainian air defense" still are."""
    equipment = grammar_words("equipment_nouns")
    kept = drop_team_names(raw, folded)
    ends = {m.end for m in kept} | {m.end + 1 for m in kept}  # (an owner, or its "'s")
    return [m for m in kept
            if not (m.kind == "role" and (m.sector or "").startswith("MIL")
                    and m.end < len(folded) and folded[m.end] in equipment
                    and (folded[m.end - 1] in _FUNCTIONS or (
                        folded[m.end - 1] in _OWNED_FUNCTIONS and m.start not in ends)))]


def drop_team_names(raw: list[Mention], folded: Sequence[str]) -> list[Mention]:
    """A country noun before a national team's noun names the team, not the state: "Former
    England captain NAME", "France coach NAME", "England's head coach", "the Wales squad".
    Sport is no CAMEO actor, so the country and a role noun of the team ("England boss"
    would be a government chief) both go. Demonyms are left alone: "the Russian team" may be
    a delegation."""
    sport, ranks = grammar_words("sport_roles"), grammar_words("sport_ranks")
    # a person's full name after the country is no team word ("President of China Xi
    # Jinping": "Xi" is no eleven, as in "the China XI")
    persons = {m.start for m in raw if m.kind == "person" and m.end - m.start > 1}
    out: list[Mention] = []
    skip = range(0)
    for m in raw:
        if m.start in skip:
            continue  # the team's own noun matched as a role ("boss", "national team")
        if (m.kind == "country" and not m.sector and m.via == "name"
                and "adjective" not in m.tags and "org" not in m.tags):
            k = m.end
            if k < len(folded) and folded[k] in POSSESSIVES:
                k += 1
            while k < len(folded) and folded[k] in ranks:
                k += 1
            if k < len(folded) and folded[k] in sport and k not in persons:
                skip = range(m.end, k + 1)
                continue
        out.append(m)
    return out
