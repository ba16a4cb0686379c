"""Throughput of the whole Tidings pipeline against spaCy alone, on the same texts, in one run.

Usage: python bench/throughput.py -n 200 [--corpus DIR] [--repeat 1]

Prints articles/s, tokens/s and peak RSS for both, and last a line ``ratio: X`` where X is
Tidings' articles/s divided by spaCy-only articles/s. Tidings' time covers everything from
file to records (read, clean, parse, actors, events, quotes); spaCy's covers ``nlp.pipe`` over
the already-extracted texts with spaCy's own components (Tidings' sentence-start components
are disabled there: they are Tidings' cost). Machines here are noisy (±15–30%), so the
two are measured alternately with ``--repeat`` and the medians compared.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.modules.setdefault("torch", None)  # type: ignore[arg-type]

from tidings.actors import ActorDictionary  # noqa: E402
from tidings.nlp import load_pipeline  # noqa: E402
from tidings.pipeline import Result, process  # noqa: E402
from tidings.read import ReadOptions, build_article, read_inputs  # noqa: E402

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared/data/corpora/whitehouse_2021-11_2022-03"
)


def pick_files(corpus: Path, n: int) -> list[str]:
    files = sorted(str(p) for p in corpus.rglob("*.md"))
    if not files:
        sys.exit(f"bench: no .md files under {corpus}")
    step = max(1, len(files) // n)
    return files[::step][:n]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100, help="number of articles")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument(
        "--repeat", type=int, default=1, help="alternating runs of each; medians reported"
    )
    args = ap.parse_args()

    files = pick_files(args.corpus, args.n)
    options = ReadOptions()
    texts = []
    for doc in read_inputs(files, options=options):
        try:
            texts.append(build_article(doc, options=options).text)  # type: ignore[arg-type]
        except Exception:
            continue
    nlp = load_pipeline()
    dictionary = ActorDictionary.builtin()
    tokens = sum(len(d) for d in nlp.tokenizer.pipe(texts))
    print(f"corpus: {args.corpus} ({len(files)} files, {len(texts)} articles, {tokens} tokens)")
    print(
        f"model: {nlp.meta['name']} {nlp.meta['version']}; components: {', '.join(nlp.pipe_names)}"
    )
    list(nlp.pipe(texts[:5]))  # warm-up

    # the baseline is spaCy's own pipeline: Tidings' sentence-start components are Tidings' cost
    own = [name for name in nlp.pipe_names if name.startswith("tidings_")]
    spacy_times, tidings_times = [], []
    events = quotes = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        with nlp.select_pipes(disable=own):
            for _doc in nlp.pipe(texts, batch_size=32):
                pass
        spacy_times.append(time.perf_counter() - t0)
        spacy_rss = peak_rss_mb()

        t0 = time.perf_counter()
        events = quotes = 0
        for item in process(files, options=options, nlp=nlp, dictionary=dictionary):
            if isinstance(item, Result):
                events += len(item.events)
                quotes += len(item.quotes)
        tidings_times.append(time.perf_counter() - t0)
    tidings_rss = peak_rss_mb()

    s, t = statistics.median(spacy_times), statistics.median(tidings_times)
    n = len(texts)
    print(
        f"spacy-only: {n / s:.2f} articles/s, {tokens / s:,.0f} tokens/s, {s:.1f} s, "
        f"peak RSS {spacy_rss:.0f} MB"
    )
    print(
        f"tidings:    {n / t:.2f} articles/s, {tokens / t:,.0f} tokens/s, {t:.1f} s, "
        f"peak RSS {tidings_rss:.0f} MB"
        f" ({events} events, {quotes} quotes)"
    )
    print(f"overhead beyond parse: {(t - s) / n * 1000:.1f} ms/article")
    print(f"ratio: {s / t:.3f}")


if __name__ == "__main__":
    main()
