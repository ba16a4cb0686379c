"""tidings.outlets: outlets an article cites, and the outlet it credits."""

from __future__ import annotations

import pytest

from tidings.outlets import canonical_outlet, find_cited_outlets, find_source_outlet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RT reports that the convoy crossed the border.", ("RT",)),
        ("The talks failed, as TASS reported on Friday.", ("TASS",)),
        ("Troops moved overnight, according to RIA Novosti.", ("RIA Novosti",)),
        ("A senior official told Reuters the plan was dead.", ("Reuters",)),
        ("Interfax said the meeting had ended.", ("Interfax",)),
        ("The deal is off, says the BBC.", ("BBC",)),
        ("Documents seen by Reuters show the plan.", ("Reuters",)),
        ("NBC alleged that the rules had been broken.", ("NBC News",)),
        ("The Kremlin's Sputnik news agency reported ten casualties.", ("Sputnik",)),
        ("Ten died, according to the Kremlin's Sputnik news agency.", ("Sputnik",)),
        ("Itar-Tass quoted the commander as saying the drills were over.", ("TASS",)),
        ("He said in an interview with the Financial Times that he was ready.",
         ("Financial Times",)),
        ("According to the Russian state-run RIA Novosti news agency, the deal is off.",
         ("RIA Novosti",)),
        # Unknown outlets through the generic "according to the X newspaper" patterns.
        ("The plan was leaked, according to the Kommersant daily.", ("Kommersant",)),
        ("Talks stalled, according to the Lviv Herald newspaper.", ("Lviv Herald",)),
        ("According to the Russian newspaper Novye Izvestia, the talks stalled.",
         ("Novye Izvestia",)),
        ("The independent newspaper Gazeta Wyborcza reported that troops moved.",
         ("Gazeta Wyborcza",)),
        # Order of first appearance, de-duplicated, canonical names.
        ("RT said the talks failed. TASS reports the same. Russia Today reported it again.",
         ("RT", "TASS")),
        # Mentions without a citing context are not citations.
        ("Russia blocked the BBC and restricted Facebook.", ()),
        ("He told reporters that AP photographers had been expelled.", ()),
        ("APEC leaders met in Auckland.", ()),
        ("The findings came from the International Atomic Energy Agency.", ()),
        ("No outlet is mentioned here.", ()),
    ],
)
def test_outlets_find_cited_outlets(text: str, expected: tuple[str, ...]) -> None:
    assert find_cited_outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, Dec 17 (Reuters) - Russia said it would respond.", "Reuters"),
        ("KYIV, Ukraine (AP) — Officials said.", "Associated Press"),
        ("MOSCOW, December 17. /TASS/. The Kremlin said it would respond.", "TASS"),
        ("The Kremlin said it would respond.\n\nSource: Reuters", "Reuters"),
        ("The Kremlin said it would respond.\n\nSource - TASS news agency", "TASS"),
        ("The Kremlin said it would respond.\n\nSOURCE: Lviv Herald.", "Lviv Herald"),
        # A footer that is a sentence, not a name, is not credited.
        ("Body.\n\nSource: officials in the ministry who spoke on condition of anonymity "
         "about the talks.", None),
        ("The Kremlin said it would respond.", None),
    ],
)
def test_outlets_find_source_outlet(text: str, expected: str | None) -> None:
    assert find_source_outlet(text) == expected


@pytest.mark.parametrize(
    ("alias", "expected"),
    [("Itar-Tass", "TASS"), ("Russia Today", "RT"), ("reuters", "Reuters"), ("Nobody", None)],
)
def test_outlets_canonical_outlet(alias: str, expected: str | None) -> None:
    assert canonical_outlet(alias) == expected
