"""Article metadata and extracted text of the samples (samples/README.md), as the real reader
and pipeline produce them: dates, outlets, relayed sources, the syndicated pair's story id and
boilerplate removal. Known shortfalls are strict xfails in ``GAPS``."""

from __future__ import annotations

# Fact tables keep one fact per line (adding a case is one line), and gap reasons are
# diagnoses meant to be read whole, so long lines are allowed in this module.
# ruff: noqa: E501
from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from samples_support import (
    ALL_ITEMS,
    CALL,
    CSV_NATO,
    CSV_UN,
    DENIES,
    DRAFTS,
    EXPELLED,
    FEED_JOHNSON,
    FEED_SCHOLZ,
    KYIV_AID,
    MACRON,
    MARCH,
    OLYMPICS,
    OSCE,
    PUTIN_XI,
    REPOST,
    SANCTIONS,
    SHELLING,
    SYNDICATED,
    TRUSS,
    result_for,
)

from tidings.pipeline import Result

pytestmark = pytest.mark.model

REPOST_URL = ("https://easterndispatch.example/2021/12/17/"
              "russia-publishes-draft-security-treaties-nato-rejects-missile-moratorium/")
SANCTIONS_URL = ("https://www.meridianpost.example/world/europe/2022/02/22/"
                 "britain-germany-sanctions-russia-breakaway-regions")
SYNDICATED_URL = ("https://www.eastern-europe-monitor.example/2021/12/16/"
                  "moscow-gives-us-envoy-draft-security-treaties/")

# item, Article field, expected value (one row per fact)
FIELDS: list[tuple[str, str, Any]] = [
    (OSCE, "published", "2021-12-02"),
    (CALL, "published", "2021-12-07"),
    (DRAFTS, "published", "2021-12-15"),
    (SYNDICATED, "published", "2021-12-16"),
    (SYNDICATED, "outlet", "Eastern Europe Monitor"),
    (SYNDICATED, "url", SYNDICATED_URL),
    (SYNDICATED, "title", "Moscow gives US envoy its draft security treaties"),
    (REPOST, "published", "2021-12-17"),
    (REPOST, "title", "Russia publishes draft security treaties, NATO rejects missile moratorium"),
    (REPOST, "outlet", "The Eastern Dispatch"),
    (REPOST, "url", REPOST_URL),
    (REPOST, "author", "Pavel Orlov"),
    (REPOST, "source_outlet", "TASS"),
    (REPOST, "cited_outlets", ("TASS", "RT")),
    (DENIES, "published", "2022-01-14"),
    (KYIV_AID, "published", "2022-01-19"),
    (CSV_NATO, "published", "2022-01-12"),
    (CSV_NATO, "url", "https://news.tidings-wire.example/2022/01/12/nato-russia-council-brussels"),
    (CSV_UN, "published", "2022-01-31"),
    (CSV_UN, "url", "https://news.tidings-wire.example/2022/01/31/un-security-council-ukraine-clash"),
    (PUTIN_XI, "published", "2022-02-04"),
    (PUTIN_XI, "outlet", "Tidings Wire"),
    (PUTIN_XI, "title", "Russia and China declare partnership with “no limits”, criticise NATO"),
    (MACRON, "published", "2022-02-07"),
    (MACRON, "source_id", "tw-20220207-macron-putin-moscow"),
    (MARCH, "published", "2022-02-12"),
    (MARCH, "source_id", "tw-20220212-kyiv-unity-march"),
    (EXPELLED, "published", "2022-02-17"),
    (EXPELLED, "source_id", "tw-20220217-us-deputy-envoy-expelled"),
    (TRUSS, "published", "2022-02-10"),
    (TRUSS, "outlet", "The Northern Ledger"),
    (FEED_SCHOLZ, "published", "2022-02-15"),
    (FEED_SCHOLZ, "source_id", "tidings-wire:2022-02-15:scholz-putin-kremlin"),
    (FEED_SCHOLZ, "url", "https://news.tidings-wire.example/2022/02/15/scholz-putin-kremlin-talks"),
    (FEED_JOHNSON, "published", "2022-02-01"),
    (FEED_JOHNSON, "url", "https://news.tidings-wire.example/2022/02/01/johnson-kyiv-zelenskyy-visit"),
    (SHELLING, "published", "2022-02-17"),
    (SHELLING, "cited_outlets", ("RIA Novosti",)),
    (OLYMPICS, "published", None),
    (SANCTIONS, "published", "2022-02-22"),
    (SANCTIONS, "title", "Britain and Germany move against Moscow after Putin recognises breakaway regions"),
    (SANCTIONS, "outlet", "The Meridian Post"),
    (SANCTIONS, "author", "Helen Marsh"),
    (SANCTIONS, "url", SANCTIONS_URL),
]

