"""Reports and allegations named by a noun, on real parses: the clause a noun of report or
allegation takes ("reports that Russian troops shelled ...", "allegations that troops
killed ...") is coded with its own parties, as reported or alleged, never asserted. The
small parser hangs such a clause on the noun like a participle; it is still a clause with a
subject of its own.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There are reports that Belarusian troops shelled a village in Lithuania.",
            ("BLR", "LTU", "194", "reported"),
        ),
        (
            "The inquiry follows allegations that Turkish soldiers killed civilians in Iraq.",
            ("TUR", "IRQ", "190", "alleged"),
        ),
        (
            "Analysts reacted to confirmation that Belarus fired missiles at Lithuania.",
            ("BLR", "LTU", "194", "reported"),
        ),
        # with no "that", a clause with an object of its own is still the claim's content,
        # though the parser reads it as a relative clause
        (
            "Minsk hit back at claims it had used migrants as human shields.",
            ("BLR", "---CVL", "184", "alleged"),
        ),
        # a statement or information passed on tells as a report does
        (
            "Bloggers are spreading statements that Belarus shelled a village in Lithuania.",
            ("BLR", "LTU", "194", "reported"),
        ),
    ],
)
def test_content_of_a_report_noun(nlp: Any, text: str, expected: tuple[str, ...]) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected in got, got
    assert (*expected[:3], "asserted") not in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what disinformation or lies are about is only alleged, also when the event is still
        # to come in its own clause ("plans to attack")
        (
            "State television spread disinformation about Lithuania's plans to attack Belarus.",
            ("LTU", "BLR", "190", "alleged"),
        ),
        (
            "The ministry repeated its lies that Lithuanian troops shelled a Belarusian village.",
            ("LTU", "BLR", "194", "alleged"),
        ),
        # what a denial is about is denied
        (
            "Lithuania dismissed Minsk's denial that Belarusian troops shelled a border post.",
            ("BLR", None, "194", "negated"),
        ),
        # a gerund under talk of it is only supposed
        (
            "There is talk of Belarus using chemical weapons against Lithuania.",
            ("BLR", "LTU", "2041", "conditional"),
        ),
    ],
)
def test_what_a_falsehood_is_about_is_alleged(
    nlp: Any, text: str, expected: tuple[str, ...]
) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in a case that ..." is a phrase about a case, no "in case" condition
        (
            "A court in Belarus jailed a Lithuanian journalist, her lawyers said, in a case "
            "that drew wide attention.",
            ("BLR", "LTU", "173", "reported"),
        ),
        (
            "In case of an attack, Lithuania would defend Latvia.",
            ("LTU", "LVA", "052", "conditional"),
        ),
    ],
)
def test_in_case_is_a_condition_only_without_article(
    nlp: Any, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded_rows(nlp, text, ON), coded_rows(nlp, text, ON)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # what an outlet quotes someone as saying is reported by the one quoted, not to come
        (
            "BelTA quoted Lukashenko as saying that Lithuanian troops shelled a Belarusian "
            "border post.",
            {("LTU", "BLR", "194", "reported"), ("BLR", "LTU", "112", "asserted")},
            {("LTU", "BLR", "194", "future")},
        ),
        # a plan insisted on is still to come
        (
            "Vilnius insisted on holding talks with Minsk.",
            {("LTU", "BLR", "046", "future")},
            set(),
        ),
        # the means of a past attempt was used, whatever came of the attempt
        (
            "By shelling Tavush, Azerbaijan tried to provoke Armenia.",
            {("AZE", "ARM", "194", "asserted")},
            {("AZE", "ARM", "194", "future")},
        ),
    ],
)
def test_quoted_as_saying_reports(
    nlp: Any, text: str, expected: set[tuple[str, ...]], absent: set[tuple[str, ...]]
) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # what one calls untrue, or absurd to believe or claim, is denied, not reported
        (
            "Absurd to believe Latvia threatens Belarus - Rinkevics",
            ("LVA", "BLR", "130", "negated"),
            ("LVA", "BLR", "130", "reported"),
        ),
        (
            "It is false that Lithuanian troops shelled Belarus.",
            ("LTU", "BLR", "194", "negated"),
            ("LTU", "BLR", "194", "asserted"),
        ),
        (
            "Nauseda said it was ridiculous to suggest Lithuania would attack Belarus.",
            ("LTU", "BLR", "190", "negated"),
            ("LTU", "BLR", "190", "future"),
        ),
        # outrage that something happened denies nothing
        (
            "It is absurd that Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "negated"),
        ),
        # what one is to say is reported, not planned
        (
            "It is important to say that Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "reported"),
            ("BLR", "LTU", "194", "future"),
        ),
        # ... as is what one will mention or stress: the telling is to come, not the deed
        (
            "I will also mention that Belarus shells Lithuania every day.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "Allow me to remind you that Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "Let me stress that Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "reported"),
            ("BLR", "LTU", "194", "future"),
        ),
        # what one is to know, or does not know, is a fact; whether it happened is not
        (
            "You should know that Lithuanian farms are shelled every day by Belarus.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "We must understand that Belarus has shelled Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "conditional"),
        ),
        (
            "Minsk does not know that Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "negated"),
        ),
        (
            "Minsk does not know whether Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "conditional"),
            ("BLR", "LTU", "194", "asserted"),
        ),
        # an accusation still to be made is a future act, as its verb is
        (
            "Belarus will claim that Lithuania shelled its border post.",
            ("BLR", "LTU", "112", "future"),
            ("BLR", "LTU", "112", "asserted"),
        ),
        # a finite clause of the circumstances hung on the gerund of the charge tells when the
        # accusation is made: the protest happens, no one alleges it
        (
            "The Latvian premier accuses Belarus of moving to a new stage of pressure as "
            "Riga residents protest.",
            ("LVA", None, "140", "asserted"),
            ("LVA", None, "140", "alleged"),
        ),
        # set off by a comma after a reported clause, the circumstance is the narrator's
        (
            "Latvia and Estonia declared that the border was closed, as the Latvian premier "
            "met the Estonian premier in Riga.",
            ("LVA", "EST", "040", "asserted"),
            ("LVA", "EST", "040", "reported"),
        ),
        # ... and so is what happened before the saying, set off so: no accusation of it
        (
            "Tallinn says the measures will hurt Belarus, after it sent troops into Lithuania.",
            ("BLR", "LTU", "154", "asserted"),
            ("EST", "BLR", "112", "asserted"),
        ),
        # a charge for a deed is alleged whatever befalls the charged
        (
            "Sanctions aimed at punishing Belarus for shelling Lithuania hit its banks.",
            ("BLR", "LTU", "194", "alleged"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "The EU did not punish Belarus for shelling Lithuania.",
            ("BLR", "LTU", "194", "alleged"),
            ("BLR", "LTU", "194", "negated"),
        ),
        # a clause with a subject of its own takes no negation from any clause above it
        (
            "Minsk has no intention of apologising after Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "negated"),
        ),
        (
            "Vilnius did not want to hold talks while Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "negated"),
        ),
        (
            "Minsk denied leaving the talks after Belarus shelled Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "negated"),
        ),
        # a phrasal verb governs the gerund right after its particle: what is ruled out is
        # not done, what is given up ceases
        (
            "Scholz rules out pulling back German troops from Lithuania.",
            ("DEU", "LTU", "087", "negated"),
            ("DEU", "LTU", "087", "asserted"),
        ),
        (
            "Belarus gave up shelling Lithuania.",
            ("BLR", "LTU", "087", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        # a deed admitted or confessed to was done
        (
            "Minsk admitted shelling Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "Minsk admitted to shelling Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        # the first or only one to do something did it, unless the clause is to come
        (
            "Belarus became the first country to shell Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "Belarus will become the first country to shell Lithuania.",
            ("BLR", "LTU", "194", "future"),
            ("BLR", "LTU", "194", "asserted"),
        ),
        # an event noun with "no" did not take place
        (
            "No withdrawal of Belarusian troops from the Lithuanian border.",
            ("BLR", "LTU", "0874", "negated"),
            ("BLR", "LTU", "0874", "asserted"),
        ),
        (
            "There was no Belarusian attack on Vilnius.",
            ("BLR", "LTU", "190", "negated"),
            ("BLR", "LTU", "190", "asserted"),
        ),
        # what is done without warning is not warned of
        (
            "Belarus shelled Lithuania without warning Vilnius.",
            ("BLR", "LTU", "130", "negated"),
            ("BLR", "LTU", "130", "asserted"),
        ),
        # what one persuaded a party to do, it did; what one tries to persuade it to do not yet
        (
            "Vilnius persuaded the EU to impose sanctions on Belarus.",
            ("IGOEUREEC", "BLR", "163", "asserted"),
            ("IGOEUREEC", "BLR", "163", "future"),
        ),
        (
            "Vilnius is trying to persuade the EU to impose sanctions on Belarus.",
            ("IGOEUREEC", "BLR", "163", "future"),
            ("IGOEUREEC", "BLR", "163", "asserted"),
        ),
        # talks that did not achieve something took place; talks that did not take place did
        # not
        (
            "Talks between Belarus and Lithuania have not produced a solution.",
            ("BLR", "LTU", "046", "asserted"),
            ("BLR", "LTU", "046", "negated"),
        ),
        (
            "Talks between Belarus and Lithuania did not take place.",
            ("BLR", "LTU", "046", "negated"),
            ("BLR", "LTU", "046", "asserted"),
        ),
        # "no" on the object negates the act
        (
            "In April, Belarus sent no troops to Lithuania.",
            ("BLR", "LTU", "154", "negated"),
            ("BLR", "LTU", "154", "asserted"),
        ),
        # ... but not "no" in a name or a compound, nor what a speaker says no more of
        (
            "Vilnius is still investigating No 10 gatherings in Minsk.",
            ("LTU", "BLR", "090", "asserted"),
            ("LTU", "BLR", "090", "negated"),
        ),
        (
            "Lithuania says no breakthrough in talks with Belarus.",
            ("LTU", "BLR", "046", "asserted"),
            ("LTU", "BLR", "046", "negated"),
        ),
        # an event dated by its year is a known one, whatever may be repeated
        (
            "Vilnius fears Minsk may be attempting to repeat its 2020 attack on Lithuania.",
            ("BLR", "LTU", "190", "asserted"),
            ("BLR", "LTU", "190", "conditional"),
        ),
        # what one ends up doing, or spends time doing, is done
        (
            "Minsk ended up shelling Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "Belarus spent the winter shelling Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        # what a party's own decision decides is as sure as the decision
        (
            "Vilnius condemned Minsk's decision to shell Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "If Minsk makes its decision to shell Lithuania, Vilnius will respond.",
            ("BLR", "LTU", "194", "conditional"),
            ("BLR", "LTU", "194", "asserted"),
        ),
        # a deed thanked or praised for was done, however the thanks read
        (
            "Minsk would like to thank Belarus's army for shelling Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        # a deed let pass ("get away with") was done, however "let" or "allow" read
        (
            "The EU let Belarus get away with shelling Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        (
            "Vilnius will not allow Minsk to get away with shelling Lithuania.",
            ("BLR", "LTU", "194", "asserted"),
            ("BLR", "LTU", "194", "future"),
        ),
        # the charge itself stays alleged
        (
            "Vilnius accused Minsk of shelling a Lithuanian border post as farmers fled.",
            ("BLR", "LTU", "194", "alleged"),
            ("BLR", "LTU", "194", "asserted"),
        ),
        # a plan denied is denied first: the planned attack is negated, and the denier denies
        # toward its target
        (
            "Minsk denies planning an attack on Lithuania.",
            ("BLR", "LTU", "190", "negated"),
            ("BLR", "LTU", "190", "future"),
        ),
        (
            "Minsk denies planning an attack on Lithuania.",
            ("BLR", "LTU", "016", "asserted"),
            ("BLR", "LTU", "016", "negated"),
        ),
        # a plan denied is denied even when the plan names no target
        (
            "Minsk denies planning an attack.",
            ("BLR", None, "016", "asserted"),
            ("BLR", None, "190", "asserted"),
        ),
        # what one failed to prevent or did not predict happened; what one wants to prevent
        # or would not prevent is only supposed
        (
            "Sanctions failed to deter Belarus's attack on Lithuania.",
            ("BLR", "LTU", "190", "asserted"),
            ("BLR", "LTU", "190", "conditional"),
        ),
        (
            "Analysts did not predict Belarus's attack on Lithuania.",
            ("BLR", "LTU", "190", "asserted"),
            ("BLR", "LTU", "190", "conditional"),
        ),
        (
            "NATO wants to prevent a Belarusian attack on Lithuania.",
            ("BLR", "LTU", "190", "conditional"),
            ("BLR", "LTU", "190", "asserted"),
        ),
        # a plan not denied is to come
        (
            "Belarus is planning an attack on Lithuania.",
            ("BLR", "LTU", "190", "future"),
            ("BLR", "LTU", "190", "negated"),
        ),
        # what a leader says of its own side is asserted, unless another relays that he said
        # it ("according to an aide")
        (
            "According to an aide, Aliyev told Erdogan that Azerbaijan valued his advice and"
            " supported Turkey's efforts.",
            ("AZE", "TUR", "051", "reported"),
            ("AZE", "TUR", "051", "asserted"),
        ),
    ],
)
def test_dismissed_unmade_and_circumstantial_reports(
    nlp: Any, text: str, expected: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected in got and absent not in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the means of an alleged crime is alleged with it, not a deed to come
        (
            "Lithuania accused Belarus of committing war crimes by bombing Vilnius.",
            ("BLR", "LTU", "195", "alleged"),
        ),
        (
            "Georgia accused Russia of committing atrocities by shelling Tbilisi.",
            ("RUS", "GEO", "194", "alleged"),
        ),
    ],
)
def test_means_of_an_alleged_act_is_alleged(
    nlp: Any, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded_rows(nlp, text, ON), coded_rows(nlp, text, ON)
