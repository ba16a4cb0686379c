"""Topic of a sentence or article: politics/security, or sport, entertainment, business, tech.

Why: the event coder codes verbs between country actors, and sport, show-business and market
stories are full of both ("Norway got off to a golden start in Beijing", "Burger King suspends
its operations in Russia"). A word list (the ``discard`` section of ``verbs.yaml``) only
catches sentences that name the sport; this classifier weighs every word, so it also catches the
sentences that only sound like a match report, a review or a market story.

The model is a softmax (multinomial logistic) regression over the presence of word stems,
trained at sentence level by ``scripts/train_topic_model.py`` on the BBC news corpus
(2004-2005; business, entertainment, politics, sport, tech) and RSS ledes of 2021-2022 labelled
by their publisher's URL section, with White House, Kremlin and Kyiv releases, Russia-Ukraine
war headlines and the CAMEO/PLOVER event definitions as extra politics/security text, so that
diplomacy, sanctions, protest and war words lean political. Country names, demonyms, capitals
and function words get no weight: they say where, not what. It ships as
``tidings/data/topic_model.json``: a bias and one weight per class for each kept stem or number
shape, and two thresholds; no text. Scoring is a regex tokenisation and a dictionary lookup per
token (about 30-50 microseconds per sentence), so it can run on every sentence.

The decision is tuned for precision on politics: a sentence is called non-political only when
the model is confident (``threshold``, chosen by the training script so that no politics source
loses more than 0.5% of its held-out sentences), because dropping a real event costs more than
coding a stray sport sentence. ``non_political_sentences`` adds the article as context.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import TidingsError

#: The classes, politics first. Politics covers security, diplomacy, government and war.
TOPICS: tuple[str, ...] = ("politics", "sport", "entertainment", "business", "tech")

#: The classes whose probability mass makes a text non-political (tech included: gadget and
#: software-industry stories are not events; state hacking and cyber attacks are learnt as
#: politics from the extra politics text).
NON_POLITICAL: tuple[str, ...] = ("sport", "entertainment", "business", "tech")

# Possessive endings go first so that "Russia's" and "Russia" are one feature.
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# A score or vote line ("2-1", "6–3"): one number-shape feature of its own.
_SCORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]{2,}|[%$\u00a3\u20ac]")
_DIGIT = re.compile(r"\d")
_SYMBOLS = {"%": "percent", "$": "dollar", "\u00a3": "pound", "\u20ac": "euro"}
# Sentence ends for long texts: end punctuation (and a closing quote or bracket, which stays
# with its sentence) before a capital or digit, or a line break.
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)\]]))\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n+"
)


class TopicModelError(TidingsError):
    """The shipped topic model is missing or malformed: reinstall tidings or rerun
    ``scripts/train_topic_model.py``."""


def _stem(word: str) -> str:
    """A light suffix stripper: plural -s/-es/-ies, -ed, -ing and a final -e go, so that
    "sanctions", "sanctioned" and "sanctioning" are one feature. Crude on purpose: it only
    has to map the inflections of a word to the same key, at training and scoring alike, so
    that a form rare in the training text borrows the weight of its common forms."""
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def topic_tokens(text: str) -> list[str]:
    """The features of ``text``: stems of lower-case words of two letters or more, and number
    shapes.

    Numbers become their shape ("2022" -> "9999", "1.5" -> "9.9") so that years, scores and
    prices generalise across stories; ``%``, ``$``, ``£`` and ``€`` become words; a score or
    vote line ("3-1") also yields the shape "9-9". Shared with the training script so that
    training and scoring see the same features.
    """
    low = _POSSESSIVE.sub("", text.lower())
    out = [_DIGIT.sub("9", m.group().replace(" ", "")) for m in _SCORE.finditer(low)]
    out = [s.replace("\u2013", "-") for s in out]
    for m in _TOKEN.finditer(low):
        tok = m.group()
        if tok[0].isdigit():
            out.append(_DIGIT.sub("9", tok.replace(",", "")))
        else:
            out.append(_SYMBOLS.get(tok) or _stem(tok))
    return out


def split_sentences(text: str) -> list[str]:
    """Rough sentence split of a long text (end punctuation before a capital, or a line break).

    Good enough for topic scoring, where a wrong split only moves a few words between two
    neighbouring sentences; the event coder has spaCy's own sentences.
    """
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@dataclass(frozen=True, kw_only=True)
class TopicModel:
    """The loaded weights: a bias per class and a weight vector per feature."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    article_threshold: float
    version: str


