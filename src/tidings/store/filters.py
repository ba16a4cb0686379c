"""Query filters and their translation into parameterised SQL ``WHERE`` clauses.

User input only ever reaches DuckDB as bound parameters; matching uses ``starts_with`` and
``contains`` rather than ``LIKE`` so ``%`` or ``_`` in an actor name are taken literally.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..errors import StoreError
from .tables import iso_date


class FilterError(StoreError):
    """A filter value is malformed or does not apply to the records asked for."""


@dataclass(frozen=True, kw_only=True)
class Filters:
    """What to select; every field is optional and they combine with AND.

    - ``since``/``until``: inclusive ISO dates. Events by event date, articles by publication
      date, quotes by their article's publication date. Undated records are left out when
      either bound is set.
    - ``actor``: matches when an actor's code starts with it (``RUS``, ``RUSGOV``), its country
      equals it, or its name contains it, case-insensitively; on events the source or target,
      on quotes the speaker, on articles any event actor or quote speaker in the article.
    - ``dyad``: ``SOURCE:TARGET``, each side a country or an actor-code prefix, or ``*`` for
      any (``RUS:*`` includes events with no target). Events and articles only.
    - ``code``: CAMEO code prefix (``19``, ``112``). Events and articles only.
    - ``outlet``: case-insensitive substring of the article's outlet, ``source_outlet`` or one
      of its ``cited_outlets``.
    - ``modality``: exact (``asserted``, ``reported``, ...). Events and articles only.
    - ``background``: True for events named in passing as context only, False for events
      reported as news (what a count of new events wants). Events and articles only.
    - ``article_id``: records of one article.
    - ``limit``: at most this many records.
    """

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    dyad: str | None = None
    code: str | None = None
    outlet: str | None = None
    modality: str | None = None
    background: bool | None = None
    article_id: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            try:
                iso_date(value, record_id="filter", field=name)
            except StoreError as exc:
                raise FilterError(f"--{name} {value!r} is not a date: use YYYY-MM-DD") from exc
        if self.dyad is not None and self.dyad.count(":") != 1:
            raise FilterError(f"--dyad {self.dyad!r} must be SOURCE:TARGET, e.g. RUS:UKR or RUS:*")
        if self.limit is not None and self.limit < 0:
            raise FilterError(f"--limit {self.limit} must be zero or more")

    def active(self) -> set[str]:
        """Names of the filters that are set."""
        return {f.name for f in fields(self) if getattr(self, f.name) is not None}


@dataclass
class Where:
    """An SQL condition under construction: AND-ed clauses and their bound parameters."""

    clauses: list[str]
    params: list[object]

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def actor_match(prefix: str, actor: str, where: Where) -> str:
    """SQL matching ``actor`` against the actor flattened under ``prefix``; binds 3 parameters."""
    where.params.extend([actor.upper(), actor.upper(), actor.lower()])
    return (
        f"(starts_with({prefix}_code, ?) OR {prefix}_country = ?"
        f" OR contains(lower({prefix}_name), ?))"
    )


def _side_match(prefix: str, side: str, where: Where) -> str | None:
    side = side.strip().upper()
    if side in ("", "*"):
        return None
    where.params.extend([side, side])
    return f"({prefix}_country = ? OR starts_with({prefix}_code, ?))"


def event_conditions(f: Filters, where: Where, *, dated: bool = True) -> None:
    """Conditions on the events table (unqualified columns) for actor/dyad/code/modality/
    background/dates."""
    if dated and f.since:
        where.add('"date" >= ?::DATE', f.since)
    if dated and f.until:
        where.add('"date" <= ?::DATE', f.until)
    if f.actor:
        source = actor_match("source", f.actor, where)
        target = actor_match("target", f.actor, where)
        where.clauses.append(f"({source} OR {target})")
    if f.dyad:
        left, right = f.dyad.split(":")
        for clause in (_side_match("source", left, where), _side_match("target", right, where)):
            if clause:
                where.clauses.append(clause)
    if f.code:
        where.add("starts_with(cameo, ?)", f.code.strip())
    if f.modality:
        where.add("modality = ?", f.modality)
    if f.background is not None:
        where.add("background = ?", f.background)


def outlet_condition(outlet: str, where: Where) -> str:
    """SQL on the articles table matching ``outlet`` in outlet, source_outlet or cited_outlets."""
    needle = outlet.lower()
    where.params.extend([needle, needle, needle])
    # Cited outlets are joined with a unit separator, which never occurs in an outlet name,
    # so a substring match cannot straddle two of them.
    return (
        "(contains(lower(outlet), ?) OR contains(lower(source_outlet), ?)"
        " OR contains(lower(array_to_string(cited_outlets, chr(31))), ?))"
    )


def reject(f: Filters, names: set[str], *, records: str) -> None:
    """Refuse filters that have no meaning for ``records`` instead of silently ignoring them."""
    bad = sorted(f.active() & names)
    if bad:
        listed = ", ".join(f"--{n.replace('_', '-')}" for n in bad)
        raise FilterError(f"{listed} cannot filter {records}; use them with events or articles")
