"""The unnamed other side of a war: "the enemy", "the occupiers", "the invaders".

War reporting names one side and calls the other by what it is to the writer: "Ukrainian air
defence destroyed an enemy rocket", "the occupiers shelled the town". Coded sentence by
sentence, such an event has one side only. Within one article, force between two countries
(CAMEO 18-20, either direction, any modality) makes each the other's adversary; an event of
force with one side named and the other only through an enemy word (``_ENEMY``) in its clause
takes the named side's adversary, with ``via="adversary"`` and the offsets of the enemy word.
Coercion (CAMEO 17) is filled the same way but, save seizing or destroying property (171),
makes no adversaries: an expulsion or an arrest between two states is no war between them.
A state's forces fighting on their own country's ground in its war ("Ukrainian forces
launched a counteroffensive in Kyiv region") fight that adversary there, not their country.

Nothing is guessed where the article names no force between two countries, where a country
has more than one adversary there ("Russia and Ukraine ... Azerbaijan and Armenia"), or where
the other side is named already (a countryless sector keeps its sector: "enemy troops" of
Russia are RUSMIL). An article that names no such pair, as a single war headline does ("the
occupiers shelled Kharkiv"), falls back on the interstate wars under way on its date
(``WARS``), for the countries that had exactly one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..model import Actor
from .derived import Coded
from .places import country_actor
from .sectors import ATTACK_NOUNS, bare_war_noun, enemy_named
from .sectors import ENEMY as _ENEMY
from .suppositions import definite

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots of coercion and force, whose unnamed side an enemy word may stand for; only force
# (18-20) and seizing or destroying property (171) make two states adversaries: the rest of
# coercion (17) is also an arrest, an expulsion or a state "forcing" another's hand ("the
# invasion forced Germany to rethink")
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
_WAR_ROOTS = _FORCE_ROOTS - {"17"}


def _warlike(code: str) -> bool:
    return code[:2] in _WAR_ROOTS or code.startswith("171")


# Interstate wars with open fighting between the two states' forces: (side, side, first day,
# last day or None while it goes on). Facts of record; a war absent here is guessed nowhere.
WARS: tuple[tuple[str, str, date, date | None], ...] = (
    ("RUS", "GEO", date(2008, 8, 7), date(2008, 8, 16)),
    ("ARM", "AZE", date(2020, 9, 27), date(2020, 11, 10)),
    ("RUS", "UKR", date(2022, 2, 24), None),
)


def wars_on(day: date | None) -> dict[str, Actor]:
    """Each country's single adversary among the wars under way on ``day`` (``WARS``)."""
    if day is None:
        return {}
    found: dict[str, set[str]] = {}
    for a, b, start, end in WARS:
        if start <= day and (end is None or day <= end):
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
    return {a: country_actor(next(iter(bs))) for a, bs in found.items() if len(bs) == 1}


def adversaries(coded: Iterable[Coded]) -> dict[str, Actor]:
    """Each country's single adversary in the article's events of force, as the actor that
    names it (a country, or a country's sector when no event names the country alone)."""
    pairs: set[tuple[str, str]] = set()
    names: dict[str, Actor] = {}
    for c in coded:
        if not _warlike(c.code) or c.target is None:
            continue
        a, b = c.source.country, c.target.country
        if not a or not b or a == b:
            continue
        pairs |= {(a, b), (b, a)}
        for side in (c.source, c.target):
            if side.country and (side.country not in names or side.code == side.country):
                names[side.country] = side
    found: dict[str, set[str]] = {}
    for a, b in pairs:
        found.setdefault(a, set()).add(b)
    return {a: names[next(iter(bs))] for a, bs in found.items() if len(bs) == 1}


