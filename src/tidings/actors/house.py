"""House titles: in a head of state's or government's own releases, "the President" is theirs.

White House readouts and briefings say "the President" for the US president, the Kremlin's
transcripts for the Russian one, the Office of the President of Ukraine for Zelenskyy, even
in a paragraph about another president ("the President spoke with President Putin ... the
President stressed"). Salience-based coreference gets such texts wrong whenever the other
president was named last, so a bare title (no country, no name) in a text from such a site
resolves to the site's country's holder of that office on the day. The site's country comes
from ``tidings.outlets.house_country``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .dictionary import ActorDictionary
from .mention import Mention


def resolve_house_titles(
    mentions: Sequence[Mention], *, dictionary: ActorDictionary, house: str, on: date | None
) -> None:
    """Resolve, in place, each bare person title to ``house``'s holder of the office on ``on``
    (nothing without a date or a holder)."""
    for m in mentions:
        if (
            m.kind != "role"
            or "person" not in m.tags
            or "plural" in m.tags
            or "vague" in m.tags
            or m.affiliation is not None
            or not m.titles
        ):
            continue
        holder = dictionary.holder(house, m.titles, on)
        if holder is not None:
            m.take(Mention.of(holder, m.start, m.end), via="title")
            m.description = False
