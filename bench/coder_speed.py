"""Time of Tidings' event coder per sentence, beyond the spaCy parse.

Usage: python bench/coder_speed.py [-n 2000] [--corpus DIR]

Parses sentences from the White House corpus (and the PETRARCH gold sentences when
``../shared`` has them) with the full spaCy pipeline first, then times, per sentence and on
the already-parsed Docs, (a) the actor index and (b) the event coder. Prints the median and
the 95th percentile in milliseconds, the total per sentence, and the parse time per sentence
for scale (``ratio``: coder-and-index time over parse time). Times are CPU-bound single-core.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.modules.setdefault("torch", None)  # type: ignore[arg-type]

from tidings.actors import ActorDictionary, index_actors  # noqa: E402
from tidings.events import code_events  # noqa: E402
from tidings.model import Article  # noqa: E402
from tidings.nlp import load_pipeline  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "data/corpora/whitehouse_2021-11_2022-03"
GOLD = [
    SHARED / "data/eval/petrarch_gsr78/records.jsonl",
    SHARED / "data/eval/petrarch_unit/records.jsonl",
]


def sentences(corpus: Path, n: int) -> list[str]:
    """Gold sentences first, then body lines of corpus documents split at full stops."""
    out: list[str] = []
    for path in GOLD:
        if path.is_file():
            out += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    pool: list[str] = []
    for doc in sorted(corpus.rglob("*.md")):
        if doc.name.upper().startswith("README"):
            continue
        body = doc.read_text(encoding="utf-8").split("---", 2)[-1]
        for para in body.split("\n"):
            pool += [s.strip() + "." for s in para.split(". ") if len(s.split()) > 6]
    # a fixed sample across all document kinds (briefings, readouts, proclamations)
    out += random.Random(20261129).sample(pool, min(len(pool), max(0, n - len(out))))
    return out[:n]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="number of sentences")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    texts = sentences(args.corpus, args.n)
    nlp = load_pipeline()
    actors = ActorDictionary.builtin()
    on = date(2022, 2, 1)
    warm = nlp("Russia attacked Ukraine.")  # loads the lexicon and actor tables once
    code_events(
        Article(id="w", source_id="bench", text=warm.text),
        warm,
        index=index_actors(warm, dictionary=actors, on=on),
    )
    started = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = (time.process_time() - started) / len(docs) * 1000
    index_ms: list[float] = []
    coder_ms: list[float] = []
    events = 0
    for i, doc in enumerate(docs):
        t0 = time.process_time()
        index = index_actors(doc, dictionary=actors, on=on)
        t1 = time.process_time()
        article = Article(id=f"s{i}", source_id="bench", published=on.isoformat(), text=doc.text)
        events += len(code_events(article, doc, index=index))
        t2 = time.process_time()
        index_ms.append((t1 - t0) * 1000)
        coder_ms.append((t2 - t1) * 1000)
    total = [a + b for a, b in zip(index_ms, coder_ms, strict=True)]
    print(f"sentences: {len(docs)}, events: {events}")
    print(f"spaCy parse: {parse:.2f} ms/sentence (batched)")
    for name, values in (("actor index", index_ms), ("event coder", coder_ms), ("both", total)):
        print(
            f"{name}: median {statistics.median(values):.3f} ms, "
            f"mean {statistics.fmean(values):.3f} ms, p95 {percentile(values, 0.95):.3f} ms"
        )
    print(f"ratio: {statistics.fmean(total) / parse:.3f} (coder and index over parse)")


if __name__ == "__main__":
    main()
