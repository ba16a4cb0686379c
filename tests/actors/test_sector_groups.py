"""Named groups carry CAMEO's religion code after their sector when their name marks them as
Muslim/Islamist, a known-group code instead where CAMEO has one, and change code on the day
they change role."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import index_actors


@pytest.mark.parametrize(
    ("phrase", "on", "code"),
    [
        ("the Muslim Brotherhood", None, "EGYOPPMUS"),
        ("Palestinian Islamic Jihad", None, "PSEREBMUS"),
        ("the Moro Islamic Liberation Front", None, "PHLREBMUS"),
        ("the Nusra Front", None, "SYRREBMUS"),
        ("Hamas", date(2021, 5, 10), "PSEREBHMS"),  # known-group code, no MUS
        ("the Islamic Revolutionary Guard Corps", None, "IRNMIL"),  # state forces
        ("the Tamil Tigers", None, "LKAREB"),  # name marks no religion
        ("Hayat Tahrir al-Sham", date(2019, 3, 1), "SYRREBMUS"),
        ("Hayat Tahrir al-Sham", date(2025, 3, 1), "SYRGOV"),
        ("the Rapid Support Forces", date(2022, 1, 5), "SDNMIL"),
        ("the Rapid Support Forces", date(2023, 9, 5), "SDNREB"),
        ("the Pakistani Taliban", None, "PAKREB"),
        # national rights monitors: country + HRI (the Observatory as Phoenix codes it)
        ("the Syrian Observatory for Human Rights", None, "SYROPPHRI"),
        ("OVD-Info", None, "RUSHRI"),
        ("B'Tselem", None, "ISRHRI"),
        # protest campaigns are their activists, not the country their name holds
        ("Insulate Britain", date(2022, 2, 1), "GBROPP"),
        ("Just Stop Oil", date(2022, 4, 1), "GBROPP"),
        ("Extinction Rebellion", None, "NGOENV"),
        # Ukrainian war reporting's word for Russian forces
        ("the Rashists", date(2022, 5, 8), "RUSMIL"),
        ("Ruscists", date(2022, 11, 4), "RUSMIL"),
        # a Ukrainian unit named by its own name, whatever either side calls it
        ("the Azov Regiment", date(2022, 5, 16), "UKRMIL"),
        ("Azov militants", date(2022, 4, 1), "UKRMIL"),
    ],
)
def test_sector_groups_codes(actors, phrase: str, on: date | None, code: str) -> None:
    actor = actors.lookup(phrase, on=on)
    assert actor is not None, phrase
    assert actor.code == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Muslim Brotherhood leaders", "EGYOPPMUS"),  # a group's members are the group
        ("Islamic Jihad fighters", "PSEREBMUS"),
    ],
)
def test_sector_groups_members_keep_the_group_code(actors, phrase: str, code: str) -> None:
    actor = actors.lookup(phrase, on=date(2022, 8, 6))
    assert actor is not None and actor.code == code


@pytest.mark.model
def test_sector_groups_religion_adjective_before_a_group_adds_nothing(nlp, actors) -> None:
    doc = nlp("The Islamist Hamas movement fired rockets at Israel on Tuesday.")
    index = index_actors(doc, dictionary=actors, on=date(2021, 5, 11))
    assert [m.code for m in index.mentions] == ["PSEREBHMS", "ISR"]
