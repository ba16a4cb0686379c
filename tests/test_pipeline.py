"""Stage assembly and failure accounting."""

from __future__ import annotations

import pytest

from tidings.model import Article, Document, Failure
from tidings.pipeline import PipelineError, RunTally, Stage, assemble


def _stage(name: str, consumes: type, produces: type) -> Stage:
    return Stage(name=name, run=lambda xs: xs, consumes=consumes, produces=produces)


def test_pipeline_assemble_rejects_stages_that_do_not_fit() -> None:
    with pytest.raises(
        PipelineError, match="'code' consumes Document but 'build' produces Article"
    ):
        assemble([_stage("build", Document, Article), _stage("code", Document, Article)])


def test_pipeline_assemble_chains_stages_in_order() -> None:
    seen: list[str] = []

    def tag(label: str) -> Stage:
        def run(xs):  # type: ignore[no-untyped-def]
            for x in xs:
                seen.append(label)
                yield x

        return Stage(name=label, run=run, consumes=object, produces=object)

    assert list(assemble([tag("a"), tag("b")])([1])) == [1]
    assert seen == ["a", "b"]


def test_pipeline_tally_counts_failures_and_sets_exit_code() -> None:
    tally = RunTally()
    tally.add(Failure(source="x.txt", reason="x.txt: file is empty"))
    assert tally.exit_code == 1 and tally.inputs == 1 and tally.articles == 0
