"""Political parties: CAMEO codes a governing party GOV and an opposition one OPP, so a named
party is its country + GOV while it holds the national government and + OPP otherwise (dated
rows in actors_groups.yaml); its leader is the party, its legislators the legislature while
it governs and the opposition while it does not; a name another country's party also bears
is that country's, and a name no country owns alone is no actor."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors
from tidings.events import code_sentence


def _assert_code(actors: ActorDictionary, phrase: str, on: date, code: str) -> None:
    actor = actors.lookup(phrase, on=on)
    assert actor is not None, phrase
    assert actor.code == code


@pytest.mark.parametrize(
    ("phrase", "on", "code"),
    [
        # United Kingdom: Labour took office on 5 July 2024
        ("Labour", date(2022, 3, 1), "GBROPP"),
        ("Labour", date(2025, 3, 1), "GBRGOV"),
        ("the Labour Party", date(2008, 6, 1), "GBRGOV"),
        ("the Conservative Party", date(2022, 3, 1), "GBRGOV"),
        ("the Tories", date(2024, 9, 1), "GBROPP"),
        ("the Liberal Democrats", date(2012, 1, 1), "GBRGOV"),  # Cameron's coalition
        ("the Liberal Democrats", date(2020, 1, 1), "GBROPP"),
        ("Liberal Democrat", date(2005, 1, 1), "GBROPP"),  # as a modifier: no US Democrat
        ("the SNP", date(2022, 3, 1), "GBROPP"),  # governs Scotland, never the UK
        # United States: the presidency decides for the party as a whole
        ("the GOP", date(2022, 3, 1), "USAOPP"),
        ("the GOP", date(2019, 3, 1), "USAGOV"),
        ("Republicans", date(2025, 6, 1), "USAGOV"),
        ("Democrats", date(2022, 3, 1), "USAGOV"),
        ("the DNC", date(2018, 3, 1), "USAOPP"),
        ("the RNC", date(2022, 3, 1), "USAOPP"),
        # Germany: the traffic-light coalition from 8 Dec 2021, Merz from 6 May 2025
        ("the SPD", date(2011, 1, 1), "DEUOPP"),
        ("the SPD", date(2022, 3, 1), "DEUGOV"),
        ("the CDU", date(2019, 3, 1), "DEUGOV"),
        ("the CDU", date(2022, 3, 1), "DEUOPP"),
        ("the CDU", date(2025, 6, 1), "DEUGOV"),
        ("the FDP", date(2023, 3, 1), "DEUGOV"),
        ("the FDP", date(2025, 1, 1), "DEUOPP"),  # out since Lindner's dismissal
        ("Alliance 90/The Greens", date(2023, 3, 1), "DEUGOV"),
        ("the AfD", date(2023, 3, 1), "DEUOPP"),
        # elsewhere
        ("La République En Marche", date(2019, 3, 1), "FRAGOV"),
        ("the National Rally", date(2022, 3, 1), "FRAOPP"),
        ("United Russia", date(2022, 3, 1), "RUSGOV"),
        ("the Servant of the People party", date(2021, 3, 1), "UKRGOV"),
        ("Law and Justice", date(2020, 3, 1), "POLGOV"),
        ("Law and Justice", date(2024, 3, 1), "POLOPP"),
        ("Civic Platform", date(2024, 3, 1), "POLGOV"),
        ("Fidesz", date(2020, 3, 1), "HUNGOV"),
        ("the AKP", date(2020, 3, 1), "TURGOV"),
        ("the Republican People's Party", date(2020, 3, 1), "TUROPP"),
        ("the BJP", date(2010, 3, 1), "INDOPP"),
        ("the BJP", date(2020, 3, 1), "INDGOV"),
        ("the Congress Party", date(2010, 3, 1), "INDGOV"),
        ("Likud", date(2022, 3, 1), "ISROPP"),  # the Bennett-Lapid government
        ("Likud", date(2023, 3, 1), "ISRGOV"),
        ("the Liberal Democratic Party", date(2010, 3, 1), "JPNOPP"),
        ("the LDP", date(2020, 3, 1), "JPNGOV"),
        ("the ANC", date(2022, 3, 1), "ZAFGOV"),
        ("the Chinese Communist Party", date(2022, 3, 1), "CHNGOV"),
        ("the CCP", date(2022, 3, 1), "CHNGOV"),
    ],
)
def test_parties_code_by_tenure(actors: ActorDictionary, phrase: str, on: date,
                                code: str) -> None:
    _assert_code(actors, phrase, on, code)


@pytest.mark.parametrize(
    ("phrase", "on", "code"),
    [
        # a party's leader holds no national office: the party itself, no office-holder
        ("the Labour leader", date(2022, 3, 1), "GBROPP"),
        ("the Labour leader", date(2025, 3, 1), "GBRGOV"),
        # legislators: the legislature while the party governs, as "British MPs" are ...
        ("Tory MPs", date(2022, 3, 1), "GBRLEG"),
        ("the Democratic senators", date(2022, 3, 1), "USALEG"),
        # ... the opposition while it does not (Phoenix OPPOSITION_MP/SENATOR ~OPP)
        ("Tory MPs", date(2025, 3, 1), "GBROPP"),
        ("Labour MPs", date(2022, 3, 1), "GBROPP"),
        ("Republican senators", date(2022, 3, 1), "USAOPP"),
        # a party's members of a chamber, named by the chamber
        ("Senate Democrats", date(2022, 3, 1), "USALEG"),
        ("House Democrats", date(2019, 3, 1), "USAOPP"),
        # people of another sector are that sector of the party's country
        ("Republican voters", date(2022, 3, 1), "USACVL"),
    ],
)
def test_parties_with_role_nouns(actors: ActorDictionary, phrase: str, on: date,
                                 code: str) -> None:
    _assert_code(actors, phrase, on, code)


def _events(nlp: Any, text: str, on: date) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of every event coded in ``text``."""
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=on)
    return {(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo) for e in events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("The Labour leader accused Boris Johnson of misleading parliament.",
         date(2022, 3, 1), ("GBROPP", "GBRGOV", "112")),
        ("Labour accused the Conservatives of hypocrisy.", date(2022, 3, 1),
         ("GBROPP", "GBRGOV", "112")),
        ("Labour accused the Conservatives of hypocrisy.", date(2025, 3, 1),
         ("GBRGOV", "GBROPP", "112")),
        ("Republican senators criticised Joe Biden.", date(2022, 3, 1),
         ("USAOPP", "USAGOV", "111")),
        ("The Chinese Communist Party accused Washington of meddling.", date(2022, 3, 1),
         ("CHNGOV", "USAGOV", "1123")),
        # a party's leader after a head of government is not that head of government
        ("Boris Johnson spoke first in the debate. The Labour leader then accused Boris "
         "Johnson of breaking his word.", date(2022, 3, 1), ("GBROPP", "GBRGOV", "112")),
    ],
)
def test_parties_act_in_events(nlp: Any, text: str, on: date,
                               expected: tuple[str, str, str]) -> None:
    assert expected in _events(nlp, text, on)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "on", "codes"),
    [
        # a common phrase that begins with a party's name is no party
        ("Labour shortages worry the Conservative Party, Labour said.", date(2022, 3, 1),
         ["GBRGOV", "GBROPP"]),
        # "Conservative" opening a sentence is the ordinary adjective
        ("Conservative commentators attacked the Tories.", date(2022, 3, 1), ["GBRGOV"]),
        # a first name inside a person's name
        ("Tory Lanez mocked the Tories on Tuesday.", date(2022, 3, 1), ["GBRGOV"]),
        # bare "Greens" and "Social Democrats" are several countries' parties
        ("The Greens and the SPD criticised Russia.", date(2022, 3, 1), ["DEUGOV", "RUS"]),
        ("Germany's Social Democrats and the CDU criticised Russia.", date(2022, 3, 1),
         ["DEU", "DEUOPP", "RUS"]),
        # another country's namesake of a party the dictionary knows is that country's
        ("Canada's Conservatives attacked Labour.", date(2022, 3, 1), ["CAN", "GBROPP"]),
        ("South Korea's ruling Democratic Party criticised the Democrats.", date(2022, 3, 1),
         ["KOR", "USAGOV"]),
        ("The Sweden Democrats criticised the Democrats.", date(2021, 6, 1),
         ["SWEOPP", "USAGOV"]),
        # "Democratic" and "Republican" before another name or opening a sentence
        ("Democratic values matter, the Democrats said.", date(2022, 3, 1), ["USAGOV"]),
        ("Republicans said Iraq's Republican Guard had been rebuilt.", date(2002, 10, 1),
         ["USAGOV", "IRQ"]),
    ],
)
def test_parties_other_senses_stay_uncoded(nlp: Any, actors: ActorDictionary, text: str,
                                           on: date, codes: list[str]) -> None:
    index = index_actors(nlp(text), dictionary=actors, on=on)
    assert [m.code for m in index.mentions] == codes
