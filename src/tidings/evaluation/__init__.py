"""``tidings eval``: score the event coder on gold sets, and the CI quality gate.

PETRARCH record format (../shared/data/eval/petrarch_*/records.jsonl):

- ``load_records(path, *, subset=None, evaluated_only=True) -> list[GoldRecord]``
- ``score(records, predictions, *, match="exact", name="") -> EvalReport``: pure scoring of
  predicted triples (record id -> triples); micro P/R/F1 over exact triples, root codes and
  dyads, sentences exactly right, no-event records, per category, error list.
- ``run_eval(path, *, dictionaries=None, subset=None, nlp=None, coder=None, ...) -> EvalReport``
  codes every record (the default coder is ``tidings_coder``) and scores it.
- ``format_report_table(report, *, errors=False) -> str``; ``report.to_dict(errors=...)``.
- Gate: ``load_baseline()``, ``check_floors(report, baseline, set_name) -> list[str]``,
  ``update_baseline(...)``, ``save_baseline(...)``.
"""

from .gate import check_floors, load_baseline, save_baseline, update_baseline
from .records import SUBSETS, GoldRecord, Triple, load_records, parse_record_date
from .report import format_report_table
from .runner import SentenceCoder, event_triple, run_eval, tidings_coder
from .scoring import CategoryScore, Counts, EvalReport, RecordError, normalise_actor, score

__all__ = [
    "SUBSETS",
    "CategoryScore",
    "Counts",
    "EvalReport",
    "GoldRecord",
    "RecordError",
    "SentenceCoder",
    "Triple",
    "check_floors",
    "event_triple",
    "format_report_table",
    "load_baseline",
    "load_records",
    "normalise_actor",
    "parse_record_date",
    "run_eval",
    "save_baseline",
    "score",
    "tidings_coder",
    "update_baseline",
]
