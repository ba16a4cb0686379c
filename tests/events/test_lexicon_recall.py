"""Verb lexicon recall for events frequent in war and crisis news: joint exercises (CAMEO 062),
energy supplies cut (162), passages closed to a party's ships or planes (191), refugees taken in
(075), forces closing in (190), invasions ordered (190), sanctions faced (163), backs turned (160),
arms sales approved (0332), mobilisations (154), diplomats evacuated (161), parties named by an
insult or as terrorists (111) and praise offered or heaped on a party (051), each with sentences
the same words must not code.

The sentences are written for these tests; none is taken from a corpus or gold file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_support import coded_codes, coded_rows, coded_triples

pytestmark = pytest.mark.model
ON = date(2022, 2, 10)


def coded(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _m in coded_rows(nlp, text, ON)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exercises with a partner are military cooperation, both ways (062), whatever the verb
        (
            "Armenia staged joint military exercises with Russia on Tuesday.",
            {("ARM", "RUS", "062"), ("RUS", "ARM", "062")},
        ),
        (
            "Mongolia hosted joint drills with India last month.",
            {("MNG", "IND", "062"), ("IND", "MNG", "062")},
        ),
        (
            "Vietnam conducted naval exercises with Japan.",
            {("VNM", "JPN", "062"), ("JPN", "VNM", "062")},
        ),
        # ... and between the members of a compound subject
        (
            "Pakistan and China held joint naval drills in the Arabian Sea.",
            {("PAK", "CHN", "062"), ("CHN", "PAK", "062")},
        ),
        # a land defended from a party's troops is fought for against them (190)
        ("Georgian soldiers defended the town from Russian troops.", {("GEO", "RUS", "190")}),
        # a warning sent to a party threatens it (130); steps agreed on are cooperation
        ("Iran sent a stern warning to Azerbaijan.", {("IRN", "AZE", "130")}),
        ("Estonia and Finland agreed on a joint roadmap.",
         {("EST", "FIN", "030"), ("FIN", "EST", "030")}),
        # an insult is criticism (111), and so are sharp words exchanged, both ways
        ("Erdogan insulted Greece.", {("TUR", "GRC", "111")}),
        ("Greece and Turkey exchanged sharp words over the islands.",
         {("GRC", "TUR", "111"), ("TUR", "GRC", "111")}),
        # a dialogue held with a party is talks with it (046), both ways
        ("Serbia held a dialogue with Kosovo in Brussels.", {("SRB", "KSV", "046"),
                                                            ("KSV", "SRB", "046")}),
        # hostilities suspended de-escalate (087), they cut no ties (160)
        ("Armenia has suspended hostilities in Karabakh.", {("ARM", "AZE", "087")}),
        # support reiterated, reconfirmed or restated is expressed again (032)
        ("Chile reiterated its support for Peru.", {("CHL", "PER", "032")}),
        ("Ghana reconfirmed its backing for Togo.", {("GHA", "TGO", "032")}),
        ("Oman restated its commitment to Jordan.", {("OMN", "JOR", "032")}),
        # weapons flown to a party are military aid (072), not a visit (042)
        ("Canada flew artillery shells and rifles to Ukraine.", {("CAN", "UKR", "072")}),
        # energy supplies cut, halted or reduced to a party (CAMEO.2.0 CUT * SUPPLIES, 162)
        ("Algeria cut gas supplies to Spain.", {("DZA", "ESP", "162")}),
        ("Qatar halted gas shipments to Egypt.", {("QAT", "EGY", "162")}),
        ("Iran reduced gas flows to Turkey.", {("IRN", "TUR", "162")}),
        # a pipeline or tap to a party closed or shut
        ("Algeria closed its gas pipeline to Spain.", {("DZA", "ESP", "162")}),
        ("Azerbaijan may shut the gas lines to Armenia.", {("AZE", "ARM", "162")}),
        ("Azerbaijan cut off oil supplies to Armenia.", {("AZE", "ARM", "162")}),
        ("Ukraine halted gas transit to Moldova.", {("UKR", "MDA", "162")}),
        # a passage closed to a party's ships or planes restricts their movement (191)
        ("Egypt closed the Suez Canal to Israeli warships.", {("EGY", "ISR", "191")}),
        ("Turkey closed the Bosphorus to Greek vessels.", {("TUR", "GRC", "191")}),
        ("Norway closed its airspace to Belarusian aircraft.", {("NOR", "BLR", "191")}),
        ("Australia banned Chinese warships from its ports.", {("AUS", "CHN", "191")}),
        ("Kenya banned Somali airlines from entering its airspace.", {("KEN", "SOM", "191")}),
        ("Chile barred Peru from its ports.", {("CHL", "PER", "191")}),
        # ... and so do a party's ships or planes blocked, or threatened with it (1381)
        ("Spain blocked Moroccan fishing boats.", {("ESP", "MAR", "191")}),
        ("Greece warned that it would block Turkish vessels.", {("GRC", "TUR", "1381")}),
        # refugees accepted, welcomed or hosted are given refuge (075)
        ("Jordan accepted refugees from Syria.", {("JOR", "SYR", "075")}),
        ("Lebanon welcomed Syrian refugees.", {("LBN", "SYR", "075")}),
        ("Uganda hosted refugees from South Sudan.", {("UGA", "SSD", "075")}),
        # forces closing in on a place advance on it (190); an ordered invasion is the invasion
        ("Ethiopian troops closed in on the Eritrean capital.", {("ETH", "ERI", "190")}),
        ("The Iraqi president ordered an invasion of Kuwait.", {("IRQ", "KWT", "190")}),
        # a party facing sanctions is their target; the imposer is named in or after the noun
        ("Syria faces American sanctions.", {("USA", "SYR", "163")}),
        ("Myanmar faces sanctions from the European Union.", {("IGOEUREEC", "MMR", "163")}),
        # turning one's back on a party shuns it (160)
        ("Armenia has turned its back on Iran.", {("ARM", "IRN", "160")}),
        # an arms sale or military aid approved for a party is a commitment to provide it (0332)
        (
            "Washington approved a $200 million arms sale to the Philippines.",
            {("USA", "PHL", "0332")},
        ),
        ("Canada authorized $50 million in military aid for Latvia.", {("CAN", "LVA", "0332")}),
        # ... also where the last of the things pledged carries the party they are for
        (
            "Canada pledged $50 million in weapons and other assistance for Latvia.",
            {("CAN", "LVA", "0332")},
        ),
        # people of a country coming to a place visit it (042), though a state as a whole
        # "going" there does not
        ("Many Greek specialists come to Tirana.", {("GRC", "ALB", "042")}),
        # a mobilisation announced or declared mobilises forces (154)
        ("Armenia announced a general mobilization.", {("ARM", None, "154")}),
        # diplomats or an embassy evacuated or pulled out are withdrawn (161)
        ("Poland evacuated its diplomats from Belarus.", {("POL", "BLR", "161")}),
        ("Italy pulled its ambassador out of Libya.", {("ITA", "LBY", "161")}),
        # lashing, hitting out or back at a party, railing against it and taking a swipe or aim
        # at it criticise it (111)
        ("Russia lashed out at Britain over the new sanctions.", {("RUS", "GBR", "111")}),
        ("The Turkish president hit out at Sweden on Monday.", {("TUR", "SWE", "111")}),
        ("China hit back at Australia over its criticism.", {("CHN", "AUS", "111")}),
        ("The Iranian foreign minister railed against Israel.", {("IRN", "ISR", "111")}),
        ("The Polish prime minister took a swipe at Germany.", {("POL", "DEU", "111")}),
        ("Beijing took aim at Washington in a statement on Friday.", {("CHN", "USA", "111")}),
        # opposition stated to a party's act disapproves of it (110)
        ("India reiterated its opposition to Pakistan's move.", {("IND", "PAK", "110")}),
        # sanctions ramped up or toughened are sanctions imposed (163)
        ("The European Union ramped up sanctions on Belarus.", {("IGOEUREEC", "BLR", "163")}),
        ("Britain toughened sanctions against Syria.", {("GBR", "SYR", "163")}),
        # hit with bans or curbs: sanctions, not blows
        ("Canada hits Belarus with potash bans and bank curbs", {("CAN", "BLR", "163")}),
        ("Japan targeted Belarus with new export controls.", {("JPN", "BLR", "163")}),
        # the party warned, not what it is warned about
        ("China warns Japan about 'meddling' in Taiwan", {("CHN", "JPN", "012")}),
        # a strike on a party is military force (190)
        ("Iran's strike on Iraq drew condemnation.", {("IRN", "IRQ", "190")}),
        # an embassy reopened in a country (054) and a rapprochement (050)
        ("The United Arab Emirates reopened its embassy in Syria.", {("ARE", "SYR", "054")}),
        (
            "Egypt's rapprochement with Qatar continued.",
            {("EGY", "QAT", "050"), ("QAT", "EGY", "050")},
        ),
        # civil disobedience launched is a protest (140); access impeded is a blockade (144)
        (
            "Zimbabwean unions launched civil disobedience against the government in Harare.",
            {("ZWE", "ZWE", "140")},
        ),
        ("Chilean farmers impeded access to the port of Valparaiso.", {("CHL", "CHL", "144")}),
        # the offices only Britain has under these names are its government's, unless
        # another country's name goes with them
        ("The Home Office expelled two Iranian diplomats.", {("GBR", "IRN", "166")}),
        ("India's Home Secretary met Nepalese officials.", {("IND", "NPL", "040")}),
        # a strike "at" a place is force (190); being open to talks is the intent (036)
        ("Azerbaijani troops struck at a bridge near Goris.", {("AZE", "ARM", "190")}),
        ("Serbia is open to talks with Kosovo.", {("SRB", "KSV", "036")}),
        # agreeing to stay in contact is the intent to meet (036), each with the other
        (
            "Kallas and Karins agreed to stay in touch.",
            {("EST", "LVA", "036"), ("LVA", "EST", "036")},
        ),
        # telling a party to act is a demand (100)
        ("Japan told South Korea to show restraint.", {("JPN", "KOR", "100")}),
        ("Ankara told Athens to stay away from the islands.", {("TUR", "GRC", "100")}),
        # calling or describing a party by an insult denounces it (111), by "war criminal"
        # accuses it of war crimes (1124), whether the parser reads "a tyrant" as the name
        # or as the verb's second object
        ("The Iranian president called Netanyahu a tyrant.", {("IRN", "ISR", "111")}),
        ("Georgia branded Russia a terrorist state.", {("GEO", "RUS", "111")}),
        ("Lithuania brands Lukashenko a war criminal.", {("LTU", "BLR", "1124")}),
        ("The Polish prime minister described Lukashenko as a thug.", {("POL", "BLR", "111")}),
        (
            "The Syrian opposition described the Syrian president as a war criminal.",
            {("SYR", "SYR", "1124")},
        ),
        # calling for a party to act appeals to it, as calling on it does (02); threatening
        # or vowing to punish a party threatens it (130)
        ("Lithuania called for Belarus to withdraw its troops.", {("LTU", "BLR", "0256")}),
        ("Estonia threatened to punish Belarus.", {("EST", "BLR", "130")}),
        # forces or weapons sent against a party are force (190), not aid (072); a proposal
        # shot down is rejected (120), not a plane
        ("Azerbaijan sent tanks against Armenia.", {("AZE", "ARM", "190")}),
        ("Greece shot down the Turkish proposal.", {("GRC", "TUR", "120")}),
        # what sparks or prompts criticism from a party is criticised by it (111)
        ("The Slovak law sparked condemnation from Hungary.", {("HUN", "SVK", "111")}),
        ("The Czech visit prompted criticism from China.", {("CHN", "CZE", "111")}),
        # recognising or declaring a party a terrorist state denounces it; it is no
        # diplomatic recognition (054)
        ("Britain recognized Iran as a state sponsor of terrorism.", {("GBR", "IRN", "111")}),
        ("The Estonian parliament declared Russia a terrorist state.", {("EST", "RUS", "111")}),
        ("Belarus designates the Lithuanian government a terrorist organisation.",
         {("BLR", "LTU", "111")}),
        # offensive operations conducted, strikes made or delivered, defences breached or
        # broken through and enemy groups neutralised are force (190)
        ("Azerbaijani troops conducted offensive operations near Jermuk.", {("AZE", "ARM", "190")}),
        ("Azerbaijani troops made two strikes on Armenian positions.", {("AZE", "ARM", "190")}),
        ("Armenian artillery delivered a strike on Azerbaijani positions.",
         {("ARM", "AZE", "194")}),
        ("Serbian units breached Kosovar defences.", {("SRB", "KSV", "190")}),
        ("Ethiopian forces broke through Eritrean defensive lines.", {("ETH", "ERI", "190")}),
        ("Georgian troops neutralised two Russian sabotage groups.", {("GEO", "RUS", "190")}),
        # an enemy's air targets, equipment or fortifications destroyed or captured, its
        # service members eliminated, are force (190), not property destroyed (1712), an
        # arrest (173) or an assassination (186); an air force used is aerial force (195)
        ("Armenian gunners destroyed nine Azerbaijani air targets.", {("ARM", "AZE", "190")}),
        ("Georgian units eliminated forty Russian service members.", {("GEO", "RUS", "190")}),
        ("Ethiopian troops captured the fortifications of Eritrean forces.",
         {("ETH", "ERI", "190")}),
        ("Azerbaijani troops used combat aviation against Armenian positions.",
         {("AZE", "ARM", "195")}),
        ("Armenian gunners destroyed two Azerbaijani armoured personnel carriers.",
         {("ARM", "AZE", "190")}),
        # terrorism committed is a terror attack (180); said of a party, it accuses it (112)
        ("Azerbaijan is committing terrorism against Armenia.", {("AZE", "ARM", "180")}),
        ("Baku says Armenia is committing terrorism in Karabakh.", {("AZE", "ARM", "112")}),
        # the kinds of an act measure it ("all forms of dialogue" is dialogue broken off)
        ("Japan broke off all forms of dialogue with North Korea.", {("JPN", "PRK", "164")}),
        # weapon systems supplied are military aid (072); an order or medal awarded praises
        # (051); an annexation proclaimed is the proclaimer's (192)
        ("Poland supplied Moldova with anti-tank systems.", {("POL", "MDA", "072")}),
        ("The Georgian president awarded the Lithuanian minister a medal.",
         {("GEO", "LTU", "051")}),
        ("Azerbaijan proclaimed the annexation of Armenian villages.", {("AZE", "ARM", "192")}),
        # military aid stepped up or increased, or given as an amount, is delivered (072)
        ("Norway increased its military aid to Moldova.", {("NOR", "MDA", "072")}),
        ("Sweden stepped up military assistance to Finland.", {("SWE", "FIN", "072")}),
        ("Denmark sent $90 million in military aid to Latvia.", {("DNK", "LVA", "072")}),
        # ... recognising a party's deeds as genocide or war crimes accuses it of them (1124)
        ("Latvia recognised Belarus's repressions as genocide.", {("LVA", "BLR", "1124")}),
        ("The Dutch senate recognizes Syrian crimes in Idlib as war crimes.",
         {("NLD", "SYR", "1124")}),
        # soldiers eliminated are killed in fighting, an advance held back is repelled and
        # devastation inflicted is force (190); protesters setting a building on fire protest
        # violently (145)
        ("Armenian forces eliminated twelve Azerbaijani soldiers.", {("ARM", "AZE", "190")}),
        ("Armenian forces held back the Azerbaijani advance.", {("ARM", "AZE", "190")}),
        ("Russian forces inflicted devastation on Syrian towns.", {("RUS", "SYR", "190")}),
        ("Iraqi protesters set the Iranian consulate on fire.", {("IRQ", "IRN", "145")}),
        # forces crossing a border use force on the land across it (190); a named person
        # entering a country or crossing into it visits it (042)
        ("Azerbaijani troops crossed the Armenian border.", {("AZE", "ARM", "190")}),
        ("The Polish president entered Lithuania by car.", {("POL", "LTU", "042")}),
        ("Indian airlines cancelled flights to China.", {("IND", "CHN", "160")}),
        # a meeting begun or started with a party is held with it (040, both ways)
        (
            "The Finnish president began a meeting with the Swedish prime minister.",
            {("FIN", "SWE", "040"), ("SWE", "FIN", "040")},
        ),
        # greetings or wishes extended or sent to a party commend it (051)
        (
            "The Hungarian president conveyed his good wishes to Pope Francis.",
            {("HUN", "VAT", "051")},
        ),
        # a verbless headline: the party is "in" the talks
        (
            "Colombia in talks with Venezuela on border crossings",
            {("COL", "VEN", "046"), ("VEN", "COL", "046")},
        ),
        # forces put on standby raise their alert (152)
        ("The Japanese government put its forces on standby.", {("JPN", None, "152")}),
        ("Greece put its army on the highest level of alert.", {("GRC", None, "152")}),
        ("Sweden put its navy on high alert.", {("SWE", None, "152")}),
        # sanctions a party hits back or retaliates with are sanctions (163)
        (
            "Beijing hit back with sanctions against Lithuanian officials.",
            {("CHN", "LTU", "163")},
        ),
        ("Iran retaliated with sanctions on Canadian firms.", {("IRN", "CAN", "163")}),
        # a package, bid or declaration blocked is vetoed, aimed at whose it is (129)
        ("Poland blocked the EU climate package.", {("POL", "IGOEUREEC", "129")}),
        ("Greece blocked the Turkish membership bid.", {("GRC", "TUR", "129")}),
        # money received from a party is its economic aid; money allocated in military aid
        # is military aid (071, 072)
        ("Moldova received $300 million from the IMF.", {("IGOBUSIMF", "MDA", "071")}),
        (
            "Canada allocated 50 million dollars in military aid to Latvia.",
            {("CAN", "LVA", "072")},
        ),
        # an official dismissed or fired is sacked (172), not a claim rejected (120)
        ("The Serbian president dismissed the army chief.", {("SRB", "---MIL", "172")}),
        # an envoy summoned is an official protest (114), whatever the envoy's title
        ("Chile summoned the Peruvian ambassador.", {("CHL", "PER", "114")}),
        ("Chile summoned the Bolivian consul over the border row.", {("CHL", "BOL", "114")}),
        # a party provided with money or a loan gets economic aid (071)
        ("Norway provided Moldova with 20 million dollars.", {("NOR", "MDA", "071")}),
        # money given "in" coordinated kinds of aid is aid, whichever conjunct names it
        ("Norway provided Moldova with 600 million dollars in reconstruction and refugee aid.",
         {("NOR", "MDA", "070")}),
        # a truce respected or abided by is kept (0871)
        ("Armenia and Azerbaijan must respect the ceasefire.",
         {("ARM", "AZE", "0871"), ("AZE", "ARM", "0871")}),
        # a plant, dam or base captured or seized is territory taken (192), no arrest
        ("Belarusian troops captured a Lithuanian power plant.", {("BLR", "LTU", "192")}),
        # a request denied is rejected (120), no denial of responsibility (016)
        ("Poland denied a request from Belarus to reopen the crossing.", {("POL", "BLR", "120")}),
        # aid surged or rushed to a party is aid (070), also after a list of its kinds
        ("Norway rushed aid to Moldova.", {("NOR", "MDA", "070")}),
        ("Norway keeps surging security, financial and refugee assistance to Moldova.",
         {("NOR", "MDA", "070")}),
        # arrests made or carried out are arrests (173)
        ("Georgian police made dozens of arrests among opposition activists.",
         {("GEO", "GEO", "173")}),
        ("Georgian police carried out mass arrests.", {("GEO", None, "173")}),
        # money written short is an amount, and the "in" after it names what it pays for
        ("Norway allocates £4.5M to Moldova", {("NOR", "MDA", "071")}),
        ("Japan gave $100m in loans to Moldova.", {("JPN", "MDA", "071")}),
        ("Norway sends €30m in humanitarian aid to Moldova", {("NOR", "MDA", "073")}),
        # inspectors let in are international involvement allowed (0862), whoever parses them
        # as the subject of the infinitive
        (
            "North Korea allowed IAEA inspectors to visit the reactor.",
            {("PRK", "IGOUNOIAE", "0862")},
        ),
        # a diplomatic presence reduced reduces ties (161), not a military one (087)
        ("Greece cut its diplomatic staff in Ankara.", {("GRC", "TUR", "161")}),
        ("Latvia reduced its diplomatic presence in Minsk.", {("LVA", "BLR", "161")}),
        # men called up are mobilised (154), not phoned (041); a flank reinforced too
        ("Armenia called up all men under 40.", {("ARM", None, "154")}),
        ("Poland reinforced its eastern flank.", {("POL", None, "154")}),
        # a protest outside a country's embassy is aimed at that country
        ("Lithuanians protested outside the Belarusian embassy.", {("LTU", "BLR", "140")}),
        # units and battalions moved to a country are forces deployed (154), as troops are
        ("Belarus moved two battalions to the Lithuanian border.", {("BLR", "LTU", "154")}),
        # a garrison is forces; one that surrenders retreats (0874)
        ("The Syrian garrison in Raqqa surrendered.", {("SYR", None, "0874")}),
        # a prisoner exchange agreed is a release intended, by both (0353)
        (
            "Armenia agreed to a prisoner exchange with Azerbaijan.",
            {("ARM", "AZE", "0353"), ("AZE", "ARM", "0353")},
        ),
        # a veto lifted or an objection dropped yields (080)
        ("Hungary lifted its veto on Ukraine's membership.", {("HUN", "UKR", "080")}),
        ("Greece dropped its objection to Macedonia's membership.", {("GRC", "MKD", "080")}),
        # a joint statement signed or a joint declaration adopted is an agreement, by both
        (
            "Serbia and Hungary signed a joint statement on energy.",
            {("SRB", "HUN", "057"), ("HUN", "SRB", "057")},
        ),
        (
            "Georgia and Armenia adopted a joint declaration.",
            {("GEO", "ARM", "057"), ("ARM", "GEO", "057")},
        ),
        # readiness or willingness to act is the intent (03), not the act to come
        (
            "Qatar confirmed its readiness to mediate between Iran and Israel.",
            {("QAT", "IRN", "039")},
        ),
        # people executed are killed (1823), not charged (173); a warrant executed is served
        ("The Iranian government executed two protesters.", {("IRN", "IRN", "1823")}),
        # drones launched at a party are an air attack (195)
        ("Iran launched drones at Saudi Arabia.", {("IRN", "SAU", "195")}),
        # who "is behind" a blast, a hack or a killing did it (a bare "attack" names no kind
        # of act, so it codes nothing); said of another, it is an accusation (112)
        ("Israel said Iran was behind the blast.", {("IRN", None, "183"), ("ISR", "IRN", "112")}),
        ("Estonia said Russia was behind the cyberattack.", {("RUS", None, "176")}),
        ("Britain says Iran was behind the killing of a dissident.", {("IRN", None, "186")}),
        # blame held, pinned or laid on a party accuses it (112)
        ("Serbia holds Kosovo responsible for the violence.", {("SRB", "KSV", "112")}),
        ("Baku pinned the blame on Yerevan.", {("AZE", "ARM", "112")}),
        # criticism faced from a party is its criticism (111); pressure it puts a demand (100)
        ("Hungary faced criticism from Poland over its stance.", {("POL", "HUN", "111")}),
        ("India came under pressure from the US to cut oil imports.", {("USA", "IND", "100")}),
        # words aimed "at" a world region are aimed at it
        ("China hit out at the West over Taiwan.", {("CHN", "WST", "111")}),
        # weapons pleaded for from a party are asked of it (0232)
        ("Kyiv pleaded for howitzers from Paris.", {("UKR", "FRA", "0232")}),
        # access to the media blocked restricts freedoms (1721); a building's, the passage
        ("Turkey blocked access to independent media.", {("TUR", None, "1721")}),
        ("Kenyan protesters blocked access to the parliament.", {("KEN", "---LEG", "144")}),
        # a party helped to do something is helped (070); weapons handed to it are military aid
        ("Japan will help Taiwan defend its ports.", {("JPN", "TWN", "070")}),
        ("Slovakia handed 12 howitzers to Ukraine.", {("SVK", "UKR", "072")}),
        # a prisoner swap between two parties releases prisoners both ways (0841)
        (
            "A prisoner swap between Armenia and Azerbaijan took place on Monday.",
            {("ARM", "AZE", "0841"), ("AZE", "ARM", "0841")},
        ),
        # positions or towns assaulted by troops are fought over (190), not people beaten (182)
        ("Armenian troops assaulted Azerbaijani positions.", {("ARM", "AZE", "190")}),
        # gas cut off to a country stops supplies (162), not a siege (191)
        ("Algeria cut off gas to Morocco.", {("DZA", "MAR", "162")}),
        # pushing a party to act demands it of the party, as pressing does
        (
            "Turkey and Qatar are pushing the Security Council to lift sanctions on Syria.",
            {("TUR", "IGOUNO", "1054"), ("QAT", "IGOUNO", "1054")},
        ),
        # imports phased out are an embargo; coal and grain bought are trade
        ("Finland will phase out imports of Russian gas.", {("FIN", "RUS", "163")}),
        ("Egypt imported wheat from Russia.", {("EGY", "RUS", "061")}),
        # warplanes sent into a party's airspace are a show of force (154), no military aid
        ("Russia sent 12 warplanes into Finnish airspace.", {("RUS", "FIN", "154")}),
        # a passive of expulsion with no agent: who expels is who they are expelled from
        ("Three Iranian diplomats were expelled from Albania.", {("ALB", "IRN", "166")}),
        ("Serbian ambassador expelled from Montenegro", {("MNE", "SRB", "166")}),
        # ... and of detention: who holds them is the state they are held in
        ("A Canadian engineer was detained in Egypt last year.", {("EGY", "CAN", "173")}),
        # a conversation between or with parties is a meeting; on the telephone, a call
        (
            "A telephone conversation between Macron and Scholz has ended.",
            {("FRA", "DEU", "041"), ("DEU", "FRA", "041")},
        ),
        ("The conversation between Macron and Scholz lasted an hour.", {("FRA", "DEU", "040")}),
        # ... or in its capital, the place only that state holds anyone in
        ("An Australian academic was jailed in Tehran in 2018.", {("IRN", "AUS", "173")}),
        # speaking highly of a party praises it, no consultation with it
        ("Aliyev spoke highly of Erdogan.", {("AZE", "TUR", "051")}),
        ("Tokayev spoke well of the Kazakh army.", {("KAZ", "KAZ", "051")}),
        # a sanctions package is sanctions; the adoption of sanctions adopts them
        ("Japan adopted a second sanctions package against Belarus.", {("JPN", "BLR", "163")}),
        (
            "Canada announced the adoption of new sanctions against Iran.",
            {("CAN", "IRN", "163")},
        ),
        # naming a government a terrorist regime denounces it; voting down a party's draft
        # rejects it; hacking groups attack by computer (176)
        (
            "Lithuanian lawmakers recognised the Belarusian authorities as a terrorist regime.",
            {("LTU", "BLR", "111")},
        ),
        ("The Security Council defeated a Chinese draft resolution.", {("IGOUNO", "CHN", "120")}),
        ("Iranian hacking groups targeted Israel.", {("IRN", "ISR", "176")}),
        # damaging hospitals damages property (171); stifling an offensive fights it; land
        # de-occupied is freed, not occupied
        ("Armenian artillery damaged two hospitals in Ganja.", {("ARM", "AZE", "171")}),
        ("Azerbaijani troops stifled Armenia's offensive.", {("AZE", "ARM", "190")}),
        # forces exiting a land withdraw from it
        ("Armenian forces will exit the territory of Azerbaijan.", {("ARM", "AZE", "0874")}),
        # fighting for control of a place fights its holder
        ("Armenian troops fought for control of Shusha.", {("ARM", "AZE", "190")}),
        # people deported to another land are the target, not the land
        ("Armenia deported 300 Azerbaijani citizens to Iran.", {("ARM", "AZE", "174")}),
        # agreeing to a summit or talks states the intent to meet (036), each with the other
        ("Aliyev and Pashinyan agree in principle to a Karabakh summit.",
         {("AZE", "ARM", "036"), ("ARM", "AZE", "036")}),
        # launching an intercontinental missile shows force (150), aimed at nobody
        ("North Korea launched a new ICBM on Thursday.", {("PRK", None, "150")}),
        # a party placed on a sanctions list is sanctioned
        ("Canada placed Belarusian officials on its sanctions list.", {("CAN", "BLR", "163")}),
        ("Japan included Iranian banks in its sanctions list.", {("JPN", "IRN", "163")}),
        # a deterrent put on alert, tactical groups mobilised and weapon systems deployed are
        # force posture (152, 154)
        ("Xi put China's nuclear deterrent on high alert.", {("CHN", None, "152")}),
        ("Armenia mobilised ten battalion tactical groups.", {("ARM", None, "154")}),
        ("Serbia deployed air defence systems near the Kosovo border.", {("SRB", "KSV", "154")}),
        # bodies swapped between sides are returned (0841); an air arm drops bombs (195)
        ("Armenia and Azerbaijan swapped bodies of fallen soldiers.",
         {("ARM", "AZE", "0841"), ("AZE", "ARM", "0841")}),
        ("Azerbaijani aviation dropped bombs on Yerevan.", {("AZE", "ARM", "195")}),
        # the east or the rest of a country seized is occupied (192)
        ("Armenia plans to capture the south of Azerbaijan.", {("ARM", "AZE", "192")}),
        # a place under siege or attack by a party is besieged or attacked by it (191, 190)
        ("Yerevan is under siege by Azerbaijani troops.", {("AZE", "ARM", "191")}),
        ("Gyumri remains under fire from Azerbaijani artillery.", {("AZE", "ARM", "190")}),
        # forces driven or pushed away or out are fought (190); so is firing along a front
        ("Armenian troops drove the Azerbaijani forces away from Goris.", {("ARM", "AZE", "190")}),
        ("Armenian troops pushed the Azerbaijani army out of Jermuk.", {("ARM", "AZE", "190")}),
        ("Azerbaijani forces fired along the front line in Syunik.", {("AZE", "ARM", "190")}),
        # shells and rockets are weapons supplied (072)
        ("Belarus supplied Russia with large batches of artillery shells.",
         {("BLR", "RUS", "072")}),
        # sanctions proposed or weighed are the proposer's, still to come (163)
        ("The EU proposes new sanctions against Belarus.", {("IGOEUREEC", "BLR", "163")}),
        # control established or gained over a land occupies it (192)
        ("Armenian troops gained control of Lachin.", {("ARM", "AZE", "192")}),
        # a party begged to act is appealed to (0253 for a release); a garrison's surrender
        # is its yielding (0874)
        ("The Pope begged Lukashenko to free the prisoners.", {("VAT", "BLR", "0253")}),
        ("The surrender of the Armenian garrison to Azerbaijani forces.",
         {("ARM", "AZE", "0874")}),
        # an order or medal presented to a party honours it (051)
        ("Erdogan presented Aliyev with the Order of the State.", {("TUR", "AZE", "051")}),
        # captives taken or kept (181), whatever the parser makes of "hostage"
        ("Russia took 30 civilians hostage in Bucha.", {("RUS", "---CVL", "181")}),
        ("Niger is keeping French citizens hostage in Niamey.", {("NER", "FRA", "181")}),
        # a weapon tested shows force (150); arms delivered, announced or not, are aid (072)
        ("Pakistan tested a hypersonic weapon on Friday.", {("PAK", None, "150")}),
        ("Italy announced the delivery of howitzers to Ukraine.", {("ITA", "UKR", "072")}),
        # the party that completes, approves or speeds up a delivery makes it, and a "to"
        # phrase the parser hangs on that verb is still where the arms go
        ("Norway completed the delivery of howitzers to Ukraine.", {("NOR", "UKR", "072")}),
        ("Sweden approved the delivery of rifles to Ukraine.", {("SWE", "UKR", "072")}),
        ("Canada accelerated the shipment of rifles to Ukraine.", {("CAN", "UKR", "072")}),
        # a party "among those" acting acts
        ("Poland and Latvia are among those criticising Hungary's decision.",
         {("POL", "HUN", "111"), ("LVA", "HUN", "111")}),
        ("Chile was among the countries condemning the coup in Peru.", {("CHL", "PER", "111")}),
        # a party's statement called a lie, nonsense or a sham is criticised (111)
        ("Kuleba called Lavrov's statement nonsense.", {("UKR", "RUS", "111")}),
        ("Macron called the Russian referendum a sham.", {("FRA", "RUS", "111")}),
        # a party pressed or pushed for an act is asked for it (100, 1056, 106, 107, 108)
        ("Scholz pushed Lukashenko for de-escalation.", {("DEU", "BLR", "1056")}),
        ("Macron pressed Aliyev on troop withdrawal.", {("FRA", "AZE", "106")}),
        ("Erdogan pushed Pashinyan for a ceasefire.", {("TUR", "ARM", "107")}),
        # evacuations, buses and corridors blocked restrict movement (191)
        ("Azerbaijani troops blocked buses heading to Armenia.", {("AZE", "ARM", "191")}),
        ("Serbia blocked the evacuation of civilians from Kosovo.", {("SRB", "KSV", "191")}),
        # sanctions promised against a party threaten it (1312); an invitation declined (125)
        ("Canada promises tougher sanctions against Belarusian officials.",
         {("CAN", "BLR", "1312")}),
        ("Armenia declined an invitation from Azerbaijan.", {("ARM", "AZE", "125")}),
        # a human rights centre closed by a court is a rights group banned (172)
        ("A court in Baku ordered the closure of the Memorial Human Rights Center.",
         {("AZE", "AZE", "172")}),
        # costs imposed on a party are sanctions (163)
        ("Canada imposed heavy economic costs on Belarus.", {("CAN", "BLR", "163")}),
        ("The EU is raising the costs on Iran for its drone exports.",
         {("IGOEUREEC", "IRN", "163")}),
        # a suspect handed over cooperates with the receiver's justice (063); captured
        # soldiers handed over are released to their side (0841)
        ("Moldova handed over the suspect to Romania.", {("MDA", "ROU", "063")}),
        ("Belarus handed over the captured soldiers to Lithuania.", {("BLR", "LTU", "0841")}),
        # the kind of aid given says the code: humanitarian (073), military (072)
        ("Austria will provide Moldova with humanitarian aid.", {("AUT", "MDA", "073")}),
        ("Norway gave Moldova humanitarian aid.", {("NOR", "MDA", "073")}),
        ("Norway will give Moldova 50 million euros in military aid.", {("NOR", "MDA", "072")}),
        # a party listed among those that act is one that acts, or is acted on
        ("Slovakia is among the countries that have sent jets to Ukraine.",
         {("SVK", "UKR", "072")}),
        ("Slovakia is one of the countries that have sent jets to Ukraine.",
         {("SVK", "UKR", "072")}),
        ("Moldova is among the countries which Russia has threatened.", {("RUS", "MDA", "130")}),
        # killed in an ambush by a party: its ambush, as in a raid by it
        ("Four Nigerien soldiers were killed in an ambush by jihadist fighters.",
         {("---UAF", "NER", "190")}),
        # dissatisfaction or discontent expressed disapproves (110)
        ("Hanoi expressed strong dissatisfaction with the Cambodian decision.",
         {("VNM", "KHM", "110")}),
        ("Tokyo voiced discontent over the Philippine move.", {("JPN", "PHL", "110")}),
        # a military intervention threatened or made (138, 190); "Niger" is no date
        ("Nigeria threatened military intervention in Niger.", {("NGA", "NER", "138")}),
        ("Turkey intervened militarily in Libya.", {("TUR", "LBY", "190")}),
        # anyone may punch or slap someone (182), a journalist or an activist too
        ("A Moldovan journalist punched a Romanian diplomat.", {("MDA", "ROU", "182")}),
        ("A Georgian activist hit a Russian diplomat in the face.", {("GEO", "RUS", "182")}),
        # praise offered, heaped, lavished or voiced commends its object (051)
        ("Finland offered warm praise of Estonia.", {("FIN", "EST", "051")}),
        ("Kenya offered praise for Ghana on Monday.", {("KEN", "GHA", "051")}),
        ("Chile heaped praise on Peru.", {("CHL", "PER", "051")}),
        ("Norway lavished praise upon Iceland.", {("NOR", "ISL", "051")}),
        ("Senegal showered Mali with praise.", {("SEN", "MLI", "051")}),
        ("Uruguay voiced admiration for Paraguay.", {("URY", "PRY", "051")}),
        # defensive equipment sent is military aid; economic measures imposed are sanctions
        ("Norway sent defensive equipment to Moldova.", {("NOR", "MDA", "072")}),
        (
            "Norway said it was prepared to impose economic measures if Belarus attacks Lithuania.",
            {("NOR", "BLR", "1312")},
        ),
    ],
)
def test_lexicon_recall_codes_the_event(nlp: Any, text: str, expected: set[Any]) -> None:
    assert expected <= coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # land de-occupied is freed, not occupied anew
        ("Azerbaijani troops de-occupied the Aghdam district.", {"192"}),
        # listening in on messages and supply operations are no force
        ("Finnish intelligence intercepted communications of Russian units.", {"190"}),
        ("The European Commission launched a stockpile operation for Moldova.", {"190"}),
        # standing by idle defends no one
        ("Japan could not stand by if China attacked Taiwan.", {"052"}),
        # praise of a party's work is no meeting with it
        ("The ministers spoke highly of the joint work in the CSTO format.", {"040"}),
        # a drill with no party is no military cooperation
        ("The students held a fire drill with the local school.", {"062", "150"}),
        # cutting a town's power is no supply cut between parties; market moves name no party
        ("The storm cut power to thousands of homes.", {"162", "191"}),
        ("The company halted deliveries to customers in Europe.", {"162"}),
        ("The refinery stopped fuel supplies.", {"162"}),
        # a passage closed for an accident, or people kept from the water, restrict no party
        ("Egypt closed the Suez Canal to ships after the accident.", {"191"}),
        ("Lifeguards banned swimmers from the water after the storm.", {"191"}),
        # game and weather senses of the new phrasal triggers
        ("The night was closing in on the city.", {"190"}),
        ("The coach ordered an attack on the left wing.", {"190"}),
        ("The striker turned his back on the defender and scored.", {"160"}),
        ("The team faced a penalty from the referee.", {"163"}),
        # people evacuated from danger and land sold are no diplomacy or arms
        ("Police evacuated residents from the building.", {"161"}),
        ("The council approved the sale of the land to a developer.", {"0332"}),
        # sport, business and labour senses of the criticism, strike and embassy triggers
        ("The coach lashed out at the referee after the match.", {"111"}),
        ("The singer took aim at the charts with a new album.", {"111"}),
        ("Workers went on strike on Monday.", {"190"}),
        ("The union called a strike on the railways.", {"190"}),
        ("The company reopened its store in Paris.", {"054"}),
        # a name that is no insult criticises no one
        ("Erdogan called Putin a friend.", {"111", "112"}),
        ("The Indian minister described Japan as a partner.", {"111", "112"}),
        ("Britain recognized Iran as a state sponsor of terrorism.", {"054"}),
        ("Germany declared an imminent threat from floods.", {"111"}),
        ("The EU will eliminate tariffs on Ukrainian goods.", {"190", "186"}),
        ("The Polish president entered Lithuania by car.", {"190"}),
        ("Thousands of Afghan refugees crossed the border into Iran.", {"190"}),
        ("The Finnish chairman opened the meeting with a speech.", {"040"}),
        ("The Finnish president began the conversation by thanking the hosts.", {"040"}),
        # flights cancelled with no destination named cut no ties
        ("Two Indian airlines cancelled flights over the weekend.", {"160"}),
        # a measure of papers released frees no one, as the papers themselves would not
        ("The Kenyan government released a tranche of files on Uganda.", {"0841", "0842"}),
        ("Firefighters held back the flames near the Polish border.", {"190"}),
        # the centre ground or the high ground occupied is a political stance, no territory
        ("The Liberal Democrats occupy the centre ground.", {"192"}),
        ("Macron wants to occupy the centre ground.", {"192", "1382"}),
        ("Belgian police executed a Dutch arrest warrant.", {"1823"}),
        # the aviation of commerce is no air arm
        ("Turkish civil aviation lost two planes in Syria.", {"195", "190"}),
        ("The manager fired across the whole department.", {"190"}),
        ("The rally drove the prices out of reach.", {"190"}),
        # a standard met, and costs that fall on no party, are no meeting and no sanction
        ("Macron said Lukashenko will meet the definition of a war criminal.", {"040", "041"}),
        ("The pandemic imposed heavy costs on hospitals.", {"163"}),
        # a warning of another's change threatens no one
        ("Japan warned of a shift in Chinese strategy.", {"130"}),
        # a bombardment "from" weapons names no party that the place is under
        ("Ganja has been under constant Armenian bombardment from long-range missiles.",
         {"190"}),
        # a list or a letter handed over is no suspect handed to a state's justice
        ("Moldova handed over a list of its energy needs to Romania.", {"063"}),
        ("Serbia handed over a letter of protest to Croatia.", {"063"}),
        # an attack changes no policy: an event gives, yields or cooperates in nothing
        ("The Serbian offensive on Pristina may change the course of the conflict.", {"0832"}),
        # a retreat or a defeat recognised is conceded, no diplomatic recognition (054)
        ("Baku recognized the retreat of its troops from the ridge.", {"054"}),
        ("Belgrade recognized the defeat of its army.", {"054"}),
    ],
)
def test_lexicon_recall_leaves_other_senses(nlp: Any, text: str, absent: set[str]) -> None:
    assert not {code for _, _, code in coded(nlp, text)} & absent


@pytest.mark.parametrize(
    "text",
    [
        # people taken "from" a city were not expelled by its country
        "Two Armenian reporters were deported from Kutaisi.",
        "The reporter was expelled from Kutaisi.",
    ],
)
def test_expelled_from_a_city_names_no_expeller(nlp: Any, text: str) -> None:
    assert not [row for row in coded(nlp, text) if row[0] == "GEO"], coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a country's civilians entering a country invade nothing
        "Swiss citizens must obtain a visa before they enter the country.",
        "Citizens of Norway entered Sweden on Monday.",
        # nor do protesters or opposition activists crossing into one
        "Belarusian opposition activists crossed the border into Lithuania.",
    ],
)
def test_civilians_entering_a_country_invade_nothing(nlp: Any, text: str) -> None:
    assert not [row for row in coded(nlp, text) if row[2].startswith("19")], coded(nlp, text)



def test_detained_in_a_place_of_some_state_names_no_jailer(nlp: Any) -> None:
    # a place named by its state's adjective is where, not who: no Cuban arrest
    got = coded(nlp, "Four Britons were detained in a Cuban camp for years.")
    assert not any(s == "CUB" for s, _t, _c in got), got
    # a city that is no capital may be held by another state's forces: no jailer either
    got = coded(nlp, "Two Greek sailors were detained in Odesa on Monday.")
    assert not any(c == "173" for _s, _t, c in got), got


def test_the_land_people_are_deported_to_is_no_party(nlp: Any) -> None:
    got = coded(nlp, "Armenia deported 300 Azerbaijani citizens to Iran.")
    assert ("ARM", "AZE", "174") in got and ("ARM", "IRN", "174") not in got, got


def test_breakaway_regions_recognised_are_the_separatists(nlp: Any) -> None:
    # the recognised party is the separatists, not the country they broke away from (054)
    got = coded_codes(nlp, "Russia recognised the independence of Georgia's breakaway regions.", ON)
    assert ("RUS", "GEOSEP", "054") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an onslaught or a counteroffensive against a party is force against it
        ("Azerbaijan's onslaught against Armenian villages intensified.", ("AZE", "ARM", "190")),
        ("Armenia's counteroffensive against Azerbaijani forces continues.",
         ("ARM", "AZE", "190")),
        ("Azerbaijani forces laid waste to Armenian villages.", ("AZE", "ARM", "190")),
        # troops deploying to a country, with no object
        ("Canadian troops are deploying to Latvia.", ("CAN", "LVA", "154")),
        # a force or its assault fought or fended off
        ("Armenian forces fought off Azerbaijani troops.", ("ARM", "AZE", "190")),
        ("Armenian troops fended off an assault by Azerbaijani forces.", ("ARM", "AZE", "190")),
        # an operation dialled back or scaled down de-escalates; a phone call is dialled
        ("Azerbaijan will dial back its offensive in Armenia.", ("AZE", "ARM", "087")),
        ("Azerbaijan will scale down its military operation in Armenia.",
         ("AZE", "ARM", "087")),
        ("Aliyev dialed Pashinyan on Sunday.", ("AZE", "ARM", "041")),
        # cyber operations conducted against a party, networks breached (176)
        ("Iran could conduct malicious cyber activity against Israeli firms.",
         ("IRN", "ISR", "176")),
        ("Iranian hackers breached the networks of Israeli ministries.", ("IRN", "ISR", "176")),
        # a force bearing down on a party; a military convoy or armoured column is a force
        ("Azerbaijani soldiers bore down on Armenia.", ("AZE", "ARM", "190")),
        ("An Azerbaijani armoured column entered Armenia.", ("AZE", "ARM", "190")),
        # a force engaging strongholds; fighter or war pilots are the military
        ("Azerbaijani war pilots engaged Armenian strongholds.", ("AZE", "ARM", "190")),
        # fighters or reinforcements moved to a country's region
        ("Azerbaijan moved reinforcements to Armenia.", ("AZE", "ARM", "154")),
        # talks aimed for; civilians transferred (deported, 174)
        ("Serbia aims for talks with Kosovo in January.", ("SRB", "KSV", "036")),
        ("Azerbaijan transferred Armenian civilians to its territory.", ("AZE", "ARM", "174")),
        # a conversation held with a party is a consultation (040)
        ("Aliyev held a rare conversation with Pashinyan in Moscow.", ("AZE", "ARM", "040")),
        # a deployment near a country's border is force posture (154)
        ("Azerbaijan's deployment of troops near Armenia alarmed the EU.", ("AZE", "ARM", "154")),
        # an invasion into a country
        ("An invasion by Azerbaijan into Armenia would come at a massive cost, Paris warned.",
         ("AZE", "ARM", "190")),
        # an embargo of a country's goods joined; a body's closure ordered (172)
        ("Japan joined the embargo of Iranian oil.", ("JPN", "IRN", "163")),
        ("A Belarusian court ordered the liquidation of the Belarusian Journalists Association.",
         ("BLR", "BLR", "172")),
    ],
)
def test_onslaughts_and_deployments(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    got = {(s[:3] if s else None, t[:3] if t else None, c) for s, t, c in
           coded_triples(nlp, text, ON)}
    assert expected in got, got


def test_europe_named_as_a_party_is_europe(nlp: Any) -> None:
    # Europe as a party; a place inside the object is still no target
    got = coded_triples(nlp, "Iran cut gas supplies to Europe.", ON)
    assert ("IRN", "EUR", "162") in got, got
    got = coded_triples(nlp, "The United States and Europe pummeled Iran with sanctions.", ON)
    assert {("USA", "IRN", "163"), ("EUR", "IRN", "163")} <= got, got
    got = coded_triples(nlp, "Gazprom halted deliveries to customers in Europe.", ON)
    assert not any(t == "EUR" for _s, t, _c in got), got
    # where a thing ranks in Europe is no party to its seizure
    got = coded_triples(nlp, "Azerbaijani troops have occupied Europe's largest dam.", ON)
    assert not any(t == "EUR" for _s, t, _c in got), got


def test_a_gang_rape_is_the_soldiers_not_a_gangs(nlp: Any) -> None:
    got = coded_codes(nlp, "Azerbaijani soldiers gang-raped a woman in Armenia.", ON)
    assert ("AZEMIL", "ARMCVL", "1821") in got, got
