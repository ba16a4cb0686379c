"""Career-history and schedule sentences: biographies, personnel announcements, day schedules.

Why: government releases announce nominees and appointees with a biography of each ("Before
joining the department, she served as ambassador to Kenya, where she negotiated a trade
accord", "He earned his law degree at ..."), and publish the principal's day as a timed list
("10:00 AM  The President receives the intelligence briefing"). The coder finds real verbs
between real actors in them, but they are a career or an agenda, not news of the day: CAMEO
codes what happened at the date of the report, and a career step years ago, or a briefing on
the daily schedule, is neither. Every event of such a sentence is dropped, whatever its actors
(unlike the off-topic sentences of ``discard``, whose state actors keep their events: a
biography's actors are all state actors).

The signals, read on spaCy's parse of each sentence:

- a *career predicate* at the root: "serve" (as/on/in ...), "work" (as/at/for ...), "hold" a
  post, "join" an organisation, "lead"/"chair"/"teach"/"clerk"/"practise", "begin"/"spend"
  a career, or a copula with a post noun ("was Chief Executive Officer of ...");
- an *education predicate*: a degree word ("B.A.", "J.D.", "degree", "doctorate") with
  "earn", "receive", "hold", "complete" ..., or "graduate" (verb or "is a graduate of");
- a *career adjunct*: "previously", "formerly", "most recently", "before joining", "prior to
  this role", "earlier in her career", a year range ("from 2009 to 2013", "2014-2017"), "since
  2019", "for over two decades";
- a *personal subject*: a person's name, "he"/"she", a person noun ("the diplomat") or a
  career noun ("her experience"): countries, forces and organisations do not have careers;
- a career is told in the past or present: a predicate under "will", "would", "could" ... is
  an intention ("he will work with Congress"), and one with an infinitive complement an
  effort ("has worked for years to undermine the talks"), not a career step;
- at article level, a *personnel announcement* in the lead (first five sentences): "intent to
  nominate/appoint", "Nominee for", "announces key appointees", "Nominations sent to the
  Senate"; the entries of such a Senate list ("Jane Roe, of Ohio, to be ..., vice John Doe,
  resigned") are personnel on their own.

Decisions, from most to least certain:

- A sentence alone (a single sentence to code, or a news article) is biographical only with an
  education predicate, or with a career predicate at its root, a personal subject *and* a
  career adjunct, and no clause conjoined to the root with a date of its own ("has served
  since 2000, and on Friday accused NATO" keeps the accusation). "previously" alone is not
  enough: "Russia previously invaded Crimea in 2014" keeps its event (no career predicate, no
  personal subject), and so does "Smith, who served in Moscow from 2012 to 2014, met the
  minister" (the root is the meeting).
- A personnel article is one with an announcement in its lead, or with at least three
  biographical sentences making at least a twentieth of it. A briefing that discusses a
  coming nomination halfway through, or a story that recalls one official's career, is not.
- In a personnel article a personal subject with either a career predicate or a career
  adjunct suffices, the announcement sentence itself goes (a domestic nomination has no CAMEO
  category; what the coder finds in it are the posts' country names), and so does every
  sentence of a paragraph that holds a biographical sentence: a biography paragraph tells one
  career, and its other sentences ("She reached Kabul a week before the city fell") carry no
  signal of their own.
- A schedule entry is a sentence that starts with a clock time and either has its first
  finite verb in the present ("receives", "departs") or a press-coverage marker ("Closed
  Press", "In-Town Pool"). A live blog's past-tense entries ("9:40 a.m. Russian forces
  shelled ...") are news and stay.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


# Bodies one joins or heads as a career step ("joined the Foreign Service in 1998").
_ORGANISATIONS = _words(
    "administration department firm company faculty staff office agency service bar team "
    "board council army navy corps force ministry bureau committee division institute center "
    "centre program university"
)

# Root verbs of a career step, with the dependants that make them one (None: any use).
_CAREER_VERBS: dict[str, frozenset[str] | None] = {
    "serve": None,  # "served as", "served on the board", "served two terms"
    "work": None,
    "hold": _words(
        "position post role assignment office seat title chair appointment fellowship "
        "professorship rank"
    ),
    "join": _ORGANISATIONS,
    "head": _ORGANISATIONS,  # "headed the bureau", not "heads to Beijing"
    "begin": frozenset({"career"}),  # "began her career at the bank"
    "start": frozenset({"career"}),
    "spend": _words("years decades months career"),  # "spent two decades at the bank"
    **dict.fromkeys(
        _words(
            "lead chair direct manage oversee teach clerk practice practise found co-found retire"
        )
    ),
}

# Post nouns: a copula with one of these as its attribute states a position ("was Chief
# Executive Officer", "is a professor of history", "is a career member of the Service").
_POSTS = _words(
    "director officer professor member partner fellow chair chairman chairwoman chairperson "
    "president secretary ambassador advisor adviser counsel counselor attorney assistant "
    "deputy chief head manager associate consultant lecturer dean judge clerk staffer analyst "
    "researcher scholar founder executive commissioner administrator ceo recipient alumnus "
    "alumna veteran trustee principal coordinator representative envoy official lawyer "
    "economist historian scientist physician engineer prosecutor investigator instructor "
    "graduate owner vice senior specialist expert strategist attaché consul"
)

# Common nouns for one person as a subject ("the diplomat served as ...").
_PERSON_NOUNS = _POSTS | _words("diplomat nominee appointee journalist soldier")

# Degree words ("earned a B.A.", "holds a doctorate") and schools ("graduated from the
# Academy"); tokens are compared lower-cased with their dots removed.
_DEGREES = _words("degree degrees bachelor bachelors master masters doctorate diploma")
# Degree abbreviations, matched case and dots included: "MS." and "Ma" are also titles and
# names, and a dotted-capitals pattern would take "U.S." for a degree.
_DEGREE_ABBREVIATIONS = _words(
    "B.A. B.S. M.A. M.S. J.D. Ph.D. M.D. M.B.A. LL.M. LL.B. Ed.M. Ed.D. M.P.A. M.P.P. M.P.H. "
    "B.Sc. M.Sc. M.F.A. A.B. S.J.D. M.Phil. D.Phil. PhD MBA JD LLM LLB MPA MPP MPH EdD BSc MSc"
)
_EDUCATION_VERBS = _words("earn receive obtain complete hold attend study get graduate have")

# Nouns that stand for a person's career as the subject ("Her experience includes service as").
_CAREER_SUBJECTS = _words(
    "experience career background tenure assignment assignments expertise service research work"
)

_YEAR = r"(?:19|20)\d\d"
_CAREER_ADJUNCT = re.compile(
    r"\b(?:previously|formerly|most recently|subsequently|earlier in (?:his|her|their) career"
    r"|throughout (?:his|her|their) career|(?:before|prior to) (?:joining|serving|becoming"
    r"|coming|taking|being|this|that|his|her|their|the current)"
    rf"|from (?:\w+ )?{_YEAR} (?:to|until|through) (?:\w+ )?(?:{_YEAR}|the present|present)"
    rf"|{_YEAR} ?[-\u2013] ?(?:{_YEAR}|\d\d|present)\b|since (?:\w+ )?{_YEAR}"
    r"|for (?:over |more than |nearly |almost |about )?(?:\w+ )?(?:years|decades))\b",
    re.IGNORECASE,
)
_ANNOUNCEMENT = re.compile(
    r"\bintent(?:ion)? to (?:nominate|appoint)\b|\bintends to (?:nominate|appoint)\b"
    r"|\b(?:nominee|appointee)s? (?:for|to)\b"
    r"|\bannounce[sd]? (?:\w+ ){0,3}(?:nominees|appointees|nominations|appointments)\b"
    r"|\b(?:nominations?|withdrawals?)(?: and withdrawals?)? sent to the senate\b",
    re.IGNORECASE,
)
# An entry of a list of nominations sent to the Senate: "Jane Roe, of Ohio, to be an
# Assistant Secretary of Labor, vice John Doe, resigned." A name suffix ("II", "Jr.") may
# follow the name, and an apposition may stand between the state and "to be" ("..., of Ohio,
# a Career Member of the Senior Foreign Service, to be ...").
_NOMINATION_ENTRY = re.compile(
    r"^\W*[A-Z][^,]{2,60}(?:, [IVJS][IVr.]*)?, of (?:the )?[A-Z][^,]{2,40},"
    r"(?: [^.]{0,120},)? to be\b"
)
# A clock time at the start of a schedule line, and the press-coverage labels of a schedule.
_CLOCK = re.compile(r"^\W*\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])", re.IGNORECASE)
_COVERAGE = re.compile(
    r"\b(?:closed press|open press|in-town pool|out-of-town pool|pool spray|travel pool"
    r"|local event time)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
# Words that date a clause to the news of the day.
_NEWS_TIMES = _words("today yesterday tonight tomorrow now")
_NOT_PERSONS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})
# Auxiliaries of an intention or a possibility: "he will work with Congress" is no career step.
_MODALS = _words("will would shall should can could may might must 'll wo ca")
#: A personnel release announces in its lead: the first sentences (headline, dateline, lead).
LEAD_SENTENCES = 5
#: Without an announcement, an article is a personnel article with at least this many
#: biographical sentences making at least this share of it (a long briefing that mentions
#: one official's past is not).
PERSONNEL_MIN = 3
PERSONNEL_SHARE = 0.05


def career_sentences(sents: Sequence[Span]) -> list[bool]:
    """For each sentence of one article, whether it is career history or a schedule entry
    (see the module docstring); its events are not coded."""
    texts = [s.text for s in sents]  # (a Span builds its text on every access)
    strong = [
        _schedule_entry(s, t) or _alone_biographical(s, t) or bool(_NOMINATION_ENTRY.match(t))
        for s, t in zip(sents, texts, strict=True)
    ]
    announced = [bool(_ANNOUNCEMENT.search(t)) for t in texts]
    dense = sum(strong) >= max(PERSONNEL_MIN, PERSONNEL_SHARE * len(sents))
    if not (any(announced[:LEAD_SENTENCES]) or dense):
        return strong
    flags = [
        st or an or _personnel_biographical(s)
        for s, st, an in zip(sents, strong, announced, strict=True)
    ]
    # a biography paragraph tells one career: its other sentences go with it
    paragraphs = _paragraph_ids(sents)
    career_paragraphs = {p for p, f in zip(paragraphs, flags, strict=True) if f}
    return [f or p in career_paragraphs for p, f in zip(paragraphs, flags, strict=True)]


def _paragraph_ids(sents: Sequence[Span]) -> list[int]:
    """The paragraph (blank-line-separated block) of each sentence of one document."""
    if not sents:
        return []
    text = sents[0].doc.text
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    return [bisect.bisect_right(breaks, s.start_char) for s in sents]


def _schedule_entry(sent: Span, text: str) -> bool:
    """A timed schedule line: a clock time first, then a present-tense act or coverage label.
    The first finite verb decides (the parser often makes the time itself the root)."""
    if not _CLOCK.match(text):
        return False
    if _COVERAGE.search(text):
        return True
    finite = next((t for t in sent if t.tag_ in ("VBZ", "VBP", "VBD")), None)
    if finite is None or finite.tag_ == "VBD":
        return False
    # a principal keeps a schedule; a country or an organisation acting at a time is a
    # live-blog entry ("9:40 a.m. Poland closes its border")
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in _NOT_PERSONS for c in finite.children
    )


def _alone_biographical(sent: Span, text: str) -> bool:
    """Career history that needs no article context (see the module docstring)."""
    root = sent.root
    if _education(root):
        return True
    if not _CAREER_ADJUNCT.search(text):
        return False  # (the cheap test first)
    if not (_career_predicate(root) and _personal_subject(root, names_as_org=True)):
        return False
    # "has served since 2000, and on Friday he ordered ...": news conjoined
    return not any(c.dep_ == "conj" and _dated(c) for c in root.children)


def _dated(verb: Token) -> bool:
    """A conjoined clause with a date of its own ("and on Friday ordered"): the career
    adjunct of the sentence does not reach it."""
    return any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in _NEWS_TIMES
        for t in verb.subtree
        if t.dep_ != "conj" or t.i == verb.i
    )


def _personnel_biographical(sent: Span) -> bool:
    """Career history in a personnel article: a personal subject with a career predicate or
    a career adjunct."""
    root = sent.root
    if not _personal_subject(root):
        return False
    return _career_predicate(root) or bool(_CAREER_ADJUNCT.search(sent.text))


def _career_predicate(verb: Token) -> bool:
    """A career step: a career verb with the right dependants, or a copula with a post."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False  # a career is told in the past or present, not announced
    if lemma in _CAREER_VERBS:
        if any(c.dep_ == "xcomp" for c in verb.children):
            return False  # "has worked for years to undermine the talks": an effort, not a job
        objects = _CAREER_VERBS[lemma]
        if objects is None:
            return True
        return any(t.lemma_.lower() in objects for t in verb.subtree if t.i > verb.i)
    if lemma == "be" or verb.pos_ in ("NOUN", "PROPN"):
        # "X is a professor" parses with the copula as root; the post is its attribute
        attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
        heads = attrs if lemma == "be" else [verb]
        return any(_is_post(h) for h in heads)
    return False


