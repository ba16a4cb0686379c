"""Quote attribution on short wire-style passages with the real pipeline and actor index."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.model import Article, Quote
from tidings.outlets import find_cited_outlets
from tidings.quotes import attribute_quotes

pytestmark = pytest.mark.model

WIRE = """MOSCOW, March 3 - Russian President Vladimir Putin met his Security Council on Thursday.

“The sanctions are illegal,” said Foreign Minister Sergei Lavrov after the meeting.

Lavrov later told reporters that Moscow would respond to any new restrictions.

“We will respond,” he said, “and firmly.”

The Russian leader said on television: “We did not start this.

“We will finish it on our terms.”

Kremlin spokesman Dmitry Peskov called the Western measures “economic banditry” on a call.

Peskov said Russia was ready for talks, TASS reports.

The talks in Minsk ended without agreement.

“There is no trust left.”
"""

VOXPOP = """Olena Kovalenko teaches at a school in Kharkiv that lost its windows last week.

“We are cold and we are tired,” she said on Friday.

“Nobody asked us,” said Andriy Melnyk, a retired engineer who lives nearby.
"""


def _attribute(nlp: Any, text: str) -> list[Quote]:
    from tidings.actors import ActorDictionary, index_actors

    doc = nlp(text)
    index = index_actors(doc, dictionary=ActorDictionary.builtin(), on=date(2022, 3, 3))
    article = Article(id="wire-1", source_id="test", text=text, chars=len(text),
                      cited_outlets=find_cited_outlets(text))
    return attribute_quotes(article, doc, index=index)


@pytest.fixture(scope="module")
def wire(nlp: Any) -> dict[str, Quote]:
    return {q.text: q for q in _attribute(nlp, WIRE)}


# quote text -> (kind, cue, speaker name or None, speaker code or None, relayed_by)
WIRE_CASES = [
    ("The sanctions are illegal", "direct", "said", "Sergei Lavrov", "RUSGOV", ()),  # inverted
    ("Moscow would respond to any new restrictions", "indirect", "told", "Sergei Lavrov",
     "RUSGOV", ()),
    ("We will respond ... and firmly.", "direct", "said", "Sergei Lavrov", "RUSGOV", ()),  # "he"
    ("We did not start this.\nWe will finish it on our terms.", "direct", "said",
     "Vladimir Putin", "RUSGOV", ()),  # multi-paragraph, "the Russian leader"
    ("economic banditry", "partial", "called", "Dmitry Peskov", "RUSGOV", ()),
    ("Russia was ready for talks", "indirect", "said", "Dmitry Peskov", "RUSGOV", ("TASS",)),
    ("There is no trust left.", "direct", None, None, None, ()),  # no cue, narration before
]


@pytest.mark.parametrize(("text", "kind", "cue", "name", "code", "relayed"), WIRE_CASES)
def test_attribute_wire_passage(wire: dict[str, Quote], text: str, kind: str, cue: str | None,
                                name: str | None, code: str | None,
                                relayed: tuple[str, ...]) -> None:
    q = wire[text]
    assert (q.kind, q.cue, q.relayed_by) == (kind, cue, relayed)
    if name is None:
        assert q.speaker is None
    else:
        assert q.speaker is not None
        assert (q.speaker.name, q.speaker.code) == (name, code)


def test_attribute_wire_passage_finds_nothing_else(wire: dict[str, Quote]) -> None:
    assert sorted(wire) == sorted(case[0] for case in WIRE_CASES)


def test_attribute_wire_offsets_and_pronoun_mention(wire: dict[str, Quote]) -> None:
    split = wire["We will respond ... and firmly."]
    assert WIRE[split.start:split.end].startswith("We will respond,” he said, “and firmly")
    assert split.speaker is not None and split.speaker.text == "he"
    assert split.cue_start is not None and WIRE[split.cue_start:split.cue_end] == "said"


def test_attribute_unknown_people_keep_their_names(nlp: Any) -> None:
    quotes = {q.text: q for q in _attribute(nlp, VOXPOP)}
    cold = quotes["We are cold and we are tired"]
    nobody = quotes["Nobody asked us"]
    assert cold.speaker is not None and nobody.speaker is not None
    # Not in the dictionary: the name as written, code "" (unknown), kind person.
    assert (cold.speaker.name, cold.speaker.code, cold.speaker.kind) == (
        "Olena Kovalenko", "", "person")
    assert cold.speaker.text == "she"
    assert (nobody.speaker.name, nobody.speaker.code) == ("Andriy Melnyk", "")


BRITISH = """LONDON, Feb 10 - British Foreign Secretary Liz Truss met Sergei Lavrov in Moscow.

