"""Force that is words: an attack on a plan, a politician's attack on a rival, leaders'
clashes, are criticism (CAMEO 111), not the use of force (19x); what campaigners "target"
they protest (140).

Read by the event assembly (assembly.py, ``code_match``) once the clause's sides are known.
Split from ``recoding.py`` (house style: modules under 400 lines).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor
from . import syntax

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .recoding import Recoding


# Plans, words and policies: force "on" them is a figure of speech for criticism ("position"
# is left out: troops attack positions)
_IDEAS = frozenset(
    {"plan", "policy", "proposal", "budget", "record", "remark", "comment", "statement",
     "decision", "stance", "idea", "bill", "law", "reform", "tax", "spending",
     "strategy", "approach", "claim", "manifesto", "scheme", "programme", "program", "agenda",
     "speech", "rhetoric", "view", "argument", "handling", "legislation", "tactic", "pledge",
     "cost", "leadership", "competence", "credibility", "character"}
)  # fmt: skip
# ... and conduct one "comes under fire" for
_CONDUCT = frozenset({"report", "tweet", "post", "response", "conduct", "behaviour", "behavior",
                      "silence", "visit", "move", "failure", "word", "treatment"})
_ARMED = frozenset({"MIL", "REB", "UAF", "SEP", "INS", "COP", "SPY", "GOVMIL"})
# Sides whose clashes are political: governments, legislators, parties and the opposition
_POLITICAL = frozenset({"GOV", "LEG", "OPP", "ELI", "JUD"})
# ... and the sides a politician in person attacks in words: the press, courts, rivals
_WORDED = frozenset({"MED", "JUD", "LEG", "OPP", "ELI"})


# Participles of speech that say how an attack was made ("attacked X, saying ..."), and the
# occasions it was made at ("in a speech")
_SPEAKING = frozenset({"say", "accuse", "call", "describe", "claim", "argue", "insist", "write"})
_OCCASIONS = frozenset(
    {"speech", "interview", "statement", "address", "article", "letter", "tweet", "post",
     "remark", "comment", "column", "editorial", "broadcast", "debate"}
)  # fmt: skip
_LANDS = frozenset({"GPE", "LOC", "FAC"})
# Forums where sides clash in words ("Russia and the US clashed at the UN")
_FORUMS = frozenset(
    {"un", "meeting", "summit", "council", "debate", "talk", "talks", "session", "conference",
     "hearing", "assembly", "forum", "parliament", "congress", "senate", "committee", "osce",
     "nato", "g7", "g20", "negotiation", "interview", "press conference", "briefing"}
)  # fmt: skip
_TIMES = frozenset({"weekend", "night", "day", "week", "month", "year", "hour", "period"})


def _spoken(tok: Token) -> bool:
    """Whether the act at ``tok`` is said: a speech participle hangs on it or it is made "in"
    a speech, an interview or a statement."""
    return any(
        (c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _SPEAKING)
        or (c.dep_ == "prep" and c.lower_ == "in"
            and any(o.lemma_.lower() in _OCCASIONS for o in c.children if o.dep_ == "pobj"))
        for c in tok.children
    )  # fmt: skip


def _judged_as(tok: Token) -> bool:
    """An act "as" a quality: "attacked the plan as unworkable", "as feeble and tardy"."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.pos_ == "ADJ" for g in c.subtree)
               for c in tok.children)


def verbal_force(
    r: Recoding,
    tok: Token,
    objects: list[Token],
    target_heads: list[Token],
    sources: list[Actor],
    targets: Sequence[Actor] = (),
) -> Recoding | None:
    """ "opened an attack on the opposition's budget plans", "the two parties clashed over
    pensions", "the senator attacked the president over his policy": force aimed at plans, words or
    policies, or a political side's attack or clash over them, is criticism (111), not force
    (19). None when the act is force: armed or countryless sources, or a bare country, which
    may be at war ("Russia attacked Ukraine over its policy")."""
    if not r.code.startswith("19") or not sources:
        return None
    if tok.lemma_ == "target" and all(
            a.sector == "OPP" or a.code.startswith("NGO") for a in sources):
        # "Extinction Rebellion activists target Amazon sites": campaigners' targets are
        # protested, not attacked
        return replace(r, code="140", rule=f"{r.rule}+protest")
    aimed = [n for n in (target_heads or objects) if n.pos_ in ("NOUN", "PROPN")]
    ideas = bool(aimed) and all(n.lemma_.lower() in _IDEAS for n in aimed)
    if ideas and not any(a.sector in _ARMED for a in sources):
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    # (an opposition crowd, "protesters", clashes in the street)
    political = all(
        a.sector in _POLITICAL and not (a.sector == "OPP" and a.kind == "role") for a in sources
    )
    over = syntax.prep_objects(tok, ("over", "about", "for"))
    idiom = tok.lemma_ == "come"  # "came under fire from Beijing over his remarks"
    if idiom:  # (the parser may hang "over" on "fire")
        over += [o for n in syntax.prep_objects(tok, ("under",)) for o in syntax.prep_objects(
            n, ("over", "about", "for"))]
    blamed = bool({o.lemma_.lower() for o in over} & (_IDEAS | _CONDUCT if idiom else _IDEAS))
    # ("came under fire over arms deliveries": anything "over" but a place or a time)
    blamed = blamed or (idiom and any(o.ent_type_ not in _LANDS and o.ent_type_ not in (
        "DATE", "TIME") and o.lemma_.lower() not in _TIMES for o in over))
    if blamed and (political or (idiom and not any(a.sector in _ARMED for a in sources))):
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    if idiom and not any(a.sector in _ARMED for a in sources) and (
        all(a.sector in _POLITICAL for a in sources)
        or (targets and all(t.sector in _POLITICAL and t.via != "metonym" for t in targets))
    ):  # "came under fire from opposition leaders", "the president came under fire from China"
        # (not a capital: "Kyiv came under fire from Russia" is shelled)
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    if political and _judged_as(tok):  # "attacked by the opposition as feeble and tardy"
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    if political and tok.lemma_ in ("clash", "spar") and (
            all(a.kind == "person" for a in sources)
            or (over and not any(o.ent_type_ in _LANDS for o in over))):
        # leaders clash in words; so do officials "over" anything but land ("over his exit")
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    if tok.lemma_ in ("clash", "spar") and not any(a.sector in _ARMED for a in sources) and any(
        o.lemma_.lower() in _FORUMS for o in syntax.prep_objects(tok, ("at", "in", "during"))
    ):  # "Russia and the US clashed at the UN", "... in a Security Council debate"
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    if political and _spoken(tok) and aimed and not any(n.ent_type_ in _LANDS for n in aimed):
        # "Mbeki attacked British imperialists, saying ...", "attacked critics in a speech":
        # a politician's attack said in words on people, not on a land or its forces
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    if political and all(a.kind == "person" for a in sources) and targets and all(
            t.sector in _WORDED for t in targets):
        # "Trump's attacks on reporters", "Orban attacked judges": a politician in person
        # attacks the press, the courts or rivals in words
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    # "Blair attacked the Conservatives": one country's politicians attacking each other
    # speak; police or troops against a crowd are force (armed sources, protesters)
    countries = {a.country for a in [*sources, *targets]}
    if (
        political
        and targets
        and len(countries) == 1
        and None not in countries
        and all((t.sector in _POLITICAL and t.kind != "role") or t.sector in ("GOV", "LEG")
                for t in targets)
    ):
        return replace(r, code="111", rule=f"{r.rule}+verbal")
    return None
