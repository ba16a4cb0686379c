"""The cue lexicon data file loads, and a malformed one fails with a clear ConfigError."""

from __future__ import annotations

import pytest

from tidings.errors import ConfigError
from tidings.quotes import CueLexicon


@pytest.mark.parametrize(
    ("field", "word"),
    [("speech_verbs", "say"), ("speech_verbs", "tweet"), ("indirect_verbs", "warn"),
     ("framing_verbs", "call"), ("person_pronouns", "she"), ("title_nouns", "leader"),
     ("withholding_verbs", "decline")],
)
def test_lexicon_builtin_has_word(field: str, word: str) -> None:
    assert word in getattr(CueLexicon.builtin(), field)


def test_lexicon_builtin_prepositional_cues_are_token_tuples() -> None:
    assert ("according", "to") in CueLexicon.builtin().prepositional_cues


def test_lexicon_indirect_verbs_are_speech_or_signal_verbs() -> None:
    lex = CueLexicon.builtin()
    # every indirect cue also cues direct quotes, except signalling verbs without quotes
    assert lex.indirect_verbs - lex.speech_verbs <= {"signal", "indicate", "hint", "disclose",
                                                    "inform"}


def test_lexicon_missing_list_is_config_error() -> None:
    with pytest.raises(ConfigError, match="speech_verbs"):
        CueLexicon.from_mapping({"indirect_verbs": []}, source="bad.yaml")