def fill_adversary(c: Coded, against: dict[str, Actor], *, aimless: bool = True) -> Coded:
    """``c`` with its missing side filled by the named side's adversary, when an enemy word
    in the clause stands for it (module doc); else ``c`` unchanged. ``aimless``: force with
    no target at all takes the adversary too (the caller allows it when the article names the
    war's sides, or is a single headline: a longer text may be about another war)."""
    posture = c.code[:2] == "15" or c.code.startswith("087")
    if not against or (c.code[:2] not in _FORCE_ROOTS and not (
            posture and c.target is not None and c.target.code == c.target.country)):
        # (also the enemy's force posture and retreat on a land: "occupiers build up troops
        # near Melitopol", "the occupiers withdrew from Kherson")
        return c
    if _home_ground(c) and c.source.country in against:
        # "Ukrainian forces launched a counteroffensive in Kyiv region": a state's forces
        # fighting on their own country's ground in its war fight the adversary there
        return replace(c, target=_adversary(against[c.source.country], c.trigger[0], None))
    if _unnamed(c.target) and c.source.country in against:
        # ("Russia's invasion": the noun itself implies its victim)
        word = _enemy_word(c, outside=c.source) or next(
            (t for t in c.trigger if c.target is None and bare_war_noun(t)), None
        ) or (_aimless_force(c) if aimless else None) or _force_on_troops(c)
        if word is not None:
            sector = c.target.sector if c.target is not None else None
            return replace(c, target=_adversary(against[c.source.country], word, sector))
    if _unnamed(c.source) and c.target is not None and c.target.country in against:
        # (an enemy word inside what was hit names the side hit: "shot down enemy drones")
        word = _enemy_word(c, outside=c.target, skip_objects=True) or _named_enemy(c, c.source)
        if word is not None:
            return replace(c, source=_adversary(against[c.target.country], word, c.source.sector))
        hit = _enemy_word(c, outside=c.target)
        if hit is not None and c.target.code == c.target.country and not _in_object(c):
            # "air defence shot down enemy drones over Poltava": the enemy's, hit over a place
            # of the side that hit them
            # (and forces of no country that hit them over it are that side's)
            source = _forces_of(c.source, c.target.country) if (
                c.source.code == "---MIL") else c.source
            return replace(c, source=source,
                           target=_adversary(against[c.target.country], hit, "MIL"))
        if _force_on_troops(c, by_troops=True) is not None and _in_object(c):
            # "Air defence units down two Russian drones": forces of no country at war with it
            foe = against[c.target.country]
            return replace(c, source=_forces_of(c.source, foe.country or foe.code[:3]))
    return c


def war_under_way(c: Coded, wars: dict[str, Actor]) -> Coded:
    """``c`` asserted when it is a definite noun of a war (``_KNOWN_WARS``) between two
    states at war on its day (``wars_on``) that its clause only supposes or puts ahead: "must
    pay the price for its war against Ukraine", "so that it can resist Russian aggression".
    The clause may suppose the war's end or its effects; the war itself is a known fact. (Not
    an offensive, which may be the next one: "girds for a Russian offensive in the east".)"""
    noun, t, s = c.anchor, c.target, c.source
    # (headline style names the war by its agent alone: "Azerbaijani aggression")
    named = definite(noun) or any(k.dep_ in ("amod", "compound", "poss") and s.start is not None
                                  and s.start <= k.idx < (s.end or 0) for k in noun.children)
    if (c.modality not in ("conditional", "future") or noun.pos_ != "NOUN" or t is None
            or noun.lemma_.lower() not in _KNOWN_WARS or not named):
        return c
    foe = wars.get(c.source.country or "")
    return replace(c, modality="asserted") if foe is not None and foe.country == t.country else c


_KNOWN_WARS = frozenset({"war", "invasion", "aggression", "occupation"})


def told_by_its_verb(c: Coded, coded: list[Coded]) -> bool:
    """Whether ``c`` is an untargeted attack noun (``ATTACK_NOUNS``) that is the subject of
    another coded act of force by the same source ("an attack by Russian troops destroyed a
    school"): the verb's event tells what the attack did, and the noun is no second act
    against the adversary."""
    noun = c.trigger[0]
    attack = noun.dep_ == "nsubj" and noun.lemma_.lower() in ATTACK_NOUNS
    return c.target is None and attack and any(
        d is not c and d.source.code == c.source.code and noun.head in d.trigger
        and d.code[:2] in _FORCE_ROOTS for d in coded
    )


def _in_object(c: Coded) -> bool:
    """Whether ``c``'s target is named inside its trigger's direct object ("destroyed the
    headquarters of the Russians"), not where the act took place ("over Poltava", also when
    the parser hangs the place on the object: "shot down drones over Poltava")."""
    t, verb = c.target, c.trigger[0]
    if t is None or t.start is None:
        return False
    span = verb.doc.char_span(t.start, t.end or t.start + 1, alignment_mode="expand")
    tok = span.root if span is not None else None
    while tok is not None and tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE:
            return False
        if tok.dep_ == "dobj" and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


_LOCATIVE = frozenset({"over", "in", "near", "at", "above", "around", "outside", "across"})


