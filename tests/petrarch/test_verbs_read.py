"""Reading PETRARCH verb dictionaries: synsets, blocks, verb forms, patterns and codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.petrarch import VerbPattern, read_verbs

VERBS = """\
####### SYNONYM SETS #######
&FRUIT_
+APPLES
+STONE_FRUIT

&SNACK
+&FRUIT
+BISCUIT

####### VERB PATTERNS #######
--- PRAISE  [051]  ---
PRAISE
LAUD {LAUDS LAUDED LAUDING}
+TALK_UP [052]   # the verb is the first word
WIRE_+TAP
- * &SNACK                      [061]   # synset after the verb
- + * (WITH HONOURS)            [062:063]
- * (BEFORE {SPECIAL JURY})     [:173]
- NO VERB POSITION HERE         [010]
- * STRANGE                     [05X!]

--- SHRUG  [---]  ---
SHRUG
- * OFF_+                       [0231]

GRUMBLE [120]
- $ * AT_+                      [121]
BLUSTER
- * LOUDLY                      [125]
~ a (a b SHRUG) SAY = a b 010
"""


@pytest.fixture()
def parsed(tmp_path: Path) -> tuple[list[VerbPattern], dict[str, tuple[str, ...]], list[str]]:
    path = tmp_path / "Test.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return read_verbs(path)


def _find(patterns: list[VerbPattern], raw_start: str) -> VerbPattern:
    return next(p for p in patterns if p.raw.startswith(raw_start))


def test_verbs_read_synsets_with_nested_synset(parsed) -> None:
    synsets = parsed[1]
    assert synsets["&FRUIT"] == ("apples", "stone fruit")
    assert synsets["&SNACK"] == ("apples", "stone fruit", "biscuit")


def test_verbs_read_verb_forms_and_heads(parsed) -> None:
    block = _find(parsed[0], "* &SNACK")
    forms = {v.lemma: v for v in block.verbs}
    assert set(forms) == {"praise", "laud", "talk up", "wire tap"}
    assert forms["laud"].forms == ("lauds", "lauded", "lauding")
    assert (forms["talk up"].head, forms["talk up"].code) == ("talk", "052")
    assert forms["wire tap"].head == "tap"


@pytest.mark.parametrize(
    ("raw", "code", "reverse", "pre", "post"),
    [
        ("* &SNACK", "061", None, (), ("&snack",)),
        ("+ * (WITH HONOURS)", "062", "063", ("+",), ("(with", "honours)")),
        ("* (BEFORE {SPECIAL JURY})", None, "173", (), ("(before", "{special", "jury})")),
        ("* OFF_+", "0231", None, (), ("off", "+")),
        ("$ * AT_+", "121", None, ("$",), ("at", "+")),
    ],
)
def test_verbs_read_patterns(parsed, raw, code, reverse, pre, post) -> None:
    pattern = _find(parsed[0], raw)
    assert (pattern.code, pattern.reverse_code, pattern.pre, pattern.post) == (
        code,
        reverse,
        pre,
        post,
    )


@pytest.mark.parametrize(
    ("verb", "code"),
    [("praise", "051"), ("laud", "051"), ("talk up", "052"), ("grumble", "120")],
)
def test_verbs_read_bare_verb_codes(parsed, verb, code) -> None:
    bare = [p for p in parsed[0] if p.tokens == ("*",) and p.verbs[0].lemma == verb]
    assert [p.code for p in bare] == [code]


def test_verbs_read_null_block_code_gives_no_bare_event(parsed) -> None:
    assert not [p for p in parsed[0] if p.tokens == ("*",) and p.verbs[0].lemma == "shrug"]


def test_verbs_read_headerless_block_starts_after_patterns(parsed) -> None:
    # TABARI layout: "BLUSTER" follows GRUMBLE's patterns, so it opens a block of its own.
    loudly = _find(parsed[0], "* LOUDLY")
    assert [v.lemma for v in loudly.verbs] == ["bluster"]
    at_target = _find(parsed[0], "$ * AT_+")
    assert [v.lemma for v in at_target.verbs] == ["grumble"]


def test_verbs_read_reports_bad_patterns(parsed) -> None:
    problems = parsed[2]
    assert len(problems) == 2
    assert "Test.verbs.txt:19:" in problems[0] and "'*'" in problems[0]
    assert "Test.verbs.txt:20:" in problems[1] and "05X!" in problems[1]
