"""Facts of samples/README.md as compact table rows, and the matching the samples tests share.

A row is written the way the README writes it: actor specs and CAMEO codes as space-separated
alternatives, so adding a case is one line. Matching follows the README's conventions:

- an actor spec is a full code (``USAGOV``: the code must be equal), a bare ISO alpha-3 country
  (``RUS``: the actor's ``country`` must be equal, whatever sector a coder adds) or ``-`` (null);
- a CAMEO spec lists the best code first and the accepted ones after it; ``02x`` accepts any code
  of root 02 and ``*`` any code;
- ``sym`` marks a symmetric event (talks, a call): either direction satisfies the row;
- the evidence is an exact substring of the article text; an event belongs to it when the
  event's sentence overlaps it (the README: "tests find the sentence with it").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from tidings.model import Actor, Event, Quote
from tidings.pipeline import Result

# File names of the samples, short enough for one-line rows.
OSCE = "2021-12-02-blinken-lavrov-stockholm-osce.txt"
CALL = "2021-12-07-biden-putin-video-call.txt"
DRAFTS = "2021-12-15-ryabkov-donfried-security-drafts.txt"
SYNDICATED = "2021-12-16-russia-security-drafts-syndicated.md"
REPOST = "2021-12-17-russia-draft-treaties-repost.html"
DENIES = "2022-01-14-kremlin-denies-attack-plans.txt"
KYIV_AID = "2022-01-19-blinken-kyiv-aid-pledge.txt"
CSV_NATO = "2022-01-wire-selection.csv#1"
CSV_UN = "2022-01-wire-selection.csv#2"
PUTIN_XI = "2022-02-04-putin-xi-beijing-partnership.md"
MACRON = "2022-02-wire-briefs.jsonl#tw-20220207-macron-putin-moscow"
MARCH = "2022-02-wire-briefs.jsonl#tw-20220212-kyiv-unity-march"
EXPELLED = "2022-02-wire-briefs.jsonl#tw-20220217-us-deputy-envoy-expelled"
TRUSS = "2022-02-10-truss-lavrov-moscow-talks.md"
FEED_SCHOLZ = "2022-02-tidings-wire-feed.xml#tidings-wire:2022-02-15:scholz-putin-kremlin"
FEED_JOHNSON = "2022-02-tidings-wire-feed.xml#tidings-wire:2022-02-01:johnson-kyiv"
SHELLING = "2022-02-17-shelling-stanytsia-luhanska.txt"
OLYMPICS = "2022-02-20-beijing-olympics-medal-table.txt"
SANCTIONS = "2022-02-22-sanctions-after-recognition.html"

ALL_ITEMS = (OSCE, CALL, DRAFTS, SYNDICATED, REPOST, DENIES, KYIV_AID, CSV_NATO, CSV_UN, PUTIN_XI,
             MACRON, MARCH, EXPELLED, TRUSS, FEED_SCHOLZ, FEED_JOHNSON, SHELLING, OLYMPICS,
             SANCTIONS)

# Cue words as they appear -> lemma, so a row names the lemma ("tell") and any form matches.
CUE_LEMMAS = {"told": "tell", "tells": "tell", "said": "say", "says": "say", "saying": "say",
              "called": "call", "calls": "call", "calling": "call", "described": "describe",
              "describes": "describe", "warned": "warn", "added": "add"}

# Opening quotation marks a quote's text may keep.
OPENERS = "\"'“‘ "


@dataclass(frozen=True)
class EventFact:
    """One expected event (one README row, or one actor of a compound row)."""

    id: str
    item: str
    evidence: str
    source: str
    target: str
    cameo: str
    modality: str = "asserted"
    date: str | None = None  # "YYYY-MM-DD precision", as the README writes it
    sym: bool = False


@dataclass(frozen=True)
class QuoteFact:
    """One expected quote: who said it (name fragment, codes), the cue lemma, kind, relays."""

    id: str
    item: str
    begins: str
    name: str | None  # "|"-separated fragments of the speaker's name; None: any or null
    codes: str  # actor spec of the speaker, as for events
    cue: str | None
    kind: str
    relayed_by: tuple[str, ...] = ()
    also: str | None = None  # a later fragment (split or multi-paragraph quote): same speaker


@dataclass(frozen=True)
class NeverFact:
    """A clause whose events of the given roots (and dyad, when given) must not carry a
    forbidden modality: ``asserted`` by default, everything when ``allowed`` is empty."""

    id: str
    item: str
    evidence: str
    roots: str  # space-separated CAMEO roots; "*" any
    source: str = "*"
    target: str = "*"
    allowed: str = "reported negated conditional future"


def rows(facts: Iterable[EventFact | QuoteFact | NeverFact],
         gaps: Mapping[str, str]) -> list[object]:
    """Parametrize ``facts``, one per row, marking the rows named in ``gaps`` as strict xfails.

    A gap is a known shortfall of the current code, with its diagnosis as the reason; strict, so a
    fix turns the suite red (XPASS) and prompts the removal of the entry.
    """
    facts = list(facts)
    unknown = set(gaps) - {f.id for f in facts}
    assert not unknown, f"gaps name rows that do not exist: {sorted(unknown)}"
    return [pytest.param(f, id=f.id, marks=_gap(gaps.get(f.id))) for f in facts]


def _gap(reason: str | None) -> Any:
    """A strict xfail mark for a known gap, or no mark."""
    return pytest.mark.xfail(reason=reason, strict=True) if reason else ()


def result_for(results: Mapping[str, Sequence[Result]], item: str) -> Result:
    """The Result of ``item``: a file name, or ``file#id`` for one item of a multi-item file
    (``#N`` the N-th CSV row, else the record's own id, as ``source_id`` has it)."""
    name, _, inner = item.partition("#")
    found = results[name]
    if not inner:
        assert len(found) == 1, f"{name} gave {len(found)} articles, expected 1"
        return found[0]
    for res in found:
        sid = res.article.source_id
        if sid == inner or sid.endswith("#" + inner):
            return res
    raise AssertionError(f"no article {inner!r} in {name}: {[r.article.source_id for r in found]}")


def actor_matches(actor: Actor | None, spec: str) -> bool:
    """Whether ``actor`` satisfies one of the space-separated alternatives of ``spec``."""
    for alt in spec.split():
        if alt == "*":
            return True
        if alt == "-":
            # null: no actor, or one with no code at all (an unresolved mention)
            if actor is None or not actor.code:
                return True
            continue
        if actor is None:
            continue
        if len(alt) == 3 and alt.isalpha() and alt.isupper():
            if actor.country == alt:
                return True
        elif actor.code == alt:
            return True
    return False


def code_matches(code: str, spec: str) -> bool:
    """Whether a CAMEO ``code`` is one of the alternatives of ``spec`` (``02x``: root 02)."""
    for alt in spec.split():
        if alt == "*" or code == alt or (alt.endswith("x") and code[:2] == alt[:2]):
            return True
    return False


def roots_of(spec: str) -> set[str]:
    """The CAMEO roots a spec accepts ("*" stays "*")."""
    return {alt if alt == "*" else alt[:2] for alt in spec.split()}


def evidence_span(result: Result, evidence: str) -> tuple[int, int]:
    """Character span of ``evidence`` in the article text (asserting that it is there)."""
    at = result.article.text.find(evidence)
    assert at >= 0, f"evidence not in the article text: {evidence!r}"
    return at, at + len(evidence)


def events_at(result: Result, evidence: str) -> list[Event]:
    """Events whose sentence overlaps the evidence."""
    start, end = evidence_span(result, evidence)
    return [e for e in result.events if e.start < end and start < e.end]


def dyad_matches(event: Event, fact: EventFact) -> bool:
    """Source and target as the row has them (either direction for a symmetric row)."""
    pairs = [(event.source, event.target)]
    if fact.sym:
        pairs.append((event.target, event.source))
    return any(actor_matches(s, fact.source) and actor_matches(t, fact.target) for s, t in pairs)


def clause_events(result: Result, fact: EventFact) -> list[Event]:
    """Events that code the row's clause: in its sentence, with the row's dyad or with a trigger
    inside the evidence. Dates and exact codes are properties of the clause, so they are checked
    on these, independently of whether the full fact (dyad + root + modality) holds."""
    start, end = evidence_span(result, fact.evidence)
    return [e for e in events_at(result, fact.evidence)
            if dyad_matches(e, fact)
            or (e.trigger_start is not None and start <= e.trigger_start < end)]


def show_actor(actor: Actor | None) -> str:
    return "null" if actor is None else f"{actor.code or '?'}({actor.text})"


def show_events(events: Iterable[Event]) -> str:
    """One line per event, for assertion messages that say what the coder emitted instead."""
    lines = [f"  {show_actor(e.source)} -> {show_actor(e.target)} {e.cameo} {e.modality} "
             f"{e.date} {e.date_precision} trigger={e.trigger!r}" for e in events]
    return "\n".join(lines) or "  (no event)"


def show_quote(q: Quote) -> str:
    s = q.speaker
    who = "null" if s is None else f"{s.name}/{s.code}"
    return f"  {who} cue={q.cue} {q.kind} relayed_by={list(q.relayed_by)} {q.text[:60]!r}"


def quote_starting(result: Result, begins: str) -> Quote | None:
    """The quote whose text starts with ``begins`` (ignoring an opening quotation mark)."""
    for q in result.quotes:
        if q.text.lstrip(OPENERS).startswith(begins):
            return q
    return None


def cue_lemma(cue: str | None) -> str | None:
    return None if cue is None else CUE_LEMMAS.get(cue.lower(), cue.lower())


def every_actor(result: Result) -> Iterable[Actor]:
    """Every actor of every event and quote speaker of one article."""
    for e in result.events:
        yield e.source
        if e.target is not None:
            yield e.target
    for q in result.quotes:
        if q.speaker is not None:
            yield q.speaker
