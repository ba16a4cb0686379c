"""The per-document actor index: who is mentioned where, after coreference."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from ..model import Actor
from .coref import resolve_coreference
from .counterparts import resolve_counterparts, resolve_servants
from .dictionary import ActorDictionary, fold
from .house import (
    house_places,
    resolve_house_bodies,
    resolve_house_chambers,
    resolve_house_possessives,
    resolve_house_titles,
)
from .loader import grammar_words, roles_data
from .matching import match_words
from .mention import Mention
from .states import congress_members
from .surnames import (
    namesakes_named,
    partnered_surnames,
    possessed_people,
    repeated_surnames,
)
from .titles import past_offices, propagate_titled_names
from .view import TokenView

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependents of a noun-phrase head that can carry the actor when the head itself is not one:
# "the country's troops" (poss), "NATO allies" (compound), "the leaders of Russia" (prep/pobj).
# Tried in this order: a compound names the actor more directly than a possessive ("its NATO
# allies" -> NATO, not the owner of "its").
_MODIFIER_DEPS = ("compound", "amod", "nmod", "appos", "npadvmod", "poss")


@dataclass
class ActorIndex:
    """Who is mentioned where in one Doc.

    ``mentions``: every actor mention, in text order, non-overlapping (longest match wins),
    each an Actor with start/end offsets. Pronouns and descriptions ("he", "the Russian
    leader", "the alliance") resolved to an earlier named actor appear here too, with
    ``via="coref"`` and the offsets of the pronoun/description itself.
    ``spans`` holds each mention's token range ``(start, end)``, parallel to ``mentions``.
    """

    doc: Doc
    mentions: list[Actor]
    spans: list[tuple[int, int]] = field(default_factory=list)
    # Further actors a mention stands for, by mention number: the other codes of a compound
    # dictionary actor ("the Shire" [BIL/FRO/SAM]).
    also: dict[int, list[Actor]] = field(default_factory=dict)
    _owner: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self._owner:
            self._owner = [-1] * len(self.doc)
            for n, (s, e) in enumerate(self.spans):
                for i in range(s, e):
                    self._owner[i] = n

    def actor_at(self, i: int) -> Actor | None:
        """The actor whose mention covers token ``i`` (after coreference), or None."""
        if 0 <= i < len(self._owner) and self._owner[i] >= 0:
            return self.mentions[self._owner[i]]
        return None

    def actors_for(self, head: Token) -> list[Actor]:
        """All actors a noun phrase denotes, given its head token.

        Looks at the head's own mention and its subtree (compound, amod, poss, appos: "the
        Russian Deputy Foreign Minister, Sergei Ryabkov" -> the person; "Russian troops" ->
        RUSMIL), and follows ``conj`` so "Russia and China" gives two actors. Empty when the
        phrase names no actor.
        """
        out: list[Actor] = []
        seen: set[tuple[str, str]] = set()
        todo = _conjuncts(head)
        visited = {t.i for t in todo}
        while todo:
            tok = todo.pop(0)
            n = self._mention_for(tok, depth=2)
            if n is None:
                continue
            # "Emmanuel Macron and Olaf Scholz" parsed with the first name as the head: the
            # coordination hangs on another token of the same name
            # "Russian and Ukrainian delegations", "the foreign ministers of Peru and Chile": a
            # country found through a modifier or an "of" phrase carries its conjuncts with it
            start, end = self.spans[n]
            modifier = (
                self.mentions[n].kind == "country"
                and not start <= tok.i < end
                and any(self.doc[i].head.i == tok.i or self.doc[i].head.head.i == tok.i
                        for i in range(start, end))
            )
            for i in range(start, end) if self.mentions[n].kind == "person" or modifier else ():
                for extra in _conjuncts(self.doc[i])[1:]:
                    if extra.i not in visited and not start <= extra.i < end:
                        visited.add(extra.i)
                        todo.append(extra)
            found = [self.mentions[n], *self.also.get(n, ())]
            found += self._distributed(n)
            # text order: "US and British activists" gives the US first
            found.sort(key=lambda a: a.start if a.start is not None else -1)
            for actor in found:
                if (actor.code, actor.name) not in seen:  # "Putin and the Russian leader": one
                    seen.add((actor.code, actor.name))
                    out.append(actor)
        # A country that shares a coordinated role ("Japan, Peru and Chile's envoys") is that
        # role only, not also the bare country its own conjunct token names.
        shared = {(a.country, a.start) for a in out if a.kind == "role" and a.sector}
        return [a for a in out if not (a.kind == "country" and not a.sector
                                       and (a.country, a.start) in shared)]

    def _distributed(self, n: int) -> list[Actor]:
        """A role shared by coordinated countries: "lawmakers in Latvia and Estonia", "the
        envoys of Chile, Peru and Bolivia" -> one role actor per country (an organisation
        among them is itself: "officials from Russia and NATO")."""
        actor = self.mentions[n]
        if actor.kind != "role" or not actor.country or not actor.sector:
            return []
        start, end = self.spans[n]
        out: list[Actor] = []
        stack = [t for i in range(start, end) for t in self.doc[i].children
                 if t.dep_ == "conj" and not start <= t.i < end]
        while stack:
            tok = stack.pop(0)
            k = self._owner[tok.i]
            other = self.mentions[k] if k >= 0 else None
            if other is not None and other.kind == "igo":
                # "officials from Russia and NATO": the alliance's officials are the alliance
                out.append(other)
                stack.extend(t for t in tok.children if t.dep_ == "conj")
                continue
            if other is None or other.kind != "country" or other.sector or not other.country:
                continue
            out.append(Actor(text=other.text, name=f"{other.name} {actor.sector}",
                             code=f"{other.country}{actor.sector}", country=other.country,
                             sector=actor.sector, kind="role", start=other.start,
                             end=other.end, via=actor.via))
            stack.extend(t for t in tok.children if t.dep_ == "conj")
        return out

    def _mention_for(self, tok: Token, *, depth: int) -> int | None:
        n = self._owner[tok.i] if tok.i < len(self._owner) else -1
        if n >= 0:
            return n
        if depth == 0 or tok.lemma_.lower() in KIN_NOUNS:
            return None  # "the president's wife" is not the president
        if tok.lemma_.lower() in _PARTISANS:  # "Russia ally Cuba": the ally named, if named
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok  # (read as a 2nd
            for child in [*tok.children, after]:  # subject: "Russian ally Belarus hosted")
                if (child.dep_ == "appos" or (child.dep_ == tok.dep_ == "nsubj" and child.head
                                              == tok.head)) and (n := self._owner[child.i]) >= 0:
                    return n
        for dep in _MODIFIER_DEPS:
            for child in tok.children:
                if child.dep_ == dep and not (dep == "appos" and _dashed(tok, child)):
                    found = self._mention_for(child, depth=depth - 1)
                    if found is not None:
                        return self._unless_partisan(tok, found, dep)
        for child in tok.children:  # "the leaders of Russia": prep "of" -> pobj
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self._mention_for(obj, depth=depth - 1)
                        return None if found is None else self._unless_partisan(tok, found, "of")
        return None

    def _unless_partisan(self, tok: Token, n: int, dep: str) -> int | None:
        """Mention ``n`` found through ``dep`` of ``tok``, unless ``tok`` is a partisan of the
        person it names: "Putin's critics", "an ally of Orban" and "Putin sympathisers" are
        not that person."""
        partisan = (dep in ("poss", "of", "compound", "nmod") and tok.lemma_.lower() in _PARTISANS
                    and self.mentions[n].kind == "person")
        return None if partisan else n


# Kin of a person: the possessor or "of" phrase names whose kin, not who acts
KIN_NOUNS = frozenset({"wife", "husband", "spouse", "son", "daughter", "child", "mother", "father",
                  "brother", "sister", "widow", "widower", "family", "relative", "grandson",
                  "granddaughter", "nephew", "niece", "cousin", "fiancee", "fiance"})


# People for or against someone: the possessor or "of" phrase names whom, not who acts
_PARTISANS = frozenset({"critic", "opponent", "supporter", "ally", "friend", "rival", "foe",
                        "partner", "admirer", "fan", "detractor", "confidant", "loyalist", "backer",
                        "sympathiser", "sympathizer", "apologist", "follower", "crony",
                        "devotee", "acolyte"})


def _dashed(head: Token, appos: Token) -> bool:
    """An apposition set off by a dash: a headline's source ("Russia's shelling of X -
    regional officials"), not another name of the phrase."""
    between = head.doc[head.i + 1 : appos.left_edge.i]
    return any(t.text in ("-", "\u2013", "\u2014") for t in between)


