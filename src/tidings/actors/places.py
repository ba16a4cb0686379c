"""Place names read as places: after a locative preposition ("a protest in Beijing") or with
their country after a comma ("Brussels, Belgium"), a capital, region or organisation's seat
stands for where something happens, not for who acts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .dictionary import ActorDictionary
from .loader import grammar_words
from .mention import Mention


def _locative(folded: Sequence[str], start: int) -> bool:
    """Whether the words before ``start`` make a place of what follows: "in", "near", or
    a direction with "of" ("southwest of Baghdad", "the outskirts of Kyiv")."""
    before = folded[start - 1]
    if before in grammar_words("locative"):
        return True
    return before == "of" and start >= 2 and folded[start - 2] in grammar_words("directions")


def locate_places(found: list[Mention], folded: Sequence[str], *,
                   dictionary: ActorDictionary) -> list[Mention]:
    """Place names after a locative preposition say where, not who acts: "a protest in
    Beijing", "exercises in Alaska". They code to their country (Phoenix codes BEIJING and
    ZURICH as the country, and PETRARCH's gold sets take such a place as the event target),
    never to the government a capital stands for as a subject ("Beijing said"), and carry
    ``via="place"`` so a consumer can tell a location from a participant. Regions with their
    own CAMEO code ("in Gaza", PSEGZA) and institutions ("at the Kremlin") keep their code.

    Decided against: dropping non-capital places as actors. On petrarch_gsr78 that lost
    the targets of "exercises in Alaska"-type sentences; whether a location is a target is
    the event coder's call, made with ``via``."""
    out = []
    for i, m in enumerate(found):
        if ((m.start > 0 and _locative(folded, m.start)) or _placed_in_country(found, i, folded)
                or _struck_place(m, folded)):
            m = as_place(m, dictionary=dictionary) or m
        out.append(m)
    return out


# Nouns of violence that make a capital before them the place it happened: "the Kabul
# bombing", "the Paris attacks"; with "on"/"against" after them the capital is the attacker
_VIOLENT_NOUNS = frozenset(
    {"bombing", "bombings", "explosion", "explosions", "shootings", "massacre", "siege",
     "stabbing", "stabbings", "killings", "massacres", "atrocities", "atrocity",
     "riots", "unrest", "demonstrations", "violence", "hostage", "hostages", "airport"}
)  # fmt: skip
# nouns that are also verbs ("Moscow attacks Kyiv"): a place only after a determiner
_VIOLENCE = frozenset(
    {"attack", "attacks", "blast", "blasts", "shooting", "shelling", "protest", "protests",
     "rally", "clashes", "strike", "strikes", "raid", "raids"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "last", "latest", "recent"})


def _struck_place(m: Mention, folded: Sequence[str]) -> bool:
    """A capital, city or region named before a noun of violence as where it happened ("the
    Moscow bombing", "the Bucha massacre"; not a region with a code of its own, "Gaza")."""
    e = m.end
    town = m.via == "metonym" or ("region" in m.tags and m.code == m.country)
    if not (town and m.kind == "country" and e < len(folded)):
        return False
    if folded[e] in _VIOLENT_NOUNS:
        return True
    # "Moscow attacks Kyiv", "Moscow protests sanctions": after a determiner only a noun
    return (folded[e] in _VIOLENCE and (folded[m.start] in _DETERMINERS or (
        m.start > 0 and folded[m.start - 1] in _DETERMINERS))
        and not (e + 1 < len(folded) and folded[e + 1] in ("on", "against")))


def _placed_in_country(found: list[Mention], i: int, folded: Sequence[str]) -> bool:
    """ "Brussels, Belgium", "Kyiv, Ukraine": a city with its own country after a comma is
    named as a place, whatever it may stand for alone."""
    m = found[i]
    nxt = found[i + 1] if i + 1 < len(found) else None
    if nxt is None or m.end >= len(folded) or folded[m.end] != "," or nxt.start != m.end + 1:
        return False
    return nxt.kind == "country" and nxt.code == nxt.country and nxt.code in (m.seat, m.country)


def as_place(m: Mention, *, dictionary: ActorDictionary, see: bool = False) -> Mention | None:
    """The country a place name stands for as a location, or None when ``m`` is no place
    whose reading changes there: a capital or region ("Moscow": Russia, not RUSGOV) or an
    organisation's seat ("Brussels": Belgium, not the EU). With ``see``, the name is a
    cleric's see, always a place: "Westminster" in "the Archbishop of Westminster"."""
    if m.kind == "igo" and m.seat:
        country = m.seat
    elif m.country and m.kind != "igo" and (see or (
            m.kind == "country" and "org" not in m.tags
            and (m.via == "metonym" or ("region" in m.tags and m.code == m.country)))):
        country = m.country
    else:
        return None
    return replace(m, code=country, country=country, sector=None, kind="country",
                   via="place", affiliation=country, seat=None,
                   name=dictionary.country_names.get(country, country),
                   tags=m.tags | {"place"})
