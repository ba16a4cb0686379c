"""The pipeline: stages assembled in order, checked, and run over a stream of inputs.

Each stage is a plain function from an iterable of records to an iterable of records.
``Failure`` records pass through every stage untouched, so one bad article is counted and
reported at the end of the run instead of stopping it. The stage list is checked when it is
assembled (each stage must consume what the one before it produces), before any input is read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .actors import ActorDictionary, index_actors
from .actors.speaking import address_author, with_speakers
from .errors import InputError, TidingsError
from .events import code_events
from .model import Article, Document, Event, Failure, Quote
from .outlets import house_country
from .quotes import attribute_quotes
from .read import ReadOptions, build_article, read_inputs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .events import VerbLexicon

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Parsed:
    """An article with its spaCy parse; lives only inside one process, never stored."""

    article: Article
    doc: Doc


@dataclass(frozen=True, kw_only=True)
class Result:
    """Everything Tidings derived from one article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def records(self) -> Iterator[Article | Event | Quote]:
        yield self.article
        yield from self.events
        yield from self.quotes


@dataclass(frozen=True, kw_only=True)
class Stage:
    """One step of the pipeline and the record types it consumes and produces."""

    name: str
    run: Callable[[Iterable[Any]], Iterable[Any]]
    consumes: type
    produces: type


class PipelineError(TidingsError):
    """Stages that do not fit together."""


def assemble(stages: Sequence[Stage]) -> Callable[[Iterable[Any]], Iterator[Any]]:
    """Chain ``stages`` after checking that each consumes what the previous one produces."""
    for before, after in zip(stages, stages[1:], strict=False):
        if not issubclass(before.produces, after.consumes):
            raise PipelineError(
                f"stage {after.name!r} consumes {after.consumes.__name__} but "
                f"{before.name!r} produces {before.produces.__name__}"
            )

    def run(items: Iterable[Any]) -> Iterator[Any]:
        stream: Iterable[Any] = items
        for stage in stages:
            stream = stage.run(stream)
        yield from stream

    return run


def build_articles(
    items: Iterable[Document | Failure], *, options: ReadOptions
) -> Iterator[Article | Failure]:
    """Documents to Articles; a document that cannot become an article becomes a Failure."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield build_article(item, options=options)
        except TidingsError as exc:
            yield Failure(source=item.source_id, reason=_problem(exc), stage="read")


def parse_articles(
    items: Iterable[Article | Failure], *, nlp: Language, batch_size: int = 32
) -> Iterator[Parsed | Failure]:
    """Parse article texts with spaCy in batches, keeping Failures in their place in the stream."""
    pending: list[Article | Failure] = []

    def flush() -> Iterator[Parsed | Failure]:
        texts = [(a.text, a) for a in pending if isinstance(a, Article)]
        docs = iter(nlp.pipe(texts, as_tuples=True, batch_size=batch_size))
        for a in pending:
            if isinstance(a, Failure):
                yield a
            else:
                doc, article = next(docs)
                yield Parsed(article=article, doc=doc)
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def derive_records(
    items: Iterable[Parsed | Failure],
    *,
    dictionary: ActorDictionary,
    lexicon: VerbLexicon | None = None,
) -> Iterator[Result | Failure]:
    """Actors, events and quotes for each parsed article; an exception fails that article only."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield analyse(item.article, item.doc, dictionary=dictionary, lexicon=lexicon)
        except Exception as exc:  # one article's bug must never stop the batch
            log.exception("coding failed for %s", item.article.source_id)
            yield Failure(
                source=item.article.source_id,
                reason=f"internal error while coding ({type(exc).__name__}: {exc})",
                stage="code",
            )


def analyse(
    article: Article, doc: Doc, *, dictionary: ActorDictionary, lexicon: VerbLexicon | None = None
) -> Result:
    """All derived records of one parsed article."""
    on = date.fromisoformat(article.published) if article.published else None
    house = house_country(article.url, article.outlet)
    index = index_actors(doc, dictionary=dictionary, on=on, house=house)
    quotes = attribute_quotes(article, doc, index=index)
    # ("We will respond," Putin said: the first person of a quote is its speaker, and of a
    # head of state's own address its author)
    author = address_author(article.title, house, dictionary, on)
    events = code_events(article, doc, index=with_speakers(index, quotes, author),
                         lexicon=lexicon)
    return Result(article=article, events=tuple(events), quotes=tuple(quotes))


def standard_stages(
    *,
    options: ReadOptions,
    nlp: Language,
    dictionary: ActorDictionary,
    lexicon: VerbLexicon | None = None,
    batch_size: int = 32,
) -> list[Stage]:
    """The stages from Documents to Results, in order."""
    return [
        Stage(
            name="build",
            run=lambda xs: build_articles(xs, options=options),
            consumes=Document,
            produces=Article,
        ),
        Stage(
            name="parse",
            run=lambda xs: parse_articles(xs, nlp=nlp, batch_size=batch_size),
            consumes=Article,
            produces=Parsed,
        ),
        Stage(
            name="derive",
            run=lambda xs: derive_records(xs, dictionary=dictionary, lexicon=lexicon),
            consumes=Parsed,
            produces=Result,
        ),
    ]


@dataclass
class RunTally:
    """Counts of one run, for the summary line and the exit code."""

    inputs: int = 0
    articles: int = 0
    undated: int = 0
    events: int = 0
    quotes: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add(self, item: Result | Failure) -> None:
        self.inputs += 1
        if isinstance(item, Failure):
            self.failures.append(item)
            return
        self.articles += 1
        self.undated += item.article.published is None
        self.events += len(item.events)
        self.quotes += len(item.quotes)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def process(
    paths: Sequence[str],
    *,
    options: ReadOptions,
    nlp: Language,
    dictionary: ActorDictionary | None = None,
    lexicon: VerbLexicon | None = None,
    batch_size: int = 32,
) -> Iterator[Result | Failure]:
    """Read ``paths`` and yield one Result or Failure per input item, in input order."""
    stages = standard_stages(
        options=options,
        nlp=nlp,
        dictionary=dictionary or ActorDictionary.builtin(),
        lexicon=lexicon,
        batch_size=batch_size,
    )
    yield from assemble(stages)(read_inputs(paths, options=options))


def _problem(exc: TidingsError) -> str:
    return exc.problem if isinstance(exc, InputError) else str(exc)
