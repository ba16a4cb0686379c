"""The rule coder: clauses whose trigger matches the lexicon become CAMEO events.

For every sentence: match lexicon entries at verbs and event nouns; fold governing verbs into
the code ("threatened to attack" -> 138, "urged Russia to withdraw" -> 0256, "refused to
release" -> 1243, following the CAMEO manual's treatment of intent, appeals, demands,
rejections and threats); find source and target heads; turn them into actors through the
actor index (compound actors give one event per pair); read the modality; date the event.
This module runs the sentence loop and builds the records; the steps for one matched clause
are in assembly.py.

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
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..dates import resolve_event_date
from ..ids import content_id
from ..model import Actor, Article, Event
from . import clauses
from .adversaries import adversaries, fill_adversary, told_by_its_verb, war_under_way, wars_on
from .assembly import code_match
from .biography import career_sentences
from .cameo import cameo_info
from .consequences import consequence_threats
from .dating import ended_long_ago, event_date
from .derived import Coded
from .discard import kept_off_topic, off_topic
from .folding import fold_results, specificity
from .governors import governor
from .lexicon import Transform, VerbLexicon
from .mentions import background
from .modality import sentence_reported
from .repeats import repeated_sentences
from .sectors import vague_war_event
from .targets import covers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from ..actors import ActorDictionary, ActorIndex

log = logging.getLogger(__name__)

# The rules' version on every event: it goes up when the same text is coded differently in
# ways a count would show. 2: parse repairs (tidings/repair.py), the modality of known events.
# 3: the enemy and the occupiers as the other side's forces (adversaries.py), attempts at force
# asserted, captured places occupied (192), a country's own security council and house land.
# 4: an attack's result participle folded into the attack, halts of attacks (087), a party's
# own coercive act on its target's condition a threat (13), hyphenated lexicon words matched.
# 5: wounds coded by their means (19x, not 182), an attack that harms coded once, findings of
# war crimes or lawbreaking accusations (1124, 112).
# 6: war nouns named by their agent take the day's war for victim, untargeted conditional
# acts threaten whoever sets the condition, naming an act condemns it, alternatives not
# taken are negated, polities destroyed suffer force.
# 7: attack nouns named by their agent take the day's war for victim, force on forces of no
# country is on the adversary's, detention "in" a state is that state's, a message's
# participle is its sender's, purposes of contact held and means of past attempts are done.
# 8: detention in a capital is that state's, one joined in an act does it too, a past clause
# of its own keeps its own modality, headlines with no verb get their verb.
# 9: hard-wrapped lines joined before parsing, former office-holders ELI, what is called untrue
# negated, thanks for help aimed at the helper, only force makes two states adversaries.
# 13: a sentence said again codes once, headline credits and kickers are no targets, a deed's
# "by" agent names its attacker, denied or awaited acts' occasions took place.
# 14: plans held as objects are their holder's, a war under way on the day is known, enemy
# posture and pronouns take the war's other side, kickers and comma credits are no parties.
# 15: pretexts and duties, warnings on a condition, inverted conditions, allies named after
# their relation, a reporter's beat, Europe as a party; a wider force and sanctions lexicon.
# 16: threats by an act's named consequence or a reaction to come, agreed sanctions on a
# condition, headline verbs of war after plural agents and passive participles, hedged
# objects, "any" acts supposed, members named for a group, people on the move no visit.
# 17: acts carried out, sped up or approved through a verb (and governed through it), energy
# supplies, equipment no force, headline verb pairs, "no choice but to", "among those".
# 18: harm a speaker says it could do to a party, or warns it will, is a threat to it; a
# place before a journey noun is where it goes ("his Kyiv trip"); "I" and "we" in a quote
# are its speaker, and in a head of state's own address its author; forces forcing forces
# back fight them; a country defended from invaders is no verbal defence.
# 19: praise offered or heaped on a party; only persons handed over are judicial help; an
# agency's credit line and a headline's closing-colon source are no parties; what a side
# admits the other did is no accusation; orders to one's own or unnamed forces are their act;
# repairs of amounts, modal clauses and listed headline subjects; deed doers, titles before
# names, "Western", former offices; rebels are not their state's side; proposals are
# appeals; "among the countries that"; events give nothing; one protest per purpose.
# 20: arms' makers are no target of force where their holder or place is named; a coercive
# act not ruled out is a threat; military action and ground operations are force; craft
# blocked; hyphened pairs of talks; told clauses keep their tense, known facts their mood;
# questions asked, states "going", fights on measures and "it was noted" are no events;
# credits ending in a stop; past conjuncts of present claims; no country as a titled name;
# plans said not to exist; a phrase on the last of coordinated objects serves them all.
# 21: a statement asked of a party is an appeal or demand, not a statement foretold; "-T"
# patterns accept an object they bind as the target ("took over the city", not "patronage");
# an event previewed is still to come; whom help comes "from" gives it, never receives it;
# talks restarted; a party judged "for" an agentless act did it; a mediator's parties are
# its targets only; flying passengers is no visit; a fronted setting is no plan discussed;
# "following" is a preposition whose object keeps the phrases after it; what another relays
# that a leader said of its own side stays reported; "the response would be swift" after a
# party's condition threatens it; where "a round of discussions" is held is no party to it;
# defensive equipment is arms; economic measures are sanctions; a warned leader of the
# condition's party is the one threatened.
CODER = "tidings-rules/21"


def code_events(
    article: Article, doc: Doc, *, index: ActorIndex, lexicon: VerbLexicon | None = None
) -> list[Event]:
    """Every CAMEO event in ``doc`` (the parse of ``article.text``), in text order."""
    lex = lexicon if lexicon is not None else VerbLexicon.builtin()
    published = date.fromisoformat(article.published) if article.published else None
    events: list[Event] = []
    sents = list(doc.sents)
    # biographies and schedules code nothing (biography.py), nor a sentence said again
    silent = [c or r for c, r in zip(career_sentences(sents), repeated_sentences(sents),
                                      strict=True)]
    per_sentence = [
        (sent, [] if mute else list(code_span(sent, index=index, lexicon=lex, off_topic=aside)))
        for sent, aside, mute in zip(sents, off_topic(sents, lex), silent, strict=True)
    ]
    # "destroyed an enemy tank": the other side of the article's war (adversaries.py)
    against = adversaries(c for _, coded in per_sentence for c in coded)
    aimless = bool(against) or len(sents) == 1  # (untargeted force: see fill_adversary)
    under_way = wars_on(published)
    against = against or under_way  # a single war headline: the wars of its day
    for sent, coded in per_sentence:
        if not coded:
            continue
        coded = [war_under_way(fill_adversary(c, against, aimless=aimless), under_way)
                 for c in coded if not told_by_its_verb(c, coded)]
        # a war noun whose victim neither the text nor the article's war names is vague
        coded = fold_results(
            [c for c in coded if c.target is not None or not vague_war_event(c.trigger)]
        )
        dates: dict[tuple[str, str], tuple[str | None, str]] = {}  # per clause text and tense
        # an untargeted event repeats a targeted one of the same source and root category
        # ("met with the president ... to discuss", "shelled the town, killing two"): keep
        # the informative one
        targeted = {(c.code[:2], c.source.code) for c in coded if c.target is not None}
        # two untargeted acts of one source, category and modality ("hit the streets to
        # protest") are one act: the most specific code stands for it
        best: dict[tuple[str, str, str], str] = {}
        for c in coded:
            if c.target is None:
                k = (c.code[:2], c.source.code, c.modality)
                best[k] = max(best.get(k, c.code), c.code, key=specificity)
        seen: set[tuple[str, str, str | None]] = set()
        for c in coded:
            key = (c.code, c.source.code, c.target.code if c.target else None)
            if key in seen or (c.target is None and (c.code[:2], c.source.code) in targeted):
                continue
            if c.target is None and best[(c.code[:2], c.source.code, c.modality)] != c.code:
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


def code_span(
    sent: Span, *, index: ActorIndex, lexicon: VerbLexicon, off_topic: bool | None = None
) -> Iterator[Coded]:
    """The coded events of one sentence, before dedup and record building. ``off_topic``: the
    sentence is sport, entertainment, business or tech (``discard.off_topic``; None: judge it
    alone), and then yields only what ``discard.kept_off_topic`` keeps."""
    aside = off_topic if off_topic is not None else off_topic_sentence(sent, lexicon)
    for c in _code_sentence_span(sent, index=index, lexicon=lexicon):
        # a war named by its noun ("after the country's invasion of Ukraine") is no metaphor
        nominal = c.anchor.pos_ in ("NOUN", "PROPN")
        if c.anchor.pos_ == "NOUN" and _named_by(c.anchor, c.source):
            continue  # "a Russian assault regiment": the unit's name, no assault
        if not aside or nominal or kept_off_topic(c.code, (c.source, c.target)):
            yield c


def _named_by(word: Token, actor: Actor) -> bool:
    """Whether ``word`` lies inside the mention that names ``actor``, as a word of its name."""
    return actor.via == "name" and covers(actor, word)


def off_topic_sentence(sent: Span, lexicon: VerbLexicon) -> bool:
    """Whether one sentence, judged alone, is off-topic."""
    return off_topic([sent], lexicon)[0]


def _agentless(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is the subject of an agentless passive ``verb``, whose parties only
    the noun names ("talks between Russia and Ukraine were held": a symmetric noun's)."""
    return noun.dep_ == "nsubjpass" and noun.head.i == verb.i and not any(
        c.dep_ == "agent" for c in verb.children)


