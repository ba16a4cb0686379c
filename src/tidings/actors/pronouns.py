"""Antecedents of pronouns: whom "he", "it", "they" and their possessives refer to.

Each search walks back over the resolved mentions seen so far (``coref._Seen``), nearest
sentence first, preferring grammatical subjects (Lappin & Leass / Hobbs salience); a few
parse patterns decide first: a possessive that points forward ("After his visit to Moscow, the
prime minister said") and the speaker of a reported clause ("NATO said it would respond").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .loader import grammar_words
from .mention import Mention
from .view import TokenView

if TYPE_CHECKING:
    from .coref import _Seen

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# How many sentences back a pronoun may look; persons stay salient longer than things.
_PERSON_WINDOW = 4
_THING_WINDOW = 1


def main_subject(view: TokenView, i: int, *, coordinated: bool = False) -> bool:
    """Whether token ``i`` is the subject of its sentence's main verb; with ``coordinated``,
    also of a verb coordinated with it ("The parties discussed ... and agreed ...")."""
    if view.dep[i] not in SUBJECT_DEPS:
        return False
    head = view.head[i]
    if head == i or view.dep[head] == "ROOT":
        return True
    return coordinated and view.dep[head] == "conj" and view.dep[view.head[head]] == "ROOT"


def cataphor(view: TokenView, i: int, starts: Mapping[int, Mention]) -> Mention | None:
    """ "After his visit to Moscow, the Pakistani prime minister said ...": a possessive in a
    phrase fronted before its clause's subject refers forward to that subject when it is a
    named person. The phrase must hang on the subject's own verb, before the subject. So does
    the subject of a fronted clause ("After he met Putin, Macron said ...")."""
    if view.dep[i] not in ("poss", "nsubj"):
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


def is_actor_it(view: TokenView, i: int) -> bool:
    """"it"/"they" as subject of a non-expletive verb, or "its"/"their" as a possessive."""
    dep = view.dep[i]
    if dep == "poss" or view.tag[i] == "PRP$":
        return True
    if not dep:
        return True  # Doc without a parse: trust the pronoun
    head = view.head[i]
    if view.lemma[head] == "come" and any(
        view.head[j] == head and view.lower[j] == "when" for j in range(max(0, i - 2), i)
    ):
        return False  # "when it comes to trade": no one comes anywhere
    if dep in SUBJECT_DEPS and view.lemma[head] == "be" and _willing(view, head):
        return True  # "it is ready to talk": no "it is clear that"
    if dep == "nsubjpass" and any(view.head[j] == head and view.dep[j] == "ccomp"
                                  for j in range(head + 1, min(len(view.dep), head + 4))):
        return False  # "it was noted that ...": the passive's clause is its subject
    return dep in SUBJECT_DEPS and view.lemma[head] not in grammar_words("expletive_verbs")


# Predicate adjectives of a readiness, said of an agent and never of an expletive
_WILLING = frozenset({"ready", "willing", "prepared", "unwilling", "reluctant"})


def _willing(view: TokenView, verb: int) -> bool:
    """Whether the copula ``verb`` has a predicate adjective of will ("it is ready")."""
    lo, hi = max(0, verb - 1), min(len(view.dep), verb + 4)
    return any(
        view.head[j] == verb and view.dep[j] == "acomp" and view.lemma[j] in _WILLING
        for j in range(lo, hi)
    )


def person_antecedent(seen: list[_Seen], here: int, *, female: bool,
            not_subject: bool = False, main: bool = False) -> Mention | None:
    """The antecedent of a person pronoun: the latest sentence with a compatible person,
    its subject first. A pronoun that is itself the main subject continues the topic
    (centering): where the nearest sentence with a person has it only as an object, it takes
    the latest main-clause subject of an earlier sentence ("Biden spoke. The talks were about
    Putin. He also spoke with ..." is Biden), and in its own sentence only a subject
    of a fronted clause ("After Biden met Putin, he said"), never a person inside an adjunct
    ("Standing alongside Stoltenberg, he said" is not Stoltenberg)."""
    # Who the subject of the pronoun's own sentence is, whatever it is called there.
    excluded = {(s.mention.name, s.mention.code) for s in seen
                if not_subject and s.subject and s.sentence == here}

    def fits(s: _Seen) -> bool:
        m = s.mention
        gender = m.extra.get("gender")
        return (m.kind == "person" and (m.name, m.code) not in excluded
                and not (main and s.sentence == here and not s.subject)
                and (gender is None or (gender == "f") == female))

    best = _most_salient(seen, here, _PERSON_WINDOW, fits)
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


def aimed_at(view: TokenView, i: int) -> bool:
    """ "Israel said a rocket was fired at it": "it" as what fire or an attack is aimed at
    ("at", "against", "toward") in the complement of a verb of saying (see ``reporter``)."""
    prep = view.head[i]
    return view.dep[i] == "pobj" and view.lower[prep] in _AIMED and view.dep[prep] == "prep"


_AIMED = frozenset({"at", "against", "toward", "towards"})


def reporter(view: TokenView, i: int, owner_at: Mapping[int, Mention], *,
              clause: int | None = None) -> Mention | None:
    """ "Turkey claimed that it had downed a drone", "NATO said it would respond": "it" or
    "they" as the subject of a clause that is the complement of a verb whose own subject is a
    country, IGO or organisation refers to that subject (the speaker speaks of itself). A
    coordinated subject ("Russia and China said they ...") is left to the general rules.
    ``clause``: the complement's verb when ``i`` is not its subject but the preposition
    governing an aimed-at "it" (``aimed_at``)."""
    if clause is None:
        if view.dep[i] not in SUBJECT_DEPS:
            return None
        clause = view.head[i]
    if view.dep[clause] != "ccomp" or view.head[clause] == clause:
        return None
    governor = view.head[clause]
    lo, hi = max(0, governor - 30), min(len(view.dep), governor + 1)
    subjects = [j for j in range(lo, hi) if view.head[j] == governor and view.dep[j] == "nsubj"]
    if not subjects and view.dep[governor] == "conj" and view.head[governor] < governor:
        # "Moscow backed Beijing's position and said it opposed ...": the shared subject
        first = view.head[governor]
        subjects = [j for j in range(lo, hi) if view.head[j] == first and view.dep[j] == "nsubj"]
    if len(subjects) != 1 or any(
        view.head[j] == subjects[0] and view.dep[j] == "conj" for j in range(lo, hi)
    ):
        return None
    m = owner_at.get(subjects[0])
    if m is None or not (_is_organisation(m) or _singular_body(view, m)):
        return None
    return m


def _singular_body(view: TokenView, m: Mention) -> bool:
    """A role named by a singular noun that is no person: "the army", "the navy" ("the army
    said it had repelled ..."); "troops" and "the minister" are no "it"."""
    return m.kind == "role" and "person" not in m.tags and view.tag[m.end - 1] == "NN"


def _is_organisation(m: Mention) -> bool:
    """A country, organisation, named group ("Hamas said it ...") or institution: what
    "it"/"its" can refer to."""
    return m.kind in ("country", "igo", "group") or (m.kind == "role" and "org" in m.tags)


def thing_antecedent(seen: list[_Seen], here: int, located: frozenset[int] | set[int] = frozenset()
           ) -> Mention | None:
    """"it"/"its": the latest country name, organisation, named group or institution.
    Demonyms are not antecedents ("900,000 American lives ... It was"): they name people,
    not the state. A name after a locative preposition (``located``) is one only when no
    other fits: "Russia's tactics in Ukraine, including its attacks" (Russia), but
    "operations in Russia over its invasion" (Russia)."""
    return _latest_thing(seen, here, located) or _latest_thing(seen, here, frozenset())


# Verbs by which a speaker reports its own acts ("the coalition denies it struck")
_REPORTING = frozenset({"say", "deny", "claim", "state", "announce", "insist", "admit", "warn",
                        "confirm", "tell", "add", "acknowledge", "report"})


def unknown_speaker(view: TokenView, i: int, owner_at: Mapping[int, Mention]) -> bool:
    """ "A Saudi-led coalition denies it struck the centre", "the company said it would
    leave": "it" as the subject of a reported clause whose speaker is a common noun naming no
    actor refers to that speaker, whom the dictionary does not know, not to a country named
    before it."""
    if view.dep[i] not in SUBJECT_DEPS or view.dep[view.head[i]] != "ccomp":
        return False
    governor = view.head[view.head[i]]
    if view.lemma[governor] not in _REPORTING:
        return False  # ("penalties ... should it move to invade": no one reports)
    lo = max(0, governor - 30)
    subjects = [j for j in range(lo, governor) if view.head[j] == governor
                and view.dep[j] == "nsubj"]
    return (len(subjects) == 1 and subjects[0] not in owner_at
            and view.tag[subjects[0]] in ("NN", "NNS"))


def unknown_body_before(view: TokenView, i: int, owner_at: Mapping[int, Mention]) -> bool:
    """ "The Audit Office said the EU had no plan. It also voiced concern ...": an "it" that
    opens its sentence as the subject refers to the previous sentence's subject when that is
    an organisation's name the dictionary does not know, not to a country named after it."""
    if not main_subject(view, i):
        return False
    sentence = view.sent[i]
    before = [j for j in range(i - 1, -1, -1) if view.sent[j] == sentence - 1
              and main_subject(view, j)]
    if len(before) != 1 or before[0] in owner_at:
        return False
    ent = view.ents[before[0]]
    return ent is not None and ent[0] == "ORG" and view.tag[before[0]] in ("NNP", "NN")


def _latest_thing(seen: list[_Seen], here: int, skip: frozenset[int] | set[int]
                  ) -> Mention | None:
    """The latest organisation-like mention in the nearest sentence that has one, not a
    place or a demonym, none that starts at a token in ``skip``."""
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


def group_antecedent(seen: list[_Seen], here: int, *, possessive: bool = False
                     ) -> Mention | None:
    """"they"/"their": a plural group, preferring the subject of the nearest sentence that
    has one ("The leaders discussed the border. They called ..."). A
    "their" may also own for a people named by its plural ("The Ukrainians say their forces
    ..."); a "they" after one may be another plural the index does not know ("The CEOs spoke
    of the cars Americans buy. They ...")."""
    kinds = ("role", "country") if possessive else ("role",)
    best = _most_salient(seen, here, _THING_WINDOW,
                         lambda s: s.mention.kind in kinds and "plural" in s.mention.tags)
    return best.mention if best else None


def _most_salient(seen: list[_Seen], here: int, window: int,
                  fits: Callable[[_Seen], bool]) -> _Seen | None:
    """The candidate that ``fits`` in the latest sentence within ``window`` that has one:
    its subject if it has one there, else the latest (subjects are the most salient
    antecedents within one sentence)."""
    best: _Seen | None = None
    for s in reversed(seen):
        if here - s.sentence > window:
            break
        if not fits(s):
            continue
        if best is None:
            best = s
        elif s.sentence != best.sentence:
            break
        if s.subject and not best.subject:
            best = s
    return best


def cause_object(view: TokenView, i: int, owner_at: Mapping[int, Mention]) -> Mention | None:
    """ "Australia halted Iranian steel shipments over its drone deliveries": a
    possessive "its" in the cause of a verb ("over", "for") is the party in the verb's object,
    whom the blame or thanks is for, even one named by a demonym (no antecedent otherwise)."""
    noun = view.head[i]
    if view.dep[i] != "poss" or view.dep[noun] != "pobj":
        return None
    prep = view.head[noun]
    if view.lower[prep] not in _CAUSE or view.dep[prep] != "prep":
        return None
    verb = view.head[prep]
    if view.dep[verb] in ("dobj", "obj"):  # "imports over its ...": the object's own cause
        verb = view.head[verb]
    if view.pos[verb] != "VERB":
        return None
    for j in range(verb + 1, prep):
        m = owner_at.get(j)
        if (m is not None and (_is_organisation(m) or _singular_body(view, m))
                and _in_object(view, j, verb)):
            return m
    return None


_CAUSE = frozenset({"over", "for"})


def _in_object(view: TokenView, j: int, verb: int) -> bool:
    """Whether token ``j`` lies in the direct object of ``verb``."""
    for _ in range(6):
        up = view.head[j]
        if up == verb:
            return view.dep[j] in ("dobj", "obj")
        if up == j:
            return False
        j = up
    return False


# Verbs of undergoing, and the verbs of warning whose addressee is told what it will undergo
_UNDERGO = frozenset({"face", "suffer", "pay", "regret", "bear", "incur"})
_WARNING = frozenset({"warn", "tell", "remind", "caution", "inform", "advise"})


def warned_object(view: TokenView, i: int, owner_at: Mapping[int, Mention]) -> Mention | None:
    """ "Britain warned Russia that it would face sanctions": the subject pronoun of what is
    to be undergone, in what a warning tells its addressee, is the addressee."""
    verb = view.head[i]
    speech = view.head[verb]
    if (view.dep[i] != "nsubj" or view.lemma[verb] not in _UNDERGO or view.dep[verb] != "ccomp"
            or view.lemma[speech] not in _WARNING):
        return None
    for j in range(speech + 1, i):
        m = owner_at.get(j)
        if m is not None and _in_object(view, j, speech):
            return m
    return None


def forces_owner(view: TokenView, i: int, owner_at: Mapping[int, Mention]) -> Mention | None:
    """ "US says Russian forces committed war crimes in its invasion", "the Russian army is
    weaker as a result of its invasion": a possessive "its" in a clause whose subject is a
    country's forces, with no other party named between them, is that country's (forces are
    no "it" for the general rules, which would reach back to the speaker)."""
    if view.dep[i] != "poss":
        return None
    verb, steps = view.head[i], 0
    while view.pos[verb] not in ("VERB", "AUX") and view.head[verb] != verb and steps < 8:
        verb, steps = view.head[verb], steps + 1
    lo = max(0, verb - 30)
    subjects = [j for j in range(lo, i) if view.head[j] == verb and view.dep[j] in SUBJECT_DEPS]
    m = owner_at.get(subjects[-1]) if subjects else None
    if m is None or m.kind != "role" or not m.country or "person" in m.tags:
        return None
    between = {id(o) for j in range(m.end, i) if (o := owner_at.get(j)) is not None}
    return m if not between else None
