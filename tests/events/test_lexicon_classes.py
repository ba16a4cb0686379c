"""Word classes of the verb lexicon ("send [@weapon] to:T") and the verbs that keep an act
from happening ("blocked X from sending").

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

from tidings.errors import ConfigError
from tidings.events import VerbLexicon
from tidings.events.lexicon import expand_classes

ON = date(2022, 2, 10)


def coded(nlp: Any, text: str) -> set[tuple[str | None, str | None, str, str]]:
    return coded_rows(nlp, text, ON)


def test_class_expands_inside_a_word_list() -> None:
    classes = {"arm": ["rifle", "fighter jet"]}
    got = expand_classes("send [@arm|military aid] to:T", classes, origin="x.yaml")
    assert got == "send [rifle|fighter jet|military aid] to:T"


def test_unknown_class_names_the_file_and_pattern() -> None:
    with pytest.raises(ConfigError, match=r"x\.yaml: pattern 'send \[@arms\] to:T' names no class"):
        expand_classes("send [@arms] to:T", {"weapon": ["gun"]}, origin="x.yaml")


def test_builtin_lexicon_has_no_unexpanded_class() -> None:
    lex = VerbLexicon.builtin()
    for e in lex.entries:
        assert "@" not in repr(e), e


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada delivered armoured vehicles to Ukraine.", ("CAN", "UKR", "072", "asserted")),
        (
            "Norway sent sniper rifles and radar systems to Ukraine.",
            ("NOR", "UKR", "072", "asserted"),
        ),
        ("Spain transferred grenade launchers to Ukraine.", ("ESP", "UKR", "072", "asserted")),
        ("Kyiv asked Berlin for machine guns.", ("UKR", "DEU", "0232", "asserted")),
        ("Latvia promised body armour to Ukraine.", ("LVA", "UKR", "0332", "asserted")),
    ],
)
def test_weapon_class_reaches_every_arms_verb(
    nlp: Any, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Germany blocked Estonia from sending howitzers to Ukraine.", ("EST", "UKR", "072")),
        ("Hungary barred Slovakia from shipping weapons to Ukraine.", ("SVK", "UKR", "072")),
        (
            "The ruling stopped Serbia from deporting the activists to Russia.",
            ("SRB", "RUS", "174"),
        ),
    ],
)
def test_act_kept_from_happening_is_negated(
    nlp: Any, text: str, kept: tuple[str, str, str]
) -> None:
    got = {(s, t, c): m for s, t, c, m in coded(nlp, text)}
    assert got.get(kept) == "negated", got


def test_halting_verbs_are_the_cease_governors() -> None:
    # the halts of attack nouns and the folding of "urged X to stop" read the same verbs as
    # the lexicon's "cease" transform
    from tidings.events.halts import HALTING
    from tidings.events.lexicon import VerbLexicon

    cease = VerbLexicon.builtin().transforms["cease"]
    assert cease.governors == HALTING
