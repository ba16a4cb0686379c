"""Document-level coreference for actors: pronouns and definite descriptions.

No trained coreference model is installable offline here (../shared/PERFORMANCE.md), so this is
a salience heuristic in the spirit of Lappin & Leass / Hobbs: a pronoun takes the most recent
compatible antecedent in the nearest preceding sentence that has one, preferring grammatical
subjects. Descriptions ("the alliance", "the bloc", "the president", "the Russian leader")
take the latest actor of the matching class. Everything resolved here is marked ``via="coref"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .countryless import borrow_country, own_by_possessor
from .dictionary import ActorEntry
from .loader import grammar_words, roles_data
from .mention import Mention
from .view import TokenView, span_head

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "pobj"})
# How many sentences back a pronoun may look; persons stay salient longer than things.
_PERSON_WINDOW = 4
_THING_WINDOW = 1
_ORG_WINDOW = 3
# "the group" refers to a named group in its own or the previous sentence only: further
# back it is more likely any other group (of protesters, of experts, of states).
_GROUP_WINDOW = 1
# Named groups that are no armed group or movement: agencies and legislatures.
_NOT_MOVEMENTS = frozenset({"SPY", "LEG"})


# Descriptions look back at most this many mentions: a bounded window keeps a long article
# linear and "the ministry" twenty paragraphs later is more likely a different one anyway.
_LOOKBACK = 80


@dataclass
class _Seen:
    mention: Mention
    sentence: int
    subject: bool
    main: bool = False  # subject of the sentence's main verb, the most salient of all


def resolve_coreference(doc: Doc, mentions: Sequence[Mention], *,
                        pronouns: dict[str, list[str]],
                        view: TokenView | None = None,
                        country_names: Mapping[str, str] | None = None,
                        igos: Mapping[str, ActorEntry] | None = None) -> list[Mention]:
    """Resolve descriptions in ``mentions`` and add pronoun mentions; returns all mentions in
    text order (unresolved descriptions dropped). ``country_names`` name the country a
    countryless government mention borrows ("the Administration": "United States
    government"); ``igos`` the organisation a person's IGO code stands for ("IGOWSTNAT":
    NATO, so "Stoltenberg ... the alliance" is NATO)."""
    names = country_names or {}
    bodies = igos or {}
    person_pr = frozenset(pronouns.get("person", ()))
    female_pr = frozenset(pronouns.get("female", ()))
    thing_pr = frozenset(pronouns.get("thing", ()))
    group_pr = frozenset(pronouns.get("group", ()))
    all_pr = person_pr | thing_pr | group_pr
    view = view or TokenView.of(doc)
    sent = view.sent
    # Doc.has_annotation builds a Token per position; the view already holds the columns.
    has_pos = any(view.pos) or any(view.tag)
    starts = {m.start: m for m in mentions}
    # mentions after a locative preposition name where, not who: "Russia's tactics in
    # Ukraine, including its attacks" ("its" is Russia's)
    located = {m.start for m in mentions if m.start > 0 and view.lower[m.start - 1] in _LOCATIVE}
    seen: list[_Seen] = []
    out: list[Mention] = []
    owner_at: dict[int, Mention] = {}  # token -> resolved mention covering it, for possessors
    i = 0
    n = len(view.lower)
    while i < n:
        m = starts.get(i)
        if m is not None:
            if view.lower[m.start] == "the":
                m.extra["definite"] = True
            if m.kind == "description" and (view.lower[m.start] != "the"
                                            or _renamed(m, starts, view)):
                # "an alliance", "any country": not anaphoric; "the terrorist group, ISIS":
                # the name after it says which; "the Nigerian militant group Boko Haram" still
                # says the group is Nigerian militants (NGAUAF), as PETRARCH codes it
                if _renamed(m, starts, view) and _group_fallback(m, names):
                    out.append(m)
                    owner_at.update((k, m) for k in range(m.start, m.end))
                i = max(m.end, i + 1)
                continue
            own_by_possessor(m, dep=view.dep, head=view.head, lower=view.lower,
                             root=span_head(view, m), owner_at=owner_at, country_names=names)
            if m.kind == "person" and view.lower[m.start] in _title_words():
                m.extra["titled"] = True  # "President Biden" as one dictionary pattern
            if _resolve_description(m, seen, sent[i], names, bodies):
                head = span_head(view, m)
                if view.dep[head] == "appos" and m.via == "name":
                    # "Russia's ambassador, Vassily Nebenzia, accused ...": a name in
                    # apposition plays the grammatical role of the title it renames (a
                    # description in apposition, "NAME, a former prime minister,", does not
                    # outrank the name).
                    head = view.head[head]
                seen.append(_Seen(m, sent[i], view.dep[head] in _SUBJECT_DEPS,
                                  _main_subject(view, head)))
                out.append(m)
                owner_at.update((k, m) for k in range(m.start, m.end))
            i = max(m.end, i + 1)
            continue
        low = view.lower[i]
        if low in all_pr and (not has_pos or view.pos[i] == "PRON"
                              or view.tag[i] in ("PRP", "PRP$")):
            ante = None
            if low in person_pr:
                # Binding (Principle B): "Zelenskyy ... thanked him" - an object pronoun is not
                # the subject of its own sentence.
                is_object = view.dep[i] in _OBJECT_DEPS and low not in ("his", "hers")
                ante = _cataphor(view, i, starts) or _person(
                    seen, sent[i], female=low in female_pr, not_subject=is_object,
                    main=_main_subject(view, i))
            elif low in thing_pr and _is_actor_it(view, i):
                ante = _reporter(view, i, owner_at) or _thing(seen, sent[i], located)
            elif low in thing_pr and _aimed_at(view, i):
                ante = _reporter(view, view.head[i], owner_at, clause=view.head[view.head[i]])
            elif low in group_pr and _is_actor_it(view, i):
                ante = _reporter(view, i, owner_at) or _group(seen, sent[i])
            if ante is not None:
                p = Mention(start=i, end=i + 1, name="", code="", country=None, sector=None,
                            kind="person")
                p.take(ante, via="coref")
                p.tags = ante.tags
                p.extra = {"gender": ante.extra.get("gender")}
                seen.append(_Seen(p, sent[i], view.dep[i] in _SUBJECT_DEPS,
                                  _main_subject(view, i)))
                out.append(p)
                owner_at[i] = p
        i += 1
    return out


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """One-word office titles ("president", "chancellor") that may open a person's name."""
    return frozenset(p.lower() for row in roles_data().get("roles", []) if row.get("titles")
                     for p in row["patterns"] if " " not in p and not p.startswith("="))


