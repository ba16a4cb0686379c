"""Titles and names: a title before a name ("President Vladimir Putin"), a title standing for an
unknown name ("Deputy Foreign Minister Pavel Orlov"), and appositions in either order ("the
Russian Deputy Foreign Minister, Pavel Orlov," / "Pavel Orlov, the Russian ...")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .dictionary import fold
from .loader import all_country_names
from .mention import Mention

# Prepositions that may put a place between a title and its apposed name ("the US ambassador
# to Russia, NAME").
_PLACE_PREPS = frozenset({"in", "to", "at", "for"})


def attach_name(role: Mention, nxt: Mention | None, *, words: Sequence[str],
                 ents: Sequence[tuple[str, int, int] | None] | None) -> Mention:
    """Title directly before a name: the named person wins ("President Vladimir Putin"); an
    unknown name takes the title's code ("Deputy Foreign Minister Sergei Ryabkov")."""
    if nxt is not None and nxt.start == role.end and nxt.kind == "person":
        return _titled(_in_office(nxt, role, words), role.start)
    if ents is not None and role.end < len(words):
        span = ents[role.end]
        # (the model may take the title into the name: "PM Johnson" as one entity)
        if span is not None and span[0] == "PERSON" and (
            span[1] == role.end or span[1] <= role.start < role.end < span[2]
        ):
            # "President Sayyid Ebrahim Raisi": the entity is wider than the dictionary name
            # inside it; the dictionary person is the better identification.
            if nxt is not None and nxt.kind == "person" and role.end <= nxt.start \
                    and nxt.end == span[2]:
                return _titled(nxt, role.start)
            return _unknown_person(role, role.end, span[2], words, start=role.start)
    return role


def person_named(words: Sequence[str], name: Mention) -> bool:
    """Whether the words of ``name`` can name a person after a title: capitalised, and no
    country's name ("tells Ukrainian president US will respond": the US is no president)."""
    return words[name.start][:1].isupper() and fold(
        join_name(words[name.start : name.end])) not in all_country_names()


def join_name(words: Sequence[str]) -> str:
    """A person's name from its tokens: spaCy splits "Thomas-Greenfield" into three tokens,
    and a name is never written with spaces around its hyphens."""
    return " ".join(words).replace(" - ", "-")


# Words before a title that say its holder no longer holds it
_PAST_TITLE = frozenset({"former", "ex", "late", "retired", "onetime", "erstwhile", "previous"})


def _in_office(person: Mention, role: Mention, words: Sequence[str]) -> Mention:
    """A person outside every dated term of the dictionary, named with the title of an office
    the dictionary does not list for them ("Chancellor Rishi Sunak" in 2022, before his term
    as prime minister), holds that office: the person's country with the title's sector, not
    ELI. A title of one of their own listed offices ("President Donald Trump" in 2023) or one
    marked past ("former chancellor NAME") leaves the person as the dictionary has them."""
    if "former" not in person.tags or not role.sector or not person.country:
        return person
    if any(f"held:{t}" in person.tags for t in role.titles):
        return person  # "President Donald Trump" in 2023: his own office, named after it
    before = fold(words[role.start - 1]).strip("-") if role.start > 0 else ""
    if before in _PAST_TITLE or "former" in fold(" ".join(words[role.start : role.end])):
        return person
    return replace(person, code=f"{person.country}{role.sector}", sector=role.sector,
                   tags=person.tags - {"former"})


def _titled(person: Mention, start: int) -> Mention:
    named = replace(person, start=start, extra={**person.extra, "titled": True})
    named.description = False
    return named


def _unknown_person(title: Mention, s: int, e: int, words: Sequence[str], *,
                    start: int) -> Mention:
    name = join_name(words[s:e])
    return Mention(start=start, end=e, name=name, code=title.code, country=title.country,
                   sector=title.sector, kind="person", via="title", titles=title.titles,
                   affiliation=title.affiliation, extra={"titled": True})