@lru_cache(maxsize=1)
def topic_model() -> TopicModel:
    """The shipped model, read once per process from ``tidings/data/topic_model.json``."""
    try:
        raw = resources.files("tidings.data").joinpath("topic_model.json").read_text("utf-8")
    except OSError as exc:
        raise TopicModelError(f"cannot read the topic model: {exc}") from exc
    return parse_topic_model(raw)


def parse_topic_model(raw: str) -> TopicModel:
    """A model from its JSON text (the shipped one, or a candidate the benchmark compares)."""
    try:
        data = json.loads(raw)
        classes = tuple(str(c) for c in data["classes"])
        model = TopicModel(
            classes=classes,
            bias=tuple(float(b) for b in data["bias"]),
            weights={str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            article_threshold=float(data["article_threshold"]),
            version=str(data["version"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise TopicModelError(f"cannot read the topic model: {exc}") from exc
    if classes != TOPICS or len(model.bias) != len(classes):
        raise TopicModelError(f"topic model classes {classes} are not {TOPICS}")
    return model


def _sentence_probabilities(model: TopicModel, text: str) -> list[float]:
    """Softmax of bias plus the weights of the distinct features present in ``text``."""
    scores = list(model.bias)
    k = len(scores)
    get = model.weights.get
    for tok in set(topic_tokens(text)):
        w = get(tok)
        if w is not None:
            for i in range(k):
                scores[i] += w[i]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def topic_scores(text: str, *, model: TopicModel | None = None) -> dict[str, float]:
    """Probability of each topic in ``TOPICS`` for a sentence or a whole article.

    A sentence is scored directly. A longer text is split into sentences and their
    distributions are averaged, because the model was trained on sentences: scoring a whole
    article as one bag of words would add up hundreds of weights and give overconfident
    answers. The average reads as "the share of this text that is about each topic".
    ``model`` defaults to the shipped one.
    """
    model = model or topic_model()
    sentences = split_sentences(text)
    if len(sentences) <= 1:
        probs = _sentence_probabilities(model, text)
    else:
        probs = [0.0] * len(model.classes)
        for sent in sentences:
            for i, p in enumerate(_sentence_probabilities(model, sent)):
                probs[i] += p
        probs = [p / len(sentences) for p in probs]
    return dict(zip(model.classes, probs, strict=True))


def non_political_score(text: str, *, model: TopicModel | None = None) -> float:
    """The probability mass of the non-political topics (sport, entertainment, business,
    tech) for ``text``: what ``non_political`` compares with its threshold."""
    scores = topic_scores(text, model=model)
    return sum(scores[t] for t in NON_POLITICAL)


def non_political_sentences(
    sentences: Sequence[str], *, model: TopicModel | None = None
) -> list[bool]:
    """Which sentences of one article to treat as non-political, using the article as context.

    A sentence is non-political when it is so on its own (``threshold``), or when the whole
    article is (``article_threshold``) and the sentence leans that way too (more than half of
    its mass off politics). The article rule catches the neutral-sounding sentences of a match
    report ("Norway got off to a golden start") while a political sentence inside a sport
    story ("the government announced a boycott of the Games") still leans political and stays.
    """
    model = model or topic_model()
    scores = [non_political_score(s, model=model) for s in sentences]
    if not scores:
        return []
    # The article score is the mean of the sentence scores, as topic_scores computes it.
    in_context = len(scores) > 1 and sum(scores) / len(scores) >= model.article_threshold
    return [s >= model.threshold or (in_context and s > 0.5) for s in scores]


def non_political(
    text: str, *, threshold: float | None = None, model: TopicModel | None = None
) -> bool:
    """True when ``text`` is confidently about sport, entertainment, business or tech.

    ``threshold`` defaults to the model's own, tuned by the training script for precision on
    politics (see the module docstring): ``threshold`` for a single sentence,
    ``article_threshold`` for a text of several sentences, whose score is an average and so
    less extreme. Raise it to drop fewer texts.
    """
    model = model or topic_model()
    if threshold is None:
        several = len(split_sentences(text)) > 1
        threshold = model.article_threshold if several else model.threshold
    return non_political_score(text, model=model) >= threshold