def _cataphor(view: TokenView, i: int, starts: Mapping[int, Mention]) -> Mention | None:
    """ "After his visit to Moscow, the Pakistani prime minister said ...": a possessive in a
    phrase fronted before its clause's subject refers forward to that subject when it is a
    named person. The phrase must hang on the subject's own verb, before the subject."""
    if view.dep[i] != "poss":
        return None
    node, attach = i, -1
    for _ in range(12):  # climb to the clause verb the fronted phrase hangs on
        up = view.head[node]
        if up == node:
            return None
        if view.pos[up] in ("VERB", "AUX") and view.dep[node] in _FRONTED:
            attach, verb = node, up
            break
        node = up
    if attach < 0:
        return None
    lo, hi = max(0, verb - 40), min(len(view.dep), verb + 1)
    subjects = [j for j in range(lo, hi) if view.head[j] == verb and view.dep[j] == "nsubj"]
    if len(subjects) != 1 or subjects[0] < attach:
        return None
    subject = subjects[0]
    for start in range(subject, max(attach, subject - 8), -1):
        m = starts.get(start)
        if m is not None and m.start <= subject < m.end:
            return m if m.kind == "person" and m.code else None
    return None


_FRONTED = frozenset({"prep", "advcl", "npadvmod"})


def _main_subject(view: TokenView, i: int) -> bool:
    """Whether token ``i`` is the subject of its sentence's main verb."""
    head = view.head[i]
    return view.dep[i] in _SUBJECT_DEPS and (head == i or view.dep[head] == "ROOT")


