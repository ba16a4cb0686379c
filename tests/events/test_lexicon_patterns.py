"""The lexicon pattern grammar and the shipped lexicon's coverage."""

from __future__ import annotations

import pytest

from tidings.errors import ConfigError
from tidings.events import VerbLexicon, cameo_table
from tidings.events.lexicon import Phrase, parse_pattern


@pytest.mark.parametrize(
    ("pattern", "noun", "head", "kinds", "flags"),
    [
        ("attack T", False, Phrase("attack"), ["dobj"], (False, False, False)),
        (
            "impose [sanction|embargo] on|against:T",
            False,
            Phrase("impose"),
            ["obj", "prep"],
            (False, False, False),
        ),
        ("crack down on:T", False, Phrase("crack"), ["word", "prep"], (False, False, False)),
        (
            "accuse T of>[espionage|spying]",
            False,
            Phrase("accuse"),
            ["dobj", "via"],
            (False, False, False),
        ),
        ("meet with:T ~", False, Phrase("meet"), ["prep"], (False, True, False)),
        ("tell T !", False, Phrase("tell"), ["dobj"], (True, False, False)),
        (
            "receive [weapon] from:T <>",
            False,
            Phrase("receive"),
            ["obj", "prep"],
            (False, False, True),
        ),
        ("n:car bomb in|near:T", True, Phrase("bomb", ("car",)), ["prep"], (False, False, False)),
        ("n:call to:T", True, Phrase("call"), ["prep"], (False, False, False)),
    ],
)
def test_lexicon_parse_pattern(
    pattern: str, noun: bool, head: Phrase, kinds: list[str], flags: tuple[bool, bool, bool]
) -> None:
    e = parse_pattern(pattern, code="190", entry_id="190:0")
    assert (e.noun, e.head, [a.kind for a in e.args]) == (noun, head, kinds)
    assert (e.require_target, e.symmetric, e.swap) == flags


def test_lexicon_no_object_flag() -> None:
    # "-T": the pattern is for the verb without a direct object of its own
    flagged = parse_pattern("submit to:T -T", code="080", entry_id="x")
    plain = parse_pattern("talk to:T ~ !", code="040", entry_id="y")
    assert flagged.intransitive and [a.kind for a in flagged.args] == ["prep"]
    assert not plain.intransitive and (plain.symmetric, plain.require_target) == (True, True)


def test_lexicon_via_phrase_as_target() -> None:
    # "word>[x]:T": the prepositional object must read as x, and its actor is the target
    marked = parse_pattern("come under>[fire|attack]:T <>", code="190", entry_id="x")
    plain = parse_pattern("come under>[fire|attack] <>", code="190", entry_id="y")
    assert [(a.kind, a.target) for a in marked.args] == [("via", True)]
    assert [(a.kind, a.target) for a in plain.args] == [("via", False)]
    assert marked.args[0].phrases == plain.args[0].phrases == (Phrase("fire"), Phrase("attack"))


def test_lexicon_prep_slot_optional_only_beside_an_anchor() -> None:
    anchored = parse_pattern("impose [sanction] on:T", code="163", entry_id="x")
    alone = parse_pattern("talk with:T", code="040", entry_id="y")
    assert [a.optional for a in anchored.args if a.kind == "prep"] == [True]
    assert [a.optional for a in alone.args] == [False]


def test_lexicon_phrase_with_modifiers() -> None:
    e = parse_pattern("launch [air strike|airstrike] on:T", code="195", entry_id="x")
    assert e.args[0].phrases == (Phrase("strike", ("air",)), Phrase("airstrike"))


@pytest.mark.parametrize("bad", ["attack T >x", "", "impose [sanction] (on)"])
def test_lexicon_bad_patterns_raise(bad: str) -> None:
    with pytest.raises(ConfigError):
        parse_pattern(bad, code="190", entry_id="x")


def test_lexicon_unknown_code_raises() -> None:
    with pytest.raises(ConfigError, match="not a CAMEO code"):
        VerbLexicon.from_mapping({"codes": {"999": ["attack T"]}})


def test_lexicon_builtin_covers_every_cameo_code() -> None:
    lexicon = VerbLexicon.builtin()
    direct = {e.code for e in lexicon.entries}
    codes = [c for c in cameo_table() if len(c) > 2]
    assert [c for c in codes if c not in direct] == []
    assert len(lexicon.entries) > 1500
    assert len({e.id for e in lexicon.entries}) == len(lexicon.entries)


@pytest.mark.parametrize(
    ("governor", "code", "addressee", "expected"),
    [
        ("threaten", "163", False, "1312"),
        ("vow", "061", False, "0311"),  # vowing cooperation is intent
        ("vow", "190", False, "138"),  # vowing force is a threat
        ("urge", "0874", True, "0256"),
        ("want", "190", True, "021"),  # wanting someone else to fight: an appeal for material help
        ("urge", "111", True, "020"),  # a verbal act asked for is a bare appeal
        ("refuse", "0841", False, "1243"),
        ("demand", "0874", True, "106"),
        ("say", "190", False, None),
    ],
)
def test_lexicon_recode(governor: str, code: str, addressee: bool, expected: str | None) -> None:
    hit = VerbLexicon.builtin().recode(governor, code, addressee=addressee)
    assert (hit[1] if hit else None) == expected
