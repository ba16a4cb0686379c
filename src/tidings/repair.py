"""Parse repairs: mend a few misparses of the small English model that cost whole events.

The repairs run as the last component of the spaCy pipeline (see nlp.load_pipeline), so the
actor index, the event coder and the quote finder all read the mended tree. Each repair is
narrow: it fires only on a shape that a well-formed parse of English never has, and it
rewrites heads and labels (token texts and offsets never change).

Fronted time phrase. A lede may open with how long a war or crisis has lasted: "Ten days into
the invasion of Ukraine, Poland and Germany agreed new sanctions". The parser makes "days" the
subject of the main verb and hangs the real subject, after the comma, on "Ukraine" as a
conjunct, so the main event loses its source and the invasion gains the subject's actors as
targets. The repair makes the first conjunct after the comma the subject of the main verb, and
the time noun an adverbial.

Headline attribution. A headline may end in its source after a spaced dash: "Belarus threatens
Lithuania - Duda". The parser reads the dash as a hyphen and glues the name to the word before
it ("Lithuania-Duda"), so the name becomes the object of the claim. The repair
hangs the name on the sentence root as a parataxis and gives the glued word back its place;
``repair_attribution.headline_attribution`` finds the name for the modality reader (the claim
is reported). ``kicker_attribution`` there finds the same in a kicker before a colon
("Pentagon: Russia has moved more troops"); it rewrites nothing.

Reduced relative in a headline. "Sailors held hostage by pirates return home": the parser may
make "held" the root, with the sailors holding someone and "return" hanging on it, so the
captives become the captors. When a past verb with a subject before it and a "by" phrase
after it governs a later finite verb that agrees with that subject, has none of its own and
is no coordination with "and", the repair makes that verb the root and the past one a
passive participle on the subject, with the "by" phrase its agent.

Headline subjects. A headline drops "is" and "and", and the parser then misreads who acts
("Russia urged to withdraw", "Kharkiv hit with Russian missile strikes", "Enemy shells Kherson",
"Scholz, Sunak meet", "Chile, Peru, Bolivia condemn"); those repairs are in
``repair_headlines``.

Names read as other words (``repair_headline_nouns``): a headline's place and event noun read
as subject and verb ("Bucha massacre shocks world"), and a place name right after a verb read
as an adverb ("troops shelled Bakhmut"), which left the verb without its object.

Passive participles read as past tenses (``repair_participles``): "soldiers taken prisoner by
Russian forces" drops "were", and the captives took themselves prisoner.

Prepositions (``repair_prepositions``): a conjunction read as a preposition ("reveals sanctions
as Johnson and other leaders meet"), a title's "to" hung on the verb ("said by Adviser to the
Minister NAME"), a "with" partner read as the subject of the purpose infinitive after it
("spoke with Prime Minister NAME of Japan to discuss"), an amount read as a preposition
("gives Ukraine over 200 tanks", from ``repair_clauses.double_object``), "following" as a verb.

Offensive as an adjective. "Russia launches offensive against Ukraine": the tagger reads it as
an adjective complement; after a verb that takes none, it is made the object noun.

Rubric before a colon. "The war in Syria: Russian pilots bombed ..." may be parsed as one noun
phrase, the pilots in apposition to "war". An apposition after a colon to a root noun before it
is made a loose dependent: a rubric names a topic, not who acts in it.

Clauses hung on the wrong verb (``repair_clauses``): a participle after a comma hung on an
infinitive ("urges the alliance to act, while blaming Moscow"); a named double object
("branded Russia a terrorist state"); an object after a "with" phrase read as an apposition to
that phrase's object ("debated with the envoys the fate of the prisoners"); an elided passive
read as a number with an adjective ("Four were killed and nine injured as missiles struck").

Coordination (``repair_conjuncts``): a present-perfect or past conjunct of a clause reported
in a modal ("said NATO would respond, and has warned"), a past conjunct of a "to" infinitive
and one of a present claim inside a past verb's object are the subject's second act;
"Turkey's Erdogan, Azerbaijan's Aliyev meet" lists two subjects; "warning Russia's numbers
could win" reports a clause whose "that" was dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .repair_attribution import detach_attribution, headline_attribution, kicker_attribution
from .repair_clauses import (
    _NAMING,
    adverbial_clause,
    counted_ellipsis,
    double_object,
    effort_purpose,
    late_object,
    misread_modifier,
    named_demonym,
    named_double_object,
    named_small_clause,
    told_party,
)
from .repair_conjuncts import (
    apposed_subject,
    listed_partner,
    listed_root_name,
    object_before_modal,
    object_read_as_subject,
    paired_task_modifiers,
    subject_read_as_conjunct,
    tense_conjunct,
    titled_list,
)
from .repair_free_relatives import free_relative_object
from .repair_gerunds import attack_gerund, bare_infinitive, particle_complement
from .repair_headline_nouns import name_read_as_adverb, noun_read_as_verb, verb_read_as_auxiliary
from .repair_headlines import repair_headline_subject
from .repair_participles import late_label, participle_read_as_past, sent_participle_root
from .repair_prepositions import (
    SUBORDINATORS,
    agent_of_deed,
    clause_after_preposition,
    discussion_partner,
    no_choice_but,
    partner_before_infinitive,
    preposition_in_ing,
    title_to,
    to_participle,
)
from .repair_verbless import clause_noun_with_subject, verbless_headline
from .repair_war_verbs import WAR_VERBS, war_verb_after_agents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REPAIR_COMPONENT = "tidings_repair"

# Nouns of a stretch of time that open "N days into the war, ..."
TIME_NOUNS = frozenset({"hour", "day", "week", "month", "year", "minute"})
_INTO = frozenset({"into", "after"})


def repair_parse(doc: Doc) -> Doc:
    """Apply every repair to ``doc`` in place and return it."""
    for sent in list(doc.sents):
        noun_read_as_verb(sent.root)
    for tok in doc:
        if tok.lower_ in WAR_VERBS:
            war_verb_after_agents(tok)  # "Russian invaders shell airport near Vinnytsia"
        elif tok.lower_ == "what":
            free_relative_object(tok)  # "fired what appeared to be a missile"
    for tok in doc:
        if tok.dep_ == "advmod":
            name_read_as_adverb(tok)
        elif tok.dep_ == "aux":
            verb_read_as_auxiliary(tok)
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("aux", "auxpass"):
            # "residents are actively and massively protesting": the parser may hang the
            # subject on the auxiliary; an auxiliary has none, its verb does
            tok.head = tok.head.head
        if tok.dep_ == "nsubj" and tok.lemma_.lower() in TIME_NOUNS:
            _fronted_time(tok)
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.dep_ in ("appos", "conj", "nmod"):
            titled_list(tok)
        if tok.tag_ == "VBG":
            particle_complement(tok)
            attack_gerund(tok)
            preposition_in_ing(tok)
        elif tok.tag_ == "VBN":
            to_participle(tok)
        if tok.dep_ == "advcl":
            subject_read_as_conjunct(tok)
            adverbial_clause(tok)
        elif tok.dep_ == "conj" and tok.pos_ == "NOUN":
            paired_task_modifiers(tok)
        elif tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD"):
            subject_read_as_conjunct(tok)  # "killed rioters and troops have been called in"
            tense_conjunct(tok)
        elif tok.dep_ in ("dative", "npadvmod", "dobj"):
            late_label(tok)
            named_double_object(tok)
            named_demonym(tok)
            double_object(tok)
        elif tok.dep_ == "pcomp":
            no_choice_but(tok)  # "had no choice but to attack"
        elif tok.dep_ == "ccomp":
            subject_read_as_conjunct(tok)  # "to help buyers and the Tories would extend it"
            object_read_as_subject(tok)  # "Israel bombed Gaza and Hamas fired rockets"
            named_small_clause(tok)
        elif tok.dep_ == "oprd":
            late_label(tok)  # "called Russia's statement declaring X a manipulation"
            _name_glued_to_its_label(tok)
        elif tok.dep_ == "appos":
            late_object(tok)
            apposed_subject(tok)  # (when it stays an apposition)
            listed_partner(tok)
        elif tok.dep_ in ("amod", "xcomp"):
            misread_modifier(tok)
            bare_infinitive(tok)
        elif tok.dep_ == "nmod":
            bare_infinitive(tok)
        elif tok.dep_ == "nsubj" and tok.like_num:
            counted_ellipsis(tok)
        elif tok.dep_ == "relcl":
            effort_purpose(tok)
        elif tok.tag_ == "MD" and tok.i > 0:
            object_before_modal(tok)
        elif tok.dep_ == "compound" and tok.pos_ == "PROPN":
            told_party(tok)
    for sent in doc.sents:
        name = headline_attribution(sent)
        if name is not None:
            detach_attribution(name, sent.root)
        kicker = kicker_attribution(sent)  # ("Office of the Prosecutor General: children were
        if kicker is not None and kicker.root.dep_ in ("nsubj", "nsubjpass") and (  # injured")
                kicker.root.head.i == sent.root.i) and any(  # (made a second subject; the
                c.dep_ in ("nsubj", "nsubjpass") and c.i > kicker.end for c in sent.root.children
        ):  # only one is the subject: "Erdogan: Had a call with Zelensky")
            kicker.root.dep_ = "parataxis"
    for sent in list(doc.sents):
        _reduced_relative(sent.root)
    for tok in doc:
        if tok.dep_ in ("acomp", "oprd", "amod") and tok.lower_ in _OFFENSIVES:
            _offensive_object(tok)
    for tok in doc:
        participle_read_as_past(tok)
        repair_headline_subject(tok)
        if tok.dep_ == "dobj":
            named_double_object(tok)  # (a headline verb the repair above gave its object)
        if tok.lower_ == "to" and tok.dep_ in ("prep", "dative") and tok.i > 0:
            title_to(tok)
        elif tok.dep_ == "oprd" and tok.pos_ == "PROPN" and tok.head.lemma_ == "call" and not any(
            c.dep_ == "dobj" for c in tok.head.children
        ) and any(c.dep_ == "nsubj" for c in tok.head.children):  # ("a plan called Barbarossa")
            tok.dep_ = "dobj"  # "Macron called Putin on Sunday": a call, not a naming
            named_demonym(tok)  # ("called Crimea Russian" is one)
        elif tok.dep_ == "prep" and tok.lower_ in SUBORDINATORS:
            clause_after_preposition(tok)
        elif tok.dep_ == "prep" and tok.lower_ == "with":
            partner_before_infinitive(tok)
            discussion_partner(tok)
        elif tok.dep_ == "prep" and tok.lower_ == "by":
            agent_of_deed(tok)
        elif tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.dep_ == "ROOT" and any(
            t.text == ":" for t in doc[tok.head.i + 1 : tok.left_edge.i]
        ):
            tok.dep_ = "dep"  # "The war in Syria: Russian pilots ...": a rubric
    for tok in doc:
        clause_noun_with_subject(tok)
        if tok.dep_ == "ccomp" and tok.i < tok.head.i:
            _clause_before_semicolon(tok)
    for sent in list(doc.sents):
        sent_participle_root(sent.root)  # "More British troops sent to Estonia"
        listed_root_name(sent.root)
        verbless_headline(sent)  # (last: the repairs above give some headlines their verb)
    return doc


def _name_glued_to_its_label(label: Token) -> None:
    """ "Biden calls Putin war criminal": without an article the parser may glue the named
    party to the label as its first compound, so nobody is named. After a verb of naming
    with no object, the proper names opening the label are the object."""
    verb, doc = label.head, label.doc
    if verb.lemma_.lower() not in _NAMING or any(c.dep_ == "dobj" for c in verb.children):
        return
    start = end = label.left_edge.i
    while end < label.i and doc[end].pos_ == "PROPN" and doc[end].dep_ == "compound":
        end += 1
    if end == start or end == label.i:
        return
    name = doc[end - 1]
    for t in doc[start : end - 1]:
        t.head = name
    name.head, name.dep_ = verb, "dobj"


# Nouns the tagger may take for adjectives after a verb ("launches offensive against")
_OFFENSIVES = frozenset({"offensive", "counteroffensive"})
# Verbs that take an adjective as complement ("the plan is offensive", "it became defensive")
_LINKING = frozenset(
    {"be", "become", "seem", "appear", "look", "sound", "feel", "remain", "stay", "get", "grow",
     "turn", "prove", "go", "find", "consider", "deem", "call", "make", "keep"}
)  # fmt: skip


def _offensive_object(word: Token) -> None:
    """ "Russia launches offensive against Ukraine": the tagger may read a headline's bare
    "offensive" as an adjective complement of the verb. After a verb that takes no adjective
    it is the object noun."""
    verb = word.head
    if word.tag_ != "JJ" or verb.pos_ != "VERB" or verb.lemma_.lower() in _LINKING or any(
            c.dep_ in ("dobj", "advmod") for c in word.children):
        return
    word.tag_, word.pos_, word.dep_ = "NN", "NOUN", "dobj"


def _reduced_relative(verb: Token) -> None:
    """Make the finite verb after "NOUN <participle> by X" the root: "sailors held hostage by
    pirates return ..." is the sailors returning, the holding a passive participle on them
    with X its agent; so with no agent for those held captive, hostage or prisoner."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    agent = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                  and c.i > verb.i and any(g.dep_ == "pobj" for g in c.children)), None)
    # ("servicemen held captive in Ukraine appealed ...": a captive's state, no agent named)
    held = next((c for c in verb.children if c.dep_ in ("dobj", "oprd", "acomp")
                 and c.lower_ in ("captive", "hostage", "prisoner")), None)
    anchor = agent or held
    if (
        verb.tag_ not in ("VBD", "VBN")
        or subject is None
        or anchor is None
        or subject.pos_ not in ("NOUN", "PROPN")
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return
    # (a conjunct with no "and" before it is no coordination: "X detained by Y were released")
    linked = any(c.dep_ == "cc" for c in verb.children)
    main = next((c for c in verb.children if c.i > anchor.i
                 and (c.dep_ in ("advcl", "ccomp", "dep") or (c.dep_ == "conj" and not linked))
                 and _finite_for(c, subject)
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)),
                None)
    if main is None:
        return
    main.head, main.dep_ = main, "ROOT"
    subject.head = main
    subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in main.children) else "nsubj"
    verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
    if agent is not None:
        agent.dep_ = "agent"
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "ADJ":
            c.dep_ = "oprd"  # "held captive": a predicate of the patient, not an object