def _is_actor_it(view: TokenView, i: int) -> bool:
    """"it"/"they" as subject of a non-expletive verb, or "its"/"their" as a possessive."""
    dep = view.dep[i]
    if dep == "poss" or view.tag[i] == "PRP$":
        return True
    if not dep:
        return True  # Doc without a parse: trust the pronoun
    return dep in _SUBJECT_DEPS and view.lemma[view.head[i]] not in grammar_words("expletive_verbs")


def _person(seen: list[_Seen], here: int, *, female: bool,
            not_subject: bool = False, main: bool = False) -> Mention | None:
    """The antecedent of a person pronoun: the latest sentence with a compatible person,
    its subject first. A pronoun that is itself the main subject continues the topic
    (centering): where the nearest sentence with a person has it only as an object, it takes
    the latest main-clause subject of an earlier sentence ("Biden spoke. The talks were about
    Putin. He also spoke with ..." is Biden), and in its own sentence only a subject
    of a fronted clause ("After Biden met Putin, he said"), never a person inside an adjunct
    ("Standing alongside Stoltenberg, he said" is not Stoltenberg)."""
    best: _Seen | None = None
    # Who the subject of the pronoun's own sentence is, whatever it is called there.
    excluded = {(s.mention.name, s.mention.code) for s in seen
                if not_subject and s.subject and s.sentence == here}
    for s in reversed(seen):
        if here - s.sentence > _PERSON_WINDOW:
            break
        m = s.mention
        if m.kind != "person":
            continue
        if (m.name, m.code) in excluded:
            continue
        if main and s.sentence == here and not s.subject:
            continue
        gender = m.extra.get("gender")
        if gender is not None and (gender == "f") != female:
            continue
        if best is None:
            best = s
        elif s.sentence != best.sentence:
            break
        if s.subject and not best.subject:
            best = s  # subjects are the most salient antecedents within one sentence
    if main and (best is None or not best.subject):
        topic = _topic(seen, here, female=female)
        if topic is not None:
            return topic
    return best.mention if best else None


def _topic(seen: list[_Seen], here: int, *, female: bool) -> Mention | None:
    """The latest compatible person that was a main-clause subject of an earlier sentence
    within the window, or None."""
    for s in reversed(seen):
        if here - s.sentence > _PERSON_WINDOW:
            break
        if s.sentence == here or not s.main or s.mention.kind != "person":
            continue
        gender = s.mention.extra.get("gender")
        if gender is not None and (gender == "f") != female:
            continue
        return s.mention
    return None


def _aimed_at(view: TokenView, i: int) -> bool:
    """ "Israel said a rocket was fired at it": "it" as what fire or an attack is aimed at
    ("at", "against", "toward") in the complement of a verb of saying (see ``_reporter``)."""
    prep = view.head[i]
    return view.dep[i] == "pobj" and view.lower[prep] in _AIMED and view.dep[prep] == "prep"


_AIMED = frozenset({"at", "against", "toward", "towards"})


