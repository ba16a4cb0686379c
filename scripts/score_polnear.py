"""Loose dev-set score of quote attribution on PolNeAR (brat standoff: Source/Cue/Content).

Usage: .venv/bin/python scripts/score_polnear.py [--split dev] [--polnear DIR] [--errors N]

Runs the real pipeline pieces (spaCy parse, actor index, readers' cited-outlet finder,
``attribute_quotes``) over each article of the split and prints:

- attribution-level P/R/F1: a predicted quote is right when its content span overlaps a gold
  Content span; a gold attribution is found when some predicted quote overlaps it;
- character-level content P/R/F1 (how much of the predicted text is gold content and back);
- the same restricted to quotation-mark quotes (gold contents containing a quote mark,
  predicted kinds direct/partial);
- speaker match on matched pairs whose gold attribution has a Source: the predicted speaker
  mention overlaps the gold Source span, or the speaker's surname occurs in it;
- cue match on matched pairs: the predicted cue overlaps the gold Cue span.

PolNeAR annotates every attribution, including beliefs and intentions ("Trump wants ...",
"polls show ..."), not only speech, so recall here is an upper bound on what a speech-cue
attributor can reach. This is a dev tool, not a test: nothing is asserted. When an article
has several annotators' files, the first (sorted) is used.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  # keep thinc off torch

from tidings.actors import ActorDictionary, index_actors  # noqa: E402
from tidings.model import Article, Quote  # noqa: E402
from tidings.nlp import load_pipeline  # noqa: E402
from tidings.outlets import find_cited_outlets  # noqa: E402
from tidings.quotes import attribute_quotes  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared/data/eval/polnear"
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
_QUOTE_MARKS = re.compile(r"''|``|[\"“”]")

Spans = list[tuple[int, int]]


@dataclass
class Gold:
    content: Spans
    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)


def parse_ann(path: Path) -> list[Gold]:
    """Gold attributions of one .ann file (discontinuous spans kept as several ranges)."""
    spans: dict[str, Spans] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, ranges = cols[1].partition(" ")
            if label in ("Source", "Cue", "Content"):
                spans[cols[0]] = [(int(a), int(b)) for a, b in
                                  (r.split() for r in ranges.split(";"))]
        elif line.startswith("E") and len(cols) >= 2:
            relations.append(dict(p.split(":", 1) for p in cols[1].split() if ":" in p))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content:
            out.append(Gold(content=content, source=spans.get(rel.get("Source", ""), []),
                            cue=spans.get(rel.get("Cue", ""), [])))
    return out


def overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


@dataclass
class Tally:
    pred: int = 0
    pred_hit: int = 0
    gold: int = 0
    gold_hit: int = 0
    pred_chars: int = 0
    gold_chars: int = 0
    both_chars: int = 0

    def line(self, name: str) -> str:
        p = self.pred_hit / self.pred if self.pred else 0.0
        r = self.gold_hit / self.gold if self.gold else 0.0
        cp = self.both_chars / self.pred_chars if self.pred_chars else 0.0
        cr = self.both_chars / self.gold_chars if self.gold_chars else 0.0
        return (f"{name:<22} attributions P {p:.3f} R {r:.3f} F1 {_f1(p, r):.3f} "
                f"(pred {self.pred}, gold {self.gold})   chars P {cp:.3f} R {cr:.3f} "
                f"F1 {_f1(cp, cr):.3f}")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _chars(spans: Spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def score_article(text: str, quotes: list[Quote], gold: list[Gold], tallies: dict[str, Tally],
                  counts: Counter[str], errors: list[str]) -> None:
    marked = [g for g in gold if any(_QUOTE_MARKS.search(text[s:e]) for s, e in g.content)]
    direct = [q for q in quotes if q.kind in ("direct", "partial")]
    for name, preds, golds in (("all", quotes, gold), ("quotation marks", direct, marked)):
        t = tallies[name]
        pred_spans = [[(q.start, q.end)] for q in preds]
        t.pred += len(preds)
        t.gold += len(golds)
        t.pred_hit += sum(1 for p in pred_spans if any(overlap(p, g.content) for g in golds))
        t.gold_hit += sum(1 for g in golds if any(overlap(p, g.content) for p in pred_spans))
        pc = _chars([s for p in pred_spans for s in p])
        gc = _chars([s for g in golds for s in g.content])
        t.pred_chars += len(pc)
        t.gold_chars += len(gc)
        t.both_chars += len(pc & gc)
    for q in quotes:
        best = max(gold, key=lambda g: overlap([(q.start, q.end)], g.content), default=None)
        if best is None or not overlap([(q.start, q.end)], best.content):
            counts[f"false alarm {q.kind}"] += 1
            if len(errors) < 400:
                errors.append(f"FA  [{q.kind}] {q.text[:90]!r}")
            continue
        counts[f"hit {q.kind}"] += 1
        if best.cue and q.cue_start is not None:
            counts["cue pairs"] += 1
            counts["cue match"] += bool(overlap([(q.cue_start, q.cue_end or 0)], best.cue))
        if not best.source:
            continue
        counts["speaker pairs"] += 1
        gold_src = " ".join(text[s:e] for s, e in best.source).lower()
        sp = q.speaker
        if sp is None:
            counts["speaker missing"] += 1
            if len(errors) < 400:
                errors.append(f"MISS gold {gold_src[:40]!r} cue {q.cue!r} [{q.kind}] "
                              f"{q.text[:60]!r}")
            continue
        span_ok = sp.start is not None and sp.end is not None and bool(
            overlap([(sp.start, sp.end)], best.source))
        name_ok = bool(sp.name) and sp.name.split()[-1].lower() in gold_src
        counts["speaker span match"] += span_ok
        counts["speaker match"] += span_ok or name_ok
        counts[f"speaker pairs {q.kind}"] += 1
        counts[f"speaker match {q.kind}"] += span_ok or name_ok
        if not (span_ok or name_ok) and len(errors) < 400:
            errors.append(f"SPK gold {gold_src[:40]!r} got {sp.text!r}->{sp.name!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--polnear", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--errors", type=int, default=0, help="print the first N errors")
    args = ap.parse_args()
    root = args.polnear / "data" / args.split
    texts = sorted((root / "text").glob("*.txt"))
    if not texts:
        sys.exit(f"no PolNeAR texts under {root}")
    nlp = load_pipeline()
    dictionary = ActorDictionary.builtin()
    tallies = {"all": Tally(), "quotation marks": Tally()}
    counts: Counter[str] = Counter()
    errors: list[str] = []
    contents = [p.read_text(encoding="utf-8") for p in texts]
    started = time.perf_counter()
    quote_seconds = 0.0
    for path, text, doc in zip(texts, contents, nlp.pipe(contents, batch_size=16), strict=True):
        anns = sorted((root / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        m = _DATE.search(path.name)
        on = date.fromisoformat(m.group(1)) if m else None
        t0 = time.perf_counter()
        index = index_actors(doc, dictionary=dictionary, on=on)
        article = Article(id=path.stem, source_id=path.name, text=text, chars=len(text),
                          cited_outlets=find_cited_outlets(text))
        quotes = attribute_quotes(article, doc, index=index)
        quote_seconds += time.perf_counter() - t0
        score_article(text, quotes, parse_ann(anns[0]), tallies, counts, errors)
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {args.split}: {len(texts)} articles, {elapsed:.1f} s "
          f"(index + quotes {quote_seconds:.2f} s)")
    for name, t in tallies.items():
        print(t.line(name))
    sp, cue = counts["speaker pairs"], counts["cue pairs"]
    if sp:
        print(f"speaker match {counts['speaker match'] / sp:.3f} "
              f"(span overlap {counts['speaker span match'] / sp:.3f}, "
              f"missing {counts['speaker missing'] / sp:.3f}) on {sp} matched pairs with a Source")
        print("speaker match by kind: " + ", ".join(
            f"{k} {counts['speaker match ' + k] / counts['speaker pairs ' + k]:.3f}"
            for k in ("direct", "partial", "indirect") if counts["speaker pairs " + k]))
    if cue:
        print(f"cue match {counts['cue match'] / cue:.3f} on {cue} matched pairs with a Cue")
    kinds = sorted(k for k in counts if k.startswith(("hit", "false")))
    print("by kind: " + ", ".join(f"{k} {counts[k]}" for k in kinds))
    for line in errors[: args.errors]:
        print(line)


if __name__ == "__main__":
    main()
