"""The one place that knows the order of the stages: read -> structure -> parse -> extractors -> link."""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator, Union

from . import nlp
from .extractors import Context
from .extractors.actors import extract_actors
from .extractors.casualties import extract_casualties
from .extractors.dates import extract_dates
from .extractors.events import extract_events
from .extractors.link import link
from .extractors.places import extract_places
from .extractors.quotes import extract_quotes
from .records import Article, Failure, Layout, RawArticle, ReadError
from .structure import parse_text, structure

Result = Union[Article, Failure]


def analyse(ctx: Context) -> Article:
    """All extractors over one parsed article, in order."""
    dates = extract_dates(ctx)
    quotes = extract_quotes(ctx)
    actors, quotes = extract_actors(ctx, quotes)
    events = extract_events(ctx, actors, quotes)
    places, place_mentions = extract_places(ctx, actors)
    casualties = extract_casualties(ctx, actors, dates)
    events, casualties = link(ctx, events, dates=dates, places=place_mentions, casualties=casualties)
    return article(ctx.raw, ctx.layout, quotes=tuple(quotes), actors=tuple(actors), dates=tuple(dates),
                   events=tuple(events), places=tuple(places), casualties=tuple(casualties))


def article(raw: RawArticle, lay: Layout, **extracted) -> Article:
    """The Article record of a structured article with what the extractors found (nothing, for a text in
    another language than English: it is stored with its `language` and skipped by the extractors)."""
    return Article(id=raw.id, title=lay.title, published=lay.published, published_from=lay.published_from,
                   dateline=lay.dateline, truncated=lay.truncated, captions=tuple(lay.captions),
                   source=raw.source, url=raw.url, source_format=raw.source_format, site=raw.site,
                   author=raw.author, language=lay.language, summary_only=raw.summary_only, text=raw.text,
                   **extracted)


def process(items: Iterable[Union[RawArticle, ReadError]], *, batch_size: int = 32) -> Iterator[Union[Result, ReadError]]:
    """Structure, parse (in batches) and extract every article; errors pass through in order."""
    items = iter(items)
    while True:
        chunk = list(itertools.islice(items, batch_size))
        if not chunk:
            return
        yield from _process_chunk(chunk, batch_size)


def _process_chunk(chunk, batch_size):
    prepared: list[tuple[RawArticle, Layout]] = []
    out: list = []
    for item in chunk:
        if isinstance(item, ReadError):
            out.append(item)
            continue
        if len(item.text) > nlp.MAX_CHARS:
            out.append(Failure(item.origin, f"text of {len(item.text):,} characters is over the {nlp.MAX_CHARS:,} limit", item.id))
            continue
        try:
            layout = structure(item)
        except Exception as exc:  # a bug on one article must not stop the batch
            out.append(Failure(item.origin, f"structure failed: {exc!r}", item.id))
            continue
        if layout.language not in (None, "en"):
            out.append(article(item, layout))         # not English: no English extractor runs on it
            continue
        prepared.append((item, layout))
        out.append(len(prepared) - 1)
    results = []
    for ctx in parsed(prepared, batch_size=batch_size):
        try:
            results.append(analyse(ctx))
        except Exception as exc:
            results.append(Failure(ctx.raw.origin, f"extraction failed: {exc!r}", ctx.raw.id))
    for slot in out:
        yield results[slot] if isinstance(slot, int) else slot


def parsed(prepared: list[tuple[RawArticle, Layout]], *, batch_size: int = 32) -> Iterator[Context]:
    """Structured articles -> their extractor Contexts: each text parsed in batches with its layout's spans blanked."""
    docs = nlp.parse((parse_text(raw.text, lay.skip) for raw, lay in prepared), batch_size=batch_size)
    for (raw, lay), doc in zip(prepared, docs):
        yield Context(raw=raw, layout=lay, doc=doc)


def context(raw: RawArticle) -> Context:
    """One article structured and parsed exactly as `process` does it (for tests and tools that run one extractor)."""
    (ctx,) = parsed([(raw, structure(raw))])
    return ctx


def extract(texts: Iterable[Union[str, RawArticle]]) -> Iterator[Result]:
    """Library entry point: texts (or RawArticle records) -> Article records (Failure for bad ones)."""
    def raws():
        for i, t in enumerate(texts):
            yield t if isinstance(t, RawArticle) else RawArticle(id=str(i), text=t, origin=f"text {i}")

    for item in process(raws()):
        yield item if not isinstance(item, ReadError) else Failure(item.origin, item.message, item.id)