def link_appositions(out: list[Mention], *, words: Sequence[str], folded: Sequence[str],
                 ents: Sequence[tuple[str, int, int] | None] | None) -> None:
    """"Sergei Ryabkov, the Russian Deputy Foreign Minister" and "the Russian Deputy Foreign
    Minister, Sergei Ryabkov": the title span and the name resolve to the same person."""
    added: list[Mention] = []
    for idx, m in enumerate(out):
        titled = m.kind == "role" or (m.kind == "person" and m.via == "title")
        if not (titled and "person" in m.tags and m.affiliation):
            continue
        # name after: TITLE , NAME, also past a place: "the US ambassador to Russia, NAME"
        end, nxt_idx = m.end, idx + 1
        if (nxt_idx < len(out) and end < len(words) and folded[end] in _PLACE_PREPS
                and out[nxt_idx].start == end + 1 and out[nxt_idx].kind == "country"):
            end, nxt_idx = out[nxt_idx].end, nxt_idx + 1
        if end + 1 < len(words) and folded[end] == ",":
            after = _name_at(out, nxt_idx, end + 1, words, ents)
            if after is not None:
                _link(m, after, added)
                continue
        # name before: NAME , (the) TITLE
        if m.start >= 2 and folded[m.start - 1] == ",":
            before = _name_ending(out, idx - 1, m.start - 1, words, ents)
            if before is not None:
                _link(m, before, added)
    if added:
        out.extend(added)
        out.sort(key=lambda x: x.start)


def _name_at(out: list[Mention], idx: int, i: int, words: Sequence[str],
             ents: Sequence[tuple[str, int, int] | None] | None) -> Mention | None:
    if idx < len(out) and out[idx].start == i and out[idx].kind == "person":
        # A person reached through a title of their own ("..., the President of Turkey",
        # "..., Deputy Foreign Minister NAME") is the next item of a list, not a name in
        # apposition to the title before the comma.
        nxt = out[idx]
        # one whose title had no country may still be the apposed name ("The French
        # commander in Mali, General NAME,")
        own = nxt.country is not None and (nxt.via == "title" or nxt.extra.get("titled"))
        return None if own else nxt
    if ents is not None and i < len(words) and ents[i] is not None:
        label, s, e = ents[i]  # type: ignore[misc]
        if label == "PERSON" and s == i and not any(o.start < e and o.end > s for o in out):
            return Mention(start=s, end=e, name=join_name(words[s:e]), code="", country=None,
                           sector=None, kind="person", via="title")
    return None


def _name_ending(out: list[Mention], idx: int, i: int, words: Sequence[str],
                 ents: Sequence[tuple[str, int, int] | None] | None) -> Mention | None:
    if idx >= 0 and out[idx].end == i and out[idx].kind == "person":
        # A name that already carries its own title, or an office-holder found from a title
        # ("the Prime Minister of Israel, the President of Turkey"), is a list item ("Vice
        # President of Brazil Hamilton Mourao, President of Algeria ..."), not an apposition.
        before = out[idx]
        own = before.via == "title" and before.country is not None
        return None if before.extra.get("titled") or own else before
    if ents is not None and i > 0 and ents[i - 1] is not None:
        label, s, e = ents[i - 1]  # type: ignore[misc]
        if label == "PERSON" and e == i and not any(o.start < e and o.end > s for o in out):
            return Mention(start=s, end=e, name=join_name(words[s:e]), code="", country=None,
                           sector=None, kind="person", via="title")
    return None


def _link(title: Mention, person: Mention, added: list[Mention]) -> None:
    if person.country and title.country and person.country != title.country:
        return  # "Zelensky, Irish PM Martin": a list of two, not a name and its title
    new = not person.code
    # A name the dictionary does not know takes the title's country and role; so does one
    # whose own title had no country ("The French commander in Mali, General Jean Dupont").
    if new or (person.via == "title" and person.country is None and title.country):
        person.code, person.country, person.sector = title.code, title.country, title.sector
        person.titles, person.affiliation = title.titles, title.affiliation
        if new:
            added.append(person)
    title.take(person, via="title")
    title.description = False


