"""A matched mention while it is being resolved: token span plus what it denotes so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor
from .dictionary import ActorEntry


@dataclass
class Mention:
    """A matched span of tokens ``[start, end)`` and what it resolves to so far."""

    start: int
    end: int
    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    via: str = "name"
    tags: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    affiliation: str | None = None  # country or IGO code an office title is bound to
    description: bool = False  # a definite description that coreference may re-resolve
    seat: str | None = None  # country of an organisation's seat named as its metonym
    extra: dict[str, object] = field(default_factory=dict)  # gender ("f"/"m"), role name

    @classmethod
    def of(cls, entry: ActorEntry, start: int, end: int) -> Mention:
        code = entry.code
        if entry.kind == "role" and entry.sector and "prefix" not in entry.tags:
            # PETRARCH's code for an agent of unknown country; a national office ("Home
            # Secretary") is its country's
            code = f"{entry.country or '---'}{entry.sector}"
        kind = entry.kind
        if kind == "person" and entry.country and code == entry.country:
            # A dated PETRARCH entry with a bare country code ("UKRAINIAN [UKR >19911224]")
            # names the country, not a person: it must still take a role ("Ukrainian
            # lawmakers") and never be the antecedent of "he".
            kind = "country"
        return cls(start=start, end=end, name=entry.name, code=code,
                   country=entry.country, sector=entry.sector, kind=kind, via=entry.via,
                   tags=frozenset(entry.tags), titles=entry.titles,
                   affiliation=entry.affiliation, seat=entry.seat,
                   # "the president": a title with no name may refer back to a named person
                   description=entry.kind == "role" and "person" in entry.tags,
                   extra=gender_of(entry))

    def take(self, other: Mention, *, via: str) -> None:
        """Resolve this mention to what ``other`` denotes, keeping this span."""
        self.name, self.code, self.country = other.name, other.code, other.country
        self.sector, self.kind, self.via = other.sector, other.kind, via
        self.affiliation = other.affiliation
        kept = {k: v for k, v in self.extra.items() if k != "also"}  # partners of the old code
        self.extra = {**kept, "gender": other.extra.get("gender")}
        if other.kind == "person":
            self.titles = other.titles

    def actor(self, *, text: str, start: int | None = None, end: int | None = None) -> Actor:
        return Actor(text=text, name=self.name, code=self.code, country=self.country,
                     sector=self.sector, kind=self.kind, start=start, end=end, via=self.via)


def gender_of(entry: ActorEntry) -> dict[str, object]:
    if entry.kind != "person":
        return {}
    # Dictionary persons have a known gender (the data tags women); names met only in the
    # text ("Sergei Ryabkov" after a title) do not, and are compatible with any pronoun.
    return {"gender": "f" if "female" in entry.tags else "m"}
