"""The parties of an event noun named "between X and Y" on real parses: each side acts on the
other ("talks between Iran and the US" is Iran's talks with the US and the US's with Iran),
while a partner named by "with" stays the target only.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_codes, coded_rows, coded_triples

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)


@pytest.mark.parametrize(
    ("text", "code", "sides"),
    [
        ("Talks between Serbia and Kosovo resumed in Brussels.", "046", ("SRB", "KSV")),
        ("Talks between Sudanese and Ethiopian officials ended on Monday.", "046", ("SDN", "ETH")),
        ("The call between Scholz and Biden lasted an hour.", "041", ("DEU", "USA")),
        # views exchanged or an issue discussed in a call are a call (041), not a meeting
        ("Erdogan and Aliyev exchanged views in a telephone conversation.", "041", ("TUR", "AZE")),
        ("Erdogan discussed trade with Aliyev in a phone call.", "041", ("TUR", "AZE")),
        ("Erdogan and Aliyev shared their assessments.", "040", ("TUR", "AZE")),
        # what two parties call mutual is each one's towards the other
        ("Estonia and Finland reaffirmed their mutual commitment.", "032", ("EST", "FIN")),
        ("Estonia and Finland voiced mutual respect and sympathy.", "018", ("EST", "FIN")),
        # what two parties agree to do together they do with each other
        ("Estonia and Finland agreed to work together on energy.", "030", ("EST", "FIN")),
        ("Clashes between Kyrgyzstan and Tajikistan left dozens dead.", "190", ("KGZ", "TJK")),
        # ... as do two names joined by a hyphen before the noun, and the noun's parties are
        # those of an agentless passive it is the subject of
        ("Kenya-Somalia talks resumed in Nairobi.", "046", ("KEN", "SOM")),
        ("Serbian-Albanian negotiations were held in Brussels.", "046", ("SRB", "ALB")),
        ("Talks between Chile and Bolivia were held in Lima.", "046", ("CHL", "BOL")),
    ],
)
def test_parties_between_act_on_each_other(
    nlp: Any, text: str, code: str, sides: tuple[str, str]
) -> None:
    got = {(s[:3] if s else s, t[:3] if t else t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    a, b = sides
    assert {(a, b, code), (b, a, code)} <= got, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the holder's name hung by the parser on the title's chain is who acts
        (
            "Minister for Foreign Affairs of Latvia Edgars Rinkevics met with Liz Truss.",
            ("LVA", "GBR", "040"),
            (None, "GBR", "040"),
        ),
        # a fighter's chain through units reaches the army it serves in
        (
            "Fighters of the 30th brigade of the Georgian army seized Russian tanks.",
            ("GEO", "RUS", "171"),
            ("---UAF", "RUS", "171"),
        ),
        # the other side of a border discussed is no party to the talks
        (
            "The Estonian minister discussed the situation along the border with Russia.",
            None,
            ("EST", "RUS", "040"),
        ),
        # the own country named in a topic or a phrase of the clause is not whom one acts on
        (
            "The Moldovan government approved a plan on Moldova's exit from the CIS.",
            None,
            ("MDA", "MDA", "051"),
        ),
        (
            "The Georgian foreign minister appealed to the nations standing with Georgia to act.",
            None,
            ("GEO", "GEO", "020"),
        ),
        # a host travelling with a guest inside the host's country visits no one
        (
            "The Georgian president and the German ambassador travelled to Batumi.",
            ("DEU", "GEO", "042"),
            ("GEO", "GEO", "042"),
        ),
    ],
)
def test_title_holders_and_topics(
    nlp: Any,
    text: str,
    expected: tuple[str, str, str] | None,
    absent: tuple[str | None, str, str],
) -> None:
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert expected is None or expected in got, got
    assert absent not in got and ("---", "GBR", "040") not in got, got


def test_named_person_with_a_possessive_country_acts_herself(nlp: Any) -> None:
    """ "Serbia's Vucic to meet ...": the infinitive's subject is the person, not the
    possessor a noun of intent would give it ("Serbia's bid to meet ...")."""
    from tidings.actors import ActorDictionary
    from tidings.events import code_sentence

    events = code_sentence(
        "Serbia's Vucic to meet Kurti in Brussels",
        nlp=nlp,
        dictionary=ActorDictionary.builtin(),
        on=ON,
    )
    assert {e.source.code for e in events if e.cameo == "040"} == {"SRBGOV"}, events


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        # a plural relative clause is about every conjunct before it; a singular one only
        # about its own noun
        ("Duda talked to the Italian premier and the Greek premier, who are visiting Poland.",
         {"ITA", "GRC"}),
        ("Duda talked to the Italian premier and the Greek premier, who is visiting Poland.",
         {"GRC"}),
    ],
)
def test_plural_relative_clause_after_a_coordination(
    nlp: Any, text: str, visitors: set[str]
) -> None:
    got = {s for s, t, c in coded_triples(nlp, text, ON) if c == "042" and t == "POL"}
    assert got == visitors


@pytest.mark.parametrize(
    "text",
    [
        # the partner hung on a conjunct of the object is still the partner of the talks
        "Kuleba discussed the energy crisis and the rollout of the grid reform plan with the"
        " Czech foreign minister.",
        # ... and an adviser to a government belongs to it
        "Kuleba discussed the energy crisis and the rollout of the grid reform plan with"
        " Adviser to the Czech Prime Minister Jan Novak.",
    ],
)
def test_partner_after_a_conjunct_object(nlp: Any, text: str) -> None:
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert ("UKR", "CZE", "040") in got, got


def test_the_of_phrase_of_a_conjunct_topic_is_no_partner(nlp: Any) -> None:
    """ "held a meeting on X and the readiness of Y": the parser may join the topic to the
    meeting; what the readiness is of is no party to the meeting."""
    text = (
        "The Estonian prime minister held a meeting on the crisis and the combat readiness of"
        " the security forces to resist an attack."
    )
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert ("EST", None, "040") in got, got
    assert not any(t == "---COP" for _s, t, _c in got), got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a compound subject discussing something discusses it with each other ...
        (
            "The Serbian president and Kosovo's prime minister discussed the energy crisis.",
            {("SRB", "KSV", "040"), ("KSV", "SRB", "040")},
            set(),
        ),
        # ... and the other side of a war or of negotiations under discussion is no partner
        (
            "The Serbian president and Kosovo's prime minister discussed Armenia's war with"
            " Azerbaijan.",
            {("SRB", "KSV", "040")},
            {("SRB", "AZE", "040"), ("KSV", "AZE", "040")},
        ),
        (
            "NATO and the EU discussed possible negotiations with Belarus.",
            {("IGOWSTNAT", "IGOEUREEC", "040")},
            {("IGOWSTNAT", "BLR", "040"), ("IGOEUREEC", "BLR", "040")},
        ),
        # ministers of two countries, named by a list of adjectives, are each country's
        (
            "Latvian, Estonian defence ministers discuss air defence",
            {("LVA", "EST", "040"), ("EST", "LVA", "040")},
            set(),
        ),
        # talks between two delegations are between their countries
        (
            "Talks between Armenian and Azerbaijani delegations resumed in Brussels.",
            {("ARM", "AZE", "046"), ("AZE", "ARM", "046")},
            set(),
        ),
        # one discusses with someone, not "to" someone: a response to a country is the topic
        (
            "Biden spoke with Duda to discuss their response to Belarus's border tactics.",
            {("USA", "POL", "040")},
            {("USA", "BLR", "040")},
        ),
        ("With respect to Syria, the ministers discussed the matter at length.", set(),
         {("---GOV", "SYR", "040")}),
    ],
)
def test_what_is_discussed_is_no_partner(
    nlp: Any, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    got = coded_triples(nlp, text, ON)
    assert expected <= got, got
    assert not (absent & got), got


_CALL = "Prime Minister Mark Rutte had a telephone conversation with President Andrzej Duda. "


@pytest.mark.parametrize(
    "follow",
    [
        "The parties discussed energy security in the region.",
        "The two leaders discussed energy security in the region.",
        "They discussed energy security in the region.",
        # "they" goes on with the parties a collective subject stood for
        "The two leaders exchanged greetings. They discussed energy security in the region.",
        "The parties exchanged greetings. They agreed. They discussed energy security.",
        # a party's other call, spoken about, is no exchange of theirs
        "Duda spoke about his call with the Czech president. "
        "The leaders discussed energy security in the region.",
        # the parties a collective subject stood for, a few sentences on
        "The parties exchanged greetings. The talks lasted an hour. Grain was on the agenda. "
        "The leaders discussed energy security in the region.",
    ],
)
def test_the_parties_of_an_exchange_act_together(nlp: Any, follow: str) -> None:
    # a readout goes on with the two parties it named together: each discussed with the other
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, _CALL + follow, ON) if c == "040"}
    assert {("NLD", "POL", "040"), ("POL", "NLD", "040")} <= got, got


@pytest.mark.parametrize(
    "text",
    [
        # countries named in a later sentence are no parties to the exchange
        _CALL + "The call came after talks between Armenia and Azerbaijan. "
        "The leaders discussed energy security.",
        # "they" in a relative clause is the noun's; "they" after a sentence of things are
        # those things
        _CALL + "Duda thanked the partner countries for the aid they provide to Moldova.",
        _CALL + "One draft is a treaty between Poland and Lithuania, the other a memorandum. "
        "Together they would bar Moldova from the talks.",
        # persons of one country are no exchange between states
        "Chancellor Olaf Scholz met Finance Minister Christian Lindner. "
        "The parties discussed the budget.",
    ],
)
def test_collective_subjects_take_no_stray_parties(nlp: Any, text: str) -> None:
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    stray = {("ARM", "AZE", "040"), ("AZE", "ARM", "040"), ("DEU", "DEU", "040"),
             ("NLD", "MDA", "070"), ("POL", "MDA", "070"), ("NLD", "MDA", "160"),
             ("POL", "MDA", "160")}
    assert not got & stray, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "they" after a coordinated subject is that subject, and "him" the one they met
        ("Rutte and Duda met Lukashenko in Minsk. They criticized him for the crackdown.",
         {("NLD", "BLR", "111"), ("POL", "BLR", "111")},
         {("BLR", "NLD", "111"), ("BLR", "POL", "111"), ("POL", "NLD", "111")}),
        # after a single subject, "they" is both sides of the meeting
        ("Rutte met Duda in Warsaw. They agreed to continue the talks.",
         {("NLD", "POL", "036"), ("POL", "NLD", "036")}, set()),
    ],
)
def test_they_after_a_coordinated_subject(
    nlp: Any, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    got = coded_triples(nlp, text, ON)
    assert expected <= got, got
    assert not (absent & got), got


def test_a_title_with_an_unbound_of_phrase_is_no_earlier_holder(nlp: Any) -> None:
    # "President of the Repubic of Azerbaijan NAME": the misspelt state leaves the "of" phrase
    # unbound; the title is not the earlier president named, who would then call himself
    text = ("Recep Tayyip Erdogan had a telephone conversation with President of the Repubic "
            "of Azerbaijan Ilham Aliyev.")
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON) if c == "041"}
    assert ("TUR", "AZE", "041") in got, got


def test_parties_talking_to_the_press_consult_no_one(nlp: Any) -> None:
    # a statement to the media filtered out of the slot leaves no partner, not each other
    text = _CALL + "After the meeting, the two leaders will talk to the media."
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert not got & {("NLD", "POL", "040"), ("POL", "NLD", "040")}, got


def test_the_owner_of_a_gathering_talked_at_is_no_partner(nlp: Any) -> None:
    # the press fills the partner slot; whose conference it was says where, not with whom
    text = ("The envoy made the point while speaking with media representatives at the forum of "
            "Polish diplomats.")
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert not [r for r in got if r[2] == "040" and "POL" in (r[0], r[1])], got


@pytest.mark.parametrize(
    ("text", "code", "sides"),
    [
        ("Serbia and Kosovo accused each other of stoking the border tension.", "112",
         ("SRB", "KSV")),
        ("Sudan and Ethiopia blame one another for the raid on the farms.", "112",
         ("SDN", "ETH")),
        ("Kyrgyzstan and Tajikistan attacked each other's border posts on Friday.", "190",
         ("KGZ", "TJK")),
    ],
)
def test_compound_subject_acts_on_each_other(
    nlp: Any, text: str, code: str, sides: tuple[str, str]
) -> None:
    # "each other" and "one another" make each member the other's target, whatever the verb
    got = {(s[:3] if s else s, t[:3] if t else t, c[:3]) for s, t, c, _m in
           coded_rows(nlp, text, ON)}
    a, b = sides
    assert {(a, b, code), (b, a, code)} <= got, got
    assert not any(t is None for _s, t, _c in got), got


def test_the_baltic_states_are_the_three_states(nlp: Any) -> None:
    # CAMEO has no Baltic code: each of the three acts
    got = {(s, t, c[:3]) for s, t, c, _m in
           coded_rows(nlp, "The Baltic states expelled Belarusian diplomats.", ON)}
    assert {("EST", "BLR", "166"), ("LVA", "BLR", "166"), ("LTU", "BLR", "166")} <= got, got



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each guest of a coordinated object is hosted and visits back
        (
            "Macron hosted Scholz and Draghi in Paris.",
            {("FRA", "DEU", "043"), ("FRA", "ITA", "043"), ("DEU", "FRA", "042"),
             ("ITA", "FRA", "042")},
        ),
        (
            "Macron sent a message to Scholz and Draghi.",
            {("FRA", "DEU", "010"), ("FRA", "ITA", "010")},
        ),
    ],
)
def test_each_coordinated_addressee_is_named(
    nlp: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = coded_triples(nlp, text, ON)
    assert expected <= got, got


def test_a_capitals_country_after_a_comma_is_no_second_addressee(nlp: Any) -> None:
    got = coded_codes(nlp, "Macron sent a message to Kigali, Rwanda to open the summit.", ON)
    assert len(got) == 1, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a fronted clause refers forward to the named subject of its sentence
        ("After he met Erdogan, Scholz said a deal was close.", ("DEU", "TUR", "040")),
        ("When she arrived in Warsaw, Baerbock met Duda.", ("DEU", "POL", "042")),
    ],
)
def test_a_fronted_clauses_subject_is_the_named_subject(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded_triples(nlp, text, ON)


def test_ones_own_kin_are_no_party(nlp: Any) -> None:
    # "their families" are the soldiers' own: the place they met in is no party either
    got = coded_triples(nlp, "Georgian soldiers met with their families in Turkey.", ON)
    assert not [t for _s, t, c in got if c == "040" and t is not None], got


def test_a_span_of_time_into_a_war_names_no_party(nlp: Any) -> None:
    # "a week into the war with X" says how long, not whom the mourning is for
    text = "A week into Armenia's war with Azerbaijan, priests in Yerevan mourn the dead."
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert ("ARM", None, "018") in got, got
    assert not [r for r in got if r[2] == "018" and r[1] is not None], got


@pytest.mark.parametrize(
    "text",
    [
        # a person's allies, critics or supporters are not that person, nor that government
        "Opponents of President Erdogan criticised the budget.",
        "Lale Demir, a longtime ally of President Erdogan, criticised the budget.",
    ],
)
def test_a_persons_partisans_are_not_the_person(nlp: Any, text: str) -> None:
    got = coded_codes(nlp, text, ON)
    assert not [s for s, _t, _c in got if s.startswith("TUR")], got


def test_an_allied_nation_is_still_its_nation(nlp: Any) -> None:
    # a country noun before "allies" names them: the Baltic allies are the Baltic states
    got = coded_codes(nlp, "Estonian allies condemned the attack on the pipeline.", ON)
    assert [s for s, _t, c in got if c == "111"] == ["EST"], got


def test_listed_participle_is_no_act_of_the_clause(nlp: Any) -> None:
    """A participle in a list after a finite verb ("report missing persons, captured
    civilians") is an adjective: its civilians were captured by someone, not by the subject."""
    got = coded_rows(nlp, "Olga Stefanishyna reminded the hotlines where you can report "
                          "missing persons, captured civilians and soldiers.", ON)
    assert not [row for row in got if row[2] == "173"], got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a past participle set off before the clause is a passive: the clause's subject is
        # its patient, never its agent
        (
            "Seized by Azerbaijani troops, the Armenian soldiers were moved to Baku.",
            None,
            ("ARM", "ARM", "173"),
        ),
        (
            "Seized near the border, the Armenian soldiers were moved to Baku.",
            None,
            ("ARM", None, "173"),
        ),
        (
            "Detained near the border, the Polish journalists were deported by Belarus.",
            ("BLR", "POL", "174"),
            ("POL", "POL", "173"),
        ),
    ],
)
def test_participle_clause_is_passive(
    nlp: Any,
    text: str,
    expected: tuple[str, str | None, str] | None,
    absent: tuple[str, str | None, str],
) -> None:
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert expected is None or expected in got, got
    assert absent not in got, got


