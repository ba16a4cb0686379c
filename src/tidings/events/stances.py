"""Stances on acts: a stance taken on an act or a coercive measure ("condemned the attack on
Ukraine", "supported the sanctions imposed by the EU") is aimed at who did it, never at its
victim; guarantees asked for are asked of who is to give them. Split from targets.py (house
style: modules under 400 lines).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Actor
from . import syntax
from .agents import actors, np_head
from .owners import owned_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex

# Nouns naming an act done to someone. Disapproving of such an act (CAMEO 11) is aimed at its
# agent, never at its victim: "condemned the killing of journalists in Mexico" criticises no
# journalist and not Mexico; "condemned Russia's invasion" and "the Russian attack" do name one.
ACTS = frozenset(
    {
        "attack", "invasion", "killing", "murder", "assassination", "arrest", "detention",
        "bombing", "shelling", "strike", "airstrike", "raid", "offensive", "shooting",
        "execution", "crackdown", "occupation", "annexation", "incursion", "aggression",
        "abduction", "kidnapping", "massacre", "sentencing", "imprisonment", "jailing",
        "expulsion", "seizure", "blockade", "violence", "assault", "persecution", "torture",
        "deportation", "poisoning", "bombardment", "siege", "destruction", "looting",
        "crime", "atrocity", "abuse", "violation", "rape", "genocide",
    }
)  # fmt: skip


# Coercive measures: supporting or condemning them is a stance towards who imposes them.
MEASURES = frozenset(
    {"sanction", "sanctions", "imposition", "embargo", "pressure", "isolation", "ban",
     "boycott", "restriction"}
)  # fmt: skip
# Help given: thanks or praise for it is aimed at the helper ("thanked Oslo for the assistance
# provided by the Norwegian navy"), named also after "of" ("the efforts of France")
BENEFITS = frozenset(
    {"assistance", "aid", "help", "support", "contribution", "effort", "efforts", "mediation",
     "hospitality", "generosity", "solidarity", "donation", "donations"}
)  # fmt: skip
# Guarantees and assurances asked for (appeals 02, demands 10): of whom the "that" clause names
_ASSURANCES = frozenset({"guarantee", "assurance", "commitment", "pledge", "promise"})
_ASKING_ROOTS = frozenset({"02", "10"})
# Disapproval (11), support and praise (05), intents to support (03), rejection (12) and
# protest (14) of an act.
_STANCE_ROOTS = frozenset({"11", "05", "03", "12", "14"})


def stance_on_acts(
    heads: list[Token], code: str, *, index: ActorIndex, avoid: set[str],
    objects: Sequence[Token] = (),
) -> list[Actor] | None:
    """The target of a stance (CAMEO 03, 05, 11) on acts: who did them, never one of
    ``avoid`` (the sources); None unless the slot ``heads`` name only acts or measures."""
    # ("asked for guarantees that ...": the guarantees are the pattern's object, no slot)
    pledged = _pledged_parties(list(heads) or list(objects), code)
    if pledged:
        # "demanded guarantees that NATO will not expand": asked of whoever is to give them
        return [a for a in actors(index, pledged) if a.code not in avoid] or None
    if code[:2] == "09":
        # "investigating alleged Russian war crimes in Ukraine": an investigation of acts
        # whose doer is named is aimed at the doer, not at the place of the acts
        done = [o for o in map(np_head, objects) if o.lemma_.lower() in ACTS]
        doers = [a for a in actors(index, _act_agents(done)) if a.code not in avoid]
        if doers:
            return doers
    heads = [np_head(h) for h in heads]  # ("criticized some of the sanctions on Russia")
    acts = [h for h in heads if h.lemma_.lower() in ACTS | MEASURES | BENEFITS]
    if acts and all(h.lemma_.lower() in BENEFITS for h in acts) and not _act_agents(acts):
        return None  # help with no helper named ("promised aid to the villages")
    if code[:2] not in _STANCE_ROOTS or not acts or len(acts) != len(heads):
        return None
    # "condemned the attack on Georgia", "backed the imposition of sanctions on
    # Belarus": a stance on an act is taken towards who did it, never its victim
    return [a for a in actors(index, _act_agents(acts)) if a.code not in avoid]


def _pledged_parties(heads: list[Token], code: str) -> list[Token]:
    """The subjects of the "that" clauses of guarantees or assurances asked for (CAMEO 02,
    10): "demanded guarantees that NATO will not expand" asks them of NATO."""
    if code[:2] not in _ASKING_ROOTS:
        return []
    out: list[Token] = []
    for h in heads:
        if h.lemma_.lower() not in _ASSURANCES:
            continue
        for clause in h.children:
            if clause.dep_ in ("acl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
            ):
                out.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    return out


def _act_agents(acts: list[Token]) -> list[Token]:
    """Who did the acts: a possessor or modifier ("Russia's invasion", "the Russian attack")
    or the "by" agent ("the arrest of X by Russian police")."""
    out: list[Token] = []
    for h in acts:
        places = {t.i for t in owned_places(h)}  # ("Russia's Ukraine invasion": not Ukraine)
        for c in h.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i not in places:
                out.append(c)
            elif c.dep_ in ("prep", "agent") and (
                c.lower_ == "by" or (c.lower_ == "of" and h.lemma_.lower() in BENEFITS)
            ):
                out.extend(o for o in c.children if o.dep_ == "pobj")
            elif c.dep_ == "acl":  # "the sanctions imposed by the EU"
                out.extend(syntax.agents(c))
    return out
