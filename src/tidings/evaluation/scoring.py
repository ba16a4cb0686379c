"""Score coded triples against PETRARCH gold records: pure functions, no coder, no I/O.

Convention (../shared/README.md): micro precision / recall / F1 over the *set* of exact
(source, target, code) triples of each sentence, so a triple emitted twice counts once. The
same at root-code level (first two digits of the code), at PLOVER level (the PLOVER event type
of the code) and for dyads (source, target) alone.
A sentence is exactly right when its predicted set equals the gold set; a no-event record is
right only when nothing is emitted for it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import TidingsError
from .records import NO_ACTOR, GoldRecord, Triple

ActorMatch = Literal["exact", "primary"]


@dataclass(frozen=True, kw_only=True)
class Counts:
    """True positives, false positives and false negatives, with micro P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        """The counts of both, as pooled for micro averages."""
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was claimed and nothing missed."""
        return _ratio(self.tp, self.tp + self.fp, empty=self.fn == 0)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when gold had nothing and nothing was claimed."""
        return _ratio(self.tp, self.tp + self.fn, empty=self.fp == 0)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(num: int, den: int, *, empty: bool) -> float:
    """``num / den``, or for an empty denominator 1.0 when ``empty`` else 0.0.

    Nothing to find and nothing claimed is perfect; otherwise an empty denominator means a
    total miss (nothing claimed while gold has events, or the reverse).
    """
    if den == 0:
        return 1.0 if empty else 0.0
    return num / den


@dataclass(frozen=True, kw_only=True)
class CategoryScore:
    """Scores of the records of one category (the unit suite's DEMO, SYNSET, AGENT, ...)."""

    category: str
    n: int
    exact: Counts
    root: Counts
    dyad: Counts
    sentences_exact: int
    no_event_total: int
    no_event_right: int
    plover: Counts = Counts()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures of the category, rates rounded to four decimals."""
        return {
            "n": self.n,
            "precision": round(self.exact.precision, 4),
            "recall": round(self.exact.recall, 4),
            "f1": round(self.exact.f1, 4),
            "root_f1": round(self.root.f1, 4),
            "dyad_f1": round(self.dyad.f1, 4),
            "plover_f1": round(self.plover.f1, 4),
            "tp": self.exact.tp,
            "fp": self.exact.fp,
            "fn": self.exact.fn,
            "sentences_exact": self.sentences_exact,
            "no_event_total": self.no_event_total,
            "no_event_right": self.no_event_right,
        }


@dataclass(frozen=True, kw_only=True)
class RecordError:
    """One sentence the coder got wrong: the gold triples it missed and the ones it invented."""

    id: str
    category: str
    text: str
    misses: tuple[Triple, ...]
    false_alarms: tuple[Triple, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, triples written as ``SOURCE TARGET CODE``."""
        return {
            "id": self.id,
            "category": self.category,
            "text": self.text,
            "misses": [str(t) for t in self.misses],
            "false_alarms": [str(t) for t in self.false_alarms],
        }


@dataclass(frozen=True, kw_only=True)
class EvalReport:
    """The result of scoring one gold set."""

    n: int
    exact: Counts
    root: Counts
    dyad: Counts
    sentences_exact: int
    no_event_total: int
    no_event_right: int
    categories: tuple[CategoryScore, ...] = ()
    errors: tuple[RecordError, ...] = ()
    name: str = ""
    plover: Counts = Counts()
    rejected: tuple[tuple[str, str], ...] = ()  # (record id, problem): corrupt, not coded

    @property
    def precision(self) -> float:
        """Exact-triple precision, the headline figure."""
        return self.exact.precision

    @property
    def recall(self) -> float:
        """Exact-triple recall, the headline figure."""
        return self.exact.recall

    @property
    def f1(self) -> float:
        """Exact-triple F1, the headline figure."""
        return self.exact.f1

    def metrics(self) -> dict[str, float]:
        """The numbers a quality gate can put a floor under (all "higher is better")."""
        return {
            "precision": self.exact.precision,
            "recall": self.exact.recall,
            "f1": self.exact.f1,
            "root_f1": self.root.f1,
            "dyad_f1": self.dyad.f1,
            "plover_f1": self.plover.f1,
            "sentences_exact": float(self.sentences_exact),
            "no_event_right": float(self.no_event_right),
        }

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """JSON-ready: ``n``, ``precision``, ``recall``, ``f1``, ``root_f1``, ``dyad_f1``,
        ``plover_f1``, ``sentences_exact``, ``no_event_right`` (of ``no_event_total``),
        ``categories``, ``rejected`` (corrupt records, not coded), and
        ``errors`` when asked."""
        out: dict[str, Any] = {"name": self.name, "n": self.n}
        out.update({k: round(v, 4) for k, v in self.metrics().items()})
        out.update(
            sentences_exact=self.sentences_exact,
            no_event_right=self.no_event_right,
            no_event_total=self.no_event_total,
            tp=self.exact.tp,
            fp=self.exact.fp,
            fn=self.exact.fn,
            root_precision=round(self.root.precision, 4),
            root_recall=round(self.root.recall, 4),
            dyad_precision=round(self.dyad.precision, 4),
            dyad_recall=round(self.dyad.recall, 4),
            categories={c.category: c.to_dict() for c in self.categories},
            rejected=[{"id": i, "problem": p} for i, p in self.rejected],
        )
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


