"""Argument extraction on hand-built parses: subjects through xcomp/conj/relcl/pcomp, passives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from events_support import parse

from tidings.events import VerbLexicon, clauses, phrases, syntax

REFUSED = [
    ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
    ("refused", 1, "ROOT", "VERB", "refuse", "VBD"),
    ("to", 3, "aux", "PART", "to", "TO"),
    ("withdraw", 1, "xcomp", "VERB", "withdraw", "VB"),
    ("troops", 3, "dobj", "NOUN", "troop", "NNS"),
]
URGED = [
    ("NATO", 1, "nsubj", "PROPN", "NATO", "NNP"),
    ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
    ("Russia", 1, "dobj", "PROPN", "Russia", "NNP"),
    ("to", 4, "aux", "PART", "to", "TO"),
    ("withdraw", 1, "xcomp", "VERB", "withdraw", "VB"),
]
BLAMED = [
    ("Moscow", 2, "nsubjpass", "PROPN", "Moscow", "NNP"),
    ("was", 2, "auxpass", "AUX", "be", "VBD"),
    ("blamed", 2, "ROOT", "VERB", "blame", "VBN"),
    ("by", 2, "agent", "ADP", "by", "IN"),
    ("NATO", 3, "pobj", "PROPN", "NATO", "NNP"),
]
MET_SIGNED = [
    ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
    ("met", 1, "ROOT", "VERB", "meet", "VBD"),
    ("China", 1, "dobj", "PROPN", "China", "NNP"),
    ("and", 1, "cc", "CCONJ", "and", "CC"),
    ("signed", 1, "conj", "VERB", "sign", "VBD"),
    ("a", 6, "det", "DET", "a", "DT"),
    ("deal", 4, "dobj", "NOUN", "deal", "NN"),
]
ACCUSED = [
    ("Ukraine", 1, "nsubj", "PROPN", "Ukraine", "NNP"),
    ("accused", 1, "ROOT", "VERB", "accuse", "VBD"),
    ("Russia", 1, "dobj", "PROPN", "Russia", "NNP"),
    ("of", 1, "prep", "ADP", "of", "IN"),
    ("attacking", 3, "pcomp", "VERB", "attack", "VBG"),
    ("Kharkiv", 4, "dobj", "PROPN", "Kharkiv", "NNP"),
]
JOINED = [
    ("Canada", 1, "nsubj", "PROPN", "Canada", "NNP"),
    ("joined", 1, "ROOT", "VERB", "join", "VBD"),
    ("Japan", 1, "dobj", "PROPN", "Japan", "NNP"),
    ("in", 1, "prep", "ADP", "in", "IN"),
    ("condemning", 3, "pcomp", "VERB", "condemn", "VBG"),
    ("Iran", 4, "dobj", "PROPN", "Iran", "NNP"),
]
SHARED = [
    ("Rebels", 1, "nsubj", "NOUN", "rebel", "NNS"),
    ("shelled", 1, "ROOT", "VERB", "shell", "VBD"),
    ("and", 1, "cc", "CCONJ", "and", "CC"),
    ("captured", 1, "conj", "VERB", "capture", "VBD"),
    ("Goma", 3, "dobj", "PROPN", "Goma", "NNP"),
]
OWN_SUBJECT = [
    ("Rebels", 1, "nsubj", "NOUN", "rebel", "NNS"),
    ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
    ("and", 1, "cc", "CCONJ", "and", "CC"),
    ("troops", 4, "nsubj", "NOUN", "troop", "NNS"),
    ("captured", 1, "conj", "VERB", "capture", "VBD"),
    ("Goma", 4, "dobj", "PROPN", "Goma", "NNP"),
]
RELCL = [
    ("troops", 0, "ROOT", "NOUN", "troop", "NNS"),
    ("who", 2, "nsubj", "PRON", "who", "WP"),
    ("attacked", 0, "relcl", "VERB", "attack", "VBD"),
    ("Kyiv", 2, "dobj", "PROPN", "Kyiv", "NNP"),
]
DENIED = [
    ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
    ("denied", 1, "ROOT", "VERB", "deny", "VBD"),
    ("attacking", 1, "xcomp", "VERB", "attack", "VBG"),
    ("Ukraine", 2, "dobj", "PROPN", "Ukraine", "NNP"),
]


@pytest.mark.parametrize(
    ("rows", "verb", "subject"),
    [
        (REFUSED, 3, "Russia"),  # subject control through xcomp
        (URGED, 4, "Russia"),  # object control: the urged party acts
        (BLAMED, 2, "NATO"),  # passive: the "by" agent
        (MET_SIGNED, 4, "Russia"),  # conjoined verb shares the subject
        (ACCUSED, 4, "Russia"),  # gerund under "accuse X of": the accused
        (RELCL, 2, "troops"),  # relative clause: the modified noun
        (DENIED, 2, "Russia"),  # "denied attacking": the denier
    ],
)
def test_clauses_subjects(
    build_doc: Callable[..., Any], rows: list[Any], verb: int, subject: str
) -> None:
    doc = parse(build_doc, rows)
    assert [t.text for t in syntax.subjects(doc[verb])] == [subject]


def test_clauses_one_joined_in_an_act_does_it_with_the_joiner(
    build_doc: Callable[..., Any],
) -> None:
    doc = parse(build_doc, JOINED)
    assert [t.text for t in syntax.subjects(doc[4])] == ["Canada", "Japan"]


def test_clauses_coordinated_verbs_share_the_last_ones_object(
    build_doc: Callable[..., Any],
) -> None:
    doc = parse(build_doc, SHARED)
    obj = syntax.direct_object(doc[1])
    assert obj is not None and obj.text == "Goma"
    # a conjunct with a subject of its own is another clause, its object its own
    assert syntax.direct_object(parse(build_doc, OWN_SUBJECT)[1]) is None


def test_clauses_passive_object_is_surface_subject(build_doc: Callable[..., Any]) -> None:
    doc = parse(build_doc, BLAMED)
    assert syntax.is_passive(doc[2])
    obj = syntax.direct_object(doc[2])
    assert obj is not None and obj.text == "Moscow"


@pytest.mark.parametrize(
    ("rows", "verb", "code", "trigger"),
    [
        (MET_SIGNED, 4, "057", ["signed", "deal"]),
        (BLAMED, 2, "112", ["blamed"]),
        (ACCUSED, 1, "1123", ["accused", "of", "attacking"]),  # accused of aggression
    ],
)
def test_clauses_best_match(
    build_doc: Callable[..., Any], rows: list[Any], verb: int, code: str, trigger: list[str]
) -> None:
    doc = parse(build_doc, rows)
    m = clauses.best_match(doc[verb], VerbLexicon.builtin())
    assert m is not None
    assert m.entry.code == code
    assert [t.text for t in m.trigger] == trigger


def test_clauses_object_phrase_with_modifier_beats_plain_noun(
    build_doc: Callable[..., Any],
) -> None:
    # "launched an air strike": the aerial-weapons entry (195), not a labour strike (143)
    doc = parse(
        build_doc,
        [
            ("USA", 1, "nsubj", "PROPN", "USA", "NNP"),
            ("launched", 1, "ROOT", "VERB", "launch", "VBD"),
            ("an", 4, "det", "DET", "an", "DT"),
            ("air", 4, "compound", "NOUN", "air", "NN"),
            ("strike", 1, "dobj", "NOUN", "strike", "NN"),
            ("against", 1, "prep", "ADP", "against", "IN"),
            ("Iraq", 5, "pobj", "PROPN", "Iraq", "NNP"),
        ],
    )
    m = clauses.best_match(doc[1], VerbLexicon.builtin())
    assert m is not None and m.entry.code == "195"
    assert [t.text for t in m.targets] == ["Iraq"]


def test_clauses_coordinated_modifier_object_reads_with_its_conjunct(
    build_doc: Callable[..., Any],
) -> None:
    # "launched air and artillery strikes": the parser makes "air" the object and "strikes" its
    # conjunct; the conjunct with "air" as its modifier is the aerial-weapons entry (195)
    doc = parse(
        build_doc,
        [
            ("army", 1, "nsubj", "NOUN", "army", "NN"),
            ("launched", 1, "ROOT", "VERB", "launch", "VBD"),
            ("air", 1, "dobj", "NOUN", "air", "NN"),
            ("and", 2, "cc", "CCONJ", "and", "CC"),
            ("artillery", 5, "compound", "NOUN", "artillery", "NN"),
            ("strikes", 2, "conj", "NOUN", "strike", "NNS"),
            ("against", 1, "prep", "ADP", "against", "IN"),
            ("rebels", 6, "pobj", "NOUN", "rebel", "NNS"),
        ],
    )
    m = clauses.best_match(doc[1], VerbLexicon.builtin())
    assert m is not None and m.entry.code == "195"
    assert [t.text for t in m.objects] == ["strikes"]
    assert [t.text for t in m.targets] == ["rebels"]


def test_clauses_required_object_missing_means_no_match(build_doc: Callable[..., Any]) -> None:
    # "imposed restrictions" is not "imposed sanctions": the object set must match
    doc = parse(
        build_doc,
        [
            ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
            ("imposed", 1, "ROOT", "VERB", "impose", "VBD"),
            ("fees", 1, "dobj", "NOUN", "fee", "NNS"),
        ],
    )
    assert clauses.best_match(doc[1], VerbLexicon.builtin()) is None


@pytest.mark.parametrize(
    ("form", "lemma", "misspelt"),
    [
        ("departes", "depart", True),  # "-es" after a plain consonant is a typo
        ("attackes", "attack", True),
        ("departs", "depart", False),
        ("fixes", "fix", False),  # sibilant stems take "-es"
        ("reaches", "reach", False),
        ("goes", "go", False),
        ("writes", "write", False),  # "-s" after a silent "e"
    ],
)
def test_misspelt_third_person_forms_are_no_triggers(
    build_doc: Callable[..., Any], form: str, lemma: str, misspelt: bool
) -> None:
    doc = build_doc(
        ["Russia", form, "Ukraine"],
        [1, 1, 1],
        ["nsubj", "ROOT", "dobj"],
        pos=["PROPN", "VERB", "PROPN"],
        tags=["NNP", "VBZ", "NNP"],
        lemmas=["Russia", lemma, "Ukraine"],
    )
    assert clauses.misspelt_verb(doc[1]) is misspelt


# ---- prepositions under a particle, infinitival "to", objects a pattern does not name ------

# "pulled out of politics": the parser hangs "of" on the particle "out", not on the verb
PULLED_OUT_OF = [
    ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"),
    ("pulled", 1, "ROOT", "VERB", "pull", "VBD"),
    ("out", 1, "prep", "ADP", "out", "IN"),
    ("of", 2, "prep", "ADP", "of", "IN"),
]


@pytest.mark.parametrize(
    ("noun", "lemma", "code", "targets"),
    [
        ("politics", "politic", "080", []),  # leaving politics: no military retreat (0874)
        ("race", "race", "080", []),
        ("Kherson", "Kherson", "0874", ["Kherson"]),  # troops leaving a place still retreat
    ],
)
def test_clauses_preposition_under_particle(
    build_doc: Callable[..., Any], noun: str, lemma: str, code: str, targets: list[str]
) -> None:
    tag, pos = ("NNP", "PROPN") if noun[0].isupper() else ("NNS", "NOUN")
    doc = parse(build_doc, [*PULLED_OUT_OF, (noun, 3, "pobj", pos, lemma, tag)])
    m = clauses.best_match(doc[1], VerbLexicon.builtin())
    assert m is not None and m.entry.code == code
    assert [t.text for t in m.targets] == targets


def _announced(build_doc: Callable[..., Any], after_to: list[Any]) -> Any:
    return parse(
        build_doc,
        [
            ("Kenya", 1, "nsubj", "PROPN", "Kenya", "NNP"),
            ("announced", 1, "ROOT", "VERB", "announce", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"),
            ("scheme", 1, "dobj", "NOUN", "scheme", "NN"),
            *after_to,
        ],
    )


def test_clauses_misparsed_infinitive_fills_no_to_slot(build_doc: Callable[..., Any]) -> None:
    # "a scheme to house refugees", parsed as "to" + the noun phrase "house refugees"
    doc = _announced(
        build_doc,
        [
            ("to", 3, "prep", "ADP", "to", "IN"),
            ("shelter", 6, "compound", "NOUN", "shelter", "NN"),
            ("refugees", 4, "pobj", "NOUN", "refugee", "NNS"),
        ],
    )
    assert syntax.infinitival_to(doc[4])
    m = clauses.best_match(doc[1], VerbLexicon.builtin())
    assert m is None or "refugees" not in [t.text for t in m.targets]
    assert "refugees" not in [t.text for t in phrases.phrase_targets(doc[1])]


def test_clauses_infinitive_parsed_as_pcomp_is_no_preposition(
    build_doc: Callable[..., Any],
) -> None:
    doc = _announced(
        build_doc,
        [
            ("to", 3, "prep", "ADP", "to", "IN"),
            ("resettle", 4, "pcomp", "VERB", "resettle", "VB"),
            ("refugees", 5, "dobj", "NOUN", "refugee", "NNS"),
        ],
    )
    assert syntax.infinitival_to(doc[4])
    m = clauses.best_match(doc[1], VerbLexicon.builtin())
    assert m is None or m.entry.code != "010"


def test_clauses_prepositional_to_after_a_plan_still_addresses(
    build_doc: Callable[..., Any],
) -> None:
    # "announced a scheme to the parliament": a determiner starts a real prepositional object
    doc = _announced(
        build_doc,
        [
            ("to", 1, "prep", "ADP", "to", "IN"),
            ("the", 6, "det", "DET", "the", "DT"),
            ("parliament", 4, "pobj", "NOUN", "parliament", "NN"),
        ],
    )
    assert not syntax.infinitival_to(doc[4])
    m = clauses.best_match(doc[1], VerbLexicon.builtin())
    assert m is not None and m.entry.code == "010"
    assert [t.text for t in m.targets] == ["parliament"]


def _submitted(build_doc: Callable[..., Any], obj: list[Any]) -> Any:
    n = len(obj)
    return parse(
        build_doc,
        [
            ("Kenya", 1, "nsubj", "PROPN", "Kenya", "NNP"),
            ("submitted", 1, "ROOT", "VERB", "submit", "VBD"),
            *obj,
            ("to", 1, "prep", "ADP", "to", "IN"),
            ("Uganda", 2 + n, "pobj", "PROPN", "Uganda", "NNP"),
        ],
    )


@pytest.mark.parametrize(
    ("obj", "yields"),
    [
        ([], True),  # "submitted to Uganda": yields (080)
        ([("itself", 1, "dobj", "PRON", "itself", "PRP")], True),  # a reflexive object too
        ([("documents", 1, "dobj", "NOUN", "document", "NNS")], False),  # presents, yields not
    ],
)
def test_clauses_unnamed_object_blocks_intransitive_pattern(
    build_doc: Callable[..., Any], obj: list[Any], yields: bool
) -> None:
    doc = _submitted(build_doc, obj)
    m = clauses.best_match(doc[1], VerbLexicon.builtin())
    assert (m is not None and m.entry.code == "080") is yields
