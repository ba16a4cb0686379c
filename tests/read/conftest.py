"""Fixtures for the Read stage tests: inputs written here, never copied from ../shared."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tidings.model import Document, Failure
from tidings.read import ReadOptions, read_inputs

ReadAll = Callable[..., list[Document | Failure]]

# A news page with the boilerplate trafilatura must drop: navigation, a share bar, a
# "Related Posts" list, a comment form and a reader comment.
NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Minister rejects talks offer | Harbour Times</title>
<meta property="og:title" content="Minister rejects talks offer">
<meta property="og:site_name" content="Harbour Times">
<meta property="og:url" content="https://news.example.org/world/minister-rejects-talks">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2021-12-17T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
<article><h1>Minister rejects talks offer</h1>
<p>The foreign minister of Freedonia on Friday rejected an offer of talks from its neighbour,
saying the proposal came too late to ease tensions along the border.</p>
<p>"We will not negotiate under pressure," the minister told reporters in the capital, adding
that troops would remain in place until the spring.</p>
<p>Officials in the neighbouring country said they were disappointed by the decision and
would consult their allies before deciding on next steps, the state news agency reported.</p>
</article>
<div class="related-posts"><h3>Related Posts</h3><ul>
<li><a href="/a">Storm floods coastal villages overnight</a></li>
<li><a href="/b">Harbour markets close higher on strong exports</a></li></ul></div>
<div id="comments"><h3>Leave a Reply</h3>
<form id="commentform"><textarea name="comment"></textarea>
<input type="submit" value="Post Comment"></form>
<div class="comment"><p>Brilliant reporting as always, thank you for sharing this!</p></div>
</div>
<footer>Copyright 2021 Harbour Times. All rights reserved.</footer>
</body></html>
"""


@pytest.fixture
def read_all() -> ReadAll:
    """Read paths (str or Path) with ReadOptions built from keyword arguments."""

    def _read(paths: Sequence[str | Path], **options: object) -> list[Document | Failure]:
        return list(read_inputs([str(p) for p in paths], options=ReadOptions(**options)))  # type: ignore[arg-type]

    return _read


@pytest.fixture
def news_page() -> str:
    return NEWS_PAGE
