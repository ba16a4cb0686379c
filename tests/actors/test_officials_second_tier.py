"""Second-tier officials of the Russia-Ukraine crisis in the built-in actor data.

Security council secretaries, deputy prime ministers, aides and deputy heads of a leader's
office, spokespeople, intelligence chiefs, speakers and envoys speak and act in the news of
2021-2022 as much as ministers do; named on a day inside their term they code to their country
and sector, outside every term to country + ELI (Phoenix: a former office-holder is an elite).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from actors_support import found_mention

from tidings.actors import ActorDictionary
from tidings.actors.loader import load_builtin_entries

# (day, sentence, mention, person, code): a day inside a term codes the office's sector.
IN_TERM = [
    # Ukraine
    (date(2022, 3, 1), "Oleksiy Danilov said the enemy had regrouped north of the capital.",
     "Oleksiy Danilov", "Oleksiy Danilov", "UKRGOV"),
    (date(2022, 2, 20), "Danylov warned that an attack could come at any moment.",
     "Danylov", "Oleksiy Danilov", "UKRGOV"),
    (date(2022, 4, 10), "Ihor Zhovkva urged Brussels to adopt an oil embargo.",
     "Ihor Zhovkva", "Ihor Zhovkva", "UKRGOV"),
    (date(2022, 3, 28), "Mykhailo Podolyak said the delegations would meet again on Tuesday.",
     "Mykhailo Podolyak", "Mykhailo Podolyak", "UKRGOV"),
    (date(2022, 5, 30), "Podoliak said a ceasefire now would only freeze the war.",
     "Podoliak", "Mykhailo Podolyak", "UKRGOV"),
    (date(2022, 4, 2), "Iryna Vereshchuk announced that ten evacuation routes would open.",
     "Iryna Vereshchuk", "Iryna Vereshchuk", "UKRGOV"),
    (date(2022, 3, 15), "Olha Stefanishyna met European commissioners on Tuesday.",
     "Olha Stefanishyna", "Olha Stefanishyna", "UKRGOV"),
    (date(2022, 4, 1), "Ivan Bakanov accused enemy agents of plotting sabotage.",
     "Ivan Bakanov", "Ivan Bakanov", "UKRSPY"),
    (date(2022, 3, 20), "Denys Monastyrsky said rescuers had pulled survivors from the rubble.",
     "Denys Monastyrsky", "Denys Monastyrsky", "UKRGOV"),
    (date(2022, 6, 10), "Oleksandr Kubrakov proposed a rail corridor for grain exports.",
     "Oleksandr Kubrakov", "Oleksandr Kubrakov", "UKRGOV"),
    (date(2022, 3, 29), "David Arakhamia headed the delegation at the talks.",
     "David Arakhamia", "David Arakhamia", "UKRLEG"),
    (date(2022, 2, 24), "Oksana Markarova asked American lawmakers for more weapons.",
     "Oksana Markarova", "Oksana Markarova", "UKRGOV"),
    (date(2022, 3, 5), "Vitali Klitschko imposed a curfew on the capital.",
     "Vitali Klitschko", "Vitali Klitschko", "UKRGOV"),
    # the prosecutor general is the government's judicial arm (Phoenix ~GOVJUD)
    (date(2022, 4, 5), "Iryna Venediktova said her office had opened new war crimes cases.",
     "Iryna Venediktova", "Iryna Venediktova", "UKRGOVJUD"),
    (date(2022, 4, 1), "Andriy Sybiha received a delegation of the diaspora.",
     "Andriy Sybiha", "Andrii Sybiha", "UKRGOV"),
    # Russia
    (date(2022, 3, 2), "Nikolai Patrushev accused Washington of provoking the crisis.",
     "Nikolai Patrushev", "Nikolai Patrushev", "RUSGOV"),
    (date(2022, 6, 1), "Patrushev said the country would not be drawn into an arms race.",
     "Patrushev", "Nikolai Patrushev", "RUSGOV"),
    (date(2022, 6, 1), "Dmitry Patrushev said the harvest would be large.",
     "Dmitry Patrushev", "Dmitry Patrushev", "RUSGOV"),
    (date(2022, 3, 29), "Vladimir Medinsky said the army would scale back near the capital.",
     "Vladimir Medinsky", "Vladimir Medinsky", "RUSGOV"),
    # a defence ministry's spokesman codes as the military, as the Pentagon does (MIL)
    (date(2022, 3, 10), "Igor Konashenkov said an ammunition depot had been destroyed.",
     "Igor Konashenkov", "Igor Konashenkov", "RUSMIL"),
    (date(2022, 2, 22), "Vyacheslav Volodin said the deputies would ratify the treaties.",
     "Vyacheslav Volodin", "Vyacheslav Volodin", "RUSLEG"),
    (date(2022, 2, 22), "Valentina Matviyenko said the senators backed the request.",
     "Valentina Matviyenko", "Valentina Matviyenko", "RUSLEG"),
    (date(2022, 3, 14), "Ramzan Kadyrov posted a video from the front.",
     "Ramzan Kadyrov", "Ramzan Kadyrov", "RUSGOV"),
    (date(2022, 3, 1), "Alexander Bortnikov blamed foreign services for the unrest.",
     "Alexander Bortnikov", "Alexander Bortnikov", "RUSSPY"),
    (date(2022, 2, 21), "Sergei Naryshkin hesitated before answering the question.",
     "Sergei Naryshkin", "Sergei Naryshkin", "RUSSPY"),
    (date(2022, 3, 20), "Dmitry Polyansky rejected the accusations on Friday.",
     "Dmitry Polyansky", "Dmitry Polyansky", "RUSGOV"),
    # United States
    (date(2022, 1, 27), "Victoria Nuland said the pipeline would not move forward.",
     "Victoria Nuland", "Victoria Nuland", "USAGOV"),
    (date(2022, 1, 10), "Wendy Sherman met Sergei Ryabkov in Geneva.", "Wendy Sherman",
     "Wendy Sherman", "USAGOV"),
    (date(2022, 2, 18), "Ned Price said the pretext was being prepared.", "Ned Price",
     "Ned Price", "USAGOV"),
    (date(2022, 3, 8), "John Kirby said no jets would be sent.", "John Kirby", "John Kirby",
     "USAMIL"),
    (date(2022, 3, 8), "Mark Milley told lawmakers that the war could last years.",
     "Mark Milley", "Mark Milley", "USAMIL"),
    (date(2022, 2, 17), "Linda Thomas-Greenfield said an attack was being prepared.",
     "Linda Thomas-Greenfield", "Linda Thomas-Greenfield", "USAGOV"),
    (date(2022, 3, 8), "Avril Haines said the Kremlin was unlikely to be deterred.",
     "Avril Haines", "Avril Haines", "USASPY"),
    (date(2022, 2, 1), "William Burns flew to Moscow with a warning.", "William Burns",
     "William Burns", "USASPY"),
    (date(2022, 2, 1), "Ron Klain said the administration was ready to respond.", "Ron Klain",
     "Ron Klain", "USAGOV"),
    (date(2022, 4, 20), "Nancy Pelosi said the House would pass the aid package.",
     "Nancy Pelosi", "Nancy Pelosi", "USALEG"),
    # NATO's deputy secretary general speaks for the alliance
    (date(2022, 3, 1), "Mircea Geoana said allied territory would be defended.",
     "Mircea Geoana", "Mircea Geoană", "IGOWSTNAT"),
    (date(2022, 3, 1), "Ibrahim Kalin said the straits convention would be applied.",
     "Ibrahim Kalin", "İbrahim Kalın", "TURGOV"),
]

# Days outside every term (country + ELI) or in another of the person's offices.
OTHER_DAYS = [
    # Danilov left the security council on 2024-03-26
    (date(2024, 6, 1), "Danilov said mistakes had been made.", "Danilov", "Oleksiy Danilov",
     "UKRELI"),
    # Venediktova and Bakanov were removed from their duties on 2022-07-17
    (date(2022, 8, 1), "Venediktova met prosecutors on Monday.", "Venediktova",
     "Iryna Venediktova", "UKRELI"),
    (date(2022, 8, 1), "Bakanov gave no interview.", "Bakanov", "Ivan Bakanov", "UKRELI"),
    # Kirby moved from the Pentagon (MIL) to the National Security Council (GOV)
    (date(2022, 6, 15), "John Kirby said no jets would be sent.", "John Kirby", "John Kirby",
     "USAGOV"),
    # Naryshkin chaired the Duma before he led the foreign intelligence service
    (date(2014, 6, 1), "Sergei Naryshkin opened the session.", "Sergei Naryshkin",
     "Sergei Naryshkin", "RUSLEG"),
    # Nuland was out of government between the Obama and Biden administrations
    (date(2019, 6, 1), "Victoria Nuland criticised the decision.", "Victoria Nuland",
     "Victoria Nuland", "USAELI"),
    (date(2025, 6, 1), "Mark Milley criticised the decision.", "Mark Milley", "Mark Milley",
     "USAELI"),
]


@pytest.mark.model
@pytest.mark.parametrize(("on", "text", "mention", "name", "code"), IN_TERM + OTHER_DAYS)
def test_second_tier_official_codes_on_the_day(nlp: Any, actors: ActorDictionary, on: date,
                                               text: str, mention: str, name: str,
                                               code: str) -> None:
    actor = found_mention(nlp, actors, text, on, mention)
    assert (actor.name, actor.code) == (name, code)


@pytest.mark.model
@pytest.mark.parametrize(
    ("on", "text", "mention", "name", "code"),
    [
        # "the top general" is the chief of the general staff (commander role: MIL), not a
        # leader's civilian chief of staff (Sergei Ivanov headed the Kremlin staff in 2014)
        (date(2014, 6, 1), "Russia's top general inspected the new brigade.",
         "Russia's top general", "Valery Gerasimov", "RUSMIL"),
        (date(2022, 3, 1), "America's top general spoke with his Russian counterpart.",
         "America's top general", "Mark Milley", "USAMIL"),
        (date(2022, 3, 1), "America's top general spoke with his Russian counterpart.",
         "Russian counterpart", "Valery Gerasimov", "RUSMIL"),
    ],
)
def test_second_tier_top_general_is_the_military_chief(nlp: Any, actors: ActorDictionary,
                                                      on: date, text: str, mention: str,
                                                      name: str, code: str) -> None:
    actor = found_mention(nlp, actors, text, on, mention)
    assert (actor.name, actor.code) == (name, code)


def test_second_tier_chief_of_staff_terms_are_military() -> None:
    """chief_of_staff is the office the title "the top general" looks up; a civilian holder
    (a leader's chief of staff) would code a general's mention to the government."""
    civilian = [e.name for e in load_builtin_entries()
                if e.kind == "person" and "chief_of_staff" in e.titles and e.sector != "MIL"]
    assert civilian == []


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an adviser or aide serves the government named after "to" ...
        ("Kuleba met with Adviser to the Chancellor of Austria Karl Huber.", "Adviser",
         "AUTGOV"),
        ("Aides to the Slovak president denied the report.", "Aides", "SVKGOV"),
        # ... an ambassador "to" a country is another country's
        ("The Ambassador to Japan declined to comment.", "The Ambassador", "---GOV"),
    ],
)
def test_second_tier_adviser_serves_the_government_after_to(
    nlp: Any, actors: ActorDictionary, text: str, mention: str, code: str
) -> None:
    actor = found_mention(nlp, actors, text, date(2022, 3, 1), mention)
    assert actor.code == code
