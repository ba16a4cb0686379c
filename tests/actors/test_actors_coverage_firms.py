"""Firms, news organisations and world regions that political news names as actors: a
company is its country's business sector (RUSBUS), an outlet its country's media (RUSMED), a
region CAMEO's regional code (WST, MEA), and none of their names swallows an ordinary word,
a product or a longer name."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors
from tidings.events import code_sentence

pytestmark = pytest.mark.model

ON = date(2022, 3, 10)


def _codes(nlp: Any, actors: ActorDictionary, text: str) -> list[tuple[str, str]]:
    index = index_actors(nlp(text), dictionary=actors, on=ON)
    return [(m.text, m.code) for m in index.mentions]


def _events(nlp: Any, actors: ActorDictionary, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code if e.target else "", e.cameo)
            for e in code_sentence(text, nlp=nlp, dictionary=actors, on=ON)}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Gazprom halted gas exports to Bulgaria on Wednesday.", "Gazprom", "RUSBUS"),
        ("Washington sanctioned Sberbank and VTB over the invasion.", "Sberbank", "RUSBUS"),
        ("Washington sanctioned Sberbank and VTB over the invasion.", "VTB", "RUSBUS"),
        ("Naftogaz said it would sue the Russian company.", "Naftogaz", "UKRBUS"),
        ("Berlin froze the assets of Nord Stream 2 AG.", "Nord Stream 2 AG", "RUSBUS"),
        ("Britain barred Huawei from its 5G network.", "Huawei", "CHNBUS"),
        ("The regulator fined ZTE for breaking export rules.", "ZTE", "CHNBUS"),
        ("Rosatom staff arrived at the nuclear plant.", "Rosatom", "RUSBUS"),
        ("Mali hired the Wagner mercenary group.", "the Wagner mercenary group", "RUSUAF"),
        ("Kyiv captured a Wagner mercenary near Bakhmut.", "Wagner mercenary", "RUSUAF"),
        ("The European Union banned RT from its airwaves.", "RT", "RUSMED"),
        ("Moscow blocked Deutsche Welle and Radio Free Europe.", "Deutsche Welle", "DEUMED"),
        ("Moscow blocked Deutsche Welle and Radio Free Europe.", "Radio Free Europe", "USAMED"),
        ("Israel shut the offices of Al Jazeera in Jerusalem.", "Al Jazeera", "QATMED"),
        ("Beijing praised Xinhua for its coverage.", "Xinhua", "CHNMED"),
        ("Western countries froze the central bank's reserves.", "Western countries", "WST"),
        ("Kyiv urged its Western allies to send jets.", "Western allies", "WST"),
        ("Western officials briefed reporters in Vienna.", "Western officials", "WST"),
        ("Kyiv thanked its Western partners for the jets.", "Western partners", "WST"),
        ("European leaders gathered in Prague on Friday.", "European leaders", "EUR"),
        ("Iran courted the Gulf states with a new offer.", "the Gulf states", "PGS"),
        ("The envoy toured the Middle East last week.", "the Middle East", "MEA"),
        ("Russia deepened ties with Central Asia.", "Central Asia", "CAS"),
        ("France pulled its troops out of West Africa.", "West Africa", "WAF"),
        ("Sweden and Finland lead the Nordic countries in defence spending.",
         "the Nordic countries", "SCN"),
        ("NATO sent jets to Eastern Europe.", "Eastern Europe", "EEU"),
        ("Europe will join the embargo on Iranian oil.", "Europe", "EUR"),
    ],
)
def test_actors_coverage_firms_names_resolve(nlp: Any, actors: ActorDictionary, text: str,
                                             mention: str, code: str) -> None:
    assert (mention, code) in _codes(nlp, actors, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the vaccine is no news agency; the pipeline alone is no company
        ("Hungary approved the Sputnik V vaccine.", "Sputnik"),
        ("Germany halted certification of the Nord Stream 2 pipeline.", "Nord Stream"),
        # an acronym matches only in capitals; a composer is no mercenary
        ("The rt value of the sample was low.", "rt"),
        ("The orchestra played Wagner in Bayreuth.", "Wagner"),
        # the longer name wins over the region inside it
        ("South Africa recalled its ambassador.", "South Africa"),
        ("Protesters marched through Hebron in the West Bank.", "West Bank"),
        ("The North Caucasus republic held elections.", "North Caucasus"),
    ],
)
def test_actors_coverage_firms_other_words_stay_other(nlp: Any, actors: ActorDictionary,
                                                      text: str, word: str) -> None:
    codes = dict(_codes(nlp, actors, text))
    found = {code for mention, code in codes.items() if word in mention}
    assert not found & {"RUSMED", "RUSBUS", "RUSUAF", "AFR", "WST", "CAU"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Gazprom cut off gas supplies to Poland.", ("RUSBUS", "POL", "162")),
        ("The European Union suspended RT and the Sputnik news agency.",
         ("IGOEUREEC", "RUSMED", "160")),
        ("Western countries imposed sanctions on Russia.", ("WST", "RUS", "163")),
        ("Putin accused Western powers of ignoring Russian demands.", ("RUSGOV", "WST", "112")),
    ],
)
def test_actors_coverage_firms_events_between_new_actors(nlp: Any, actors: ActorDictionary,
                                                         text: str,
                                                         event: tuple[str, str, str]) -> None:
    assert event in _events(nlp, actors, text)


def test_actors_coverage_firms_credited_outlet_stays_attribution(
        nlp: Any, actors: ActorDictionary) -> None:
    # "..., TASS reported": the agency is the source of the news, not a party to it
    events = _events(nlp, actors, "Russian forces shelled Kharkiv overnight, TASS reported.")
    assert events and all("RUSMED" not in (s, t) for s, t, _ in events)
