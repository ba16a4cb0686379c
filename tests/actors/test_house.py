"""House titles: a bare "the President" in a head of state's own release is that president."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.model import Article
from tidings.outlets import house_country
from tidings.pipeline import analyse


@pytest.mark.parametrize(
    ("url", "outlet", "country"),
    [
        ("https://www.whitehouse.gov/briefing-room/2022/02/14/x/", None, "USA"),
        ("https://bidenwhitehouse.archives.gov/briefing-room/x/", None, "USA"),
        ("http://en.kremlin.ru/events/president/news/67828", None, "RUS"),
        (None, "president.gov.ua", "UKR"),
        ("https://news.example.com/whitehouse.gov/story", None, None),  # a path is no host
        ("https://www.notwhitehouse.gov/x", None, None),  # a longer name is another site
        (None, None, None),
    ],
)
def test_house_country_from_url_or_outlet(
    url: str | None, outlet: str | None, country: str | None
) -> None:
    assert house_country(url, outlet) == country


BRIEFING = (
    "Q Putin has massed more than 100,000 troops on the border. Does the President plan "
    "to speak with him?\n\nMS. PSAKI: The President will meet with the German Chancellor "
    "this afternoon."
)


def _analysed(nlp: Any, url: str | None, text: str, published: str) -> Any:
    """The pipeline's result for ``text`` published at ``url`` on the day ``published``."""
    article = Article(id="a", source_id="t", url=url, published=published, text=text)
    return analyse(article, nlp(text), dictionary=ActorDictionary.builtin())


def _meeting_source(nlp: Any, url: str) -> str:
    result = _analysed(nlp, url, BRIEFING, "2022-02-14")
    meetings = [e for e in result.events if e.target is not None and e.target.name == "Olaf Scholz"]
    assert meetings, result.events
    return meetings[0].source.name


@pytest.mark.model
def test_bare_title_in_a_white_house_briefing_is_the_us_president(nlp: Any) -> None:
    """After a question about Putin, "The President" of a White House briefing is still
    Biden (salience alone would take Putin, the president named last)."""
    assert _meeting_source(nlp, "https://www.whitehouse.gov/briefing-room/x/") == "Joe Biden"


UA = "https://www.president.gov.ua/en/news/x"
NEWS = "https://news.example.com/x"


@pytest.mark.model
@pytest.mark.parametrize(
    ("url", "text", "code", "ours"),
    [
        # in the president's own release "our" soldiers are that country's
        (UA, "Our soldiers shot down three enemy helicopters on Sunday.", "UKRMIL", True),
        # elsewhere a writer's "our" names no country
        (NEWS, "Our soldiers shot down three enemy helicopters on Sunday.", "UKRMIL", False),
        # "our" heads the whole list
        (UA, "Our doctors, nurses and engineers came to the aid of Moldova.", "UKRHLH", True),
    ],
)
def test_our_sector_in_a_house_release_is_the_house_country(
    nlp: Any, url: str, text: str, code: str, ours: bool
) -> None:
    result = _analysed(nlp, url, text, "2022-03-14")
    assert (code in {e.source.code for e in result.events}) is ours, result.events


@pytest.mark.model
@pytest.mark.parametrize(
    ("url", "text", "ours"),
    [
        # in the president's own release "our" land is that country
        (UA, "Belarusian artillery is shelling our border villages.", True),
        (UA, "Belarus attacked our peaceful country at dawn.", True),
        # elsewhere it names none
        (NEWS, "Belarus attacked our peaceful country at dawn.", False),
        # the house acting on its own land is no dyad
        (UA, "Our government supports our cities.", False),
    ],
)
def test_our_land_in_a_house_release_is_the_house_country(
    nlp: Any, url: str, text: str, ours: bool
) -> None:
    result = _analysed(nlp, url, text, "2022-03-14")
    targets = {e.target.code for e in result.events if e.target is not None}
    assert ("UKR" in targets) is ours, result.events


@pytest.mark.model
def test_the_country_after_our_country_is_the_one_named(nlp: Any) -> None:
    """ "the country" refers to the country named before it, not to the speaker's own."""
    text = (
        "The President said Japan was a friend of our country and praised the "
        "country's steady support."
    )
    result = _analysed(nlp, UA, text, "2022-03-14")
    praise = {(e.source.code, e.target.code if e.target else None)
              for e in result.events if e.cameo == "051"}
    assert praise == {("UKRGOV", "JPN")}, result.events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Deputy National Security Advisor Jonah Peel travelled to Qatar.",
        "Deputy National Security Advisor Jonah Peel will travel to Qatar.",
    ],
)
def test_a_deputy_title_in_a_house_release_is_the_house_not_the_holder(
    nlp: Any, text: str
) -> None:
    """ "Deputy National Security Advisor" is another office than the National Security
    Advisor: the house's government, not the holder of the office named after "Deputy"."""
    url = "https://www.whitehouse.gov/briefing-room/2022/02/14/x/"
    result = _analysed(nlp, url, text, "2022-02-14")
    visits = [e for e in result.events if e.cameo == "042"]
    assert visits and all(e.source.country == "USA" for e in visits), result.events
    assert all(e.source.name != "Jake Sullivan" for e in visits), result.events


KREMLIN = "http://en.kremlin.ru/events/president/news/x"


@pytest.mark.model
@pytest.mark.parametrize(
    ("url", "text", "un"),
    [
        # in the Kremlin's own release a bare "Security Council" is Russia's own body
        (KREMLIN, "Putin met the members of the Security Council.", False),
        # a UN qualifier keeps the UN's, and elsewhere the bare name is the UN's
        (KREMLIN, "Putin met the members of the UN Security Council.", True),
        (NEWS, "Putin met the members of the Security Council.", True),
    ],
)
def test_a_house_body_named_like_a_un_organ_is_the_house(
    nlp: Any, url: str, text: str, un: bool
) -> None:
    result = _analysed(nlp, url, text, "2022-02-14")
    met = {e.target.code for e in result.events if e.target is not None and e.cameo == "040"}
    assert ("IGOUNO" in met) is un, result.events


WH = "https://www.whitehouse.gov/briefing-room/statements-releases/x/"


@pytest.mark.model
@pytest.mark.parametrize(
    ("url", "text", "code"),
    [
        # a bare chamber the house's country has is its own
        (WH, "Biden urged Congress to pass the aid package for Ukraine.", "USALEG"),
        (WH, "Biden asked the Senate to confirm the ambassador to Kenya.", "USALEG"),
        # not in another country's release, nor in the news
        (UA, "Biden urged Congress to pass the aid package for Ukraine.", "---LEG"),
        (NEWS, "Biden urged Congress to pass the aid package for Ukraine.", "---LEG"),
    ],
)
def test_a_bare_chamber_in_a_house_release_is_the_houses(
    nlp: Any, url: str, text: str, code: str
) -> None:
    result = _analysed(nlp, url, text, "2022-03-14")
    targets = {e.target.code for e in result.events if e.target is not None}
    assert code in targets, result.events
