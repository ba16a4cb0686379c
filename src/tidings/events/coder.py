"""The rule coder: clauses whose trigger matches the lexicon become CAMEO events.

For every sentence: match lexicon entries at verbs and event nouns; fold governing verbs into
the code ("threatened to attack" -> 138, "urged Russia to withdraw" -> 0256, "refused to
release" -> 1243, following the CAMEO manual's treatment of intent, appeals, demands,
rejections and threats); find source and target heads; turn them into actors through the
actor index (compound actors give one event per pair); read the modality; date the event.

Decisions:

- An event needs a source actor; the target may be None.
- Same-actor events (identical source and target codes) are dropped, as PETRARCH does: they
  are nearly always parse or coreference artefacts ("Iraq had attacked themselves").
- "X said (that) Y attacked Z" (speech verb first) also codes X accusing Y (112), the CAMEO
  manual's reading of a third-party allegation; "X claimed it attacked Z" codes 015. A trailing
  attribution ("..., officials said") only makes the event reported.
- Nothing is dropped for its modality: denied, conditional and announced events are emitted
  with that modality, and consumers filter.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..dates import resolve_event_date
from ..ids import content_id
from ..model import Actor, Article, Event
from . import clauses, participants, syntax
from .cameo import cameo_info
from .dating import event_date
from .derived import (
    CLAIM_VERBS,
    VIOLENT_ACTS,
    Coded,
    crowds_of,
    denier,
    protest_violence,
    speech_events,
)
from .discard import discarded
from .governors import coordinated_with_speech, governor, volitional
from .lexicon import Transform, VerbLexicon
from .modality import event_modality, polar_question, sentence_reported

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from ..actors import ActorDictionary, ActorIndex

log = logging.getLogger(__name__)

CODER = "tidings-rules/1"
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_VISITS = frozenset({"042", "043", "044"})
# Mutual acts: with a compound subject and no other party, the members did them with each
# other ("the US, Russia and China met"), whichever dictionary matched the verb (a PETRARCH
# pattern carries no symmetric flag).
_MUTUAL = frozenset({"040", "041", "044", "046"})


# A reflexive target is the source itself; same-actor events are dropped (see above).
_REFLEXIVES = frozenset(
    {"itself", "themselves", "himself", "herself", "ourselves", "oneself", "themself"}
)


def code_events(
    article: Article, doc: Doc, *, index: ActorIndex, lexicon: VerbLexicon | None = None
) -> list[Event]:
    """Every CAMEO event in ``doc`` (the parse of ``article.text``), in text order."""
    lex = lexicon if lexicon is not None else VerbLexicon.builtin()
    published = date.fromisoformat(article.published) if article.published else None
    events: list[Event] = []
    for sent in doc.sents:
        coded = list(code_span(sent, index=index, lexicon=lex))
        if not coded:
            continue
        dates: dict[tuple[str, str], tuple[str | None, str]] = {}  # per clause text and tense
        # an untargeted event repeats a targeted one of the same source and root category
        # ("met with Assad ... to discuss", "bombarded Aleppo, killing eight people"): keep
        # the informative one
        targeted = {(c.code[:2], c.source.code) for c in coded if c.target is not None}
        seen: set[tuple[str, str, str | None]] = set()
        for c in coded:
            key = (c.code, c.source.code, c.target.code if c.target else None)
            if key in seen or (c.target is None and (c.code[:2], c.source.code) in targeted):
                continue
            seen.add(key)
            events.append(_event(article, sent, c, published, dates))
    return events


def code_sentence(
    text: str,
    *,
    nlp: Language,
    dictionary: ActorDictionary,
    on: date | None,
    lexicon: VerbLexicon | None = None,
) -> list[Event]:
    """Code one sentence (or short text) dated ``on``: the evaluator's entry point.

    The text is parsed with ``nlp``; actors come from ``dictionary`` as valid on ``on``, and
    relative dates resolve against it. ``lexicon`` defaults to the built-in one; pass
    ``VerbLexicon.builtin().with_petrarch(...)`` to code with PETRARCH verb dictionaries.
    """
    from ..actors import index_actors

    doc = nlp(text)
    index = index_actors(doc, dictionary=dictionary, on=on)
    article = Article(
        id=content_id("sentence", text, on),
        source_id="sentence",
        published=on.isoformat() if on else None,
        chars=len(text),
        text=text,
    )
    return code_events(article, doc, index=index, lexicon=lexicon)


def code_span(sent: Span, *, index: ActorIndex, lexicon: VerbLexicon) -> Iterator[Coded]:
    """The coded events of one sentence, before dedup and record building."""
    if discarded(sent, lexicon):
        return
    matches: dict[int, clauses.Match] = {}
    for tok in sent:
        m = clauses.best_match(tok, lexicon)
        if m is not None:
            matches[tok.i] = m
    if not matches:
        return
    # Nouns already inside a verb phrase ("launched an attack on") are not coded again.
    for m in list(matches.values()):
        if not m.entry.noun:
            for o in m.objects:
                hit = matches.get(o.i)
                if hit is not None and hit.entry.noun:
                    del matches[o.i]
    governed: dict[int, tuple[Token, Transform, str]] = {}
    for i, m in matches.items():
        g = governor(m.token, m.entry.code, lexicon)
        if g is not None:
            governed[i] = g
    folded = {g[0].i for g in governed.values()}
    reported_all = sentence_reported(sent, lexicon.cues)
    # "prepared to attend", "pledged to expel": a verb whose infinitive complement is coded in
    # its own right says nothing more without a party of its own
    carriers = {
        i
        for i, m in matches.items()
        if any(c.dep_ == "xcomp" and c.i in matches for c in m.token.children)
    }
    for i, m in sorted(matches.items()):
        if i in folded:
            continue
        yield from _code_match(
            m,
            governed.get(i),
            index=index,
            lexicon=lexicon,
            reported_all=reported_all,
            coded_verbs=matches.keys(),
            needs_target=i in carriers,
        )


def _code_match(
    m: clauses.Match,
    gov: tuple[Token, Transform, str] | None,
    *,
    index: ActorIndex,
    lexicon: VerbLexicon,
    reported_all: bool,
    coded_verbs: Collection[int] = (),
    needs_target: bool = False,
) -> Iterator[Coded]:
    tok, entry = m.token, m.entry
    code = entry.code
    if not code and not entry.reverse_code:
        return  # a PETRARCH "---" pattern: the phrase is known not to be an event
    trigger = m.trigger
    rule = entry.id
    governor: Token | None = None
    if gov is not None:
        governor, transform, code = gov
        rule = f"{entry.id}+{transform.name}"
        trigger = (governor, *trigger)
    if code.startswith("191") and tok.dep_ == "acl" and tok.tag_ == "VBG":
        return  # "forces surrounding Ukraine": where the forces stand, not a blockade
    if tok.lemma_ == "call" and (
        any(c.dep_ == "oprd" for c in tok.children)
        or sum(c.dep_ == "dobj" for c in tok.children) > 1
    ):
        return  # "called Putin a killer", "what he called U-24": naming, not a call or appeal
    heads = [
        participants.np_head(h)
        for h in participants.subject_list(participants.source_heads(m, governor))
    ]
    sources = participants.specific(
        participants.actors(
            index,
            heads if entry.noun else [h for h in heads if participants.agentive(h, index, lexicon)],
        )
    )
    if entry.noun:
        # "a meeting with the presidents of France and Italy": the noun's partners are its
        # targets, never its source; nor is a phrase coordinated with the noun
        sources = participants.outside(
            sources, [*m.targets, *(c for c in tok.children if c.dep_ == "conj")]
        )
    modality_at = tok
    if (
        not sources
        and governor is None
        and coordinated_with_speech(tok)
        # "Russian shells killed a man and hit houses, the governor said": the conjunct
        # shares a subject that names an actor, even one that cannot act itself
        and not participants.actors(index, heads)
    ):
        modality_at = tok.head.head  # the speaker's own act stands as the speech verb does
        # "Russia said the talks had failed and blamed Ukraine": the parser hangs "blamed" on
        # "failed"; with no actor in that clause it is the speaker's second act
        heads = syntax.subjects(tok.head.head)
        sources = participants.specific(
            participants.actors(
                index, [h for h in heads if participants.agentive(h, index, lexicon)]
            )
        )
    if not sources:
        return
    target_heads = list(m.targets)
    # "Iraq had attacked themselves": aimed at the source, a same-actor event; only a report
    # of it ("the US said ...") is coded
    reflexive = any(h.lower_ in _REFLEXIVES for h in target_heads)
    if governor is not None and gov is not None and gov[1].object_control:
        # "urged Russia to withdraw": the appeal is addressed to the urged party.
        urged = [c for c in governor.children if c.dep_ in ("dobj", "dative", "nsubjpass")] or [
            c for c in tok.children if c.dep_ == "nsubj"
        ]
        if urged:
            target_heads = urged
    found = participants.specific(
        participants.targets(m, target_heads, sources, index=index, code=code)
    )

    targets = participants.addressees(found, code=code)
    if found and not targets:
        return  # "told reporters", "spoke to the media": a statement to the press, no event
    if not targets and participants.to_interlocutor(code, [*target_heads, *m.objects]):
        return
    if (entry.require_target or entry.noun or needs_target) and not targets:
        return  # statements need an addressee; a bare event noun ("the attack") is too vague
    if entry.swap and targets:
        sources, targets = targets, sources
    reading = event_modality(
        modality_at, lexicon.cues, skip_governor=governor, reported_sentence=reported_all
    )
    if (
        reading.modality == "conditional"
        and governor is not None
        and gov is not None
        and gov[1].name == "threaten"
    ):
        # "warned that X would impose sanctions if Russia invades": the condition is what the
        # threat says; the threat itself is made as its own verb stands
        reading = event_modality(governor, lexicon.cues, reported_sentence=reported_all)
    modality = reading.modality
    if modality == "negated" and any(t.dep_ == "neg" for t in trigger):
        # a pattern that spells out its negator ("will not * [081]" in PETRARCH dictionaries)
        # already carries the negation in its code
        modality, rule = "asserted", f"{rule}+negator"
    if (
        tok.lemma_ in lexicon.cues.conditional_reactions
        and code == "130"
        and not participants.conditioned(tok, lexicon.cues.condition_marks)
    ):
        return  # a reaction that happened or is only announced threatens no one
    if modality in ("asserted", "reported", "alleged") and polar_question(tok.sent):
        # "Is Russia massing troops?": a yes/no question supposes the event, it does not
        # assert it (press briefings are full of them)
        modality, rule = "conditional", f"{rule}+question"
    if (
        modality == "negated"
        and governor is None
        and code[:2] in _COOPERATIVE_ROOTS
        and volitional(tok)
    ):
        # "said he would not provide support": declining to cooperate is a rejection (12),
        # asserted, as the CAMEO manual codes refusals
        refused = lexicon.transforms.get("refuse")
        new = refused.apply(code) if refused is not None else None
        if new is not None:
            code, modality, rule = new, "asserted", f"{rule}+negation"
    speaker = (
        participants.actors(index, syntax.subjects(reading.speech))
        if reading.speech is not None
        else []
    )
    speaker_codes = {a.code for a in speaker}
    speaker_countries = {a.country for a in speaker if a.country}
    if (
        modality == "reported"
        and speaker_codes
        and (
            speaker_codes == {s.code for s in sources}
            or (speaker_countries and speaker_countries == {s.country for s in sources})
        )
    ):
        # an actor reporting its own action asserts it (a government its own forces' too);
        # what it only claims ("claimed that they had attacked") stays alleged
        modality = "asserted"
    anchor = governor if governor is not None else tok
    mutual = entry.symmetric or (code[:3] in _MUTUAL and not targets and len(sources) > 1)
    coded = () if reflexive else participants.pairs(sources, targets, symmetric=mutual)
    crowds = (
        crowds_of(index, [*heads, *target_heads, *m.objects])
        if code[:2] in VIOLENT_ACTS
        else frozenset()
    )
    for s, t in coded:
        if not lexicon.keep_agent_only and participants.generic_only(s, t):
            continue  # "officials met", "the companies receive support": no one to code
        if code[:3] in _VISITS and s.sector == "MIL":
            continue  # "troops came to Ukraine": a deployment, not a diplomatic visit (04x)
        if code:
            pair_code = protest_violence(code, s, t, crowds)
            yield Coded(
                code=pair_code,
                source=s,
                target=t,
                modality=modality,
                trigger=trigger,
                rule=rule if pair_code == code else f"{rule}+{pair_code}",
                anchor=anchor,
            )
        if entry.reverse_code and t is not None:
            yield Coded(
                code=entry.reverse_code,
                source=t,
                target=s,
                modality=modality,
                trigger=trigger,
                rule=f"{rule}:reverse",
                anchor=anchor,
            )
    # a reporting verb coded in its own right ("accused Ukraine of shelling": 1123) is not
    # coded again as a generic accusation
    if (
        reading.speech is not None
        and speaker
        and governor is None
        and not entry.noun
        and reading.speech.i not in coded_verbs
        and reading.speech.lemma_ in lexicon.cues.accusing_speech | CLAIM_VERBS
    ):
        yield from speech_events(reading.speech, tok, code, speaker, sources, targets, trigger)
    deny = denier(tok)
    if deny is not None:
        for s in participants.actors(index, syntax.subjects(deny)):
            denied: list[Actor | None] = [*targets] or [None]
            for t in denied:
                if t is None or t.code != s.code:
                    yield Coded(
                        code="016",
                        source=s,
                        target=t,
                        modality="asserted",
                        trigger=(deny,),
                        rule="016:deny",
                        anchor=deny,
                    )


def _event(
    article: Article,
    sent: Span,
    c: Coded,
    published: date | None,
    dates: dict[tuple[str, str], tuple[str | None, str]],
) -> Event:
    info = cameo_info(c.code)
    t_start = min(t.idx for t in c.trigger)
    t_end = max(t.idx + len(t.text) for t in c.trigger)
    tense = "future" if c.modality == "future" else "past"
    when, precision = event_date(
        c.anchor, published=published, tense=tense, resolve=resolve_event_date, cache=dates
    )
    return Event(
        id=content_id(
            article.id,
            sent.start_char,
            sent.end_char,
            t_start,
            t_end,
            c.code,
            c.source.code,
            c.target.code if c.target else None,
            prefix="ev_",
        ),
        article_id=article.id,
        date=when,
        date_precision=precision,
        source=c.source,
        target=c.target,
        cameo=c.code,
        cameo_root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover=info.plover,
        plover_mode=info.plover_mode,
        modality=c.modality,
        sentence=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        trigger=sent.doc.text[t_start:t_end],
        trigger_start=t_start,
        trigger_end=t_end,
        rule=c.rule,
        coder=CODER,
    )
