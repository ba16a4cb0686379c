"""Dev script: score the event coder on a PETRARCH gold file and time it.

Usage: python scripts/score_gsr78.py [RECORDS.jsonl] [--errors]
       [--modalities asserted,reported,future]
       [--dictionaries DIR [--verbs replace|add|none] [--replace-actors]] [--subset cameo]

Uses ``tidings.evaluation.runner.run_eval`` with a coder that keeps only events of the given
modalities (negated and conditional events are not claims that the event happened, and
PETRARCH gold codes only what the sentence asserts). Prints exact/root/dyad F1, the misses
and false alarms with --errors, and the coder's time per sentence beyond the spaCy parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.modules.setdefault("torch", None)  # type: ignore[arg-type]

from tidings.actors import ActorDictionary, index_actors  # noqa: E402
from tidings.evaluation.records import load_records  # noqa: E402
from tidings.evaluation.report import format_report_table  # noqa: E402
from tidings.evaluation.runner import event_triple, run_eval  # noqa: E402
from tidings.events import VerbLexicon, code_events, code_sentence  # noqa: E402
from tidings.model import Article  # noqa: E402
from tidings.nlp import load_pipeline  # noqa: E402
from tidings.petrarch import load_dictionaries  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/eval/petrarch_gsr78/records.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("records", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--modalities", default="asserted,reported,future")
    ap.add_argument("--dictionaries", type=Path, default=None, help="PETRARCH dictionary directory")
    ap.add_argument("--verbs", choices=("replace", "add", "none"), default="replace")
    ap.add_argument("--replace-actors", action="store_true")
    ap.add_argument("--subset", default=None)
    args = ap.parse_args()
    keep = set(args.modalities.split(","))
    nlp = load_pipeline()
    dictionary = ActorDictionary.builtin()
    lexicon = VerbLexicon.builtin()
    discards = None
    if args.dictionaries is not None:
        petr = load_dictionaries(args.dictionaries)
        dictionary = dictionary.extended(petr.actor_entries(), replace=args.replace_actors)
        discards = petr.discard_list
        if args.verbs != "none":
            lexicon = lexicon.with_petrarch(
                petr.verbs, petr.synsets, replace=args.verbs == "replace"
            )

    def coder(text: str, on: date | None):  # type: ignore[no-untyped-def]
        if discards is not None and discards.find(text) is not None:
            return []
        return [
            event_triple(e)
            for e in code_sentence(text, nlp=nlp, dictionary=dictionary, on=on, lexicon=lexicon)
            if e.modality in keep
        ]

    report = run_eval(args.records, coder=coder, subset=args.subset)
    print(format_report_table(report, errors=args.errors))
    # speed: parse once, then time actor indexing and coding separately
    records = load_records(args.records, subset=args.subset)
    docs = [(r, nlp(r.text)) for r in records]
    # the machines are noisy (PERFORMANCE.md): CPU time of this process, fastest of 7 passes
    indexes = [index_actors(doc, dictionary=dictionary, on=r.date) for r, doc in docs]
    articles = [
        Article(
            id=r.id, source_id=r.id, text=r.text, published=r.date.isoformat() if r.date else None
        )
        for r, _ in docs
    ]
    t_index, t_code = [], []
    for _ in range(7):
        t0 = time.process_time()
        for r, doc in docs:
            index_actors(doc, dictionary=dictionary, on=r.date)
        t1 = time.process_time()
        for (_, doc), index, article in zip(docs, indexes, articles, strict=True):
            code_events(article, doc, index=index, lexicon=lexicon)
        t_code.append(time.process_time() - t1)
        t_index.append(t1 - t0)
    n = len(docs)
    print(
        f"per sentence (best of 7): coder {1000 * min(t_code) / n:.3f} ms, "
        f"actor index {1000 * min(t_index) / n:.3f} ms, "
        f"{sum(len(d) for _, d in docs) / n:.0f} tokens"
    )


if __name__ == "__main__":
    main()