def _code_sentence_span(sent: Span, *, index: ActorIndex, lexicon: VerbLexicon) -> Iterator[Coded]:
    matches: dict[int, clauses.Match] = {}
    for tok in sent:
        m = clauses.best_match(tok, lexicon)
        if m is not None:
            matches[tok.i] = m
    # "warned that an invasion would be met with sanctions": a threat with no verb of its own
    yield from consequence_threats(sent, index=index, lexicon=lexicon)
    if not matches:
        return
    # Nouns already inside a verb phrase ("launched an attack on") are not coded again; talks
    # a third party mediates or brokers ("brokered talks between Russia and Ukraine") are the
    # parties' own event as well as the mediation. A verb of an agentless passive yields to
    # its subject noun instead ("talks between X and Y were held").
    for m in list(matches.values()):
        # (a bare statement about an act, "announced the supply of tanks", codes the act too)
        if not m.entry.noun and not m.entry.code.startswith("045") and m.entry.code != "010":
            for o in m.objects:
                hit = matches.get(o.i)
                if hit is not None and hit.entry.symmetric and _agentless(m.token, o):
                    del matches[m.token.i]
                    break
                if hit is not None and hit.entry.noun:
                    del matches[o.i]
    governed: dict[int, tuple[Token, Transform, str]] = {}
    for i, m in list(matches.items()):
        g = governor(m.token, m.entry.code, lexicon, index)
        if g is not None and g[1].name == "cease":
            # "urged Moscow to stop bombing": the halt is itself governed (an appeal for it)
            g = governor(g[0], g[2], lexicon, index) or g
        if g is not None and g[1].name == "attempt" and g[0].i in matches:
            del matches[i]  # "tried to kill the mayor": the attempt's own entry (185) says it
        elif g is not None:
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
        yield from code_match(
            m,
            governed.get(i),
            index=index,
            lexicon=lexicon,
            reported_all=reported_all,
            coded_verbs=matches.keys(),
            needs_target=i in carriers,
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
        # (what is still to come is no background: "preparations for the visit"; an event the
        # text dates over a year before the article is history recalled, not news)
        background=c.modality != "future"
        and (background(c.anchor) or ended_long_ago(when, precision, published, sent.text)),
        sentence=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        trigger=sent.doc.text[t_start:t_end],
        trigger_start=t_start,
        trigger_end=t_end,
        rule=c.rule,
        coder=CODER,
    )
