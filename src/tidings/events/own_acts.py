"""What a speaker says it will or could do itself: "Turkey said it would hand the detainees
over" states an intent (CAMEO 03), "Iran warned it could strike Israel" a threat (CAMEO 13).
The reported clause's subject must be the speaker: a pronoun agreeing with it, or the
speaker's own country named ("Biden said the United States will ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause_cues import conditions

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorIndex
    from .lexicon import Transform, VerbLexicon

# "Turkey said it would hand the detainees over": a speaker stating its own future act
DECLARING = frozenset({"say", "announce", "declare", "state", "confirm", "pledge", "promise",
                       "stress", "underscore", "emphasize", "emphasise", "reiterate"})
WILL = frozenset({"will", "would", "shall", "'ll", "\u2019ll"})
_SELF = {"it": "sg", "he": "sg", "she": "sg", "i": "sg", "we": "any", "they": "pl"}
# Verbs of warning: whatever harm the warner says it will do to another is threatened
_WARNING = frozenset({"warn", "caution", "threaten", "vow", "signal"})
# What a speaker says it may do, or would do on a condition left unsaid ("says it could
# strike Israel", "says it would"): a threat when the act is coercive; "will" announces an act
# decided, and so does "would" after a past verb of saying ("said it would suspend")
_POSSIBLE = frozenset({"could", "may", "might", "would"})


def own_commitment(
    tok: Token, code: str, lexicon: VerbLexicon, index: ActorIndex | None = None
) -> tuple[Transform, str] | None:
    """ "Turkey said it would hand the detainees over", "Putin said he would meet Biden": a
    speaker declaring a cooperative act of its own to come expresses the intent to do it (CAMEO
    03, PLOVER AGREE), which happens as it is said; the act itself has not happened. A hostile
    act to come is a threat when the speaker says it could do it or warns of it
    (``own_warning``), and stays a future event when it is announced ("said it will expel")."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in DECLARING or code.startswith("03"):
        return None  # a code of intent already says what is meant
    if not any(c.dep_ == "aux" and c.lower_ in WILL for c in tok.children) or any(
        c.dep_ == "neg" for c in tok.children
    ):
        return None  # "said it would not withdraw" is a refusal (see recoding._refusal)
    if not speakers_own(tok, index):
        return None
    intent = lexicon.transforms.get("intent")
    new = intent.apply(code) if intent is not None else None
    return (intent, new) if intent is not None and new is not None else None


def own_warning(
    tok: Token, code: str, lexicon: VerbLexicon, index: ActorIndex | None = None
) -> tuple[Transform, str] | None:
    """ "Iran said it could strike Israel", "North Korea warned it will launch missiles at
    Japan": a speaker saying it may, or would, do a coercive or violent act of its own
    (CAMEO 14-20), or warning that it will, threatens the act's target with it (CAMEO 13, the
    threat the act maps to); the act itself has not happened. None for anything else: "said
    it would not attack" (a refusal), "said Russia could attack" (another's act foretold),
    "said it would close the straits if war broke out" (aimed at no party)."""
    head = tok.head
    lemma = head.lemma_.lower()
    if tok.dep_ != "ccomp" or code[:2] < "14" or lemma not in DECLARING | _WARNING:
        return None
    # ("said it would suspend services": a past "will", announced; "says it would" is not)
    modals = _POSSIBLE | WILL if lemma in _WARNING else _POSSIBLE - (
        {"would"} if head.tag_ in ("VBD", "VBN") and not conditions(tok.children, lexicon)
        else set())
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children) or any(
        c.dep_ == "neg" for c in tok.children
    ):
        return None
    if index is None or not speakers_own(tok, index) or not _aimed(tok, index):
        return None
    threaten = lexicon.transforms.get("threaten")
    new = threaten.apply(code) if threaten is not None else None
    return (threaten, new) if threaten is not None and new is not None else None


def speakers_own(tok: Token, index: ActorIndex | None) -> bool:
    """Whether the subject of the reported clause ``tok`` is its speaker: a pronoun agreeing
    with the speaker, or the speaker's own country named alone."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or speaker is None:
        return False
    number: str | None
    if index is not None and subject.pos_ == "PROPN" and _same_country(subject, speaker, index):
        number = "same"
    else:
        number = _SELF.get(subject.lower_)
    if speaker.pos_ == "PRON" and number != "same":  # "he said he would": the same referent
        same = speaker.lower_ == subject.lower_ or {speaker.lower_, subject.lower_} == {"i", "we"}
        number = "same" if same else None
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    return number is not None and not (number == "sg" and plural) and not (
        number == "pl" and not plural)


def _same_country(subject: Token, speaker: Token, index: ActorIndex) -> bool:
    """Whether the named subject is the speaker's own country ("Biden said the United States
    will"): a country named alone, and the speaker of that country."""
    named = index.actors_for(subject)
    own = {a.country for a in index.actors_for(speaker) if a.country}
    return bool(named) and all(a.kind == "country" and a.country in own for a in named)


def _aimed(tok: Token, index: ActorIndex) -> bool:
    """Whether the clause ``tok`` names a party its act is aimed at: an actor in it besides its
    subject and its conditions."""
    skip = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "advcl")
            for t in c.subtree}
    return any(index.actors_for(t) for t in tok.subtree if t.i not in skip and t.i != tok.i)
