"""The spaCy pipeline wrapper: model choice and the dateline component."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tidings
from tidings.errors import ConfigError
from tidings.nlp import DATELINE, load_pipeline, resolve_model_name


@pytest.mark.parametrize(
    ("text", "is_dateline"),
    [
        ("KYIV, Feb 1 (Tidings Wire) - Johnson met Zelenskyy.", True),
        ("Moscow, Dec 15 (Tidings Wire) - Russia handed over drafts.", True),
        ("MOSCOW, December 17 — Russia published drafts.", True),
        ("WASHINGTON (AP) — The president spoke.", True),
        ("NEW YORK, Jan. 31, 2022 (Tidings Wire) - The council met.", True),
        ("GAZA CITY, Palestinian Territories: Two men were killed.", True),
        ("LYON: Interpol said it would send a team.", True),
        ("Moscow - the city said nothing.", False),
        ("Q: Did the talks fail?", False),
        ("Russia: a timeline of the crisis.", False),
        ("Russia and China - partners - met.", False),
        ("The talks in Geneva ended on Monday.", False),
    ],
)
def test_nlp_dateline_pattern(text: str, is_dateline: bool) -> None:
    assert bool(DATELINE.match(text)) is is_dateline


@pytest.mark.model
def test_nlp_dateline_is_its_own_sentence_so_the_lede_keeps_its_subject(nlp: Any) -> None:
    doc = nlp("KYIV, Feb 1 (Tidings Wire) - British Prime Minister Boris Johnson met Ukrainian "
              "President Volodymyr Zelenskyy in Kyiv on Tuesday.")
    sents = list(doc.sents)
    assert sents[0].text == "KYIV, Feb 1 (Tidings Wire) -"
    subjects = [t.text for t in sents[1] if t.dep_ == "nsubj"]
    assert subjects == ["Johnson"]
    assert doc.text.startswith("KYIV")  # the text itself is untouched: offsets stay valid


def test_nlp_unknown_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no_such_pipeline"):
        load_pipeline("no_such_pipeline")
    assert resolve_model_name("anything") == "anything"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Armenia is waging a war on two fronts.", "waging", "wage"),
        ("The army staged drills near the border.", "staged", "stage"),
        ("The court fined the editor for the report.", "fined", "fine"),
        ("Police cordoned off the square before the rally.", "cordoned", "cordon"),
        ("The minister lambasted the opposition on Monday.", "lambasted", "lambaste"),
        ("Riot police teargassed the crowd outside parliament.", "teargassed", "teargas"),
        # the noun form shares the lemma
        ("Workers demanded higher wages.", "wages", "wage"),
        ("Drones struck two air bases overnight.", "bases", "base"),
        ("Investigators exhumed the graves near the town.", "graves", "grave"),
        # a hyphenated word of the lexicon is one token, with its lemma
        ("Paris urged Moscow to de-escalate at once.", "de-escalate", "de-escalate"),
        ("The rebels machine-gunned a convoy.", "machine-gunned", "machine-gun"),
        ("Both sides broke the cease-fires they had signed.", "cease-fires", "cease-fire"),
    ],
)
def test_nlp_lemmas_the_rule_lemmatizer_cuts_wrong(
    nlp: Any, text: str, word: str, lemma: str
) -> None:
    # the rule lemmatizer makes "wag", "stag", "fin", "cordone" of these; the lexicon's verbs
    # would then never match
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.lemma_ == lemma


def test_nlp_every_hyphenated_lexicon_word_is_kept_whole() -> None:
    # a hyphenated word the tokenizer splits can never match a pattern of the lexicon
    import re

    import yaml

    from tidings.tokenizer_fixes import HYPHENATED_VERBS

    text = (Path(tidings.__file__).parent / "data" / "verbs.yaml").read_text(encoding="utf-8")
    codes = yaml.safe_load(text)["codes"]
    words = {
        w for patterns in codes.values() for p in patterns for w in re.findall(r"\w+(?:-\w+)+", p)
    }
    assert words and words <= set(HYPHENATED_VERBS), sorted(words - set(HYPHENATED_VERBS))
