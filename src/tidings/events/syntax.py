"""Dependency-tree helpers: a clause's subjects, objects, agents and prepositional phrases.

Works on spaCy's English dependency labels (ClearNLP style: nsubj, nsubjpass, agent, dobj,
dative, prep/pobj, prt, xcomp, ccomp, relcl, acl, advcl, pcomp, conj). Functions return tokens,
never actors: the coder turns head tokens into actors through the actor index. The
phrase-level helpers (a preposition's object, measure nouns, time phrases, infinitival "to")
live in ``nouns.py`` and are re-exported here for the modules that import them from ``syntax``.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from ..actors.index import KIN_NOUNS
from .holders import plan_holder as plan_holder
from .holders import pretext_user
from .nouns import capacity_holder, for_subject
from .nouns import included as included
from .nouns import infinitival_to as infinitival_to
from .nouns import measure as measure
from .nouns import measured as measured
from .nouns import pobj as pobj
from .nouns import temporal as temporal
from .nouns import time_gerund as time_gerund
from .objects import demanded_of, manner_subject, misread_object, shared_object
from .objects import subjunctive as subjunctive
from .reporters import message_author, reporter_of

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


# Verbs whose infinitive complement takes the verb's object as its subject ("urged Russia to
# withdraw", "forced Kyiv to retreat"); everything else is subject control ("refused to go").
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "call", "force", "compel", "order", "tell", "invite", "encourage", "press",
     "pressure", "persuade", "convince", "help", "allow", "permit", "want", "expect", "require",
     "advise", "implore", "beseech", "push", "request", "instruct", "warn", "demand", "let",
     "provoke", "incite", "goad", "prod", "lure", "bait", "trick"}
)  # fmt: skip
# ... those whose infinitive after the object is never a purpose ("called Kyiv to brief him":
# Biden calls to brief; "provoke Kyiv to attack": Kyiv attacks)
_PROVOKING = frozenset({"provoke", "incite", "goad", "prod", "lure", "bait", "trick"})


def is_passive(verb: Token) -> bool:
    """A passive clause, or a reduced passive relative ("the civilians imprisoned by X")."""
    if _reduced_passive(verb):
        return True
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def _reduced_passive(verb: Token) -> bool:
    """A participle hung on a noun ("civilians imprisoned by X"), not a finite clause the
    parser hung there with a subject of its own ("reports that Russian troops shelled")."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ == "nsubj" for c in verb.children)


def direct_object(verb: Token) -> Token | None:
    """The direct object; for a passive its surface subject ("Moscow was blamed")."""
    if (judged := manner_subject(verb)) is not None:
        return judged  # "praised how Poland took in refugees": the doer is judged
    passive = is_passive(verb)
    want = ("nsubjpass",) if passive else ("dobj", "obj")
    for c in verb.children:
        if c.dep_ in want:
            if c.lower_ in RELATIVE_PRONOUNS and c.i < verb.i:
                # "the journalists whom Iran tried to arrest": what the pronoun stands for
                rel = next((a for a in (verb, *verb.ancestors) if a.dep_ == "relcl"), None)
                if rel is not None:
                    return listed_among(rel.head) or rel.head
            return measured(c)
    if not passive and (misread := misread_object(verb) or shared_object(verb)) is not None:
        return measured(misread)
    if passive and verb.dep_ == "conj":
        # "the prisoners were arrested ... and released by X": the shared subject is the patient
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if passive and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.i:
        # "the towns lay in ruins after being shelled by the army": the patient of the
        # passive gerund is the subject of the clause it is said of
        return _child(verb.head.head, ("nsubj", "nsubjpass"))
    if _reduced_passive(verb):
        return verb.head  # "civilians imprisoned by ..." : the noun is the patient
    if verb.dep_ == "relcl" and not any(
        # "the people that Russia was trying to destroy": the antecedent is the infinitive's
        c.dep_ in ("dobj", "nsubjpass", "xcomp") for c in verb.children
    ):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
            return verb.head  # "the town which rebels attacked"
    return None if passive else demanded_of(verb)


def agents(verb: Token) -> list[Token]:
    """Objects of the passive "by" phrase."""
    by = [c for c in verb.children
          if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(verb))]
    return [o for o in map(pobj, by) if o is not None]


NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def subjects(verb: Token, *, depth: int = 0) -> list[Token]:
    """Head tokens of the source side of a clause.

    Explicit subject first; a passive takes the "by" agent; otherwise the subject is inherited:
    xcomp/infinitive from the governing verb (its object for object-control verbs), conj from the
    first conjunct ("X met Y and signed ..."), relcl/acl from the modified noun, advcl and
    participles from the main clause, gerunds under a preposition from the object of the verb
    ("accused Russia of attacking") or its subject ("denied attacking").
    """
    if depth > 6:
        return []
    if is_passive(verb):
        return agents(verb)
    own = _explicit_subject(verb)
    if own is not None:
        return [own]
    return _inherited_subjects(verb, depth=depth)


def _explicit_subject(verb: Token) -> Token | None:
    """The verb's own subject (for a relative pronoun, what it stands for); None for none or
    an expletive ("there is", "it is"), whose clause inherits its subject."""
    found = _subject_children(verb)
    if not found:
        return None
    c = found[0]
    if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return _relative_antecedent(verb)
    if c.dep_ == "nsubj" and c.lower_ in ("there", "it") and c.tag_ == "EX":
        return None
    return c


def _subject_children(verb: Token) -> list[Token]:
    """The verb's subject children, the real one first."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not found:
        # "Russian shelling hit a hospital": the parser may take a modified gerund before a
        # past verb for its auxiliary; no auxiliary has a modifier of its own
        found = [
            c
            for c in verb.children
            if c.dep_ == "aux"
            and c.tag_ == "VBG"
            and c.i < verb.i
            and verb.tag_ == "VBD"
            and any(g.dep_ in ("amod", "compound", "poss") for g in c.children)
        ]
    if not found and verb.tag_ in ("VBZ", "VBD", "VBP"):
        # "a day before Macron heads to Delhi": the parser may label a finite verb's subject
        # a compound of it; no verb has a compound of its own
        found = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i][-1:]
    # "President Joseph R. Biden, Jr. held a call": the parser makes the generational suffix a
    # second subject; it belongs to the name before it and is never the subject itself.
    found = [c for c in found if c.lower_ not in NAME_SUFFIXES] or found
    # Two subjects are a misparse, nearly always of a wire dateline ("BEIJING, Feb 4 (Wire) -
    # Russia and China declared"): the subject nearest before the verb is the real one.
    # (A dateline ends in punctuation; "the militant group Boko Haram" is one subject.)
    before = [c for c in found if c.i < verb.i]
    if len(found) > 1 and before and before[-1].i != found[0].i:
        doc, last = verb.doc, before[-1]
        if any(doc[i].dep_ == "punct" for i in range(found[0].i + 1, last.left_edge.i)):
            found = [last]
    return found


def _inherited_subjects(verb: Token, *, depth: int) -> list[Token]:
    """The subject of a clause without its own, from the clause it hangs on (see
    ``subjects``); ``depth`` counts the clauses climbed so far."""
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return []
    if dep in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_ == "mean" and verb.tag_ == "VBG":
            return []  # "buying its gas means arming Moscow": whoever buys, not the speaker
        return _controller(head, depth=depth)
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd") and (
            head.head.i != head.i):
        return subjects(head.head, depth=depth + 1)  # "Latvia is about/ready/willing to reopen"
    if dep in ("acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
        # "Ukraine is ready for talks": a predicate adjective's subject is the copula's
        return subjects(head, depth=depth + 1)
    speaker = reporter_of(verb)
    if speaker is not None:
        # "Blinken said Russia was preparing an attack, urging Moscow to change course": the
        # parser may hang the reporter's participle on the reported clause
        return subjects(speaker, depth=depth + 1)
    giver = head.head if dep in ("relcl", "acl") and head.dep_ == "dobj" else (
        head if dep == "advcl" and head.lemma_ in _GIVING else None)
    if giver is not None and _child(verb, ("aux",)) is not None \
            and (given := _child(giver, ("dative",))) is not None:
        return [given]  # "gave Russia a green light to continue bombing": Russia bombs
    if verb.tag_ == "VBN" and not _child(verb, ("nsubj", "aux")) and (dep == "advcl" or (
            dep == "conj" and head.tag_ == "VBD")):  # ("said ..., captured civilians": listed)
        return []  # "seized by X, the men were moved": a passive, no act of the clause's subject
    if dep == "advcl" and head.lemma_ in _PROVOKING and verb.tag_ == "VB" and (
            obj := _child(head, ("dobj",))) is not None and obj.i < verb.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return [obj]  # ("provoke Armenia's army to attack", read as a purpose: the army's)
    if dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return _shared_subject(verb, head, depth=depth)
    if dep in ("relcl", "acl") and head.dep_ == "attr" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):  # "X was the first to"
        return subjects(head.head, depth=depth + 1)
    if dep == "relcl":
        return [head]
    if dep == "acl" and (author := message_author(verb)) is not None:
        return subjects(author, depth=depth + 1) if author.pos_ in ("VERB", "AUX") else [author]
    if dep == "acl":
        holder = capacity_holder(head) if verb.tag_ == "VB" else None
        if holder is not None:  # "sought the power to sanction X": the seeker acts
            return [holder] if holder.pos_ != "VERB" else subjects(holder, depth=depth + 1)
        if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ == "be":
            return subjects(head.head.head, depth=depth + 1)  # "X is among those condemning"
        return _noun_clause_subject(verb, head)
    if dep == "pcomp" and head.lower_ == "of" and (holder := plan_holder(head.head)) is not None:
        return subjects(holder, depth=depth + 1)  # "has no intention of attacking Ukraine"
    if dep == "pcomp" and (effort := head.head).lemma_.lower() in _ACTION_NOUNS and (
            effort.dep_ == "dobj" and effort.head.lemma_.lower() in _TAKING):
        return subjects(effort.head, depth=depth + 1)  # "focus efforts on seizing X": who does
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        if time_gerund(verb):  # "met Wang before heading to Delhi": Lavrov heads there
            served = head.head  # (", including by imposing": a means of the verb before)
            served = served.head if included(served) else served
            patient = _child(served, ("nsubjpass",)) if is_passive(served) else None
            # ("was detained by police after protesting": the detained protested)
            return [patient] if patient is not None else subjects(served, depth=depth + 1)
        return _gerund_subject(head.head, depth=depth, prep=head.lower_)
    return []


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    """The first child of ``tok`` with one of the dependency labels ``deps``."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def _controller(gov: Token, *, depth: int) -> list[Token]:
    """The subject of a complement clause of the verb ``gov``: whoever controls it."""
    if is_passive(gov):
        # "Scholz was pressed by the Greens to arm Kyiv": the passive subject acts
        patient = _child(gov, ("nsubjpass",))
        if patient is not None:
            return [patient]
    if gov.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in gov.children):
        # "it took Russia three weeks / took three weeks for Russia to take the city"
        timed = prep_objects(gov, ("for",)) + [
            c for c in gov.children
            if c.dep_ in ("dobj", "dative") and c.ent_type_ not in ("DATE", "TIME")
        ]
        return timed[:1]
    if gov.lemma_ in OBJECT_CONTROL:  # ("called on X not to be afraid to oppose Y": X opposes)
        obj = _child(gov, ("dobj", "dative")) or (
            next(iter(prep_objects(gov, ("on", "upon"))), None) if gov.lemma_ == "call" else None)
        if obj is not None:
            return [obj]
    return subjects(gov, depth=depth + 1)


