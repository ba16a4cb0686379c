"""Sector codes of role nouns follow the CAMEO agent conventions (as the Phoenix agents
dictionary encodes them): which noun gives which sector, how a religion word adds its code
after the sector, and which words are no actor on their own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, index_actors

ON = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # armed actors: allegiance named (REB, SEP, MIL) or left open (UAF)
        ("Syrian rebels", "SYRREB"),
        ("Colombian guerrillas", "COLREB"),
        ("Pakistani militants", "PAKUAF"),
        ("Libyan militias", "LBYUAF"),
        ("gunmen", "---UAF"),
        ("Iraqi fighters", "IRQUAF"),
        ("rebel fighters", "---REB"),
        ("Ukrainian separatists", "UKRSEP"),
        # a girl, a boy, a woman or a teenager named as such is a civilian (Phoenix ~CVL)
        ("Syrian girl", "SYRCVL"),
        ("teenager", "---CVL"),
        ("Afghan woman", "AFGCVL"),
        # Scottish bodies are the United Kingdom's
        ("the Scottish government", "GBRGOV"),
        ("Georgia's breakaway regions", "GEOSEP"),
        ("the separatist republics in Moldova", "MDASEP"),
        ("Malian paramilitaries", "MLIMIL"),
        ("Greek coast guard", "GRCMIL"),
        ("Latvian serviceman", "LVAMIL"),
        # several countries' ministers: a role, not one office-holder
        ("Latvian defence ministers", "LVAGOVMIL"),
        ("Estonian foreign ministers", "ESTGOV"),
        ("Spanish border police", "ESPCOP"),
        # a non-state or police modifier says whose the military noun is
        ("Syrian opposition forces", "SYRREB"),
        ("rebel commanders", "---REB"),
        ("separatist forces", "---SEP"),
        ("police forces", "---COP"),
        ("government forces", "---MIL"),
        ("Lebanese Christian forces", "LBNUAFCHR"),
        # religion after the sector (CAMEO third level)
        ("Somali Islamist militants", "SOMUAFMUS"),
        ("Filipino Muslim rebels", "PHLREBMUS"),
        ("militant Islamists", "---UAFMUS"),
        ("Nigerian Christian students", "NGAEDUCHR"),
        ("Egyptian Christians", "EGYCHR"),
        ("Iraqi Sunnis", "IRQMUS"),
        ("Muslim clerics", "---MUS"),
        ("Indian Hindus", "INDHIN"),
        ("jihadists", "---UAFMUS"),
        # government offices with a second sector
        ("Iraq's national security adviser", "IRQGOVMIL"),
        ("the Kenyan health ministry", "KENGOVHLH"),
        ("the Indian agriculture minister", "INDGOVAGR"),
        ("the French education ministry", "FRAGOVEDU"),
        ("the Turkish central bank", "TURGOVBUS"),
        ("the Russian prosecutor general", "RUSGOVJUD"),
        ("the Egyptian transport ministry", "EGYGOV"),
        ("the Brazilian finance ministry", "BRAGOV"),
        # society
        ("French farmers", "FRAAGR"),
        ("Indian human rights groups", "INDHRI"),
        ("Russian rights activists", "RUSHRI"),
        ("Chinese dissidents", "CHNOPP"),
        ("Turkish opposition lawmakers", "TUROPP"),  # the opposition, not the legislature
        ("Kenyan opposition supporters", "KENOPP"),
        ("Turkish lawmakers", "TURLEG"),
        ("Spanish judges", "ESPJUD"),
        # the level of a court between the country and the court is no other actor
        ("the Brazilian circuit court", "BRAJUD"),
        # the British title of a defence minister is no foreign minister's
        ("the Irish Secretary of State for Defence", "IRLGOVMIL"),
        ("Canadian district judges", "CANJUD"),
        ("Brazilian men", "BRAPPL"),
        ("Afghan women", "AFGCVL"),
        ("Somali families", "SOMCVL"),
        # several countries' presidents name no one office-holder: the government
        ("Slovak presidents", "SVKGOV"),
        ("Czech prime ministers", "CZEGOV"),
        ("Iraqi relatives", "IRQCVL"),
        ("Israeli settlers", "ISRSET"),
        ("Afghan refugees", "AFGREF"),
        ("Japanese companies", "JPNBUS"),
        ("Russian oligarchs", "RUSBUS"),
        # one tycoon is business too
        ("the Russian oligarch", "RUSBUS"),
        ("the Nigerian businessman", "NGABUS"),
        # a state trooper polices
        ("the American state trooper", "USACOP"),
        # an industry between the country and the role noun keeps the country
        ("Saudi oil firms", "SAUBUS"),
        ("Taiwanese chip companies", "TWNBUS"),
        ("the Dutch satellite firm", "NLDBUS"),
        ("Finnish energy suppliers", "FINBUS"),
        ("the Czech arms retailer", "CZEBUS"),
        ("German car workers", "DEULAB"),
        ("Mexican drug cartels", "MEXCRM"),
        ("German environmentalists", "DEUENV"),
        ("Polish priests", "POLREL"),
        ("Russian state television", "RUSGOVMED"),
        ("British newspapers", "GBRMED"),
        ("the Myanmar military junta", "MMRGOVMIL"),
        ("Ukrainian military intelligence", "UKRMILSPY"),
        ("Venezuelan defectors", "VENOPP"),
        ("Iranian spokesmen", "IRNGOV"),  # a spokesperson speaks for the body: GOV, not MED
        ("Iraqi assailants", "IRQUAF"),
        # one cleric is the clergy of their country (a bishop Christian, an imam Muslim, as
        # Phoenix codes them), and a see is a place, not a body
        ("the Archbishop of Westminster", "GBRCHR"),
        ("the Egyptian grand mufti", "EGYMUS"),
        ("Russian Orthodox priests", "RUSCHRDOX"),
        ("the Russian Orthodox Church", "RUSREL"),
        # a shadow minister sits on the opposition's front bench, not in the government
        ("the British shadow foreign secretary", "GBROPP"),
        ("the British culture secretary", "GBRGOV"),
        ("the American transportation secretary", "USAGOV"),
    ],
)
def test_sector_roles_noun_gives_cameo_sector(actors, phrase: str, code: str) -> None:
    actor = actors.lookup(phrase, on=ON)
    assert actor is not None, phrase
    assert actor.code == code


@pytest.mark.parametrize(
    "phrase",
    [
        "Islamic",  # an adjective that only qualifies a role noun
        "Jewish",
    ],
)
def test_sector_roles_religion_adjective_alone_is_no_actor(actors, phrase: str) -> None:
    assert actors.lookup(phrase, on=ON) is None


@pytest.mark.parametrize(
    ("phrase", "codes"),
    [
        ("pro-government militias", ["---UAF"]),  # the militias, not the government
        ("attacks on non-Muslims", []),  # a stance, not the group
        ("anti-Christian violence", []),
    ],
)
def test_sector_roles_stance_prefix_drops_the_role(actors, phrase: str,
                                                   codes: list[str]) -> None:
    from tidings.actors.dictionary import split_words
    from tidings.actors.matching import match_words

    found = match_words(list(split_words(phrase)), dictionary=actors, on=ON)
    assert [m.code for m in found] == codes


@pytest.mark.parametrize(
    ("phrase", "codes"),
    [
        ("British intelligence", ["GBRSPY"]),
        ("artificial intelligence", []),  # a noun that needs an owner to be an actor
        ("Russian television", ["RUSMED"]),
        ("on television", []),
        ("Japanese industry", ["JPNBUS"]),
        ("the industry", []),
    ],
)
def test_sector_roles_owned_nouns_need_an_owner(actors, phrase: str,
                                                codes: list[str]) -> None:
    from tidings.actors.dictionary import split_words
    from tidings.actors.matching import match_words

    found = match_words(list(split_words(phrase)), dictionary=actors, on=ON)
    assert [m.code for m in found] == codes


def _codes(nlp: Any, actors: ActorDictionary, text: str) -> dict[str, str]:
    index = index_actors(nlp(text), dictionary=actors, on=ON)
    return {m.text: m.code for m in index.mentions}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Pakistani militants ambushed an army convoy near the border on Sunday.",
         "Pakistani militants", "PAKUAF"),
        ("Gunmen stormed a hotel in the capital overnight.", "Gunmen", "---UAF"),
        ("A suicide bomber struck a market in the capital.", "suicide bomber", "---UAF"),
        ("Attackers set fire to a police station.", "Attackers", "---UAF"),
        ("Somali Islamist militants attacked a military base on Friday.",
         "Somali Islamist militants", "SOMUAFMUS"),
        ("Iraq's national security adviser flew to Tehran for talks.",
         "Iraq's national security adviser", "IRQGOVMIL"),
        ("The Kenyan health ministry reported twelve new cases.",
         "The Kenyan health ministry", "KENGOVHLH"),
        ("French farmers blocked roads with tractors in protest.", "French farmers", "FRAAGR"),
        ("Belgian dockworkers went on strike.", "Belgian dockworkers", "BELLAB"),
        ("Indian human rights groups condemned the arrests.", "Indian human rights groups",
         "INDHRI"),
        ("Israeli settlers attacked a village south of Nablus.", "Israeli settlers", "ISRSET"),
        ("Police arrested two Brazilian men at the airport.", "Brazilian men", "BRAPPL"),
        ("Egyptian Christians gathered outside the cathedral.", "Egyptian Christians",
         "EGYCHR"),
        # a hyphenated word the pipeline keeps whole still matches its pattern
        ("Armenian anti-aircraft gunners downed a drone.", "Armenian anti-aircraft gunners",
         "ARMMIL"),
        ("Serbian war criminals were sentenced in The Hague.", "Serbian war criminals",
         "SRBCRM"),
        # a role word before a deed noun names its doer; before a person's name, a title
        ("A rebel offensive drove the army out of the town.", "rebel", "---REB"),
        ("Protesters heckled MP Jan Kowalczyk outside the court.", "MP", "---LEG"),
    ],
)
def test_sector_roles_in_parsed_sentences(nlp, actors, text: str, mention: str,
                                          code: str) -> None:
    assert _codes(nlp, actors, text).get(mention) == code


@pytest.mark.model
def test_sector_roles_religion_adjective_in_a_name_is_no_actor(nlp, actors) -> None:
    codes = _codes(nlp, actors, "The Islamic Republic rejected the offer, and Jewish "
                                "groups welcomed the decision.")
    assert not any(code.endswith(("MUS", "JEW")) for code in codes.values())


def test_sector_roles_religion_from_a_loaded_dictionary_code(actors) -> None:
    """A PETRARCH agent carries no tags; its CAMEO religion code alone makes it qualify the
    role noun next to it, as the built-in religion words do."""
    from tidings.actors.dictionary import ActorEntry

    zealot = ActorEntry(patterns=("zealot",), code="MUS", name="zealot", sector="MUS",
                        kind="role")
    bigger = actors.extended([zealot])
    actor = bigger.lookup("Yemeni zealot rebels", on=ON)
    assert actor is not None and actor.code == "YEMREBMUS"
