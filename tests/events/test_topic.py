"""The sentence topic model: sport, entertainment and market sentences are told from politics.

The sentences here are written for these tests (no corpus text). The political controls
mention sport, films or companies in passing: they must never be called non-political.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tidings.events.topic import (
    NON_POLITICAL,
    TOPICS,
    TopicModelError,
    non_political,
    non_political_score,
    non_political_sentences,
    parse_topic_model,
    split_sentences,
    topic_model,
    topic_scores,
    topic_tokens,
)

SPORT = [
    "The striker scored twice in the second half as the home side won the league on goal "
    "difference.",
    "She won her third Grand Slam title after beating the defending champion in straight sets.",
    "The midfielder was booked for a late tackle and will miss the cup semi-final.",
]
ENTERTAINMENT = [
    "The singer released her fourth studio album on Friday and will tour arenas this summer.",
    "The film picked up five Oscar nominations, including best actor for its lead.",
    "The band played a sold-out concert and the album went straight to number one.",
]
BUSINESS = [
    "Shares in the retailer fell 8% after it warned that annual profits would miss forecasts.",
    "The company reported quarterly revenue of $3.2bn, up 12% on a year earlier.",
    "The bank cut its growth forecast and investors sold shares in the carmaker.",
]
POLITICS = [
    "The foreign minister met his counterpart in Moscow to discuss the ceasefire.",
    "Troops opened fire on protesters in the capital, killing at least twelve people.",
    "Parliament voted to impose sanctions on the regime after the disputed election.",
]
# Political sentences with sport, film or business words in them.
CONTROLS = [
    "The government announced a diplomatic boycott of the Winter Olympics over human rights "
    "abuses.",
    "The European Union imposed sanctions on football clubs owned by oligarchs close to the "
    "Kremlin.",
    "Several countries called for an Olympics boycott after the invasion.",
    "Activists were arrested after unfurling protest banners outside the stadium where the "
    "Games open on Friday.",
    "The president attended the opening ceremony of the Games and held talks with the host "
    "country's leader.",
    "Police fired tear gas at protesters who had gathered outside the stadium.",
]


@pytest.mark.parametrize(
    ("topic", "sentence"),
    [("sport", s) for s in SPORT]
    + [("entertainment", s) for s in ENTERTAINMENT]
    + [("business", s) for s in BUSINESS],
)
def test_topic_non_political_sentences_are_flagged(topic: str, sentence: str) -> None:
    scores = topic_scores(sentence)
    assert max(scores, key=lambda k: scores[k]) == topic
    assert non_political(sentence)


@pytest.mark.parametrize("sentence", POLITICS + CONTROLS)
def test_topic_political_sentences_are_kept(sentence: str) -> None:
    assert not non_political(sentence)


@pytest.mark.parametrize("sentence", POLITICS)
def test_topic_political_sentences_lean_political(sentence: str) -> None:
    scores = topic_scores(sentence)
    assert max(scores, key=lambda k: scores[k]) == "politics"


def test_topic_scores_are_a_distribution() -> None:
    scores = topic_scores(SPORT[0])
    assert tuple(scores) == TOPICS
    assert sum(scores.values()) == pytest.approx(1.0)
    assert non_political_score(SPORT[0]) == pytest.approx(sum(scores[t] for t in NON_POLITICAL))


def test_topic_article_is_the_mean_of_its_sentences() -> None:
    article = " ".join(SPORT)
    per_sentence = [topic_scores(s)["sport"] for s in SPORT]
    assert topic_scores(article)["sport"] == pytest.approx(sum(per_sentence) / len(SPORT))


def test_topic_article_context_keeps_a_political_sentence_in_a_sport_story() -> None:
    story = [*SPORT, CONTROLS[0], "It was a memorable night for the fans."]
    flags = non_political_sentences(story)
    assert flags[: len(SPORT)] == [True] * len(SPORT)
    assert flags[len(SPORT)] is False
    assert non_political_sentences([]) == []


def test_topic_article_context_catches_neutral_sentences_of_a_match_report() -> None:
    neutral = "It was a memorable night for the fans who had travelled."
    alone = non_political_score(neutral)
    assert 0.5 < alone < topic_model().threshold
    assert non_political_sentences([*SPORT, neutral])[-1] is True
    assert non_political_sentences([*POLITICS, neutral])[-1] is False


def test_topic_threshold_can_be_raised() -> None:
    assert non_political(SPORT[0], threshold=0.5)
    assert not non_political(SPORT[0], threshold=1.01)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Russia's sanctions", ["russia", "sanction"]),
        ("sanctioned, sanctioning", ["sanction", "sanction"]),
        ("won 2-1 in 2022", ["9-9", "won", "9", "9", "in", "9999"]),
        ("up 3.5% to $40", ["up", "9.9", "percent", "to", "dollar", "99"]),
        ("a I x", []),
    ],
)
def test_topic_tokens(text: str, tokens: list[str]) -> None:
    assert topic_tokens(text) == tokens


def test_topic_split_sentences() -> None:
    text = 'He said "Yes." Then 2 more came.\nA new line. e.g. no split here'
    expected = ['He said "Yes."', "Then 2 more came.", "A new line. e.g. no split here"]
    assert split_sentences(text) == expected


def test_topic_shipped_model_has_the_expected_shape() -> None:
    raw = resources.files("tidings.data").joinpath("topic_model.json").read_text("utf-8")
    data = json.loads(raw)
    assert data["classes"] == list(TOPICS)
    assert len(raw) < 1_000_000
    assert 0.5 < data["threshold"] < 1.0 and 0.5 < data["article_threshold"] < 1.0
    assert len(data["bias"]) == len(TOPICS)
    assert 1000 < len(data["weights"]) <= 20000
    for token, weights in data["weights"].items():
        # Single lower-case tokens or number shapes, never text.
        assert token == token.lower() and " " not in token, token
        assert len(weights) == len(TOPICS)
        assert all(isinstance(w, int | float) for w in weights)
    model = topic_model()
    assert model.version == data["version"]
    assert model.weights["goal"][TOPICS.index("sport")] > 0


def test_topic_model_rejects_bad_json() -> None:
    with pytest.raises(TopicModelError):
        parse_topic_model("{}")
    bad = {
        "classes": ["a"],
        "bias": [0],
        "weights": {},
        "threshold": 0.9,
        "article_threshold": 0.9,
        "version": "x",
    }
    with pytest.raises(TopicModelError):
        parse_topic_model(json.dumps(bad))
