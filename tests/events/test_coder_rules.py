"""The coder on hand-built parses with a small actor index: codes, actors, modality, ids."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from events_support import FakeIndex, parse

from tidings.events import CODER, code_events
from tidings.model import Article, Event

P = "PROPN"


def code(
    build_doc: Callable[..., Any],
    rows: list[Any],
    actors: dict[int, str],
    published: str | None = "2022-02-10",
) -> list[Event]:
    doc = parse(build_doc, rows)
    article = Article(id="a1", source_id="test", published=published, text=doc.text)
    return code_events(article, doc, index=FakeIndex(doc, actors))  # type: ignore[arg-type]


def triples(events: list[Event]) -> set[tuple[str, str | None, str, str]]:
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in events
    }


SANCTIONS = [
    ("The", 1, "det", "DET", "the", "DT"),
    ("EU", 2, "nsubj", P, "EU", "NNP"),
    ("imposed", 2, "ROOT", "VERB", "impose", "VBD"),
    ("sanctions", 2, "dobj", "NOUN", "sanction", "NNS"),
    ("on", 3, "prep", "ADP", "on", "IN"),
    ("Russia", 4, "pobj", P, "Russia", "NNP"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
WARNED_IF = [
    ("Britain", 1, "nsubj", P, "Britain", "NNP"),
    ("warned", 1, "ROOT", "VERB", "warn", "VBD"),
    ("of", 1, "prep", "ADP", "of", "IN"),
    ("sanctions", 2, "pobj", "NOUN", "sanction", "NNS"),
    ("if", 6, "mark", "SCONJ", "if", "IN"),
    ("Russia", 6, "nsubj", P, "Russia", "NNP"),
    ("invades", 1, "advcl", "VERB", "invade", "VBZ"),
    ("Ukraine", 6, "dobj", P, "Ukraine", "NNP"),
]


def _svo(subj: str, verb: str, lemma: str, obj: str, *, tag: str = "VBD") -> list[Any]:
    return [
        (subj, 1, "nsubj", P, subj, "NNP"),
        (verb, 1, "ROOT", "VERB", lemma, tag),
        (obj, 1, "dobj", P, obj, "NNP"),
    ]


NEGATED = [
    ("Russia", 3, "nsubj", P, "Russia", "NNP"),
    ("did", 3, "aux", "AUX", "do", "VBD"),
    ("not", 3, "neg", "PART", "not", "RB"),
    ("attack", 3, "ROOT", "VERB", "attack", "VB"),
    ("Ukraine", 3, "dobj", P, "Ukraine", "NNP"),
]
FUTURE = [
    ("Russia", 2, "nsubj", P, "Russia", "NNP"),
    ("will", 2, "aux", "AUX", "will", "MD"),
    ("attack", 2, "ROOT", "VERB", "attack", "VB"),
    ("Ukraine", 2, "dobj", P, "Ukraine", "NNP"),
]
PLANS = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("plans", 1, "ROOT", "VERB", "plan", "VBZ"),
    ("to", 3, "aux", "PART", "to", "TO"),
    ("attack", 1, "xcomp", "VERB", "attack", "VB"),
    ("Ukraine", 3, "dobj", P, "Ukraine", "NNP"),
]
SAID_LEADING = [
    ("Ukraine", 1, "nsubj", P, "Ukraine", "NNP"),
    ("said", 1, "ROOT", "VERB", "say", "VBD"),
    ("Russia", 3, "nsubj", P, "Russia", "NNP"),
    ("attacked", 1, "ccomp", "VERB", "attack", "VBD"),
    ("Kyiv", 3, "dobj", P, "Kyiv", "NNP"),
]
SAID_TRAILING = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("attacked", 5, "ccomp", "VERB", "attack", "VBD"),
    ("Ukraine", 1, "dobj", P, "Ukraine", "NNP"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("officials", 5, "nsubj", "NOUN", "official", "NNS"),
    ("said", 5, "ROOT", "VERB", "say", "VBD"),
]
ACCORDING = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
    ("Ukraine", 1, "dobj", P, "Ukraine", "NNP"),
    ("according", 1, "prep", "VERB", "accord", "VBG"),
    ("to", 3, "prep", "ADP", "to", "IN"),
    ("NATO", 4, "pobj", P, "NATO", "NNP"),
]
REPORTEDLY = [
    ("Russia", 2, "nsubj", P, "Russia", "NNP"),
    ("reportedly", 2, "advmod", "ADV", "reportedly", "RB"),
    ("attacked", 2, "ROOT", "VERB", "attack", "VBD"),
    ("Ukraine", 2, "dobj", P, "Ukraine", "NNP"),
]
DENIED = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("denied", 1, "ROOT", "VERB", "deny", "VBD"),
    ("attacking", 1, "xcomp", "VERB", "attack", "VBG"),
    ("Ukraine", 2, "dobj", P, "Ukraine", "NNP"),
]

# "Russia said, shelling Ukraine": a participle set off by a comma is done meanwhile
SAID_WHILE = [
    ("Russia", 1, "nsubj", P, "Russia", "NNP"),
    ("said", 1, "ROOT", "VERB", "say", "VBD"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("shelling", 1, "xcomp", "VERB", "shell", "VBG"),
    ("Ukraine", 3, "dobj", P, "Ukraine", "NNP"),
]


@pytest.mark.parametrize(
    ("rows", "actors", "expected"),
    [
        (SANCTIONS, {1: "EU", 5: "RUS"}, {("IGOEUREEC", "RUS", "163", "asserted")}),
        (SAID_WHILE, {0: "RUS", 4: "UKR"}, {("RUS", "UKR", "194", "asserted")}),
        (
            WARNED_IF,
            {0: "GBR", 5: "RUS", 7: "UKR"},
            {("GBR", "RUS", "1312", "asserted"), ("RUS", "UKR", "190", "conditional")},
        ),
        (NEGATED, {0: "RUS", 4: "UKR"}, {("RUS", "UKR", "190", "negated")}),
        (FUTURE, {0: "RUS", 3: "UKR"}, {("RUS", "UKR", "190", "future")}),
        (PLANS, {0: "RUS", 4: "UKR"}, {("RUS", "UKR", "190", "future")}),
        (
            SAID_LEADING,
            {0: "UKR", 2: "RUS", 4: "UKR"},
            {("RUS", "UKR", "190", "reported"), ("UKR", "RUS", "112", "asserted")},
        ),
        (SAID_TRAILING, {0: "RUS", 2: "UKR"}, {("RUS", "UKR", "190", "reported")}),
        (ACCORDING, {0: "RUS", 2: "UKR", 5: "NATO"}, {("RUS", "UKR", "190", "reported")}),
        (REPORTEDLY, {0: "RUS", 3: "UKR"}, {("RUS", "UKR", "190", "reported")}),
        (
            DENIED,
            {0: "RUS", 3: "UKR"},
            {("RUS", "UKR", "190", "negated"), ("RUS", "UKR", "016", "asserted")},
        ),
    ],
)
def test_coder_codes_and_modality(
    build_doc: Callable[..., Any],
    rows: list[Any],
    actors: dict[int, str],
    expected: set[tuple[str, str | None, str, str]],
) -> None:
    assert triples(code(build_doc, rows, actors)) == expected


@pytest.mark.parametrize(
    ("rows", "actors", "expected"),
    [
        # governing verbs fold into the code (CAMEO: threats 13, appeals 02, rejections 12)
        (
            [
                ("Russia", 1, "nsubj", P, "Russia", "NNP"),
                ("threatened", 1, "ROOT", "VERB", "threaten", "VBD"),
                ("to", 3, "aux", "PART", "to", "TO"),
                ("attack", 1, "xcomp", "VERB", "attack", "VB"),
                ("Ukraine", 3, "dobj", P, "Ukraine", "NNP"),
            ],
            {0: "RUS", 4: "UKR"},
            {("RUS", "UKR", "138", "asserted")},
        ),
        # the folded governor's own negation still applies: the threat is denied
        (
            [
                ("Russia", 3, "nsubj", P, "Russia", "NNP"),
                ("did", 3, "aux", "AUX", "do", "VBD"),
                ("not", 3, "neg", "PART", "not", "RB"),
                ("threaten", 3, "ROOT", "VERB", "threaten", "VB"),
                ("to", 5, "aux", "PART", "to", "TO"),
                ("attack", 3, "xcomp", "VERB", "attack", "VB"),
                ("Ukraine", 5, "dobj", P, "Ukraine", "NNP"),
            ],
            {0: "RUS", 6: "UKR"},
            {("RUS", "UKR", "138", "negated")},
        ),
        (
            [
                ("NATO", 1, "nsubj", P, "NATO", "NNP"),
                ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
                ("Russia", 1, "dobj", P, "Russia", "NNP"),
                ("to", 4, "aux", "PART", "to", "TO"),
                ("withdraw", 1, "xcomp", "VERB", "withdraw", "VB"),
            ],
            {0: "NATO", 2: "RUS"},
            {("IGOWSTNAT", "RUS", "0256", "asserted")},
        ),
        (
            [
                ("Russia", 1, "nsubj", P, "Russia", "NNP"),
                ("refused", 1, "ROOT", "VERB", "refuse", "VBD"),
                ("to", 3, "aux", "PART", "to", "TO"),
                ("release", 1, "xcomp", "VERB", "release", "VB"),
                ("Ukrainians", 3, "dobj", "PROPN", "Ukrainians", "NNPS"),
            ],
            {0: "RUS", 4: "UKR"},
            {("RUS", "UKR", "1243", "asserted")},
        ),
        # passive: the agent is the source, the surface subject the target
        (
            [
                ("Moscow", 2, "nsubjpass", P, "Moscow", "NNP"),
                ("was", 2, "auxpass", "AUX", "be", "VBD"),
                ("blamed", 2, "ROOT", "VERB", "blame", "VBN"),
                ("by", 2, "agent", "ADP", "by", "IN"),
                ("NATO", 3, "pobj", P, "NATO", "NNP"),
            ],
            {0: "RUS", 4: "NATO"},
            {("IGOWSTNAT", "RUS", "112", "asserted")},
        ),
        # the possessor of the object noun is the target
        (
            [
                ("Britain", 1, "nsubj", P, "Britain", "NNP"),
                ("criticised", 1, "ROOT", "VERB", "criticise", "VBD"),
                ("Russia", 5, "poss", P, "Russia", "NNP"),
                ("'s", 2, "case", "PART", "'s", "POS"),
                ("troop", 5, "compound", "NOUN", "troop", "NN"),
                ("build-up", 1, "dobj", "NOUN", "build-up", "NN"),
            ],
            {0: "GBR", 2: "RUS"},
            {("GBR", "RUS", "111", "asserted")},
        ),
        # compound subject: one event per actor
        (
            [
                ("Russia", 3, "nsubj", P, "Russia", "NNP"),
                ("and", 0, "cc", "CCONJ", "and", "CC"),
                ("China", 0, "conj", P, "China", "NNP"),
                ("condemned", 3, "ROOT", "VERB", "condemn", "VBD"),
                ("NATO", 3, "dobj", P, "NATO", "NNP"),
            ],
            {0: "RUS", 2: "CHN", 4: "NATO"},
            {("RUS", "IGOWSTNAT", "111", "asserted"), ("CHN", "IGOWSTNAT", "111", "asserted")},
        ),
        # symmetric verb with a compound subject: both directions
        (
            [
                ("Russia", 3, "nsubj", P, "Russia", "NNP"),
                ("and", 0, "cc", "CCONJ", "and", "CC"),
                ("China", 0, "conj", P, "China", "NNP"),
                ("met", 3, "ROOT", "VERB", "meet", "VBD"),
            ],
            {0: "RUS", 2: "CHN"},
            {("RUS", "CHN", "040", "asserted"), ("CHN", "RUS", "040", "asserted")},
        ),
        # same actor on both sides is dropped; no source actor, no event
        (_svo("Russia", "attacked", "attack", "Moscow"), {0: "RUS", 2: "RUS"}, set()),
        (_svo("Rebels", "attacked", "attack", "Kyiv"), {2: "UKR"}, set()),
        # a nominal trigger needs its own source and target
        (
            [
                ("Britain", 1, "nsubj", P, "Britain", "NNP"),
                ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
                ("Russia", 4, "poss", P, "Russia", "NNP"),
                ("'s", 2, "case", "PART", "'s", "POS"),
                ("attack", 1, "dobj", "NOUN", "attack", "NN"),
                ("on", 4, "prep", "ADP", "on", "IN"),
                ("Ukraine", 5, "pobj", P, "Ukraine", "NNP"),
            ],
            {0: "GBR", 2: "RUS", 6: "UKR"},
            {("GBR", "RUS", "111", "asserted"), ("RUS", "UKR", "190", "asserted")},
        ),
    ],
)
def test_coder_structures(
    build_doc: Callable[..., Any],
    rows: list[Any],
    actors: dict[int, str],
    expected: set[tuple[str, str | None, str, str]],
) -> None:
    assert triples(code(build_doc, rows, actors)) == expected


def test_coder_event_record_fields(build_doc: Callable[..., Any]) -> None:
    (ev,) = code(build_doc, SANCTIONS, {1: "EU", 5: "RUS"})
    assert (ev.cameo_root, ev.quad_class, ev.goldstein, ev.plover) == ("16", 4, -8.0, "COERCE")
    assert ev.trigger == "imposed sanctions on"
    assert ev.sentence[ev.trigger_start - ev.start : ev.trigger_end - ev.start] == ev.trigger
    assert ev.rule.startswith("163:") and ev.coder == CODER
    assert (ev.date, ev.date_precision) == ("2022-02-10", "publication")
    assert ev.article_id == "a1" and ev.start == 0 and ev.end == len(ev.sentence)


def test_coder_ids_are_stable_and_distinct(build_doc: Callable[..., Any]) -> None:
    first = code(build_doc, WARNED_IF, {0: "GBR", 5: "RUS", 7: "UKR"})
    again = code(build_doc, WARNED_IF, {0: "GBR", 5: "RUS", 7: "UKR"})
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first) == 2


def test_coder_undated_article(build_doc: Callable[..., Any]) -> None:
    (ev,) = code(build_doc, SANCTIONS, {1: "EU", 5: "RUS"}, published=None)
    assert (ev.date, ev.date_precision) == (None, "publication")
