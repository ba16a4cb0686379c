"""Measure the topic model: held-out accuracy, gold-set safety, what it flags in real ledes.

Usage: .venv/bin/python bench/topic_eval.py [--shared ../shared] [--model PATH] [--threshold T]
       [--examples N]

Reports, for the model (default: the shipped one) and its threshold:
1. BBC test split (never trained on, never used for the threshold): per-class precision and
   recall of the argmax at sentence and article level, and the non-political decision's
   precision/recall; the share of extra politics test sentences (White House, war headlines)
   that would be dropped.
2. Gold sets: sentences of petrarch_gsr78 and petrarch_unit (records with expected events)
   that would be dropped. Must be none: each one is an event the coder would lose.
3. RSS ledes 2021-11..2022-03 (descriptions, split into sentences): the flagged share overall
   and by the publisher's URL section, and evenly spaced examples of flagged sentences.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from tidings.events.topic import (  # noqa: E402
    NON_POLITICAL,
    TOPICS,
    TopicModel,
    non_political_score,
    non_political_sentences,
    parse_topic_model,
    split_sentences,
    topic_scores,
)

_spec = importlib.util.spec_from_file_location("train", REPO / "scripts/train_topic_model.py")
assert _spec and _spec.loader
train = importlib.util.module_from_spec(_spec)
sys.modules["train"] = train
_spec.loader.exec_module(train)


def prf(pairs: list[tuple[str, str]], label: str) -> tuple[float, float, int]:
    """Precision, recall and support of ``label`` over (gold, predicted) pairs."""
    tp = sum(1 for g, p in pairs if g == label and p == label)
    pred = sum(1 for _, p in pairs if p == label)
    gold = sum(1 for g, _ in pairs if g == label)
    return (tp / pred if pred else 0.0), (tp / gold if gold else 0.0), gold


def argmax(scores: dict[str, float]) -> str:
    return max(scores, key=lambda k: scores[k])


def report_pairs(title: str, pairs: list[tuple[str, str]]) -> None:
    print(
        f"\n{title}: {len(pairs)} items, accuracy {sum(g == p for g, p in pairs) / len(pairs):.3f}"
    )
    for label in TOPICS:
        p, r, n = prf(pairs, label)
        print(f"  {label:14s} P {p:.3f}  R {r:.3f}  (n={n})")


def report_binary(title: str, gold_pol: list[bool], flagged: list[bool]) -> None:
    """Non-political decision: precision/recall of the flag, and political items lost."""
    tp = sum(1 for g, f in zip(gold_pol, flagged, strict=True) if f and not g)
    fp = sum(1 for g, f in zip(gold_pol, flagged, strict=True) if f and g)
    pos = sum(1 for g in gold_pol if not g)
    npol = sum(gold_pol)
    prec = tp / (tp + fp) if tp + fp else 0.0
    print(
        f"  {title}: non-political flag P {prec:.3f} R {tp / pos if pos else 0:.3f}; "
        f"politics items flagged {fp}/{npol} ({fp / npol if npol else 0:.2%})"
    )


class WordList:
    """The coder's current rule (verbs.yaml ``discard``) approximated without spaCy: lower-case
    words, a plural 's' stripped for the lemma, multiword entries as phrases, "2-1" score
    lines. A baseline to compare with, not the coder's exact behaviour."""

    def __init__(self) -> None:
        data = yaml.safe_load((REPO / "src/tidings/data/verbs.yaml").read_text("utf-8"))
        self.strong = set(data["discard"]["strong"])
        self.context = set(data["discard"]["context"])

    def _hits(self, words: set[str], low: str, entries: set[str]) -> int:
        n = 0
        for e in entries:
            if " " in e:
                n += bool(re.search(rf"\b{re.escape(e)}s?\b", low))
            else:
                n += e in words
        return n

    def __call__(self, text: str) -> bool:
        low = text.lower()
        words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", low))
        words |= {w[:-1] for w in words if w.endswith("s")}
        if re.search(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b", low):
            return True
        return self._hits(words, low, self.strong) > 0 or self._hits(words, low, self.context) >= 2


def heldout(shared: Path, model: TopicModel, threshold: float) -> None:
    docs = [d for d in train.load_docs(shared) if d.split == "test"]
    sent_pairs: list[tuple[str, str]] = []
    sent_gold: list[bool] = []
    sent_flag: list[bool] = []
    art_pairs: list[tuple[str, str]] = []
    art_gold: list[bool] = []
    art_flag: list[bool] = []
    extra: Counter[str] = Counter()
    extra_flag: Counter[str] = Counter()
    ctx_flag: list[bool] = []
    base_flag: list[bool] = []
    wordlist = WordList()
    for doc in docs:
        sents = [s for s in doc.sentences if len(train.topic_tokens(s)) >= 3]
        if doc.source != "bbc":
            for s in sents:
                extra[doc.source] += 1
                extra_flag[doc.source] += non_political_score(s, model=model) >= threshold
            continue
        for s in sents:
            scores = topic_scores(s, model=model)
            sent_pairs.append((doc.label, argmax(scores)))
            sent_gold.append(doc.label == "politics")
            sent_flag.append(sum(scores[t] for t in NON_POLITICAL) >= threshold)
            base_flag.append(wordlist(s))
        ctx_flag.extend(non_political_sentences(sents, model=model))
        scores = topic_scores("\n".join(doc.sentences), model=model)
        art_pairs.append((doc.label, argmax(scores)))
        art_gold.append(doc.label == "politics")
        art_flag.append(sum(scores[t] for t in NON_POLITICAL) >= model.article_threshold)
    report_pairs("BBC test sentences (argmax)", sent_pairs)
    report_binary("sentences alone", sent_gold, sent_flag)
    report_binary("sentences with article context", sent_gold, ctx_flag)
    report_binary("current word list (approximation)", sent_gold, base_flag)
    report_pairs("BBC test articles (mean of sentence distributions, argmax)", art_pairs)
    report_binary("articles", art_gold, art_flag)
    for source, n in sorted(extra.items()):
        print(f"  extra politics test sentences, {source}: flagged {extra_flag[source]}/{n}")


def gold_sets(shared: Path, model: TopicModel, threshold: float) -> None:
    print("\nGold sets (records with expected events):")
    for name in ("petrarch_gsr78", "petrarch_unit"):
        flagged = []
        total = 0
        for line in (shared / f"data/eval/{name}/records.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            if not rec.get("events"):
                continue
            total += 1
            score = non_political_score(rec["text"], model=model)
            if score >= threshold:
                flagged.append((rec["id"], score))
        print(f"  {name}: {len(flagged)}/{total} would be dropped {flagged}")


def rss(shared: Path, model: TopicModel, threshold: float, examples: int) -> None:
    """Flagged share of RSS lede sentences by publisher section; the training used Nov-Dec
    (and Jan for the threshold), so the per-section figures and examples are Feb-Mar only."""
    path = shared / "data/corpora/rss_ledes_2021-11_2022-03/entries_news_2021-11_2022-03.jsonl"
    total: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    baseline: Counter[str] = Counter()
    wordlist = WordList()
    hits: list[tuple[str, str]] = []
    politics_hits: list[str] = []
    all_n = all_flagged = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        desc = re.sub(r"<[^>]+>", " ", rec.get("description") or "")
        sec = train.SECTION_CLASS.get(train.url_section(rec["link"]), "other")
        held_out = rec["date_published"][:7] not in train.RSS_SPLIT
        for sent in split_sentences(desc):
            if len(train.topic_tokens(sent)) < 3:
                continue
            flag = non_political_score(sent, model=model) >= threshold
            all_n += 1
            all_flagged += flag
            if not held_out:
                continue
            total[sec] += 1
            baseline[sec] += wordlist(sent)
            if flag:
                flagged[sec] += 1
                hits.append((sec, sent))
                if sec == "politics":
                    politics_hits.append(sent)
    n = sum(total.values())
    print(
        f"\nRSS ledes, whole file: {all_flagged}/{all_n} sentences flagged "
        f"({all_flagged / all_n:.1%})"
    )
    print(
        f"RSS ledes, held-out Feb-Mar 2022: {len(hits)}/{n} flagged ({len(hits) / n:.1%}); "
        f"by URL section (politics = politics, world, home news):"
    )
    for sec in sorted(total):
        print(
            f"  section {sec:15s} flagged {flagged[sec]:5d}/{total[sec]:5d} "
            f"({flagged[sec] / total[sec]:.1%}); word list {baseline[sec] / total[sec]:.1%}"
        )
    step = max(1, len(hits) // examples)
    print(f"\n{examples} evenly spaced flagged sentences (Feb-Mar):")
    for sec, sent in hits[::step][:examples]:
        print(f"  [{sec}] {sent[:300]}")
    print(f"\nFlagged sentences from politics sections ({len(politics_hits)}), up to 40:")
    step = max(1, len(politics_hits) // 40)
    for sent in politics_hits[::step][:40]:
        print(f"  {sent[:300]}")


def speed(model: TopicModel) -> None:
    sent = "The foreign minister said on Tuesday that talks with Moscow would resume next week."
    n = 20000
    start = time.perf_counter()
    for _ in range(n):
        non_political_score(sent, model=model)
    print(f"\nSpeed: {(time.perf_counter() - start) / n * 1e6:.1f} us per sentence")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", type=Path, default=REPO / "src/tidings/data/topic_model.json")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--examples", type=int, default=20)
    args = parser.parse_args()
    model = parse_topic_model(args.model.read_text(encoding="utf-8"))
    threshold = model.threshold if args.threshold is None else args.threshold
    size = args.model.stat().st_size
    print(
        f"model {model.version}: {len(model.weights)} features, {size / 1024:.0f} KiB, "
        f"threshold {threshold}"
    )
    heldout(args.shared, model, threshold)
    gold_sets(args.shared, model, threshold)
    rss(args.shared, model, threshold, args.examples)
    speed(model)


if __name__ == "__main__":
    main()
