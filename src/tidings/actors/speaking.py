"""First person in attributed speech: "I", "we" and "our" inside a quote are its speaker.

"We will strike back at anyone who attacks us," Putin said -- the strike is Russia's, and
the coder can only code it if "we" is known. Coreference (coref.py) resolves third-person
pronouns from the text around them; the first person has no antecedent in the text, it has a
speaker, which the quote attributor finds (quotes/). So once the quotes of an article are
attributed, each first-person pronoun inside a direct or partial quote with a resolved
speaker becomes a mention of that speaker (``via="speaker"``), and a countryless sector
after "our" ("our troops", "our diplomats") becomes the speaker's country's (FRAMIL for a
French speaker), as "our military" is the house's in a head of state's own release
(house.py).

What stays unresolved: "you" (the addressee is rarely named), first person outside quotes
(an address published without quotation marks), a quote whose speaker is unknown, reported
speech (in "Putin said that we must act", "we" is the writer's side) and a quote that names
its own speaker ("Macron is interested ... I will meet him" credited to Macron is more likely
misattributed than spoken of himself).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor
from .index import ActorIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Quote

_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine", "we", "us", "our", "ours",
                           "ourselves"})  # fmt: skip


def with_speakers(index: ActorIndex, quotes: Iterable[Quote]) -> ActorIndex:
    """``index`` with the first person of each attributed quote resolved to its speaker (see
    the module); ``index`` itself when no quote adds anything."""
    doc = index.doc
    added: dict[int, tuple[tuple[int, int], Actor]] = {}  # by start token
    recoded: dict[int, Actor] = {}  # mention number -> the speaker's country's sector
    for q in quotes:
        speaker = q.speaker
        if speaker is None or not speaker.code or q.kind == "indirect" or _named_within(q):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.lower_ not in _FIRST_PERSON or tok.pos_ != "PRON" or tok.i in added:
                continue
            owner = index.actor_at(tok.i)
            if owner is None:
                added[tok.i] = ((tok.i, tok.i + 1), _as_speaker(speaker, tok))
            if tok.lower_ == "our" and speaker.country:
                n = _countryless_role_after(index, tok)
                if n is not None:
                    recoded[n] = _of_country(index.mentions[n], speaker.country)
    if not added and not recoded:
        return index
    rows = [(span, recoded.get(n, actor), index.also.get(n))
            for n, (actor, span) in enumerate(zip(index.mentions, index.spans, strict=True))]
    rows += [(span, actor, None) for span, actor in added.values()]
    rows.sort(key=lambda r: r[0][0])
    also = {n: extra for n, (_, _, extra) in enumerate(rows) if extra is not None}
    return ActorIndex(doc=doc, mentions=[r[1] for r in rows], spans=[r[0] for r in rows],
                      also=also)


def _named_within(q: Quote) -> bool:
    """Whether the quote names its own speaker by surname ("Macron is interested. ... I will
    meet Scholz", attributed to Macron): a speaker who speaks of himself in the third person
    is rarer than a misattributed quote, so its first person is left alone."""
    speaker = q.speaker
    if speaker is None or speaker.kind != "person":
        return False
    surname = speaker.name.split()[-1] if speaker.name.split() else ""
    return len(surname) > 2 and surname in q.text


def _as_speaker(speaker: Actor, tok: Token) -> Actor:
    """The speaker, mentioned by the pronoun ``tok``."""
    return replace(speaker, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                   via="speaker")


def _countryless_role_after(index: ActorIndex, our: Token) -> int | None:
    """The number of the countryless sector mention "our" governs ("our troops", "our brave
    soldiers"), or None."""
    head = our.head
    n = next((k for k, (s, e) in enumerate(index.spans) if s <= head.i < e), None)
    if n is None or our.dep_ != "poss":
        return None
    actor = index.mentions[n]
    if actor.kind == "role" and actor.sector and actor.country is None:
        return n
    return None


def _of_country(role: Actor, country: str) -> Actor:
    """A countryless sector mention made ``country``'s ("our troops" of a French speaker)."""
    return replace(role, code=f"{country}{role.sector}", country=country, via="speaker")