def _finite_for(verb: Token, subject: Token) -> bool:
    """Whether ``verb`` is finite and agrees with ``subject``: a present form of its number,
    a simple past, or a passive with an auxiliary of its number ("were freed")."""
    plural = subject.tag_ in ("NNS", "NNPS")
    if verb.tag_ in ("VBP", "VBZ"):
        # (the tagger may take a plural demonym for a singular name: "Georgians" NNP)
        either = subject.tag_ == "NNP" and subject.lower_.endswith("s")
        return either or verb.tag_ == ("VBP" if plural else "VBZ")
    if verb.tag_ == "VBD":
        return True
    aux = next((c for c in verb.children if c.dep_ in ("auxpass", "aux")), None)
    return verb.tag_ == "VBN" and aux is not None and aux.lower_ in (
        ("were", "are", "have") if plural else ("was", "is", "has"))


def _fronted_time(time: Token) -> None:
    """Give the main verb back the subject the parser joined to a fronted time phrase."""
    verb = time.head
    if verb.pos_ not in ("VERB", "AUX") or time.i > verb.i:
        return
    for prep in time.children:
        if prep.dep_ != "prep" or prep.lower_ not in _INTO:
            continue
        subject = _misjoined(prep, verb)
        if subject is not None:
            subject.head = verb
            subject.dep_ = "nsubj"
            time.dep_ = "npadvmod"
            return


