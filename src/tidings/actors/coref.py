"""Document-level coreference for actors: pronouns and definite descriptions.

No trained coreference model is installable offline here (../shared/PERFORMANCE.md), so this is
a salience heuristic in the spirit of Lappin & Leass / Hobbs: a pronoun takes the most recent
compatible antecedent in the nearest preceding sentence that has one, preferring grammatical
subjects. Descriptions ("the alliance", "the bloc", "the president", "the Russian leader")
take the latest actor of the matching class (``descriptions``). Everything resolved here is
marked ``via="coref"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .collective import collective_phrase, parties, refer_to_parties
from .countryless import own_by_possessor
from .descriptions import code_by_country, is_renamed, resolve_description, title_words
from .dictionary import ActorEntry
from .mention import Mention
from .pronouns import (
    SUBJECT_DEPS,
    aimed_at,
    cataphor,
    cause_object,
    forces_owner,
    group_antecedent,
    is_actor_it,
    main_subject,
    person_antecedent,
    reporter,
    thing_antecedent,
    unknown_body_before,
    unknown_speaker,
    warned_object,
)
from .view import TokenView, span_head

if TYPE_CHECKING:
    from spacy.tokens import Doc

_OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "pobj"})
_LOCATIVE = frozenset({"in", "at", "inside", "near", "across", "throughout"})


@dataclass
class _Seen:
    """A resolved mention as a candidate antecedent: its sentence and grammatical role."""

    mention: Mention
    sentence: int
    subject: bool
    main: bool = False  # subject of the sentence's main verb, the most salient of all


@dataclass(frozen=True)
class _Pronouns:
    """The pronoun classes of ``actors_roles.yaml``: who each word can refer to."""

    person: frozenset[str]
    female: frozenset[str]
    thing: frozenset[str]
    group: frozenset[str]
    referring: frozenset[str]  # every pronoun that may refer to an actor

    @classmethod
    def of(cls, pronouns: dict[str, list[str]]) -> _Pronouns:
        """The classes from the data's lists, a missing class empty."""
        person, female, thing, group = (frozenset(pronouns.get(k, ()))
                                        for k in ("person", "female", "thing", "group"))
        return cls(person, female, thing, group, referring=person | thing | group)


# How many sentences back a collective subject's parties still stand for "the leaders"
_GROUP_WINDOW = 4


@dataclass
class _Reading:
    """One pass over a document: its mentions by first token and what is resolved so far."""

    view: TokenView
    pronouns: _Pronouns
    names: Mapping[str, str]
    bodies: Mapping[str, ActorEntry]
    starts: dict[int, Mention]
    # mentions after a locative preposition name where, not who: "Russia's tactics in
    # Ukraine, including its attacks" ("its" is Russia's)
    located: set[int]
    # Doc.has_annotation builds a Token per position; the view already holds the columns.
    has_pos: bool
    seen: list[_Seen] = field(default_factory=list)
    out: list[Mention] = field(default_factory=list)
    owner_at: dict[int, Mention] = field(default_factory=dict)  # token -> mention covering it
    # sentence -> the parties a collective subject there stood for ("The parties discussed
    # ... They agreed ...": "they" goes on with the same parties)
    groups: dict[int, list[Mention]] = field(default_factory=dict)

    def keep(self, m: Mention) -> None:
        """Emit a resolved mention; it may now own a role or be a possessor."""
        self.out.append(m)
        self.owner_at.update((k, m) for k in range(m.start, m.end))


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
    view = view or TokenView.of(doc)
    reading = _Reading(
        view=view, pronouns=_Pronouns.of(pronouns), names=country_names or {},
        bodies=igos or {}, starts={m.start: m for m in mentions},
        located={m.start for m in mentions
                 if m.start > 0 and view.lower[m.start - 1] in _LOCATIVE},
        has_pos=any(view.pos) or any(view.tag))
    i = 0
    n = len(view.lower)
    while i < n:
        m = reading.starts.get(i)
        end = _read_collective(reading, i, m)
        if end is not None:
            i = end
        elif m is None:
            stranger_end = _read_stranger(reading, i)
            if stranger_end is None:
                _read_pronoun(reading, i)
            i = stranger_end or i + 1
        else:
            _read_mention(reading, m, i)
            i = max(m.end, i + 1)
    return reading.out


