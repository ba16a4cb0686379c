"""The means of an act of force, named by its agent ("killed by a shell", "air strikes hit the
city", "injured in Russian shelling"): the CAMEO manual codes force by its means, whatever the
verb. Read by recoding.recode_by_agent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Actor

_PROJECTILES = frozenset(
    {"missile", "rocket", "shell", "shelling", "mortar", "artillery", "howitzer", "bombardment",
     "mlrs", "grad", "smerch", "uragan", "himars", "iskander", "kalibr"}
)  # fmt: skip
# Means of aerial force (CAMEO 195: "employ aerial weapons"): "air strikes hit the city"
_AERIAL = frozenset({"airstrike", "bombing", "bomber", "warplane", "jet", "drone", "aircraft",
                     "helicopter", "gunship", "plane"})  # fmt: skip
# The codes of the means, in order of precedence, with the rule suffix each one adds
_MEANS_RULES = (("194", "projectile"), ("195", "aerial"), ("193", "small-arms"),
                ("1831", "suicide"), ("176", "cyber"))  # fmt: skip
# Means of a cyber attack (CAMEO 176), alone or modifying an attack noun ("a DDoS attack")
_CYBER = frozenset({"cyberattack", "cyber-attack", "hack", "hacker", "malware", "ransomware",
                    "wiper", "cyber", "ddos", "hacking", "cyberweapon"})  # fmt: skip
_SMALL_ARMS = frozenset({"sniper", "gun", "machine-gun", "rifle", "small-arms", "automatic"})
# Attack nouns whose modifier names the means ("missile strikes", "an air raid")
_ATTACKS = frozenset({"strike", "attack", "raid", "barrage", "fire", "assault"})
# Groups a cyber modifier makes attackers by computer ("hacking groups", "a hacker gang")
_CREWS = frozenset({"group", "gang", "collective", "team", "crew", "unit"})
# Attacks by which people are wounded in war, not assaulted (a bare "fire" may be a blaze)
_WOUNDING_ATTACKS = frozenset({"strike", "attack", "raid", "assault", "offensive", "fighting"})


def by_means(code: str, heads: list[Token]) -> tuple[str, str] | None:
    """The code and rule suffix the agent heads give an act of force coded ``code``, or None.

    Missile, rocket or artillery fire is 194 ("killed by a shell", "blown up by a missile",
    "killed in missile strikes"); so are aircraft (195), small arms (193, not for a bombing),
    suicide bombers (1831) and cyber attacks (176). Wounding is no assault (182) when a weapon
    of war wounds ("injured in Russian shelling"), nor when an attack of war does ("civilians
    injured by Russian attacks": 190)."""
    means = {_means(h) for h in heads} - {None}
    for found, name in _MEANS_RULES:
        if found in means and code in ("182", "183", "190") and (found != "193" or code != "183"):
            return found, name
    if code == "182" and heads and all(h.lemma_.lower() in _WOUNDING_ATTACKS for h in heads):
        return "190", "attack"
    return None


def _means(head: Token) -> str | None:
    """The CAMEO code of the means a source head names: artillery and missile fire (194),
    aerial weapons (195, "air strikes hit the city", "a drone killed"), also as the modifier of
    a strike or attack ("missile strikes", "an air raid"; a bare "strike" is neither), small
    arms (193, "sniper fire", "gunfire"), a suicide bomber (1831: a person, no aircraft) or
    a cyber attack (176: "cyberattacks hit banks", "hackers crippled the site")."""
    lemma = head.lemma_.lower()
    mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
    if lemma in _PROJECTILES:
        return "194"
    if lemma == "gunfire" or (lemma == "fire" and mods & _SMALL_ARMS):
        return "193"
    if lemma in ("bomber", "bombing") and "suicide" in mods:
        return "1831"
    if lemma in _AERIAL and lemma != "strike":
        return "195"
    if lemma in _CYBER or (lemma in _ATTACKS | _CREWS and mods & _CYBER):
        # "Russian cyberattacks hit banks", "a DDoS attack took down the site", "hacking
        # groups targeted Ukraine"
        return "176"
    if lemma in _ATTACKS:
        if mods & _PROJECTILES:
            return "194"
        if "air" in mods or mods & _AERIAL:
            return "195"
    return None


def by_instrument(code: str, verb: Token, objects: Sequence[Token]) -> tuple[str, str] | None:
    """The code and rule suffix the instrument of an act of force gives it: "struck the village
    with Smerch rockets" (194), "attacked the town with drones" (195), also when the parser
    hangs the "with" phrase on the object's phrases ("struck a village in the region with
    Smerch rockets"); or an attack noun the pattern matched as its object names it ("came
    under MLRS fire")."""
    if code not in ("183", "190"):
        return None
    instruments = [o for o in objects if o.lemma_.lower() in _ATTACKS]
    if verb.lemma_.lower() in _AGAINST_WITH:
        return by_means(code, instruments) if instruments else None
    for p in verb.subtree:
        if p.dep_ == "prep" and p.lower_ == "with" and _phrase_of(p, verb):
            instruments.extend(o for o in p.children if o.dep_ == "pobj")
    return by_means(code, instruments) if instruments else None


# Verbs whose "with" names the other side ("clashed with Armenian artillery"), no instrument
_AGAINST_WITH = frozenset({"clash", "fight", "battle", "skirmish", "engage", "exchange", "spar"})


def _phrase_of(prep: Token, verb: Token) -> bool:
    """Whether ``prep`` hangs on ``verb`` through nouns and prepositions only."""
    head = prep.head
    while head.i != verb.i:
        if head.pos_ not in ("NOUN", "PROPN", "ADP") or head.head.i == head.i:
            return False
        head = head.head
    return True



def polity_destroyed(code: str, heads: Sequence[Token], targets: Sequence[Actor]) -> bool:
    """ "wants to destroy Ukraine", "destroyed Mariupol": a state or a town named as what is
    destroyed suffers force (190), not damage to property (1712, "destroyed homes in ...")."""
    return code == "1712" and bool(heads) and all(
        h.dep_ == "dobj" and h.pos_ == "PROPN" and not any(c.dep_ == "case" for c in h.children)
        and any(t.start is not None and t.end is not None and t.start <= h.idx < t.end
                for t in targets)
        for h in heads
    ) and bool(targets) and all(t.kind == "country" and not t.sector for t in targets)
