"""Parse repair and reading of a headline's credited source: the name after a closing dash
("Belarus threatens Lithuania - Duda") and the speaker of a kicker before a colon ("Pentagon:
Russia has moved more troops"). Run by ``repair.repair_parse`` (see its docstring, "Headline
attribution"); the modality reader and the governors ask the same questions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import ActorDictionary
from .actors.loader import country_names, grammar_words
from .outlets import canonical_outlet

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DASHES = frozenset({"-", "\u2013", "\u2014"})


# Sources a headline credits in lower case after its dash ("... of Kherson - mayor")
_HEADLINE_SPEAKERS = frozenset(
    {"mayor", "governor", "official", "officials", "minister", "ministry", "police", "army",
     "military", "source", "sources", "report", "reports", "media", "witness", "witnesses",
     "residents", "spokesman", "spokeswoman", "spokesperson", "president", "authorities",
     "agency", "diplomat", "diplomats", "envoy", "ambassador", "monitor", "monitors", "lawmaker",
     "lawmakers", "prosecutors", "prosecutor", "investigators", "observers", "chief"}
)  # fmt: skip


# Titles that open a long credit ("- deputy commander of the Azov regiment Palamar")
_TITLES = _HEADLINE_SPEAKERS | {"commander", "head", "deputy", "adviser", "advisor", "secretary",
                                "chairman", "speaker", "director", "representative"}

_POSSESSIVE = frozenset({"'s", "’s"})  # "- President's Office"
# Last words of an occasion's name, which a dash may set after what happens on it
_OCCASIONS = frozenset({"day", "week", "year", "anniversary", "holiday", "eve", "festival"})


def _name_word(tok: Token) -> bool:
    """A word of a credited name: letters, an abbreviation with stops ("U.N."), or a hyphen
    inside a name ("Thomas-Greenfield")."""
    return tok.is_alpha or (tok.text.replace(".", "").isalpha() and "." in tok.text[1:]) or (
        tok.text == "-" and not tok.whitespace_ and not tok.nbor(-1).whitespace_)


def _titled(name: Span) -> bool:
    """Whether a credit longer than four words is a titled person ("- U.S. Ambassador to UN
    Thomas-Greenfield"): a title among its words, and a name or a speaker noun last."""
    return any(t.lower_ in _TITLES for t in name) and (
        name[-1].text[:1].isupper() or name[-1].lower_ in _HEADLINE_SPEAKERS)


def headline_attribution(sent: Span) -> Span | None:
    """The source named after a spaced dash at the very end of a sentence with no closing
    stop ("... Lithuania - Duda"): one to four words (or up to eight with a title, see
    ``_titled``), the first capitalised or the last a speaker's noun ("- mayor", "- state
    media"), no place among them but the country of a title ("- U.S. official")."""
    doc = sent.doc
    end = sent.end
    while end > sent.start and doc[end - 1].is_space:
        end -= 1
    for k in range(end - 2, max(sent.start + 2, end - 10), -1):
        dash = doc[k]
        if dash.text == ":":
            return _colon_credit(doc[k + 1 : end])
        spaced = doc[k - 1].whitespace_ or doc[k - 1].text == ","
        if dash.text not in _DASHES or not spaced or not (
                dash.whitespace_ or doc[k + 1].text[:1].isupper()):
            continue  # (a dash set close to the name is still one: "... plant -Ukrainian official",
            # and so is one after a comma: "... between Moscow and Kyiv,- Erdogan")
        name = doc[k + 1 : end]
        if (len(name) > 1 and name[-1].text == "." and len(name) <= 5 and _headline(sent)
                and canonical_outlet(name[:-1].text) is None):
            # "... in the war - Reznikov. View news.": a headline's credit with its own stop
            # (in a story's body a dash before a stop adds a name: "... our east - Kharkiv.")
            name = name[:-1]
        if len(name) > 4 and not _titled(name):
            return None
        # "- Duda", "- Polish minister"; never a place ("talks between Russia - Ukraine")
        places = ("GPE", "LOC") if len(name) > 1 else ("GPE", "LOC", "NORP")
        if (
            (name[0].text[:1].isupper() or name[-1].lower_ in _HEADLINE_SPEAKERS or (
                name[0].lower_ in _TITLES and name[-1].text[:1].isupper()))
            and all(_name_word(t) or (t.lower_ in _POSSESSIVE and t.i < name.end - 1)
                    for t in name)
            and name[-1].text != "."  # "... - Ukrinform." is the outlet's own credit line
            and name[-1].lower_ not in _OCCASIONS  # ("... holiday - Social Worker's Day.")
            and not any(
                e.label_ in places and e.start >= name.start
                and not (e.end < end and doc[e.end].lower_ in _POSSESSIVE)
                and not any(t.lower_ in _TITLES for t in name)
                for e in name.sent.ents
            )  # a place the tagger runs across the dash ("Azerbaijan - Erdogan") is not one,
            # but a place's body or speaker is ("- Ukraine's General Staff", "-U.S. official")
            and name.text.lower() not in country_names() and not _place_name(name)
        ):
            return name
        return None
    return None


def _headline(sent: Span) -> bool:
    """Whether ``sent`` is a document's headline: no stop ends a sentence before it (a
    timestamp or a kicker may: "15.03.22 10:27 - 97 children killed: ...")."""
    return not any(t.text in (".", "!", "?") for t in sent.doc[: sent.start])


def _place_name(name: Span) -> bool:
    """Whether the dictionary knows ``name`` as a place ("... east of our country - Kharkiv"):
    a city or region names where, not who says so."""
    actor = ActorDictionary.builtin().lookup(name.text)
    return actor is not None and actor.kind == "country" and not actor.sector


def _colon_credit(name: Span) -> Span | None:
    """A headline's source after a closing colon ("... kill 19 in Odesa: Ukrainian officials",
    "... shells Kharkiv: governor"): one to four words ending in a speaker's noun; a name
    alone after a colon is more often what the headline is about ("Life after war: Kyiv")."""
    if not 0 < len(name) <= 4 or name[-1].lower_ not in _HEADLINE_SPEAKERS:
        return None
    if not all(_name_word(t) or (t.lower_ in _POSSESSIVE and t.i < name.end - 1) for t in name):
        return None
    return name


# Nouns of a body that speaks in a headline's kicker ("British intelligence: ...")
_SPEAKING_BODIES = frozenset(
    {"intelligence", "ministry", "military", "police", "mayor", "governor", "prosecutor",
     "spokesman", "spokeswoman", "spokesperson", "command", "staff", "office", "army",
     "navy", "minister", "president", "pentagon", "kremlin", "administration"}
)  # fmt: skip


def kicker_attribution(sent: Span) -> Span | None:
    """The source a headline names before a colon at its start ("British intelligence: Russian
    units are regrouping", "Zelensky: we will ..."): one to four words, a name or a body that
    speaks, not a place or a topic ("Ukraine:", "Shelling of Odesa:"); None when no clause
    follows."""
    doc = sent.doc
    colon = next((t for t in sent[:9] if t.text == ":"), None)
    if colon is not None and colon.i > sent.start:
        name, rest = doc[sent.start : colon.i], doc[colon.i + 1 : sent.end]
    elif sent.start > 0 and doc[sent.start - 1].text == ":":
        # the parser may end a sentence at the kicker's colon ("Oleh Synehubov:" | "At night")
        before = doc[sent.start - 1].sent
        name, rest = doc[before.start : sent.start - 1], sent
    else:
        return None
    if not name or (len(name) > 4 and not _titled_body(name)):
        return None
    if len(name) > 4:  # ("Office of the Prosecutor General of Ukraine: more than 800 ...")
        return name if _clause_after(rest) else None
    words = [t for t in name if t.is_alpha]
    # ("Russia's Shoigu:": a possessive inside the name is part of it)
    possessives = sum(t.lower_ in _POSSESSIVE and 0 < t.i - name.start < len(name) - 1
                      for t in name)
    if not words or len(words) + possessives != len(name) or not words[0].text[:1].isupper():
        return None
    if any(t.ent_type_ in ("GPE", "LOC") for t in words) and len(words) == 1:
        return None
    last = words[-1]
    speaking = last.lemma_.lower() in _SPEAKING_BODIES or (
        all(t.pos_ == "PROPN" for t in words)
        # (a country's person: "Russia's Shoigu", whatever the recogniser calls the name)
        and (last.ent_type_ in ("PERSON", "ORG") or possessives > 0)
        and not any(t.lower_ in grammar_words("facility_heads") for t in words)
    )
    # "Olaf Scholz: Scholz promised ...": a kicker named again is the topic
    topic = any(t.lower_ == last.lower_ for t in rest)
    return name if speaking and _clause_after(rest) and not topic else None


def _clause_after(rest: Span) -> bool:
    """Whether a clause follows the kicker (a past verb with its subject may be tagged a
    participle: "X likely targeted Y")."""
    return any(
        t.pos_ in ("VERB", "AUX")
        and (t.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass")
                                                  for c in t.children))
        for t in rest
    )


def _titled_body(name: Span) -> bool:
    """A kicker of five to eight words headed by a speaking body and built with "of" ("Office
    of the Prosecutor General of Ukraine", "General Staff of the Armed Forces")."""
    return len(name) <= 8 and name[0].text[:1].isupper() and name.root.lemma_.lower() in (
        _SPEAKING_BODIES) and any(t.lower_ == "of" for t in name) and all(
        t.is_alpha or t.lower_ in _POSSESSIVE for t in name)


def detach_attribution(name: Span, root: Token) -> None:
    """Hang the attribution ``name`` on ``root``; a word outside it that hung on it takes the
    name's old place in the tree."""
    head = name.root
    if head.i == root.i or name.start <= root.i < name.end:
        return
    old_head, old_dep = head.head, head.dep_
    if name.start <= old_head.i < name.end:
        return
    for t in list(name.doc[name.sent.start : name.start]):
        if name.start <= t.head.i < name.end:
            t.head = old_head
            if t.dep_ in ("compound", "amod", "nmod", "poss", "punct") and t.text not in _DASHES:
                t.dep_ = old_dep
    dash = name.doc[name.start - 1]
    head.head = root
    head.dep_ = "parataxis"
    dash.head = head
    dash.dep_ = "punct"
