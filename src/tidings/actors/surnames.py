"""A surname alone after the full name: "Prime Minister Boris Johnson visited Kyiv ... Johnson
promised more weapons". News names a person in full once and by surname after; a surname the
dictionary does not list alone (too common: Johnson, Bennett, Sullivan) is matched here only
when the article has already named that person in full, and it then denotes the same dated
actor (``via="coref"``). A name after its own country's possessive ("Ukraine's Zelensky")
takes the possessive into its mention (``possessed_people``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .bridges import POSSESSIVE
from .descriptions import title_words
from .mention import Mention
from .view import TokenView

if TYPE_CHECKING:
    from .dictionary import ActorDictionary

# Honorifics before a surname, which name no other person ("Mr. Sullivan")
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                         "lord", "lady", "madam", "mister"})


def repeated_surnames(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """The mentions, with each later bare surname of a person named in full added."""
    people: dict[str, list[Mention]] = {}
    for m in mentions:
        words = m.name.split()
        if m.kind != "person" or len(words) < 2 or not m.code:
            continue
        surname = words[-1].lower()
        # the span must end in that surname ("President Biden", not "Xi Jinping" as "Xi")
        if view.lower[m.end - 1] != surname:
            continue
        same = people.setdefault(surname, [])
        if all(p.name != m.name for p in same):
            same.append(m)
    if not people:
        return mentions
    taken = {k for m in mentions for k in range(m.start, m.end)}
    # another person of that surname named in full ("Ben Johnson"), known or not, leaves
    # the bare surname open
    others = {low for i, low in enumerate(view.lower)
              if low in people and i not in taken and i > 0 and _named_before(view, i)}
    added: list[Mention] = []
    for i, low in enumerate(view.lower):
        named = people.get(low)
        if named is None or len(named) != 1 or low in others or i in taken:
            continue
        if not _bare_name(view, i):
            continue
        first = named[0]
        if first.end > i:
            continue
        m = Mention(start=i, end=i + 1, name="", code="", country=None, sector=None,
                    kind="person")
        m.take(first, via="coref")
        m.tags = first.tags
        added.append(m)
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def namesakes_named(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """The mentions without a bare surname the dictionary knows alone ("McConnell") when the
    text names another person of that surname in full ("Anna McConnell, a teacher, ... Ms
    McConnell said"): the surname is that person's, whom the dictionary does not know."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    def other(m: Mention) -> bool:
        surname, first = view.lower[m.start], m.name.split()[:1]
        return any(low == surname and j not in taken and j > 0 and _named_before(view, j)
                   and [view.lower[j - 1]] != [w.lower() for w in first]
                   for j, low in enumerate(view.lower))
    return [m for m in mentions
            if not (m.kind == "person" and m.end - m.start == 1 and m.via == "name" and other(m))]


def _bare_name(view: TokenView, i: int) -> bool:
    """Whether token ``i`` is a proper name standing alone: no other name right before or
    after it ("Dwayne Johnson", "Johnson Controls"), no firm's ampersand ("Johnson &
    Johnson")."""
    if view.pos and view.pos[i] != "PROPN":
        return False
    n = len(view.lower)
    if (i > 0 and view.words[i - 1] == "&") or (i + 1 < n and view.words[i + 1] == "&"):
        return False
    before = i > 0 and _named_before(view, i)
    after = i + 1 < n and view.pos[i + 1] == "PROPN" and view.words[i + 1][:1].isupper()
    return not before and not after


def _named_before(view: TokenView, i: int) -> bool:
    """Whether a capitalised proper name other than a title or honorific precedes token ``i``
    (a first name: "Ben Johnson")."""
    prev = view.lower[i - 1]
    return (
        bool(view.pos) and view.pos[i - 1] == "PROPN" and view.words[i - 1][:1].isupper()
        and prev not in _HONORIFICS and prev not in title_words()
    )


# (the view's words are lower-cased, not folded: a curly apostrophe stays one)
_POSSESSIVES = POSSESSIVE | {"\u2019s", "\u2019"}
# Offices whose holder a bare surname beside a fellow leader names ("Zelenskyy and Johnson")
_LEADERS = ("president", "prime_minister", "chancellor", "head_of_state", "foreign_minister",
            "defence_minister")


def partnered_surnames(mentions: list[Mention], view: TokenView, *, dictionary: ActorDictionary,
                       on: date | None) -> list[Mention]:
    """The mentions, with a bare surname coordinated with a named leader added as the one
    leader of that surname in office on ``on``: "Zelenskyy and Johnson discussed ..." is
    the British prime minister, though "Johnson" alone is too common to list; so is one
    after the possessive of that leader's country ("Britain's Johnson"). Nothing is added
    when no leader, or more than one, bears the surname."""
    leaders = {k: m for m in mentions if m.kind == "person" and m.titles
               for k in range(m.start, m.end)}
    taken = {k for m in mentions for k in range(m.start, m.end)}
    # the country whose possessive ends at a token: "Britain's Johnson"
    countries = {m.end: m.code for m in mentions if m.kind == "country" and not m.sector}
    added: list[Mention] = []
    for i, word in enumerate(view.words):
        ent = view.ents[i]
        if i in taken or not word.isalpha() or not _bare_name(view, i) or ent is None \
                or ent[0] != "PERSON":
            continue  # (a person's name, no suffix: "Biden, Jr." is no second leader)
        partner = view.head[i] if view.dep[i] == "conj" else None
        owner = countries.get(i - 1) if i > 0 and view.lower[i - 1] in _POSSESSIVES else None
        if owner is None and (partner is None or partner not in leaders):
            continue
        holder = dictionary.holder_named(_LEADERS, word, on)
        # "Britain's Johnson": the leader of that surname must be that country's
        if holder is not None and (owner is None or holder.country == owner):
            added.append(Mention.of(holder, i, i + 1))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def possessed_people(mentions: list[Mention], folded: list[str]) -> list[Mention]:
    """The mentions, with a country's possessive folded into the dictionary person of that
    country named right after it: "Biden and Ukraine's Zelensky" names two leaders, however
    the parser attaches the possessive (it may coordinate the country with Biden)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.kind == "person" and m.via != "title" and m.country
                and prev.kind == "country" and not prev.sector and prev.code == m.country
                and m.start == prev.end + 1 and folded[prev.end] in _POSSESSIVES):
            m.start = prev.start
            out[-1] = m
            continue
        out.append(m)
    return out
