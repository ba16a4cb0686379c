"""Background mentions on real parses: a war-like state named by a noun in passing ("as
Russia's invasion of Ukraine drags on") is coded but marked ``background``, so a count of new
events leaves it out; the same state reported as happening, an occasion such as an attack or a
call, and every verb outside a "since" clause are news.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import who

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)


def flags(nlp: Any, text: str) -> dict[tuple[str | None, str | None, str], bool]:
    """(source, target, code) -> background, for every event coded in ``text``."""
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence

    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    return {(who(e.source), who(e.target), e.cameo): e.background for e in events}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an ongoing state as the subject of something else
        ("While the Russian war on Ukraine drags on, grain prices keep rising.", "190"),
        ("Russia's war in Ukraine has made wheat dearer.", "190"),
        # a state or an occasion framing another event in time or cause
        ("Oil prices climbed after Russia's invasion of Ukraine.", "190"),
        ("Japan imposed sanctions over Russia's war in Ukraine.", "190"),
        ("Ten days into Russia's war on Ukraine, the ruble had lost half its value.", "190"),
        ("Poland sent tanks in response to the Russian attack on Ukraine.", "190"),
        ("The talks resumed in the wake of the Russian assault on Ukraine.", "190"),
        # a state as the object of a reaction
        ("The senators discussed Russia's invasion of Ukraine.", "190"),
        # a verb in a "since" clause
        ("Since Russia invaded Ukraine, two million people have fled.", "190"),
        # ... or a state begun in one
        ("Since Russia began its occupation of Georgian villages, thousands have fled.", "192"),
        ("By starting this war against Georgia, Russia tried to redraw the map.", "190"),
        ("The minister stressed that Russia had launched a war against Georgia.", "190"),
    ],
)
def test_mentions_in_passing_are_background(nlp: Any, text: str, event: str) -> None:
    found = {k: v for k, v in flags(nlp, text).items() if k[2] == event}
    assert found and all(found.values()), flags(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russia invaded Ukraine on Thursday.", "190"),
        ("After Russia invaded Ukraine, oil prices climbed.", "190"),
        # the state reported as happening
        ("Russia's invasion of Ukraine began before dawn.", "190"),
        ("A new Russian offensive in Ukraine killed dozens of soldiers.", "190"),
        # an occasion that is the news itself
        ("The Russian attack on the hospital in Ukraine killed three people.", "190"),
        ("The Finnish president described his talks with Putin.", "040"),
        # a headline fragment
        ("Russian invasion of Ukraine", "190"),
        # the state begun or proclaimed
        ("Azerbaijan began the occupation of Armenian villages.", "192"),
        ("Russia proclaimed the annexation of Georgian villages.", "192"),
    ],
)
def test_events_reported_as_happening_are_news(nlp: Any, text: str, event: str) -> None:
    found = {k: v for k, v in flags(nlp, text).items() if k[2].startswith(event[:2])}
    assert found and not any(found.values()), flags(nlp, text)


def test_background_mentions_reach_the_store_and_its_filters(nlp: Any, tmp_path: Any) -> None:
    """Stored and read back with the flag; ``--news`` keeps what a count of new events wants."""
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence
    from tidings.store import Filters, open_store

    events = code_sentence(
        "Japan imposed sanctions on Russia over Moscow's war in Ukraine.",
        nlp=nlp,
        dictionary=ActorDictionary.builtin(),
        on=ON,
    )
    with open_store(tmp_path / "t.duckdb") as store:
        store.write(events=events)
        news = {e.cameo for e in store.events(Filters(background=False))}
        context = {e.cameo for e in store.events(Filters(background=True))}
        assert store.summary()["events_background"] == 1
    assert news == {"163"} and context == {"190"}


@pytest.mark.parametrize(
    "text",
    [
        "The EU will consider new sanctions amid Russian attacks on Ukraine.",
        "The ministers should act quickly following the Russian strike on Odesa.",
        # ... and so has the known event a clause gives as its cause
        "Grain prices will rise because of the Russian blockade of Odesa's port.",
        "Moldova will be poorer due to Russia's attack on Ukraine.",
        "Finland may join NATO as a result of Russia's war against Ukraine.",
        "In these times due to Russia's attack on Ukraine, Latvia will face a hard spring.",
        # ... and what a clause says it exists for, "if it were not for" it
        "Latvia's gas shortage would not exist if it were not for Russia's war against Ukraine.",
        # ... and the known event it would end
        "A Latvian bank calls for an end to Russia's war against Ukraine.",
        "Estonian churches pray for an end to the Russian invasion of Ukraine.",
        # ... and the setting it gives
        "In the context of Russia's war against Ukraine, Latvia cannot afford to celebrate.",
        "In the face of Russia's attacks on Ukraine, Moldova could lose its gas.",
    ],
)
def test_what_a_clause_follows_has_happened(nlp: Any, text: str) -> None:
    """An event noun after "following", "amid" or "because of" is asserted, whatever the
    clause's own modality, and is background to it."""
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence

    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    attacks = [e for e in events if e.cameo.startswith("19")]  # (a blockade is 191)
    assert attacks, [(e.cameo, e.modality) for e in events]
    assert all(e.modality == "asserted" and e.background for e in attacks), [
        (e.cameo, e.modality, e.background) for e in attacks
    ]
