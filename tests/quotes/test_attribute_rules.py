"""Quote attribution rules on hand-built Docs (no trained model): cue, speaker, kind, merging."""

from __future__ import annotations

import pytest
from quotes_fakes import LAVROV, FakeIndex, article_for, doc_from

from tidings.errors import InputError
from tidings.ids import content_id
from tidings.quotes import CODER, attribute_quotes

SPLIT = "“We will respond,” he said, “and firmly.”"
SPLIT_ROWS = [
    ("“", 7, "punct", "PUNCT", "\""), ("We", 3, "nsubj", "PRON", "we"),
    ("will", 3, "aux", "AUX", "will"), ("respond", 7, "ccomp", "VERB", "respond"),
    (",", 7, "punct", "PUNCT", ","), ("”", 7, "punct", "PUNCT", "\""),
    ("he", 7, "nsubj", "PRON", "he"), ("said", 7, "ROOT", "VERB", "say"),
    (",", 7, "punct", "PUNCT", ","), ("“", 7, "punct", "PUNCT", "\""),
    ("and", 11, "cc", "CCONJ", "and"), ("firmly", 7, "advmod", "ADV", "firmly"),
    (".", 7, "punct", "PUNCT", "."), ("”", 7, "punct", "PUNCT", "\""),
]


def test_attribute_split_quote_is_one_record_with_coref_speaker() -> None:
    doc = doc_from(SPLIT, SPLIT_ROWS)
    index = FakeIndex(doc, [(6, 7, {**LAVROV, "via": "coref"})])
    [q] = attribute_quotes(article_for(SPLIT), doc, index=index)
    assert q.text == "We will respond ... and firmly."
    assert (q.start, q.end) == (1, len(SPLIT) - 1)
    assert q.cue == "said" and SPLIT[q.cue_start:q.cue_end] == "said"
    assert q.start < q.cue_start < q.end  # the cue sits between the parts
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.code == "RUSGOV" and q.speaker.text == "he"
    assert q.id == content_id("art-1", q.start, q.end, "quote")
    assert q.coder == CODER


PRONOUN = "Dmitry Peskov spoke. “It is a provocation,” he said."
PRONOUN_ROWS = [
    ("Dmitry", 1, "compound", "PROPN", "Dmitry"), ("Peskov", 2, "nsubj", "PROPN", "Peskov"),
    ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
    ("“", 12, "punct", "PUNCT", "\""), ("It", 6, "nsubj", "PRON", "it"),
    ("is", 12, "ccomp", "AUX", "be"), ("a", 8, "det", "DET", "a"),
    ("provocation", 6, "attr", "NOUN", "provocation"), (",", 12, "punct", "PUNCT", ","),
    ("”", 12, "punct", "PUNCT", "\""), ("he", 12, "nsubj", "PRON", "he"),
    ("said", 12, "ROOT", "VERB", "say"), (".", 12, "punct", "PUNCT", "."),
]


def test_attribute_unresolved_pronoun_falls_back_to_recent_unknown_person() -> None:
    doc = doc_from(PRONOUN, PRONOUN_ROWS, ents=[(0, 2, "PERSON")], sent_starts=(0, 4))
    [q] = attribute_quotes(article_for(PRONOUN), doc, index=FakeIndex(doc))
    assert q.text == "It is a provocation"
    assert q.speaker is not None
    # A person the dictionary does not know: name as written, empty code, no country.
    assert (q.speaker.name, q.speaker.code, q.speaker.kind) == ("Dmitry Peskov", "", "person")
    assert q.speaker.country is None
    assert q.speaker.text == "he" and q.speaker.via == "recency"


INVERTED = "“The sanctions are illegal,” said Lavrov."
INVERTED_ROWS = [
    ("“", 7, "punct", "PUNCT", "\""), ("The", 2, "det", "DET", "the"),
    ("sanctions", 3, "nsubj", "NOUN", "sanction"), ("are", 7, "ccomp", "AUX", "be"),
    ("illegal", 3, "acomp", "ADJ", "illegal"), (",", 7, "punct", "PUNCT", ","),
    ("”", 7, "punct", "PUNCT", "\""), ("said", 7, "ROOT", "VERB", "say"),
    ("Lavrov", 7, "nsubj", "PROPN", "Lavrov"), (".", 7, "punct", "PUNCT", "."),
]


def test_attribute_inverted_cue_speaker_from_index() -> None:
    doc = doc_from(INVERTED, INVERTED_ROWS, ents=[(8, 9, "PERSON")])
    [q] = attribute_quotes(article_for(INVERTED), doc, index=FakeIndex(doc, [(8, 9, LAVROV)]))
    assert q.cue == "said" and q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Sergei Lavrov"


