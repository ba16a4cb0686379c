"""Parse repairs (tidings.repair) on real parses and on hand-built ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary
from tidings.events import code_sentence
from tidings.repair import repair_parse

ON = date(2022, 3, 10)


def _triples(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


def test_pipeline_runs_the_repairs_last(nlp: Any) -> None:
    assert nlp.pipe_names[-1] == "tidings_repair"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the subject after a fronted "N days into ..." phrase acts, and is no target of the
        # noun in that phrase
        (
            "Ten days into the invasion of Ukraine, Biden and Scholz agreed new sanctions "
            "on Russia.",
            {("USAGOV", "RUS", "163"), ("DEUGOV", "RUS", "163")},
            set(),
        ),
        (
            "Three days into the talks with Iran, France, Germany and Britain walked out.",
            {("FRA", "IRN", "143"), ("GBR", "IRN", "143")},
            set(),
        ),
    ],
)
def test_fronted_time_phrase_gives_back_the_subject(
    nlp: Any,
    text: str,
    expected: set[tuple[str, str, str]],
    absent: set[tuple[str, str, str]],
) -> None:
    got = _triples(nlp, text)
    assert expected <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a headline's source after a closing dash is no party to its claim, and the claim
        # is reported
        (
            "Belarus threatens Lithuania - Polish minister",
            {("BLR", "LTU", "130", "reported")},
            {("BLR", "POLGOV", "130", "reported")},
        ),
        # a participle set off by a comma after an infinitive is the main subject's act
        (
            "Romania asks the alliance to prove it is serious, while accusing Moscow of lies.",
            {("ROU", "RUSGOV", "112", "asserted")},
            set(),
        ),
        (  # (also a speaker's noun in lower case, never the object of the clause)
            "Russian troops took control of Izium - mayor",
            {("RUSMIL", "UKR", "192", "reported")},
            {("RUSMIL", "---GOV", "192", "reported"), ("RUSMIL", "---GOV", "192", "asserted")},
        ),
        (
            "Turkey will mediate between Armenia and Azerbaijan - Erdogan",
            {("TUR", "ARM", "045", "future"), ("TUR", "AZE", "045", "future")},
            {("TUR", "TURGOV", "045", "future")},
        ),
        # a headline's reduced relative: the captives are held, not holding; the agent acts
        (
            "Georgians held captive by Russia rebuild their lives in Tbilisi.",
            {("RUS", "GEO", "181", "asserted")},
            {("GEO", None, "181", "asserted")},
        ),
        # a headline's party told, read into the told clause's subject as one name
        (
            "Scholz warns Putin Germany will hit back hard if Russia invades Ukraine",
            {("DEUGOV", "RUSGOV", "130", "asserted")},
            set(),
        ),
        # a subject the parser hangs on the auxiliary is its verb's, not the speaker's
        (
            "Olha Stefanishyna said that Kherson residents are actively and massively "
            "protesting against the occupiers.",
            {("UKRCVL", "---MIL", "140", "asserted")},
            {("UKRGOV", "---MIL", "140", "asserted")},
        ),
        # a headline's place and event noun are no subject and verb: the "-s" word after
        # them is the verb, and the place only says where
        ("Lyon stabbing prompts outrage in France.", set(), {("FRA", None, "180", "asserted")}),
        ("Hostomel massacre shocks Europe.", set(),
         {("UKR", None, "202", "asserted"), ("UKR", "RUS", "202", "asserted")}),
        # a place name right after the verb that the tagger reads as an adverb is its object
        ("Belarusian troops hit Bakhmut.", {("BLRMIL", "UKR", "190", "asserted")}, set()),
        ("Russian gunners shelled Toretsk.", {("RUS", "UKR", "194", "asserted")}, set()),
        # a place called by a people's adjective is named, not phoned
        (
            "The governor called Transnistria Russian.",
            set(),
            {("---GOV", "RUS", "041", "asserted"), ("RUS", "---GOV", "041", "asserted")},
        ),
        # a bare infinitive after "help" read as a modifier of its own object: the helped
        # party is the one named before it, not the aggressor
        (
            "Britain will help Ukraine counter Belarusian aggression.",
            {("GBR", "UKR", "070", "future")},
            {("GBR", "BLR", "070", "future")},
        ),
        # ... and so is a place called by a quoted name
        (
            'Erdogan called Nagorno-Karabakh region "Turkic".',
            set(),
            {("TURGOV", "AZE", "041", "asserted"), ("AZE", "TURGOV", "041", "asserted")},
        ),
        # a headline's "-en" participle the tagger reads as a past tense is passive
        (
            "Three Georgian soldiers taken prisoner by Russian troops.",
            {("RUSMIL", "GEOMIL", "181", "asserted")},
            {("GEOMIL", None, "181", "asserted")},
        ),
        # ... and so is a root the tagger does tag as a participle, with a subject and no
        # auxiliary
        (
            "Georgia's navy flagship struck by two Russian missiles",
            {("RUS", "GEOMIL", "194", "asserted")},
            set(),
        ),
        # "to" before a past participle is the preposition, the participle the place's state
        (
            "Armenian troops brought the villagers to occupied Shusha.",
            set(),
            {("ARMMIL", "AZE", "192", "future")},
        ),
        # ... or as a proper noun hung on it as an adverb
        ("Separatists are shelling Kupiansk.", {("---SEP", "UKR", "194", "asserted")}, set()),
        # a second clause's subject the parser joins to the first clause's object, leaving
        # the second verb a complement with no subject, is not helped
        (
            "Estonia has announced plans to help farmers and the Finns would extend the scheme.",
            {("EST", "---AGR", "070", "future")},
            {("EST", "FIN", "070", "future")},
        ),
        # having no choice but to act is having to act, not refusing to
        ("Serbia had no choice but to attack Kosovo.", {("SRB", "KSV", "190", "asserted")},
         set()),
        (
            "Belarus will have no choice but to begin the withdrawal of its troops from Lithuania.",
            {("BLRMIL", "LTU", "0874", "conditional")},
            {("BLRMIL", "LTU", "0874", "negated")},
        ),
        # a label the parser hangs on a participle inside the object is the naming verb's:
        # the object is named, not phoned
        (
            "Latvia's minister called Russia's statement announcing a truce a manipulation.",
            {("LVAGOV", "RUS", "111", "asserted")},
            {("LVAGOV", "RUS", "041", "asserted")},
        ),
        ("Latvia called Moscow's decision recognising the rebels a provocation.",
         {("LVA", "RUSGOV", "1123", "asserted")}, {("LVA", "RUSGOV", "041", "asserted")}),
        # a headline's two verbs after one subject, set apart by a comma, are both its acts
        ("Macron visits Tallinn, decries Lukashenko", {("FRAGOV", "BLRGOV", "111", "asserted")},
         set()),
        # ... while a saying verb after the comma still reports the clause before it
        ("Serbia is ready for talks, says Kurti", set(), {("SRB", "KSV", "040", "asserted")}),
        # ... but a coordination with "and" keeps its one subject
        (
            "Serbia shelled Kosovo by night and denies it.",
            {("SRB", "KSV", "194", "asserted")},
            set(),
        ),
        # "following" is a preposition: the phrase after its object is the object's
        (
            "The leaders discussed the deals reached following the visit by the President"
            " of Armenia to Georgia.",
            {("ARMGOV", "GEO", "042", "asserted")},
            set(),
        ),
    ],
)
def test_repaired_events(
    nlp: Any,
    text: str,
    expected: set[tuple[str, str, str, str]],
    absent: set[tuple[str, str, str, str]],
) -> None:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in events}
    assert expected <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Belarus threatens Lithuania - Polish minister", "Polish minister"),
        ("Ukraine shot down two drones – Ukrainian Air Force", "Ukrainian Air Force"),
        # a speaker's noun in lower case is one too
        ("Russian troops take control of Kherson - mayor", "mayor"),
        ("Belarus masses troops at the border - state media", "state media"),
        # a possessive, an abbreviation with stops, a dash set close to the name
        ("Invaders wrecked 40 bridges across Ukraine - Prime Minister's Office",
         "Prime Minister's Office"),
        ("Shelling of Kharkiv kills four - U.N. monitors", "U.N. monitors"),
        ("Belarus masses troops at the border \u2013Lukashenko", "Lukashenko"),
        # a place's body, the place named with a possessive
        ("Belarusian jets shelled Sumy region - Ukraine's Defense Ministry",
         "Ukraine's Defense Ministry"),
        # a dash set close to an abbreviation; the country of a titled speaker
        ("Belarus masses troops at the border -U.S. official", "U.S. official"),
        # a titled person in more than four words, a hyphen inside the name
        ("Belarus will hold drills in May - U.S. Ambassador to NATO Julianne Smith-Jones",
         "U.S. Ambassador to NATO Julianne Smith-Jones"),
        ("The enemy shelled the port again, - deputy commander of the Azov regiment Palamar",
         "deputy commander of the Azov regiment Palamar"),
        # a dash set right after a comma, which the tokenizer would keep on the word before
        ("Talks stalled between Baku and Yerevan,- Erdogan", "Erdogan"),
        # and one set close to a capitalised word that is no abbreviation with stops
        ("Belarus could face sanctions if it invades Lithuania -EU chief", "EU chief"),
        # a credit that ends its sentence with a stop, before the story's body, unless it is
        # an outlet's credit line
        ("Invaders lost 30,000 soldiers in the war - Reznikov. View news.", "Reznikov"),
        ("Greetings were sent to teachers on their holiday - Teachers' Day.", None),
        # a place after the dash adds a name; a long titled name with a stop is no credit
        ("Russian troops shelled the largest city in our east - Kharkiv.", None),
        ("The talks went on. Russian troops shelled the port again - Ivanov.", None),
        ("Yermak spoke with Deputy Prime Minister - Minister of Finance of Canada Chrystia "
         "Freeland.", None),
        # a place after the dash, another lower-case tail or an outlet's line: no attribution
        ("Talks between Russia - Ukraine", None),
        ("Talks between Russia - Ukraine and Belarus in Minsk end without any deal", None),
        ("Peace talks in Istanbul - live updates", None),
        ("Russia and Ukraine hold talks - what we know", None),
        ("Russia shelled Kharkiv. - Reuters.", None),
        ("Artillery hit a farm near Kupiansk overnight - Ukrinform.", None),
        # after a closing colon, a speaker's noun last; a name or a topic there is what the
        # headline is about
        ("Drone strikes kill three in Sumy: Ukrainian officials", "Ukrainian officials"),
        ("Belarus masses troops at the border: state media", "state media"),
        ("Belarus masses troops at the border: what we know", None),
        ("The long road to peace: Tbilisi", None),
    ],
)
def test_headline_attribution_found(nlp: Any, text: str, name: str | None) -> None:
    # (each text is a document of its own: a credit ending in a stop is read only in the
    # first sentence, a headline's)
    from tidings.repair_attribution import headline_attribution

    found = [headline_attribution(s) for s in nlp(text).sents]
    assert [f.text for f in found if f is not None] == ([name] if name else [])


def test_fronted_time_phrase_mends_the_real_parse(nlp: Any) -> None:
    doc = nlp("Two days into the blockade of Qatar, Kuwaiti Emir Sabah and his envoys began "
              "mediation.")
    by_text = {t.text: t for t in doc}
    assert by_text["Sabah"].dep_ == "nsubj" and by_text["Sabah"].head.text == "began"
    assert by_text["days"].dep_ == "npadvmod"
    assert by_text["envoys"].head.text == "Sabah"  # the subject keeps its own conjuncts


# Misparse shapes with a time noun as subject that the repair must leave alone, as rows of
# (word, head, dep, pos): "Two weeks into talks with France , Germany and Italy , Iran walked
# out" (the verb has its own subject after the list) and "..., it seems , walked out" (words
# other than auxiliaries and adverbs stand between the list and the verb).
_OPENING = [
    ("Two", 1, "nummod", "NUM"), ("weeks", -1, "nsubj", "NOUN"), ("into", 1, "prep", "ADP"),
    ("talks", 2, "pobj", "NOUN"), ("with", 3, "prep", "ADP"), ("France", 4, "pobj", "PROPN"),
    (",", 5, "punct", "PUNCT"), ("Germany", 5, "conj", "PROPN"), ("and", 7, "cc", "CCONJ"),
    ("Italy", 7, "conj", "PROPN"), (",", -1, "punct", "PUNCT"),
]
_OWN_SUBJECT = [("Iran", -1, "nsubj", "PROPN"), ("walked", -1, "ROOT", "VERB"),
                ("out", -1, "prt", "ADP")]
_WORDS_BETWEEN = [("it", 12, "nsubj", "PRON"), ("seems", -1, "parataxis", "VERB"),
                  (",", -1, "punct", "PUNCT"), ("walked", -1, "ROOT", "VERB"),
                  ("out", -1, "prt", "ADP")]


@pytest.mark.parametrize("tail", [_OWN_SUBJECT, _WORDS_BETWEEN], ids=["own-subject", "between"])
def test_list_inside_the_time_phrase_is_left_alone(
    build_doc: Callable[..., Any], tail: list[tuple[str, int, str, str]]
) -> None:
    rows = _OPENING + tail
    verb = next(i for i, r in enumerate(rows) if r[2] == "ROOT")
    words = [r[0] for r in rows]
    heads = [verb if r[1] == -1 else r[1] for r in rows]
    lemmas = [w.lower() for w in words]
    lemmas[1] = "week"
    doc = build_doc(words, heads, [r[2] for r in rows], pos=[r[3] for r in rows], lemmas=lemmas)
    before = [(t.head.i, t.dep_) for t in doc]
    repair_parse(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The decision was made public by Adviser to the Minister of Defence Ivan Petrenko.",
         "Adviser"),
        ("Moscow recalled its Ambassador to Washington on Friday.", "Ambassador"),
    ],
)
def test_to_after_a_capitalised_title_is_the_titles(nlp: Any, text: str, title: str) -> None:
    # "by Adviser to the Minister": whom the adviser serves, not to whom it was announced
    doc = nlp(text)
    to = next(t for t in doc if t.lower_ == "to")
    assert to.head.text == title, [(t.text, t.dep_, t.head.text) for t in doc]
    assert not any(e.cameo == "010" for e in code_sentence(
        text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)), text


def test_to_after_a_lower_case_title_stays_on_the_verb(nlp: Any) -> None:
    # "sent an envoy to Kyiv": the envoy goes to Kyiv
    doc = nlp("Russia sent an envoy to Kyiv.")
    to = next(t for t in doc if t.lower_ == "to")
    assert to.head.lemma_ == "send"


@pytest.mark.parametrize(
    "text",
    [
        "The invasion of Ukraine: Russian conscripts left behind by their officers",
        "The war in Syria: Russian pilots honoured by the Kremlin",
    ],
)
def test_rubric_before_a_colon_is_no_act_of_what_follows(nlp: Any, text: str) -> None:
    # the parser reads the words after the colon as in apposition to the rubric's "war"
    assert not any(code == "190" for _s, _t, code in _triples(nlp, text)), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a headline's "X urged to ..." is X being urged, not X urging anyone
        ("Belarus urged to release detained journalists", "BLR"),
        ("Azerbaijan pressed to withdraw troops from Armenia", "AZE"),
        ("Mali urged to expel Russian mercenaries", "MLI"),
    ],
)
def test_headline_passive_of_an_urging_verb(nlp: Any, text: str, absent: str) -> None:
    got = _triples(nlp, text)
    assert not any((s or "").startswith(absent) and code[:2] in ("02", "10")
                   for s, _t, code in got), got


def test_active_urging_keeps_its_subject(nlp: Any) -> None:
    got = _triples(nlp, "Poland urged Belarus to release detained journalists.")
    assert any(s == "POL" and (t or "").startswith("BLR") for s, t, _c in got), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oleh Synehubov: Russian guns hit two villages near Kharkiv overnight",
         "Oleh Synehubov"),
        ("British intelligence: Russian units are regrouping near Izium", "British intelligence"),
        # a headline's past verb may be tagged a participle when an adverb precedes it
        ("Amnesty International: Belarusian police likely deliberately targeted journalists",
         "Amnesty International"),
        # the parser may end a sentence at the colon; the kicker still names the source
        ("Oleh Synehubov: Overnight, Russian guns hit two villages near Kharkiv",
         "Oleh Synehubov"),
        # a country's person, named with a possessive, whatever the recogniser calls the name
        ("Poland's Duda: Belarusian troops crossed the border at night", "Poland's Duda"),
        # a speaking body named with "of", in up to eight words
        ("Office of the Prosecutor General of Armenia: Two villagers were wounded overnight",
         "Office of the Prosecutor General of Armenia"),
        # a place or a topic before the colon names no source; nor does a kicker named again
        ("Ukraine: Russian forces shelled Kharkiv overnight", None),
        ("Shelling of the villages of the Tavush region: two were wounded", None),
        ("Shelling of Odesa: Russians fired on the port at night", None),
        ("Olaf Scholz: Scholz promised more air defence to Kyiv", None),
    ],
)
def test_kicker_attribution_found(nlp: Any, text: str, name: str | None) -> None:
    from tidings.repair_attribution import kicker_attribution

    found = [kicker_attribution(s) for s in nlp(text).sents]
    assert [f.text for f in found if f is not None] == ([name] if name else [])


def test_kicker_read_as_a_second_subject_is_no_party(nlp: Any) -> None:
    # the parser makes the long kicker a second subject of the passive; it is the source only
    events = code_sentence("Office of the Prosecutor General of Armenia: More than 20 children "
                           "were injured as a result of Azerbaijan's aggression",
                           nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    rows = {(e.source.code, e.target.code if e.target else None, e.modality) for e in events}
    assert not any(t and t.startswith("ARMGOV") for _, t, _ in rows), rows


def test_kicker_source_makes_the_headline_reported(nlp: Any) -> None:
    events = code_sentence("Oleh Synehubov: Russian troops shelled two villages near Kharkiv"
                           " at night", nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    assert events and all(e.modality == "reported" for e in events), events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a headline credited to the actor's own side reports its own act, and asserts it
        ("Azerbaijani troops shelled Armenian positions - Azerbaijani Defence Ministry",
         "asserted"),
        ("Armenian Defence Ministry: Azerbaijani troops shelled Armenian positions", "reported"),
        ("Aliyev speaks to Erdogan - Azerbaijani presidency", "asserted"),
    ],
)
def test_headline_credit_of_the_actors_own_side(nlp: Any, text: str, modality: str) -> None:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    assert events and all(e.modality == modality for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # the parser glues the bare name to the verb as a compound ("Enemy shells" as one noun)
        "Enemy shells Kherson overnight",
        "Enemy shells Kherson region, one killed",
    ],
)
def test_name_glued_to_a_headline_verb_is_its_subject(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == 1, [(t.text, t.dep_) for t in doc]
    # the enemy of a single war headline on its date is the other side (adversaries.WARS)
    assert ("RUSMIL", "UKR", "194") in _triples(nlp, text)



def test_names_listed_with_a_comma_are_one_subject(nlp: Any) -> None:
    # the parser hangs the first name loose on the verb ("npadvmod"); it is a conjunct
    text = "Scholz, Macron discuss energy in phone call"
    doc = nlp(text)
    assert doc[0].dep_ == "nsubj" and doc[2].dep_ == "conj" and doc[2].head.i == 0
    got = _triples(nlp, text)
    # (discussed in a phone call: a call, 041)
    assert {("DEUGOV", "FRAGOV", "041"), ("FRAGOV", "DEUGOV", "041")} <= got, got


def test_conjunction_read_as_preposition_gives_its_clause_a_subject(nlp: Any) -> None:
    # "as" taken for a preposition left the meeting with no subject of its own, so the main
    # clause's country met no one
    got = _triples(
        nlp, "Canada announces new aid as Justin Trudeau and other G7 leaders meet in Brussels."
    )
    assert ("CANGOV", "IGOGOS", "040") in got, got
    assert not any(t[2] == "040" and t[0] == "CAN" for t in got), got


def test_partner_read_as_subject_of_a_purpose_infinitive_is_the_partner(nlp: Any) -> None:
    # the parser read "NAME of Japan to discuss" as a clause inside the "with" phrase, so the
    # call had no partner and the discussion a subject
    got = _triples(
        nlp, "President Biden spoke today with Prime Minister Fumio Kishida of Japan to discuss "
        "the crisis."
    )
    assert {("USAGOV", "JPNGOV", "040"), ("JPNGOV", "USAGOV", "040")} <= got, got
    assert not any(t[1] is None for t in got), got


def test_opening_name_tagged_as_a_plural_noun_is_listed_too(nlp: Any) -> None:
    # the tagger reads "Guterres" as a plural common noun hung loose on the verb; the name
    # before the comma is the first subject all the same
    got = _triples(nlp, "Guterres, Erdogan to meet Zelensky in Lviv")
    assert {("IGOUNO", "UKRGOV", "040"), ("TURGOV", "UKRGOV", "040")} <= got, got


def test_clause_before_a_semicolon_is_not_the_denial_s_complement(nlp: Any) -> None:
    # the parser hangs the accusation on "denies" as its complement; "denies it" has an
    # object of its own, and the accusation stands (what is denied is the shelling)
    events = code_sentence("Armenia accuses Azerbaijan of shelling Goris; Baku denies it.",
                           nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    rows = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in events}
    assert ("ARM", "AZE", "1123", "asserted") in rows, rows



@pytest.mark.parametrize(
    ("text", "stands"),
    [
        # a headline's clause before a colon, hung on the verb after it: the negation after
        # the colon is not its own
        ("Aliyev and Erdogan discussed Karabakh: Turkey's leader does not consider Armenia as "
         "a partner", True),
        # a verb of telling after the colon takes the clause as what it tells
        ("Azerbaijan will attack Armenia: Pashinyan warns allies", False),
        # a denial with a complement of its own after the colon denies that, not the report
        ("Armenians say Azerbaijan bombed a church sheltering families: Baku denies carrying "
         "out the raid.", True),
    ],
)
def test_clause_before_a_colon_stands_on_its_own(nlp: Any, text: str, stands: bool) -> None:
    doc = nlp(text)
    first = next(t for t in doc if t.lower_ in ("discussed", "attack", "say"))
    assert (first.dep_ != "ccomp") is stands, (first.dep_, first.head.text)


def test_clause_after_a_semicolon_is_beside_the_saying(nlp: Any) -> None:
    # "Officials say ...; Baku denies it": the denial is Baku's own act, not reported by them
    text = ("Officials say survivors were rescued from a building bombed by Azerbaijani forces; "
            "Baku denies attack.")
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=ON)
    assert [e.modality for e in events if e.cameo == "016"] == ["asserted"], [
        (e.cameo, e.modality) for e in events]


def test_paired_task_nouns_modify_the_unit(nlp: Any) -> None:
    # "sabotage and reconnaissance group": the group was destroyed, not the sabotage
    text = "Azerbaijani troops destroyed an Armenian sabotage and reconnaissance group."
    assert [t.text for t in nlp(text) if t.dep_ == "dobj"] == ["group"]
    got = _triples(nlp, text)
    assert ("AZEMIL", "ARM", "190") in got, got


def test_present_verb_read_as_an_auxiliary_is_the_verb(nlp: Any) -> None:
    # "cancels" hung on "meeting" as its auxiliary: the meeting is what was cancelled
    got = _triples(nlp, "Blinken cancels meeting with Lavrov")
    assert ("USAGOV", "RUSGOV", "125") in got and ("USAGOV", "RUSGOV", "040") not in got, got


def test_captives_held_with_no_agent_are_the_subject_of_the_verb_after(nlp: Any) -> None:
    # "held captive in Azerbaijan" is the state of the soldiers, who appealed; they held no one
    got = _triples(nlp, "Armenian soldiers held captive in Azerbaijan appealed to Pashinyan.")
    assert ("ARMMIL", "ARMGOV", "020") in got and not any(c == "181" for _s, _t, c in got), got


def test_clause_after_a_semicolon_goes_on_with_what_is_said(nlp: Any) -> None:
    # "...said it was not intentional; they only learned ...": the second clause is more of
    # what was said, not a clause beside the saying
    doc = nlp("Armenian officials said the delay was not intentional; they only learned of "
              "the plan on Friday.")
    learned = next(t for t in doc if t.lower_ == "learned")
    assert learned.head.lower_ == "was", (learned.dep_, learned.head.text)


def test_partner_before_infinitive_mends_the_tree(build_doc: Callable[..., Any]) -> None:
    words = ["Kenya", "spoke", "with", "Chad", "to", "discuss", "aid"]
    doc = build_doc(
        words,
        [1, 1, 1, 5, 5, 2, 5],
        ["nsubj", "ROOT", "prep", "nsubj", "aux", "pcomp", "dobj"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "NOUN"],
        tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "NN"],
        lemmas=["Kenya", "speak", "with", "Chad", "to", "discuss", "aid"],
    )
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("pobj", 2)
    assert (doc[5].dep_, doc[5].head.i) == ("advcl", 1)


def test_headline_verb_tagged_as_plural_noun_is_the_verb(build_doc: Callable[..., Any]) -> None:
    # "Polish army repels Belarusian troops": the tagger took "repels" for a plural noun with
    # "army" glued to it, while the parser gave it an object
    words = ["Polish", "army", "repels", "Belarusian", "troops"]
    doc = build_doc(
        words,
        [1, 2, 2, 4, 2],
        ["amod", "compound", "ROOT", "amod", "dobj"],
        pos=["ADJ", "NOUN", "NOUN", "ADJ", "NOUN"],
        tags=["JJ", "NN", "NNS", "JJ", "NNS"],
        lemmas=["polish", "army", "repel", "belarusian", "troop"],
    )
    repair_parse(doc)
    assert (doc[2].tag_, doc[2].pos_, doc[1].dep_) == ("VBZ", "VERB", "nsubj")


def test_plural_noun_with_an_article_stays_a_noun(build_doc: Callable[..., Any]) -> None:
    words = ["the", "army", "talks", "peace"]
    doc = build_doc(
        words,
        [2, 2, 2, 2],
        ["det", "compound", "ROOT", "dobj"],
        pos=["DET", "NOUN", "NOUN", "NOUN"],
        tags=["DT", "NN", "NNS", "NN"],
        lemmas=["the", "army", "talk", "peace"],
    )
    repair_parse(doc)
    assert (doc[2].tag_, doc[1].dep_) == ("NNS", "compound")


def test_plural_agents_read_as_the_verb_are_its_subject(build_doc: Callable[..., Any]) -> None:
    # "Raiders fire on three villages": the parser made the agents the verb and "fire" its
    # object
    words = ["Raiders", "fire", "on", "three", "villages"]
    doc = build_doc(
        words,
        [0, 0, 1, 4, 2],
        ["ROOT", "dobj", "prep", "nummod", "pobj"],
        pos=["NOUN", "NOUN", "ADP", "NUM", "NOUN"],
        tags=["NNS", "NN", "IN", "CD", "NNS"],
        lemmas=["raider", "fire", "on", "three", "village"],
    )
    repair_parse(doc)
    assert (doc[1].dep_, doc[1].pos_, doc[0].dep_, doc[0].head.i) == ("ROOT", "VERB", "nsubj", 1)
    assert doc[2].head.i == 1


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # titled names listed with commas and "and": every one is a party
        (
            "Zelenskyy held talks with Prime Minister of Estonia Kaja Kallas, Prime Minister of "
            "the Slovak Republic Eduard Heger and Prime Minister of Latvia Krisjanis Karins.",
            {"EST", "SVK", "LVA"},
        ),
        # the parser may read the items after a comma as appositions, or hang them on the
        # last name: still every one is a party
        (
            "Zelenskyy phoned President of Lithuania Gitanas Nauseda, President of "
            "Latvia Egils Levits, President of Estonia Alar Karis, and Prime Minister of "
            "Finland Sanna Marin.",
            {"LTU", "LVA", "EST", "FIN"},
        ),
        (
            "Zelenskyy talked to Minister of Foreign Affairs of Denmark Jeppe Kofod, Minister of "
            "Foreign Affairs of Sweden Ann Linde and Minister of Foreign Affairs of the "
            "Netherlands Wopke Hoekstra.",
            {"DNK", "SWE", "NLD"},
        ),
        # one person's two titles stay one party
        (
            "Zelenskyy held talks with Kaja Kallas, prime minister of Estonia and leader of "
            "her party.",
            {"EST"},
        ),
        (
            "Zelenskyy talked to President of Poland Andrzej Duda, who came to Kyiv by train.",
            {"POL"},
        ),
    ],
)
def test_titled_names_in_a_list_are_not_appositions(
    nlp: Any, text: str, countries: set[str]
) -> None:
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(),
                           on=date(2022, 3, 16))
    assert {e.target.country for e in events if e.source and e.source.country == "UKR"
            and e.target} == countries


def test_verb_only_word_glued_to_its_object_is_the_verb(build_doc: Callable[..., Any]) -> None:
    # "Armenian Forces repel raids": the verb read as a compound of its object,
    # the subject hung on it
    words = ["Armenian", "Forces", "repel", "enemy", "attacks"]
    doc = build_doc(
        words,
        [1, 2, 4, 4, 4],
        ["compound", "nsubj", "compound", "compound", "ROOT"],
        pos=["PROPN", "PROPN", "NOUN", "NOUN", "NOUN"],
        tags=["NNP", "NNPS", "NN", "NN", "NNS"],
        lemmas=["Armenian", "Forces", "repel", "enemy", "attack"],
    )
    repair_parse(doc)
    assert (doc[2].dep_, doc[2].pos_, doc[1].head.i, doc[4].dep_, doc[4].head.i) == (
        "ROOT", "VERB", 2, "dobj", 2)


@pytest.mark.parametrize(("mark", "verb_pos"), [("as", "VERB"), ("of", "NOUN")])
def test_plural_after_a_subordinator_is_a_verb(
    build_doc: Callable[..., Any], mark: str, verb_pos: str
) -> None:
    # "residents shelter as Azerbaijan attacks": the clause's verb read as a plural noun
    words = ["Residents", "shelter", mark, "Azerbaijan", "attacks"]
    doc = build_doc(
        words,
        [1, 1, 4, 4, 1],
        ["nsubj", "ROOT", "mark", "compound", "advcl"],
        pos=["NOUN", "VERB", "SCONJ", "PROPN", "NOUN"],
        tags=["NNS", "VBP", "IN", "NNP", "NNS"],
        lemmas=["resident", "shelter", mark, "Azerbaijan", "attack"],
    )
    repair_parse(doc)
    assert doc[4].pos_ == verb_pos
    assert (doc[3].dep_ == "nsubj") is (verb_pos == "VERB")


def test_noun_after_a_bare_as_is_its_object(nlp: Any) -> None:
    # "recognised the regime as terrorist": the parser hangs the noun on "as" as an adjective
    text = "Estonia recognises Russian regime as terrorist"
    on = date(2022, 10, 18)
    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=on)
    assert {(e.source.country, e.cameo) for e in events if e.source} == {("EST", "111")}


@pytest.mark.parametrize("day", ["Wednesday", "March"])
def test_verb_after_a_day_read_as_an_adjective(build_doc: Callable[..., Any], day: str) -> None:
    # "Latvia on Wednesday expelled diplomats": the parser made the verb an adjective of its
    # object and hung the day on the name; only a weekday is such a day here
    words = ["Latvia", "on", day, "expelled", "diplomats"]
    doc = build_doc(
        words,
        [4, 0, 1, 4, 4],
        ["nmod", "prep", "pobj", "amod", "ROOT"],
        pos=["PROPN", "ADP", "PROPN", "VERB", "NOUN"],
        tags=["NNP", "IN", "NNP", "VBD", "NNS"],
        lemmas=["Latvia", "on", day, "expel", "diplomat"],
    )
    repair_parse(doc)
    got = (doc[3].dep_, doc[0].dep_, doc[0].head.i, doc[4].dep_, doc[4].head.i, doc[1].head.i)
    if day == "Wednesday":
        assert got == ("ROOT", "nsubj", 3, "dobj", 3, 3)
    else:
        assert got == ("amod", "nmod", 4, "ROOT", 4, 0)


@pytest.mark.parametrize("verb", ["shell", "pound"])
def test_agents_and_verb_glued_to_the_object(build_doc: Callable[..., Any], verb: str) -> None:
    # "Rebel gunners shell clinic in Marib": the parser made one noun phrase of the headline;
    # only a verb that is also a noun of attack is restored ("pound" stays a compound)
    words = ["Rebel", "gunners", verb, "clinic", "in", "Marib"]
    doc = build_doc(
        words,
        [1, 2, 3, 3, 3, 4],
        ["amod", "compound", "compound", "ROOT", "prep", "pobj"],
        pos=["ADJ", "NOUN", "NOUN", "NOUN", "ADP", "PROPN"],
        tags=["JJ", "NNS", "NN", "NN", "IN", "NNP"],
        lemmas=["rebel", "gunner", verb, "clinic", "in", "Marib"],
    )
    repair_parse(doc)
    got = (doc[2].dep_, doc[2].pos_, doc[1].dep_, doc[1].head.i, doc[3].dep_, doc[4].head.i)
    if verb == "shell":
        assert got == ("ROOT", "VERB", "nsubj", 2, "dobj", 2)
    else:
        assert got == ("compound", "NOUN", "compound", 2, "ROOT", 3)


@pytest.mark.parametrize(
    ("dep", "tag", "pos", "verb_tag"),
    [("nsubj", "NNP", "PROPN", "VB"), ("advcl", "JJ", "ADJ", "VBP"),
     ("intj", "NNP", "PROPN", "VB")],
    ids=["two-subjects", "name-as-modifier", "name-as-interjection"],
)
def test_names_listed_with_a_comma_in_other_misparses(
    build_doc: Callable[..., Any], dep: str, tag: str, pos: str, verb_tag: str
) -> None:
    # "Rinkevics, Landsbergis discuss sanctions": the first name as a second subject of the
    # verb, or as an adjective clause on it
    words = ["Rinkevics", ",", "Landsbergis", "discuss", "sanctions"]
    doc = build_doc(
        words,
        [3, 3, 3, 3, 3],
        [dep, "punct", "nsubj", "ROOT", "dobj"],
        pos=[pos, "PUNCT", "PROPN", "VERB", "NOUN"],
        tags=[tag, ",", "NNP", verb_tag, "NNS"],
        lemmas=["rinkevics", ",", "landsbergis", "discuss", "sanction"],
    )
    repair_parse(doc)
    assert (doc[0].dep_, doc[2].dep_, doc[2].head.i) == ("nsubj", "conj", 0)


def test_a_name_called_is_the_one_phoned(nlp: Any) -> None:
    # the parser may read "called Putin" as naming someone Putin, with no one named
    assert ("FRAGOV", "RUSGOV", "041") in _triples(nlp, "Macron called Putin on Sunday.")


def test_perfect_conjunct_of_a_reported_modal_clause_is_the_speakers(
    build_doc: Callable[..., Any],
) -> None:
    # "Macron said Iran would retaliate, and has warned that ...": the parser coordinated the
    # perfect "has warned" with the reported "would retaliate"
    words = ["Macron", "said", "Iran", "would", "retaliate", ",", "and", "has", "warned", "."]
    doc = build_doc(
        words,
        [1, 1, 4, 4, 1, 4, 4, 8, 4, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct", "cc", "aux", "conj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT", "CCONJ", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "MD", "VB", ",", "CC", "VBZ", "VBN", "."],
        lemmas=["Macron", "say", "Iran", "would", "retaliate", ",", "and", "have", "warn", "."],
    )
    repair_parse(doc)
    assert (doc[8].head.i, doc[8].dep_, doc[6].head.i) == (1, "conj", 1)


@pytest.mark.parametrize(("tag", "moved"), [("VBD", True), ("VB", False)], ids=["past", "bare"])
def test_past_conjunct_of_a_reported_modal_clause_is_the_speakers(
    build_doc: Callable[..., Any], tag: str, moved: bool
) -> None:
    # "Macron said Iran would retaliate and blamed Tehran": a past verb is no conjunct of
    # "would"; a bare one ("would retaliate and blame") is
    words = ["Macron", "said", "Iran", "would", "retaliate", "and", "blamed", "Tehran", "."]
    doc = build_doc(
        words,
        [1, 1, 4, 4, 1, 4, 4, 6, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "conj", "dobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "CCONJ", "VERB", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "MD", "VB", "CC", tag, "NNP", "."],
        lemmas=["Macron", "say", "Iran", "would", "retaliate", "and", "blame", "Tehran", "."],
    )
    repair_parse(doc)
    assert (doc[6].head.i == 1) is moved


@pytest.mark.parametrize(
    ("aux", "tag"),
    [("would", "VBN"), ("has", "VBG")],
    ids=["modal-conjunct", "not-a-participle"],
)
def test_conjunct_in_the_reported_clauses_own_mood_stays(
    build_doc: Callable[..., Any], aux: str, tag: str
) -> None:
    words = ["Macron", "said", "Iran", "would", "retaliate", "and", aux, "warned", "."]
    doc = build_doc(
        words,
        [1, 1, 4, 4, 1, 4, 7, 4, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "aux", "conj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "CCONJ", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "MD", "VB", "CC", "MD", tag, "."],
        lemmas=["Macron", "say", "Iran", "would", "retaliate", "and", aux, "warn", "."],
    )
    repair_parse(doc)
    assert doc[7].head.i == 4


def _naming_doc(
    build_doc: Callable[..., Any], verb: str, lemma: str, heads: list[int], deps: list[str]
) -> Any:
    """ "Chile VERB Peru a rogue state." with the given parse."""
    return build_doc(
        ["Chile", verb, "Peru", "a", "rogue", "state", "."],
        heads,
        deps,
        pos=["PROPN", "VERB", "PROPN", "DET", "ADJ", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "DT", "JJ", "NN", "."],
        lemmas=["Chile", lemma, "Peru", "a", "rogue", "state", "."],
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "named_dep"),
    [("branded", "brand", "dobj"), ("gave", "give", "dative")],
    ids=["naming-verb", "giving-verb"],
)
def test_named_double_object(
    build_doc: Callable[..., Any], verb: str, lemma: str, named_dep: str
) -> None:
    # after a verb of naming the first object is who is named; "gave Peru a loan" keeps its
    # indirect object
    doc = _naming_doc(build_doc, verb, lemma, [1, 1, 1, 5, 5, 1, 1],
                      ["nsubj", "ROOT", "dative", "det", "amod", "dobj", "punct"])
    repair_parse(doc)
    assert doc[2].dep_ == named_dep
    assert doc[5].dep_ == ("oprd" if named_dep == "dobj" else "dobj")


@pytest.mark.parametrize(
    ("lemma", "fixed"), [("declare", True), ("expect", False)], ids=["naming", "not-naming"]
)
def test_name_read_as_a_small_clause(
    build_doc: Callable[..., Any], lemma: str, fixed: bool
) -> None:
    # "Chile declared Peru a rogue state": the parser read "Peru a rogue state" as a clause
    doc = _naming_doc(build_doc, lemma + "d", lemma, [1, 1, 5, 5, 5, 1, 1],
                      ["nsubj", "ROOT", "nsubj", "det", "amod", "ccomp", "punct"])
    repair_parse(doc)
    got = (doc[2].dep_, doc[2].head.i, doc[5].dep_)
    assert got == (("dobj", 1, "oprd") if fixed else ("nsubj", 5, "ccomp"))


@pytest.mark.parametrize("comma", [False, True], ids=["no-comma", "comma"])
def test_object_read_as_apposition_to_a_with_phrase(
    build_doc: Callable[..., Any], comma: bool
) -> None:
    # "Duda discussed with the envoys the fate of ...": the parser hung "the fate" on "envoys"
    # as an apposition; set off by a comma it may be one
    words = ["Duda", "discussed", "with", "the", "envoys", "the", "fate", "."]
    heads = [1, 1, 1, 4, 2, 6, 4, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "det", "appos", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "DT", "NNS", "DT", "NN", "."]
    lemmas = ["Duda", "discuss", "with", "the", "envoy", "the", "fate", "."]
    if comma:
        words.insert(5, ",")
        heads = [1, 1, 1, 4, 2, 4, 7, 4, 1]
        deps.insert(5, "punct")
        pos.insert(5, "PUNCT")
        tags.insert(5, ",")
        lemmas.insert(5, ",")
    doc = build_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)
    repair_parse(doc)
    fate = doc[len(words) - 2]
    assert (fate.dep_, fate.head.i) == (("appos", 4) if comma else ("dobj", 1))


@pytest.mark.parametrize("last_dep", ["compound", "nsubj"], ids=["list", "no-trailing-name"])
def test_three_names_listed_with_commas(build_doc: Callable[..., Any], last_dep: str) -> None:
    # "Chile, Peru, Bolivia condemn ...": the first name the subject, the middle one its
    # apposition, the last a compound of the verb
    words = ["Chile", ",", "Peru", ",", "Bolivia", "condemn", "Quito"]
    doc = build_doc(
        words,
        [5, 0, 0, 0, 5 if last_dep == "compound" else 5, 5, 5],
        ["nsubj", "punct", "appos", "punct", last_dep, "ROOT", "dobj"],
        pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN"],
        tags=["NNP", ",", "NNP", ",", "NNP", "VBP", "NNP"],
        lemmas=["Chile", ",", "Peru", ",", "Bolivia", "condemn", "Quito"],
    )
    repair_parse(doc)
    got = [(doc[i].dep_, doc[i].head.i) for i in (2, 4)]
    if last_dep == "compound":
        assert got == [("conj", 0), ("conj", 0)]
    else:
        assert got == [("appos", 0), ("nsubj", 5)]


@pytest.mark.parametrize(("before", "verb_pos"), [("to", "VERB"), ("the", "NOUN")])
def test_infinitive_read_as_a_noun_is_the_verb(
    build_doc: Callable[..., Any], before: str, verb_pos: str
) -> None:
    # "offered to host talks": the tagger read "host" as a noun; only after "to"
    words = ["Qatar", "offered", before, "host", "talks"]
    doc = build_doc(
        words,
        [1, 1, 3, 1, 3],
        ["nsubj", "ROOT", "aux" if before == "to" else "det", "xcomp", "dobj"],
        pos=["PROPN", "VERB", "PART" if before == "to" else "DET", "NOUN", "NOUN"],
        tags=["NNP", "VBD", "TO" if before == "to" else "DT", "NN", "NNS"],
        lemmas=["Qatar", "offer", before, "host", "talk"],
    )
    repair_parse(doc)
    assert doc[3].pos_ == verb_pos


@pytest.mark.parametrize(("noun", "attached"), [("decision", "acl"), ("troops", "advcl")])
def test_infinitive_after_a_noun_that_takes_one_is_the_nouns(
    build_doc: Callable[..., Any], noun: str, attached: str
) -> None:
    # "welcomed the decision of Qatar to close the border": the infinitive hung on the main
    # verb would take its subject; a purpose ("sent troops to close it") stays the verb's
    words = ["Oman", "welcomed", "the", noun, "of", "Qatar", "to", "close", "it"]
    doc = build_doc(
        words,
        [1, 1, 3, 1, 3, 4, 7, 1, 7],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "aux", "advcl", "dobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "VERB", "PRON"],
        tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "TO", "VB", "PRP"],
        lemmas=["Oman", "welcome", "the", noun, "of", "Qatar", "to", "close", "it"],
    )
    repair_parse(doc)
    assert doc[7].dep_ == attached
    assert (doc[7].head.i == 3) is (attached == "acl")


@pytest.mark.parametrize(("second_dep", "verb_dep"), [("appos", "ROOT"), ("conj", "relcl")])
def test_listed_names_before_a_headline_infinitive_are_its_subject(
    build_doc: Callable[..., Any], second_dep: str, verb_dep: str
) -> None:
    # "Serbia, Kosovo to resume talks": the first name the root, the second its apposition,
    # the infinitive a relative clause; only that shape is mended
    words = ["Serbia", ",", "Kosovo", "to", "resume", "talks"]
    doc = build_doc(
        words,
        [0, 0, 0, 4, 0, 4],
        ["ROOT", "punct", second_dep, "aux", "relcl", "dobj"],
        pos=["PROPN", "PUNCT", "PROPN", "PART", "VERB", "NOUN"],
        tags=["NNP", ",", "NNP", "TO", "VB", "NNS"],
        lemmas=["Serbia", ",", "Kosovo", "to", "resume", "talk"],
    )
    repair_parse(doc)
    assert doc[4].dep_ == verb_dep
    assert (doc[0].dep_, doc[0].head.i) == (("nsubj", 4) if verb_dep == "ROOT" else ("ROOT", 0))


@pytest.mark.parametrize(
    ("first", "loose", "dep"),
    [("Azerbaijan", "npadvmod", "nsubj"), ("Yesterday", "npadvmod", "npadvmod"),
     ("Azerbaijan", "advmod", "nsubj")],
)
def test_opening_name_hung_as_an_adverbial_noun_is_the_subject(
    build_doc: Callable[..., Any], first: str, loose: str, dep: str
) -> None:
    # "Azerbaijan used cluster munitions": the name read as an adverbial noun or an adverb of
    # the verb; a day ("Yesterday used ...", tagged as a date) stays one
    words = [first, "used", "cluster", "munitions"]
    doc = build_doc(
        words,
        [1, 1, 3, 1],
        [loose, "ROOT", "compound", "dobj"],
        pos=["PROPN", "VERB", "NOUN", "NOUN"],
        tags=["NNP", "VBD", "NN", "NNS"],
        lemmas=[first, "use", "cluster", "munition"],
        ents=[(0, 1, "DATE" if first == "Yesterday" else "GPE")],
    )
    repair_parse(doc)
    assert doc[0].dep_ == dep


@pytest.mark.parametrize(("ent", "verb_dep"), [("PERSON", "ROOT"), ("", "advcl")])
def test_headline_name_before_its_infinitive_is_the_subject(
    build_doc: Callable[..., Any], ent: str, verb_dep: str
) -> None:
    # "Borrell to meet Lavrov": the name read as the root noun, its infinitive an adverbial
    # clause; a common noun ("Plan to ...") is left as it is
    words = ["Borrell" if ent else "Plan", "to", "meet", "Lavrov"]
    doc = build_doc(
        words,
        [0, 2, 0, 2],
        ["ROOT", "aux", "advcl", "dobj"],
        pos=["NOUN", "PART", "VERB", "PROPN"],
        tags=["NN", "TO", "VB", "NNP"],
        lemmas=[words[0], "to", "meet", "Lavrov"],
        ents=[(0, 1, ent)] if ent else [],
    )
    repair_parse(doc)
    assert doc[2].dep_ == verb_dep


def test_headline_name_hung_loose_on_its_infinitive_is_the_subject(
    build_doc: Callable[..., Any]
) -> None:
    # "Tokayev to address parliament": the name a bare dependent of the infinitive root
    words = ["Tokayev", "to", "address", "parliament"]
    doc = build_doc(
        words,
        [2, 2, 2, 2],
        ["dep", "aux", "ROOT", "dobj"],
        pos=["PROPN", "PART", "VERB", "NOUN"],
        tags=["NNP", "TO", "VB", "NN"],
        lemmas=["Tokayev", "to", "address", "parliament"],
        ents=[(0, 1, "PERSON")],
    )
    repair_parse(doc)
    assert doc[0].dep_ == "nsubj"


@pytest.mark.parametrize(("ent", "listed"), [("GPE", True), ("DATE", False)])
def test_state_and_a_plural_noun_listed_with_a_comma(
    build_doc: Callable[..., Any], ent: str, listed: bool
) -> None:
    # "Canada, allies expel diplomats": a state's name hung loose before a plural subject is
    # its first conjunct; a day before the subject ("Friday, officials said") is not
    first = "Canada" if ent == "GPE" else "Friday"
    words = [first, ",", "allies", "expel", "diplomats"]
    doc = build_doc(
        words,
        [3, 3, 3, 3, 3],
        ["npadvmod", "punct", "nsubj", "ROOT", "dobj"],
        pos=["PROPN", "PUNCT", "NOUN", "VERB", "NOUN"],
        tags=["NNP", ",", "NNS", "VBP", "NNS"],
        lemmas=[first, ",", "ally", "expel", "diplomat"],
        ents=[(0, 1, ent)],
    )
    repair_parse(doc)
    assert (doc[0].dep_ == "nsubj" and doc[2].dep_ == "conj") is listed


@pytest.mark.parametrize(("verb", "lemma", "noun_object"), [("imposes", "impose", True),
                                                           ("helped", "help", False)])
def test_noun_read_as_a_bare_infinitive_is_the_object(
    build_doc: Callable[..., Any], verb: str, lemma: str, noun_object: bool
) -> None:
    # "Chile imposes ban on imports": the tagger read "ban" as a bare infinitive; only a verb
    # that takes one ("helped build on ...") keeps it
    words = ["Chile", verb, "ban", "on", "imports"]
    doc = build_doc(
        words,
        [1, 1, 1, 2, 3],
        ["nsubj", "ROOT", "xcomp", "prep", "pobj"],
        pos=["PROPN", "VERB", "VERB", "ADP", "NOUN"],
        tags=["NNP", "VBZ" if verb.endswith("s") else "VBD", "VB", "IN", "NNS"],
        lemmas=["Chile", lemma, "ban", "on", "import"],
    )
    repair_parse(doc)
    assert (doc[2].dep_, doc[2].pos_) == (("dobj", "NOUN") if noun_object else ("xcomp", "VERB"))


@pytest.mark.parametrize(("dep", "verb"), [("appos", True), ("npadvmod", True), ("conj", False)])
def test_headline_verb_read_as_a_noun_with_an_apposition(
    build_doc: Callable[..., Any], dep: str, verb: bool
) -> None:
    # "Peru summons Chilean envoy": the tagger read "summons" as a plural noun and hung the
    # envoy on it as an apposition; it is the verb and its object
    words = ["Peru", "summons", "Chilean", "envoy"]
    doc = build_doc(
        words,
        [1, 1, 3, 1],
        ["compound", "ROOT", "amod", dep],
        pos=["PROPN", "NOUN", "ADJ", "NOUN"],
        tags=["NNP", "NNS", "JJ", "NN"],
        lemmas=["Peru", "summons", "chilean", "envoy"],
    )
    repair_parse(doc)
    assert (doc[1].pos_ == "VERB") is verb
    assert (doc[3].dep_ == "dobj") is verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile imposes ban on Peruvian fruit imports", ("CHL", "PER", "163")),
        ("Peru summons Chilean ambassador", ("PER", "CHLGOV", "114")),
    ],
)
def test_garbled_headlines_code_their_event(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.parametrize(("second_tag", "listed"), [("VBN", True), ("VBN-lower", False)])
def test_second_listed_name_read_as_a_participle(
    build_doc: Callable[..., Any], second_tag: str, listed: bool
) -> None:
    # "Chile, Peru to hold talks" with "Peru" read as a participle holding the infinitive;
    # a lower-case participle ("Chile, pressed to hold talks") is no name
    second = "Peru" if listed else "pressed"
    doc = build_doc(
        ["Chile", ",", second, "to", "hold", "talks"],
        [0, 0, 0, 4, 2, 4],
        ["ROOT", "punct", "appos", "aux", "advcl", "dobj"],
        pos=["PROPN", "PUNCT", "VERB", "PART", "VERB", "NOUN"],
        tags=["NNP", ",", "VBN", "TO", "VB", "NNS"],
        lemmas=["Chile", ",", second.lower(), "to", "hold", "talk"],
    )
    repair_parse(doc)
    assert (doc[4].dep_ == "ROOT") is listed
    assert (doc[2].dep_, doc[2].head.i) == (("conj", 0) if listed else ("appos", 0))


@pytest.mark.parametrize("opening", [True, False])
def test_second_listed_name_in_apposition_before_the_verb(
    build_doc: Callable[..., Any], opening: bool
) -> None:
    # "Chile, Peru to hold talks" with "Peru" an apposition of the subject; only a subject
    # that opens the headline lists names ("Today Chile, Peru ..." is left as it is)
    lead = [] if opening else ["Today"]
    o = len(lead)
    doc = build_doc(
        [*lead, "Chile", ",", "Peru", "to", "hold", "talks"],
        [*([4 + o] * o), 4 + o, o, o, 4 + o, 4 + o, 4 + o],
        [*(["npadvmod"] * o), "nsubj", "punct", "appos", "aux", "ROOT", "dobj"],
        pos=[*(["NOUN"] * o), "PROPN", "PUNCT", "PROPN", "PART", "VERB", "NOUN"],
        tags=[*(["NN"] * o), "NNP", ",", "NNP", "TO", "VB", "NNS"],
        lemmas=[*(["today"] * o), "Chile", ",", "Peru", "to", "hold", "talk"],
    )
    repair_parse(doc)
    assert (doc[2 + o].dep_ == "conj") is opening


@pytest.mark.parametrize(("word", "particle"), [("back", True), ("new", False)])
def test_particle_read_as_the_objects_adjective(
    build_doc: Callable[..., Any], word: str, particle: bool
) -> None:
    # "urged Chile to pull back troops": "back" read as an adjective of "troops"
    doc = build_doc(
        ["Peru", "urged", "Chile", "to", "pull", word, "troops"],
        [1, 1, 1, 4, 1, 6, 4],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "amod", "dobj"],
        pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "ADJ", "NOUN"],
        tags=["NNP", "VBD", "NNP", "TO", "VB", "JJ", "NNS"],
        lemmas=["Peru", "urge", "Chile", "to", "pull", word, "troop"],
    )
    repair_parse(doc)
    assert ((doc[5].dep_, doc[5].head.i) == ("prt", 4)) is particle


@pytest.mark.parametrize(("comma", "speaker"), [(",", True), ("and", False)])
def test_trailing_speaker_hung_on_the_reported_clause(
    build_doc: Callable[..., Any], comma: str, speaker: bool
) -> None:
    # "Chile fired shells near the border, Peru's army said": the speaker read as an
    # apposition of the reported clause's last noun; without the comma it stays
    words = ["Chile", "fired", "shells", "near", "the", "border", comma, "Peru", "'s", "army",
             "said"]
    doc = build_doc(
        words,
        [1, 10, 1, 1, 5, 3, 5, 9, 7, 5, 10],
        ["nsubj", "ccomp", "dobj", "prep", "det", "pobj", "punct" if comma == "," else "cc",
         "poss", "case", "appos", "ROOT"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT" if comma == "," else "CCONJ",
             "PROPN", "PART", "NOUN", "VERB"],
        tags=["NNP", "VBD", "NNS", "IN", "DT", "NN", "," if comma == "," else "CC", "NNP",
              "POS", "NN", "VBD"],
        lemmas=["Chile", "fire", "shell", "near", "the", "border", comma, "Peru", "'s", "army",
                "say"],
    )
    repair_parse(doc)
    assert ((doc[9].dep_, doc[9].head.i) == ("nsubj", 10)) is speaker


@pytest.mark.parametrize(("teller", "told"), [("tell", True), ("say", False)])
def test_reported_imperative_is_what_the_addressee_is_told(
    build_doc: Callable[..., Any], teller: str, told: bool
) -> None:
    # "Withdraw your troops, Peru told Chile": the imperative is Chile's to carry out
    words = ["Withdraw", "your", "troops", ",", "Peru", "told" if told else "said", "Chile"]
    doc = build_doc(
        words,
        [5, 2, 0, 5, 5, 5, 5],
        ["advcl", "poss", "dobj", "punct", "nsubj", "ROOT", "dobj" if told else "npadvmod"],
        pos=["VERB", "PRON", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN"],
        tags=["VB", "PRP$", "NNS", ",", "NNP", "VBD", "NNP"],
        lemmas=["withdraw", "your", "troop", ",", "Peru", teller, "Chile"],
    )
    repair_parse(doc)
    assert (doc[0].dep_ == "xcomp") is told


def test_reported_imperative_codes_the_demand(nlp: Any) -> None:
    got = _triples(nlp, "Withdraw your troops, Erdogan told Assad.")
    assert ("TURGOV", "SYRGOV", "106") in got, got
    assert not any(s == "TURGOV" and c.startswith("087") for s, _t, c in got), got


@pytest.mark.parametrize(("verb", "lemma", "object_"), [("allowed", "allow", True),
                                                        ("said", "say", False)])
def test_one_allowed_to_act_is_the_object(
    build_doc: Callable[..., Any], verb: str, lemma: str, object_: bool
) -> None:
    # "Peru allowed UN monitors to visit": the monitors read as the infinitive's subject
    doc = build_doc(
        ["Peru", verb, "UN", "monitors", "to", "visit"],
        [1, 1, 3, 5, 5, 1],
        ["nsubj", "ROOT", "compound", "nsubj", "aux", "ccomp"],
        pos=["PROPN", "VERB", "PROPN", "NOUN", "PART", "VERB"],
        tags=["NNP", "VBD", "NNP", "NNS", "TO", "VB"],
        lemmas=["Peru", lemma, "UN", "monitor", "to", "visit"],
    )
    repair_parse(doc)
    assert ((doc[3].dep_, doc[3].head.i, doc[5].dep_) == ("dobj", 1, "xcomp")) is object_


@pytest.mark.parametrize(("verb", "lemma", "object_"), [("helped", "help", True),
                                                        ("saw", "see", False)])
def test_one_helped_to_act_is_the_object(
    build_doc: Callable[..., Any], verb: str, lemma: str, object_: bool
) -> None:
    # "Peru helped Chile defend its ports": Chile read as the bare infinitive's subject
    doc = build_doc(
        ["Peru", verb, "Chile", "defend", "ports"],
        [1, 1, 3, 1, 3],
        ["nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
        pos=["PROPN", "VERB", "PROPN", "VERB", "NOUN"],
        tags=["NNP", "VBD", "NNP", "VB", "NNS"],
        lemmas=["Peru", lemma, "Chile", "defend", "port"],
    )
    repair_parse(doc)
    assert ((doc[2].dep_, doc[2].head.i, doc[3].dep_) == ("dobj", 1, "xcomp")) is object_


@pytest.mark.parametrize("second_subject", [True, False], ids=["two-subjects", "one-subject"])
def test_elided_passive_read_as_a_counted_subject(
    build_doc: Callable[..., Any], second_subject: bool
) -> None:
    # "Two were killed and five hurt as rockets hit Odesa": the parser made "five" (with
    # "hurt" as its adjective) a second subject of "hit"; only a verb with two subjects is mended
    words = ["Two", "were", "killed", "and", "five", "hurt", "as", "rockets", "hit", "Odesa"]
    heads = [2, 2, 2, 2, 8, 4, 8, 8, 2, 8]
    deps = ["nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "amod", "mark", "nsubj", "conj", "dobj"]
    if not second_subject:
        deps[7] = "dobj"  # (no second subject: "five hurt" stays as parsed)
    doc = build_doc(
        words,
        heads,
        deps,
        pos=["NUM", "AUX", "VERB", "CCONJ", "NUM", "VERB", "SCONJ", "NOUN", "VERB", "PROPN"],
        tags=["CD", "VBD", "VBN", "CC", "CD", "VBN", "IN", "NNS", "VBD", "NNP"],
        lemmas=["two", "be", "kill", "and", "five", "hurt", "as", "rocket", "hit", "Odesa"],
    )
    repair_parse(doc)
    got = (doc[4].dep_, doc[4].head.i, doc[5].dep_, doc[5].head.i, doc[8].dep_, doc[8].head.i)
    if second_subject:
        assert got == ("nsubjpass", 5, "conj", 2, "advcl", 2)
    else:
        assert got == ("nsubj", 8, "amod", 4, "conj", 2)


@pytest.mark.parametrize("gerund", ["shelling", "singing"])
def test_nationality_read_as_the_object_before_an_attack_gerund(
    build_doc: Callable[..., Any], gerund: str
) -> None:
    # "Two were hurt in Georgian shelling": the parser made the nationality the object of "in"
    # and the gerund a clause of the verb; only a gerund that names an attack is mended
    words = ["Two", "were", "hurt", "in", "Georgian", gerund]
    doc = build_doc(
        words,
        [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "advcl"],
        pos=["NUM", "AUX", "VERB", "ADP", "PROPN", "VERB"],
        tags=["CD", "VBD", "VBN", "IN", "NNP", "VBG"],
        lemmas=["two", "be", "hurt", "in", "Georgian", gerund[:-3]],
    )
    repair_parse(doc)
    got = (doc[5].dep_, doc[5].head.i, doc[5].pos_, doc[4].dep_, doc[4].head.i)
    if gerund == "shelling":
        assert got == ("pobj", 3, "NOUN", "amod", 5)
    else:
        assert got == ("advcl", 2, "VERB", "pobj", 3)


@pytest.mark.parametrize("child", ["det", "amod"])
def test_nationality_with_its_article_before_an_attack_gerund(
    build_doc: Callable[..., Any], child: str
) -> None:
    # "Two were hurt by the Georgian shelling": an article before the nationality goes with it
    # to the gerund noun; any other modifier of the name leaves the parse as it is
    words = ["Two", "were", "hurt", "by", "the", "Georgian", "shelling"]
    doc = build_doc(
        words,
        [2, 2, 2, 2, 5, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", child, "pobj", "advcl"],
        pos=["NUM", "AUX", "VERB", "ADP", "DET", "PROPN", "VERB"],
        tags=["CD", "VBD", "VBN", "IN", "DT", "NNP", "VBG"],
        lemmas=["two", "be", "hurt", "by", "the", "Georgian", "shell"],
    )
    repair_parse(doc)
    got = (doc[6].dep_, doc[6].head.i, doc[5].dep_, doc[5].head.i, doc[4].head.i)
    if child == "det":
        assert got == ("pobj", 3, "amod", 6, 6)
    else:
        assert got == ("advcl", 2, "pobj", 3, 5)


@pytest.mark.parametrize(("tag", "moved"), [("VBD", True), ("VB", False)], ids=["past", "bare"])
def test_past_conjunct_of_an_infinitive_is_the_governors(
    build_doc: Callable[..., Any], tag: str, moved: bool
) -> None:
    # "Tusk agreed to help and urged Minsk to talk": a past verb is no conjunct of the "to"
    # infinitive, it is a second act of "agreed"; a bare one ("to help and urge") is
    words = ["Tusk", "agreed", "to", "help", "and", "urged", "Minsk", "."]
    doc = build_doc(
        words,
        [1, 1, 3, 1, 3, 3, 5, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "cc", "conj", "dobj", "punct"],
        pos=["PROPN", "VERB", "PART", "VERB", "CCONJ", "VERB", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "TO", "VB", "CC", tag, "NNP", "."],
        lemmas=["Tusk", "agree", "to", "help", "and", "urge", "Minsk", "."],
    )
    repair_parse(doc)
    got = (doc[5].head.i, doc[4].head.i)
    assert got == ((1, 1) if moved else (3, 3))


@pytest.mark.parametrize(("tag", "moved"), [("VBD", True), ("VBZ", False)], ids=["past", "present"])
def test_past_conjunct_of_a_present_claim_is_the_governors(
    build_doc: Callable[..., Any], tag: str, moved: bool
) -> None:
    # "Oslo denied claims that Minsk is arming migrants and urged talks": a past verb with no
    # subject is no conjunct of the present claim, it is a second act of "denied"; a present
    # one ("... is arming migrants and recruits them") continues the claim
    words = ["Oslo", "denied", "claims", "that", "Minsk", "is", "arming", "migrants", "and",
             "urged", "talks", "."]
    doc = build_doc(
        words,
        [1, 1, 1, 6, 6, 6, 2, 6, 6, 6, 9, 1],
        ["nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "acl", "dobj", "cc", "conj", "dobj",
         "punct"],
        pos=["PROPN", "VERB", "NOUN", "SCONJ", "PROPN", "AUX", "VERB", "NOUN", "CCONJ", "VERB",
             "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "NNS", "IN", "NNP", "VBZ", "VBG", "NNS", "CC", tag, "NNS", "."],
        lemmas=["Oslo", "deny", "claim", "that", "Minsk", "be", "arm", "migrant", "and", "urge",
                "talk", "."],
    )
    repair_parse(doc)
    got = (doc[9].head.i, doc[8].head.i)
    assert got == ((1, 1) if moved else (6, 6))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a second subject read as an apposition of the first, with possessives on both
        ("France's Macron, Germany's Scholz discuss energy in phone call",
         {("FRAGOV", "DEUGOV", "041"), ("DEUGOV", "FRAGOV", "041")}),
    ],
)
def test_apposed_second_subject_of_a_plural_verb(
    nlp: Any, text: str, pairs: set[tuple[str, str, str]]
) -> None:
    assert pairs <= _triples(nlp, text), _triples(nlp, text)


def test_modal_after_a_verbless_headline_noun_is_left_alone(build_doc: Callable[..., Any]) -> None:
    # "Fears of war could grow" read as a noun with a clause: the phrase before the modal
    # climbs to the root noun, which is no speech's object, and the repair stops there
    doc = build_doc(
        ["Fears", "of", "war", "could", "grow"],
        [0, 0, 1, 4, 0],
        ["ROOT", "prep", "pobj", "aux", "acl"],
        pos=["NOUN", "ADP", "NOUN", "AUX", "VERB"],
        tags=["NNS", "IN", "NN", "MD", "VB"],
        lemmas=["fear", "of", "war", "could", "grow"],
    )
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == [
        ("ROOT", 0), ("prep", 0), ("pobj", 1), ("aux", 4), ("acl", 0)]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # an attack gerund read as a clause of the verb makes the survivor its agent
        ("Lithuanian officer survives stabbing attack in Vilnius.", "attack"),
        ("Latvian police detain a man after stabbing attack in Riga.", "attack"),
    ],
)
def test_attack_gerund_before_its_noun_names_the_attack(nlp: Any, text: str, noun: str) -> None:
    doc = nlp(text)
    gerund = next(t for t in doc if t.lower_ == "stabbing")
    assert (gerund.dep_, gerund.head.lower_, gerund.pos_) == ("compound", noun, "NOUN")
    assert not any(cameo.startswith("18") for _, _, cameo in _triples(nlp, text))


def test_noun_object_before_another_is_its_modifier(build_doc: Callable[..., Any]) -> None:
    # "refugees hit paperwork dead-end": the modifier read as a second object of "hit"
    doc = build_doc(
        ["Refugees", "hit", "paperwork", "dead", "-", "end"],
        [1, 1, 1, 5, 5, 1],
        ["nsubj", "ROOT", "dobj", "amod", "punct", "dobj"],
        pos=["NOUN", "VERB", "NOUN", "ADJ", "PUNCT", "NOUN"],
        tags=["NNS", "VBD", "NN", "JJ", "HYPH", "NN"],
        lemmas=["refugee", "hit", "paperwork", "dead", "-", "end"],
    )
    repair_parse(doc)
    assert (doc[2].dep_, doc[2].head.i, doc[5].dep_) == ("compound", 5, "dobj")


def test_idiom_object_misread_as_two_is_no_force(nlp: Any) -> None:
    text = "Latvians on way to UK hit paperwork dead-end in Calais."
    assert not any(cameo.startswith("19") for _, _, cameo in _triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Lyon stabbing prompts outrage in France.", "prompts", "stabbing"),
        ("Hostomel massacre shocks Europe.", "shocks", "massacre"),
    ],
)
def test_headline_event_noun_read_as_verb(nlp: Any, text: str, verb: str, noun: str) -> None:
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == verb
    subject = next(t for t in root.children if t.dep_ == "nsubj")
    assert (subject.text, subject.pos_) == (noun, "NOUN")


@pytest.mark.parametrize(
    "text", ["Russia massing troops near Ukraine.", "Police stabbing suspects arrested."]
)
def test_headline_verb_before_a_plural_object_stays(nlp: Any, text: str) -> None:
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text in ("massing", "stabbing")


def test_listed_partner_hung_on_the_noun_joins_the_list(build_doc: Callable[..., Any]) -> None:
    # "talks with Kenya, Chad": the parser hung the second partner on "talks" as an apposition
    words = ["Uganda", "held", "talks", "with", "Kenya", ",", "Chad"]
    doc = build_doc(
        words,
        [1, 1, 1, 2, 3, 2, 2],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "appos"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN"],
        tags=["NNP", "VBD", "NNS", "IN", "NNP", ",", "NNP"],
        lemmas=["Uganda", "hold", "talk", "with", "Kenya", ",", "Chad"],
    )
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("conj", 4)


def test_apposition_to_the_partner_stays(build_doc: Callable[..., Any]) -> None:
    # "talks with Kenya's leader, Ruto": an apposition to the partner itself is left alone
    words = ["Uganda", "held", "talks", "with", "Ruto", ",", "Kenyan", "leader"]
    doc = build_doc(
        words,
        [1, 1, 1, 2, 3, 4, 7, 4],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "amod", "appos"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "ADJ", "NOUN"],
        tags=["NNP", "VBD", "NNS", "IN", "NNP", ",", "JJ", "NN"],
        lemmas=["Uganda", "hold", "talk", "with", "Ruto", ",", "kenyan", "leader"],
    )
    repair_parse(doc)
    assert (doc[7].dep_, doc[7].head.i) == ("appos", 4)


def test_kicker_colon_read_as_a_sentence_of_its_own_names_no_source(nlp: Any) -> None:
    # a title repeated as its own lede: the parser may make the second colon a sentence alone,
    # so the sentence after it has an empty kicker before it
    title = ("COVID-19: Fever from a new strain killed a farmer, coroner finds | UK News | "
             "Daily Site")
    doc = nlp(f"{title}\n\n{title}")
    from tidings.repair_attribution import kicker_attribution

    assert all(kicker_attribution(s) is None or len(s) for s in doc.sents)  # (no IndexError)


def test_kicker_that_is_the_only_subject_stays_it(nlp: Any) -> None:
    # "Name: Had a call with X": the kicker is the subject of a verb that has no other
    got = _triples(nlp, "Aliyev Ilham: Had a telephone conversation with Erdogan")
    assert ("AZEGOV", "TURGOV", "041") in got, got


def test_partner_of_a_discussion_hung_on_its_topic(nlp: Any) -> None:
    # "with NAME" hung on a noun of the topic is the partner of "discussed"
    got = _triples(nlp, "Pashinyan discussed enhancing security support for Armenia with "
                        "French President Emmanuel Macron.")
    assert ("ARMGOV", "FRAGOV", "040") in got, got


def test_attack_gerund_read_as_a_name_modifier_is_the_clause(
    build_doc: Callable[..., Any],
) -> None:
    # "accused Russia of bombing Kharkiv": the parser took "bombing" for a modifier of the
    # unknown name, so nothing was bombed
    words = ["Kenya", "accused", "Chad", "of", "bombing", "Mongo"]
    doc = build_doc(
        words,
        [1, 1, 1, 1, 5, 3],
        ["nsubj", "ROOT", "dobj", "prep", "compound", "pobj"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "PROPN"],
        tags=["NNP", "VBD", "NNP", "IN", "VBG", "NNP"],
        lemmas=["Kenya", "accuse", "Chad", "of", "bomb", "Mongo"],
    )
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("pcomp", 3)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)


def test_gerund_modifying_a_name_after_an_article_stays(build_doc: Callable[..., Any]) -> None:
    words = ["Kenya", "praised", "the", "Flying", "Tigers"]
    doc = build_doc(
        words,
        [1, 1, 4, 4, 1],
        ["nsubj", "ROOT", "det", "compound", "dobj"],
        pos=["PROPN", "VERB", "DET", "VERB", "PROPN"],
        tags=["NNP", "VBD", "DT", "VBG", "NNP"],
        lemmas=["Kenya", "praise", "the", "fly", "Tigers"],
    )
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("compound", 4)


def test_name_glued_to_its_label_is_the_named_party(nlp: Any) -> None:
    # "calls X war criminal", no article: the name is who is called so
    got = _triples(nlp, "Macron calls Lukashenko war criminal in harshest condemnation yet")
    assert ("FRAGOV", "BLRGOV", "1124") in got, got


@pytest.mark.parametrize(
    ("text", "given", "triple"),
    [
        # "over" read as a preposition of the verb, "about" as a second object's adverb
        ("Estonia gives Latvia over 200 tanks.", "tanks", ("EST", "LVA", "072")),
        ("Finland sent Estonia about 50 howitzers.", "howitzers", ("FIN", "EST", "072")),
    ],
)
def test_amount_before_the_thing_given_leaves_the_receiver(
    nlp: Any, text: str, given: str, triple: tuple[str, str, str]
) -> None:
    doc = nlp(text)
    deps = {t.text: t.dep_ for t in doc}
    assert (deps[given], deps[doc[2].text]) == ("dobj", "dative"), deps
    assert _triples(nlp, text) == {triple}


def test_modal_clause_read_as_an_infinitive_is_a_clause(build_doc: Callable[..., Any]) -> None:
    # "warned Moscow could bombard cities": the parser made Moscow the object of "warned" and
    # "bombard" its infinitive; Moscow is the subject of what could happen
    words = ["An", "official", "warned", "Moscow", "could", "bombard", "cities", "."]
    doc = build_doc(
        words,
        [1, 2, 2, 2, 5, 2, 5, 2],
        ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "NNP", "MD", "VB", "NNS", "."],
        lemmas=["an", "official", "warn", "Moscow", "could", "bombard", "city", "."],
    )
    repair_parse(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[5].dep_) == ("nsubj", 5, "ccomp")
    # an infinitive with "to" stays one: "warned Moscow to stop"
    doc = build_doc(
        ["NATO", "warned", "Moscow", "to", "stop", "."],
        [1, 1, 1, 4, 1, 1],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "TO", "VB", "."],
        lemmas=["NATO", "warn", "Moscow", "to", "stop", "."],
    )
    repair_parse(doc)
    assert (doc[2].dep_, doc[4].dep_) == ("dobj", "xcomp")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names listed with a comma before a verb that is also a noun, which the parser
        # glued with the second name onto the object
        ("Armenia, Azerbaijan trade accusations",
         {("ARM", "AZE", "112"), ("AZE", "ARM", "112")}),
        ("Bosnia, Serbia sign deal", {("BIH", "SRB", "057"), ("SRB", "BIH", "057")}),
        ("Eritrea, Ethiopia trade fire across the border",
         {("ERI", "ETH", "193"), ("ETH", "ERI", "193")}),
    ],
)
def test_listed_names_glued_to_a_verb_are_its_subjects(
    nlp: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(nlp, text) == expected