def _reporter(view: TokenView, i: int, owner_at: Mapping[int, Mention], *,
              clause: int | None = None) -> Mention | None:
    """ "Turkey claimed that it had downed a drone", "NATO said it would respond": "it" or
    "they" as the subject of a clause that is the complement of a verb whose own subject is a
    country, IGO or organisation refers to that subject (the speaker speaks of itself). A
    coordinated subject ("Russia and China said they ...") is left to the general rules.
    ``clause``: the complement's verb when ``i`` is not its subject but the preposition
    governing an aimed-at "it" (``_aimed_at``)."""
    if clause is None:
        if view.dep[i] not in _SUBJECT_DEPS:
            return None
        clause = view.head[i]
    if view.dep[clause] != "ccomp" or view.head[clause] == clause:
        return None
    governor = view.head[clause]
    lo, hi = max(0, governor - 30), min(len(view.dep), governor + 1)
    subjects = [j for j in range(lo, hi) if view.head[j] == governor and view.dep[j] == "nsubj"]
    if len(subjects) != 1 or any(
        view.head[j] == subjects[0] and view.dep[j] == "conj" for j in range(lo, hi)
    ):
        return None
    m = owner_at.get(subjects[0])
    if m is None or not _is_organisation(m):
        return None
    return m


def _is_organisation(m: Mention) -> bool:
    """A country, organisation, named group ("Hamas said it ...") or institution: what
    "it"/"its" can refer to."""
    return m.kind in ("country", "igo", "group") or (m.kind == "role" and "org" in m.tags)


_LOCATIVE = frozenset({"in", "at", "inside", "near", "across", "throughout"})


def _thing(seen: list[_Seen], here: int, located: frozenset[int] | set[int] = frozenset()
           ) -> Mention | None:
    """"it"/"its": the latest country name, organisation, named group or institution.
    Demonyms are not antecedents ("900,000 American lives ... It was"): they name people,
    not the state. A name after a locative preposition (``located``) is one only when no
    other fits: "Russia's tactics in Ukraine, including its attacks" (Russia), but
    "operations in Russia over its invasion" (Russia)."""
    return _latest_thing(seen, here, located) or _latest_thing(seen, here, frozenset())


def _latest_thing(seen: list[_Seen], here: int, skip: frozenset[int] | set[int]
                  ) -> Mention | None:
    best: _Seen | None = None
    for s in reversed(seen):
        if here - s.sentence > _THING_WINDOW:
            break
        if best is not None and s.sentence != best.sentence:
            break
        m = s.mention
        if "adjective" in m.tags or "place" in m.tags or m.start in skip:
            continue  # "in Beijing ... It said": a location is not what "it" refers to
        if not _is_organisation(m):
            continue
        # the latest, unless the main clause's subject is one too ("Moscow demanded that
        # NATO halt its expansion. It said ...": Moscow)
        if best is None or (s.main and not best.main and s.sentence != here):
            best = s
    return best.mention if best else None


def _group(seen: list[_Seen], here: int) -> Mention | None:
    """"they"/"their": a plural group, preferring the subject of the nearest sentence that
    has one ("The leaders discussed the Russian military build-up. They called ...")."""
    best: _Seen | None = None
    for s in reversed(seen):
        if here - s.sentence > _THING_WINDOW:
            break
        if not (s.mention.kind == "role" and "plural" in s.mention.tags):
            continue
        if best is None:
            best = s
        elif s.sentence != best.sentence:
            break
        if s.subject and not best.subject:
            best = s
    return best.mention if best else None


def _renamed(m: Mention, starts: Mapping[int, Mention], view: TokenView) -> bool:
    """Whether a group description is not anaphoric: followed by the name of what it
    describes ("the terrorist group, ISIS", "the militant group al-Shabab"), or made
    definite by a restrictive relative clause ("the group that seized Mosul" is identified
    by the clause, as a first mention; a non-restrictive ", which ..." is no such clause)."""
    if "group" not in m.tags:
        return False
    k = m.end + 1 if m.end < len(view.lower) and view.lower[m.end] == "," else m.end
    after = starts.get(k)
    if after is not None and after.kind in ("group", "igo", "country"):
        return True
    head = span_head(view, m)
    restrictive = m.end < len(view.lower) and view.lower[m.end] != ","
    return restrictive and any(view.head[t] == head and view.dep[t] == "relcl"
                               for t in range(m.end, min(len(view.dep), m.end + 4)))