def _is_post(noun: Token) -> bool:
    """A post noun, or a title phrase ending in one ("Chief Executive Officer")."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in _POSTS or w.lower_ in _POSTS for w in words)


def _education(verb: Token) -> bool:
    """A degree earned or a school finished ("earned a J.D.", "is a graduate of")."""
    lemma = verb.lemma_.lower()
    if lemma == "graduate":
        return True
    if lemma not in _EDUCATION_VERBS and lemma != "be":
        return False
    after = [t for t in verb.subtree if t.i > verb.i]
    if lemma == "be":
        attrs = [c for c in verb.children if c.dep_ == "attr"]
        return any(a.lemma_.lower() in ("graduate", "alumnus", "alumna") for a in attrs)
    return any(_degree(t) for t in after)


def _degree(tok: Token) -> bool:
    """A degree: an abbreviation, or a degree word that is not a measure ("a degree of
    support")."""
    if tok.text in _DEGREE_ABBREVIATIONS:
        return True
    return tok.lower_ in _DEGREES and not any(c.lower_ == "of" for c in tok.children)


def _personal_subject(verb: Token, *, names_as_org: bool = False) -> bool:
    """The clause's subject is a person ("she", a name, "the diplomat") or a career noun
    ("her experience"). The small model often tags a person's name as an organisation;
    ``names_as_org`` accepts such a name where the predicate already says career."""
    not_persons = _NOT_PERSONS - {"ORG"} if names_as_org else _NOT_PERSONS
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lemma = c.lemma_.lower()
        if c.lower_ in _PERSONAL_PRONOUNS or lemma in _CAREER_SUBJECTS:
            return True
        if c.ent_type_ == "PERSON" or (c.pos_ == "NOUN" and lemma in _PERSON_NOUNS):
            return True
        if c.pos_ == "PROPN" and c.ent_type_ not in not_persons:
            return True
    return False
