"""Speaker-labelled transcript turns (press briefings, official transcripts)."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.model import Article
from tidings.quotes import attribute_quotes, paragraph_bounds
from tidings.quotes.transcript import find_turns

BRIEFING = """MS. PSAKI:  Good afternoon, everyone.

Q    Jen, is the President going to call Putin?

MS. PSAKI:  I don't have a call to preview.

Our focus remains on diplomacy.

Q    Thank you.

END 3:45 P.M. EST"""


def turns(text: str, **kw: Any) -> list[tuple[str, str]]:
    return [(t.name, "\n".join(text[s:e] for s, e in t.parts))
            for t in find_turns(text, paragraph_bounds(text), **kw)]


def test_find_turns_briefing_runs_on_until_question() -> None:
    assert turns(BRIEFING) == [
        ("Psaki", "Good afternoon, everyone."),
        ("Psaki", "I don't have a call to preview.\nOur focus remains on diplomacy."),
    ]


def test_find_turns_title_case_official_transcript() -> None:
    text = ("Vladimir Putin: Good afternoon, colleagues.\n\n"
            "Sergei Lavrov: Thank you, Mr President.\n\nThe talks continued.")
    assert turns(text) == [("Vladimir Putin", "Good afternoon, colleagues."),
                           ("Sergei Lavrov", "Thank you, Mr President.\nThe talks continued.")]


def test_find_turns_inside_paragraphs_whose_breaks_were_lost() -> None:
    """A transcript flattened into one paragraph: labels after a sentence's end, the first
    with its office, one with a note in brackets."""
    text = ("President of Kazakhstan Kassym-Jomart Tokayev: Mr President, welcome to Astana. "
            "Shavkat Mirziyoyev (retranslated): Thank you. We came to talk. "
            "Kassym-Jomart Tokayev: Good. Let us begin.")
    assert turns(text) == [
        ("President of Kazakhstan Kassym-Jomart Tokayev", "Mr President, welcome to Astana."),
        ("Shavkat Mirziyoyev", "Thank you. We came to talk."),
        ("Kassym-Jomart Tokayev", "Good. Let us begin."),
    ]


def test_find_turns_a_caption_run_into_a_label_ends_the_turn_before_it() -> None:
    """ "Mirziyoyev ShavkatPresident of Uzbekistan:" is a photo caption glued to the label: it
    ends the turn before it and starts no one's."""
    text = ("Kassym-Jomart Tokayev: Welcome to Astana. President of Uzbekistan Shavkat "
            "Mirziyoyev Mirziyoyev ShavkatPresident of Uzbekistan: Thank you. "
            "Kassym-Jomart Tokayev: Let us begin.")
    assert turns(text) == [("Kassym-Jomart Tokayev", "Welcome to Astana."),
                           ("Kassym-Jomart Tokayev", "Let us begin.")]


@pytest.mark.parametrize(
    "text",
    [
        "Breaking News: Talks collapse.\n\nThe talks collapsed on Monday.",  # one label only
        # two Title Case phrases before a colon, but no speaker speaks twice
        "The report was out. Key Points: Growth slowed. Next Steps: Rates rise.",
        "NOTE: first.\n\nNOTE: second.",  # not a speaker
        "The minister said: we will respond.\n\nHe added: firmly.",  # lower-case words
    ],
)
def test_find_turns_not_a_transcript(text: str) -> None:
    assert turns(text, non_speakers=frozenset({"note"})) == []


@pytest.mark.model
def test_attribute_briefing_turns_are_direct_quotes(nlp: Any) -> None:
    from tidings.actors import ActorDictionary, index_actors

    text = "Press Secretary Jen Psaki briefed reporters.\n\n" + BRIEFING
    doc = nlp(text)
    index = index_actors(doc, dictionary=ActorDictionary.builtin())
    article = Article(id="brief-1", source_id="test", text=text, chars=len(text))
    quotes = [q for q in attribute_quotes(article, doc, index=index) if q.cue == ":"]
    assert [q.text for q in quotes] == [
        "Good afternoon, everyone.",
        "I don't have a call to preview.\nOur focus remains on diplomacy.",
    ]
    for q in quotes:
        assert q.kind == "direct" and q.speaker is not None
        assert q.speaker.name == "Jen Psaki" and q.speaker.text == "MS. PSAKI"
        assert text[q.cue_start:q.cue_end] == ":"
