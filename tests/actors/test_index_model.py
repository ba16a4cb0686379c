"""index_actors on text parsed by the real English pipeline."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import ActorDictionary, ActorIndex, index_actors

pytestmark = pytest.mark.model


def _index(nlp: Any, actors: ActorDictionary, text: str, on: date | None) -> ActorIndex:
    return index_actors(nlp(text), dictionary=actors, on=on)


def _mention(index: ActorIndex, text: str, nth: int = 0) -> Any:
    found = [m for m in index.mentions if m.text == text]
    assert len(found) > nth, f"{text!r} not in {[m.text for m in index.mentions]}"
    return found[nth]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("NATO said on Tuesday that it would send more jets to Norway.", "NATO", "IGOWSTNAT"),
        ("NATO said on Tuesday that it would send more jets to Norway.", "Norway", "NOR"),
        ("Moscow rejected the proposal on Friday.", "Moscow", "RUSGOV"),
        ("The Kremlin and the White House traded accusations.", "The Kremlin", "RUSGOV"),
        ("The Kremlin and the White House traded accusations.", "the White House", "USAGOV"),
        ("Russian troops shelled the city while Ukrainian forces held the bridge.",
         "Russian troops", "RUSMIL"),
        ("Russian troops shelled the city while Ukrainian forces held the bridge.",
         "Ukrainian forces", "UKRMIL"),
        ("The Ukrainian Foreign Ministry summoned the envoy.", "The Ukrainian Foreign Ministry",
         "UKRGOV"),
        ("Riot police detained dozens of protesters in Minsk.", "protesters in Minsk",
         "BLROPP"),
        ("Belarus said Minsk would respond.", "Minsk", "BLRGOV"),
    ],
)
def test_index_model_names_and_metonyms(nlp, actors, text: str, mention: str, code: str) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert _mention(index, mention).code == code


@pytest.mark.parametrize(
    ("on", "name"),
    [(date(2021, 12, 10), "Boris Johnson"), (date(2023, 6, 1), "Rishi Sunak")],
)
def test_index_model_office_holder_depends_on_date(nlp, actors, on: date, name: str) -> None:
    index = _index(nlp, actors, "The British Prime Minister called for calm.", on)
    actor = _mention(index, "The British Prime Minister")
    assert (actor.name, actor.code, actor.via) == (name, "GBRGOV", "title")


def test_index_model_title_apposition_with_unknown_person(nlp, actors) -> None:
    text = "The Russian Deputy Foreign Minister, Pavel Orlov, said Moscow would not retreat."
    index = _index(nlp, actors, text, date(2022, 3, 1))
    person = _mention(index, "Pavel Orlov")
    assert (person.code, person.kind, person.via) == ("RUSGOV", "person", "title")
    said = next(t for t in index.doc if t.text == "said")
    subject = next(t for t in said.children if t.dep_ == "nsubj")
    assert [a.name for a in index.actors_for(subject)] == ["Pavel Orlov"]


def test_index_model_compound_subject(nlp, actors) -> None:
    index = _index(nlp, actors, "Russia and China vetoed the resolution.", date(2022, 3, 1))
    vetoed = next(t for t in index.doc if t.lemma_ == "veto")
    subject = next(t for t in vetoed.children if t.dep_ == "nsubj")
    assert [a.code for a in index.actors_for(subject)] == ["RUS", "CHN"]


def test_index_model_us_and_its_allies(nlp, actors) -> None:
    index = _index(nlp, actors, "The US and its NATO allies warned Russia.", date(2022, 3, 1))
    warned = next(t for t in index.doc if t.text == "warned")
    subject = next(t for t in warned.children if t.dep_ == "nsubj")
    assert [a.code for a in index.actors_for(subject)] == ["USA", "IGOWSTNAT"]


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("Putin met Macron in the Kremlin. He said talks were useful.", "He", "Vladimir Putin"),
        ("Putin spoke for two hours. The Russian leader said sanctions would fail.",
         "The Russian leader", "Vladimir Putin"),
        ("Annalena Baerbock met Sergei Lavrov in Moscow. She said Germany would not waver.",
         "She", "Annalena Baerbock"),
        ("NATO leaders met in Brussels. The alliance said it would boost its defences.",
         "The alliance", "NATO"),
        ("Kuleba met NATO's secretary general in Brussels. The alliance condemned Moscow.",
         "The alliance", "NATO"),
        # an IGO official named by name stands for the body their code names
        ("NATO Secretary General Jens Stoltenberg met Kuleba. The alliance condemned Moscow.",
         "The alliance", "NATO"),
        ("Jens Stoltenberg met Kuleba on Monday. The alliance condemned Moscow.",
         "The alliance", "NATO"),
        ("Antonio Guterres visited Kyiv. The organisation will send more aid.",
         "The organisation", "United Nations"),
        ("The EU agreed new sanctions. The bloc said more would follow.", "The bloc",
         "European Union"),
    ],
)
def test_index_model_coreference(nlp, actors, text: str, pronoun: str, name: str) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    actor = _mention(index, pronoun)
    assert (actor.name, actor.via) == (name, "coref")


def test_index_model_us_case(nlp, actors) -> None:
    index = _index(nlp, actors, "Let us be clear: the US will respond.", date(2022, 3, 1))
    assert [(m.text, m.code) for m in index.mentions] == [("the US", "USA")]


def test_index_model_person_entity_not_in_dictionary_stays_unresolved(nlp, actors) -> None:
    index = _index(nlp, actors, "John Smith, a farmer, said the harvest was poor.",
                   date(2022, 3, 1))
    assert index.mentions == []


def test_index_model_description_prefers_the_subject(nlp, actors) -> None:
    text = ("President Volodymyr Zelenskyy held a call with Emmanuel Macron. The President "
            "thanked him for the support.")
    index = _index(nlp, actors, text, date(2022, 5, 1))
    assert _mention(index, "The President").name == "Volodymyr Zelensky"
    assert _mention(index, "him").name == "Emmanuel Macron"  # not the subject of "thanked"


def test_index_model_eu_bodies_have_their_own_presidents(nlp, actors) -> None:
    text = "The President of the European Council met the European Commission President."
    index = _index(nlp, actors, text, date(2021, 3, 1))
    assert [m.name for m in index.mentions] == ["Charles Michel", "Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The US ambassador to Russia, Pavel Orlov, was summoned.", "Pavel Orlov", "USAGOV"),
        ("The British commander in Iraq, General Pavel Orlov, held talks.", "Pavel Orlov",
         "GBRMIL"),
    ],
)
def test_index_model_apposition_after_a_place(nlp, actors, text: str, name: str,
                                              code: str) -> None:
    index = _index(nlp, actors, text, date(2008, 8, 1))
    person = next(m for m in index.mentions if m.name == name and m.kind == "person")
    assert person.code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US State Department advised against travel to Haiti.",
         [("The US State Department", "USAGOV"), ("Haiti", "HTI")]),
        ("Pro-Russian separatists shelled Mariupol.", [("separatists", "---SEP"),
                                                      ("Mariupol", "UKR")]),
        ("The US helped dissidents from Egypt.", [("The US", "USA"),
                                                  ("dissidents from Egypt", "EGYOPP")]),
        ("Gaza residents fled as Israeli troops advanced.",
         [("Gaza residents", "PSEGZACVL"), ("Israeli troops", "ISRMIL")]),
        ("Russia is staging war games in Alaska.", [("Russia", "RUS"), ("Alaska", "USA")]),
        ("Russia flew bombers over Alaska.", [("Russia", "RUS"), ("bombers", "---MIL"),
                                              ("Alaska", "USA")]),
        ("Riot police detained opposition leaders.", [("Riot police", "---COP"),
                                                      ("opposition leaders", "---OPP")]),
        # a person known only by a title takes the country of the title's possessor
        ("Poland's National Security Bureau Chief Pawel Nowak met them.",
         [("Poland", "POL"), ("Chief Pawel Nowak", "POLGOV")]),
        # ... or of a country modifier before a title of several words
        ("The envoy met Romanian Presidential Security Advisor Andrei Ionescu.",
         [("The envoy", "---GOV"), ("Romanian", "ROU"), ("Advisor Andrei Ionescu", "ROUGOV")]),
        # a body of water named after a country is no country
        ("Iran seized a tanker in the Gulf of Oman.", [("Iran", "IRN")]),
        ("Warships sailed through the South China Sea.", [("Warships", "---MIL")]),
        # an ambassador to an organisation is a country's envoy, not the body's official
        ("The U.N. ambassador spoke.", [("The U.N. ambassador", "---GOV")]),
        ("France's NATO ambassador spoke.", [("France", "FRA"), ("NATO ambassador", "FRAGOV")]),
        # ... as is a possessor's envoy there; a bare "UN envoy" is the body's own
        ("Chile's UN envoy spoke.", [("Chile", "CHL"), ("UN envoy", "CHLGOV")]),
        ("The UN envoy spoke.", [("The UN envoy", "IGOUNO")]),
        # a delegation of a country's people of some sector is of that sector
        ("A delegation of Chilean senators arrived.",
         [("delegation of Chilean senators", "CHLLEG")]),
        ("A delegation of Chile arrived.", [("delegation of Chile", "CHLGOV")]),
        # ... and so are a country adjective's diplomats at the body
        ("The Dutch UN envoy spoke.", [("The Dutch UN envoy", "NLDGOV")]),
        ("Chile expelled two Peruvian OAS diplomats.",
         [("Chile", "CHL"), ("Peruvian OAS diplomats", "PERGOV")]),
        # an arm or kind of unit between the adjective and the unit noun: still its forces
        ("A Russian tank regiment crossed the river.", [("Russian tank regiment", "RUSMIL")]),
        ("Belarusian artillery troops moved south.",
         [("Belarusian artillery troops", "BLRMIL")]),
        # a country's own security council is its government; the bare name is the UN's
        ("Ukraine's National Security and Defense Council met.",
         [("Ukraine's National Security and Defense Council", "UKRGOV")]),
        ("The Security Council met.", [("The Security Council", "IGOUNO")]),
        # ... and so is the plain name with the country before it or after "of"
        ("The Armenian Security Council met twice.",
         [("The Armenian Security Council", "ARMGOV")]),
        ("Kazakhstan's Security Council met at noon.",
         [("Kazakhstan's Security Council", "KAZGOV")]),
        ("The Security Council of the Kyrgyz Republic met at noon.",
         [("The Security Council of the Kyrgyz Republic", "KGZGOV")]),
        # ... and so is the council whose permanent members a leader holds a meeting with
        ("Nazarbayev chaired a meeting with permanent members of the Security Council.",
         [("Nazarbayev", "KAZGOV"), ("the Security Council", "KAZGOV")]),
        ("Hollande chaired a meeting with the five permanent members of the Security Council.",
         [("Hollande", "FRAGOV"), ("the Security Council", "IGOUNO")]),
        # ... unless the noun after it is the UN organ's business
        ("A Chinese Security Council draft failed.",
         [("Chinese", "CHN"), ("Security Council", "IGOUNO")]),
        # a place naming a facility is still where it is, whatever entity the tagger sees
        ("Artillery fire damaged the Zaporizhzhia NPP again on Friday.",
         [("the Zaporizhzhia", "UKR")]),
        ("Shelling cut power at the Chernobyl NPP.", [("the Chernobyl", "UKR")]),
        # the other side's forces as war reporting names them, and air defence, are forces
        ("The occupiers shelled the port.", [("The occupiers", "---MIL")]),
        ("Azerbaijani invaders shelled the port.", [("Azerbaijani invaders", "AZEMIL")]),
        ("The Azerbaijani invasion army shelled the port.",
         [("The Azerbaijani invasion army", "AZEMIL")]),
        ("Armenian air defence fired twice.", [("Armenian air defence", "ARMMIL")]),
        # the media by their kind: a country's mass media, its state-controlled media
        ("Belarusian mass media praised the deal.", [("Belarusian mass media", "BLRMED")]),
        ("Turkish state-controlled media praised the deal.",
         [("Turkish state-controlled media", "TURGOVMED")]),
        # a state body's possessions are its country's ...
        ("The Canadian government told its citizens to quit Haiti.",
         [("The Canadian government", "CANGOV"), ("its", "CANGOV"), ("citizens", "CANCVL"),
          ("Haiti", "HTI")]),
        # ... protesters' leaders are no heads of their country's government
        ("Kenyan protesters said their leaders were detained.",
         [("Kenyan protesters", "KENOPP"), ("their", "KENOPP"), ("leaders", "---GOV")]),
        # the CSTO's council is the alliance's own
        ("The Collective Security Council met on Friday.",
         [("The Collective Security Council", "IGOCASCST")]),
        # armed forces by their own initials
        ("The IDF shelled the area.", [("The IDF", "ISRMIL")]),
        ("The AFU repelled the assault.", [("The AFU", "UKRMIL")]),
        # a policy field between the adjective and the role noun: still that country's
        ("A Japanese trade delegation toured the port.",
         [("Japanese trade delegation", "JPNGOV")]),
        ("Iranian nuclear negotiators left Vienna.",
         [("Iranian nuclear negotiators", "IRNGOV"), ("Vienna", "AUTGOV")]),
    ],
)
def test_index_model_conventions(nlp, actors, text: str, expected) -> None:
    index = _index(nlp, actors, text, date(2015, 8, 1))
    assert [(m.text, m.code) for m in index.mentions] == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "code"),
    [
        # "it" in the next sentence: the main clause's subject, not an embedded one
        ("Moscow demanded that NATO halt its expansion. It said it would respond.", "It", 0,
         "RUSGOV"),
        # "its" inside the embedded clause: that clause's own subject
        ("Moscow demanded that NATO halt its expansion. It said it would respond.", "its", 0,
         "IGOWSTNAT"),
        # a country named as a place is not what "its" refers to
        ("They criticised Russia's tactics in Ukraine, including its attacks on civilians.",
         "its", 0, "RUS"),
        # ... unless no other fits
        ("Firms are cutting their business in Russia because of its war on Ukraine.",
         "its", 0, "RUS"),
        # what fire is aimed at in the speaker's own report: the speaker
        ("Ukraine said two drones were launched at it from Belarus.", "it", 0, "UKR"),
        ("Turkey said rebels opened fire against it near the border.", "it", 0, "TUR"),
        # a body named by a singular noun reports on itself too
        ("The Armenian army said it had repelled an attack overnight.", "it", 0, "ARMMIL"),
        ("The Georgian navy said it had detained a tanker.", "it", 0, "GEOMIL"),
        # the object of what another party did, in the speaker's report, is the speaker
        ("Qatar denied that Iran had asked it for drones.", "it", 0, "QAT"),
        # the speaker of a second, coordinated verb of saying is the first verb's subject
        ("Ankara backed Baku's position on Karabakh and said it opposed any talks.", "it", 0,
         "TURGOV"),
        # "its" in the cause of a verb: the party in the verb's object, even by a demonym
        ("Australia halted Iranian steel shipments over its drone deliveries.", "its", 0,
         "IRN"),
        ("The Dutch government commended the Estonian navy for its rescue work.", "its", 0,
         "ESTMIL"),
    ],
)
def test_index_model_it_prefers_the_main_subject(nlp, actors, text: str, pronoun: str,
                                                 nth: int, code: str) -> None:
    index = _index(nlp, actors, text, date(2022, 1, 1))
    assert _mention(index, pronoun, nth).code == code


def test_index_model_it_after_an_unknown_body_is_that_body(nlp, actors) -> None:
    # the body the previous sentence opened with is what "it" refers to, though the
    # dictionary does not know it; the country named after it is not
    text = ("The Baltic Audit Board said the EU still had no shared rule on fraud. It also "
            "voiced concern about the accounts.")
    index = _index(nlp, actors, text, date(2022, 1, 1))
    assert "It" not in [m.text for m in index.mentions], index.mentions


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A spokesman for Ukraine's Joint Forces Operation said the shelling continued.",
         "UKRMIL"),
        ("Norwegian team spokeswoman Ingrid Solbakken said the athletes were safe.", "NORCVL"),
    ],
)
def test_index_model_spokespeople_of_institutions(nlp, actors, text: str, code: str) -> None:
    index = _index(nlp, actors, text, date(2022, 2, 17))
    assert index.mentions[0].code == code


@pytest.mark.parametrize(
    ("text", "mention", "code", "via"),
    [
        # a seat city acting or addressed is its organisation, as a capital is its government
        ("Brussels warned Budapest over the new media law.", "Brussels", "IGOEUREEC",
         "metonym"),
        ("Orban defied Brussels again.", "Brussels", "IGOEUREEC", "metonym"),
        # after a locative preposition it is a place in the seat's country
        ("Farmers marched in Brussels on Monday.", "Brussels", "BEL", "place"),
        ("Police clashed with protesters in Brussels, Belgium.", "protesters in Brussels",
         "BELOPP", "name"),
        ("Police clashed with protesters in Moscow.", "protesters in Moscow", "RUSOPP",
         "name"),
        # with its country after a comma it is a place too, whatever the preposition
        ("The chancellor flies to Brussels, Belgium, on Monday.", "Brussels", "BEL",
         "place"),
        ("The envoy flew to Ankara, Turkey, on Friday.", "Ankara", "TUR", "place"),
        # (another country after the comma is a list)
        ("Ankara, Athens and Brussels protested.", "Ankara", "TURGOV", "metonym"),
    ],
)
def test_index_model_seat_is_a_metonym_only_outside_a_locative(
        nlp, actors, text: str, mention: str, code: str, via: str) -> None:
    actor = _mention(_index(nlp, actors, text, date(2022, 3, 1)), mention)
    assert (actor.code, actor.via) == (code, via)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title word ending another proper name is no office-holder
        ("Burger King said it would close its restaurants in Russia.", [("Russia", "RUS")]),
        ("Stephen King signed copies in Boston.", [("Boston", "USA")]),
        ("The Lion King returned to the stage.", []),
        ("Mr King said the bank would raise rates.", []),
        # titles before a name, after an actor, or after a rank word still are
        ("Saudi King Salman met Joe Biden.", [("Saudi", "SAU"), ("King Salman", "SAUGOV"),
                                             ("Joe Biden", "USAGOV")]),
        ("Later the King thanked the crowd.", [("the King", "---GOV")]),
        ("Senate Majority Leader Pavel Orlov said the bill would pass.",
         [("Leader Pavel Orlov", "---GOV")]),
    ],
)
def test_index_model_title_ending_another_name(nlp, actors, text: str, expected) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert [(m.text, m.code) for m in index.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military function word before equipment names the equipment, no unit
        ("Canada sent air defense systems to Latvia.", [("Canada", "CAN"), ("Latvia", "LVA")]),
        ("Chinese jets entered Taiwan's air defense identification zone.",
         [("Chinese jets", "CHNMIL"), ("Taiwan", "TWN")]),
        # ... while the function with a unit noun, or alone, is the force
        ("Estonian air defense units shot down a drone.",
         [("Estonian air defense units", "ESTMIL")]),
        ("Latvian air defence intercepted a drone.", [("Latvian air defence", "LVAMIL")]),
        # an owner before "military" keeps its forces' equipment theirs
        ("Estonia seized Russian military equipment.",
         [("Estonia", "EST"), ("Russian military", "RUSMIL")]),
        ("Estonia delivered military equipment to Latvia.",
         [("Estonia", "EST"), ("Latvia", "LVA")]),
    ],
)
def test_index_model_function_before_equipment(nlp, actors, text: str, expected) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert [(m.text, m.code) for m in index.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader of a non-political domain is that domain's, or no actor
        ("She is a retired IT leader who now writes novels.", [("IT leader", "---BUS")]),
        ("Business leaders warned of a recession.", [("Business leaders", "---BUS")]),
        ("A religious leader urged calm.", [("religious leader", "---REL")]),
        ("The Russian religious leader praised the choir.",
         [("The Russian religious leader", "RUSREL")]),
        ("The team leader said the squad was ready.", []),
        ("Voluntary sector leaders demanded a new vote.", []),
        # political and plain adjectives keep the government
        ("World leaders gathered on Monday.", [("World leaders", "---GOV")]),
        ("The mercurial leader spoke again.", [("leader", "---GOV")]),
        # a named party the dictionary does not know is out of power; a party it knows, or a
        # party unnamed, keeps its own reading
        ("Green Party leader Pavel Orlov spoke again.", [("Party leader Pavel Orlov", "---OPP")]),
        ("The party leader spoke again.", [("leader", "---GOV")]),
    ],
)
def test_index_model_leader_of_a_domain(nlp, actors, text: str, expected) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert [(m.text, m.code) for m in index.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country noun naming a national sports team is no actor, nor is the team's boss
        ("Former England captain Pavel Orlov said sorry.", []),
        ("England boss Pavel Orlov named his squad.", []),
        ("France coach Pavel Orlov praised the Wales squad.", []),
        ("The Honduras national team lost again.", []),
        ("England's head coach was sacked on Monday.", []),
        # a demonym, or a country acting, is still the country
        ("The Russian team walked out of the talks.", [("The Russian", "RUS")]),
        ("England and France agreed to share data.", [("England", "GBR"), ("France", "FRA")]),
        # "XI" after a country is a team's eleven; "Xi" opening a leader's full name is not
        ("The China XI lost the final.", []),
        ("Lukashenko phoned President of China Xi Jinping.",
         [("Lukashenko", "BLRGOV"), ("President of China Xi Jinping", "CHNGOV")]),
    ],
)
def test_index_model_national_team_is_no_actor(nlp, actors, text: str, expected) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert [(m.text, m.code) for m in index.mentions] == expected


@pytest.mark.parametrize(
    ("text", "on", "mention", "name", "code"),
    [
        # the holder of the possessor's office in the counterpart's country on the day
        ("Lavrov told his Turkish counterpart that Moscow would not back down.",
         date(2022, 3, 1), "Turkish counterpart", "Mevlüt Çavuşoğlu", "TURGOV"),
        ("Sergei Lavrov held talks with his counterpart from Turkey in Antalya.",
         date(2022, 3, 10), "counterpart from Turkey", "Mevlüt Çavuşoğlu", "TURGOV"),
        # a president's counterpart in a parliamentary state leads its government
        ("Biden spoke with his German counterpart on Tuesday.", date(2022, 3, 1),
         "German counterpart", "Olaf Scholz", "DEUGOV"),
        ("Scholz's French counterpart called for calm.", date(2022, 3, 1),
         "French counterpart", "Emmanuel Macron", "FRAGOV"),
        # the clause subject when there is no possessor
        ("Lavrov met the Turkish counterpart in Antalya.", date(2022, 3, 10),
         "the Turkish counterpart", "Mevlüt Çavuşoğlu", "TURGOV"),
        # no date or no known office: the country's government, never the bare country
        ("Lavrov told his Turkish counterpart that Moscow would not back down.", None,
         "Turkish counterpart", "Turkey counterpart", "TURGOV"),
        ("Pavel Orlov told his Turkish counterpart that talks failed.", date(2022, 3, 1),
         "Turkish counterpart", "Turkey counterpart", "TURGOV"),
        # no country: not the possessor's own country either
        ("Lavrov met his counterpart on Monday.", date(2022, 3, 1), "counterpart",
         "counterpart", "---GOV"),
        # ... but the person of another country just named, when there is one
        ("Scholz called Joe Biden on Monday. He told his counterpart that gas would flow.",
         date(2022, 3, 1), "counterpart", "Joe Biden", "USAGOV"),
    ],
)
def test_index_model_counterpart(nlp, actors, text: str, on, mention: str, name: str,
                                 code: str) -> None:
    actor = _mention(_index(nlp, actors, text, on), mention)
    assert (actor.name, actor.code) == (name, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a group description after a named armed group in the same or previous sentence
        ("Hamas fired rockets at Israel. The militant group said it would continue.",
         "The militant group", "PSEREBHMS"),
        ("Hamas fired rockets at Israel. The militant group said it would continue.", "it",
         "PSEREBHMS"),
        ("Al-Shabab attacked a base in Somalia. The group said it killed 20 soldiers.",
         "The group", "SOMREB"),
        ("Houthi rebels fired a missile at Riyadh. The rebel group, which controls Sanaa, "
         "said more would follow.", "The rebel group", "YEMREB"),
        # a country restricts it, and stands in when no group is named
        ("Hamas fired rockets. Britain will ban the Palestinian militant group.",
         "the Palestinian militant group", "PSEREBHMS"),
        ("Britain will ban the Palestinian militant group.", "the Palestinian militant group",
         "PSEUAF"),
        # a name right after the description says which group it is
        ("Hezbollah fired rockets. Police arrested members of the terrorist group, ISIS.",
         "ISIS", "IMGMUSISI"),
    ],
)
def test_index_model_group_description(nlp, actors, text: str, mention: str,
                                       code: str) -> None:
    assert _mention(_index(nlp, actors, text, date(2022, 3, 1)), mention).code == code


@pytest.mark.parametrize(
    "text",
    [
        # too far back, not definite, or identified by its own relative clause
        "Hamas fired rockets. Israel closed the border. Talks stalled. Trade fell. "
        "The group said it would continue.",
        "Hamas fired rockets. A militant group attacked the village.",
        "Hamas fired rockets. Officials blamed the group that attacked the village.",
        "Hezbollah fired rockets. Police arrested members of the terrorist group, ISIS.",
    ],
)
def test_index_model_group_description_unresolved(nlp, actors, text: str) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert not [m for m in index.mentions if "group" in m.text.lower()]


@pytest.mark.parametrize(
    "text",
    [
        # an object "it" elsewhere is a thing: the deal, the plan
        "Poland said the deal was fair and Germany signed it.",
        "Japan said the treaty was good and its parliament would ratify it.",
    ],
)
def test_index_model_object_it_is_no_speaker(nlp, actors, text: str) -> None:
    index = _index(nlp, actors, text, date(2022, 1, 1))
    assert all(m.text != "it" for m in index.mentions), index.mentions


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a possessive fronted before its clause's subject refers forward to that subject
        ("Biden spoke to Putin. During his visit to Warsaw, the German chancellor met Duda.",
         "DEUGOV"),
        ("After his talks in Moscow, Erdogan thanked Putin.", "TURGOV"),
        # not when the clause's subject is no person: the previous sentence's person
        ("Biden called Scholz. In his view, the talks were useful.", "USAGOV"),
    ],
)
def test_index_model_fronted_possessive(nlp, actors, text: str, code: str) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert _mention(index, "his", 0).code == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a verb between a possessor and a role noun ends the phrase: two actors, not one
        ("The allies pledged to cripple Russia's war economy and assist the people of Georgia.",
         "the people of Georgia", "GEOPPL"),
        # plain coordinated modifiers still bridge
        ("Chile's new and popular minister arrived.", "Chile's new and popular minister",
         "CHLGOV"),
    ],
)
def test_index_bridge_stops_at_a_verb(
    nlp: Any, actors: ActorDictionary, text: str, mention: str, code: str
) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    assert _mention(index, mention).code == code


@pytest.mark.parametrize(
    ("text", "mention", "code", "holder"),
    [
        # a firm's or a group's leader is no head of their country's state
        ("The Gazprom chief met Erdogan in Ankara.", "The Gazprom chief", "RUSBUS", None),
        ("The Hamas leader met Erdogan in Ankara.", "The Hamas leader", "PSEREBHMS", None),
        # a country's leader still is
        ("The Russian leader met Erdogan in Ankara.", "The Russian leader", "RUSGOV",
         "Vladimir Putin"),
    ],
)
def test_index_group_leader_is_no_head_of_state(
    nlp: Any, actors: ActorDictionary, text: str, mention: str, code: str, holder: str | None
) -> None:
    index = _index(nlp, actors, text, date(2022, 3, 1))
    found = _mention(index, mention)
    assert found.code == code
    assert (found.name if found.kind == "person" else None) == holder


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a title whose "of" chain runs through a state's institutions to its country
        ("Deputy Head of the Office of the President of Moldova Ion Rusu met the envoy.",
         "MDAGOV"),
        ("The head of the press service of the Office of the President of Armenia met Lavrov.",
         "ARMGOV"),
    ],
)
def test_title_through_institutions_reaches_the_country(nlp: Any, text: str, code: str) -> None:
    from tidings.events import code_sentence

    events = code_sentence(text, nlp=nlp, dictionary=ActorDictionary.builtin(), on=date(2022, 3, 1))
    assert code in {e.source.code for e in events}, events


@pytest.mark.parametrize(
    "text",
    [
        # a place name after a courtesy title is a person's surname
        "Mr Hague said the party would not change course.",
        "Dr Lima said the clinic would stay open.",
    ],
)
def test_index_model_place_after_courtesy_title_is_a_surname(nlp, actors, text: str) -> None:
    index = _index(nlp, actors, text, date(2005, 1, 15))
    assert not [m for m in index.mentions if m.kind in ("country", "igo")], index.mentions


@pytest.mark.parametrize("title", ["Gen", "Gen.", "General", "Col", "Lt Col", "Maj Gen"])
def test_index_model_military_titles_with_and_without_stops(nlp, actors, title: str) -> None:
    # British style drops the full stop: "Gen Musharraf" is the president, as "Gen." is
    index = _index(nlp, actors, f"{title} Musharraf met the British envoy.", date(2005, 1, 15))
    assert [m.code for m in index.mentions][:1] == ["PAKGOV"], [
        (m.text, m.code) for m in index.mentions
    ]


def test_index_model_coordination_hung_on_an_apposition(nlp, actors) -> None:
    # "... counterpart, NAME, and the other leader, NAME": the parser hangs the second
    # conjunct on the first one's apposition; both are the talks' partners
    text = ("Mr Sunak held talks with his Irish counterpart, Leo Varadkar, and the "
            "Polish leader, Andrzej Duda.")
    doc = nlp(text)
    index = index_actors(doc, dictionary=actors, on=date(2023, 2, 8))
    partner = next(t for t in doc if t.lower_ == "counterpart")
    assert {a.code for a in index.actors_for(partner)} >= {"IRLGOV", "POLGOV"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "its" in a clause whose subject is a country's forces is that country's, not the
        # speaker's or the source credited after it
        ("The Azerbaijani army is weaker as a result of its offensive in Karabakh - UK "
         "Ministry of Defence", "AZEMIL"),
        ("France said Turkish troops must end their operation in Syria.", "TURMIL"),
    ],
)
def test_index_model_possessive_of_forces_is_their_countrys(nlp, actors, text: str,
                                                             code: str) -> None:
    index = _index(nlp, actors, text, date(2020, 10, 12))
    pronoun = next(m for m in index.mentions if m.text in ("its", "their"))
    assert (pronoun.code, pronoun.via) == (code, "coref")


def test_index_model_adjective_of_the_noun_after_is_no_affiliation(nlp, actors) -> None:
    # "people from Azerbaijani captivity": "Azerbaijani" is the captivity's, not the people's
    index = _index(nlp, actors, "Armenia returned 20 people from Azerbaijani captivity.",
                   date(2021, 3, 1))
    assert not any(m.code == "AZEPPL" for m in index.mentions), index.mentions
