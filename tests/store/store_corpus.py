"""A small hand-made corpus for store tests: three articles, five events, three quotes.

Two articles share a story_id (a syndicated copy), one has no date, one event has no target,
one actor is an IGO without a country; the filter tables in test_store_filters.py name these
records by id.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.model import Actor, Article, Event, Failure, Quote

RUS_GOV = Actor(text="the Kremlin", name="Russia", code="RUSGOV", country="RUS", sector="GOV")
RUS_MIL = Actor(text="Russian troops", name="Russia", code="RUSMIL", country="RUS", sector="MIL")
RUSSIA = Actor(text="Moscow", name="Russia", code="RUS", country="RUS", via="metonym")
UKR_GOV = Actor(text="Kyiv", name="Ukraine", code="UKRGOV", country="UKR", sector="GOV")
UKRAINE = Actor(text="Ukraine", name="Ukraine", code="UKR", country="UKR", start=10, end=17)
BIDEN = Actor(text="President Biden", name="Joe Biden", code="USAGOV", country="USA", kind="person")
NATO = Actor(text="NATO", name="NATO", code="IGOWSTNAT", country=None, kind="igo")
LAVROV = Actor(text="Lavrov", name="Sergei Lavrov", code="RUSGOV", country="RUS", kind="person")
ZELENSKYY = Actor(
    text="he", name="Volodymyr Zelenskyy", code="UKRGOV", country="UKR", kind="person", via="coref"
)

ARTICLES = (
    Article(
        id="a1",
        source_id="wire/one.txt",
        url="https://example.org/one",
        title="Moscow accuses Kyiv",
        published="2022-02-20",
        outlet="Reuters",
        cited_outlets=("TASS",),
        chars=120,
        story_id="story-1",
        text="Moscow accused Kyiv of provocations, TASS reports.",
    ),
    Article(
        id="a2",
        source_id="wire/two.txt",
        published="2022-02-24",
        outlet="Kyiv Independent",
        source_outlet="Ukrinform",
        chars=120,
        story_id="story-1",
        text="Russian troops attacked Ukraine. NATO warned Moscow.",
    ),
    Article(
        id="a3",
        source_id="wire/three.txt",
        chars=40,
        story_id="story-3",
        text="Kyiv did not appeal for talks, he said.",
    ),
)


def _event(id: str, article_id: str, date: str | None, **kw: object) -> Event:
    base: dict[str, object] = dict(
        date_precision="day" if date else "publication",
        plover=None,
        coder="tidings-rules/1",
        sentence="...",
    )
    base.update(kw)
    return Event(id=id, article_id=article_id, date=date, **base)  # type: ignore[arg-type]


EVENTS = (
    _event(
        "e1",
        "a1",
        "2022-02-20",
        source=RUS_GOV,
        target=UKR_GOV,
        cameo="112",
        cameo_root="11",
        quad_class=3,
        goldstein=-2.0,
        plover="ACCUSE",
    ),
    _event(
        "e2",
        "a1",
        "2022-02-21",
        source=BIDEN,
        target=RUS_GOV,
        cameo="040",
        cameo_root="04",
        quad_class=1,
        goldstein=1.0,
        modality="reported",
        start=5,
    ),
    _event(
        "e3",
        "a2",
        "2022-02-24",
        source=RUS_MIL,
        target=UKRAINE,
        cameo="190",
        cameo_root="19",
        quad_class=4,
        goldstein=-10.0,
        plover="ASSAULT",
        start=0,
    ),
    _event(
        "e4",
        "a2",
        "2022-02-24",
        source=NATO,
        target=RUSSIA,
        cameo="163",
        cameo_root="16",
        quad_class=4,
        goldstein=-8.0,
        modality="conditional",
        background=True,  # "sanctions imposed over the invasion": named as context
        start=50,
    ),
    _event(
        "e5",
        "a3",
        None,
        source=UKR_GOV,
        target=None,
        cameo="0211",
        cameo_root="02",
        quad_class=1,
        goldstein=3.4,
        modality="negated",
    ),
)

QUOTES = (
    Quote(
        id="q1",
        article_id="a1",
        text="a provocation",
        speaker=LAVROV,
        cue="said",
        kind="partial",
        start=3,
        end=16,
        relayed_by=("TASS",),
    ),
    Quote(
        id="q2",
        article_id="a2",
        text="We will defend ourselves.",
        speaker=None,
        cue=None,
        kind="direct",
        start=0,
        end=25,
    ),
    Quote(
        id="q3",
        article_id="a3",
        text="We did not appeal",
        speaker=ZELENSKYY,
        cue="said",
        kind="direct",
        start=0,
        end=17,
        cue_start=30,
        cue_end=34,
    ),
)

FAILURES = (
    Failure(source="broken.jsonl#3", reason="invalid JSON"),
    Failure(source="empty.txt", reason="file is empty"),
)


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...] = ARTICLES
    events: tuple[Event, ...] = EVENTS
    quotes: tuple[Quote, ...] = QUOTES
    failures: tuple[Failure, ...] = FAILURES
