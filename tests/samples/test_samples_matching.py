"""The matching rules the samples tests rely on (samples_support), so a fact table cannot pass
by a matcher that accepts everything. No model needed."""

from __future__ import annotations

import pytest
from samples_support import actor_matches, code_matches, cue_lemma, roots_of

from tidings.model import Actor


def _actor(code: str, country: str | None) -> Actor:
    return Actor(text=code, name=code, code=code, country=country)


@pytest.mark.parametrize(("actor", "spec", "expected"), [
    (_actor("USAGOV", "USA"), "USAGOV", True),
    (_actor("USAGOV", "USA"), "USA", True),  # bare country: the country decides
    (_actor("USA", "USA"), "USAGOV", False),  # a full code must be equal
    (_actor("USAMIL", "USA"), "USAGOV", False),
    (_actor("USAMIL", "USA"), "USAMIL USAGOV", True),
    (_actor("---GOV", None), "UKRMIL", False),
    (_actor("---SEP", None), "UKRSEP", False),
    (_actor("IGOWSTNAT", None), "NOR", False),
    (None, "-", True),
    (None, "USAGOV", False),
    (_actor("", None), "UKRCVL -", True),  # an unresolved mention counts as null
    (_actor("RUSGOV", "RUS"), "-", False),
    (_actor("RUSGOV", "RUS"), "*", True),
])
def test_samples_actor_spec(actor: Actor | None, spec: str, expected: bool) -> None:
    assert actor_matches(actor, spec) is expected


@pytest.mark.parametrize(("code", "spec", "expected"), [
    ("040", "044 040 042", True),
    ("041", "044 040 042", False),
    ("1312", "130 1312", True),
    ("027", "020 022 02x", True),
    ("030", "020 022 02x", False),
    ("190", "*", True),
])
def test_samples_code_spec(code: str, spec: str, expected: bool) -> None:
    assert code_matches(code, spec) is expected


def test_samples_roots_and_cues() -> None:
    assert roots_of("130 1312 13x") == {"13"}
    assert roots_of("043 040 042") == {"04"}
    assert cue_lemma("told") == "tell" and cue_lemma("Said") == "say" and cue_lemma(None) is None