def normalise_actor(code: str, *, match: ActorMatch = "exact") -> str:
    """An actor code as compared: upper-cased, blank -> ``---``.

    ``match="exact"`` (the published convention) compares whole codes. ``"primary"`` keeps
    the country and first role only (``IRQGOVMIL`` -> ``IRQGOV``, ``IGOUNOKID`` -> ``IGOUNO``):
    a lenient diagnostic for coders whose secondary role codes differ from the gold's, never
    the headline figure.
    """
    text = code.strip().upper() or NO_ACTOR
    return text[:6] if match == "primary" else text


def prepare(
    triples: Iterable[Triple], record: GoldRecord, *, match: ActorMatch = "exact"
) -> frozenset[Triple]:
    """The set of predicted triples that counts for ``record``.

    Applies the record's ``require_dyad``: PETRARCH does not emit an event without a target
    when that option is on, and the gold was written under it, so predicted events whose
    target is ``---`` are dropped here rather than by the coder (which has no such option).
    """
    out = set()
    for t in triples:
        target = normalise_actor(t.target, match=match)
        if record.require_dyad and target == NO_ACTOR:
            continue
        out.add(Triple(normalise_actor(t.source, match=match), target, t.code.strip()))
    return frozenset(out)


def _gold(record: GoldRecord, match: ActorMatch) -> frozenset[Triple]:
    """The record's gold triples with actors normalised as the predictions are."""
    return frozenset(
        Triple(
            normalise_actor(t.source, match=match), normalise_actor(t.target, match=match), t.code
        )
        for t in record.events
    )


def _counts(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Counts:
    """tp/fp/fn of two sets (duplicates count once)."""
    g, p = set(gold), set(predicted)
    return Counts(tp=len(g & p), fp=len(p - g), fn=len(g - p))


@dataclass(frozen=True, kw_only=True)
class _Scored:
    """One record with its gold and its prepared predicted triples."""

    record: GoldRecord
    gold: frozenset[Triple]
    predicted: frozenset[Triple]

    def exact(self) -> Counts:
        """Counts over whole triples."""
        return _counts(self.gold, self.predicted)

    def level(self, key: Callable[[Triple], Hashable]) -> Counts:
        """Counts over ``key`` of the triples (root code, dyad, PLOVER type)."""
        return _counts(map(key, self.gold), map(key, self.predicted))

    @property
    def right(self) -> bool:
        """The sentence is exactly right: the predicted set is the gold set."""
        return self.gold == self.predicted


def score(
    records: Sequence[GoldRecord],
    predictions: Mapping[str, Iterable[Triple]],
    *,
    match: ActorMatch = "exact",
    name: str = "",
    rejected: Iterable[tuple[str, str]] = (),
) -> EvalReport:
    """Score ``predictions`` (record id -> triples the coder emitted) against ``records``.

    Every record must have an entry (an empty one when the coder emitted nothing), so that a
    record silently skipped by a harness cannot pass as a correct no-event answer.
    """
    _check_complete(records, predictions)
    scored = [
        _Scored(
            record=r, gold=_gold(r, match), predicted=prepare(predictions[r.id], r, match=match)
        )
        for r in records
    ]
    total = _summary(scored, category="")
    return EvalReport(
        n=total.n,
        exact=total.exact,
        root=total.root,
        dyad=total.dyad,
        plover=total.plover,
        sentences_exact=total.sentences_exact,
        no_event_total=total.no_event_total,
        no_event_right=total.no_event_right,
        categories=_categories(scored),
        errors=_record_errors(scored),
        name=name,
        rejected=tuple(rejected),
    )


def _check_complete(records: Sequence[GoldRecord], predictions: Mapping[str, object]) -> None:
    """Raise TidingsError when a record has no entry in ``predictions``."""
    missing = [r.id for r in records if r.id not in predictions]
    if missing:
        raise TidingsError(
            f"no prediction for {len(missing)} record(s), e.g. {missing[:3]}: give an empty "
            "list for records where the coder emitted nothing"
        )


def _categories(scored: Sequence[_Scored]) -> tuple[CategoryScore, ...]:
    """One summary per record category, in category name order."""
    return tuple(
        _summary([s for s in scored if s.record.category == c], category=c)
        for c in sorted({s.record.category for s in scored})
    )


def _record_errors(scored: Sequence[_Scored]) -> tuple[RecordError, ...]:
    """The sentences not exactly right, in record order, with sorted misses and false alarms."""
    return tuple(
        RecordError(
            id=s.record.id,
            category=s.record.category,
            text=s.record.text,
            misses=tuple(sorted(s.gold - s.predicted)),
            false_alarms=tuple(sorted(s.predicted - s.gold)),
        )
        for s in scored
        if not s.right
    )


def _summary(scored: Sequence[_Scored], *, category: str) -> CategoryScore:
    """Counts pooled over ``scored`` at every level, as one category's score."""
    exact, root, dyad, plover = Counts(), Counts(), Counts(), Counts()
    for s in scored:
        exact += s.exact()
        root += s.level(lambda t: t.root)
        dyad += s.level(lambda t: t.dyad)
        plover += s.level(lambda t: t.plover)
    no_event = [s for s in scored if s.record.no_event]
    return CategoryScore(
        category=category,
        n=len(scored),
        exact=exact,
        root=root,
        dyad=dyad,
        plover=plover,
        sentences_exact=sum(s.right for s in scored),
        no_event_total=len(no_event),
        no_event_right=sum(not s.predicted for s in no_event),
    )