def _shared_subject(verb: Token, head: Token, *, depth: int) -> list[Token]:
    """The subject a conjunct or adverbial clause ``verb`` shares with its verb ``head``."""
    if (stated := for_subject(verb)) is not None:
        return [stated]  # ("... for the refugees to cross": not the head's subject)
    if (verb.dep_ == "conj" or _child(verb, ("mark",))) and is_passive(head) and not is_passive(
            verb) and verb.tag_ != "VBN":  # "he was horrified by the killings and called on
        # the authorities", "was killed by invaders while defending Irpin": an active conjunct
        # or clause shares the passive clause's surface subject, not its "by" agent
        patient = _child(head, ("nsubjpass",))
        if patient is not None:
            return [patient]
    return subjects(head, depth=depth + 1)


def _noun_clause_subject(verb: Token, noun: Token) -> list[Token]:
    """The subject of a clause ``verb`` on ``noun`` (acl): the noun for an active participle
    ("troops attacking the city"), none for a reduced passive."""
    if verb.tag_ == "VB":
        # "plans for the chancellor to meet Xi", "an attempt by the rebels to advance",
        # "Moscow's bid to seize the city", "the decision of Turkey to close the straits": the
        # parser hangs the infinitive on the noun and its subject on the noun's "for", "by" or
        # "of", or it is the noun's possessor
        common = noun.pos_ == "NOUN"  # ("Serbia's Vucic to meet": a named person acts himself)
        if noun.lemma_.lower() in KIN_NOUNS:
            return [noun]  # "the leader's spouse to address Congress": the spouse does
        for c in noun.children:
            o = pobj(c) if c.dep_ == "prep" and c.lower_ in ("for", "by", "of") else (
                c if c.dep_ == "poss" else None)
            if not common and c.lower_ != "for":
                continue
            if o is not None and o.i < verb.i and o.pos_ in ("PROPN", "NOUN", "PRON"):
                return [o]
        owner = [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
        if common and owner and owner[0].i < noun.i:
            return owner[:1]  # "the Georgian refusal to withdraw": Georgia refuses
        if noun.lemma_.lower() in _ACTION_NOUNS and noun.dep_ == "dobj" \
                and noun.head.lemma_.lower() in _TAKING:
            return subjects(noun.head)  # "took action to isolate Russia": who took it
        if (holder := plan_holder(noun)) is not None:
            return subjects(holder)  # "Russia has no plans to invade": Russia's plans
        if (used := pretext_user(noun)) is not None:
            user, handed = used  # "sought a pretext to invade"; "gave Moscow a pretext to"
            given = _child(user, ("dobj", "dative")) if handed else None
            return [given] if given is not None else ([] if handed else subjects(user))
    return [noun] if verb.tag_ not in ("VBN", "VBD") else []


_GIVING = frozenset({"give", "grant", "offer", "hand", "lend", "send"})
# Acts whose purpose is done by who takes them, and verbs of taking (not "welcomed moves to")
_ACTION_NOUNS = frozenset({"action", "step", "measure", "effort", "move", "initiative"})
_TAKING = frozenset({"take", "make", "launch", "undertake", "redouble", "intensify", "focus",
                     "implement", "adopt", "pursue", "spearhead", "step",
                     "concentrate"})  # fmt: skip


def _gerund_subject(gov: Token, *, depth: int, prep: str) -> list[Token]:
    """The subject of a gerund under a preposition of the verb ``gov``: its object ("accused
    Russia of attacking"), else its subject ("denied attacking"); both for one joined in it."""
    obj = _child(gov, ("dobj", "nsubjpass"))
    if obj is None:
        return subjects(gov, depth=depth + 1)
    joined = prep == "in" and gov.lemma_.lower() == "join"  # ("joined the US in condemning")
    return subjects(gov, depth=depth + 1) + [obj] if joined else [obj]


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})


