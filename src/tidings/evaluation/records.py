"""Gold records in the PETRARCH record format (``records.jsonl`` of the PETRARCH eval sets).

One JSON object a line: ``id``, ``date`` ("YYYYMMDD"), ``text``, ``events`` ([{source, target,
code}]), ``expected_outcome`` (events / no_events / error), ``category``, ``evaluate``,
``config`` (PETRARCH options in force, values as strings), ``all_codes_cameo``,
``text_code_actor``, ``parse`` (the Treebank parse PETRARCH read). Tidings codes the text
with its own parse, so of the parse only its well-formedness is kept: a record whose parse
does not balance its brackets is corrupt input (PETRARCH stops on it with a bad-input error,
and the unit suite's ``error`` records expect exactly that), so it is reported and not coded
(``GoldRecord.input_problem``). Other fields (notes) are not needed and not kept.

A missing target is written ``---`` in the gold files; Tidings uses the same marker.

Of the ``config`` options only ``require_dyad`` changes what counts (see
``GoldRecord.require_dyad``; the scorer applies it). The others steer PETRARCH's own parser
and are not meaningful for Tidings: ``comma_*`` (how long a comma-delimited clause PETRARCH
skips), ``new_actor_length`` (code unknown noun phrases as quoted-text actors: the unit records that
expect such actors are ``text_code_actor`` and outside the "cameo" subset) and
``stop_on_error``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..petrarch.lines import parse_petrarch_date

log = logging.getLogger(__name__)

NO_ACTOR = "---"  # PETRARCH's marker for an absent actor, as the gold files write it


@dataclass(frozen=True, order=True)
class Triple:
    """One coded event as the PETRARCH sets score it: (source, target, CAMEO code)."""

    source: str
    target: str
    code: str

    @property
    def root(self) -> tuple[str, str, str]:
        """The triple at root-code level: the code's first two digits."""
        return (self.source, self.target, self.code[:2])

    @property
    def dyad(self) -> tuple[str, str]:
        return (self.source, self.target)

    @property
    def plover(self) -> tuple[str, str, str]:
        """The triple at PLOVER level: the PLOVER event type of the CAMEO code (CAMEO 084 and
        0841 are both RETREAT); a code outside CAMEO (the unit suite's 9xx) stays itself."""
        return (self.source, self.target, plover_type(self.code))

    def __str__(self) -> str:
        return f"{self.source} {self.target} {self.code}"


def plover_type(code: str) -> str:
    """The PLOVER event type of a CAMEO code, or the code itself when it has none."""
    from ..errors import TidingsError
    from ..events.cameo import cameo_info

    try:
        return cameo_info(code).plover or code
    except TidingsError:
        return code


@dataclass(frozen=True, kw_only=True)
class GoldRecord:
    """One sentence of a PETRARCH gold set and what the coder should emit for it."""

    id: str
    text: str
    date: date | None
    events: frozenset[Triple]
    expected_outcome: str = "events"
    category: str = ""
    evaluate: bool = True
    config: Mapping[str, str] = field(default_factory=dict)
    all_codes_cameo: bool = True
    text_code_actor: bool = False
    input_problem: str | None = None  # why the record is corrupt input and not coded

    @property
    def require_dyad(self) -> bool:
        """PETRARCH's ``require_dyad`` option: events without a target are not coded.

        The unit suite writes the value in every capitalisation ("True", "TRUE", "true");
        absent (the GSR set has an empty config) means PETRARCH-2's default, which the GSR
        gold follows by keeping ``---`` targets, so it counts as off here.
        """
        return str(self.config.get("require_dyad", "false")).strip().lower() == "true"

    @property
    def no_event(self) -> bool:
        """True when nothing should be coded (no_events, and error records such as discards)."""
        return not self.events


# Named selections of a gold file. "cameo" is the unit-suite subset issue 3 scores: records
# whose expected codes are all CAMEO codes and whose actors are all codes rather than quoted
# text (205 records of petrarch_unit).
SUBSETS: dict[str, Callable[[GoldRecord], bool]] = {
    "all": lambda r: True,
    "cameo": lambda r: r.all_codes_cameo and not r.text_code_actor,
}


def parse_record_date(text: str) -> date | None:
    """A record's date: YYYYMMDD, or TABARI's YYMMDD; None (with a warning) if unreadable."""
    try:
        return parse_petrarch_date(text)
    except ValueError:
        log.warning("record date %r is not YYYYMMDD; coding without a date", text)
        return None


def record_from_dict(data: Mapping[str, Any]) -> GoldRecord:
    """Build a GoldRecord from one parsed JSON line (unknown fields are ignored)."""
    events = frozenset(
        Triple(
            source=_code(e.get("source")),
            target=_code(e.get("target")),
            code=str(e.get("code", "")).strip(),
        )
        for e in data.get("events") or ()
    )
    return GoldRecord(
        id=str(data["id"]),
        text=str(data["text"]),
        date=parse_record_date(str(data.get("date", ""))),
        events=events,
        expected_outcome=str(data.get("expected_outcome", "events")),
        category=str(data.get("category") or ""),
        evaluate=bool(data.get("evaluate", True)),
        config={str(k): str(v) for k, v in (data.get("config") or {}).items()},
        all_codes_cameo=bool(data.get("all_codes_cameo", True)),
        text_code_actor=bool(data.get("text_code_actor", False)),
        input_problem=treebank_problem(data.get("parse")),
    )


def treebank_problem(parse: object) -> str | None:
    """What is wrong with a record's Treebank parse, or None when it is absent or balanced:
    a ``)`` closing a bracket never opened, or brackets left open at the end."""
    if not isinstance(parse, str) or not parse.strip():
        return None
    depth = 0
    for offset, char in enumerate(parse):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return f"its Treebank parse closes a bracket it never opened (offset {offset})"
    if depth:
        return f"its Treebank parse leaves {depth} bracket(s) open"
    return None


def _code(value: object) -> str:
    text = str(value or "").strip()
    return text or NO_ACTOR


def load_records(
    path: Path, *, subset: str | None = None, evaluated_only: bool = True
) -> list[GoldRecord]:
    """Read a ``records.jsonl`` gold file.

    ``evaluated_only`` keeps records whose ``evaluate`` flag is true (PETRARCH's own harness
    skips the others); ``subset`` names an entry of ``SUBSETS`` ("all", "cameo").
    """
    if subset is not None and subset not in SUBSETS:
        raise InputError(str(path), f"unknown subset {subset!r}; choose one of {sorted(SUBSETS)}")
    keep = SUBSETS[subset or "all"]
    records = [r for r in _read(path) if (r.evaluate or not evaluated_only) and keep(r)]
    log.info("loaded %d gold records from %s (subset %s)", len(records), path, subset or "all")
    return records


def _read(path: Path) -> Iterable[GoldRecord]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the gold file: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield record_from_dict(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{number}", f"not a PETRARCH gold record ({exc})") from exc
