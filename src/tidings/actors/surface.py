"""Surface cues that decide whether a dictionary match is an actor at all: capitalisation
("Turkey" / "turkey"), a hyphenated participle or an event noun after a name ("Iran-backed",
"the Minsk agreements"), a stance prefix ("pro-Russian"), adjacent role nouns read as one
("Islamist militants") and a group description read with the name before it ("the Hamas
militant group"). Places named as places are read in places.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .dictionary import ActorEntry, fold
from .loader import grammar_words, leader_domains, world_regions
from .mention import Mention
from .teams import POSSESSIVES


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def name_case_ok(entry: ActorEntry, words: Sequence[str], folded: Sequence[str], i: int,
                 size: int, loose: Sequence[bool] | None) -> bool:
    """Whether the capitalisation of ``words[i:i+size]`` allows a name entry to match.

    Names are capitalised in news text: "Turkey" the country, "turkey" the bird. A span with
    any capital letter is name-like ("al-Shabab", "iSrael"). An all-lower-case span matches
    only where case carries no information (``loose``: a caseless sentence, or a word NER
    tagged as a name: "President obama"), and then only if it is not an English word too
    ("china", "turkey": the ``common_words`` list) and, alone, has 4+ letters ("xi", "abe"
    are too easily something else). Role nouns ("troops") match in any case."""
    if entry.kind not in ("country", "igo", "person", "group"):
        return True
    span = words[i:i + size]
    first = span[0][:1]
    if not first.isalpha() or first.isupper():
        return True
    if any(not w.islower() for w in span if any(c.isalpha() for c in w)):
        return True
    if loose is None or not all(loose[i:i + size]):
        return False
    key = " ".join(folded[i:i + size])
    if size == 1 and len(key) < 4:
        return False
    return key not in grammar_words("common_words")


def drop_stances(raw: list[Mention], words: Sequence[str],
                  folded: Sequence[str]) -> list[Mention]:
    """"pro-Russian separatists", "anti-American protesters": the country names a stance,
    not an actor, and must not become the group's affiliation; likewise a role word
    ("attacks on non-Muslims", "pro-government militias" UAF, not GOV). "Iran-backed Houthis",
    "rebel-held Aleppo", "UK-based monitor": a name or role before a hyphenated participle
    only modifies what follows (the Houthis act, not Iran)."""
    out = []
    n = len(folded)
    for m in raw:
        s, e = m.start, m.end
        if (m.kind in ("country", "role") and s >= 2 and folded[s - 1] == "-"
                and folded[s - 2] in grammar_words("stances")):
            continue  # also "non-Muslims", "anti-government": a stance, not the group
        if (e + 1 < n and folded[e] == "-"
                and folded[e + 1] in grammar_words("dependent_participles")):
            continue
        if e < n and m.kind == "country" and "adjective" not in m.tags \
                and folded[e] in grammar_words("event_nouns") \
                and (words[e][:1].isupper() or folded[s] == "the"
                     or ((_opens(folded, s) or m.via == "metonym")
                         and folded[e] not in _ALSO_VERBS)):
            # "the Minsk agreements", "Tokyo Olympics": part of a longer name, as is an
            # opening "Normandy format advisers" or a capital's "Kabul airport" ("Russia
            # talks ..." may be a verb)
            continue
        if e + 1 < n and m.code in world_regions() and folded[e] in POSSESSIVES \
                and folded[e + 1] in _RANKS:
            continue  # "Europe's largest nuclear plant": where it ranks, not whose it is
        if e < n and m.kind == "country" and "adjective" not in m.tags \
                and folded[e] in grammar_words("beat_nouns"):
            continue  # "BBC Russia editor": the beat a reporter covers, not a party
        if m.kind == "country" and _inside_programme_name(words, folded, e):
            continue  # "the American Rescue Plan": a law's name, not the United States
        out.append(m)
    return out


# Ranks that make a world region only the place a thing ranks in
_RANKS = frozenset({"largest", "biggest", "oldest", "longest", "tallest", "highest", "busiest",
                    "richest", "poorest", "most", "first", "only", "second", "last", "worst",
                    "deadliest", "strongest", "greatest", "fastest", "smallest", "newest"})
# Event nouns that are also verbs: after an opening name they may be its verb
_ALSO_VERBS = frozenset({"talks", "exchange", "process", "games", "club"})
_OPENERS = frozenset({".", ":", "!", "?", '"', "\u201c", "'", "\u2018", "\n", "\n\n"})


def _opens(folded: Sequence[str], start: int) -> bool:
    """Whether a name at ``start`` opens a sentence or a headline."""
    return start == 0 or folded[start - 1] in _OPENERS or folded[start - 1].isspace()


# How many title-cased words may stand between a country and the head of a programme's name
# ("American Rescue Plan": one; "U.S. Global Health Security Strategy": three).
_NAME_SPAN = 4


def _inside_programme_name(words: Sequence[str], folded: Sequence[str], end: int) -> bool:
    """Whether title-cased words after ``end`` run into a non-actor name head ("Plan", "Act",
    "Fund", the ``name_heads`` list): then the country before them is part of a proper name
    of a law or programme, not an actor ("the American Rescue Plan", "the Ukraine Fund")."""
    heads = grammar_words("name_heads")
    for k in range(end, min(end + _NAME_SPAN, len(words))):
        if not words[k][:1].isupper():
            return False
        if folded[k] in heads:
            return True
    return False


# Courtesy words NER may count into a PERSON entity before the name itself; a place name after
# one is a surname ("Mr Hague", matching.py).
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"})
# Entities a title word may end as part of their name: "Burger King" (ORG), "Stephen King"
# (PERSON), a book, film or product title.
_NAME_ENTS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Entities that name a place or people: a title after one is that place's office.
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
# Tokens after which a capitalised word may be capitalised only for starting a sentence.
_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "\u201c", "'", "\u2018", "(", "-", "--",
                      "\u2014", "\u2013"})


def title_in_name(entry: ActorEntry, words: Sequence[str], folded: Sequence[str], i: int,
                  size: int, ents: Sequence[tuple[str, int, int] | None] | None,
                  matched_until: int) -> bool:
    """Whether the capitalised title ``words[i:i+size]`` is the last word of another proper
    name: "Burger King" (a company), "Stephen King" and "Mr King" (persons), "The Lion King".
    Titles come before the name they qualify ("King Charles", "Majority Leader NAME"), so a
    title right after a capitalised word that is no actor, honorific aside no rank word and
    not only capitalised for opening the sentence (or inside one entity with it), and with no
    person's name after it, names no office-holder. After an actor the capitalised word is
    the office's portfolio or rank ("French Maritime Minister", "US Special Envoy").
    ``matched_until`` is the end of the previous dictionary match (-1 when none)."""
    if entry.kind != "role" or "person" not in entry.tags:
        return False
    if not all(w[:1].isupper() for w in words[i:i + size] if w.isalpha()):
        return False  # a common noun after a name: "the Met Police chief"
    k = i - 1
    if k < max(matched_until, 0):
        return False  # nothing before, or an actor ("Saudi King", "NATO Secretary General")
    if ents is not None and i + size < len(words):
        after = ents[i + size]
        if after is not None and after[0] == "PERSON" and after[1] == i + size:
            return False  # "Senate Majority Leader NAME": a title after all
    if folded[k] in HONORIFICS:
        return True
    word = words[k]
    if (not word[:1].isupper() or not word.isalpha() or folded[k] in stop_words()
            or folded[k] in grammar_words("ranks") or folded[k] in grammar_words("title_ranks")
            or k == matched_until):
        return False
    before = ents[k] if ents is not None else None
    if before is not None and before[0] in _PLACE_ENTS:
        return False  # a place the dictionary lacks: "the Ottawa Police Chief"
    span = ents[i] if ents is not None else None
    if span is not None and span[0] in _NAME_ENTS and span[1] <= k:
        return True
    return not opens_sentence(words, k)


def opens_sentence(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` may be capitalised only for opening a sentence or a quote."""
    return k == 0 or words[k - 1] in _OPENERS or words[k - 1].isspace()