def _misjoined(prep: Token, verb: Token) -> Token | None:
    """The first conjunct inside the time phrase ``prep`` that follows a comma and, with its
    own conjuncts, ends just before ``verb``'s auxiliaries and adverbs: the lost subject."""
    doc = verb.doc
    for t in prep.subtree:
        if t.dep_ != "conj" or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ",":
            continue
        end = max(c.right_edge.i for c in [t, *t.conjuncts] if c.i >= t.i)
        between = doc[end + 1 : verb.i]
        if end < verb.i and all(w.dep_ in ("aux", "auxpass", "advmod", "neg") for w in between):
            return t
    return None


# Verbs that report the clause before them ("Russia shelled Kharkiv; officials said"), and
# those of a party answering it ("...; Moscow denies it")
_SAYING = frozenset({"say", "tell", "report", "claim", "add", "state", "announce", "confirm"})
_TELLING = frozenset({"warn", "assure", "remind", "inform", "brief", "urge", "promise", "tell"})
_ANSWERS = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "insist", "respond",
                      "counter", "retort", "retaliate", "say", "claim", "accuse", "blame"})


def _clause_before_semicolon(clause: Token) -> None:
    """ "Ukraine accuses Russia of a massacre; Moscow denies it": the parser may hang the
    clause before a semicolon on the verb after it as its complement, so the denial negates
    the accusation. A verb with an object or a subject of its own after the semicolon takes
    no complement before it (but a verb of saying does): the clause before the semicolon is
    the main one, the verb after it a conjunct of it."""
    verb = clause.head
    between = [t.text for t in clause.doc[clause.right_edge.i : verb.i]]  # (its own stop too)
    own = any(c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.i > clause.i) for c in verb.children)
    # (so after a colon, with an object of its own: "Putin and Xi discussed Ukraine: China's
    # leader does not consider Russia an aggressor")
    broken = ";" in between or (":" in between and verb.lemma_ not in _TELLING and any(
        c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.tag_ == "VBG")  # (or "denies doing it")
        for c in verb.children))  # ("X will attack: Biden warns allies")
    if not own or verb.lemma_ in _SAYING or not broken:
        return  # (a subject of its own after the semicolon: "...; Moscow to retaliate")
    if verb.dep_ == "ROOT":
        clause.head, clause.dep_ = clause, "ROOT"
    else:
        clause.head, clause.dep_ = verb.head, verb.dep_
    main = clause
    # a voice of its own answers the main clause ("Officials say X was bombed; Moscow denies
    # it": beside the saying); any other clause goes on with what the one before it says
    # ("Republicans said it was not intentional; they only learned on Friday ...")
    while verb.lemma_ in _ANSWERS and main.head.i != main.i and main.head.i < verb.i:
        main = main.head
    verb.head, verb.dep_ = main, "conj"  # (two clauses side by side, each of its own)
