"""Longest-match scanning of a token sequence against the actor dictionary, and the rules that
combine adjacent matches into one actor ("Russian" + "troops" -> RUSMIL; "Foreign Minister" +
"Sergei Ryabkov" -> the person; "the President of Ukraine" -> the office holder on the date).

Works on plain token lists so ``ActorDictionary.lookup`` and ``index_actors`` share it; spaCy
entity labels, when given, guard against matching a country inside a person's or a
newspaper's name ("Chad Smith", "the Washington Post").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .dictionary import MAX_PATTERN_TOKENS, ActorDictionary, ActorEntry, fold, select_entry
from .loader import grammar_words
from .mention import Mention
from .states import read_states
from .surface import (
    as_place,
    drop_stances,
    drop_team_names,
    locate_places,
    merge_role_runs,
    name_case_ok,
    other_person,
    qualify_domains,
    stop_words,
    title_in_name,
)
from .titles import attach_name, link_appositions

# Entities inside which a country or capital name is part of another name, not a mention of
# the country: "Chad Smith" (PERSON), "the Beijing Olympics" (EVENT), "Moscow State
# University" (ORG, capitals only: "the Bank of Russia" still says something about Russia).
_BLOCKING_ENTS = frozenset({"PERSON", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
_POSSESSIVE = frozenset({"'s", "'"})
_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay", "channel"})
# "North America", "Latin American leaders": a continent, not the United States
_CONTINENT_PREFIXES = frozenset({"north", "south", "central", "latin", "pan"})
_AMERICA = frozenset({"america", "american", "americans", "americas"})
_ARMED = frozenset({"MIL", "REB", "SEP", "INS", "UAF", "IMG", "SPY"})
_COORDINATORS = frozenset({"and", "or", ",", "&"})


def scan(words: Sequence[str], folded: Sequence[str], *, dictionary: ActorDictionary,
         on: date | None, ents: Sequence[tuple[str, int, int] | None] | None = None,
         loose: Sequence[bool] | None = None) -> list[Mention]:
    """Raw dictionary matches, left to right, longest first, non-overlapping.

    ``loose`` marks tokens whose capitalisation says nothing (a lower-cased headline, or a
    word NER tagged as a name anyway): there a lower-case name may match (see
    ``name_case_ok``)."""
    out: list[Mention] = []
    n = len(words)
    i = 0
    first = dictionary.first
    while i < n:
        longest = first.get(folded[i], 0)
        found: Mention | None = None
        for size in range(min(longest, n - i, MAX_PATTERN_TOKENS), 0, -1):
            entries = dictionary.candidates(words[i:i + size], folded[i:i + size])
            entry = _usable(entries, words, i, size, on=on, ents=ents)
            if entry is not None and not name_case_ok(entry, words, folded, i, size, loose):
                entry = None
            if (entry is not None and ents is not None and entry.kind == "person"
                    and other_person(entry, words, i, ents, out[-1].end if out else 0)):
                entry = None
            if entry is not None and title_in_name(entry, words, folded, i, size, ents,
                                                   out[-1].end if out else -1):
                break  # no shorter title inside it either ("New York Attorney General")
            if entry is not None:
                start = i - 1 if i > 0 and folded[i - 1] == "the" else i
                found = Mention.of(entry, start, i + size)
                also = _compound_partners(entry, entries)
                if also:
                    found.extra["also"] = also
                break
        if found is None:
            i += 1
            continue
        if out and out[-1].end > found.start:  # "the" already inside the previous match
            found.start = out[-1].end
        out.append(found)
        i = found.end
    return out


def _compound_partners(entry: ActorEntry, entries: list[ActorEntry]) -> list[ActorEntry]:
    """Other codes of a compound actor: PETRARCH's "[BIL/FRO/SAM]" gives one entry per code
    with the same patterns; all of them are meant, not just the first."""
    if entry.start is not None or entry.end is not None or len(entries) < 2:
        return []
    return [e for e in entries if e is not entry and e.patterns == entry.patterns
            and e.kind == entry.kind and e.start is None and e.end is None
            and e.code != entry.code]


def _usable(entries: list[ActorEntry], words: Sequence[str], i: int, size: int, *,
            on: date | None, ents: Sequence[tuple[str, int, int] | None] | None
            ) -> ActorEntry | None:
    if not entries:
        return None
    entry = select_entry(entries, on)
    if entry is None:
        return None
    text = words[i]
    if (size == 1 and i > 0 and text.lower() in _AMERICA
            and words[i - 1].lower().rstrip("-") in _CONTINENT_PREFIXES):
        return None
    # "us", "who", "it": a lower-case function word is never a name, whatever a loaded
    # dictionary says (PETRARCH dictionaries are upper-case and cannot tell "US" from "us").
    if size == 1 and text.islower() and text in stop_words() and not entry.cased:
        return None
    if (ents is not None and entry.kind in ("country", "igo")
            and "adjective" not in entry.tags and "org" not in entry.tags):
        span = ents[i]
        if span is not None:
            label, s, e = span
            if s < i and words[s].lower() == "the":
                s += 1  # "the White House" as an entity is no wider than "White House"
            wider = s < i or e > i + size
            if wider and any(w.lower() in _COORDINATORS for w in words[s:e]):
                wider = False  # "Gondor and Arnor" tagged as one entity is a list, not a name
            blocked = (
                label in _BLOCKING_ENTS
                or (label == "ORG" and entry.via == "metonym")
                # "the South China Sea", "the Gulf of Mexico": a body of water is no country
                or any(w.lower() in _WATERS for w in words[s:e])
            )
            if label == "PERSON" and s == i and i > 0 and words[i - 1].lower() == "of":
                # "President of Turkey Erdogan": the model glued the country of a title
                # to the name after it; a person's name does not follow "of" in a list.
                blocked = False
            if wider and blocked:
                return None
    return entry


def match_words(words: Sequence[str], *, dictionary: ActorDictionary, on: date | None,
                ents: Sequence[tuple[str, int, int] | None] | None = None,
                loose: Sequence[bool] | None = None,
                pos: Sequence[str] | None = None) -> list[Mention]:
    """Scan and combine: the resolved mentions of a token sequence, in order. ``pos``
    (coarse part-of-speech tags, when parsed) lets a rule tell a noun from an adjective."""
    folded = [fold(w) for w in words]
    raw = scan(words, folded, dictionary=dictionary, on=on, ents=ents, loose=loose)
    return combine(raw, words=words, folded=folded, dictionary=dictionary, on=on, ents=ents,
                   pos=pos)


def _is_affiliation(m: Mention) -> bool:
    return m.kind not in ("person", "role", "description") and m.affiliation is not None


def _join(aff: Mention, role: Mention, start: int, end: int) -> Mention:
    """Affiliation + role noun: "Russian" + "troops" -> RUSMIL."""
    sector = role.sector
    if aff.sector and aff.sector != "GOV" and sector == "GOV":
        sector = aff.sector  # "Pentagon spokesman" stays military
    # NATO troops are still NATO: CAMEO IGO codes carry no sector suffix.
    if aff.kind == "group" and len(aff.code) > 3:
        # "Hamas fighters" are Hamas: a group's code already has its sector (a bare
        # non-state code, "NGM", takes the agent as an IGO code does)
        code = aff.code
    elif aff.country is None:
        # PETRARCH appends the agent to an organisation's code ("UN troops" IGOUNOMIL); an
        # organisation's officials are the organisation itself.
        suffix = sector if sector and sector != "GOV" and not aff.code.endswith(sector) else ""
        code = f"{aff.code}{suffix}"
    elif "prefix" in role.tags:  # PETRARCH prefix agents ("NGO~") put their code first
        code = f"{sector or ''}{aff.country}"
    elif aff.sector and aff.via != "metonym" and aff.code.startswith(aff.country):
        # A dictionary actor coded with a sector ("WEST_GERMAN [GMWGOV]") keeps it and
        # takes the agent after it, as PETRARCH appends agents (GMWGOV + ~WGO: GMWGOVWGO);
        # an agent already at the end of the code is not repeated.
        code = aff.code if sector is None or aff.code.endswith(sector) \
            else f"{aff.code}{sector}"
    else:
        # A plain or regional code ("RUS", "PSEGZA") takes the sector; a metonym ("Moscow",
        # RUSGOV) gives its country.
        base = aff.code if not aff.sector else aff.country
        code = f"{base}{sector or ''}"
    owner = aff.name.removesuffix(" government") if aff.via == "metonym" else aff.name
    # An organisation may say which of its offices a generic title means: "President of the
    # European Council" is the Council's president, not the Commission's.
    titles = tuple(dict.fromkeys(aff.titles + role.titles)) if aff.kind == "igo" \
        else role.titles
    # A region's office is not the country's: "Georgia's secretary of state" (the US state's)
    # is not the US Secretary of State, so no national office-holder is looked up for it.
    tags = role.tags | {"vague"} if "region" in aff.tags and role.titles else role.tags
    return Mention(start=start, end=end, name=f"{owner} {role.name}".strip(), code=code,
                   country=aff.country,
                   sector=aff.sector if aff.kind == "group" or not aff.country else sector,
                   kind="role", via="name", tags=tags, titles=titles,
                   affiliation=aff.affiliation, description="person" in role.tags,
                   extra={"role": role.name, "owner": aff})


def combine(raw: list[Mention], *, words: Sequence[str], folded: Sequence[str],
            dictionary: ActorDictionary, on: date | None,
            ents: Sequence[tuple[str, int, int] | None] | None,
            pos: Sequence[str] | None = None) -> list[Mention]:
    """Apply the combination rules to raw matches."""
    out: list[Mention] = []
    raw = read_states(drop_stances(raw, words, folded), words=words, folded=folded, ents=ents,
                      dictionary=dictionary)
    raw = drop_team_names(raw, folded)
    raw = _describe_with_country(merge_role_runs(qualify_domains(raw, words, folded, pos)))
    sharing: dict[int, list[Mention]] = {}  # role match -> earlier conjuncts sharing it
    k = 0
    while k < len(raw):
        m = raw[k]
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        # A country before one of its own institutions: "the US State Department" is the
        # State Department, "Russia's Kremlin" the Kremlin.
        # Another country's institution name after a country is a generic one: "Rwanda's
        # Senate" is Rwanda's even where a dictionary codes "Senate" as the US Senate.
        if (nxt is not None and m.kind == "country" and not m.sector and m.country
                and nxt.kind == "country" and nxt.sector and nxt.country
                and "place" not in nxt.tags and _bridged(folded, m.end, nxt.start)):
            if nxt.country != m.country:
                suffix = nxt.code[len(nxt.country):] if nxt.code.startswith(nxt.country) \
                    else nxt.sector
                nxt = replace(nxt, country=m.country, code=f"{m.country}{suffix}",
                              affiliation=m.country,
                              name=f"{m.name} {nxt.name}", via="name")
            nxt = replace(nxt, start=m.start)
            m = nxt
            k += 1
            nxt = raw[k + 1] if k + 1 < len(raw) else None
        # Coordinated affiliations share the role noun after the last one: "US and
        # British activists", "Russian and Chinese troops" are two actors each.
        shared = _shared_role(raw, k, words, folded)
        if shared is not None:
            m = _join(m, shared, m.start, m.end)
            sharing.setdefault(id(shared), []).append(m)
        # Affiliation + role, also through a possessive or a rank word: "Russia's foreign
        # minister", "US senior officials".
        elif (nxt is not None and _is_affiliation(m) and nxt.kind == "role"
                and (_bridged(folded, m.end, nxt.start, words)
                     or _deputy_gap(folded, m.end, nxt.start))):
            partners = sharing.pop(id(nxt), None)
            deputy = _deputy_gap(folded, m.end, nxt.start)
            if deputy:
                # "NATO Deputy Secretary General NAME", "the IAEA deputy director": the
                # body's official, but not the holder of the office the title names
                nxt = replace(nxt, name=f"deputy {nxt.name}", titles=(),
                              tags=nxt.tags | {"vague"})
            m = _join(m, nxt, m.start, nxt.end)
            if partners:
                m.extra["shared"] = partners
            k += 1
            nxt = raw[k + 1] if k + 1 < len(raw) else None
        # A leader's name + institution: "the Biden administration", "the Biden-Harris
        # Administration", "Putin's government" -> that country's government.
        if (nxt is not None and m.kind == "person" and m.country and nxt.kind == "role"
                and "org" in nxt.tags and _name_bridge(words, folded, m.end, nxt.start)):
            owner = Mention(start=m.start, end=m.end,
                            name=dictionary.country_names.get(m.country, m.country),
                            code=m.country, country=m.country, sector=None, kind="country",
                            affiliation=m.country)
            m = _join(owner, nxt, m.start, nxt.end)
            k += 1
            nxt = raw[k + 1] if k + 1 < len(raw) else None
        # Role + "of"/"from" + affiliation: "the foreign minister of Russia", "dissidents from
        # Egypt"; civilian roles also
        # take "in": "protesters in Belarus" (not troops: troops in a country are often
        # foreign ones).
        if (nxt is not None and m.kind == "role" and m.affiliation is None
                and _is_affiliation(nxt) and _of_bridge(words, folded, m.end, nxt.start)
                and ("counterpart" in m.tags or not (
                    m.start > 0
                    and folded[m.start - 1] in grammar_words("possessive_determiners")))):
            owner, used = _owner_after(raw, k + 1, folded)
            inner = raw[k + 2] if used == 2 and raw[k + 2].kind == "role" \
                and "org" in raw[k + 2].tags else None
            prep = folded[m.end]
            # "at"/"for" only bind to an institution: "the deputy chief of mission at the
            # U.S. embassy", "a spokesman for the Russian defence ministry"; "in" only
            # civilian roles (troops in a country are often foreign ones).
            if (prep in ("of", "from") or (prep == "in" and m.sector not in _ARMED)
                    or (prep in ("at", "for") and inner is not None)):
                if inner is not None:
                    # the institution's sector counts: officials of a defence ministry
                    owner = _join(owner, inner, owner.start, inner.end)
                elif prep == "in":
                    # "protesters in Brussels" are Belgium's: a seat after "in" is a place
                    owner = as_place(owner, dictionary=dictionary) or owner
                m = _join(owner, m, m.start, raw[k + used].end)
                if inner is not None:
                    # a ministry's spokesman is not the country's spokesperson on the date
                    m.tags = m.tags | {"vague"}
                k += used
                nxt = raw[k + 1] if k + 1 < len(raw) else None
        # A capitalised title before a name a dictionary codes with a bare country:
        # PETRARCH's agent + actor ("Bree President Romendacil", BRE + ~GOV -> BREGOV).
        if (nxt is not None and m.kind == "role" and m.sector and nxt.start == m.end
                and nxt.kind == "country" and not nxt.sector and nxt.country
                and not nxt.tags and nxt.via == "name"
                and (m.country is not None or words[m.end - 1][:1].isupper())
                and words[nxt.start][:1].isupper()):
            if "prefix" in m.tags:
                # a prefix agent names an organisation of the country ("MSF Arnor": NGOARN),
                # whose own agent may follow ("an MSF Arnor diplomat": NGOARNGOV)
                m = _join(nxt, m, m.start, nxt.end)
                after = raw[k + 2] if k + 2 < len(raw) else None
                if (after is not None and after.kind == "role" and after.start == m.end
                        and after.affiliation is None and after.sector):
                    m = replace(m, end=after.end, code=f"{m.code}{after.sector}",
                                sector=after.sector, tags=after.tags)
                    k += 1
            else:
                country = m.country or nxt.country
                m = Mention(start=m.start, end=nxt.end, name=nxt.name,
                            code=f"{country}{m.sector}", country=country, sector=m.sector,
                            kind="person", via="title", titles=m.titles, affiliation=country)
            k += 1
            nxt = raw[k + 1] if k + 1 < len(raw) else None
        if m.kind == "role" and "person" in m.tags:
            m = attach_name(m, nxt, words=words, ents=ents)
            if m.kind == "person" and nxt is not None and m.end == nxt.end:
                k += 1  # the named person absorbed the next match
            elif m.kind == "person" and m.country is None and m.via == "title":
                # "Vice President Harris": a surname the dictionary does not list alone (too
                # common) is the office-holder of that title with that surname on the date
                holder = dictionary.holder_named(m.titles, words[m.end - 1], on)
                if holder is not None:
                    m.take(Mention.of(holder, m.start, m.end), via="title")
            elif m.kind == "role" and m.affiliation and "vague" not in m.tags:
                holder = dictionary.holder(m.affiliation, m.titles, on)
                if holder is not None:
                    m.take(Mention.of(holder, m.start, m.end), via="title")
        if not ("owned" in m.tags and m.kind == "role" and m.affiliation is None):
            out.append(m)  # an "owned" noun acts only with its owner ("British intelligence")
        k += 1
    out = locate_places(out, folded, dictionary=dictionary)
    link_appositions(out, words=words, folded=folded, ents=ents)
    return out


def _describe_with_country(raw: list[Mention]) -> list[Mention]:
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


def _shared_role(raw: list[Mention], k: int, words: Sequence[str],
                 folded: Sequence[str]) -> Mention | None:
    """The role noun ``raw[k]`` shares with the affiliations coordinated after it, or None.

    Only adjectives, abbreviations and organisations distribute ("US and British
    activists"): a country noun does not modify ("Israel and Palestinian militants" are
    Israel and the militants)."""
    m = raw[k]
    if not _is_affiliation(m) or not ("adjective" in m.tags or m.kind == "igo"
                                      or words[m.end - 1].isupper()):
        return None
    j = k
    while j + 1 < len(raw) and _is_affiliation(raw[j + 1]):
        gap = folded[raw[j].end:raw[j + 1].start]
        if not gap or len(gap) > 2 or not all(w in _COORDINATORS for w in gap):
            break
        j += 1
    if j == k or j + 1 >= len(raw):
        return None
    role = raw[j + 1]
    if role.kind != "role" or role.affiliation is not None \
            or not _bridged(folded, raw[j].end, role.start):
        return None
    return role


def _of_bridge(words: Sequence[str], folded: Sequence[str], end: int, start: int) -> bool:
    """Between a role noun and its affiliation: the preposition, then at most three plain
    modifiers ("activists from junta-ruled Mali", "the governor of the southern Iraqi
    province"), never a name or a function word that opens another phrase."""
    gap = range(end + 1, start)
    if len(gap) > 3:
        return False
    return all(folded[i] in ("the", "a", "an", "-")
               or (words[i].isalpha() and words[i].islower() and folded[i] not in stop_words())
               for i in gap)


def _owner_after(raw: list[Mention], k: int, folded: Sequence[str]) -> tuple[Mention, int]:
    """The affiliation a preceding role noun belongs to, starting at ``raw[k]``, and how
    many matches it spans: "leaders of Lebanon's Hezbollah" belong to Hezbollah, "envoys
    from the Polish government" to the government of Poland."""
    aff = raw[k]
    after = raw[k + 1] if k + 1 < len(raw) else None
    if after is None:
        return aff, 1
    if after.kind == "role" and after.affiliation is None and _bridged(folded, aff.end,
                                                                       after.start):
        return aff, 2  # the role after it ("government") only says which part of the country
    if (_is_affiliation(after) and after.start == aff.end + 1
            and folded[aff.end] in _POSSESSIVE):
        return after, 2
    return aff, 1


def _bridged(folded: Sequence[str], end: int, start: int,
             words: Sequence[str] | None = None) -> bool:
    """Only a possessive or rank words between an affiliation and its role noun; with
    ``words``, also a possessive and plain lower-case modifiers ("Chile's new and
    popular minister", "Peru's first deputy prime minister")."""
    gap = folded[end:start]
    if len(gap) <= 2 and all(w in _POSSESSIVE or w in grammar_words("ranks") for w in gap):
        return True
    if words is None or not gap or gap[0] not in _POSSESSIVE or len(gap) > 5:
        return False
    rest = range(end + 1, start)
    return all(folded[i] in ("and", ",") and i not in (end + 1, start - 1)
               or (words[i].isalpha() and words[i].islower()
                   and folded[i] not in stop_words()) for i in rest)


def _deputy_gap(folded: Sequence[str], end: int, start: int) -> bool:
    """Between an affiliation and a title, a deputy's rank, possibly after a possessive:
    "NATO Deputy Secretary General", "the UN's deputy secretary-general", "IAEA deputy
    director" (``deputy_ranks``)."""
    gap = list(folded[end:start])
    if gap and gap[0] in _POSSESSIVE:
        gap = gap[1:]
    return 0 < len(gap) <= 2 and gap[0] in grammar_words("deputy_ranks") \
        and all(w in grammar_words("deputy_ranks") or w in grammar_words("ranks") for w in gap)


def _name_bridge(words: Sequence[str], folded: Sequence[str], end: int, start: int) -> bool:
    """Between a leader's name and an institution: nothing, a possessive, or a hyphenated
    running mate ("Biden-Harris")."""
    gap = words[end:start]
    if len(gap) > 2:
        return False
    return all(w in ("-", "'s", "'", "\u2019s") or w[:1].isupper() for w in gap)