def other_person(entry: ActorEntry, words: Sequence[str], i: int,
                  ents: Sequence[tuple[str, int, int] | None], matched_until: int) -> bool:
    """A surname inside a longer name that begins with another first name is someone else:
    "Julie Chavez Rodriguez" is not Hugo Chavez, "Hunter Biden" not Joe Biden, "Kyrylo
    Tymoshenko" (inside an ORG entity the parser made of a title) not Yulia Tymoshenko.

    The given names are the capitalised words right before the match inside the same entity,
    after any earlier match (a title or country: "President of Turkey Erdogan" tagged as one
    PERSON is still Erdogan) and past honorifics. They are the person's own when one shares
    its first three letters with the first word of one of their patterns, which tolerates
    transliterations ("Sergey"/"Sergei") and middle names ("Joseph Robinette Biden")."""
    span = ents[i]
    if span is None:
        return False
    k = i
    while (k - 1 >= max(span[1], matched_until) and words[k - 1][:1].isupper()
           and words[k - 1].isalpha() and fold(words[k - 1]) not in HONORIFICS):
        k -= 1
    if k == i:
        return False
    firsts = [fold(p.split()[0]) for p in entry.patterns if " " in p]
    return not any(f.startswith(fold(w)[:3]) for w in words[k:i] for f in firsts)