def _group_fallback(m: Mention, country_names: Mapping[str, str]) -> bool:
    """A group description with a country and no antecedent is that country's agent of the
    description's sector ("the Palestinian militant group" PSEUAF); without either it names
    no one."""
    country = m.extra.get("country")
    if not isinstance(country, str) or not m.sector:
        return False
    m.code, m.country, m.affiliation, m.kind = f"{country}{m.sector}", country, country, "role"
    m.name = f"{country_names.get(country, country)} {m.name}"
    return True


def _resolve_description(m: Mention, seen_all: list[_Seen], here: int,
                         country_names: Mapping[str, str],
                         igos: Mapping[str, ActorEntry] | None = None) -> bool:
    """Re-resolve a description in place; False when it must be dropped (no antecedent)."""
    seen = seen_all[-_LOOKBACK:]
    if m.kind == "description":
        target = next(iter(m.tags), "")
        country = m.extra.get("country")  # "the Palestinian militant group"
        for s in reversed(seen):
            if target == "group" and here - s.sentence > _GROUP_WINDOW:
                break
            a = s.mention
            if country is not None and a.country != country:
                continue
            owner = a.extra.get("owner")
            if a.kind in ("role", "person") and isinstance(owner, Mention):
                # "NATO leaders ... the alliance", "NATO's secretary general ... the alliance":
                # the alliance is NATO
                a = owner
            elif a.kind == "person" and a.country is None and igos and a.code in igos:
                # "NATO Secretary General Jens Stoltenberg ... the alliance": the official
                # is coded with the body's code, which names the body
                a = Mention.of(igos[a.code], a.start, a.end)
            if (target in a.tags and a.kind == "igo") or (
                target == "organisation" and a.kind == "igo"
            ) or (target == "country" and a.kind == "country" and a.sector is None) or (
                target == "group" and a.kind == "group" and a.sector not in _NOT_MOVEMENTS
            ):
                m.take(a, via="coref")
                return True
        return target == "group" and _group_fallback(m, country_names)
    if m.kind == "role" and not m.affiliation and "person" not in m.tags:
        # "the Foreign Ministry" shortly after "the Russian Foreign Ministry"; only definite
        # institutions, and only nearby: "residents" ten paragraphs on are other residents.
        if "org" in m.tags and m.extra.get("definite"):
            for s in reversed(seen):
                if here - s.sentence > _ORG_WINDOW:
                    break
                if s.mention.extra.get("role") == m.name and s.mention.country:
                    m.take(s.mention, via="coref")
                    break
        borrow_country(m, seen, here, country_names=country_names)
        return True
    if not m.description or not m.titles:
        borrow_country(m, seen, here, country_names=country_names)
        return True
    # Salience as for pronouns: in the nearest sentence with a compatible person, a subject
    # beats a more recent object ("Zelenskyy held a call with Charles Michel ... The
    # President thanked him" is Zelenskyy).
    # A bare title refers first to someone the document itself called by it ("President
    # Biden ... Putin ... the President" is Biden in a White House briefing), looked for in
    # the whole document; only without one to the latest person holding the office.
    best = _latest_fitting(m, seen_all, titled=True) or _latest_fitting(m, seen, titled=False)
    if best is not None:
        m.take(best.mention, via="coref")
        m.description = False
    return True


def _latest_fitting(m: Mention, seen: Sequence[_Seen], *, titled: bool) -> _Seen | None:
    """The latest person whose offices fit the title ``m``, a subject first within its
    sentence; with ``titled``, only persons named with a title in the text."""
    best: _Seen | None = None
    for s in reversed(seen):
        if best is not None and s.sentence != best.sentence:
            break
        a = s.mention
        if a.kind != "person" or a.via == "coref":
            continue
        if titled and not (a.extra.get("titled") or a.via == "title"):
            continue
        if m.affiliation and a.affiliation != m.affiliation:
            continue
        fits = bool(set(a.titles) & set(m.titles)) or bool(m.affiliation and not a.titles)
        if fits and (best is None or (s.subject and not best.subject)):
            best = s
    return best
