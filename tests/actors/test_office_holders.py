"""Office holders in the built-in actor data (actors_people.yaml): the coverage contract.

For the 60 most-covered countries the data must name, on every sampled day, a head of state or
government, a foreign minister and a defence minister; the leaders of the main IGOs must be
known from 2005; terms of one office never overlap; and names and titles resolve to the
office-holder of the day through the real English pipeline.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pytest
from actors_support import found_mention

from tidings.actors import ActorDictionary, ActorEntry
from tidings.actors.loader import load_builtin_entries

# The coverage contract. How the list was chosen: the G20 member states (which include the
# five permanent members of the UN Security Council), then the states of the wars and
# diplomatic crises that dominate international wire news since 2015 (Ukraine, the Middle
# East, Af-Pak, the Korean peninsula, the Horn of Africa, Venezuela), then the next most
# reported European, Asian, African and Latin American states (EU/NATO capitals with their
# own crises, the South Caucasus, the South China Sea and mainland South-East Asia, Cuba).
COVERED = [
    # G20 members (the P5 among them)
    "ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN", "KOR",
    "MEX", "RUS", "SAU", "TUR", "USA", "ZAF",
    # conflict and diplomacy states
    "UKR", "ISR", "PSE", "IRN", "SYR", "IRQ", "AFG", "PAK", "PRK", "POL", "BLR", "EGY", "QAT",
    "ARE", "LBN", "YEM", "VEN", "NGA", "ETH", "SDN", "KEN",
    # next most covered
    "LBY", "JOR", "TWN", "PHL", "VNM", "MMR", "BGD", "THA", "ESP", "NLD", "HUN", "SWE", "FIN",
    "GRC", "GEO", "ARM", "AZE", "SRB", "COL", "CUB",
]
DATES = [date(2016, 6, 1), date(2019, 6, 1), date(2022, 2, 1), date(2025, 6, 1)]
HEAD = ("president", "head_of_state", "prime_minister", "chancellor")

# Days on which an office was really vacant or its holder is not documented here; every other
# (country, office, day) of the contract must have a holder.
NO_HOLDER: dict[tuple[str, str], set[date] | None] = {
    # The Palestinian Authority has no defence ministry (None: on no day).
    ("PSE", "defence_minister"): None,
    # Buhari's first cabinet was dissolved in May 2019; ministers were sworn in in August.
    ("NGA", "defence_minister"): {date(2019, 6, 1)},
    # Sudan's military council (April-September 2019): acting ministers not recorded.
    ("SDN", "foreign_minister"): {date(2019, 6, 1)},
    ("SDN", "defence_minister"): {date(2019, 6, 1)},
}

# Offices one person holds at a time, per country or organisation.
SINGLE = ("president", "head_of_state", "prime_minister", "chancellor", "foreign_minister",
          "defence_minister", "secretary_general", "director_general", "managing_director",
          "commission_president", "council_president", "high_representative")

# (organisation code, office, first day it must be filled): UN, NATO, EU, OSCE, AU, ASEAN,
# IAEA, WHO, IMF and World Bank leaders from 2005 (the European Council and High Representative
# of the Lisbon Treaty from December 2009).
IGO_OFFICES = [
    ("IGOUNO", "secretary_general", date(2005, 1, 1)),
    ("IGOWSTNAT", "secretary_general", date(2005, 1, 1)),
    ("IGOEUREEC", "commission_president", date(2005, 1, 1)),
    ("IGOEUREEC", "council_president", date(2009, 12, 1)),
    ("IGOEUREEC", "high_representative", date(2005, 1, 1)),
    ("IGOEUROSC", "secretary_general", date(2005, 7, 1)),
    ("IGOAFRAFU", "commission_president", date(2005, 1, 1)),
    ("IGOSEAASN", "secretary_general", date(2005, 1, 1)),
    ("IGOUNOIAE", "director_general", date(2005, 1, 1)),
    ("IGOUNOHLHWHO", "director_general", date(2005, 1, 1)),
    ("IGOBUSIMF", "managing_director", date(2005, 1, 1)),
    ("IGOUNODEVWBK", "president", date(2005, 1, 1)),
]
IGO_DATES = [date(2005, 7, 1), date(2008, 6, 1), date(2010, 6, 1), date(2013, 6, 1),
             date(2016, 6, 1), date(2019, 6, 1), date(2022, 2, 1), date(2025, 6, 1)]


@pytest.fixture(scope="module")
def people() -> list[ActorEntry]:
    return [e for e in load_builtin_entries() if e.kind == "person"]


def _expected(country: str, office: str, on: date) -> bool:
    if (country, office) not in NO_HOLDER:
        return True
    days = NO_HOLDER[(country, office)]
    return days is not None and on not in days


def test_office_holders_contract_is_sixty_distinct_countries() -> None:
    assert len(COVERED) == len(set(COVERED)) == 60


@pytest.mark.parametrize("country", COVERED)
@pytest.mark.parametrize("on", DATES)
def test_office_holders_head_known(actors: ActorDictionary, country: str, on: date) -> None:
    head = actors.holder(country, HEAD, on)
    assert head is not None, (country, on)
    assert head.country == country


@pytest.mark.parametrize("country", COVERED)
@pytest.mark.parametrize("on", DATES)
@pytest.mark.parametrize(("office", "sector"), [("foreign_minister", "GOV"),
                                                ("defence_minister", "GOVMIL")])
def test_office_holders_ministers_known(actors: ActorDictionary, country: str, on: date,
                                        office: str, sector: str) -> None:
    holder = actors.holder(country, (office,), on)
    if not _expected(country, office, on):
        assert holder is None, f"{country} {office} {on} is listed as vacant: drop it"
        return
    assert holder is not None, (country, office, on)
    # A defence minister codes GOVMIL (the Phoenix code of the defence ministry).
    assert holder.code == f"{country}{sector}", (holder.name, holder.code)


@pytest.mark.parametrize(("org", "office", "since"), IGO_OFFICES)
def test_office_holders_igo_leaders_known(actors: ActorDictionary, org: str, office: str,
                                          since: date) -> None:
    missing = [on for on in IGO_DATES if on >= since and actors.holder(org, (office,), on)
               is None]
    assert not missing, (org, office, missing)
    holder = actors.holder(org, (office,), IGO_DATES[-1])
    assert holder is not None and holder.code == org


def test_office_holders_terms_are_ordered(people: list[ActorEntry]) -> None:
    # `to` is the successor's first day (exclusive), so it always comes after `from`.
    bad = [(e.name, e.start, e.end) for e in people
           if e.start is not None and e.end is not None and not e.start < e.end]
    assert not bad


def test_office_holders_one_holder_per_office(people: list[ActorEntry]) -> None:
    """Two people never hold one office of one country or organisation on the same day,
    and nobody holds one office twice at once (a duplicated term)."""
    terms: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
    for entry in people:
        if entry.start is None or not entry.affiliation:
            continue
        for office in set(entry.titles) & set(SINGLE):
            terms[(entry.affiliation, office)].append(entry)
    clashes = []
    for key, held in terms.items():
        held.sort(key=lambda e: e.start or date.min)
        for i, a in enumerate(held):
            for b in held[i + 1:]:
                assert b.start is not None
                if a.end is not None and b.start >= a.end:
                    break
                clashes.append((key, a.name, a.start, b.name, b.start))
    assert not clashes


def test_office_holders_every_term_names_an_office(people: list[ActorEntry]) -> None:
    assert not [e.name for e in people if e.start is not None and not e.titles]


# Names and titles through the real pipeline: the dated term decides the code.
@pytest.mark.model
@pytest.mark.parametrize(
    ("on", "text", "mention", "name", "code"),
    [
        # a defence minister named by country and title only
        (date(2016, 6, 1), "The Pakistani defence minister said the border was calm.",
         "The Pakistani defence minister", "Khawaja Asif", "PAKGOVMIL"),
        (date(2017, 1, 10), "Japan's defence minister visited Pearl Harbor.",
         "Japan's defence minister", "Tomomi Inada", "JPNGOVMIL"),
        (date(2023, 1, 1), "The Dutch defence minister announced new aid.",
         "The Dutch defence minister", "Kajsa Ollongren", "NLDGOVMIL"),
        (date(2019, 6, 1), "The Jordanian defence minister met army commanders.",
         "The Jordanian defence minister", "Omar Razzaz", "JORGOVMIL"),
        # a foreign minister by title
        (date(2017, 6, 1), "The Spanish foreign minister arrived in Rabat.",
         "The Spanish foreign minister", "Alfonso Dastis", "ESPGOV"),
        # a ceremonial president is no 'leader': the Iraqi leader is the prime minister
        (date(2019, 6, 1), "The Iraqi leader condemned the attack.", "The Iraqi leader",
         "Adil Abdul-Mahdi", "IRQGOV"),
        # a name with its title
        (date(2017, 3, 1), "Israeli Defence Minister Avigdor Lieberman toured the border.",
         "Israeli Defence Minister Avigdor Lieberman", "Avigdor Lieberman", "ISRGOVMIL"),
        # a bare surname in office, and after it (Phoenix: former leaders are ELI)
        (date(2002, 5, 1), "Arafat rejected the proposal.", "Arafat", "Yasser Arafat",
         "PSEGOV"),
        (date(2016, 6, 1), "Rajoy met the king in Madrid.", "Rajoy", "Mariano Rajoy",
         "ESPGOV"),
        (date(2020, 6, 1), "Rajoy met the king in Madrid.", "Rajoy", "Mariano Rajoy",
         "ESPELI"),
        # a title with a surname the dictionary does not list alone: the holder of that title
        # with that surname on the date
        (date(2022, 2, 20), "Vice President Harris flew to Warsaw.", "Vice President Harris",
         "Kamala Harris", "USAGOV"),
        # the same when the model reads the title into the name's entity ("PM Johnson")
        (date(2022, 3, 1), "PM Johnson flew to Warsaw.", "PM Johnson", "Boris Johnson",
         "GBRGOV"),
        # a title of an office the data does not list for the person is held on the date;
        # a title of their own listed office, or a past one, leaves them former (ELI)
        (date(2022, 3, 1), "Justice Secretary Dominic Raab met judges.",
         "Justice Secretary Dominic Raab", "Dominic Raab", "GBRGOV"),
        (date(2023, 3, 1), "President Donald Trump visited Ohio.", "President Donald Trump",
         "Donald Trump", "USAELI"),
        (date(2012, 3, 1), "Former chancellor Gordon Brown visited Kenya.",
         "chancellor Gordon Brown", "Gordon Brown", "GBRELI"),
        # Central Asian leaders of the Kremlin's readouts, and Kazakhstan's former president
        # while he still chaired its Security Council
        (date(2021, 12, 1), "Putin spoke with Emomali Rahmon.", "Emomali Rahmon",
         "Emomali Rahmon", "TJKGOV"),
        (date(2021, 12, 1), "Putin congratulated Nazarbayev.", "Nazarbayev",
         "Nursultan Nazarbayev", "KAZGOV"),
        (date(2022, 6, 1), "Putin congratulated Nazarbayev.", "Nazarbayev",
         "Nursultan Nazarbayev", "KAZELI"),
        # the pope is the Holy See's head of state; a patriarch speaks for his church
        (date(2021, 12, 1), "Putin called Pope Francis.", "Pope Francis", "Pope Francis",
         "VATGOV"),
        (date(2025, 9, 1), "Trump met Pope Leo.", "Pope Leo", "Leo XIV", "VATGOV"),
        (date(2022, 3, 1), "Patriarch Kirill backed the war.", "Patriarch Kirill",
         "Patriarch Kirill", "RUSREL"),
        # separatist heads, an opposition leader in his leader's years, a senator
        (date(2022, 3, 1), "Pushilin ordered a mobilisation.", "Pushilin", "Denis Pushilin",
         "UKRSEP"),
        (date(2005, 1, 15), "Blair attacked Michael Howard.", "Michael Howard",
         "Michael Howard", "GBROPP"),
        (date(1995, 1, 15), "Michael Howard spoke.", "Michael Howard", "Michael Howard",
         "GBRGOV"),
        (date(2022, 3, 1), "Manchin opposed the bill.", "Manchin", "Joe Manchin", "USALEG"),
        # members of Congress of the 2021-22 coverage, and a term that has ended
        (date(2022, 2, 1), "Senator Lindsey Graham spoke.", "Lindsey Graham", "Lindsey Graham",
         "USALEG"),
        (date(2022, 2, 1), "Meeks urged caution.", "Meeks", "Gregory Meeks", "USALEG"),
        (date(2022, 2, 1), "Sinema voted no.", "Sinema", "Kyrsten Sinema", "USALEG"),
        (date(2023, 6, 1), "Kevin McCarthy spoke.", "Kevin McCarthy", "Kevin McCarthy",
         "USALEG"),
        (date(2025, 6, 1), "Portman spoke.", "Portman", "Rob Portman", "USAELI"),
        # a member of Congress no dictionary names, titled and tagged with party and state
        (date(2021, 11, 29), "Rep. Jane Doolittle (R-SC) spoke.", "Jane Doolittle",
         "Jane Doolittle", "USALEG"),
        (date(2021, 11, 29), "Sen. Tom Ashby (D-N.J.) spoke.", "Tom Ashby", "Tom Ashby",
         "USALEG"),
        # a first name tells two Ukrainian Tymoshenkos apart
        (date(2022, 4, 1), "Kyrylo Tymoshenko spoke.", "Kyrylo Tymoshenko", "Kyrylo Tymoshenko",
         "UKRGOV"),
        # the Baltic heads of state and ministers of the 2022 war years
        (date(2022, 2, 22), "Karis called Zelensky.", "Karis", "Alar Karis", "ESTGOV"),
        (date(2022, 5, 1), "Pabriks visited Kyiv.", "Pabriks", "Artis Pabriks", "LVAGOVMIL"),
        (date(2022, 5, 1), "Ingrida Simonyte spoke.", "Ingrida Simonyte",
         "Ingrida Šimonytė", "LTUGOV"),
        # heads of government of the 2021-22 window beyond the 60 most-covered countries
        (date(2022, 4, 11), "Nehammer met Putin.", "Nehammer", "Karl Nehammer", "AUTGOV"),
        (date(2022, 3, 1), "Eduard Heger spoke.", "Eduard Heger", "Eduard Heger", "SVKGOV"),
        # a finance minister before a later premiership, and a foreign secretary of 2005
        (date(2005, 3, 1), "Gordon Brown spoke.", "Gordon Brown", "Gordon Brown", "GBRGOV"),
        (date(2021, 3, 1), "Rishi Sunak spoke.", "Rishi Sunak", "Rishi Sunak", "GBRGOV"),
        (date(2005, 3, 1), "Jack Straw spoke.", "Jack Straw", "Jack Straw", "GBRGOV"),
        (date(2023, 6, 1), "Eduard Heger spoke.", "Eduard Heger", "Eduard Heger", "SVKELI"),
        (date(2022, 7, 30), "Wickremesinghe spoke.", "Wickremesinghe", "Ranil Wickremesinghe",
         "LKAGOV"),
        # an IGO leader of the 2000s
        (date(2006, 3, 1), "ElBaradei urged Iran to cooperate.", "ElBaradei",
         "Mohamed ElBaradei", "IGOUNOIAE"),
    ],
)
def test_office_holders_resolve_in_text(nlp: Any, actors: ActorDictionary, on: date,
                                        text: str, mention: str, name: str, code: str) -> None:
    actor = found_mention(nlp, actors, text, on, mention)
    assert (actor.name, actor.code) == (name, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an office named as past is not today's holder of it
        ("The former Polish defence minister spoke.", "Polish defence minister", "POLELI"),
        ("A previous Polish defence minister spoke.", "Polish defence minister", "POLELI"),
        # a titled name no dictionary knows, and a legislator, out of office are elites
        ("Former Polish president Jan Kowalczyk spoke.", "Polish president Jan Kowalczyk",
         "POLELI"),
        ("Ex-Ohio senator Tom Ashby spoke.", "Ohio senator", "USAELI"),
        # ... also with the past marker between country and title, split at its hyphen
        ("The Polish ex-deputy prime minister Jan Nowicki spoke.",
         "The Polish ex-deputy prime minister Jan Nowicki", "POLELI"),
        # ... and a repeat of the name is the same elite
        ("Former Polish president Jan Kowalczyk spoke. Kowalczyk left.", "Kowalczyk", "POLELI"),
        # the office itself, unmarked, stays the office
        ("The Polish defence minister spoke.", "The Polish defence minister", "POLGOVMIL"),
        # a former head of an organisation is not today's, and of no known country
        ("The former NATO chief spoke.", "NATO chief", "---ELI"),
        # ... as are former officials; former soldiers are veterans, not the elite
        ("Former Polish officials spoke.", "Polish officials", "POLELI"),
        ("Former Polish soldiers spoke.", "Polish soldiers", "POLMIL"),
        # a past office of no named country, also with a rank between marker and title
        ("The former minister spoke.", "minister", "---ELI"),
        ("Former Cabinet minister Jan Kowalczyk spoke.", "Cabinet minister Jan Kowalczyk",
         "---ELI"),
        ("A former senior official spoke.", "official", "---ELI"),
    ],
)
def test_office_holders_past_office_is_elite(nlp: Any, actors: ActorDictionary, text: str,
                                             mention: str, code: str) -> None:
    actor = found_mention(nlp, actors, text, date(2022, 2, 1), mention)
    assert actor.code == code
    if code.endswith("ELI"):
        assert actor.name != "Mariusz Błaszczak"
