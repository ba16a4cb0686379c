"""First person in attributed speech: "I", "we" and "our" inside a quote are its speaker.

The texts are written for these tests; none is taken from a corpus or a gold file.
"""

from __future__ import annotations

from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.model import Article
from tidings.pipeline import analyse

pytestmark = pytest.mark.model


def _events(nlp: Any, text: str, published: str = "2022-02-14", url: str | None = None) -> Any:
    article = Article(id="a", source_id="t", url=url, published=published, text=text)
    return analyse(article, nlp(text), dictionary=ActorDictionary.builtin()).events


def _rows(nlp: Any, text: str, **kw: Any) -> set[tuple[str, str | None, str, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.source.via)
            for e in _events(nlp, text, **kw)}


def test_first_person_of_a_direct_quote_is_its_speaker(nlp: Any) -> None:
    text = ('Lithuania\'s foreign minister spoke on Monday.\n\n"We will expel the Belarusian '
            'ambassador if Minsk keeps the border closed," Gabrielius Landsbergis said.\n\n'
            '"I met the Polish president last week," he added.')
    rows = _rows(nlp, text)
    assert ("LTUGOV", "POLGOV", "040", "speaker") in rows, rows
    assert any(r[0] == "LTUGOV" and r[1] is not None and r[1].startswith("BLR")
               and r[2].startswith("13") and r[3] == "speaker" for r in rows), rows


def test_our_forces_in_a_quote_are_the_speakers_country(nlp: Any) -> None:
    text = ('"Our troops shelled the rebel positions near the border," said Armenian Prime '
            'Minister Nikol Pashinyan.')
    sources = {e.source.code for e in _events(nlp, text, published="2021-11-17")}
    assert "ARMMIL" in sources, sources


@pytest.mark.parametrize(
    "text",
    [
        # reported speech: "we" is the writer's side, not the speaker's
        "Landsbergis said that we should talk to Poland about the border.",
        # a quote that names its speaker in the third person is more likely misattributed
        ('"Landsbergis is a friend. We met Poland\'s president yesterday," said Landsbergis.'),
        # a quote with no known speaker
        '"We met Poland\'s president yesterday," one of them said.',
    ],
)
def test_first_person_left_alone(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e.source.via == "speaker"], events


@pytest.mark.parametrize(
    "text",
    [
        '"Our partners support Ukraine," said Ukrainian President Volodymyr Zelensky.',
        "Zelensky's partners support Ukraine.",
    ],
)
def test_partners_are_not_the_speaker(nlp: Any, text: str) -> None:
    """ "our partners" are the speaker's partners, as "Putin's allies" are not Putin."""
    events = _events(nlp, text, published="2022-03-10")
    assert not [e for e in events if e.source.code == "UKRGOV"], events


UA = "https://www.president.gov.ua/en/news/x"
ADDRESS = ("I am grateful to Ireland for its support. We call on the European Union to impose "
           "new sanctions on Russia.")


def _address_sources(nlp: Any, title: str, url: str | None) -> set[tuple[str, str]]:
    """(code, via) of the sources of ``ADDRESS`` published under ``title`` at ``url``."""
    article = Article(id="a", source_id="t", url=url, published="2022-04-06", text=ADDRESS,
                      title=title)
    events = analyse(article, nlp(ADDRESS), dictionary=ActorDictionary.builtin()).events
    return {(e.source.code, e.source.via) for e in events}


@pytest.mark.parametrize(
    ("title", "url", "code"),
    [
        ("Address by the President of Ukraine to the Parliament of Ireland", UA, "UKRGOV"),
        ("Statement from President Joe Biden on Sanctions",
         "https://www.whitehouse.gov/briefing-room/statements-releases/x/", "USAGOV"),
    ],
)
def test_a_head_of_states_own_address_speaks_in_the_first_person(
    nlp: Any, title: str, url: str, code: str
) -> None:
    assert (code, "speaker") in _address_sources(nlp, title, url)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # an address by someone else than the president
        ("Speech by the Head of the Office of the President to the Parliament of Ireland", UA),
        # a release that is no address
        ("The President held a meeting with the Government", UA),
        # an address title on a site that is no head of state's
        ("Address by the President of Ukraine to the Parliament of Ireland",
         "https://news.example.com/x"),
    ],
)
def test_first_person_outside_quotes_stays_unknown_elsewhere(
    nlp: Any, title: str, url: str
) -> None:
    assert not {s for s in _address_sources(nlp, title, url) if s[1] == "speaker"}


CALL = (
    "MODERATOR: Thank you all for joining this call.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: Thanks. We will impose severe sanctions on Russia if it "
    "invades Ukraine.\n\n"
    "Q Will you send troops?\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: We have no plans to send troops."
)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        # a countryless official labelling a turn of the White House's own transcript
        ("https://www.whitehouse.gov/briefing-room/press-briefings/x/", "USAGOV"),
        # ... of no country anywhere else
        ("https://news.example.com/x", "---GOV"),
    ],
)
def test_an_official_labelling_a_house_transcript_is_the_houses(
    nlp: Any, url: str, code: str
) -> None:
    article = Article(id="a", source_id="t", url=url, published="2022-02-14", text=CALL)
    result = analyse(article, nlp(CALL), dictionary=ActorDictionary.builtin())
    speakers = {q.speaker.code for q in result.quotes if q.speaker is not None}
    assert code in speakers, result.quotes
    threats = {(e.source.code, e.target.code if e.target else None) for e in result.events
               if e.cameo.startswith("13")}
    assert (code, "RUS") in threats, result.events
