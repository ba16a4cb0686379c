"""What may stand between two dictionary matches for them to combine into one actor.

Each test reads the tokens between the end of one match and the start of the next: a
possessive and rank words join an affiliation to its role ("Russia's foreign minister"), a
preposition and plain modifiers join a role to the affiliation after it ("activists from
junta-ruled Mali"). The combination rules themselves live in ``combination``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .loader import grammar_words
from .surface import stop_words

# A weapon's model designation between a nationality and its role noun ("Su-24", "T-72")
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Za-z]{0,3}")

POSSESSIVE = frozenset({"'s", "'"})
COORDINATORS = frozenset({"and", "or", ",", "&"})


def bridged(folded: Sequence[str], end: int, start: int,
            words: Sequence[str] | None = None, pos: Sequence[str] | None = None) -> bool:
    """Only a possessive, rank words or unit modifiers between an affiliation and its role
    noun; with ``words``, also a possessive and plain lower-case modifiers ("Chile's new
    and popular minister", "Peru's first deputy prime minister"); with ``pos``, never a
    verb among them ("Russia's war machine and support the people" is two phrases)."""
    gap = folded[end:start]
    if len(gap) == 2 and gap[0] == "ex" and gap[1] == "-":
        gap = gap[:1]  # "Polish ex-deputy minister": a past rank, split at its hyphen
    if len(gap) >= 2 and gap[0] == "-" and gap[1] == "led":
        # "US-led coalition forces", "Saudi-led forces": the leading country's forces
        gap = gap[2:]
        if not gap:
            return True
    if list(gap) == ["-"] and pos is not None and pos[end - 1] == "ADJ":
        # "Russian-occupation troops": the role after a people's adjective and a hyphen (not
        # a headline's credit after a place: "... of Izium - mayor")
        return True
    if words is not None and 0 < len(gap) <= 3 and _MODEL.fullmatch("".join(words[end:start])):
        return True  # "Russian Su-24 bombers", "Russian T-72 tanks": a model of that country's
    if len(gap) <= 2 and all(w in POSSESSIVE or w in grammar_words("ranks") for w in gap):
        return True
    if len(gap) <= 2 and all(w in grammar_words("unit_modifiers") for w in gap):
        return True  # "a Russian tank regiment": the unit of that country's forces
    if len(gap) <= 2 and all(w in grammar_words("policy_domains") for w in gap):
        return True  # "a Chinese trade delegation": that country's officials for trade
    if len(gap) <= 2 and all(w in grammar_words("industries") for w in gap):
        return True  # "Saudi oil firms": that country's businesses in the industry
    if words is None or not gap or gap[0] not in POSSESSIVE or len(gap) > 5:
        return False
    rest = range(end + 1, start)
    if pos is not None and any(pos[i] in ("VERB", "AUX", "ADP", "PRON") for i in rest):
        return False
    return all(folded[i] in ("and", ",") and i not in (end + 1, start - 1)
               or (words[i].isalpha() and words[i].islower()
                   and folded[i] not in stop_words()) for i in rest)


def of_bridge(words: Sequence[str], folded: Sequence[str], end: int, start: int) -> bool:
    """Between a role noun and its affiliation: the preposition, then at most three plain
    modifiers ("activists from junta-ruled Mali", "the governor of the southern Iraqi
    province"), never a name or a function word that opens another phrase."""
    gap = range(end + 1, start)
    if len(gap) > 3:
        return False
    return all(folded[i] in ("the", "a", "an", "-")
               or (words[i].isalpha() and words[i].islower() and folded[i] not in stop_words())
               for i in gap)


def deputy_gap(folded: Sequence[str], end: int, start: int) -> bool:
    """Between an affiliation and a title, a deputy's rank, possibly after a possessive:
    "NATO Deputy Secretary General", "the UN's deputy secretary-general", "IAEA deputy
    director" (``deputy_ranks``)."""
    gap = list(folded[end:start])
    if gap and gap[0] in POSSESSIVE:
        gap = gap[1:]
    return 0 < len(gap) <= 2 and gap[0] in grammar_words("deputy_ranks") \
        and all(w in grammar_words("deputy_ranks") or w in grammar_words("ranks") for w in gap)


def name_bridge(words: Sequence[str], folded: Sequence[str], end: int, start: int) -> bool:
    """Between a leader's name and an institution: nothing, a possessive, or a hyphenated
    running mate ("Biden-Harris")."""
    gap = words[end:start]
    if len(gap) > 2:
        return False
    return all(w in ("-", "'s", "'", "\u2019s") or w[:1].isupper() for w in gap)