def test_foreign_leaders_are_of_no_country_the_clause_names(nlp: Any) -> None:
    """People called foreign are of many countries: a place inside the clause does not make
    them its own (no appeal to Azerbaijan's leaders)."""
    got = coded_rows(nlp, "Armenia has appealed to foreign leaders to help free the prisoners "
                          "held in Azerbaijan.", ON)
    assert ("ARM", "AZE", "020") not in {(s, t, c) for s, t, c, _m in got}, got
    assert any(c == "020" for _s, _t, c, _m in got), got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a person's name before the noun of his partisans names whom they are for, not them
        ("Tbilisi arrested Lukashenko sympathisers.", ("GEO", "BLR", "173")),
        ("Ankara condemned Assad apologists.", ("TUR", "SYR", "111")),
    ],
)
def test_partisans_named_before_are_not_the_person(
    nlp: Any, text: str, absent: tuple[str, str, str]
) -> None:
    got = {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}
    assert absent not in got, got


def test_it_of_an_unknown_speaker_is_that_speaker(nlp: Any) -> None:
    """ "it" reported by a speaker the dictionary does not know (a coalition, a company) is
    that speaker, not an organisation named before it."""
    got = coded_rows(nlp, "The UN condemned the raid on Sanaa. An Arab-led coalition denies it "
                          "struck a prison, killing more than 70 people.", ON)
    assert not [row for row in got if row[0] == "IGOUNO" and row[2].startswith("19")], got


def test_it_of_a_condition_is_no_unknown_speaker(nlp: Any) -> None:
    """Only a reporting verb makes "it" its unknown speaker: "penalties ... should it move to
    invade" still refers to the country."""
    got = coded_rows(nlp, "Belarus faces penalties. Vilnius is prepared to impose penalties on "
                          "Belarus should it move to invade Lithuania.", ON)
    assert ("BLR", "LTU", "190", "future") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ally, partner or rival named after the relation is who acts, not its partner
        ("Russia ally Pakistan criticised India.", "PAK"),
        ("Kremlin ally Belarus criticised Poland.", "BLR"),
        ("Russian ally Belarus hosted talks with Ukraine.", "BLR"),
    ],
)
def test_named_ally_acts_not_its_partner(nlp: Any, text: str, expected: str) -> None:
    got = coded_rows(nlp, text, date(2022, 3, 1))
    assert got and "RUS" not in {s for s, _t, _c, _m in got}, got
    assert expected in {s for s, _t, _c, _m in got}, got