def drop_party_namesakes(raw: list[Mention], folded: Sequence[str]) -> list[Mention]:
    """Party names the dictionary cannot place: one that several countries' parties bear
    (tag ``none``: "Social Democrats", "Christian Democrats") is no actor, and a party name
    after another country's name, possessive or adjective ("Canada's Conservatives", "South
    Korea's ruling Democratic Party") is that country's namesake of the party the dictionary
    knows. Either way the country before it, if any, is the actor that stays."""
    out: list[Mention] = []
    for m in raw:
        if "none" in m.tags or ("party" in m.tags and out and _namesake(out[-1], m, folded)):
            continue
        out.append(m)
    return out


def _namesake(prev: Mention, party: Mention, folded: Sequence[str]) -> bool:
    """Whether ``prev`` is another country owning ``party``: right before it, or through a
    possessive or adjective and political qualifiers only ("Italy's centre-left")."""
    if not (prev.kind == "country" and not prev.sector and prev.country
            and prev.country != party.country):
        return False
    gap = folded[prev.end:party.start]
    if gap and gap[0] in POSSESSIVES:
        gap = gap[1:]
    elif gap and "adjective" not in prev.tags:
        return False  # "Russia accused Democrats": the country acts on the party
    return len(gap) <= 4 and all(w in grammar_words("party_qualifiers") for w in gap)


def qualify_domains(raw: list[Mention], words: Sequence[str], folded: Sequence[str],
                    pos: Sequence[str] | None) -> list[Mention]:
    """A "leader" is a government's only in politics: a domain word right before it gives
    the domain's sector ("business leaders" BUS, "a religious leader" REL), and a domain
    with no CAMEO actor ("a team leader") or, with a parse, any other common noun that is not
    political ("sector leaders") leaves no actor, together with a country modifying it
    ("the England team leader"). A qualified leader is no office title any more: "the
    Russian religious leader" is RUSREL, never the Russian president."""
    out: list[Mention] = []
    for m in raw:
        k = m.start - 1
        if m.kind != "role" or "domain" not in m.tags or k < 0 or (out and out[-1].end > k):
            out.append(m)
            continue
        sector = "OPP" if _named_party(words, folded, k) else _domain(
            words[k], folded[k], pos[k] if pos is not None else None)
        if sector is None or sector == "GOV":
            out.append(m)
            continue
        if not sector:
            if out and out[-1].end == k and out[-1].kind == "country" and not out[-1].sector:
                out.pop()  # "England team leader": the country only qualifies the team
            continue
        out.append(replace(m, start=k, sector=sector, code=f"---{sector}", titles=(),
                           name=f"{words[k] if words[k].isupper() else folded[k]} {m.name}",
                           tags=m.tags - {"home", "domain"}))
    return out


def _named_party(words: Sequence[str], folded: Sequence[str], k: int) -> bool:
    """Whether words[k] is the "Party" of a name the dictionary does not know ("UK Independence
    Party leader"; a party it knows, it matches whole): a party out of power, unless "ruling"."""
    return words[k] == "Party" and k > 0 and words[k - 1][:1].isupper() and (
        folded[k - 1] not in grammar_words("party_qualifiers")
        or folded[k - 1] in ("conservative", "liberal", "progressive", "socialist"))


def _domain(word: str, low: str, tag: str | None) -> str | None:
    """The sector a word before "leader" gives (see ``leader_domains``), "" for no actor,
    None when it names no domain (an adjective, a rank, a name)."""
    domains = leader_domains()
    found = domains.get(word)  # case-exact first: "IT", never the pronoun "it"
    if found is None and not word.isupper():
        found = domains.get(low)
    if found is not None:
        return found
    if tag == "NOUN" and word.isalpha() and word.islower() and low not in stop_words() \
            and low not in grammar_words("ranks"):
        return ""  # "sector leaders", "youth leader": some domain with no CAMEO actor
    return None


