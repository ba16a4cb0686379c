"""run_eval with a coder passed in: records are coded with their text and date, then scored."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.evaluation import Triple, event_triple, run_eval
from tidings.model import MODALITIES, Actor, Event

ROWS = [
    {
        "id": "s1",
        "date": "20200102",
        "text": "Freedonia praised Sylvania.",
        "events": [{"source": "FRD", "target": "SYL", "code": "051"}],
        "category": "A",
        "expected_outcome": "events",
        "evaluate": True,
        "config": {"require_dyad": "true"},
        "all_codes_cameo": True,
        "text_code_actor": False,
    },
    {
        "id": "s2",
        "date": "19990101",
        "text": "Freedonia grumbled.",
        "events": [],
        "category": "B",
        "expected_outcome": "no_events",
        "evaluate": True,
        "config": {"require_dyad": "true"},
        "all_codes_cameo": True,
        "text_code_actor": False,
    },
]


def test_runner_codes_each_record_with_its_date(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS), encoding="utf-8")
    seen: list[tuple[str, date | None]] = []

    def coder(text: str, on: date | None) -> list[tuple[str, str, str]]:
        seen.append((text, on))
        # a toy rule coder: "praised" is 051 from the first to the last word
        codes = {"Freedonia": "FRD", "Sylvania": "SYL"}
        words = text.rstrip(".").split()
        if "praised" in words:
            return [(codes[words[0]], codes[words[-1]], "051")]
        return [(codes[words[0]], "---", "012")]  # no target: dropped under require_dyad

    report = run_eval(path, coder=coder)
    assert seen == [
        ("Freedonia praised Sylvania.", date(2020, 1, 2)),
        ("Freedonia grumbled.", date(1999, 1, 1)),
    ]
    assert report.name == tmp_path.name
    assert report.f1 == 1.0 and report.no_event_right == 1 and report.sentences_exact == 2


def test_runner_event_triple_uses_no_actor_marker() -> None:
    source = Actor(text="Freedonia", name="Freedonia", code="FRDGOV")
    event = Event(
        id="e",
        article_id="a",
        date=None,
        date_precision="day",
        source=source,
        target=None,
        cameo="0231",
        cameo_root="02",
        quad_class=1,
        goldstein=3.4,
        plover=None,
    )
    assert event_triple(event) == Triple("FRDGOV", "---", "0231")


@pytest.mark.model
def test_runner_scores_only_the_modalities_petrarch_codes(tmp_path: Path, nlp: Any) -> None:
    """A denied attack is no event for PETRARCH's gold: with the default modalities the
    no-event record is right; scoring every modality makes the denial's negated attack a
    false alarm."""
    row = {
        "id": "n1",
        "date": "20220210",
        "text": "Russia did not attack Ukraine.",
        "events": [],
        "category": "NEG",
        "expected_outcome": "no_events",
        "evaluate": True,
        "config": {},
        "all_codes_cameo": True,
        "text_code_actor": False,
    }
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(row), encoding="utf-8")
    default = run_eval(path, nlp=nlp)
    assert default.no_event_right == 1 and default.sentences_exact == 1
    everything = run_eval(path, nlp=nlp, modalities=MODALITIES)
    assert everything.no_event_right == 0 and everything.sentences_exact == 0
