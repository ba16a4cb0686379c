"""Speaker-labelled transcripts: press briefings, interviews and official transcripts.

"MS. PSAKI:  We have said ...", "THE PRESIDENT: ..." or "Vladimir Putin: ..." open a turn that
runs on through the following unlabelled paragraphs until the next label. Each turn is the
labelled speaker's direct speech, though no quotation mark is printed.

A label only counts in a document that has at least MIN_TURNS of them, so a single "Breaking
News: ..." or "Key points: ..." line is never read as a speaker. "Q" (a reporter's question)
ends the previous turn and is not itself attributed.

A transcript flattened into paragraphs with no line breaks (as the Kremlin's CSV exports
are) has no label at a line's start; its labels are then read after a sentence's end, when
one surname speaks twice (``_inline_turns``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_TURNS = 2
MAX_LABEL_CHARS = 60
# Two label shapes: ALL CAPITALS with an optional honorific ("MS. PSAKI", "THE PRESIDENT",
# "SECRETARY BLINKEN", "Q"), or a Title Case name of two to five words ("Vladimir Putin",
# "Foreign Minister Sergei Lavrov") as official transcripts print it.
_LABEL = re.compile(
    r"(?P<label>(?:[A-Z][A-Z'’.\-]*(?:[ \t]+[A-Z][A-Z'’.\-]*){0,4})"
    r"|(?:[A-Z][a-z'’\-]+(?:[ \t]+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,4}))"
    r"[ \t]*(?P<colon>:)[ \t]+(?=\S)"
)
_QUESTION = re.compile(r"Q(?:[ \t]*[:.])?[ \t]+(?=\S)")  # "Q    Thank you", "Q: Do you"
# Lines that end a turn without starting another: "END 3:45 P.M. EST", a time stamp.
_STOP = re.compile(r"(?:END\b|\d{1,2}:\d{2}\s*[AP]\.?M\.?)")
_HONORIFIC = re.compile(r"^(?:MR|MS|MRS|DR|MISS)\.?[ \t]+", re.IGNORECASE)
# A Title Case label inside a paragraph, after a sentence's end: a transcript whose line
# breaks were lost ("... business communities. Vladimir Putin: Thank you."); "of" and "the"
# may join its words ("President of Russia Vladimir Putin:"), and a note in brackets may
# follow it ("Ilham Aliyev (retranslated):")
_NAME_WORD = r"[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*"  # ("Kassym-Jomart", "Al-Sisi")
_INLINE_LABEL = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:of|the|{_NAME_WORD}|[A-Z]\.)){{1,9}}"
)
# Where such a turn may start: any run of capitalised words (a photo caption run into the
# label, "Ilham Aliyev Aliyev IlhamPresident of Azerbaijan:", ends the turn before it too)
_INLINE = re.compile(
    r"(?:^|(?<=[.!?\u2026\"\u201d)] ))"
    r"(?P<label>[A-Z][\w'\u2019\-]*(?:[ \t]+(?:of|the|[A-Z][\w'\u2019.\-]*)){0,14})"
    r"(?:[ \t]+\([a-z ]+\))?(?P<colon>:)[ \t]+(?=[A-Z\"\u201c])"
)


@dataclass(frozen=True, kw_only=True)
class Turn:
    """One labelled turn: the label text, the colon, and the speech (paragraph parts)."""

    label: str
    label_start: int
    label_end: int
    colon: tuple[int, int]
    parts: tuple[tuple[int, int], ...]
    paragraph: int
    last_paragraph: int

    @property
    def name(self) -> str:
        """The label as a name: honorific dropped, capitals folded ("MS. PSAKI" -> "Psaki")."""
        bare = _HONORIFIC.sub("", self.label).strip()
        return bare.title() if bare.isupper() else bare


def find_turns(text: str, paragraphs: list[tuple[int, int]], *,
               non_speakers: frozenset[str] = frozenset()) -> list[Turn]:
    """Labelled turns of a transcript, or [] when the text is not one."""
    labels: list[tuple[int, re.Match[str] | None]] = []
    for n, (start, end) in enumerate(paragraphs):
        if _QUESTION.match(text, start, end):
            labels.append((n, None))  # a question: ends the previous turn
            continue
        m = _LABEL.match(text, start, end)
        if (m and len(m.group("label")) <= MAX_LABEL_CHARS
                and m.group("label").lower() not in non_speakers):
            labels.append((n, m))
    if sum(1 for _, m in labels if m is not None) < MIN_TURNS:
        return _inline_turns(text, paragraphs, non_speakers)
    turns = []
    bounds = [n for n, _ in labels] + [len(paragraphs)]
    for (n, m), stop in zip(labels, bounds[1:], strict=True):
        if m is None:
            continue
        parts = [(m.end(), paragraphs[n][1])]
        last = n
        for k in range(n + 1, stop):
            p_start, p_end = paragraphs[k]
            if _STOP.match(text, p_start, p_end):
                break
            parts.append((p_start, p_end))
            last = k
        turns.append(Turn(label=m.group("label"), label_start=m.start("label"),
                          label_end=m.end("label"), colon=(m.start("colon"), m.end("colon")),
                          parts=tuple(parts), paragraph=n, last_paragraph=last))
    return turns


def _inline_turns(text: str, paragraphs: list[tuple[int, int]],
                  non_speakers: frozenset[str]) -> list[Turn]:
    """Turns labelled inside paragraphs (``_INLINE``), for a text with no label at a line's
    start: only when at least MIN_TURNS labels are found and one surname speaks twice, so a
    lone "Key Points: ..." after a sentence is no transcript. A turn runs to the next
    boundary in its paragraph, or to the paragraph's end; a boundary whose label is no name
    (``_INLINE_LABEL``: a caption run into it) starts no turn of anyone's."""
    found = [(n, m) for n, (start, end) in enumerate(paragraphs)
             for m in _INLINE.finditer(text, start, end)]
    named = [k for k, (_, m) in enumerate(found)
             if _INLINE_LABEL.fullmatch(m.group("label"))
             and len(m.group("label")) <= MAX_LABEL_CHARS
             and m.group("label").lower() not in non_speakers]
    names = [found[k][1].group("label").split()[-1] for k in named]  # (".. Putin": Putin)
    if len(named) < MIN_TURNS or len(set(names)) == len(names):
        return []
    turns = []
    for k in named:
        n, m = found[k]
        stop = paragraphs[n][1]
        if k + 1 < len(found) and found[k + 1][0] == n:
            stop = found[k + 1][1].start() - 1
        turns.append(Turn(label=m.group("label"), label_start=m.start("label"),
                          label_end=m.end("label"), colon=(m.start("colon"), m.end("colon")),
                          parts=((m.end(), stop),), paragraph=n, last_paragraph=n))
    return turns
