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

A head of state's own address, published without quotation marks ("Address by the President
of Ukraine ..." on president.gov.ua), is in the first person throughout: outside its quotes
"I" and "we" are that president on the day (``address_author``).

What stays unresolved: "you" (the addressee is rarely named), first person outside quotes in
any other text, a quote whose speaker is unknown, reported
speech (in "Putin said that we must act", "we" is the writer's side) and a quote that names
its own speaker ("Macron is interested ... I will meet him" credited to Macron is more likely
misattributed than spoken of himself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..model import Actor
from .index import ActorIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Quote
    from .dictionary import ActorDictionary

_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine", "we", "us", "our", "ours",
                           "ourselves"})  # fmt: skip


def with_speakers(
    index: ActorIndex, quotes: Iterable[Quote], author: Actor | None = None
) -> ActorIndex:
    """``index`` with the first person of each attributed quote resolved to its speaker (see
    the module), and, given the ``author`` of a text in the first person (``address_author``),
    the first person outside quotes to the author; ``index`` itself when nothing is added."""
    doc = index.doc
    added: dict[int, tuple[tuple[int, int], Actor]] = {}  # by start token
    recoded: dict[int, Actor] = {}  # mention number -> the speaker's country's sector
    quoted: set[int] = set()
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        quoted.update(range(span.start, span.end))
        speaker = q.speaker
        if speaker is None or not speaker.code or q.kind == "indirect" or _named_within(q):
            continue
        _resolve(index, span, speaker, added, recoded)
    if author is not None:
        _resolve(index, [t for t in doc if t.i not in quoted], author, added, recoded)
    if not added and not recoded:
        return index
    rows = [(span, recoded.get(n, actor), index.also.get(n))
            for n, (actor, span) in enumerate(zip(index.mentions, index.spans, strict=True))]
    rows += [(span, actor, None) for span, actor in added.values()]
    rows.sort(key=lambda r: r[0][0])
    also = {n: extra for n, (_, _, extra) in enumerate(rows) if extra is not None}
    return ActorIndex(doc=doc, mentions=[r[1] for r in rows], spans=[r[0] for r in rows],
                      also=also)


def _resolve(
    index: ActorIndex, tokens: Iterable[Token], speaker: Actor,
    added: dict[int, tuple[tuple[int, int], Actor]], recoded: dict[int, Actor],
) -> None:
    """Record, in ``added`` and ``recoded``, the first person among ``tokens`` as ``speaker``."""
    for tok in tokens:
        if tok.lower_ not in _FIRST_PERSON or tok.pos_ != "PRON" or tok.i in added:
            continue
        if index.actor_at(tok.i) is None:
            added[tok.i] = ((tok.i, tok.i + 1), _as_speaker(speaker, tok))
        if tok.lower_ == "our" and speaker.country:
            n = _countryless_role_after(index, tok)
            if n is not None:
                recoded[n] = _of_country(index.mentions[n], speaker.country)


# Titles of a text a head of state speaks in the first person, with no quotation marks:
# "Address by the President of Ukraine to ...", "Statement from President Joe Biden on"
_ADDRESS = re.compile(
    r"^(?:[\w-]+ ){0,2}(?:address|speech|remarks|statement|appeal|message)\s+(?:by|of|from)\s+"
    r"(?:the\s+)?(?:president|head of state)\b",
    re.IGNORECASE,
)


def address_author(
    title: str | None, house: str | None, dictionary: ActorDictionary, on: date | None
) -> Actor | None:
    """The head of state whose own address a head of state's release is ("Address by the
    President of Ukraine ..." on president.gov.ua: Zelenskyy on the day), or None: the text
    is then in the first person without quotation marks."""
    if not title or house is None or not _ADDRESS.search(title):
        return None
    holder = dictionary.holder(house, ("president", "head_of_state"), on)
    if holder is None:
        return None
    return Actor(text=holder.name, name=holder.name, code=holder.code, country=holder.country,
                 sector=holder.sector, kind="person", via="speaker")


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
    if our.dep_ != "poss":
        return None
    head = our.head
    n = next((k for k, (s, e) in enumerate(index.spans) if s <= head.i < e), None)
    if n is None:
        return None
    actor = index.mentions[n]
    if actor.kind == "role" and actor.sector and actor.country is None:
        return n
    return None


def _of_country(role: Actor, country: str) -> Actor:
    """A countryless sector mention made ``country``'s ("our troops" of a French speaker)."""
    return replace(role, code=f"{country}{role.sector}", country=country, via="speaker")
