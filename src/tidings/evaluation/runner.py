"""Run a coder over a PETRARCH gold file and score it.

The coder is a parameter: any callable ``(text, date) -> iterable of Triple`` (or of
``(source, target, code)`` tuples). ``tidings_coder`` builds the default one from Tidings'
sentence coder, ``tidings.events.code_sentence``, which parses each sentence with our own
spaCy pipeline (the Treebank parses in the gold files are not used) and resolves actors valid
on the record's date.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Event
from ..petrarch import PetrarchDictionaries, load_dictionaries
from .records import NO_ACTOR, Triple, load_records
from .scoring import ActorMatch, EvalReport, score

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

SentenceCoder = Callable[[str, date | None], Iterable[Triple | tuple[str, str, str]]]

# The modalities a PETRARCH gold set codes: what the text asserts, attributes to a source or
# announces. A negated event ("did not attack") is no event in CAMEO (refusals are coded as 12x
# in their own right), a conditional one ("if Russia invades") only a supposition, and an
# alleged one ("accused Y of attacking", "claimed that Y attacked") is the content of an
# accusation, which CAMEO codes as the accusation (112) by the speaker.
SCORED_MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "future"})


def event_triple(event: Event) -> Triple:
    """The (source, target, code) triple of a coded event; a missing actor is ``---``,
    as the gold files write it."""
    source = (event.source.code or "").strip() or NO_ACTOR
    target = (event.target.code or "").strip() if event.target is not None else ""
    return Triple(source=source, target=target or NO_ACTOR, code=event.cameo)


def tidings_coder(
    *,
    nlp: Language | None = None,
    dictionaries: PetrarchDictionaries | None = None,
    replace_builtin: bool = False,
    discards: bool = True,
    modalities: Collection[str] = SCORED_MODALITIES,
) -> SentenceCoder:
    """The default coder: Tidings' sentence coder with the built-in actor dictionary,
    extended by (or, with ``replace_builtin``, replaced by) PETRARCH dictionaries.

    PETRARCH actors and agents become actor entries; verb patterns are matched by the
    coder's PETRARCH surface matcher (``VerbLexicon.with_petrarch``); the discard list
    drops a sentence before coding, as PETRARCH does, unless ``discards`` is False
    (Phoenix's list drops any sentence saying "years ago" or "1994"). Only events whose
    modality is in ``modalities`` are scored (``SCORED_MODALITIES``: see there).
    """
    from ..actors import ActorDictionary
    from ..events import VerbLexicon, code_sentence
    from ..nlp import load_pipeline

    pipeline = nlp if nlp is not None else load_pipeline()
    dictionary = ActorDictionary.builtin()
    if dictionaries is not None:
        dictionary = dictionary.extended(dictionaries.actor_entries(), replace=replace_builtin)
    discard_list = dictionaries.discard_list if dictionaries is not None and discards else None
    lexicon = None
    if dictionaries is not None and dictionaries.verbs:
        lexicon = VerbLexicon.builtin().with_petrarch(
            dictionaries.verbs, dictionaries.synsets, replace=replace_builtin
        )

    def code(text: str, on: date | None) -> list[Triple]:
        if discard_list is not None and discard_list.find(text) is not None:
            return []
        events = code_sentence(text, nlp=pipeline, dictionary=dictionary, on=on, lexicon=lexicon)
        return [event_triple(e) for e in events if e.modality in modalities]

    return code


def run_eval(
    path: Path,
    *,
    dictionaries: Path | None = None,
    subset: str | None = None,
    nlp: Language | None = None,
    coder: SentenceCoder | None = None,
    replace_builtin: bool = False,
    discards: bool = True,
    match: ActorMatch = "exact",
    name: str | None = None,
    modalities: Collection[str] = SCORED_MODALITIES,
) -> EvalReport:
    """Code every evaluated record of the gold file at ``path`` and score the result.

    ``dictionaries`` is a directory of PETRARCH dictionaries used with the default coder;
    ``subset`` a name from ``records.SUBSETS`` ("cameo": the unit suite's CAMEO-only
    records); ``replace_builtin``, ``discards`` and ``modalities`` go to
    ``tidings_coder``. ``coder`` replaces the default coder (then ``dictionaries``, ``nlp``,
    ``replace_builtin``, ``discards`` and ``modalities`` are not used). ``match`` is the
    actor comparison, see ``scoring.normalise_actor``. A corrupt record (see
    ``GoldRecord.input_problem``) is not coded and is listed in the report's ``rejected``.
    """
    records = load_records(path, subset=subset)
    if coder is None:
        loaded = load_dictionaries(dictionaries) if dictionaries is not None else None
        coder = tidings_coder(
            nlp=nlp,
            dictionaries=loaded,
            replace_builtin=replace_builtin,
            discards=discards,
            modalities=modalities,
        )
    predictions: dict[str, list[Triple]] = {}
    started = time.perf_counter()
    rejected: list[tuple[str, str]] = []
    for record in records:
        if record.input_problem is not None:
            # corrupt input is reported and not coded, as PETRARCH stops on it: it scores as
            # emitting nothing, right only where the gold expects nothing
            log.warning("%s: record %s is not coded: %s", path, record.id, record.input_problem)
            rejected.append((record.id, record.input_problem))
            predictions[record.id] = []
            continue
        predictions[record.id] = [_as_triple(t) for t in coder(record.text, record.date)]
    elapsed = time.perf_counter() - started
    log.info("coded %d sentences in %.2f s", len(records) - len(rejected), elapsed)
    label = name if name is not None else _set_name(path, subset)
    return score(records, predictions, match=match, name=label, rejected=rejected)


def _as_triple(value: Any) -> Triple:
    if isinstance(value, Triple):
        return value
    source, target, code = value
    return Triple(source=str(source), target=str(target), code=str(code))


def _set_name(path: Path, subset: str | None) -> str:
    base = path.parent.name if path.name == "records.jsonl" else path.stem
    return f"{base}:{subset}" if subset and subset != "all" else base
