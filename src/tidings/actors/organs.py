"""Organs of an international body whose names states also give their own bodies.

"The Security Council" alone is the UN's; "the Armenian Security Council", "Ukraine's Security
Council" and "the Security Council of the Kyrgyz Republic" are that country's own (a role
of the roles file tagged ``owned``, sector GOV). A country before the name still leaves it the
UN's organ when a noun after it is one of the UN organ's business (``un_organ_nouns``: "a
Russian Security Council resolution", "Russia's Security Council veto"). A leader's "meeting
with permanent members of the Security Council" is with the leader's own country's council.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .bridges import bridged, of_bridge
from .dictionary import ActorDictionary, ActorEntry
from .loader import grammar_words
from .mention import Mention


def read_own_organs(raw: list[Mention], words: Sequence[str], folded: Sequence[str],
                    dictionary: ActorDictionary) -> list[Mention]:
    """Raw matches with an international organ's name read as a country's own body where
    the country is its owner: right before it, or after it with "of"."""
    out = list(raw)
    for k, m in enumerate(raw):
        role = _owned_namesake(m, words, folded, dictionary) if m.kind == "igo" else None
        if role is None:
            continue
        prev = raw[k - 1] if k else None
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        owned_before = (_plain_country(prev) and prev is not None
                        and bridged(folded, prev.end, m.start)
                        and not (m.end < len(folded)
                                 and folded[m.end] in grammar_words("un_organ_nouns")))
        owned_after = (_plain_country(nxt) and nxt is not None and m.end < len(folded)
                       and folded[m.end] == "of" and of_bridge(words, folded, m.end, nxt.start))
        if owned_before or owned_after:
            out[k] = Mention.of(role, m.start, m.end)
        elif (host := _council_host(raw[:k], folded, m.start)) is not None:
            # "the president chaired a meeting with the council's permanent members": a
            # leader meets the members of their own country's council
            out[k] = _as_owned(role, m, host)
    return out


def owned_by(m: Mention, owner: str, words: Sequence[str], folded: Sequence[str],
             dictionary: ActorDictionary) -> Mention | None:
    """``m``, an international organ's name, read as ``owner``'s own body of that name (the
    ``owned`` role spelt like it); None when ``m`` is no such organ."""
    role = _owned_namesake(m, words, folded, dictionary) if m.kind == "igo" else None
    return _as_owned(role, m, owner) if role is not None else None


def _as_owned(role: ActorEntry, m: Mention, owner: str) -> Mention:
    """The ``owned`` role at ``m``'s span as ``owner``'s body (its owner is found)."""
    own = Mention.of(role, m.start, m.end)
    return replace(own, code=f"{owner}{role.sector or 'GOV'}", country=owner,
                   tags=own.tags - {"owned"})


def _council_host(before: Sequence[Mention], folded: Sequence[str], start: int) -> str | None:
    """The country of the leader whose meeting is with (the) permanent members of the
    council named at ``start``, in the same sentence; None for any other phrasing ("the
    five permanent members" are the UN's)."""
    j = start + 1 if folded[start] == "the" else start
    if list(folded[max(0, j - 4):j]) != ["permanent", "members", "of", "the"]:
        return None
    window = folded[max(0, j - 12):j - 4]
    if "meeting" not in window or "five" in window or "." in window:
        return None
    person = next((m for m in reversed(before) if m.kind == "person"), None)
    if person is None or not person.country or person.end < j - 16:
        return None
    return person.country


def _plain_country(m: Mention | None) -> bool:
    return m is not None and m.kind == "country" and not m.sector and bool(m.country)


def _owned_namesake(m: Mention, words: Sequence[str], folded: Sequence[str],
                    dictionary: ActorDictionary) -> ActorEntry | None:
    """The ``owned`` role spelt like the organ's matched words, if any."""
    i = m.start + 1 if folded[m.start] == "the" else m.start
    return next((e for e in dictionary.candidates(words[i:m.end], folded[i:m.end])
                 if e.kind == "role" and "owned" in e.tags), None)
