"""The parties to an exchange referred to together: "the parties", "both leaders", "they".

A readout names two parties once ("Scholz had a phone call with the Polish president Andrzej
Duda") and then goes on with them together: "The parties discussed energy security", "both
leaders agreed to stay in contact", "They discussed the build-up".
Such a subject of a main clause refers to the persons of the latest sentence before it that
names two or more persons of different countries, within ``_WINDOW`` sentences (else to the
parties of the latest such subject a few sentences back, ``coref._latest_group``); "they" only
to those of the sentence right before it ("One draft is a treaty ... Together they would bar
..." speaks of things). The first party is the mention's own actor and the others stand
beside it (``Mention.extra["parties"]``, read by ``index_actors`` as further actors), so the
clause has a coordinated subject and codes one event per party.

Only a main clause's subject refers so: "the parties" as an object or after a preposition is
anyone's, and "they" in a relative clause is the noun's. Countries named in that sentence
are no parties (they are as often what was discussed: "talks between Russia and Ukraine"),
nor are persons of one country ("the Prime Minister met the Chancellor"), so a subject of
one country's politics ("the parties" in an election story) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .mention import Mention
from .pronouns import main_subject

if TYPE_CHECKING:
    from .coref import _Seen
    from .view import TokenView

# Phrases that name the parties of an exchange together, as lower-cased words
_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "the parties", "both parties", "the two parties",
        "the sides", "both sides", "the two sides",
        "the interlocutors", "the two interlocutors",
        "the leaders", "both leaders", "the two leaders",
        "the presidents", "both presidents", "the two presidents",
        "the heads of state", "the two heads of state",
        "the ministers", "both ministers", "the two ministers",
    )
)
_FIRST_WORDS = frozenset(p[0] for p in _PHRASES)
# How many sentences back the parties may have been named
_WINDOW = 2
_MAX_PARTIES = 4


def collective_phrase(view: TokenView, i: int) -> int | None:
    """The end of a collective phrase that starts at token ``i`` and is a clause's subject,
    or None."""
    if view.lower[i] not in _FIRST_WORDS:
        return None  # (read at every token: most start no phrase)
    for words in _PHRASES:
        end = i + len(words)
        if end <= len(view.lower) and tuple(view.lower[i:end]) == words:
            head = end - 1
            if view.lower[head] == "state":  # "the heads of state": the head is "heads"
                head = i + words.index("heads")
            if main_subject(view, head, coordinated=True) and view.sent[head] == view.sent[i]:
                return end
    return None


def parties(seen: Sequence[_Seen], here: int, *, window: int = _WINDOW,
            view: TokenView | None = None) -> list[Mention]:
    """The parties of the latest exchange before sentence ``here``: the persons of the latest
    sentence within the window that names persons of two or more countries; empty when there
    is none. Countries named there are no parties: they are as often what was discussed
    ("talks between Russia and Ukraine"); nor is a person named only in what someone spoke
    "about" ("X spoke about his call with Y": Y took no part in this exchange)."""
    for sentence in sorted({s.sentence for s in seen if 0 < here - s.sentence <= window},
                           reverse=True):
        found = _distinct(s.mention for s in seen if s.sentence == sentence
                          and s.mention.kind == "person" and s.mention.country
                          and not (view is not None and _spoken_about(view, s.mention.end - 1)))
        if len({m.country for m in found}) >= 2:
            return found[:_MAX_PARTIES]
    return []


_ABOUT = frozenset({"about", "regarding", "concerning"})


def _spoken_about(view: TokenView, i: int) -> bool:
    """Whether token ``i`` lies inside an "about" phrase of its clause."""
    for _ in range(8):
        if view.dep[i] in ("prep", "conj") and view.lower[i] in _ABOUT:  # ("and about")
            return True
        if view.head[i] == i or view.dep[i] in ("ROOT", "ccomp", "relcl"):
            return False
        i = view.head[i]
    return False


def _distinct(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions with the first of each actor only ("Putin ... the Russian leader")."""
    out: list[Mention] = []
    for m in mentions:
        if not any((o.code, o.name) == (m.code, m.name) for o in out):
            out.append(m)
    return out


def refer_to_parties(m: Mention, found: list[Mention]) -> None:
    """Make ``m`` stand for the parties ``found``: the first as its own actor, the rest in
    ``extra["parties"]``."""
    first, *rest = found
    m.take(first, via="coref")
    m.tags = first.tags | {"plural"}
    m.extra["parties"] = rest
