"""The unnamed other side of a war ("the enemy", "the occupiers") takes, within one article,
the country its named side fights there, else the one it was at war with on the day; with no
such country, or more than one, it stays unnamed.

The texts are written for these tests; none is taken from a gold file or a corpus.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors
from tidings.events.coder import code_events
from tidings.model import Article

pytestmark = pytest.mark.model
ON = date(2020, 10, 12)


def _coded(nlp: Any, text: str, on: date = ON) -> list[Any]:
    """The events of ``text`` read as one article published ``on``."""
    doc = nlp(text)
    article = Article(id="a", source_id="t", published=on.isoformat(), text=text)
    return code_events(article, doc,
                       index=index_actors(doc, dictionary=ActorDictionary.builtin(), on=on))


def _events(
    nlp: Any, text: str, on: date = ON
) -> set[tuple[str, str | None, str, str | None]]:
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo,
         "adversary" if "adversary" in (e.source.via, e.target.via if e.target else "") else None)
        for e in _coded(nlp, text, on)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the enemy as target: the other side of the article's force
        (
            "Azerbaijani troops shelled Armenian villages on Monday. Armenian air defence "
            "downed an enemy drone over the town.",
            ("ARMMIL", "AZE", "190", "adversary"),
        ),
        # ... and as source, keeping its sector
        (
            "Azerbaijani troops shelled Armenian positions at dawn. By noon the occupiers had "
            "attacked Goris.",
            ("AZEMIL", "ARM", "190", "adversary"),
        ),
    ],
)
def test_enemy_takes_the_adversary(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no force between two countries in the article: nothing is guessed
        "Armenian air defence downed an enemy drone over Goris.",
        # coercion that is no force makes no adversaries: an arrest of another country's
        # people is no war with it
        "Armenian police arrested two Georgian smugglers. Armenian air defence downed an "
        "enemy drone.",
        # two adversaries: nothing is guessed
        "Azerbaijani troops shelled Armenian villages. Turkish drones attacked Armenian "
        "positions. Armenian air defence downed an enemy drone.",
    ],
)
def test_enemy_stays_unnamed_without_one_adversary(nlp: Any, text: str) -> None:
    # (a day with no interstate war of Armenia's under way: see the fallback below)
    assert not any(via for *_, via in _events(nlp, text, date(2019, 6, 1)))


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # a single war headline: the war under way on its day names the other side
        ("Armenian air defence downed an enemy drone over Goris.", ON,
         ("ARMMIL", "AZE", "190", "adversary")),
        ("The occupiers shelled Kharkiv overnight.", date(2022, 11, 2),
         ("RUSMIL", "UKR", "194", "adversary")),
        # the enemy word is the subject the parser left outside the trigger's clause
        ("Invaders shelling Kupiansk from the left bank overnight",
         date(2022, 8, 5), ("RUSMIL", "UKR", "194", "adversary")),
        # "enemy" modifying the attack that wounded them, which the parser reads as a clause
        ("Two farmers were wounded in enemy shelling of Sumy.", date(2022, 6, 1),
         ("RUSMIL", "UKRAGR", "194", "adversary")),
        ("A pensioner was killed in enemy shelling in Nikopol on Sunday.", date(2022, 8, 14),
         ("RUSMIL", "UKR", "194", "adversary")),
        # a pronoun for the enemy in a sentence of its own
        ("The enemy regrouped overnight. They shelled Kharkiv again.", date(2022, 11, 3),
         ("RUSMIL", "UKR", "194", "adversary")),
        # the enemy's force posture and retreat
        ("Occupiers are building up troops near Melitopol.", date(2022, 8, 14),
         ("RUSMIL", "UKR", "154", "adversary")),
        ("The occupiers withdrew from Kherson overnight.", date(2022, 11, 11),
         ("RUSMIL", "UKR", "0874", "adversary")),
    ],
)
def test_enemy_takes_the_war_of_the_day(
    nlp: Any, text: str, on: date, expected: tuple[Any, ...]
) -> None:
    assert expected in _events(nlp, text, on)
    # before the war began, nothing is guessed
    assert not any(via for *_, via in _events(nlp, text, date(2019, 6, 1)))


def test_named_organisation_is_no_enemy(nlp: Any) -> None:
    """An organisation has no country but is named: it is never replaced by an adversary."""
    got = _events(nlp, "Azerbaijani troops shelled Armenian villages. NATO jets bombed enemy "
                       "positions in Armenia.")
    assert not any(s.startswith("AZE") and c == "195" for s, _, c, _ in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war noun whose agent a demonym or possessive names implies its victim: the
        # other side of the day's war
        ("Refugees fled Stepanakert since the Azerbaijani offensive began.",
         ("AZE", "ARM", "190", "adversary")),
        ("Aid reached Goris despite Azerbaijan's aggression.", ("AZE", "ARM", "190", "adversary")),
        ("Aid reached Goris despite Azerbaijan's military operation.",
         ("AZEMIL", "ARM", "190", "adversary")),
        # ... and so does a noun of one attack, at the head of its event
        ("Villagers in Goris hid from Azerbaijani shelling.", ("AZE", "ARM", "194", "adversary")),
        ("Goris counted the damage of an Azerbaijani strike.",
         ("AZE", "ARM", "190", "adversary")),
    ],
)
def test_war_noun_takes_the_war_of_the_day(
    nlp: Any, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # with no war on the day, no victim is guessed and the vague noun codes nothing
        "Refugees fled since the Azerbaijani offensive began.",
        # a compound may name the victim or the place, not the agent
        "Aid reached Goris during the Armenia war.",
    ],
)
def test_war_noun_without_a_known_war(nlp: Any, text: str) -> None:
    on = date(2019, 5, 1) if "Refugees" in text else ON
    assert not any(c[2].startswith("19") for c in _events(nlp, text, on)), _events(nlp, text, on)


def test_aimless_force_in_a_war_headline(nlp: Any) -> None:
    # force with no target at all, in a single headline on a day of war: the other side
    got = _events(nlp, "Armenian artillery shelled three villages overnight")
    assert ("ARMMIL", "AZE", "194", "adversary") in got, got


def test_aimless_force_on_a_pronoun_takes_the_pronoun_as_evidence(nlp: Any) -> None:
    # "fired on her": the unresolved pronoun, not the verb, stands for the other side
    text = "Armenian soldiers fired on her near the village"
    events = _coded(nlp, text)
    shot = [e for e in events if e.target is not None and e.target.via == "adversary"]
    assert shot and shot[0].target is not None, events
    assert text[shot[0].target.start:shot[0].target.end] == "her"


def test_aimless_force_names_the_adversary_without_inventing_a_mention(nlp: Any) -> None:
    # no word stands for the other side: it is named by its name, with no offsets
    text = "Armenian artillery shelled three villages overnight"
    events = _coded(nlp, text)
    aimed = [e.target for e in events if e.target is not None and e.target.via == "adversary"]
    assert aimed and aimed[0].text == "Azerbaijan", events
    assert (aimed[0].start, aimed[0].end) == (None, None)


def test_adversary_named_through_its_forces_takes_its_country_name(nlp: Any) -> None:
    # the article names the other side only by its troops; the inferred side reads by name
    text = ("Armenian artillery shelled Azerbaijani troops. Armenian jets bombed three "
            "villages overnight.")
    events = _coded(nlp, text)
    aimed = [e.target for e in events if e.target is not None and e.target.via == "adversary"]
    assert [(a.text, a.name) for a in aimed] == [("Azerbaijan", "Azerbaijan")], events


def test_aimless_force_in_a_longer_text_stays_aimless(nlp: Any) -> None:
    # a longer text that names no war of its own may be about another one
    got = _events(nlp, "We remember those days well. Armenian jets bombed the old town then.")
    assert not any(c[3] == "adversary" for c in got), got


def test_force_on_troops_of_no_country_is_on_the_adversary(nlp: Any) -> None:
    # armed forces named without a country, as the target of a side's force: the enemy's
    got = _events(nlp, "We remember those days well. Armenian jets bombed Azerbaijani towns. "
                       "Armenian artillery also shelled soldiers in trenches near the river.")
    assert ("ARMMIL", "AZEMIL", "194", "adversary") in got, got
    assert not any(c[:3] == ("ARMMIL", "---MIL", "194") for c in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani forces launched a counterattack in the Agdam region.",
        "Azerbaijani troops carried out strikes in the Fuzuli district.",
    ],
)
def test_force_on_home_ground_in_a_war_is_on_the_adversary(nlp: Any, text: str) -> None:
    # a state's forces fighting on their own ground in its war fight the other side there,
    # not their own country
    got = _events(nlp, text)
    assert any(c[:2] == ("AZEMIL", "ARM") and c[3] == "adversary" for c in got), got
    assert not any(c[:2] == ("AZEMIL", "AZE") for c in got), got


def test_an_attack_word_in_a_units_name_is_no_attack(nlp: Any) -> None:
    # "assault" names the regiment; on a day of war it would otherwise be an attack on the
    # adversary
    got = _events(nlp, "A Russian assault regiment ceases to exist.", on=date(2022, 6, 20))
    assert not any(c[2].startswith("19") for c in got), got


def test_fire_a_thing_came_under_is_the_named_attackers(nlp: Any) -> None:
    # the patient names no party, the attacker does: force by the attacker, on a day of war
    # aimed at its adversary
    got = _events(nlp, "The convoy came under fire from Armenian troops.")
    assert ("ARMMIL", "AZE", "190", "adversary") in got, got


def test_force_on_home_ground_with_no_war_stays_at_home(nlp: Any) -> None:
    # (the army fighting rebels in its own country: no adversary state on the day)
    got = _events(nlp, "Azerbaijani forces launched a counterattack in the Agdam region.",
                  on=date(2019, 5, 1))
    assert not any(c[3] == "adversary" for c in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a strike by workers, or one that is general, is no attack, on a day of war or not
        "Azerbaijani workers joined a general strike.",
        "The Armenian miners' strike ended.",
        # a town read as the noun's modifier is where the attack fell, not who made it
        "Those behind Goris shelling must answer for it.",
    ],
)
def test_attack_noun_without_an_agent_takes_no_war(nlp: Any, text: str) -> None:
    got = _events(nlp, text)
    assert not any(c[2].startswith("19") for c in got), got


def test_enemy_word_inside_what_was_hit_names_the_side_hit(nlp: Any) -> None:
    # unnamed air defence shot down enemy drones over a place of its own side: the drones'
    # side was hit, it did not hit the place; the air defence is that place's side
    got = _events(nlp, "Air defence forces shot down several enemy drones over Tavush.", ON)
    assert ("ARMMIL", "AZEMIL", "190", "adversary") in got, got
    assert not any(s.startswith("AZE") for s, *_ in got), got


def test_party_named_inside_what_was_hit_stays_the_target(nlp: Any) -> None:
    # the headquarters "of the Azerbaijanis" name the side hit; the enemy vehicle beside them
    # does not turn it around
    text = "Fighters destroyed the headquarters of the Azerbaijanis and an enemy vehicle."
    got = _events(nlp, text, ON)
    assert any(t == "AZE" and c == "190" for _s, t, c, _v in got), got
    assert not any(t and t.startswith("ARM") for _s, t, _c, _v in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan must pay the price for its war against Armenia, Yerevan said.",
        "Allies send arms so that Armenia can resist Azerbaijani aggression.",
    ],
)
def test_war_under_way_is_known_whatever_the_clause_supposes(nlp: Any, text: str) -> None:
    during = {(e.source.code[:3], e.target.code[:3] if e.target else None, e.modality)
              for e in _coded(nlp, text) if e.cameo == "190"}
    assert ("AZE", "ARM", "asserted") in during, during
    # before that war began, the same words only suppose it
    before = {(e.source.code[:3], e.modality) for e in _coded(nlp, text, date(2019, 6, 1))
              if e.cameo == "190"}
    assert ("AZE", "asserted") not in before, before


def test_enemy_posture_with_named_forces_takes_no_side(nlp: Any) -> None:
    # a show of force "with" forces of a named side is no move on the other side's land
    got = _events(nlp, "The invaders will hold a military parade with Russian troops.",
                  date(2022, 5, 1))
    assert not any(s == "UKRMIL" for s, *_ in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces of no country that down a warring state's craft are its adversary's
        ("Air defence units down two Russian drones near Odesa", ("UKRMIL", "RUSMIL", "190")),
        # ... and so are those that hit the enemy over their own country's ground
        ("Air defence units shot down an enemy helicopter over Sumy region",
         ("UKRMIL", "RUSMIL", "190")),
    ],
)
def test_forces_of_no_country_hitting_one_side_are_the_other(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    from events_support import coded_codes

    got = coded_codes(nlp, text, date(2022, 6, 1))
    assert expected in got, got


def test_forces_hitting_what_flies_to_a_place_are_no_adversary_of_it(nlp: Any) -> None:
    from events_support import coded_codes

    got = coded_codes(nlp, "Air defence forces destroyed drones flying towards Odesa",
                      date(2022, 6, 1))
    assert not any(s.startswith("RUS") for s, _t, _c in got), got
