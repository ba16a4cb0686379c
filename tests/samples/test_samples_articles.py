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
import samples_support as inputs
from samples_support import (
    ALL_ITEMS,
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
    (inputs.OSCE, "published", "2021-12-02"),
    (inputs.CALL, "published", "2021-12-07"),
    (inputs.DRAFTS, "published", "2021-12-15"),
    (inputs.SYNDICATED, "published", "2021-12-16"),
    (inputs.SYNDICATED, "outlet", "Eastern Europe Monitor"),
    (inputs.SYNDICATED, "url", SYNDICATED_URL),
    (inputs.SYNDICATED, "title", "Moscow gives US envoy its draft security treaties"),
    (inputs.REPOST, "published", "2021-12-17"),
    (inputs.REPOST, "title", "Russia publishes draft security treaties, NATO rejects missile moratorium"),
    (inputs.REPOST, "outlet", "The Eastern Dispatch"),
    (inputs.REPOST, "url", REPOST_URL),
    (inputs.REPOST, "author", "Pavel Orlov"),
    (inputs.REPOST, "source_outlet", "TASS"),
    (inputs.REPOST, "cited_outlets", ("TASS", "RT")),
    (inputs.DENIES, "published", "2022-01-14"),
    (inputs.KYIV_AID, "published", "2022-01-19"),
    (inputs.CSV_NATO, "published", "2022-01-12"),
    (inputs.CSV_NATO, "url", "https://news.tidings-wire.example/2022/01/12/nato-russia-council-brussels"),
    (inputs.CSV_UN, "published", "2022-01-31"),
    (inputs.CSV_UN, "url", "https://news.tidings-wire.example/2022/01/31/un-security-council-ukraine-clash"),
    (inputs.PUTIN_XI, "published", "2022-02-04"),
    (inputs.PUTIN_XI, "outlet", "Tidings Wire"),
    (inputs.PUTIN_XI, "title", "Russia and China declare partnership with “no limits”, criticise NATO"),
    (inputs.MACRON, "published", "2022-02-07"),
    (inputs.MACRON, "source_id", "tw-20220207-macron-putin-moscow"),
    (inputs.MARCH, "published", "2022-02-12"),
    (inputs.MARCH, "source_id", "tw-20220212-kyiv-unity-march"),
    (inputs.EXPELLED, "published", "2022-02-17"),
    (inputs.EXPELLED, "source_id", "tw-20220217-us-deputy-envoy-expelled"),
    (inputs.TRUSS, "published", "2022-02-10"),
    (inputs.TRUSS, "outlet", "The Northern Ledger"),
    (inputs.FEED_SCHOLZ, "published", "2022-02-15"),
    (inputs.FEED_SCHOLZ, "source_id", "tidings-wire:2022-02-15:scholz-putin-kremlin"),
    (inputs.FEED_SCHOLZ, "url", "https://news.tidings-wire.example/2022/02/15/scholz-putin-kremlin-talks"),
    (inputs.FEED_JOHNSON, "published", "2022-02-01"),
    (inputs.FEED_JOHNSON, "url", "https://news.tidings-wire.example/2022/02/01/johnson-kyiv-zelenskyy-visit"),
    (inputs.SHELLING, "published", "2022-02-17"),
    (inputs.SHELLING, "cited_outlets", ("RIA Novosti",)),
    (inputs.OLYMPICS, "published", None),
    (inputs.SANCTIONS, "published", "2022-02-22"),
    (inputs.SANCTIONS, "title", "Britain and Germany move against Moscow after Putin recognises breakaway regions"),
    (inputs.SANCTIONS, "outlet", "The Meridian Post"),
    (inputs.SANCTIONS, "author", "Helen Marsh"),
    (inputs.SANCTIONS, "url", SANCTIONS_URL),
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
    original = result_for(sample_results, inputs.DRAFTS).article
    copy = result_for(sample_results, inputs.SYNDICATED).article
    assert original.story_id and original.story_id == copy.story_id
    assert original.id != copy.id


def test_samples_story_ids_differ_across_stories(
        sample_results: Mapping[str, Sequence[Result]]) -> None:
    """Only the syndicated pair shares a story id: the story id is not a constant."""
    ids = [result_for(sample_results, item).article.story_id for item in ALL_ITEMS]
    assert len(set(ids)) == len(ids) - 1


# item, phrase that is page furniture and must not be in the extracted text
BOILERPLATE: list[tuple[str, str]] = [
    (inputs.REPOST, "Related Posts"),
    (inputs.REPOST, "Leave a Reply"),
    (inputs.REPOST, "Marko_V"),
    (inputs.REPOST, "Britain attacked this idea"),
    (inputs.REPOST, "Poland expels three Russian diplomats"),
    (inputs.REPOST, "Share:"),
    (inputs.REPOST, "Recent Posts"),
    (inputs.SANCTIONS, "Sign up"),
    (inputs.SANCTIONS, "Most read"),
    (inputs.SANCTIONS, "Oil jumps"),
    (inputs.SANCTIONS, "Subscribe"),
]


BOILERPLATE_GAPS: dict[tuple[str, str], str] = {
    (inputs.SANCTIONS, "Sign up"): (
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
    (inputs.REPOST, "MOSCOW, December 17", "Source: TASS"),
]


@pytest.mark.parametrize(("item", "start", "end"), EDGES)
def test_samples_main_text_kept(sample_results: Mapping[str, Sequence[Result]],
                                item: str, start: str, end: str) -> None:
    text = result_for(sample_results, item).article.text.strip()
    assert text.startswith(start), text[:80]
    assert text.endswith(end), text[-80:]
