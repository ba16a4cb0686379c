"""Store write/read speed: ``python bench/store_write.py -n 10000 [--batch 1000] [--repeat 3]``.

Writes N synthetic events (and one article per 20 events) into a fresh DuckDB file, first in
one call and then in batches of ``--batch`` like an ingest run, writes the same records again
(the idempotent re-ingest path), reads every event back as records, and exports Parquet.
Prints medians over ``--repeat`` runs: this machine is noisy, compare same-run figures only.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tidings.ids import content_id
from tidings.model import Actor, Article, Event
from tidings.store import open_store

COUNTRIES = ("RUS", "UKR", "USA", "GBR", "FRA", "DEU", "CHN", "TUR", "POL", "BLR")
CODES = (("040", 1.0, 1), ("112", -2.0, 3), ("0211", 3.4, 1), ("173", -5.0, 4), ("190", -10.0, 4))


def make_records(n: int) -> tuple[list[Article], list[Event]]:
    articles = [
        Article(
            id=content_id("article", i),
            source_id=f"bench/{i}.txt",
            published=f"2022-02-{1 + i % 28:02d}",
            outlet="Bench Wire",
            cited_outlets=("TASS",) if i % 3 == 0 else (),
            chars=6000,
            story_id=content_id("story", i),
            text="Ministers met in Geneva on Monday. " * 170,
        )
        for i in range(max(1, n // 20))
    ]
    events = []
    for i in range(n):
        src, tgt = COUNTRIES[i % 10], COUNTRIES[(i * 7 + 3) % 10]
        code, goldstein, quad = CODES[i % len(CODES)]
        article = articles[i % len(articles)]
        events.append(
            Event(
                id=content_id("event", i),
                article_id=article.id,
                date=article.published,
                date_precision="day",
                source=Actor(text=src, name=src, code=f"{src}GOV", country=src, sector="GOV"),
                target=Actor(text=tgt, name=tgt, code=tgt, country=tgt, start=i, end=i + 6),
                cameo=code,
                cameo_root=code[:2],
                quad_class=quad,
                goldstein=goldstein,
                plover="CONSULT",
                modality="asserted",
                sentence=f"Sentence number {i} where {src} met {tgt} in Geneva.",
                start=i * 40,
                end=i * 40 + 39,
                trigger="met",
                rule="consult.meet",
                coder="tidings-rules/1",
            )
        )
    return articles, events


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run_once(n: int, batch: int, workdir: Path) -> dict[str, float]:
    articles, events = make_records(n)
    out: dict[str, float] = {}
    with open_store(workdir / "one.duckdb") as store:
        out["write, one call"] = timed(lambda: store.write(articles=articles, events=events))
        out["rewrite (all known)"] = timed(lambda: store.write(articles=articles, events=events))
        out["read back"] = timed(lambda: sum(1 for _ in store.events()))
        out["export parquet"] = timed(lambda: store.export_parquet(workdir / "export"))
    with open_store(workdir / "batched.duckdb") as store:

        def batched() -> None:
            for i in range(0, n, batch):
                store.write(events=events[i : i + batch])

        out[f"write, batches of {batch}"] = timed(batched)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="events to write")
    parser.add_argument("--batch", type=int, default=1_000, help="events per write() call")
    parser.add_argument("--repeat", type=int, default=3, help="runs to take the median of")
    args = parser.parse_args()
    runs = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(run_once(args.n, args.batch, Path(tmp)))
    print(f"{args.n} events, median of {args.repeat} runs")
    for label in runs[0]:
        seconds = statistics.median(r[label] for r in runs)
        print(f"{label:28s} {seconds:7.3f} s  {args.n / seconds:12,.0f} events/s")


if __name__ == "__main__":
    main()