def _read_collective(reading: _Reading, i: int, m: Mention | None) -> int | None:
    """ "The parties discussed ...", "the two leaders agreed ..." after a sentence naming two
    parties: a mention of them all (``collective``); the end of the phrase, or None when
    there is none here. A named mention is left as it is ("they" is read with the pronouns)."""
    view = reading.view
    if m is not None and not (m.kind == "role" and m.code.startswith("---")):
        return None
    end = collective_phrase(view, i)
    if end is None:
        return None
    # the parties named just before, else those the latest collective subject stood for
    # ("The leaders discussed ... Lukashenko spoke about his call with Merkel ... The leaders
    # also touched upon ...")
    here = view.sent[i]
    found = parties(reading.seen, here, view=view) or _latest_group(reading, here)
    named = _of_countries(reading, end)
    if named and not named <= {m.country for m in found}:
        return None  # "the presidents of Poland and Lithuania": the phrase names others
    return end if _keep_parties(reading, i, end, found) else None


def _of_countries(reading: _Reading, end: int) -> set[str]:
    """The countries of the "of" phrase right after a collective phrase ending at ``end``."""
    view, out = reading.view, set[str]()
    if end >= len(view.lower) or view.lower[end] != "of":
        return out
    k = end + 1
    while (m := reading.starts.get(k)) is not None and m.kind == "country" and m.country:
        out.add(m.country)
        k = m.end + 1 if m.end < len(view.lower) and view.lower[m.end] in (",", "and") else -1
    return out


def _latest_group(reading: _Reading, here: int) -> list[Mention]:
    """The parties of the latest collective subject within ``_GROUP_WINDOW`` sentences."""
    earlier = [k for k in reading.groups if 0 < here - k <= _GROUP_WINDOW]
    return reading.groups[max(earlier)] if earlier else []


def _keep_parties(reading: _Reading, i: int, end: int, found: list[Mention]) -> bool:
    """Keep a mention of tokens ``[i, end)`` standing for the parties ``found``, if any."""
    if not found:
        return False
    p = Mention(start=i, end=end, name="", code="", country=None, sector=None, kind="person")
    refer_to_parties(p, found)
    reading.keep(p)
    reading.groups[reading.view.sent[i]] = found
    return True


def _subject_parties(reading: _Reading, found: list[Mention]) -> list[Mention]:
    """Of the parties ``found``, those that were their sentence's coordinated subject, when
    two or more were: "Macron and Scholz met Putin. They warned him ..." is the visitors;
    else all of them ("Macron met Putin. They agreed ...")."""
    view = reading.view

    def subject(m: Mention) -> bool:
        k = span_head(view, m)
        for _ in range(4):
            if view.dep[k] != "conj":
                break
            k = view.head[k]
        return view.dep[k] in SUBJECT_DEPS

    subjects = [m for m in found if subject(m)]
    return subjects if len(subjects) >= 2 else found


def _read_mention(reading: _Reading, m: Mention, i: int) -> None:
    """Resolve the mention ``m`` at token ``i`` against what was seen before it; keep it
    and remember it as an antecedent, unless it is a description with none."""
    view = reading.view
    if view.lower[m.start] == "the":
        m.extra["definite"] = True
    if m.kind == "description" and (view.lower[m.start] != "the"
                                    or is_renamed(m, reading.starts, view)):
        _read_non_anaphoric(reading, m)
        return
    root = span_head(view, m)
    if m.kind == "country" and view.tag[root] in ("NNPS", "NNS"):
        m.tags = m.tags | {"plural"}  # "the Ukrainians ... their forces": a people named
    own_by_possessor(m, dep=view.dep, head=view.head, lower=view.lower,
                     root=root, owner_at=reading.owner_at, country_names=reading.names)
    if m.kind == "person" and view.lower[m.start] in title_words():
        m.extra["titled"] = True  # "President Biden" as one dictionary pattern
    if (m.description and m.titles and not m.affiliation and m.end < len(view.lower)
            and view.lower[m.end] == "of" and m.start <= view.head[m.end] < m.end):
        # "President of the IFRC Francesco Rocca": a title with an "of" the dictionary could
        # not bind names its holder by itself (a name after it, if any); no anaphor, and no
        # government official of an unknown country
        return
    if resolve_description(m, reading.seen, view.sent[i], reading.names, reading.bodies):
        if m.via != "house":  # "our country" is the speaker's, never what "the country" is
            reading.seen.append(_sighting(view, m, i, _role_token(view, m)))
        reading.keep(m)


