"""Readings of talk and of time: leaders who "talked" or "spoke" together consulted; "did not
just happen" says something happened; a gerund after "before" in a present-tense headline is
still to come; what "it took" days to do, or someone "is said to" do, is no plan; an event
noun naming no actor belongs to whoever prepares it, or to the subject of the clause it is
the occasion of ("during a call with"); the infinitive of "the decision of X" is X's.

The sentences are written for these tests; none is taken from a gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_rows

pytestmark = pytest.mark.model
ON = date(2022, 2, 10)

Row = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the members of a compound subject talk with each other
        (
            "Erdogan and Raisi talked for two hours on Monday.",
            {("TUR", "IRN", "040", "asserted"), ("IRN", "TUR", "040", "asserted")},
            set(),
        ),
        (
            "Scholz and Macron to speak as the crisis deepens.",
            {("DEU", "FRA", "040", "future"), ("FRA", "DEU", "040", "future")},
            set(),
        ),
        # one speaker alone consults no one
        (
            "Scholz spoke at length about gas prices in Poland.",
            set(),
            {("DEU", "POL", "040", "asserted")},
        ),
        # "not just": more than this happened, not nothing
        (
            "The Turkish incursion into Syria did not just happen by chance.",
            {("TUR", "SYR", "190", "asserted")},
            {("TUR", "SYR", "190", "negated")},
        ),
        (
            "Turkey did not invade Syria.",
            {("TUR", "SYR", "190", "negated")},
            set(),
        ),
        # a headline in the present: what comes "before" is yet to come; in a past clause, done
        (
            "Scholz calls Duda before meeting with Erdogan",
            {("DEU", "TUR", "040", "future")},
            {("DEU", "TUR", "040", "asserted")},
        ),
        (
            "Scholz called Duda before meeting with Erdogan.",
            {("DEU", "TUR", "040", "asserted")},
            set(),
        ),
        # what "it took" time to do was done, by whom it took the time
        (
            "It took Turkish forces two weeks to capture Afrin.",
            {("TUR", "SYR", "192", "asserted")},
            {("TUR", "SYR", "192", "future")},
        ),
        (
            "It took only a day for Erdogan to condemn the Israeli raid.",
            {("TUR", "ISR", "111", "asserted")},
            set(),
        ),
        # what someone "is said to" do is reported, not to come
        (
            "Serbian police were reported to be beating protesters in Belgrade.",
            {("SRB", "SRB", "175", "reported")},
            {("SRB", "SRB", "175", "future")},
        ),
        # "moved to" did; "is moving to" or "moves to" will
        (
            "Japan moved to expel two Chinese diplomats.",
            {("JPN", "CHN", "166", "asserted")},
            {("JPN", "CHN", "166", "future")},
        ),
        (
            "Japan is moving to expel two Chinese diplomats.",
            {("JPN", "CHN", "166", "future")},
            {("JPN", "CHN", "166", "asserted")},
        ),
        # a consultation a clause is set in is its subject's, and as sure as the clause
        (
            "Erdogan praised Zelensky during a phone call with Putin.",
            {("TUR", "RUS", "041", "asserted"), ("RUS", "TUR", "041", "asserted")},
            set(),
        ),
        (
            "At talks with Raisi, Erdogan discussed gas prices.",
            {("TUR", "IRN", "046", "asserted")},
            {("TUR", "IRN", "046", "future")},
        ),
        (
            "Erdogan met Scholz, who is on a working visit to Turkey.",
            {("DEU", "TUR", "042", "asserted")},
            set(),
        ),
        # relayed "as" an outlet reports: reported, as with "according to"
        (
            "Erdogan backed Baku's demand, as Anadolu reports.",
            {("TUR", "AZE", "051", "reported")},
            {("TUR", "AZE", "051", "asserted")},
        ),
        # a place inside the partner phrase is no partner ("the champions of the Games in
        # Baku"); the venue of the meeting itself neither
        (
            "Erdogan met with the champions of the European Games in Baku.",
            {("TUR", None, "040", "asserted")},
            {("TUR", "AZE", "040", "asserted")},
        ),
        # a known act given as the reason of what is announced has happened
        (
            "Canada announced sanctions on Belarus for its crackdown on protesters.",
            {("BLR", "---OPP", "170", "asserted")},
            {("BLR", "---OPP", "170", "future")},
        ),
        # an event noun naming no actor is the act of whoever plans or starts it
        (
            "Azerbaijan is preparing an offensive against Armenia.",
            {("AZE", "ARM", "190", "future")},
            set(),
        ),
        (
            "Officials in Baku deny that Azerbaijan is planning an attack on Armenia.",
            set(),
            {("AZE", "ARM", "190", "asserted")},
        ),
        # what another did to the denier is denied toward no one, and still denied
        (
            "Qatar denies Iran asked it for drones.",
            {("QAT", None, "016", "asserted"), ("IRN", "QAT", "0232", "negated")},
            set(),
        ),
        # the infinitive of "the decision of X" is X's to do, not the welcoming subject's
        (
            "Yerevan welcomed the decision of Georgia to send aid to Armenia.",
            {("GEO", "ARM", "070", "future")},
            {("ARM", "ARM", "070", "future")},
        ),
    ],
)
def test_talk_negation_and_time(
    nlp: Any, text: str, expected: set[Row], absent: set[Row]
) -> None:
    got = coded_rows(nlp, text, ON)
    assert expected <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop or a failure that did not happen: the act goes on, or was done
        ("Armenian troops do not stop trying to break through the Azerbaijani lines.",
         ("ARM", "AZE", "190", "asserted")),
        ("Azerbaijani artillery did not fail to strike Armenian positions.",
         ("AZE", "ARM", "194", "asserted")),
    ],
)
def test_undone_halt_leaves_the_act_asserted(nlp: Any, text: str, expected: Row) -> None:
    got = {(s[:3] if s else s, t[:3] if t else t, code[:3], mod)
           for s, t, code, mod in coded_rows(nlp, text, date(2020, 10, 12))}
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions against Belarus in case of its attack on Lithuania are ready.",
        "Poland will close the border in the event of a Belarusian attack on Lithuania.",
    ],
)
def test_event_in_case_of_is_conditional(nlp: Any, text: str) -> None:
    got = {(s[:3] if s else s, t[:3] if t else t, code[:2], mod)
           for s, t, code, mod in coded_rows(nlp, text, ON)}
    assert ("BLR", "LTU", "19", "conditional") in got, got
    assert not any(code == "19" and mod == "asserted" for _, _, code, mod in got), got