def propagate_titled_names(found: list[Mention], *, words: Sequence[str],
                           folded: Sequence[str], pos: Sequence[str],
                           ents: Sequence[tuple[str, int, int] | None]) -> list[Mention]:
    """Names the dictionary does not know, learned from their title in this document, code
    the same wherever the document repeats them: "Iraqi Defence Minister Khalid al-Obeidi
    ... Obeidi said" (IRQGOVMIL twice), and a country-less "President Karim Haddadin"
    after "Lebanese President Karim Haddadin" is Lebanon's. A repeat is the full name or
    its last word (3+ letters), capitalised, as a PERSON entity or a proper noun."""
    learned: dict[tuple[str, ...], Mention] = {}
    for m in found:
        if m.kind == "person" and m.via == "title" and m.country and m.code:
            name = tuple(fold(w) for w in m.name.split() if w[:1].isalpha())
            if not name:
                continue
            learned.setdefault(name, m)
            if len(name[-1]) >= 3:
                learned.setdefault(name[-1:], m)
    if not learned:
        return found
    taken = [False] * len(words)
    for m in found:
        for i in range(m.start, m.end):
            taken[i] = True
        if m.kind == "person" and m.via == "title" and not m.country:
            # "President Karim Haddadin" (no country) = a learned "Karim Haddadin"
            key = tuple(fold(w) for w in m.name.split() if w[:1].isalpha())
            source = learned.get(key)
            if source is not None:
                m.code, m.country, m.sector = source.code, source.country, source.sector
                m.affiliation = source.affiliation
    added: list[Mention] = []
    i = 0
    while i < len(words):
        if taken[i] or not words[i][:1].isupper():
            i += 1
            continue
        span = ents[i]
        end = span[2] if span is not None and span[0] == "PERSON" and span[1] == i \
            else i + 1 if pos[i] == "PROPN" else i
        key = tuple(fold(w) for w in words[i:end] if w[:1].isalpha())
        source = learned.get(key) if end > i and not any(taken[i:end]) else None
        if source is not None:
            added.append(Mention(start=i, end=end, name=source.name, code=source.code,
                                 country=source.country, sector=source.sector,
                                 kind="person", via="name", titles=source.titles,
                                 affiliation=source.affiliation, extra=dict(source.extra)))
        i = max(end, i + 1)
    if not added:
        return found
    return sorted(found + added, key=lambda x: x.start)


def _marked_past(m: Mention, folded: Sequence[str]) -> bool:
    """Whether a past marker opens the mention or stands right before it ("the former Polish
    minister", "ex-senator")."""
    if any(w.strip("-") in _PAST_TITLE for w in folded[m.start:m.end]):
        return True
    i = m.start - 1
    while i >= 0 and (folded[i] == "-" or folded[i] in _RANKS):
        i -= 1  # ("former Cabinet minister NAME", "ex-senior official")
    return i >= 0 and folded[i].strip("-") in _PAST_TITLE


# Words of rank between a past marker and the title it marks
_RANKS = frozenset({"cabinet", "senior", "junior", "top", "government", "deputy"})


def past_offices(found: list[Mention], *, folded: Sequence[str]) -> list[Mention]:
    """An office named as past is no longer held: "the former Polish defence minister" is not
    today's minister, "Former Polish president NAME" and "ex-Ohio senator NAME" are no
    government or legislature. Each is the country's elite (ELI), the code a dictionary
    person takes outside their terms. A person the dictionary knows by name keeps their own
    dated code; roles outside government ("former soldiers", "ex-rebels") are left alone."""
    for m in found:
        if m.kind == "person" and m.via == "title" and not m.country and "role" in m.extra \
                and _marked_past(m, folded):
            # "the former NATO chief" is not today's; of what country, the title does not say
            m.name, m.code, m.sector = f"former {m.extra['role']}", "---ELI", "ELI"
        elif (m.kind == "role" or (m.kind == "person" and m.via == "title")) and not m.country \
                and (m.sector or "").startswith(("GOV", "LEG", "JUD")) and _marked_past(m, folded):
            # "a former minister", "former Cabinet minister NAME": of no country either
            m.code, m.sector = "---ELI", "ELI"
        if not m.country or not m.sector or m.kind not in ("person", "role"):
            continue
        if m.kind == "person" and m.via != "title":
            continue  # a dictionary person: their terms date them
        if not m.sector.startswith(("GOV", "LEG", "JUD")) and m.kind == "role":
            continue
        if not _marked_past(m, folded):
            continue
        if m.kind == "role" or "titled" not in m.extra:
            # not today's holder of the office, nor the body the title belongs to
            kept = [w for w in folded[m.start:m.end] if w.strip("-") not in _PAST_TITLE | {""}]
            m.name = " ".join(["former", *(kept[1:] if kept[:1] == ["the"] else kept)])
        m.code, m.sector = f"{m.country}ELI", "ELI"
    return found
