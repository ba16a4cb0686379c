"""House titles: in a head of state's or government's own releases, "the President" is theirs.

White House readouts and briefings say "the President" for the US president, the Kremlin's
transcripts for the Russian one, the Office of the President of Ukraine for Zelenskyy, even
in a paragraph about another president ("the President spoke with President Putin ... the
President stressed"). Salience-based coreference gets such texts wrong whenever the other
president was named last, so a bare title (no country, no name) in a text from such a site
resolves to the site's country's holder of that office on the day. The site's country comes
from ``tidings.outlets.house_country``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .dictionary import ActorDictionary
from .mention import Mention
from .organs import owned_by

# Words before a title that make it another office: "Deputy National Security Advisor" is not
# the National Security Advisor
_UNDER = frozenset({"deputy", "assistant", "under", "associate", "vice"})


def resolve_house_titles(
    mentions: Sequence[Mention], *, dictionary: ActorDictionary, house: str, on: date | None,
    folded: Sequence[str] = (),
) -> None:
    """Resolve, in place, each bare person title to ``house``'s holder of the office on ``on``
    (nothing without a date or a holder). A title after "Deputy" or "Assistant" (``folded``:
    the lower-cased words) is another office, held by someone of the house's government."""
    for m in mentions:
        if m.country is None and 0 < m.start < len(folded) and folded[m.start - 1] in _UNDER:
            of = m.end < len(folded) and folded[m.end] == "of"  # "... Minister of Canada"
            if m.sector and (m.kind == "person" or "person" in m.tags) and not of:
                m.code, m.country, m.affiliation = f"{house}{m.sector}", house, house
            continue
        if (
            m.kind != "role"
            or "person" not in m.tags
            or "plural" in m.tags
            or "vague" in m.tags
            or m.affiliation is not None
            or not m.titles
        ):
            continue
        holder = dictionary.holder(house, m.titles, on)
        if holder is not None:
            m.take(Mention.of(holder, m.start, m.end), via="title")
            m.description = False


def resolve_house_possessives(
    mentions: Sequence[Mention], *, folded: Sequence[str], house: str, name: str
) -> None:
    """Resolve, in place, each countryless sector after "our" to ``house``'s: in a head of
    state's own release "our military", "our medics" and "our people" are that country's
    (UKRMIL, UKRHLH, UKRPPL), as "the President" is its president. ``name``: the country's
    name, for the record."""
    ends = {m.end: m for m in mentions if m.kind == "role"}
    for m in mentions:
        if (
            m.kind == "role"
            and m.sector
            and m.country is None
            and m.code.startswith("---")
            and _ours(m.start, folded, ends)
        ):
            m.code = f"{house}{m.sector}"
            m.country = house
            m.affiliation = house
            m.name = f"{name} {m.name}"


# The chambers a house's country calls by a bare name ("I urge the Senate to confirm him" in
# a White House release). Facts of record; other countries' bare chambers stay unknown.
_OWN_CHAMBERS = {"USA": frozenset({"congress", "senate"})}


def resolve_house_chambers(mentions: Sequence[Mention], *, folded: Sequence[str],
                           house: str, name: str) -> None:
    """Resolve, in place, a countryless legislature named by a bare chamber name that the
    house's country has (``_OWN_CHAMBERS``): in a White House release "Congress" and "the
    Senate" are the US Congress (USALEG), as "our military" is the house's."""
    chambers = _OWN_CHAMBERS.get(house, frozenset())
    for m in mentions:
        words = [w for w in folded[m.start:m.end] if w != "the"]
        if (m.kind == "role" and m.sector == "LEG" and m.country is None and len(words) == 1
                and words[0] in chambers):
            m.code, m.country, m.affiliation = f"{house}LEG", house, house
            m.name = f"{name} {m.name}"


def _ours(start: int, folded: Sequence[str], ends: dict[int, Mention]) -> bool:
    """Whether "our" governs the role starting at ``start``, directly or as the head of the
    list it ends ("our rescuers, firefighters and medics"); a list item is a role mention or
    a single word, and the walk stops after a dozen words."""
    i = start
    while i > 0 and start - i < 12:
        if folded[i - 1] == "our":
            return True
        j = i
        while j > 0 and folded[j - 1] in (",", "and"):
            j -= 1
        if j == i or j == 0:
            return False  # no list separator before the item
        if j in ends:
            i = ends[j].start
        elif folded[j - 1].isalpha():
            i = j - 1
        else:
            return False
    return False


# Nouns of a country's state or land that "our" makes the house's ("our state", "our peaceful
# cities", "the sovereignty of our country")
_OUR_LAND = frozenset(
    {"country", "state", "nation", "land", "lands", "territory", "territories", "homeland",
     "motherland", "soil", "city", "cities", "town", "towns", "village", "villages",
     "region", "regions", "capital", "border", "borders", "infrastructure"}
)  # fmt: skip


def house_places(
    mentions: Sequence[Mention], *, folded: Sequence[str], house: str, name: str
) -> list[Mention]:
    """The mentions, with "our" + a noun of the land (``_OUR_LAND``, after at most two
    modifiers) added as a mention of ``house`` itself: in a head of state's own release,
    "Russia is shelling our cities" is aimed at that country, as "our military" is its army
    (``resolve_house_possessives``)."""
    # a description ("country", "nation") after "our" is the house, not a country named before
    described = {m.start: m for m in mentions if m.kind == "description" and m.end == m.start + 1}
    out = list(mentions)
    taken = {i for m in out for i in range(m.start, m.end)}
    for i, word in enumerate(folded):
        if word != "our" or i in taken:
            continue
        for j in range(i + 1, min(i + 4, len(folded))):
            if (j in taken and j not in described) or not folded[j].isalpha():
                break
            if folded[j] in _OUR_LAND:
                if j in described:
                    out.remove(described[j])
                out.append(Mention(start=i, end=j + 1, name=name, code=house, country=house,
                                   sector=None, kind="country", via="house"))
                break
    return sorted(out, key=lambda m: m.start)


# States with a body that bears a UN organ's bare name: in Russia's own releases "the
# Security Council" (Sovet Bezopasnosti) is Russia's. Facts of record.
_OWN_COUNCILS = frozenset({"RUS", "BLR", "KAZ", "ARM", "KGZ", "TJK"})
_UN_WORDS = frozenset({"un", "u.n.", "u.n", "united", "nations"})


def resolve_house_bodies(
    mentions: list[Mention], *, words: Sequence[str], folded: Sequence[str], house: str,
    dictionary: ActorDictionary,
) -> list[Mention]:
    """The mentions, with a UN organ named bare ("met the Security Council's members") in the
    releases of a state with its own body of that name (``_OWN_COUNCILS``) read as that body
    (``organs.owned_by``): part of the house's government, not the UN. "UN" before it or "of
    the United Nations" after it keeps the UN's."""
    if house not in _OWN_COUNCILS:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        un = _UN_WORDS & set(folded[max(0, m.start - 2):m.start]) or _UN_WORDS & set(
            folded[m.end:m.end + 4])
        own = None if un else owned_by(m, house, words, folded, dictionary)
        out.append(own or m)
    return out
