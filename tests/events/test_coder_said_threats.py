"""Threats said, not only warned: a speaker who says it would do something coercive if a named
party acts threatens that party (CAMEO 13), as the saying stands; the act itself stays
unasserted, and "will" on a condition is as conditional as "would". A condition that names no
party ("if necessary", "if war broke out") leaves the act a conditional one. Harm a speaker
says it could do to a party, or warns it will, threatens that party too.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import assert_rows, coded_codes, coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 2, 10)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the speaker's coercive act on another's condition: a threat to that party
        (
            "Canada said it would impose sanctions if Belarus closed the border.",
            {("CAN", "BLR", "1312", "asserted")},
            {("CAN", None, "163", "conditional")},
        ),
        (
            "Erdogan said Turkey would impose tariffs if Greece moved troops to the islands.",
            {("TUR", "GRC", "1312", "asserted")},
            set(),
        ),
        # stressed, underscored or reiterated, it is said all the same
        (
            "Scholz stressed that Germany would respond decisively if Russia attacked Moldova.",
            {("DEU", "RUS", "130", "asserted")},
            {("DEU", "RUS", "130", "conditional")},
        ),
        (
            "Trudeau reiterated that Canada will impose sanctions if Belarus closes the border.",
            {("CAN", "BLR", "1312", "asserted")},
            set(),
        ),
        # the threat is aimed at whoever sets the condition (a passive's agent), not at where
        # the act lands
        (
            "Macron said France would send troops to Romania if Moldova were attacked by"
            " Serbia.",
            {("FRA", "SRB", "138", "asserted")},
            {("FRA", "ROU", "138", "asserted"), ("FRA", "MDA", "138", "asserted")},
        ),
        (
            "Macron said France would send troops to Romania if Serbia attacked.",
            {("FRA", "SRB", "138", "asserted")},
            {("FRA", "ROU", "138", "asserted")},
        ),
        # a threat verb said on a condition is asserted, no longer conditional
        (
            "Tehran said it would respond if Israel struck its nuclear sites.",
            {("IRN", "ISR", "130", "asserted")},
            {("IRN", "ISR", "130", "conditional")},
        ),
        # ... a reaction on a hostile act done to the reacting party, too, by whomever
        (
            "Armenia will retaliate if its troops are targeted.",
            {("ARM", None, "130", "asserted")},
            {("ARM", None, "130", "conditional")},
        ),
        # ... but not a reaction on a condition no party sets against it
        (
            "If a ceasefire is declared in the region, Armenia will react quickly.",
            set(),
            {("ARM", None, "130", "asserted")},
        ),
        # what a named party would face on its own act, said, is a threat to it
        (
            "Erdogan said Athens would pay a heavy price if it armed the islands.",
            {("TUR", "GRC", "130", "asserted")},
            set(),
        ),
        # ... and so is one a headline credits to a speaker after a dash, made now
        (
            "Athens will face grave consequences if it arms the islands - Erdogan",
            {("TUR", "GRC", "130", "asserted")},
            {("TUR", "GRC", "130", "conditional")},
        ),
        # a condition naming no party threatens no one
        (
            "Canada said it would impose sanctions if necessary.",
            set(),
            {("CAN", "CAN", "1312", "asserted"), ("CAN", None, "1312", "asserted")},
        ),
        (
            "Turkey said it would close the straits if war broke out.",
            set(),
            {("TUR", None, "1381", "asserted")},
        ),
        # a cooperative act said on a condition stays a conditional intent
        (
            "Canada said it would send aid to Moldova if Russia attacked.",
            {("CAN", "MDA", "033", "conditional")},
            {("CAN", "RUS", "138", "asserted")},
        ),
        # a speaker saying it could, might or would do harm to a party threatens that party
        (
            "Venezuela said it could expel the Colombian ambassador.",
            {("VEN", "COL", "136", "asserted")},
            {("VEN", "COL", "166", "conditional")},
        ),
        (
            "Serbia said it might deploy troops against Kosovo.",
            {("SRB", "KSV", "138", "asserted")},
            set(),
        ),
        (
            "Pyongyang warned it would fire missiles at South Korea.",
            {("PRK", "KOR", "1384", "asserted")},
            {("PRK", "KOR", "194", "conditional")},
        ),
        # ... warning that it will do it threatens too
        (
            "Algeria warned that it will cut gas supplies to Morocco.",
            {("DZA", "MAR", "1311", "asserted")},
            {("DZA", "MAR", "162", "future")},
        ),
        # "says it would" is said now of what it would do; "said it would ... if" sets a
        # condition, whoever sets it
        (
            "Serbia says it would deploy troops against Kosovo.",
            {("SRB", "KSV", "138", "asserted")},
            set(),
        ),
        (
            "Serbia said it would deploy troops against Kosovo if it was attacked.",
            {("SRB", "KSV", "138", "asserted")},
            set(),
        ),
        # ... with the speaker's own country named as the one to act
        (
            "The Iranian foreign minister said Iran could strike Israel.",
            {("IRN", "ISR", "138", "asserted")},
            set(),
        ),
    ],
)
def test_said_threats(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "will" on a condition is as conditional as "would" (a coercive act on a condition
        # its target sets is a threat: test_coder_ready_threats)
        ("If Belarus closes the border, Lithuania will send troops to Latvia.",
         ("LTU", "LVA", "154", "conditional")),
        ("Lithuania will send troops to Latvia unless Belarus reopens the border.",
         ("LTU", "LVA", "154", "conditional")),
    ],
)
def test_will_on_a_condition_is_conditional(nlp: Any, text: str, expected: Row) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # what a warning tells its addressee it will undergo is the addressee's to undergo
        (
            "Norway warned Belarus that it would face sanctions if it closed the border.",
            {("NOR", "BLR", "1312", "asserted")},
            set(),
        ),
        # ... while what one tells another one will do oneself stays one's own
        (
            "Norway told Belarus that it would impose sanctions.",
            {("NOR", None, "163", "future")},
            {("BLR", None, "163", "future")},
        ),
        # a headline's party told by title, then the told clause's subject with no "that":
        # the country is the clause's, never the titled person's name
        (
            "Macron tells Russian president France will respond if Russia attacks Moldova",
            {("FRA", "RUS", "130", "asserted")},
            {("RUS", "RUS", "130", "asserted")},
        ),
        # a clause whose "that" was dropped after a warning is what is warned of, no object
        # of the warning: a prediction, no threat to Belarus
        (
            "A Belarusian convoy was nearing Vilnius on Tuesday, with Lithuanian officials "
            "warning Belarus's vast reserves could be able to break the Lithuanian lines.",
            set(),
            {("LTU", "BLR", "130", "asserted")},
        ),
        # ... also when the clause's subject is an act with its own "of" phrase: the act's
        # victim is not the one warned
        (
            "Lithuania warns full-scale invasion of Latvia could be imminent.",
            set(),
            {("LTU", "LVA", "130", "asserted")},
        ),
    ],
)
def test_warned_addressee_and_dropped_that(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a condition opened by "should" or "had" before its subject, as by "if"
        (
            "Canada warned of dire consequences should Belarus invade Lithuania.",
            {("CAN", "BLR", "130", "asserted"), ("BLR", "LTU", "190", "conditional")},
            {("CAN", "BLR", "021", "asserted")},
        ),
        (
            "Should Belarus invade Lithuania, Canada will impose sanctions.",
            {("CAN", "BLR", "1312", "asserted"), ("BLR", "LTU", "190", "conditional")},
            set(),
        ),
    ],
)
def test_inverted_condition(nlp: Any, text: str, expected: set[Row], absent: set[Row]) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning whose own condition names a party threatens that party (130)
        (
            "Canada warned the consequences will be horrific if Belarus invades Lithuania.",
            {("CAN", "BLR", "130", "asserted"), ("BLR", "LTU", "190", "conditional")},
        ),
        (
            "Canada warned that sanctions would follow if Belarus closed the border.",
            {("CAN", "BLR", "130", "asserted")},
        ),
    ],
)
def test_warning_on_a_condition_threatens_its_party(
    nlp: Any, text: str, expected: set[Row]
) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected <= got, got


def test_warning_of_what_a_party_may_do_threatens_no_one(nlp: Any) -> None:
    # the condition names no party: nobody is threatened
    got = coded_rows(nlp, "Canada warned that Belarus could invade Lithuania if talks fail.", ON)
    assert not any(c == "130" for _s, _t, c, _m in got), got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # what a party agrees or decides to do to another on that party's condition is a
        # threat, as "is ready to" is
        (
            "Swedish ministers agreed to impose sanctions on Belarus if it closes the border.",
            {("SWE", "BLR", "1312", "asserted")},
            {("SWE", "BLR", "163", "future")},
        ),
        (
            "Baltic states agree to sanctions against Belarus if it expels their diplomats.",
            {("EST", "BLR", "1312", "asserted"), ("LTU", "BLR", "1312", "asserted")},
            {("EST", "BLR", "163", "asserted")},
        ),
        # a present act on a condition has not happened
        (
            "Japan imposes tariffs on China if it blocks rare earth exports.",
            {("JPN", "CHN", "163", "conditional")},
            {("JPN", "CHN", "163", "asserted")},
        ),
        # ... but a promise on a condition is made as it is said
        (
            "Erdogan promises a strong response if Greece arms the islands.",
            {("TUR", "GRC", "130", "asserted")},
            set(),
        ),
    ],
)
def test_agreed_and_present_acts_on_a_condition(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reaction still to come to a party's hostile act threatens that party, as "will
        # respond if X attacks" does
        (
            "Japan will respond firmly to any Chinese incursion into its waters.",
            {("JPN", "CHN", "130", "asserted")},
        ),
        (
            "Ankara said it would retaliate against any attack by Syrian forces.",
            {("TUR", "SYR", "130", "asserted")},
        ),
    ],
)
def test_a_reaction_to_come_to_a_named_act_threatens_its_author(
    nlp: Any, text: str, expected: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, set())


def test_a_past_reaction_threatens_no_one(nlp: Any) -> None:
    got = coded_rows(nlp, "Japan responded to the Chinese incursion with a protest note.", ON)
    assert not any(c == "130" for _s, _t, c, _m in got), got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "any" supposes the act it determines, unless it is denied
        (
            "Tokyo said any Chinese blockade of Taiwan is unacceptable.",
            {("CHN", "TWN", "191", "conditional")},
            {("CHN", "TWN", "191", "reported")},
        ),
        # ... and so does "any" on the noun a participle of the act tells of
        (
            "Estonia will respond to any attacks carried out by Belarus.",
            {("BLR", None, "190", "conditional")},
            {("BLR", None, "190", "asserted")},
        ),
        (
            "Belarus denied any attacks carried out by its forces.",
            {("BLR", None, "190", "negated")},
            {("BLR", None, "190", "asserted")},
        ),
        (
            "Lithuania denied any attack on Belarusian guards.",
            {("LTU", "BLR", "016", "asserted")},
            set(),
        ),
    ],
)
def test_any_act_is_supposed(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    assert_rows(nlp, text, ON, expected, absent)


@pytest.mark.parametrize(
    ("text", "absent_codes"),
    [
        # another party's act foretold is no threat by the speaker
        ("Blinken said Russia could invade Ukraine.", {"138"}),
        # an act announced as decided stays a future act, and "said it would" reports "will"
        ("Algeria said it will cut gas supplies to Morocco.", {"1311"}),
        ("Algeria said on Monday it would cut gas supplies to Morocco.", {"1311"}),
        # a stated unwillingness threatens nothing
        ("Serbia said it would not deploy troops against Kosovo.", {"138"}),
    ],
)
def test_no_own_harm_threat(nlp: Any, text: str, absent_codes: set[str]) -> None:
    assert not {r[2] for r in coded_rows(nlp, text, ON)} & absent_codes


def test_the_warned_leader_of_the_conditions_party_is_threatened(nlp: Any) -> None:
    # the addressee of the condition's own country names the threatened party precisely
    got = coded_codes(
        nlp, "Macron warned Lukashenko that France would impose sanctions if Belarus closed"
        " the border.", ON)
    assert ("FRAGOV", "BLRGOV", "1312") in got, got
    # an addressee of another country is no party to the condition
    got = coded_codes(
        nlp, "Macron warned Scholz that France would impose sanctions if Belarus closed"
        " the border.", ON)
    assert ("FRAGOV", "BLR", "1312") in got, got
