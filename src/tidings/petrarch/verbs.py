"""Read PETRARCH verb dictionaries (``CAMEO.2.0.txt``, ``PETR.Validate.verbs.txt``).

A verb file holds synonym sets and verb blocks::

    &FRUIT                         synset: "&NAME" then one "+phrase" a line; a final "_" on
    +APPLES                        the name (or a phrase) means "form no plurals"
    +STONE_FRUIT

    --- PRAISE  [051] ---          block header: name and default code ("---" = no event)
    PRAISE                         verbs of the block, one a line, each with optional
    LAUD {LAUDS LAUDED}            irregular forms in {...} and an optional own code;
    +TALK_UP {TALKED_UP} [052]     a "+" marks the inflected word of a multi-word verb
    WIRE_+TAP                      ("wire tap": the verb is "tap")
    - * +              [041]       pattern: "*" is the verb, "+" the target, "$" the source,
    - &FRUIT *         [061]       "%" a compound actor, "^" skips a phrase, "&X" a synset,
    - * (WITH HONOURS) [062]       "(...)" a prepositional phrase, "{...}" a noun phrase
    - * TALKS          [046:046]   "A:B": A from source to target, B back from target to
    - * (BEFORE JURY)  [:173]      source; ":B" only the reverse event

Older TABARI-style files (the validation suite) omit the ``---`` header: a verb line that
follows patterns starts a new block. The ``~`` transformation rules at the end of CAMEO.2.0
(how "X said Y attacked" recombines codes) are a different mechanism and are not read.

The patterns are kept as tokens; turning them into Tidings' verb lexicon is the coder's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .lines import Problems, find_bracket, normalise_phrase, read_lines

_EVENT_CODE = re.compile(r"^[0-9A-Z]+$")


@dataclass(frozen=True, kw_only=True)
class VerbForm:
    """One verb of a block: ``lemma`` the whole (lower-cased) phrase, ``head`` the word that
    inflects, ``forms`` the irregular forms listed in braces, ``code`` its own code if any."""

    lemma: str
    head: str
    forms: tuple[str, ...] = ()
    code: str | None = None


@dataclass(frozen=True, kw_only=True)
class VerbPattern:
    """One pattern of a verb block, or a bare verb's own code (``tokens == ("*",)``).

    ``verbs`` are all verbs of the block the pattern applies to; ``code`` is the event from
    source to target and ``reverse_code`` the event from target back to source (``A:B``),
    either None when absent or "---". ``tokens`` are the pattern's whitespace-separated
    tokens without the code, as written (synsets unexpanded, "_" joins kept); ``pre`` and
    ``post`` the lower-cased words before and after the verb, "_"-joined words split.
    """

    block: str
    verbs: tuple[VerbForm, ...]
    code: str | None
    reverse_code: str | None = None
    tokens: tuple[str, ...] = ("*",)
    pre: tuple[str, ...] = ()
    post: tuple[str, ...] = ()
    raw: str = ""
    line: int = 0


@dataclass
class _Block:
    name: str
    code: str | None
    line: int
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)


@dataclass
class _State:
    problems: Problems
    synsets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    blocks: list[_Block] = field(default_factory=list)
    synset: str | None = None  # the synset "+" lines currently add to
    transformations: int = 0


def read_verbs(path: Path) -> tuple[list[VerbPattern], dict[str, tuple[str, ...]], list[str]]:
    """Parse a verb file; return the patterns, the synsets (name -> phrases) and problems."""
    state = _State(problems=Problems(path))
    for line in read_lines(path):
        _read_line(state, line.number, line.stripped)
    patterns: list[VerbPattern] = []
    for block in state.blocks:
        patterns.extend(_block_patterns(block, state.problems))
    return patterns, state.synsets, state.problems.messages


def _read_line(state: _State, number: int, text: str) -> None:
    if text.startswith("---") and text.endswith("---") and len(text) > 6:
        state.synset = None
        name, code = _header(text[3:-3], number, state.problems)
        state.blocks.append(_Block(name=name, code=code, line=number))
    elif text.startswith("&"):
        name = text.split()[0].rstrip("_").upper()
        state.synset = name
        state.synsets[name] = ()
    elif text.startswith("+") and state.synset is not None:
        _add_to_synset(state, state.synset, text[1:].strip(), number)
    elif text.startswith("-"):
        state.synset = None
        if not state.blocks or not state.blocks[-1].verbs:
            state.problems.add(number, "pattern outside a verb block; skipped")
            return
        state.blocks[-1].patterns.append((number, text[1:].strip()))
    elif text.startswith("~"):
        state.transformations += 1  # CAMEO.2.0 transformations: not a verb pattern
    else:
        state.synset = None
        if not state.blocks or state.blocks[-1].patterns:
            # TABARI-style file without "---" headers: a verb after patterns opens a block.
            state.blocks.append(_Block(name=text.split()[0].lstrip("+"), code=None, line=number))
        try:
            state.blocks[-1].verbs.append(_verb(text))
        except ValueError as exc:
            state.problems.add(number, f"{exc}; verb skipped")


def _header(inside: str, number: int, problems: Problems) -> tuple[str, str | None]:
    split = find_bracket(inside)
    name = (split[0] if split else inside).strip()
    if split is None:
        return name, None
    try:
        code, _ = _parse_code(split[1])
    except ValueError as exc:
        problems.add(number, f"{exc}; block has no default code")
        return name, None
    return name, code


def _add_to_synset(state: _State, name: str, phrase: str, number: int) -> None:
    # PETRARCH's documentation says synsets cannot contain synsets, but the validation
    # dictionary does it (&ACCORDSYN); expanding a synset defined earlier is harmless.
    if phrase.startswith("&"):
        inner = phrase.rstrip("_").upper()
        if inner not in state.synsets:
            state.problems.add(number, f"synset {inner} used before it is defined; skipped")
            return
        state.synsets[name] += state.synsets[inner]
        return
    state.synsets[name] += (normalise_phrase(phrase),)


def _verb(text: str) -> VerbForm:
    """``"HURRY {HURRIES HURRIED} [040]"`` -> VerbForm("hurry", "hurry", (...), "040")."""
    split = find_bracket(text)
    code = _parse_code(split[1])[0] if split else None
    before = split[0] if split else text
    forms: tuple[str, ...] = ()
    if "{" in before:
        head_part, _, rest = before.partition("{")
        forms = tuple(_verb_phrase(f)[0] for f in rest.partition("}")[0].split())
        before = head_part
    words = before.split()
    if not words:
        raise ValueError("verb line has no verb")
    # "LASH OUT" occurs as well as "LASH_OUT": both are one multi-word verb.
    lemma, head = _verb_phrase("_".join(words))
    return VerbForm(lemma=lemma, head=head, forms=forms, code=code)


def _verb_phrase(raw: str) -> tuple[str, str]:
    """``"WIRE_+TAP"`` -> ("wire tap", "tap"); without "+" the first word inflects."""
    words = [w for w in raw.split("_") if w]
    head = next((w for w in words if w.startswith("+")), words[0] if words else "")
    lemma = normalise_phrase(" ".join(w.lstrip("+") for w in words))
    return lemma, head.lstrip("+").lower()


def _parse_code(inside: str) -> tuple[str | None, str | None]:
    """``"042:043"`` -> ("042", "043"); ``":173"`` -> (None, "173"); ``"---"`` -> (None, None)."""
    forward, _, backward = inside.strip().upper().partition(":")
    return _one_code(forward), _one_code(backward)


def _one_code(code: str) -> str | None:
    code = code.strip()
    if not code or code == "---":
        return None
    if not _EVENT_CODE.match(code):
        raise ValueError(f"malformed event code {code!r}")
    return code


def _block_patterns(block: _Block, problems: Problems) -> list[VerbPattern]:
    verbs = tuple(block.verbs)
    out: list[VerbPattern] = []
    for verb in block.verbs:  # a bare verb codes its own code, else the block's
        code = verb.code or block.code
        if code is not None:
            out.append(VerbPattern(block=block.name, verbs=(verb,), code=code, line=block.line))
    for number, text in block.patterns:
        try:
            out.append(_pattern(block.name, verbs, text, number))
        except ValueError as exc:
            problems.add(number, f"{exc}; pattern skipped")
    return out


def _pattern(block: str, verbs: tuple[VerbForm, ...], text: str, number: int) -> VerbPattern:
    split = find_bracket(text)
    if split is None:
        raise ValueError("pattern has no [code]")
    code, reverse = _parse_code(split[1])
    tokens = tuple(split[0].replace("**", "*").split())
    words = [w.lower() for token in tokens for w in token.split("_") if w]
    if words.count("*") != 1:
        raise ValueError("pattern must contain the verb position '*' exactly once")
    star = words.index("*")
    return VerbPattern(
        block=block,
        verbs=verbs,
        code=code,
        reverse_code=reverse,
        tokens=tokens,
        pre=tuple(words[:star]),
        post=tuple(words[star + 1 :]),
        raw=text,
        line=number,
    )