‘Russia must withdraw its troops,’ she said, ‘and it must do so now.’

"We are not going to be lectured," Lavrov said. He added: "Our patience is not endless."

The remarks were carried live, as the British delegation left the building, RT reported.

The British Prime Minister said Britain would not be intimidated.
"""

BRITISH_CASES = [
    # single curly marks, split around the cue, pronoun speaker
    ("Russia must withdraw its troops ... and it must do so now.", "direct", "said",
     "Liz Truss", "GBRGOV"),
    ("We are not going to be lectured", "direct", "said", "Sergei Lavrov", "RUSGOV"),
    ("Our patience is not endless.", "direct", "added", "Sergei Lavrov", "RUSGOV"),
    ("Britain would not be intimidated", "indirect", "said", "Boris Johnson", "GBRGOV"),
]


@pytest.fixture(scope="module")
def british(nlp: Any) -> dict[str, Quote]:
    return {q.text: q for q in _attribute(nlp, BRITISH)}


@pytest.mark.parametrize(("text", "kind", "cue", "name", "code"), BRITISH_CASES)
def test_attribute_british_passage(british: dict[str, Quote], text: str, kind: str, cue: str,
                                   name: str, code: str) -> None:
    q = british[text]
    assert (q.kind, q.cue) == (kind, cue)
    assert q.speaker is not None and (q.speaker.name, q.speaker.code) == (name, code)


def test_attribute_outlet_as_source_is_media_and_relays(british: dict[str, Quote]) -> None:
    [q] = [q for q in british.values() if q.cue == "reported"]
    assert q.kind == "indirect" and q.relayed_by == ("RT",)
    assert q.speaker is not None and (q.speaker.name, q.speaker.sector) == ("RT", "MED")


RELAYED = """BEIJING, Feb 4 (Tidings Wire) - Russia and China declared that their ties had no end.

“That is not a serious proposal,” Stoltenberg said, RT reports.
"""


def test_attribute_near_cue_beats_outlet_and_dateline_is_no_speaker(nlp: Any) -> None:
    quotes = {q.kind: q for q in _attribute(nlp, RELAYED)}
    direct, indirect = quotes["direct"], quotes["indirect"]
    assert direct.cue == "said" and direct.relayed_by == ("RT",)
    assert direct.speaker is not None and direct.speaker.name == "Jens Stoltenberg"
    assert indirect.text == "their ties had no end"
    assert indirect.speaker is not None and indirect.speaker.country == "RUS"


QUOTED_BY = """ANKARA, May 5 - Turkey said talks would resume next week.

“We stand ready to host both delegations,” Anadolu quoted Erdogan as saying.

The agency quoted the Turkish president as saying: “Both sides trust us.”

“Nothing is agreed,” Kalin was quoted by Anadolu as saying.
"""


def test_attribute_the_one_an_outlet_quotes_is_the_speaker(nlp: Any) -> None:
    # "Anadolu quoted Erdogan as saying": Erdogan speaks, the outlet relays
    quotes = {q.text: q for q in _attribute(nlp, QUOTED_BY)}
    for text in ("We stand ready to host both delegations", "Both sides trust us."):
        q = quotes[text]
        assert q.speaker is not None and q.speaker.code == "TURGOV", text
    q = quotes["Nothing is agreed"]
    assert q.speaker is not None and q.speaker.sector != "MED"


RELAYS = (
    'Lavrov said the meeting was "useful and frank", TASS reported. '
    'Kuleba told Reuters: "Nothing has moved at the front."\n'
)


def test_attribute_relays_by_sentence_and_relaying_verb(nlp: Any) -> None:
    # a quote relayed by an outlet after it ("..., TASS reported") is the speaker's, and
    # each quote is relayed by the outlet its own sentence names, not by every one in the
    # paragraph
    got = {q.text: q for q in _attribute(nlp, RELAYS)}
    said = got['the meeting was "useful and frank"']
    told = got["Nothing has moved at the front."]
    assert said.speaker is not None and said.speaker.name == "Sergei Lavrov"
    assert (said.cue, said.relayed_by) == ("said", ("TASS",))
    assert told.relayed_by == ("Reuters",)


def test_hard_wrapped_text_keeps_its_offsets(nlp: Any) -> None:
    # the tokenizer reads the wrapped line's break as a space; the quotes still point into
    # the article's own text
    text = ("“The new restrictions imposed on Moscow this week are illegal and Russia will\n"
            "respond to them,” Foreign Minister Sergei Lavrov said on Thursday.")
    quotes = _attribute(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and all(q.speaker is not None and q.speaker.name == "Sergei Lavrov"
                          for q in direct), quotes
    assert all(text[q.start:q.end] == q.text for q in direct)