def _read_non_anaphoric(reading: _Reading, m: Mention) -> None:
    """A description that is no anaphor: "an alliance", "any country" name no one; "the
    terrorist group, ISIS": the name after it says which; "the Nigerian militant group Boko
    Haram" still says the group is Nigerian militants (NGAUAF), as PETRARCH codes it."""
    if is_renamed(m, reading.starts, reading.view) and code_by_country(m, reading.names):
        reading.keep(m)


def _role_token(view: TokenView, m: Mention) -> int:
    """The token whose dependency gives the mention's grammatical role: its head, or for a
    name in apposition the title it renames.

    "Russia's ambassador, Vassily Nebenzia, accused ...": a name in apposition plays the
    grammatical role of the title it renames (a description in apposition, "NAME, a
    former prime minister,", does not outrank the name)."""
    head = span_head(view, m)
    if view.dep[head] == "appos" and m.via == "name":
        head = view.head[head]
    return head


def _sighting(view: TokenView, m: Mention, i: int, token: int) -> _Seen:
    """``m``, met at token ``i``, as an antecedent with the grammatical role of ``token``."""
    return _Seen(m, view.sent[i], view.dep[token] in SUBJECT_DEPS,
                 main_subject(view, token))


def _fronted_subjects(reading: _Reading, i: int) -> list[Mention] | None:
    """The actors of the subject of a clause fronted before "they" at token ``i`` ("After
    France and Germany saw the crimes against civilians, they sent arms"): whom "they"
    continues, not the latest plural in that clause. A coordinated subject is what "they"
    stands for even when it names no actor ("Europe and the world": an empty list, no
    antecedent); else one plural group. None when no fronted clause has such a subject."""
    view, verb, here = reading.view, reading.view.head[i], reading.view.sent[i]
    clauses = [j for j in range(i) if view.sent[j] == here and view.head[j] == verb
               and view.dep[j] == "advcl"]
    for j in clauses:
        heads = [k for k in range(j) if view.head[k] == j and view.dep[k] == "nsubj"]
        conjuncts = [k for k in range(j) if view.dep[k] == "conj" and view.head[k] in heads]
        found: list[Mention] = []
        for k in heads + conjuncts:
            m = reading.owner_at.get(k)
            if m is not None and all(m is not f for f in found):
                found.append(m)
        if conjuncts or (found and "plural" in found[0].tags):
            return found
    return None


def _reported_object(view: TokenView, i: int) -> bool:
    """ "it" as the object of a reported clause whose subject is a noun (another party)."""
    verb = view.head[i]
    return view.dep[i] in ("dobj", "dative") and view.dep[verb] == "ccomp" and any(
        view.head[j] == verb and view.dep[j] == "nsubj" and view.pos[j] in ("PROPN", "NOUN")
        for j in range(max(0, verb - 8), verb)
    )