def _conjuncts(head: Token) -> list[Token]:
    """The head and every token coordinated with it ("Russia, China and Iran"), also through
    an apposition the parser hangs the coordination on ("his Israeli counterpart, Ariel
    Sharon, and the Palestinian leader")."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            ways = [child] if child.dep_ == "appos" else []
            for c in (child, *(g for a in ways for g in a.children)):
                if c.dep_ == "conj" and c not in out:
                    out.append(c)
                    stack.append(c)
    return out


def _add_apposed_names(view: TokenView, ents: list[tuple[str, int, int] | None], *,
                       dictionary: ActorDictionary) -> None:
    """Treat a proper-noun phrase in an apposition as a person's name when NER missed it.

    The small English model often misses rare names ("the Deputy Foreign Minister, Pavel
    Orlov,"), but the parser still links name and title by ``appos``; without the name the
    title rule could not give the person their country and role.
    """
    for i, dep in enumerate(view.dep):
        if dep != "appos":
            continue
        for x, other in ((i, view.head[i]), (view.head[i], i)):
            if view.pos[x] != "PROPN" or not view.words[x][:1].isupper():
                continue
            # NER sometimes calls an unknown name an organisation; next to a title noun
            # ("the US ambassador to Russia, Pavel Orlov,") the parse says otherwise.
            span = ents[x]
            label = span[0] if span is not None else None
            if label is not None and not (label == "ORG" and view.pos[other] == "NOUN"):
                continue
            start = x
            while (start > 0 and view.pos[start - 1] == "PROPN" and view.head[start - 1] == x
                   and view.dep[start - 1] == "compound"):
                start -= 1
            # Leading title words ("General Pavel Orlov") are not part of the name.
            while start < x and fold(view.words[start]) in dictionary.first:
                start += 1
            # A single capitalised word is too weak a name; a phrase with a dictionary word
            # in it ("Deputy Foreign Minister") is the title side of the apposition.
            if x - start >= 1 and not any(fold(view.words[k]) in dictionary.first
                                          for k in range(start, x + 1)):
                for k in range(start, x + 1):
                    ents[k] = ("PERSON", start, x + 1)


def _drop_attributive_roles(found: list[Mention], view: TokenView) -> list[Mention]:
    """A lone role word used as a modifier is not an actor ("military exercises", "opposition
    parties"), but "enemy" is ("enemy positions"), and so is the doer of a deed ("a militant
    attack", ``grammar_words("deeds")``); before a person's name it is a title ("MP NAME")."""
    out = []
    for m in found:
        i = m.end - 1
        lone = m.kind == "role" and not m.affiliation and (m.end - m.start == 1
                                                           or view.lower[m.start] == "the")
        lone = lone and view.lower[i] != "enemy" and (view.lower[i] == "military" or (  # (a kind)
            view.lower[view.head[i]] not in grammar_words("deeds")))
        if lone and (view.pos[i] == "ADJ" or view.dep[i] == "amod" or (
                view.dep[i] == "compound" and view.head[i] > i
                and (i + 1 >= len(view.ents) or (view.ents[i + 1] or ("",))[0] != "PERSON"))):
            continue
        owner = m.extra.get("owner")
        if m.kind == "role" and view.pos[i] == "VERB" and view.dep[i] != "compound" \
                and isinstance(owner, Mention):
            m = owner  # "Ukraine forces Russia to retreat": the role word is the verb
        out.append(m)
    return out


# Entity labels under which a lower-case word is still a name ("President obama").
_NAME_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC"})


def _loose_case(view: TokenView, ents: list[tuple[str, int, int] | None]) -> list[bool]:
    """Per token, whether its case says nothing about it being a name: every token of a
    sentence with no capital letter after its first word (a lower-cased headline or
    chat text), and every token NER tagged as a name whatever its case."""
    words, lower, sent = view.words, view.lower, view.sent
    # the view's lower-cased words differ from the words exactly where a capital is
    cased = {sent[i] for i in range(1, len(words))
             if lower[i] is not words[i] and lower[i] != words[i] and sent[i - 1] == sent[i]}
    return [sent[i] not in cased
            or (span is not None and span[0] in _NAME_LABELS)
            for i, span in enumerate(ents)]


def _match_skipping_space(words: list[str], ents: list[tuple[str, int, int] | None], *,
                          dictionary: ActorDictionary, on: date | None,
                          loose: list[bool], pos: list[str],
                          barriers: frozenset[int] = frozenset()) -> list[Mention]:
    """Match with whitespace tokens left out ("Prime Minister Boris\nJohnson" in text
    wrapped at a line break), then map the mentions back to Doc token positions. The
    ``barriers``, whitespace before a new sentence, stay: no name runs from a headline into
    its text ("... in Ukraine\n\nThe army of ..." is no Ukrainian army)."""
    keep = [i for i, w in enumerate(words) if not w.isspace() or i in barriers]
    if len(keep) == len(words):
        return match_words(words, dictionary=dictionary, on=on, ents=ents, loose=loose,
                           pos=pos)
    position = {old: new for new, old in enumerate(keep)}
    squeezed_ents: list[tuple[str, int, int] | None] = []
    for i in keep:
        span = ents[i]
        if span is None:
            squeezed_ents.append(None)
            continue
        label, s, e = span
        inside = [position[k] for k in range(s, e) if k in position]
        squeezed_ents.append((label, inside[0], inside[-1] + 1) if inside else None)
    found = match_words([words[i] for i in keep], dictionary=dictionary, on=on,
                        ents=squeezed_ents, loose=[loose[i] for i in keep],
                        pos=[pos[i] for i in keep])
    for m in found:
        m.start, m.end = keep[m.start], keep[m.end - 1] + 1
    return found


def _sentence_gaps(doc: Doc, words: list[str]) -> frozenset[int]:
    """The whitespace tokens that a new sentence follows."""
    return frozenset(
        i for i, w in enumerate(words[:-1]) if w.isspace() and doc[i + 1].is_sent_start
    )


def _actor_of(doc: Doc, m: Mention, starts: list[int], words: list[str]) -> Actor:
    begin, end = starts[m.start], starts[m.end - 1] + len(words[m.end - 1])
    return m.actor(text=doc[m.start:m.end].text, start=begin, end=end)


def index_actors(
    doc: Doc, *, dictionary: ActorDictionary, on: date | None = None, house: str | None = None
) -> ActorIndex:
    """Find and resolve every actor mention in ``doc``, valid on date ``on``. ``house``: the
    country whose head of state or government published the text (``outlets.house_country``);
    a bare title there ("the President") is that country's office-holder on ``on``."""
    view = TokenView.of(doc)
    words, starts = view.words, view.idx
    ents = list(view.ents)
    _add_apposed_names(view, ents, dictionary=dictionary)
    found = _drop_attributive_roles(
        _match_skipping_space(words, ents, dictionary=dictionary, on=on,
                              loose=_loose_case(view, ents), pos=view.pos,
                              barriers=_sentence_gaps(doc, words)), view)
    found = past_offices(found, folded=view.lower)
    found = propagate_titled_names(found, words=words, folded=view.lower, pos=view.pos,
                                   ents=ents)
    found = congress_members(found, text=doc.text, idx=starts, words=words)
    found = partnered_surnames(repeated_surnames(found, view), view, dictionary=dictionary, on=on)
    found = possessed_people(namesakes_named(found, view), view.lower)
    if house is not None:
        resolve_house_titles(found, dictionary=dictionary, house=house, on=on,
                             folded=view.lower)
        name = dictionary.country_names.get(house, house)
        resolve_house_possessives(found, folded=view.lower, house=house, name=name)
        resolve_house_chambers(found, folded=view.lower, house=house, name=name)
        found = resolve_house_bodies(found, words=words, folded=view.lower, house=house,
                                     dictionary=dictionary)
        found = house_places(found, folded=view.lower, house=house, name=name)
    resolved = resolve_coreference(doc, found, pronouns=roles_data().get("pronouns", {}),
                                   view=view, country_names=dictionary.country_names,
                                   igos=dictionary.igos)
    # after coreference: "his Turkish counterpart" needs to know who "his" is
    resolve_counterparts(resolved, view=view, dictionary=dictionary, on=on)
    resolve_servants(resolved, view=view)
    mentions: list[Actor] = []
    spans: list[tuple[int, int]] = []
    also: dict[int, list[Actor]] = {}
    for m in resolved:
        if not m.code:
            continue
        begin, end = starts[m.start], starts[m.end - 1] + len(words[m.end - 1])
        # Span.text reads only the mention's tokens; Doc.text would rebuild the whole text.
        surface = doc[m.start:m.end].text
        partners = m.extra.get("also")
        if isinstance(partners, list) and m.kind != "role":
            also[len(mentions)] = [e.actor(text=surface, start=begin, end=end)
                                   for e in partners]
        together = m.extra.get("parties")
        if isinstance(together, list):
            # "The parties discussed ...": the collective mention stands for every party
            also[len(mentions)] = [replace(e.actor(text=surface, start=begin, end=end),
                                           via="coref") for e in together]
        shared = m.extra.get("shared")
        if isinstance(shared, list):
            # "US and British activists": the head's mention also stands for the earlier
            # conjuncts, which keep their own mentions too.
            also[len(mentions)] = [_actor_of(doc, s, starts, words) for s in shared]
        mentions.append(m.actor(text=surface, start=begin, end=end))
        spans.append((m.start, m.end))
    return ActorIndex(doc=doc, mentions=mentions, spans=spans, also=also)
