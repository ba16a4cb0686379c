"""Turn PETRARCH verb patterns into entries of Tidings' verb lexicon (``tidings.events``).

Tidings' lexicon pattern grammar is documented in ``tidings/events/lexicon.py``. PETRARCH
patterns are linear token sequences around the verb; only the part that means the same thing
in both is converted, and everything else is counted as skipped, never guessed:

===========================  =================================  ==========================
PETRARCH (after the verb)    meaning                            Tidings lexicon item
===========================  =================================  ==========================
bare verb, own/block code    the verb alone codes               ``lemma``
``+TALK_UP``                 multi-word verb, first word verb   ``talk up`` (particle)
``* + ...``                  target is the direct object        ``T``
``* TO +`` / ``* TO_+``      target is the object of "to"       ``to:T``
``* (TO +)``                 the same, as a bracketed PP        ``to:T``
``* TRADE TIES``             object noun phrase                 ``[trade tie|...]``
``* {FIRM PLEDGE}``          object noun phrase                 ``[firm pledge|...]``
``* (INTO CLAIMS)``          PP with a given noun               ``into>[claim|claims]``
``* &SYNSET``                any phrase of the synset           ``[a|b|...]``
``* TO`` (function word)     particle/preposition on the verb   ``to``
``% *`` / ``[A:A]``          compound or mutual event           flag ``~``
``[:B]``                     event from target to source        code B, flag ``<>``
===========================  =================================  ==========================

Skipped: words before the verb other than ``$``/``%`` (PETRARCH's auxiliary and adverb
contexts), ``$`` after the verb and ``+`` before it (passive forms, which Tidings' coder
handles by itself), ``^`` skips, ``A:B`` with different codes (only A is kept), codes that
are not CAMEO codes (the validation suite's WEIS codes such as 903), and verbs whose
inflected word is not the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .verbs import VerbForm, VerbPattern

if TYPE_CHECKING:
    from ..events import VerbLexicon

_WORD = re.compile(r"^[a-z][a-z\-']*$")
# Words that, alone after the verb, are a particle or preposition rather than an object noun.
# fmt: off
_FUNCTION_WORDS = frozenset({
    "about", "across", "after", "against", "along", "among", "around", "at", "away", "back",
    "before", "behind", "between", "by", "down", "for", "from", "in", "into", "of", "off", "on",
    "onto", "out", "over", "through", "to", "toward", "towards", "under", "up", "upon", "with",
    "within", "without",
})
# fmt: on


@dataclass
class Conversion:
    """The converted patterns (CAMEO code -> lexicon pattern strings) and what was skipped."""

    codes: dict[str, list[str]] = field(default_factory=dict)
    converted: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def add(self, code: str, pattern: str) -> None:
        bucket = self.codes.setdefault(code, [])
        if pattern not in bucket:
            bucket.append(pattern)
            self.converted += 1


def convert_patterns(
    patterns: Iterable[VerbPattern],
    synsets: Mapping[str, Sequence[str]],
    *,
    known_codes: Iterable[str],
) -> Conversion:
    """Convert PETRARCH patterns into lexicon pattern strings keyed by CAMEO code.

    ``known_codes`` are the codes the lexicon accepts (``tidings.events.cameo_table()``).
    """
    known = frozenset(known_codes)
    out = Conversion()
    for pattern in patterns:
        try:
            body, flags = _body(pattern, synsets)
        except _Skip as skip:
            out.skip(str(skip))
            continue
        for code, extra in _codes(pattern, out):
            if code not in known:
                out.skip("not a CAMEO code")
                continue
            for verb in pattern.verbs:
                head = _head(verb)
                if head is None:
                    out.skip("verb does not inflect on its first word")
                    continue
                items = " ".join(x for x in (head, body, flags, extra) if x)
                out.add(code, re.sub(r"\s+", " ", items).strip())
    return out


class _Skip(Exception):
    """A pattern (or part) that has no faithful equivalent in the lexicon grammar."""


def _codes(pattern: VerbPattern, out: Conversion) -> list[tuple[str, str]]:
    code, reverse = pattern.code, pattern.reverse_code
    if code and reverse and code == reverse:
        return [(code, "~")]
    if code:
        if reverse:
            out.skip("reverse code differs from the forward code (reverse dropped)")
        return [(code, "")]
    if reverse:
        return [(reverse, "<>")]
    return []


def _head(verb: VerbForm) -> str | None:
    words = verb.lemma.split()
    if not words or words[0] != verb.head or not all(_WORD.match(w) for w in words):
        return None
    return " ".join(words)  # extra words become particle items: "break down"


def _body(pattern: VerbPattern, synsets: Mapping[str, Sequence[str]]) -> tuple[str, str]:
    """The lexicon items after the head, and the flags, for one pattern."""
    flags = ""
    for token in pattern.pre:
        if token == "%":
            flags = "~"
        elif token != "$":
            raise _Skip("words before the verb")
    post = list(pattern.post)
    if "$" in post or "^" in post:
        raise _Skip("source or skip marker after the verb")
    items: list[str] = []
    i = 0
    while i < len(post):
        token = post[i]
        if token.startswith("("):
            end = _group_end(post, i, ")")
            items.append(_prep_phrase(post[i : end + 1], synsets))
            i = end + 1
        elif token.startswith("{"):
            end = _group_end(post, i, "}")
            words = " ".join(w.strip("{}") for w in post[i : end + 1])
            items.append(f"[{'|'.join(_noun_variants(words.split()))}]")
            i = end + 1
        elif token == "+":
            items.append("T")
            i += 1
        elif token == "%":
            flags = "~"
            i += 1
        elif i + 1 < len(post) and post[i + 1] == "+" and token in _FUNCTION_WORDS:
            items.append(f"{token}:T")
            i += 2
        elif token in _FUNCTION_WORDS and _WORD.match(token):
            items.append(token)
            i += 1
        else:
            end = i
            while end + 1 < len(post) and _plain(post[end + 1]):
                end += 1
            items.append(f"[{'|'.join(_object_variants(post[i : end + 1], synsets))}]")
            i = end + 1
    return " ".join(items), flags


def _plain(token: str) -> bool:
    return token.startswith("&") or (bool(_WORD.match(token)) and token not in _FUNCTION_WORDS)


def _group_end(tokens: Sequence[str], start: int, closer: str) -> int:
    for j in range(start, len(tokens)):
        if tokens[j].endswith(closer):
            return j
    raise _Skip("unclosed bracket")


def _prep_phrase(tokens: Sequence[str], synsets: Mapping[str, Sequence[str]]) -> str:
    words = [t.strip("(){}") for t in tokens]
    words = [w for w in words if w]
    if not words or not _WORD.match(words[0]):
        raise _Skip("prepositional phrase without a preposition")
    prep, rest = words[0], words[1:]
    if rest == ["+"]:
        return f"{prep}:T"
    if not rest:
        return prep
    if "+" in rest or "$" in rest or "%" in rest:
        raise _Skip("actor marker inside a longer prepositional phrase")
    return f"{prep}>[{'|'.join(_object_variants(rest, synsets))}]"


def _object_variants(tokens: Sequence[str], synsets: Mapping[str, Sequence[str]]) -> list[str]:
    """Every phrase a run of words and synsets stands for, with singular heads added."""
    phrases: list[list[str]] = [[]]
    for token in tokens:
        if token.startswith("&"):
            members = synsets.get(token.upper())
            if not members:
                raise _Skip("undefined synset")
            phrases = [p + m.split() for p in phrases for m in members]
        elif _WORD.match(token):
            phrases = [p + [token] for p in phrases]
        else:
            raise _Skip("token the lexicon cannot express")
        if len(phrases) > 200:
            raise _Skip("synset expansion too large")
    out: list[str] = []
    for words in phrases:
        out.extend(_noun_variants(words))
    return list(dict.fromkeys(out))


def _noun_variants(words: Sequence[str]) -> list[str]:
    """The phrase as written and with its last word singular: the lexicon compares lemmas,
    and spaCy lemmatises "ties" to "tie"."""
    if not words or not all(_WORD.match(w) for w in words):
        raise _Skip("token the lexicon cannot express")
    phrase = " ".join(words)
    singular = " ".join([*words[:-1], _singular(words[-1])])
    return list(dict.fromkeys([singular, phrase]))


def _singular(word: str) -> str:
    # Short words ("was", "has", "gas") and Latin/Greek endings ("status", "crisis") are
    # left alone: a wrong singular would only add a form that never matches.
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "as", "os")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def lexicon_mapping(
    conversion: Conversion, *, base: Mapping[str, Any] | None = None, replace: bool = False
) -> dict[str, Any]:
    """A lexicon mapping (the structure of ``tidings/data/verbs.yaml``) holding the converted
    patterns, on top of ``base`` codes or, with ``replace``, instead of them; ``base``'s
    transforms, modality cues and discards are kept either way."""
    data: dict[str, Any] = dict(base or {})
    codes: dict[str, list[str]] = (
        {} if replace else {str(k): list(v) for k, v in (data.get("codes") or {}).items()}
    )
    for code, patterns in conversion.codes.items():
        bucket = codes.setdefault(code, [])
        bucket.extend(p for p in patterns if p not in bucket)
    data["codes"] = codes
    return data


def to_verb_lexicon(
    patterns: Iterable[VerbPattern],
    synsets: Mapping[str, Sequence[str]],
    *,
    replace: bool = False,
) -> tuple[VerbLexicon, Conversion]:
    """A Tidings ``VerbLexicon`` with the PETRARCH patterns on top of the built-in entries
    (or, with ``replace``, instead of them), and the conversion tally for reporting."""
    from importlib import resources

    import yaml

    from ..events import VerbLexicon, cameo_table

    conversion = convert_patterns(patterns, synsets, known_codes=cameo_table())
    text = resources.files("tidings.data").joinpath("verbs.yaml").read_text(encoding="utf-8")
    base = yaml.safe_load(text)
    mapping = lexicon_mapping(conversion, base=base, replace=replace)
    return VerbLexicon.from_mapping(mapping, origin="PETRARCH verb dictionary"), conversion
