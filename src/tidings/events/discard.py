"""Sentences that are not political news: sport, entertainment, business and tech.

Two tests, either of which makes a sentence off-topic: the lexicon's word list (a score line,
a strong sport or market word, or two context words) and the topic classifier of ``topic``,
which weighs every word and reads the sentence in its article (a match report's neutral
sentences lean sport as a whole). An off-topic sentence still yields its protests (14) and
its sanctions and cut ties (16), and the acts of governments, forces and organisations: sport
and business pages report boycotts, bans and sanctions ("UEFA suspended Russian clubs") and
the war around them ("as Russian forces bomb the city"), while their metaphors ("England
crushed France") have teams, which code as bare countries, for actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Actor
from .lexicon import VerbLexicon
from .topic import non_political_sentences

if TYPE_CHECKING:
    from spacy.tokens import Span

#: CAMEO roots coded even in an off-topic sentence: protests and sanctions/reduced relations.
KEPT_OFF_TOPIC = frozenset({"14", "16"})
#: Sectors whose acts are coded even in an off-topic sentence (state and armed actors).
_STATE_SECTORS = ("GOV", "MIL", "COP", "SPY", "LEG", "JUD", "REB", "UAF", "SEP")


#: Role names that stand for a team in sport: "Norway's delegation arrived in Beijing" in an
#: Olympics report is its athletes, not its government (actors_roles.yaml). A role of no
#: country ("association officials met envoys from three countries") is no state's either.
_SPORTING_ROLES = ("delegation",)


def kept_off_topic(code: str, actors: Sequence[Actor | None]) -> bool:
    """Whether an event of an off-topic sentence is still coded (see the module docstring)."""
    return code[:2] in KEPT_OFF_TOPIC or any(
        a is not None
        and (a.kind == "igo" or (a.sector or "").startswith(_STATE_SECTORS))
        and a.via != "metonym"  # ("flew to Beijing" for the Games: the city, no government)
        and not (a.kind == "role" and (a.name.endswith(_SPORTING_ROLES) or a.country is None))
        for a in actors
    )


def off_topic(sents: Sequence[Span], lexicon: VerbLexicon) -> list[bool]:
    """For each sentence of one article, whether it is off-topic (see the module docstring)."""
    by_model = non_political_sentences([s.text for s in sents])
    return [model or discarded(s, lexicon) for s, model in zip(sents, by_model, strict=True)]


def discarded(sent: Span, lexicon: VerbLexicon) -> bool:
    """Sport, entertainment and market sentences: a score line or strong context words."""
    d = lexicon.discard
    context = 0
    for t in sent:
        low = t.lower_
        if low in d.strong or t.lemma_ in d.strong:
            return True
        if low in d.context or t.lemma_ in d.context:
            context += 1
        if (
            low in ("-", "–")
            and 0 < t.i - sent.start < len(sent) - 1
            and t.nbor(-1).like_num
            and t.nbor(1).like_num
            and len(t.nbor(-1).text) <= 2
            and len(t.nbor(1).text) <= 2
        ):
            return True  # "2-1": a score line
    return context >= 2
