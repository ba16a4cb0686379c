"""ActorDictionary.lookup: whole phrases, dates, case, and extension with user entries."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import ActorDictionary, ActorEntry


@pytest.mark.parametrize(
    ("text", "on", "code", "name"),
    [
        ("NATO", None, "IGOWSTNAT", "NATO"),
        ("Norway", None, "NOR", "Norway"),
        ("the United Nations", None, "IGOUNO", "United Nations"),
        ("the UN Security Council", None, "IGOUNO", "UN Security Council"),
        ("the European Commission", None, "IGOEUREEC", "European Commission"),
        ("the EU", None, "IGOEUREEC", "European Union"),
        ("the OSCE", None, "IGOEUROSC", "OSCE"),
        ("the Kremlin", None, "RUSGOV", "Kremlin"),
        # the formal names a head of state's releases use
        ("the Republic of Turkey", None, "TUR", "Turkey"),
        ("the Socialist Republic of Vietnam", None, "VNM", "Vietnam"),
        ("the White House", None, "USAGOV", "White House"),
        ("the Pentagon", None, "USAMIL", "Pentagon"),
        ("Downing Street", None, "GBRGOV", "Downing Street"),
        ("Moscow", None, "RUSGOV", "Russia government"),
        ("Kiev", None, "UKRGOV", "Ukraine government"),
        ("Kyiv", None, "UKRGOV", "Ukraine government"),
        ("the US", None, "USA", "United States"),
        ("U.S.", None, "USA", "United States"),
        ("America", None, "USA", "United States"),
        ("Britain", None, "GBR", "United Kingdom"),
        ("the United Kingdom", None, "GBR", "United Kingdom"),
        ("British", None, "GBR", "United Kingdom"),
        ("Chinese", None, "CHN", "China"),
        # the "-stani" adjectives of Central Asian states in official releases
        ("Turkmenistani", None, "TKM", "Turkmenistan"),
        ("Kyrgyzstani", None, "KGZ", "Kyrgyzstan"),
        ("Côte d'Ivoire", None, "CIV", "Ivory Coast"),
        ("Cote d'Ivoire", None, "CIV", "Ivory Coast"),
        ("Russian troops", None, "RUSMIL", "Russia military"),
        # a common misspelling of a demonym in wire copy
        ("Ukranian forces", None, "UKRMIL", "Ukraine military"),
        ("Ukrainian Foreign Ministry", None, "UKRGOV", "Ukraine foreign ministry"),
        ("Russia's Defence Ministry", None, "RUSGOVMIL", "Russia defence ministry"),
        ("Iranian police", None, "IRNCOP", "Iran police"),
        ("Syrian rebels", None, "SYRREB", "Syria rebels"),
        ("Putin", date(2022, 2, 24), "RUSGOV", "Vladimir Putin"),
        ("Sergei Lavrov", date(2022, 2, 24), "RUSGOV", "Sergei Lavrov"),
        ("Zelenskyy", date(2022, 2, 24), "UKRGOV", "Volodymyr Zelensky"),
        ("Zelenskiy", date(2022, 2, 24), "UKRGOV", "Volodymyr Zelensky"),
        ("Stoltenberg", date(2020, 1, 1), "IGOWSTNAT", "Jens Stoltenberg"),
        ("Guterres", date(2020, 1, 1), "IGOUNO", "António Guterres"),
    ],
)
def test_dictionary_lookup_phrases(actors: ActorDictionary, text: str, on: date | None,
                                   code: str, name: str) -> None:
    actor = actors.lookup(text, on=on)
    assert actor is not None, text
    assert (actor.code, actor.name) == (code, name)


@pytest.mark.parametrize(
    ("text", "on", "name", "code"),
    [
        ("the British Prime Minister", date(2021, 12, 10), "Boris Johnson", "GBRGOV"),
        ("the British Prime Minister", date(2023, 6, 1), "Rishi Sunak", "GBRGOV"),
        ("the British Prime Minister", date(2024, 8, 1), "Keir Starmer", "GBRGOV"),
        ("the NATO Secretary-General", date(2020, 1, 1), "Jens Stoltenberg", "IGOWSTNAT"),
        ("the NATO Secretary General", date(2025, 1, 1), "Mark Rutte", "IGOWSTNAT"),
        ("the US Secretary of State", date(2019, 1, 1), "Mike Pompeo", "USAGOV"),
        ("the US Secretary of State", date(2022, 1, 1), "Antony Blinken", "USAGOV"),
        ("the foreign minister of Ukraine", date(2021, 1, 1), "Dmytro Kuleba", "UKRGOV"),
        ("Ukraine's foreign minister", date(2025, 1, 1), "Andrii Sybiha", "UKRGOV"),
        ("the Chinese Premier", date(2020, 1, 1), "Li Keqiang", "CHNGOV"),
        ("the Chinese Premier", date(2024, 1, 1), "Li Qiang", "CHNGOV"),
        ("the German Chancellor", date(2019, 1, 1), "Angela Merkel", "DEUGOV"),
        ("the Russian leader", date(2022, 1, 1), "Vladimir Putin", "RUSGOV"),
        ("the French leader", date(2022, 1, 1), "Emmanuel Macron", "FRAGOV"),
        ("the UN chief", date(2020, 1, 1), "António Guterres", "IGOUNO"),
        ("the IAEA chief", date(2022, 3, 1), "Rafael Grossi", "IGOUNOIAE"),
        ("the European Commission President", date(2021, 1, 1), "Ursula von der Leyen",
         "IGOEUREEC"),
        ("the President of the European Council", date(2021, 1, 1), "Charles Michel",
         "IGOEUREEC"),
        ("the European Parliament President", date(2023, 1, 1), "Roberta Metsola",
         "IGOEUREEC"),
    ],
)
def test_dictionary_lookup_office_holder_on_date(actors: ActorDictionary, text: str, on: date,
                                                 name: str, code: str) -> None:
    actor = actors.lookup(text, on=on)
    assert actor is not None
    assert (actor.name, actor.code, actor.via) == (name, code, "title")


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("the Taliban", date(2019, 6, 1), "AFGREBTAL"),
        ("the Taliban", date(2022, 6, 1), "AFGGOV"),  # in power from 2021-08-15
        ("Hamas fighters", date(2023, 10, 7), "PSEREBHMS"),
        ("the FSB", date(2022, 1, 1), "RUSSPY"),
        ("the Knesset", date(2022, 1, 1), "ISRLEG"),
        ("Islamic State", date(2015, 1, 1), "IMGMUSISI"),
        ("Trump", date(2019, 6, 1), "USAGOV"),
        ("Trump", date(2023, 6, 1), "USAELI"),  # between terms: a former president
        ("Trump", date(2025, 6, 1), "USAGOV"),
        ("Biden", date(2021, 1, 19), "USAELI"),  # the day before the inauguration ...
        ("Biden", date(2021, 1, 20), "USAGOV"),  # ... and the day of it (start inclusive)
        ("Biden", date(2025, 1, 20), "USAELI"),  # the successor's first day (end exclusive)
        ("Medvedev", date(2015, 1, 1), "RUSGOV"),
        ("Putin", date(1999, 1, 1), "RUSELI"),
        ("Boris Johnson", date(2023, 1, 1), "GBRELI"),
        ("Stoltenberg", date(2012, 1, 1), "NORGOV"),
    ],
)
def test_dictionary_lookup_person_terms(actors: ActorDictionary, text: str, on: date,
                                        code: str) -> None:
    actor = actors.lookup(text, on=on)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(("on", "code"), [(date(2005, 3, 1), None), (date(2013, 3, 1), "SYRREB")])
def test_dictionary_lookup_group_before_it_existed(actors: ActorDictionary, on: date,
                                                  code: str | None) -> None:
    # "the FSA" of a 2005 story is a regulator: the Free Syrian Army dates from 2011
    actor = actors.lookup("the FSA", on=on)
    assert (actor.code if actor is not None else None) == code


def test_dictionary_lookup_office_without_date_gives_the_country(actors: ActorDictionary) -> None:
    actor = actors.lookup("the British Prime Minister", on=None)
    assert actor is not None and (actor.code, actor.kind) == ("GBRGOV", "role")


@pytest.mark.parametrize("text", ["us", "who", "turkey", "china", "un", "a car", "Washington Post"])
def test_dictionary_lookup_rejects_common_words(actors: ActorDictionary, text: str) -> None:
    assert actors.lookup(text) is None


@pytest.mark.parametrize(("text", "code"), [("US", "USA"), ("WHO", "IGOUNOHLHWHO"),
                                            ("Turkey", "TUR"), ("UN", "IGOUNO")])
def test_dictionary_lookup_capitalised_names(actors: ActorDictionary, text: str,
                                             code: str) -> None:
    actor = actors.lookup(text)
    assert actor is not None and actor.code == code


def test_dictionary_extended_overrides_and_replaces(actors: ActorDictionary) -> None:
    gondor = ActorEntry(patterns=("gondor",), code="GON", name="Gondor", country="GON")
    override = ActorEntry(patterns=("norway",), code="XXX", name="Override", country="XXX")
    bigger = actors.extended([gondor, override])
    assert bigger.lookup("Gondor").code == "GON"  # type: ignore[union-attr]
    assert bigger.lookup("Norway").code == "XXX"  # type: ignore[union-attr]
    assert bigger.lookup("NATO").code == "IGOWSTNAT"  # type: ignore[union-attr]
    only = actors.extended([gondor], replace=True)
    assert only.lookup("NATO") is None and len(only) == 1
    assert actors.lookup("Gondor") is None  # the built-in dictionary is unchanged


def test_dictionary_builtin_is_cached() -> None:
    assert ActorDictionary.builtin() is ActorDictionary.builtin()


def test_dictionary_extended_beats_case_exact_builtin(actors: ActorDictionary) -> None:
    """A loaded dictionary's lower-cased "the au" must win over the built-in "=AU"."""
    custom = ActorEntry(patterns=("the au",), code="IGOAFR", name="The Au", kind="igo")
    assert actors.extended([custom]).lookup("the AU").code == "IGOAFR"  # type: ignore[union-attr]


def test_dictionary_lower_cased_abbreviation_matches_capitalised_text(
        actors: ActorDictionary) -> None:
    """spaCy splits "k.u." but not "K.U."; a lower-cased dictionary pattern still matches."""
    custom = ActorEntry(patterns=("k.u.",), code="USAEDU", name="KU", country="USA")
    assert actors.extended([custom]).lookup("K.U.").code == "USAEDU"  # type: ignore[union-attr]


def test_dictionary_survives_pickling(actors: ActorDictionary) -> None:
    import pickle

    custom = ActorEntry(patterns=("the au",), code="IGOAFR", name="The Au", kind="igo")
    copy = pickle.loads(pickle.dumps(actors.extended([custom])))
    assert copy.lookup("the AU").code == "IGOAFR"  # type: ignore[union-attr]
    assert copy.lookup("the Kremlin").code == "RUSGOV"  # type: ignore[union-attr]


def test_dictionary_igos_name_the_body_of_a_code() -> None:
    igos = ActorDictionary.builtin().igos
    assert (igos["IGOWSTNAT"].name, "alliance" in igos["IGOWSTNAT"].tags) == ("NATO", True)
    assert igos["IGOEUREEC"].name == "European Union"  # the first entry, not its seat city
