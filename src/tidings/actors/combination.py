"""The rules that combine adjacent dictionary matches into one actor: "Russian" + "troops" ->
RUSMIL; "Foreign Minister" + "Sergei Ryabkov" -> the person; "the President of Ukraine" -> the
office holder on the date. ``combine`` walks the raw matches of ``matching.scan`` left to right;
at each match the rules run in a fixed order, each leaving the actor or absorbing the next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from .bridges import COORDINATORS, POSSESSIVE, bridged, deputy_gap, name_bridge, of_bridge
from .dictionary import ActorDictionary
from .loader import grammar_words
from .mention import Mention
from .organs import read_own_organs
from .places import as_place, locate_places
from .states import read_states
from .surface import (
    describe_with_country,
    drop_party_namesakes,
    drop_stances,
    merge_role_runs,
    qualify_domains,
)
from .teams import drop_modifiers
from .titles import attach_name, link_appositions, person_named

# CAMEO's armed agents: troops in a country are often foreign ones, so "in" does not bind them
_ARMED = frozenset({"MIL", "REB", "SEP", "INS", "UAF", "IMG", "SPY"})
_LOCAL_ARMED = frozenset({"REB", "SEP", "INS", "UAF"})


@dataclass
class _Run:
    """One pass of the rules over a sentence's raw matches: the matches, the tokens they
    index, and, per role match, the earlier conjuncts that share it ("US and British
    activists": the US activists wait for "activists")."""

    raw: list[Mention]
    words: Sequence[str]
    folded: Sequence[str]
    dictionary: ActorDictionary
    on: date | None
    ents: Sequence[tuple[str, int, int] | None] | None
    sharing: dict[int, list[Mention]] = field(default_factory=dict)
    pos: Sequence[str] | None = None

    def after(self, k: int) -> Mention | None:
        """The match after ``raw[k]``, or None at the end."""
        return self.raw[k + 1] if k + 1 < len(self.raw) else None


def combine(raw: list[Mention], *, words: Sequence[str], folded: Sequence[str],
            dictionary: ActorDictionary, on: date | None,
            ents: Sequence[tuple[str, int, int] | None] | None,
            pos: Sequence[str] | None = None) -> list[Mention]:
    """Apply the combination rules to raw matches."""
    raw = _prepare(raw, words, folded, dictionary=dictionary, ents=ents, pos=pos)
    run = _Run(raw, words, folded, dictionary, on, ents, pos=pos)
    out: list[Mention] = []
    k = 0
    while k < len(raw):
        m, k = _combine_at(run, k)
        if not ("owned" in m.tags and m.kind == "role" and m.affiliation is None):
            out.append(m)  # an "owned" noun acts only with its owner ("British intelligence")
        k += 1
    out = locate_places(out, folded, dictionary=dictionary)
    link_appositions(out, words=words, folded=folded, ents=ents)
    return out


def _prepare(raw: list[Mention], words: Sequence[str], folded: Sequence[str], *,
             dictionary: ActorDictionary, ents: Sequence[tuple[str, int, int] | None] | None,
             pos: Sequence[str] | None) -> list[Mention]:
    """The rewrites of the raw matches before any two combine: stances, team names, state
    homonyms, own organs, domains, role runs, descriptions joined to the name before them."""
    raw = read_states(drop_stances(raw, words, folded), words=words, folded=folded, ents=ents,
                      dictionary=dictionary)
    raw = drop_party_namesakes(read_own_organs(drop_modifiers(raw, folded), words, folded,
                                               dictionary), folded)
    return describe_with_country(merge_role_runs(qualify_domains(raw, words, folded, pos)))


def _combine_at(run: _Run, k: int) -> tuple[Mention, int]:
    """The actor that starts at ``raw[k]``, and the index of the last match it absorbed. The
    order matters: an institution joins its country before the country's role is sought,
    and a title looks for its holder only once it knows its affiliation."""
    m = run.raw[k]
    m, k = _join_institution(run, m, k)
    m, k = _join_role(run, m, k)
    m, k = _join_leader_institution(run, m, k)
    m, k = _join_owner_after(run, m, k)
    m, k = _join_title_name(run, m, k)
    return _name_person(run, m, k)


def _join_institution(run: _Run, m: Mention, k: int) -> tuple[Mention, int]:
    """A country before one of its own institutions: "the US State Department" is the
    State Department, "Russia's Kremlin" the Kremlin.

    Another country's institution name after a country is a generic one: "Rwanda's
    Senate" is Rwanda's even where a dictionary codes "Senate" as the US Senate."""
    nxt = run.after(k)
    if not (nxt is not None and m.kind == "country" and not m.sector and m.country
            and nxt.kind == "country" and nxt.sector and nxt.country
            and "place" not in nxt.tags and bridged(run.folded, m.end, nxt.start)):
        return m, k
    if nxt.country != m.country:
        suffix = nxt.code[len(nxt.country):] if nxt.code.startswith(nxt.country) \
            else nxt.sector
        nxt = replace(nxt, country=m.country, code=f"{m.country}{suffix}",
                      affiliation=m.country, name=f"{m.name} {nxt.name}", via="name")
    return replace(nxt, start=m.start), k + 1


def _join_role(run: _Run, m: Mention, k: int) -> tuple[Mention, int]:
    """Coordinated affiliations share the role noun after the last one: "US and British
    activists", "Russian and Chinese troops" are two actors each; a single affiliation
    takes the role right after it (``_join_role_after``)."""
    shared = _shared_role(run.raw, k, run.words, run.folded)
    if shared is None:
        return _join_role_after(run, m, k)
    m = _join(m, shared, m.start, m.end)
    run.sharing.setdefault(id(shared), []).append(m)
    return m, k


def _join_role_after(run: _Run, m: Mention, k: int) -> tuple[Mention, int]:
    """Affiliation + role, also through a possessive or a rank word: "Russia's foreign
    minister", "US senior officials"; the role keeps the conjuncts that shared it."""
    nxt, folded = run.after(k), run.folded
    envoy = run.after(k + 1)
    if (m.kind == "country" and nxt is not None and nxt.kind == "igo" and envoy is not None
            and m.end == nxt.start and nxt.end == envoy.start and envoy.kind == "role"
            and any(w in _DIPLOMATS for w in folded[envoy.start:envoy.end])):
        # "the Russian UN ambassador", "Russian U.N. diplomats": the country's, at the body
        return _join(m, envoy, m.start, envoy.end), k + 2
    if not (nxt is not None and _is_affiliation(m) and nxt.kind == "role"
            and (bridged(folded, m.end, nxt.start, run.words, run.pos)
                 or deputy_gap(folded, m.end, nxt.start))):
        return m, k
    if m.kind == "country" and "adjective" not in m.tags and folded[nxt.end - 1][:5] in _INVADE:
        return m, k  # "Kherson occupiers", "(in) Ukraine invaders": of the land, not its own
    owned = m.start > 0 and folded[m.start - 1] in POSSESSIVE  # ("Russia's UN envoy")
    if m.kind == "igo" and any(w in _ENVOYS_TO or (owned and w in ("envoy", "envoys"))
                               for w in folded[nxt.start:nxt.end]):  # "the U.N. ambassador":
        return replace(nxt, start=m.start, tags=nxt.tags | {"envoy"}), k + 1  # whose: a possessor
    partners = run.sharing.pop(id(nxt), None)
    if deputy_gap(folded, m.end, nxt.start):
        # "NATO Deputy Secretary General NAME", "the IAEA deputy director": the body's
        # official, but not the holder of the office the title names
        nxt = replace(nxt, name=f"deputy {nxt.name}", titles=(), tags=nxt.tags | {"vague"})
    m = _join(m, nxt, m.start, nxt.end)
    if partners:
        m.extra["shared"] = partners
    return m, k + 1


# Role words naming a country's envoy to a body before them ("UN ambassador"); with a country
# adjective before the body, also its envoys and diplomats ("the Russian UN envoy")
_ENVOYS_TO = frozenset({"ambassador", "ambassadors", "representative", "representatives"})
_DIPLOMATS = _ENVOYS_TO | {"envoy", "envoys", "diplomat", "diplomats", "delegation", "mission"}
_INVADE = ("occup", "invad")  # (the stems of the occupiers and invaders of a land)


def _join_leader_institution(run: _Run, m: Mention, k: int) -> tuple[Mention, int]:
    """A leader's name + institution: "the Biden administration", "the Biden-Harris
    Administration", "Putin's government" -> that country's government; so is a role run
    the institution leads ("a Biden administration official")."""
    nxt = run.after(k)
    if not (nxt is not None and m.kind == "person" and m.country and nxt.kind == "role"
            and ("org" in nxt.tags or "institution_led" in nxt.tags)
            and name_bridge(run.words, run.folded, m.end, nxt.start)):
        return m, k
    owner = Mention(start=m.start, end=m.end,
                    name=run.dictionary.country_names.get(m.country, m.country),
                    code=m.country, country=m.country, sector=None, kind="country",
                    affiliation=m.country)
    joined = _join(owner, nxt, m.start, nxt.end)
    # "a Biden administration cyber official": the government's official
    owned, after = _join_role_after(run, replace(joined, kind="country"), k + 1)
    return (owned, after) if after != k + 1 else (joined, k + 1)


def _join_owner_after(run: _Run, m: Mention, k: int) -> tuple[Mention, int]:
    """Role + "of"/"from" + affiliation: "the foreign minister of Russia", "dissidents from
    Egypt"; "in", "at" and "for" bind only some roles (``_binds``)."""
    if not _takes_owner_after(run, m, k):
        return m, k
    owner, used = _owner_after(run.raw, k + 1, run.folded)
    inner = run.raw[k + 2] if used == 2 and run.raw[k + 2].kind == "role" \
        and "org" in run.raw[k + 2].tags else None
    prep = run.folded[m.end]
    if not _binds(prep, m, institution=inner is not None):
        return m, k
    if used == 2 and inner is None and m.name == "delegation" and run.raw[k + 2].sector:
        # "a delegation of Polish senators" is the senators, of their sector
        return _join(owner, run.raw[k + 2], m.start, run.raw[k + 2].end), k + used
    if inner is not None:
        # the institution's sector counts: officials of a defence ministry
        owner = _join(owner, inner, owner.start, inner.end)
    elif prep == "in" or "see" in m.tags:
        # "protesters in Brussels" are Belgium's: a seat after "in" is a place, as is a see
        # ("the Archbishop of Westminster" is no legislator)
        owner = as_place(owner, dictionary=run.dictionary, see=prep != "in") or owner
    m = _join(owner, m, m.start, run.raw[k + used].end)
    if inner is not None:
        # a ministry's spokesman is not the country's spokesperson on the date
        m.tags = m.tags | {"vague"}
    return m, k + used


def _takes_owner_after(run: _Run, m: Mention, k: int) -> bool:
    """Whether a role with no affiliation of its own may take the affiliation after it.
    After a possessive determiner the role is the possessor's ("its troops from Ukraine"),
    except a counterpart, whose country the phrase after it names ("his counterpart from
    Turkey"); victims and occupiers are not of the party after "of" (grammar ``harmed``)."""
    nxt, folded = run.after(k), run.folded
    return (nxt is not None and m.kind == "role" and m.affiliation is None
            and folded[m.end - 1] not in grammar_words("harmed")  # ("victims of Russia")
            and _is_affiliation(nxt) and of_bridge(run.words, folded, m.end, nxt.start)
            and not ("adjective" in nxt.tags and run.pos is not None and nxt.end < len(run.pos)
                     and run.pos[nxt.end] == "NOUN" and not (  # ("from Russian captivity")
                         k + 2 < len(run.raw) and run.raw[k + 2].start == nxt.end))
            and ("counterpart" in m.tags or not (
                m.start > 0
                and folded[m.start - 1] in grammar_words("possessive_determiners"))))


def _binds(prep: str, m: Mention, *, institution: bool) -> bool:
    """Whether ``prep`` binds the role ``m`` to the affiliation after it: "of" and "from"
    always; "at"/"for" only to an institution ("a spokesman for the Russian defence
    ministry"); "in" only civilian roles ("protesters in Belarus") and the insurgents of a
    place ("separatists in Donetsk"); troops or jihadist groups in a country are often
    foreign, and leaders of many countries only gather there (tag ``gathered``)."""
    local = m.sector not in _ARMED - _LOCAL_ARMED and "gathered" not in m.tags
    return (prep in ("of", "from") or (prep == "in" and local)
            or (prep in ("at", "for") and institution))


def _join_title_name(run: _Run, m: Mention, k: int) -> tuple[Mention, int]:
    """A capitalised title before a name a dictionary codes with a bare country:
    PETRARCH's agent + actor ("Bree President Romendacil", BRE + ~GOV -> BREGOV)."""
    nxt = run.after(k)
    if not (nxt is not None and m.kind == "role" and m.sector and nxt.start == m.end
            and nxt.kind == "country" and not nxt.sector and nxt.country
            and not nxt.tags and nxt.via == "name"
            and ((m.country is not None and "plural" not in m.tags)  # ("Ukraine forces Russia")
                 or run.words[m.end - 1][:1].isupper())
            and person_named(run.words, nxt)):
        return m, k
    if "prefix" in m.tags:
        return _join_prefix_organisation(run, m, nxt, k)
    country = m.country or nxt.country
    m = Mention(start=m.start, end=nxt.end, name=nxt.name,
                code=f"{country}{m.sector}", country=country, sector=m.sector,
                kind="person", via="title", titles=m.titles, affiliation=country)
    return m, k + 1


def _join_prefix_organisation(run: _Run, m: Mention, nxt: Mention,
                              k: int) -> tuple[Mention, int]:
    """A prefix agent names an organisation of the country ("MSF Arnor": NGOARN), whose own
    agent may follow ("an MSF Arnor diplomat": NGOARNGOV)."""
    m = _join(nxt, m, m.start, nxt.end)
    after = run.raw[k + 2] if k + 2 < len(run.raw) else None
    if (after is not None and after.kind == "role" and after.start == m.end
            and after.affiliation is None and after.sector):
        m = replace(m, end=after.end, code=f"{m.code}{after.sector}",
                    sector=after.sector, tags=after.tags)
        k += 1
    return m, k + 1


def _name_person(run: _Run, m: Mention, k: int) -> tuple[Mention, int]:
    """A person's title takes the name after it ("Foreign Minister" + "Sergei Ryabkov");
    without one, the holder of the office on the date (``_take_holder``)."""
    if not (m.kind == "role" and "person" in m.tags):
        return m, k
    nxt = run.after(k)
    m = attach_name(m, nxt, words=run.words, ents=run.ents)
    if m.kind == "person" and nxt is not None and m.end == nxt.end:
        return m, k + 1  # the named person absorbed the next match
    _take_holder(run, m)
    return m, k


def _take_holder(run: _Run, m: Mention) -> None:
    """Resolve a title in place to the person holding it on the date, if the dictionary
    knows one: by the surname after it, or by the title's affiliation."""
    if m.kind == "person" and m.country is None and m.via == "title":
        # "Vice President Harris": a surname the dictionary does not list alone (too
        # common) is the office-holder of that title with that surname on the date
        holder = run.dictionary.holder_named(m.titles, run.words[m.end - 1], run.on)
    elif m.kind == "role" and m.affiliation and "vague" not in m.tags:
        holder = run.dictionary.holder(m.affiliation, m.titles, run.on)
    else:
        return
    if holder is not None:
        m.take(Mention.of(holder, m.start, m.end), via="title")


def _is_affiliation(m: Mention) -> bool:
    """Whether ``m`` can own a role: a country, organisation or group, not a person or role."""
    return m.kind not in ("person", "role", "description") and m.affiliation is not None


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
        if not gap or len(gap) > 2 or not all(w in COORDINATORS for w in gap):
            break
        j += 1
    if j == k or j + 1 >= len(raw):
        return None
    role = raw[j + 1]
    if role.kind != "role" or role.affiliation is not None \
            or not bridged(folded, raw[j].end, role.start):
        return None
    return role


def _join(aff: Mention, role: Mention, start: int, end: int) -> Mention:
    """Affiliation + role noun: "Russian" + "troops" -> RUSMIL."""
    sector = role.sector
    if aff.sector and aff.sector != "GOV" and sector == "GOV":
        sector = aff.sector  # "Pentagon spokesman" stays military
    # A party's leaders and officials (GOV nouns) are the party; its people of another sector
    # are that sector of its country ("Tory MPs" in government GBRLEG, as "British MPs"),
    # save an opposition party's legislators (Phoenix OPPOSITION_MP/SENATOR ~OPP).
    member = ("party" in aff.tags and bool(aff.country) and sector not in (None, "GOV", "OPP")
              and not (sector == "LEG" and aff.sector == "OPP"))
    # NATO troops are still NATO: CAMEO IGO codes carry no sector suffix.
    if member:
        code = f"{aff.country}{sector}"
    elif aff.kind == "group" and len(aff.code) > 3:
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
    # Nor is a firm's or a group's: "the Gazprom chief" is no Russian head of state.
    national = aff.kind != "group" and "region" not in aff.tags
    tags = role.tags | {"vague"} if not national and role.titles else role.tags
    return Mention(start=start, end=end, name=f"{owner} {role.name}".strip(), code=code,
                   country=aff.country,
                   sector=sector if member or (aff.kind != "group" and aff.country) else aff.sector,
                   kind="role", via="name", tags=tags, titles=titles,
                   affiliation=aff.affiliation, description="person" in role.tags,
                   extra={"role": role.name, "owner": aff})


def _owner_after(raw: list[Mention], k: int, folded: Sequence[str]) -> tuple[Mention, int]:
    """The affiliation a preceding role noun belongs to, starting at ``raw[k]``, and how
    many matches it spans: "leaders of Lebanon's Hezbollah" belong to Hezbollah, "envoys
    from the Polish government" to the government of Poland."""
    aff, after = raw[k], (raw[k + 1] if k + 1 < len(raw) else None)
    if after is None:
        return aff, 1
    if after.kind == "role" and after.affiliation is None and bridged(folded, aff.end, after.start):
        return aff, 2  # the role after it ("government") only says which part of the country
    if (_is_affiliation(after) and after.start == aff.end + 1
            and folded[aff.end] in POSSESSIVE):
        return after, 2
    return aff, 1
