"""International organisations carry their Phoenix/CAMEO codes, and a role noun after one
adds its sector as PETRARCH appends agents to an organisation's code."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import index_actors


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Interpol", "IGOCOPITP"),
        ("the International Criminal Police Organization", "IGOCOPITP"),
        ("the Food and Agriculture Organization", "IGOUNOAGRFAO"),
        ("the ILO", "IGOUNOLABILO"),
        ("the International Organization for Migration", "IGOUNOIOM"),
        ("the OPCW", "IGOOPW"),
        ("the OECD", "IGOWSTBUS"),
        ("the Asian Development Bank", "IGOASADEVADB"),
        ("the Paris Club", "IGOBUSPRC"),
        ("UNIFIL", "IGOUNO"),
        ("the Non-Aligned Movement", "IGONON"),
        ("Europol", "IGOEURCOP"),
        ("UN Women", "IGOUNODEV"),  # the organisation, not women of the UN
        ("Interpol officials", "IGOCOPITP"),
        ("OPCW officials", "IGOOPW"),
        # regional formats of states; a capital in the name is no metonym
        ("the Bucharest Nine", "IGOEURBNE"),
        ("the Visegrad Group", "IGOEURVSG"),
    ],
)
def test_sector_igos_codes(actors, phrase: str, code: str) -> None:
    actor = actors.lookup(phrase, on=date(2022, 4, 1))
    assert actor is not None, phrase
    assert actor.code == code


@pytest.mark.parametrize(
    "text",
    ["fao", "Oecd", "the nam"],  # case-exact abbreviations need their capitals
)
def test_sector_igos_abbreviations_are_case_exact(actors, text: str) -> None:
    actor = actors.lookup(text)
    assert actor is None or not actor.code.startswith("IGO")


@pytest.mark.model
def test_sector_igos_interpol_in_a_sentence(nlp, actors) -> None:
    doc = nlp("Interpol issued a red notice for the businessman on Thursday.")
    index = index_actors(doc, dictionary=actors, on=date(2022, 4, 1))
    assert [m.code for m in index.mentions][:1] == ["IGOCOPITP"]
