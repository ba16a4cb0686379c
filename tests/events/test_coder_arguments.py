"""Coder argument rules on hand-built parses: coercion governors, reflexive targets, and the
object of a participle inside the object phrase."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from events_support import FakeIndex, parse

from tidings.events import code_events
from tidings.model import Article

P = "PROPN"

# "Britain forced Russia to withdraw." (object control: the forced party is the target)
FORCED = [
    ("Britain", 1, "nsubj", P, "Britain", "NNP"),
    ("forced", 1, "ROOT", "VERB", "force", "VBD"),
    ("Russia", 1, "dobj", P, "Russia", "NNP"),
    ("to", 4, "aux", "PART", "to", "TO"),
    ("withdraw", 1, "xcomp", "VERB", "withdraw", "VB"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "China was pressured by the US to help Russia." (passive governor: the patient is urged)
PRESSURED = [
    ("China", 3, "nsubjpass", P, "China", "NNP"),
    ("was", 3, "auxpass", "AUX", "be", "VBD"),
    ("being", 3, "auxpass", "AUX", "be", "VBG"),
    ("pressured", 3, "ROOT", "VERB", "pressure", "VBN"),
    ("by", 3, "agent", "ADP", "by", "IN"),
    ("the", 6, "det", "DET", "the", "DT"),
    ("US", 4, "pobj", P, "US", "NNP"),
    ("to", 8, "aux", "PART", "to", "TO"),
    ("help", 3, "xcomp", "VERB", "help", "VB"),
    ("Russia", 8, "dobj", P, "Russia", "NNP"),
]
# "Britain urged Russia to withdraw." (an appeal stays an appeal)
URGED = [(w, h, d, p, lem, t) for (w, h, d, p, lem, t) in FORCED]
URGED[1] = ("urged", 1, "ROOT", "VERB", "urge", "VBD")
# "The US said that Russia had attacked itself."
REFLEXIVE = [
    ("The", 1, "det", "DET", "the", "DT"),
    ("US", 2, "nsubj", P, "US", "NNP"),
    ("said", 2, "ROOT", "VERB", "say", "VBD"),
    ("that", 6, "mark", "SCONJ", "that", "IN"),
    ("Russia", 6, "nsubj", P, "Russia", "NNP"),
    ("had", 6, "aux", "AUX", "have", "VBD"),
    ("attacked", 2, "ccomp", "VERB", "attack", "VBN"),
    ("itself", 6, "dobj", "PRON", "itself", "PRP"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "Russia attacked Ukraine." (control: a named object is still the target)
PLAIN = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
    ("Ukraine", 1, "dobj", P, "Ukraine", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "China condemned a resolution supporting Ukraine."
PARTICIPLE = [
    ("China", 1, "nsubj", P, "China", "NNP"),
    ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
    ("a", 3, "det", "DET", "a", "DT"),
    ("resolution", 1, "dobj", "NOUN", "resolution", "NN"),
    ("supporting", 3, "acl", "VERB", "support", "VBG"),
    ("Ukraine", 4, "dobj", P, "Ukraine", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "China condemned the men who attacked Ukraine." (a relative clause's object is no target)
RELATIVE = [
    ("China", 1, "nsubj", P, "China", "NNP"),
    ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
    ("the", 3, "det", "DET", "the", "DT"),
    ("men", 1, "dobj", "NOUN", "man", "NNS"),
    ("who", 5, "nsubj", "PRON", "who", "WP"),
    ("attacked", 3, "relcl", "VERB", "attack", "VBD"),
    ("Ukraine", 5, "dobj", P, "Ukraine", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "actors", "expected"),
    [
        # CAMEO 170: forcing or pressuring someone to act is coercion, whatever the act
        (FORCED, {0: "GBR", 2: "RUS"}, {("GBR", "RUS", "170")}),
        (PRESSURED, {0: "CHN", 6: "USA", 9: "RUS"}, {("USA", "CHN", "170")}),
        (URGED, {0: "GBR", 2: "RUS"}, {("GBR", "RUS", "0256")}),
        # a reflexive target is the source: no same-actor event, but the report still accuses
        (REFLEXIVE, {1: "USA", 4: "RUS"}, {("USA", "RUS", "112")}),
        (PLAIN, {0: "RUS", 2: "UKR"}, {("RUS", "UKR", "190")}),
        # the participle's object is what the object phrase is about
        (PARTICIPLE, {0: "CHN", 5: "UKR"}, {("CHN", "UKR", "111")}),
        (RELATIVE, {0: "CHN", 6: "UKR"}, {("CHN", None, "111")}),
    ],
    ids=["forced", "pressured-passive", "urged", "reflexive", "plain", "participle", "relcl"],
)
def test_coder_arguments(
    build_doc: Callable[..., Any],
    rows: list[Any],
    actors: dict[int, str],
    expected: set[tuple[str, str | None, str]],
) -> None:
    doc = parse(build_doc, rows)
    article = Article(id="a1", source_id="test", published="2022-02-10", text=doc.text)
    events = code_events(article, doc, index=FakeIndex(doc, actors))  # type: ignore[arg-type]
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert got == expected


# "The US and Russia met."
MET = [
    ("The", 1, "det", "DET", "the", "DT"),
    ("US", 4, "nsubj", P, "US", "NNP"),
    ("and", 1, "cc", "CCONJ", "and", "CC"),
    ("Russia", 1, "conj", P, "Russia", "NNP"),
    ("met", 4, "ROOT", "VERB", "meet", "VBD"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a meeting without the symmetric flag (as PETRARCH patterns come) is still mutual
        ("meet", {("USA", "RUS", "040"), ("RUS", "USA", "040")}),
        ("meet ~", {("USA", "RUS", "040"), ("RUS", "USA", "040")}),
    ],
)
def test_coder_compound_meeting_is_mutual(
    build_doc: Callable[..., Any], pattern: str, expected: set[tuple[str, str | None, str]]
) -> None:
    from tidings.events import VerbLexicon

    lexicon = VerbLexicon.from_mapping({"codes": {"040": [pattern]}})
    doc = parse(build_doc, MET)
    article = Article(id="a1", source_id="test", published="2022-02-10", text=doc.text)
    index = FakeIndex(doc, {1: "USA", 3: "RUS"})
    events = code_events(article, doc, index=index, lexicon=lexicon)  # type: ignore[arg-type]
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert got == expected


# "Russia prepared to attack Ukraine." / "Russia prepared for talks with Ukraine."
PREPARED = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("prepared", 1, "ROOT", "VERB", "prepare", "VBD"),
    ("to", 3, "aux", "PART", "to", "TO"),
    ("attack", 1, "xcomp", "VERB", "attack", "VB"),
    ("Ukraine", 3, "dobj", P, "Ukraine", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
PREPARED_ALONE = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("prepared", 1, "ROOT", "VERB", "prepare", "VBD"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "actors", "expected"),
    [
        # the coded complement carries the content: no untargeted intent beside it
        (PREPARED, {0: "RUS", 4: "UKR"}, {("RUS", "UKR", "190")}),
        # without a coded complement the governor's own pattern still codes
        (PREPARED_ALONE, {0: "RUS"}, {("RUS", None, "030")}),
    ],
    ids=["complement", "alone"],
)
def test_coder_complemented_verb_needs_a_target(
    build_doc: Callable[..., Any],
    rows: list[Any],
    actors: dict[int, str],
    expected: set[tuple[str, str | None, str]],
) -> None:
    from tidings.events import VerbLexicon

    lexicon = VerbLexicon.from_mapping({"codes": {"030": ["prepare"], "190": ["attack T"]}})
    doc = parse(build_doc, rows)
    article = Article(id="a1", source_id="test", published="2022-02-10", text=doc.text)
    index = FakeIndex(doc, actors)
    events = code_events(article, doc, index=index, lexicon=lexicon)  # type: ignore[arg-type]
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert got == expected


# "KYIV - Ukraine accused Russia." parsed with two subjects (a dateline misparse)
DOUBLE_SUBJECT = [
    ("KYIV", 3, "nsubj", P, "KYIV", "NNP"),
    ("-", 0, "punct", "PUNCT", "-", ":"),
    ("Ukraine", 3, "nsubj", P, "Ukraine", "NNP"),
    ("accused", 3, "ROOT", "VERB", "accuse", "VBD"),
    ("Russia", 3, "dobj", P, "Russia", "NNP"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
# "Britain Ukraine accused Russia." two adjacent subjects, no punctuation between: the first
ADJACENT_SUBJECTS = [
    ("Britain", 2, "nsubj", P, "Britain", "NNP"),
    ("Ukraine", 2, "nsubj", P, "Ukraine", "NNP"),
    ("accused", 2, "ROOT", "VERB", "accuse", "VBD"),
    ("Russia", 2, "dobj", P, "Russia", "NNP"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "actors", "expected"),
    [
        (DOUBLE_SUBJECT, {0: "UKR", 2: "UKR", 4: "RUS"}, {("UKR", "RUS", "112")}),
        (DOUBLE_SUBJECT, {0: "GBR", 2: "UKR", 4: "RUS"}, {("UKR", "RUS", "112")}),
        (ADJACENT_SUBJECTS, {0: "GBR", 1: "UKR", 3: "RUS"}, {("GBR", "RUS", "112")}),
    ],
    ids=["dateline-same", "dateline-other", "adjacent"],
)
def test_coder_double_subject_takes_the_nearest_after_punctuation(
    build_doc: Callable[..., Any],
    rows: list[Any],
    actors: dict[int, str],
    expected: set[tuple[str, str | None, str]],
) -> None:
    doc = parse(build_doc, rows)
    article = Article(id="a1", source_id="test", published="2022-02-10", text=doc.text)
    events = code_events(article, doc, index=FakeIndex(doc, actors))  # type: ignore[arg-type]
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert got == expected