def test_attribute_inverted_cue_misparsed_as_object_still_finds_speaker() -> None:
    rows = [*INVERTED_ROWS[:8], ("Lavrov", 7, "dobj", "PROPN", "Lavrov"), INVERTED_ROWS[9]]
    doc = doc_from(INVERTED, rows, ents=[(8, 9, "PERSON")])
    [q] = attribute_quotes(article_for(INVERTED), doc, index=FakeIndex(doc))
    assert q.speaker is not None and (q.speaker.name, q.speaker.code) == ("Lavrov", "")


INDIRECT = "Lavrov said that Moscow would respond."
INDIRECT_ROWS = [
    ("Lavrov", 1, "nsubj", "PROPN", "Lavrov"), ("said", 1, "ROOT", "VERB", "say"),
    ("that", 5, "mark", "SCONJ", "that"), ("Moscow", 5, "nsubj", "PROPN", "Moscow"),
    ("would", 5, "aux", "AUX", "would"), ("respond", 1, "ccomp", "VERB", "respond"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_attribute_indirect_that_clause() -> None:
    doc = doc_from(INDIRECT, INDIRECT_ROWS)
    [q] = attribute_quotes(article_for(INDIRECT), doc, index=FakeIndex(doc, [(0, 1, LAVROV)]))
    assert (q.kind, q.text, q.cue) == ("indirect", "Moscow would respond", "said")
    assert q.speaker is not None and q.speaker.code == "RUSGOV"


def test_attribute_negated_cue_reports_nothing() -> None:
    text = "Lavrov did not say whether Moscow would respond."
    rows = [
        ("Lavrov", 3, "nsubj", "PROPN", "Lavrov"), ("did", 3, "aux", "AUX", "do"),
        ("not", 3, "neg", "PART", "not"), ("say", 3, "ROOT", "VERB", "say"),
        ("whether", 7, "mark", "SCONJ", "whether"), ("Moscow", 7, "nsubj", "PROPN", "Moscow"),
        ("would", 7, "aux", "AUX", "would"), ("respond", 3, "ccomp", "VERB", "respond"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    doc = doc_from(text, rows)
    assert attribute_quotes(article_for(text), doc, index=FakeIndex(doc)) == []


BEFORE = "Moscow would respond, Lavrov said."
BEFORE_ROWS = [
    ("Moscow", 2, "nsubj", "PROPN", "Moscow"), ("would", 2, "aux", "AUX", "would"),
    ("respond", 2, "ROOT", "VERB", "respond"), (",", 2, "punct", "PUNCT", ","),
    ("Lavrov", 5, "nsubj", "PROPN", "Lavrov"), ("said", 2, "parataxis", "VERB", "say"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_attribute_indirect_content_before_parataxis_cue() -> None:
    doc = doc_from(BEFORE, BEFORE_ROWS)
    [q] = attribute_quotes(article_for(BEFORE), doc, index=FakeIndex(doc, [(4, 5, LAVROV)]))
    assert (q.kind, q.text) == ("indirect", "Moscow would respond")
    assert q.speaker is not None and q.speaker.name == "Sergei Lavrov"


ACCORDING = "The talks ended, according to TASS."
ACCORDING_ROWS = [
    ("The", 1, "det", "DET", "the"), ("talks", 2, "nsubj", "NOUN", "talk"),
    ("ended", 2, "ROOT", "VERB", "end"), (",", 2, "punct", "PUNCT", ","),
    ("according", 2, "prep", "VERB", "accord"), ("to", 4, "prep", "ADP", "to"),
    ("TASS", 5, "pobj", "PROPN", "TASS"), (".", 2, "punct", "PUNCT", "."),
]


def test_attribute_according_to_names_source_and_relay() -> None:
    doc = doc_from(ACCORDING, ACCORDING_ROWS, ents=[(6, 7, "ORG")])
    article = article_for(ACCORDING, cited=["TASS"])
    [q] = attribute_quotes(article, doc, index=FakeIndex(doc))
    assert (q.kind, q.text, q.cue) == ("indirect", "The talks ended", "according to")
    assert q.speaker is not None and (q.speaker.name, q.speaker.code) == ("TASS", "")
    assert q.relayed_by == ("TASS",)


RUNNING = "“We are ready,” Lavrov said.\n\n“Nobody listens.”\n\nThe talks ended.\n\n“Too late.”"
RUNNING_ROWS = [
    ("“", 7, "punct", "PUNCT", "\""), ("We", 2, "nsubj", "PRON", "we"),
    ("are", 7, "ccomp", "AUX", "be"), ("ready", 2, "acomp", "ADJ", "ready"),
    (",", 7, "punct", "PUNCT", ","), ("”", 7, "punct", "PUNCT", "\""),
    ("Lavrov", 7, "nsubj", "PROPN", "Lavrov"), ("said", 7, "ROOT", "VERB", "say"),
    (".", 7, "punct", "PUNCT", "."), ("\n\n", 7, "dep", "SPACE", "\n\n"),
    ("“", 12, "punct", "PUNCT", "\""), ("Nobody", 12, "nsubj", "PRON", "nobody"),
    ("listens", 12, "ROOT", "VERB", "listen"), (".", 12, "punct", "PUNCT", "."),
    ("”", 12, "punct", "PUNCT", "\""), ("\n\n", 12, "dep", "SPACE", "\n\n"),
    ("The", 17, "det", "DET", "the"), ("talks", 18, "nsubj", "NOUN", "talk"),
    ("ended", 18, "ROOT", "VERB", "end"), (".", 18, "punct", "PUNCT", "."),
    ("\n\n", 18, "dep", "SPACE", "\n\n"), ("“", 23, "punct", "PUNCT", "\""),
    ("Too", 23, "advmod", "ADV", "too"), ("late", 23, "ROOT", "ADV", "late"),
    (".", 23, "punct", "PUNCT", "."), ("”", 23, "punct", "PUNCT", "\""),
]


def test_attribute_running_quote_keeps_speaker_and_later_one_has_none() -> None:
    doc = doc_from(RUNNING, RUNNING_ROWS, sent_starts=(0, 10, 16, 21))
    quotes = attribute_quotes(article_for(RUNNING), doc, index=FakeIndex(doc, [(6, 7, LAVROV)]))
    assert [q.text for q in quotes] == ["We are ready", "Nobody listens.", "Too late."]
    first, running, stray = quotes
    assert first.speaker is not None and first.cue == "said"
    # the next paragraph continues the speaker, with no cue of its own
    assert running.speaker == first.speaker and running.cue is None
    # two paragraphs on, after narration, nobody is credited
    assert stray.speaker is None and stray.cue is None


def test_attribute_scare_quote_is_dropped() -> None:
    text = "Russia held a “referendum” there."
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "Russia"), ("held", 1, "ROOT", "VERB", "hold"),
        ("a", 4, "det", "DET", "a"), ("“", 4, "punct", "PUNCT", "\""),
        ("referendum", 1, "dobj", "NOUN", "referendum"), ("”", 4, "punct", "PUNCT", "\""),
        ("there", 1, "advmod", "ADV", "there"), (".", 1, "punct", "PUNCT", "."),
    ]
    doc = doc_from(text, rows)
    assert attribute_quotes(article_for(text), doc, index=FakeIndex(doc)) == []


def test_attribute_partial_quote_under_framing_verb() -> None:
    text = "Putin called the sanctions “an act of war” on Monday."
    rows = [
        ("Putin", 1, "nsubj", "PROPN", "Putin"), ("called", 1, "ROOT", "VERB", "call"),
        ("the", 3, "det", "DET", "the"), ("sanctions", 1, "dobj", "NOUN", "sanction"),
        ("“", 6, "punct", "PUNCT", "\""), ("an", 6, "det", "DET", "an"),
        ("act", 1, "oprd", "NOUN", "act"), ("of", 6, "prep", "ADP", "of"),
        ("war", 7, "pobj", "NOUN", "war"), ("”", 6, "punct", "PUNCT", "\""),
        ("on", 1, "prep", "ADP", "on"), ("Monday", 10, "pobj", "PROPN", "Monday"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = doc_from(text, rows, ents=[(0, 1, "PERSON")])
    [q] = attribute_quotes(article_for(text), doc, index=FakeIndex(doc))
    assert (q.kind, q.text, q.cue) == ("partial", "an act of war", "called")
    assert q.speaker is not None and q.speaker.name == "Putin"


def test_attribute_rejects_doc_of_other_text() -> None:
    doc = doc_from(INDIRECT, INDIRECT_ROWS)
    with pytest.raises(InputError):
        attribute_quotes(article_for(INDIRECT + " More."), doc, index=FakeIndex(doc))


def test_attribute_declined_to_say_reports_nothing() -> None:
    text = "Sullivan declined to say whether Washington would act."
    rows = [
        ("Sullivan", 1, "nsubj", "PROPN", "Sullivan"), ("declined", 1, "ROOT", "VERB", "decline"),
        ("to", 3, "aux", "PART", "to"), ("say", 1, "xcomp", "VERB", "say"),
        ("whether", 7, "mark", "SCONJ", "whether"),
        ("Washington", 7, "nsubj", "PROPN", "Washington"), ("would", 7, "aux", "AUX", "would"),
        ("act", 3, "ccomp", "VERB", "act"), (".", 1, "punct", "PUNCT", "."),
    ]
    doc = doc_from(text, rows)
    assert attribute_quotes(article_for(text), doc, index=FakeIndex(doc)) == []


def test_attribute_dash_layout_names_the_speaker() -> None:
    text = "“We are tired.”\u2015 Olena Kovalenko"
    rows = [
        ("“", 2, "punct", "PUNCT", "\""), ("We", 2, "nsubj", "PRON", "we"),
        ("are", 2, "ROOT", "AUX", "be"), ("tired", 2, "acomp", "ADJ", "tired"),
        (".", 2, "punct", "PUNCT", "."), ("”\u2015", 7, "punct", "PUNCT", "\""),
        ("Olena", 7, "compound", "PROPN", "Olena"), ("Kovalenko", 2, "dep", "PROPN", "Kovalenko"),
    ]
    doc = doc_from(text, rows, ents=[(6, 8, "PERSON")])
    [q] = attribute_quotes(article_for(text), doc, index=FakeIndex(doc))
    assert q.text == "We are tired."
    assert q.cue == "\u2015" and text[q.cue_start:q.cue_end] == "\u2015"
    assert q.speaker is not None and (q.speaker.name, q.speaker.code) == ("Olena Kovalenko", "")


PARENTHETICAL = "Acts of protest, Obama said, are acts of patriotism."
PARENTHETICAL_ROWS = [
    ("Acts", 7, "nsubj", "NOUN", "act"), ("of", 0, "prep", "ADP", "of"),
    ("protest", 1, "pobj", "NOUN", "protest"), (",", 7, "punct", "PUNCT", ","),
    ("Obama", 5, "nsubj", "PROPN", "Obama"), ("said", 7, "parataxis", "VERB", "say"),
    (",", 5, "punct", "PUNCT", ","),  # the comma closing the parenthetical hangs off the cue
    ("are", 7, "ROOT", "AUX", "be"), ("acts", 7, "attr", "NOUN", "act"),
    ("of", 8, "prep", "ADP", "of"), ("patriotism", 9, "pobj", "NOUN", "patriotism"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_attribute_parenthetical_cue_leaves_itself_out_of_the_content() -> None:
    doc = doc_from(PARENTHETICAL, PARENTHETICAL_ROWS, ents=[(4, 5, "PERSON")])
    [q] = attribute_quotes(article_for(PARENTHETICAL), doc, index=FakeIndex(doc))
    assert (q.kind, q.cue) == ("indirect", "said")
    assert q.text == "Acts of protest are acts of patriotism"
    assert q.start == 0 and PARENTHETICAL[q.end - 1] == "m"
    assert q.speaker is not None and q.speaker.name == "Obama"


def test_attribute_first_person_report_outside_quotes_is_not_a_quote() -> None:
    text = "We said that Moscow would respond."
    rows = [("We", 1, "nsubj", "PRON", "we"), *INDIRECT_ROWS[1:]]
    doc = doc_from(text, rows)
    assert attribute_quotes(article_for(text), doc, index=FakeIndex(doc)) == []


def test_attribute_empty_article_has_no_quotes() -> None:
    doc = doc_from("", [])
    assert attribute_quotes(article_for(""), doc, index=FakeIndex(doc)) == []


def test_attribute_complement_without_comma_is_not_reported_speech() -> None:
    text = "Officials will let Kuleba explain the plan."
    rows = [
        ("Officials", 2, "nsubj", "NOUN", "official"), ("will", 2, "aux", "AUX", "will"),
        ("let", 2, "ROOT", "VERB", "let"), ("Kuleba", 4, "nsubj", "PROPN", "Kuleba"),
        ("explain", 2, "ccomp", "VERB", "explain"), ("the", 6, "det", "DET", "the"),
        ("plan", 4, "dobj", "NOUN", "plan"), (".", 2, "punct", "PUNCT", "."),
    ]
    doc = doc_from(text, rows, ents=[(3, 4, "PERSON")])
    assert attribute_quotes(article_for(text), doc, index=FakeIndex(doc)) == []