def _home_ground(c: Coded) -> bool:
    """Whether ``c`` is force (18-20) by a state or its armed forces aimed at that state's
    own country or a place in it, named by the place alone."""
    t = c.target
    return (c.code[:2] in _WAR_ROOTS and t is not None and c.source.sector in (None, "MIL")
            and bool(c.source.country) and t.code == t.country == c.source.country)


def _aimless_force(c: Coded) -> Token | None:
    """ "villagers took cover as Azerbaijan attacked": force (19, 20) by a state, its leaders or
    armed forces with no target at all is aimed at its adversary in the war; the pronoun it is
    aimed at ("opened fire on her"), else its trigger verb, stands for that side. None for
    other events (police, protesters, a noun)."""
    verb = c.trigger[0]
    if (c.target is not None or c.code[:2] not in ("19", "20") or verb.pos_ != "VERB"
            or c.source.sector not in (None, "MIL", "GOV", "GOVMIL")):
        return None
    return next((o for t in c.trigger for o in t.children
                 if o.dep_ in ("dobj", "pobj") and o.tag_ == "PRP"), verb)


def _force_on_troops(c: Coded, *, by_troops: bool = False) -> Token | None:
    """ "Armenian artillery shelled soldiers in trenches": force (19, 20) by a state or its
    forces on armed forces of no country is on its adversary's forces; the trigger verb
    stands for them. None for other events. ``by_troops``: the mirror case, force by armed
    forces of no country on a state's forces ("units down Russian drones"; not on a place:
    "destroyed drones heading towards Zaporizhzhia")."""
    verb = c.trigger[0]
    known, unknown = (c.target, c.source) if by_troops else (c.source, c.target)
    if (known is None or unknown is None or unknown.code != "---MIL"
            or c.code[:2] not in ("19", "20") or verb.pos_ != "VERB"
            or known.sector not in (("MIL",) if by_troops else (None, "MIL"))):
        return None
    return verb


def _forces_of(forces: Actor, country: str) -> Actor:
    """Armed forces of no country (``---MIL``) as the forces of ``country``, their mention
    kept ("Air defence units" of Ukraine)."""
    name = f"{country_actor(country).name} MIL"
    return replace(forces, code=f"{country}MIL", country=country, name=name, via="adversary")


def _unnamed(side: Actor | None) -> bool:
    """Whether an event side is missing or a bare sector ("---MIL"); an organisation such as
    NATO has no country but is named."""
    return side is None or side.code.startswith("---") or not side.code


def _enemy_word(c: Coded, *, outside: Actor, skip_objects: bool = False) -> Token | None:
    """An enemy word in the clause of ``c``'s trigger, outside the named side's mention (and
    with ``skip_objects``, outside the trigger's direct object)."""
    head = c.trigger[0]
    objects = {t.i for o in head.children if o.dep_ == "dobj" for t in o.subtree} \
        if skip_objects else set()
    for tok in head.subtree:
        if tok.i in objects:
            continue
        inside = outside.start is not None and outside.end is not None and (
            outside.start <= tok.idx < outside.end
        )
        if tok.lemma_.lower() in _ENEMY and not inside:
            return tok
    return None


def _named_enemy(c: Coded, side: Actor) -> Token | None:
    """The enemy word that names ``side`` itself ("Invaders shelling the port": the parser
    may leave the subject outside the trigger's clause), or None."""
    # ("the weakness of the enemy: they cannot defeat Ukraine": a pronoun for the enemy)
    told = side.via == "coref" and side.country is None and side.name.split()[:1] == ["enemy"]
    if not (enemy_named(side) or told) or side.start is None or side.end is None:
        return None
    span = c.trigger[0].doc.char_span(side.start, side.end, alignment_mode="expand")
    return span[-1] if span is not None and (told or span[-1].lemma_.lower() in _ENEMY) else None


def _adversary(named: Actor, word: Token, sector: str | None) -> Actor:
    """The adversary as the side the enemy word stands for, keeping that side's sector. When
    no word names it (force with no target: the word is the trigger verb), the actor has the
    adversary's name for its text and no offsets: nothing in the text is its mention."""
    country = named.country or named.code[:3]
    code = f"{country}{sector}" if sector else country
    name = named.name if named.code == country else country_actor(country).name
    full = f"{name} {sector}" if sector else name
    if word.pos_ in ("VERB", "AUX"):
        return Actor(text=name, name=full, code=code, country=country, sector=sector,
                     kind="role" if sector else "country", via="adversary")
    return Actor(text=word.text, name=full, code=code,
                 country=country, sector=sector, kind="role" if sector else "country",
                 start=word.idx, end=word.idx + len(word.text), via="adversary")
