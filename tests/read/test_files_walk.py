"""Directory walking: what counts as an input."""

from __future__ import annotations

from pathlib import Path

from tidings.model import Document
from tidings.read import ReadOptions, read_inputs


def test_files_walk_skips_documentation_but_reads_named_files(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About this corpus\n\nNATO and Russia feature here.\n")
    (tmp_path / "LICENSE.txt").write_text("Permission is hereby granted to the public.\n")
    (tmp_path / "story.txt").write_text("Russia and Ukraine held talks in Minsk on Monday.\n")
    walked = [d.source_id for d in read_inputs([str(tmp_path)], options=ReadOptions())]
    assert walked == [str(tmp_path / "story.txt")]
    named = list(read_inputs([str(tmp_path / "README.md")], options=ReadOptions()))
    assert isinstance(named[0], Document)
