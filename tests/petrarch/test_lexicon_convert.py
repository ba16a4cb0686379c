"""Converting PETRARCH verb patterns into Tidings verb-lexicon patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.petrarch import read_verbs
from tidings.petrarch.lexicon import convert_patterns, lexicon_mapping

VERBS = """\
&FRUIT
+APPLES
+STONE_FRUIT

--- PRAISE  [051]  ---
PRAISE
+TALK_UP [052]
WIRE_+TAP
- * +                           [041]
- * &FRUIT                      [061]
- * DIPLOMATIC TIES             [064]
- * TALKS                       [046:046]
- * (BEFORE {SPECIAL JURY})     [:173]
- * (WITH +)                    [036]
- + * (WITH HONOURS)            [062]
- SOON *                        [057]
- * NEW_FRIENDSHIP              [903]

--- SHRUG  [---]  ---
SHRUG
- * OFF_+                       [0231]
- $ * AT_+                      [121]
- + * BY $                      [111]
"""

CAMEO_CODES = {
    "036",
    "041",
    "046",
    "051",
    "052",
    "057",
    "061",
    "062",
    "064",
    "0231",
    "121",
    "111",
    "173",
}


@pytest.fixture()
def conversion(tmp_path: Path):
    path = tmp_path / "Test.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    patterns, synsets, problems = read_verbs(path)
    assert problems == []
    return convert_patterns(patterns, synsets, known_codes=CAMEO_CODES)


@pytest.mark.parametrize(
    ("code", "pattern"),
    [
        ("051", "praise"),
        ("052", "talk up"),  # multi-word verb: the second word is a particle
        ("041", "praise T"),
        ("061", "praise [apple|apples|stone fruit]"),
        ("064", "praise [diplomatic tie|diplomatic ties]"),
        ("046", "praise [talk|talks] ~"),  # the same code both ways: mutual event
        ("173", "praise before>[special jury] <>"),  # only the reverse event
        ("036", "praise with:T"),
        ("0231", "shrug off:T"),
        ("121", "shrug at:T"),
    ],
)
def test_lexicon_convert_patterns(conversion, code, pattern) -> None:
    assert pattern in conversion.codes[code]


def test_lexicon_convert_skips_what_it_cannot_express(conversion) -> None:
    assert "062" not in conversion.codes and "057" not in conversion.codes  # words before *
    assert "111" not in conversion.codes  # a passive written out ("+ * BY $")
    assert "903" not in conversion.codes  # WEIS code, not CAMEO
    assert not any("wire" in p for ps in conversion.codes.values() for p in ps)
    assert conversion.skipped["words before the verb"] == 3
    assert conversion.skipped["not a CAMEO code"] == 1


def test_lexicon_mapping_on_top_of_or_instead_of_base(conversion) -> None:
    base = {"codes": {"051": ["laud T"]}, "transforms": {"x": {}}}
    on_top = lexicon_mapping(conversion, base=base)
    assert on_top["codes"]["051"][0] == "laud T" and "praise" in on_top["codes"]["051"]
    assert on_top["transforms"] == {"x": {}}
    instead = lexicon_mapping(conversion, base=base, replace=True)
    assert "laud T" not in instead["codes"]["051"]


def test_lexicon_convert_builds_a_verb_lexicon(tmp_path: Path) -> None:
    events = pytest.importorskip("tidings.events")
    from tidings.petrarch.lexicon import to_verb_lexicon

    path = tmp_path / "Test.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    patterns, synsets, _ = read_verbs(path)
    lexicon, conversion = to_verb_lexicon(patterns, synsets, replace=True)
    assert isinstance(lexicon, events.VerbLexicon)
    assert len(lexicon.entries) == conversion.converted
    assert {e.code for e in lexicon.verbs["praise"]} >= {"041", "051", "061", "064"}