def merge_role_runs(raw: list[Mention]) -> list[Mention]:
    """Adjacent role nouns form one role whose head, the last noun, gives the sector:
    "government forces" is military, "foreign ministry spokeswoman" a spokesperson. A
    religion word adds its code after the head's sector ("Islamist rebels" REBMUS), and an
    adjective that only qualifies ("Islamic") is no actor on its own."""
    out: list[Mention] = []
    for m in raw:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "role" and m.kind == "role" and prev.end == m.start \
                and prev.affiliation is None and m.affiliation is None:
            name = m.name if prev.name == m.name else f"{prev.name} {m.name}"
            # "military intelligence" is an actor, although "intelligence" needs an owner
            # ("administration officials": a run led by an institution, which a leader's name
            # before it owns, as it owns the institution)
            led = {"institution_led"} if "org" in prev.tags else set()
            merged = replace(m, start=prev.start, name=name, tags=m.tags - {"owned"} | led)
            sector = _run_sector(prev, m)
            if sector != m.sector:
                merged.sector = sector
                merged.code = f"---{sector}" if m.code.startswith("---") else prev.code
            out[-1] = merged
            continue
        out.append(m)
    return [m for m in out if "modifier" not in m.tags]


# Sectors of the armed actors a generic "fighters"/"militants" (UAF) is a member of:
# "rebel fighters" are rebels, "separatist militias" separatists (Phoenix REBEL_SOLDIER,
# SEPARATIST_MILITANT ~REB: the specific modifier names the allegiance UAF leaves open).
_ALIGNED_ARMED = frozenset({"REB", "SEP", "INS", "MIL", "COP"})
# Non-state or police modifiers that say whose a military noun is: "rebel commanders" REB,
# "separatist forces" SEP, "militia units" UAF, "police forces" COP (Phoenix REBEL_ARMY,
# REBEL_COMMANDER ~REB, POLICE_FORCE ~COP). The armed opposition is rebels (Phoenix
# OPPOSITION_FORCE, ARMED_OPPOSITION_GROUP ~REB; CAMEO REB "militarized opposition").
_OWN_FORCES = frozenset({"REB", "SEP", "INS", "UAF", "COP"})


def _is_religion(m: Mention) -> bool:
    """A religion noun or adjective: tagged so in the roles file, or coded with a CAMEO
    religion code by a loaded dictionary (Phoenix ISLAMIST ~MUS, CATHOLIC_PRIEST ~CHRCTH)."""
    return "religion" in m.tags or (m.sector or "")[:3] in grammar_words("religion_codes")


def _run_sector(prev: Mention, head: Mention) -> str | None:
    """The sector of two adjacent role nouns."""
    religion = [x for x in (prev, head) if _is_religion(x)]
    if len(religion) == 1:
        # CAMEO puts a religion after the actor's sector (third level): "Islamist militants"
        # UAFMUS, "Christian rebels" REBCHR, "militant Islamists" UAFMUS. Clergy and generic
        # officials are the religion itself ("Muslim clerics" MUS, Phoenix MUSLIM_CLERIC).
        faith = religion[0].sector or ""
        other = (head if religion[0] is prev else prev).sector
        if other in (None, "GOV", "REL") or faith == "" or (other or "").endswith(faith):
            return faith or other
        if other == "MIL":
            other = "UAF"  # forces named by a faith are no state's ("Christian forces")
        return f"{other}{faith}"
    if head.sector == "GOV" and prev.sector not in (None, "GOV"):
        # "rebel leaders", "opposition officials", "union spokesman": a generic official
        # of a non-government group belongs to the group.
        return prev.sector
    if head.sector == "UAF" and prev.sector in _ALIGNED_ARMED:
        return prev.sector
    if head.sector == "MIL" and prev.sector in _OWN_FORCES:
        return prev.sector
    if head.sector in ("MIL", "UAF") and prev.sector == "OPP":
        return "REB"
    return head.sector


def describe_with_country(raw: list[Mention]) -> list[Mention]:
    """A group description right after a name: after a group's name it is part of it ("the
    al-Shabab group", "the Hamas militant group"); after a country adjective it is restricted
    to that country's groups ("the Palestinian militant group", PSEUAF when none is named)."""
    out: list[Mention] = []
    for m in raw:
        prev = out[-1] if out else None
        if (prev is None or m.kind != "description" or "group" not in m.tags
                or prev.end != m.start):
            out.append(m)
        elif prev.kind in ("group", "igo"):
            out[-1] = replace(prev, end=m.end)
        elif prev.kind == "country" and not prev.sector and prev.country:
            out[-1] = replace(m, start=prev.start, extra={**m.extra, "country": prev.country})
        else:
            out.append(m)
    return out
