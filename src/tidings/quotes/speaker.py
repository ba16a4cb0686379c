"""Resolve a cue's subject to an actor record.

Order: the actor index (dictionary names, titles, and its own coreference of pronouns and
descriptions), then two fallbacks of our own:

- a person pronoun ("he", "she") or a definite title description ("the Russian leader") the
  index leaves unresolved goes to the most recent person named before it (``via="recency"``);
  news copy names a speaker before it refers back to them, and this is right far more often
  than not in single-speaker passages, wrong when two people alternate;
- a named entity the dictionary does not know still becomes an actor with the name as
  written (a surname expanded to the full name given earlier) and ``code=""``, which the
  record contract reads as "unknown code". Unnamed sources ("a senior official") are kept the
  same way with ``kind="unresolved"`` so analysts can still count anonymous sourcing.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..model import Actor
from ..outlets import canonical_outlet
from .lexicon import CueLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors import ActorIndex

MAX_TITLE_LOOKBACK = 30  # persons scanned back for a title match
TITLE_WINDOW = 4  # tokens before a name (and after it, past a comma) read as its title
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_ENT_KIND = {"PERSON": "person", "ORG": "group", "NORP": "group", "GPE": "country"}
_NO_SPEAKER_PRONOUNS = frozenset({"i", "we", "you", "it", "they", "this", "that", "which", "who"})


class SpeakerResolver:
    """Speaker lookups for one Doc; precomputes the person mentions for the recency fallback."""

    def __init__(self, doc: Doc, index: ActorIndex, lex: CueLexicon) -> None:
        self.doc = doc
        self.index = index
        self.lex = lex
        persons: list[tuple[int, Actor]] = [
            (a.start, a) for a in index.mentions
            if a.kind == "person" and a.start is not None and a.via != "coref"
        ]
        self._known_surnames: dict[str, Actor] = {}
        for _, actor in persons:
            if len(actor.name.split()) > 1:
                self._known_surnames.setdefault(actor.name.split()[-1].lower(), actor)
        self._surnames: dict[str, str] = {}
        known_chars = {c for _, a in persons for c in range(a.start or 0, a.end or 0)}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _clean_name(ent)
            if len(name.split()) > 1:
                self._surnames.setdefault(name.split()[-1].lower(), name)
            if ent.start_char not in known_chars and ent.end_char - 1 not in known_chars:
                persons.append((ent.start_char, self._unknown(ent, "person")))
        persons.sort(key=lambda p: p[0])
        self._person_starts = [s for s, _ in persons]
        self._persons = [a for _, a in persons]
        # Words around each person's mention ("Sen. Bernie Sanders", "Mike Pence, the Indiana
        # governor"), so "the Vermont senator" can prefer a person introduced as a senator.
        # Subjects are the salient antecedents (centering): "Asked whether Scholz still
        # trusts Putin, the German chancellor said" means Scholz.
        self._subject = [self._in_subject_role(a) for a in self._persons]
        # Titles accumulate per name: a later bare "Trump" keeps "Republican nominee".
        self._titles: list[frozenset[str]] = []
        so_far: dict[str, frozenset[str]] = {}
        for a in self._persons:
            so_far[a.name] = so_far.get(a.name, frozenset()) | self._title_words(a)
            self._titles.append(so_far[a.name])

    def resolve(self, subject: Token) -> Actor | None:
        """The actor ``subject`` (a cue's subject head) denotes, or None."""
        subject = _past_dateline(subject)
        actor = self._from_index(subject)
        if actor is not None:
            return actor
        lower = subject.lower_
        if lower in self.lex.person_pronouns or self._is_title_description(subject):
            return self._recent_person(subject)
        if lower in _NO_SPEAKER_PRONOUNS or subject.pos_ == "PRON":
            return None
        outlet = self._outlet(subject)
        if outlet is not None:
            return outlet
        if subject.ent_type_:
            kind = _ENT_KIND.get(subject.ent_type_, "unresolved")
            return self._unknown(_entity_of(subject), kind)
        return self._unnamed(subject)

    def resolve_label(self, label: Span, name: str) -> Actor:
        """The speaker of a transcript turn labelled ``label`` ("MS. PSAKI", "THE PRESIDENT").

        The actor index first (its head token, then any token); otherwise a person named as
        the label reads, a surname expanded to a full name given elsewhere in the text.
        """
        if len(label):
            actor = self._from_index(label[-1])
            for tok in label:
                actor = actor or self.index.actor_at(tok.i)
            if actor is not None:
                return dataclasses.replace(actor, text=label.text, start=label.start_char,
                                           end=label.end_char)
        known = self._known_surnames.get(name.lower())
        full = known.name if known is not None else self._surnames.get(name.lower(), name)
        return Actor(text=label.text or name, name=full, code=known.code if known else "",
                     country=known.country if known else None,
                     sector=known.sector if known else None, kind="person",
                     start=label.start_char if len(label) else None,
                     end=label.end_char if len(label) else None, via="name")

    def _outlet(self, subject: Token) -> Actor | None:
        # A news outlet as source ("RT reported", "according to TASS"): CAMEO's media sector.
        phrase = _strip_punct(_entity_of(subject) if subject.ent_type_ else _phrase(subject))
        name = canonical_outlet(phrase.text)
        if name is None:
            return None
        return Actor(text=phrase.text, name=name, code="", country=None, sector="MED",
                     kind="group", start=phrase.start_char, end=phrase.end_char, via="name")

    def _from_index(self, subject: Token) -> Actor | None:
        """The actor index's reading of the subject, persons preferred."""
        actors = self.index.actors_for(subject)
        if actors:
            people = [a for a in actors if a.kind == "person"]
            if people:
                return people[0]
            named = self._appositive_person(subject)
            return named or actors[0]
        return self.index.actor_at(subject.i) or self._appositive_person(subject)

    def _appositive_person(self, subject: Token) -> Actor | None:
        # "Kremlin spokesman, Dmitry Peskov, said" / a dateline "MOSCOW ... - Sergei Lavrov
        # said" parsed as an apposition of "MOSCOW": the person named in apposition speaks.
        for child in subject.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                known = [a for a in self.index.actors_for(child) if a.kind == "person"]
                return known[0] if known else self._unknown(_entity_of(child), "person")
        return None

    def _is_title_description(self, subject: Token) -> bool:
        """A definite title noun naming no person itself ("the Russian leader", "the minister")."""
        if subject.lemma_.lower() not in self.lex.title_nouns and subject.lower_ not in (
            self.lex.title_nouns
        ):
            return False
        if any(t.ent_type_ == "PERSON" for t in subject.subtree):
            return False
        return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)

    def _recent_person(self, subject: Token) -> Actor | None:
        """The antecedent of a pronoun or title description (recency fallback)."""
        k = bisect_left(self._person_starts, subject.idx)
        if k == 0:
            return None
        antecedent = self._persons[self._best_antecedent(subject, k)]
        text = _phrase(subject)
        return dataclasses.replace(
            antecedent, text=text.text, start=text.start_char, end=text.end_char, via="recency"
        )

    def _best_antecedent(self, subject: Token, k: int) -> int:
        """Index of the best person before ``k`` for a pronoun or a title description.

        Scored over the last MAX_TITLE_LOOKBACK persons, most recent first on ties: a person
        in subject position scores 1; for a description, the head noun among the person's
        title words scores 2 more and each matching modifier ("Vermont", "Republican") 1.
        """
        head: set[str] = set()
        mods: set[str] = set()
        if subject.lower_ not in self.lex.person_pronouns:
            head = {subject.lower_, subject.lemma_.lower()}
            mods = {c.lower_ for c in subject.children if c.dep_ in ("amod", "compound", "nmod")}
        best, best_score = k - 1, -1
        for n in range(k - 1, max(-1, k - 1 - MAX_TITLE_LOOKBACK), -1):
            words = self._titles[n]
            score = self._subject[n] + 2 * bool(head & words) + len(mods & words)
            if score > best_score:
                best, best_score = n, score
        return best

    def _in_subject_role(self, actor: Actor) -> int:
        """1 when the mention is a clause subject (a salient antecedent), else 0."""
        span = self.doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand")
        if span is None:
            return 0
        root = span.root
        if root.dep_ in ("appos", "compound"):
            root = root.head
        return int(root.dep_ in ("nsubj", "nsubjpass"))

    def _title_words(self, actor: Actor) -> frozenset[str]:
        """The title run right before a name and an apposition after it, lower-cased."""
        span = self.doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand")
        if span is None:
            return frozenset()
        doc = self.doc
        words = {t.lower_.rstrip(".") for t in span}
        i = span.start - 1
        while i >= 0 and span.start - i <= TITLE_WINDOW and doc[i].pos_ in _TITLE_POS:
            words.add(doc[i].lower_.rstrip("."))
            i -= 1
        if span.end < len(doc) and doc[span.end].text == ",":
            for tok in doc[span.end + 1: span.end + 2 + TITLE_WINDOW]:
                if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                    break
                words.add(tok.lower_)
        abbreviations = self.lex.title_abbreviations
        return frozenset(words | {abbreviations[w] for w in words if w in abbreviations})

    def _unknown(self, ent: Span, kind: str) -> Actor:
        """An actor for a named entity the dictionary does not know (``code=""``)."""
        ent = _strip_punct(ent)
        name = _clean_name(ent)
        if kind == "person" and len(name.split()) == 1:
            known = self._known_surnames.get(name.lower())
            if known is not None:
                # "Peskov said" after "Kremlin spokesman Dmitry Peskov": the same person.
                return dataclasses.replace(known, text=ent.text, start=ent.start_char,
                                           end=ent.end_char, via="coref")
            name = self._surnames.get(name.lower(), name)
        return Actor(text=ent.text, name=name, code="", country=None, sector=None, kind=kind,
                     start=ent.start_char, end=ent.end_char, via="name")

    def _unnamed(self, subject: Token) -> Actor | None:
        """An actor for an unnamed source ("a senior official"), kind ``unresolved``."""
        phrase = _phrase(subject)
        if subject.pos_ == "PROPN" and subject.lower_ in self._known_surnames:
            known = self._known_surnames[subject.lower_]
            return dataclasses.replace(known, text=phrase.text, start=phrase.start_char,
                                       end=phrase.end_char, via="coref")
        if subject.pos_ == "PROPN" and subject.lower_ in self._surnames:
            return Actor(text=phrase.text, name=self._surnames[subject.lower_], code="",
                         kind="person", start=phrase.start_char, end=phrase.end_char, via="name")
        if not phrase.text.strip():
            return None
        return Actor(text=phrase.text, name=phrase.text, code="", kind="unresolved",
                     start=phrase.start_char, end=phrase.end_char, via="name")