def _relative_antecedent(verb: Token) -> Token:
    """What the relative pronoun subject of ``verb`` stands for: the noun the clause hangs
    on, unless that is the place of another noun ("the attack against Abha in Saudi Arabia,
    which injured civilians": a place injures no one; the clause is about what happened
    there), when it is that noun; for a plural clause, every conjunct it follows ("met X and
    Y, who were visiting")."""
    head = verb.head
    while head.ent_type_ in _PLACE_ENTS and head.dep_ == "pobj" and (
            head.head.lower_ in _WHERE_PREPS and head.head.head.pos_ in ("NOUN", "PROPN")):
        head = head.head.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    while head.dep_ in ("conj", "appos") and head.pos_ in ("NOUN", "PROPN") and any(
            t.tag_ == "VBP" or t.lower_ == "were" for t in verbs):  # (not "those who")
        head = head.head
    return listed_among(head) or head


def listed_among(noun: Token) -> Token | None:
    """The subject ``noun`` counts in: Poland in "Poland is among the countries that sent
    tanks" (or "one of the countries that"), else None."""
    among = noun.head if noun.dep_ == "pobj" else None
    if among is not None and among.lower_ == "of" and among.head.lower_ == "one":
        among = among.head if among.head.dep_ == "attr" else None
    if among is None or among.lower_ not in ("among", "one") or among.head.lemma_ != "be":
        return None
    return _explicit_subject(among.head)


def prep_objects(tok: Token, words: Container[str]) -> list[Token]:
    """The objects of the prepositional phrases of ``tok`` whose preposition is one of
    ``words`` ("by", "between", "over" ...)."""
    found = (pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in words)
    return [o for o in found if o is not None]


def by_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "by" phrases."""
    return prep_objects(noun, ("by",))


def noun_sources(noun: Token) -> list[Token]:
    """Source side of a nominal trigger: the noun (its possessor/modifier actors), "by X", or
    the parties "between X and Y" ("talks between Iran and the US": each side acts), or the
    root of a verbless headline that is "in" the noun ("Colombia in talks with Venezuela")."""
    by = by_objects(noun)
    if by and any(c.dep_ == "poss" for c in noun.children):
        return [*by, *between_objects(noun)]  # "its shelling by the invaders": it suffered it
    return [noun, *by, *between_objects(noun), *_headline_holder(noun)]


def _headline_holder(noun: Token) -> list[Token]:
    """ "Colombia in talks with Venezuela": a headline drops "is", and the parser makes the
    party the root noun with the event noun in its "in" phrase."""
    prep = noun.head
    root = prep.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep" and (
            root.dep_ == "ROOT" and root.pos_ == "PROPN"):
        return [root]
    return []


def between_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "between" phrases."""
    return prep_objects(noun, ("between",))
