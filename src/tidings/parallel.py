"""The same stages over a local process pool.

Documents are read in the parent and sent to workers in chunks; each worker loads the spaCy
pipeline and the actor dictionary once (pool initializer) and returns small records, never
Docs. ../shared/PERFORMANCE.md measured this shape at about 1.9x one process on two cores,
where ``nlp.pipe(n_process=2)`` manages only 1.2-1.6x because it pickles whole Docs back.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from .model import Document, Failure
from .pipeline import Result, assemble, standard_stages
from .read import ReadOptions, read_inputs

# Per-worker state, set once by the pool initializer (a load-once cache, not shared state).
_WORKER: dict[str, Any] = {}

CHUNK = 8


def _init_worker(model: str | None, options: ReadOptions, batch_size: int) -> None:
    from .actors import ActorDictionary
    from .nlp import load_pipeline

    nlp = load_pipeline(model)
    stages = standard_stages(
        options=options, nlp=nlp, dictionary=ActorDictionary.builtin(), batch_size=batch_size
    )
    _WORKER["run"] = assemble(stages)


def _run_chunk(chunk: list[Document | Failure]) -> list[Result | Failure]:
    return list(_WORKER["run"](chunk))


def _chunks(items: Iterable[Document | Failure], size: int) -> Iterator[list[Document | Failure]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def process_parallel(
    paths: Sequence[str],
    *,
    options: ReadOptions,
    workers: int,
    model: str | None = None,
    batch_size: int = CHUNK,
) -> Iterator[Result | Failure]:
    """Like ``pipeline.process`` but over ``workers`` processes; results keep input order."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model, options, batch_size)) as pool:
        for results in pool.imap(_run_chunk, _chunks(read_inputs(paths, options=options), CHUNK)):
            yield from results