GAPS: dict[str, str] = {}


def _field_rows() -> list[object]:
    out = []
    for item, name, value in FIELDS:
        rid = f"{item.split('#')[-1][:40]}-{name}"
        marks = pytest.mark.xfail(reason=GAPS[rid], strict=True) if rid in GAPS else ()
        out.append(pytest.param(item, name, value, id=rid, marks=marks))
    return out


@pytest.mark.parametrize(("item", "name", "value"), _field_rows())
def test_samples_article_field(sample_results: Mapping[str, Sequence[Result]],
                               item: str, name: str, value: Any) -> None:
    got = getattr(result_for(sample_results, item).article, name)
    assert (tuple(got) if isinstance(got, list | tuple) else got) == value


def test_samples_syndicated_pair_shares_the_story(
        sample_results: Mapping[str, Sequence[Result]]) -> None:
    """The syndicated copy folds to the original's story id but stays a distinct article."""
    original = result_for(sample_results, DRAFTS).article
    copy = result_for(sample_results, SYNDICATED).article
    assert original.story_id and original.story_id == copy.story_id
    assert original.id != copy.id


def test_samples_story_ids_differ_across_stories(
        sample_results: Mapping[str, Sequence[Result]]) -> None:
    """Only the syndicated pair shares a story id: the story id is not a constant."""
    ids = [result_for(sample_results, item).article.story_id for item in ALL_ITEMS]
    assert len(set(ids)) == len(ids) - 1


# item, phrase that is page furniture and must not be in the extracted text
BOILERPLATE: list[tuple[str, str]] = [
    (REPOST, "Related Posts"),
    (REPOST, "Leave a Reply"),
    (REPOST, "Marko_V"),
    (REPOST, "Britain attacked this idea"),
    (REPOST, "Poland expels three Russian diplomats"),
    (REPOST, "Share:"),
    (REPOST, "Recent Posts"),
    (SANCTIONS, "Sign up"),
    (SANCTIONS, "Most read"),
    (SANCTIONS, "Oil jumps"),
    (SANCTIONS, "Subscribe"),
]


BOILERPLATE_GAPS: dict[tuple[str, str], str] = {
    (SANCTIONS, "Sign up"): (
        "the newsletter promo <div class=\"inline-promo\" role=\"complementary\"> sits inside the "
        "story body, and trafilatura keeps its two paragraphs ('Sign up to our Morning Briefing: ...', "
        "'Sign up'); the HTML reader does not drop role=complementary/promo blocks before extraction"),
}


def _boilerplate_rows() -> list[object]:
    return [pytest.param(item, phrase, id=f"{item[:10]}-{phrase}",
                         marks=pytest.mark.xfail(reason=BOILERPLATE_GAPS[(item, phrase)], strict=True)
                         if (item, phrase) in BOILERPLATE_GAPS else ())
            for item, phrase in BOILERPLATE]


@pytest.mark.parametrize(("item", "phrase"), _boilerplate_rows())
def test_samples_boilerplate_removed(sample_results: Mapping[str, Sequence[Result]],
                                     item: str, phrase: str) -> None:
    text = result_for(sample_results, item).article.text
    assert text.strip(), "empty article text: the check below would prove nothing"
    assert phrase not in text


# item, how the extracted text starts, how it ends (the main text is kept whole)
EDGES: list[tuple[str, str, str]] = [
    (REPOST, "MOSCOW, December 17", "Source: TASS"),
]


@pytest.mark.parametrize(("item", "start", "end"), EDGES)
def test_samples_main_text_kept(sample_results: Mapping[str, Sequence[Result]],
                                item: str, start: str, end: str) -> None:
    text = result_for(sample_results, item).article.text.strip()
    assert text.startswith(start), text[:80]
    assert text.endswith(end), text[-80:]