def _read_stranger(reading: _Reading, i: int) -> int | None:
    """A person named at token ``i`` whom no dictionary knows ("But Pemberton is no diplomat.
    He ..."): still the nearest antecedent of "he", who then stands for no actor. Returns
    the end of the name, or None when no such name starts at ``i``."""
    view = reading.view
    ent = view.ents[i]
    if ent is None or ent[0] != "PERSON" or ent[1] != i or view.pos[i] != "PROPN" or any(
        k in reading.starts for k in range(i, ent[2])
    ):
        return None
    p = Mention(start=i, end=ent[2], name="", code="", country=None, sector=None,
                kind="person", tags=frozenset({"stranger"}))
    reading.seen.append(_sighting(view, p, i, span_head(view, p)))
    return ent[2]


def _read_pronoun(reading: _Reading, i: int) -> None:
    """A pronoun at token ``i`` with an antecedent becomes a mention of the antecedent; one
    whose antecedent is a stranger (``_read_stranger``) continues the stranger, no actor."""
    view = reading.view
    if view.lower[i] in reading.pronouns.group and view.dep[i] == "nsubj":
        fronted = _fronted_subjects(reading, i)
        if fronted is not None:
            _keep_parties(reading, i, i + 1, fronted)
            return
    ante = _antecedent(reading, i)
    if ante is None:
        if view.lower[i] in reading.pronouns.group and main_subject(view, i, coordinated=True):
            # "They discussed ..." with no plural group before it: the parties of the
            # sentence right before it only (``collective``), named there or referred to
            # together ("The leaders discussed ... They agreed ...")
            here = view.sent[i]
            found = (_subject_parties(reading, parties(reading.seen, here, window=1))
                     or reading.groups.get(here - 1, []))
            if _keep_parties(reading, i, i + 1, found):
                # as the subject here, none of them is also this sentence's "him"
                reading.seen.extend(_Seen(m, here, subject=True) for m in found)
        return
    if "stranger" in ante.tags:
        reading.seen.append(_sighting(reading.view, ante, i, i))
        return
    p = Mention(start=i, end=i + 1, name="", code="", country=None, sector=None,
                kind="person")
    p.take(ante, via="coref")
    p.tags = ante.tags
    p.extra = {"gender": ante.extra.get("gender")}
    reading.seen.append(_sighting(reading.view, p, i, i))
    reading.keep(p)


def _antecedent(reading: _Reading, i: int) -> Mention | None:
    """What the pronoun at token ``i`` refers to, by its class; None for no pronoun (a
    parse that tags the word otherwise: "US" is no "us") or no antecedent."""
    view, words = reading.view, reading.pronouns
    low = view.lower[i]
    if not (low in words.referring and (not reading.has_pos or view.pos[i] == "PRON"
                                        or view.tag[i] in ("PRP", "PRP$"))):
        return None
    if low in words.person:
        # Binding (Principle B): "Zelenskyy ... thanked him" - an object pronoun is not
        # the subject of its own sentence.
        is_object = view.dep[i] in _OBJECT_DEPS and low not in ("his", "hers")
        return cataphor(view, i, reading.starts) or person_antecedent(
            reading.seen, view.sent[i], female=low in words.female, not_subject=is_object,
            main=main_subject(view, i))
    if low in words.thing and (owner := forces_owner(view, i, reading.owner_at)) is not None:
        return owner
    if low in words.thing and is_actor_it(view, i):
        if unknown_body_before(view, i, reading.owner_at) or unknown_speaker(
                view, i, reading.owner_at):
            return None
        return (warned_object(view, i, reading.owner_at) or reporter(view, i, reading.owner_at)
                or cause_object(view, i, reading.owner_at)
                or thing_antecedent(reading.seen, view.sent[i], reading.located))
    if low in words.thing and aimed_at(view, i):
        return reporter(view, view.head[i], reading.owner_at, clause=view.head[view.head[i]])
    if low in words.thing and _reported_object(view, i):
        # "China denied Russia had asked it for arms": the object of what another did, in
        # the speaker's report, is the speaker
        return reporter(view, i, reading.owner_at, clause=view.head[i])
    if low in words.group and is_actor_it(view, i):
        return (warned_object(view, i, reading.owner_at) or reporter(view, i, reading.owner_at)
                or group_antecedent(reading.seen, view.sent[i],
                                    possessive=view.dep[i] == "poss"))
    return None