def _past_dateline(subject: Token) -> Token:
    """The real subject when the parser made a dateline its head.

    "WASHINGTON — Connecticut's tax commissioner said ..." often parses with "WASHINGTON" as
    subject and the speaker in apposition; an all-capitals place name opening the paragraph is
    a dateline, never a speaker.
    """
    if not (subject.text.isupper() and len(subject.text) > 2 and subject.ent_type_ == "GPE"):
        return subject
    for child in subject.children:
        if (child.dep_ in ("appos", "conj") and child.pos_ in ("PROPN", "NOUN")
                and child.left_edge.text != "("):  # "(Reuters)" is the wire, not the speaker
            return child
    return subject


def _phrase(head: Token) -> Span:
    """The head with its left modifiers ("a senior Russian official"), no clauses after it."""
    return head.doc[head.left_edge.i: head.i + 1]


def _entity_of(tok: Token) -> Span:
    # Expand through the IOB tags rather than scanning doc.ents: constant work per speaker.
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _strip_punct(span: Span) -> Span:
    """Drop punctuation glued to a name's edges ("― Jacklyn Ashley")."""
    start, end = span.start, span.end
    while start < end - 1 and not any(ch.isalnum() for ch in span.doc[start].text):
        start += 1
    while end - 1 > start and not any(ch.isalnum() for ch in span.doc[end - 1].text):
        end -= 1
    return span.doc[start:end]


def _clean_name(ent: Span) -> str:
    text = ent.text
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return " ".join(text.split())
