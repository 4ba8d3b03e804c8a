"""The one place that knows the order of the stages: read -> structure -> parse -> extractors -> link."""
from __future__ import annotations

import dataclasses
import itertools
from typing import Iterable, Iterator, Optional, Union

from . import budget, nlp
from .artefacts import floor_or_default
from .extractors import Context
from .extractors.actors import extract_actors
from .extractors.casualties import extract_casualties
from .extractors.dates import extract_dates
from .extractors.events import extract_events
from .extractors.link import link
from .extractors.places import extract_places
from .extractors.quotes import extract_quotes
from .extractors.spans import forget, keep_text
from .read.clean import clean
from .records import Article, Failure, Layout, RawArticle, ReadError
from .structure import parse_text, structure

Result = Union[Article, Failure]


def analyse(ctx: Context) -> Article:
    """All extractors over one parsed article, in order (the time budget checked between them)."""
    nlp.mend_lemmas(ctx.doc)          # (a parse read back from a cache, made before the lemmas were mended)
    dates = extract_dates(ctx)
    budget.check()
    quotes = extract_quotes(ctx)
    budget.check()
    actors, quotes = extract_actors(ctx, quotes)
    budget.check()
    events = extract_events(ctx, actors, quotes)
    budget.check()
    places, place_mentions = extract_places(ctx, actors)
    budget.check()
    casualties = extract_casualties(ctx, actors, dates)
    budget.check()
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


def process(items: Iterable[Union[RawArticle, ReadError]], *, batch_size: int = 32,
            min_confidence: Optional[float] = None) -> Iterator[Union[Result, ReadError]]:
    """Structure, parse (in batches) and extract every article; errors pass through in order. Events under
    `min_confidence` are left out (None: the default floor, `artefacts.default_floor`, by type where it has floors by type; 0: every event)."""
    items = iter(items)
    while True:
        chunk = list(itertools.islice(items, batch_size))
        if not chunk:
            return
        yield from _process_chunk(chunk, batch_size, min_confidence)


def _process_chunk(chunk, batch_size, min_confidence=None):
    prepared: list[tuple[RawArticle, Layout]] = []
    out: list = []
    for item in chunk:
        if isinstance(item, ReadError):
            out.append(item)
            continue
        if not isinstance(item, RawArticle) or not isinstance(item.text, str):
            out.append(_not_a_text(item))
            continue
        if len(item.text) > nlp.MAX_CHARS:
            out.append(Failure(item.origin, f"text of {len(item.text):,} characters is over the {nlp.MAX_CHARS:,} limit", item.id))
            continue
        try:
            item = normalised(item)
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
    for ctx in parsed_each(prepared, batch_size=batch_size):
        if isinstance(ctx, Failure):
            results.append(ctx)
            continue
        results.append(analysed(ctx, min_confidence=min_confidence))
    for slot in out:
        yield results[slot] if isinstance(slot, int) else slot


def analysed(ctx: Context, *, min_confidence: Optional[float] = None) -> Result:
    """`analyse` within the article's time budget, its events under `min_confidence` left out (None: the default
    floor; 0: every event); any error (or the budget spent) is a Failure."""
    try:
        with budget.limit(budget.seconds_for(len(ctx.raw.text))):
            return confident(analyse(ctx), min_confidence)
    except budget.OverBudget as exc:
        return Failure(ctx.raw.origin, f"extraction stopped: {exc}", ctx.raw.id)
    except Exception as exc:          # a bug on one article must not stop the batch
        return Failure(ctx.raw.origin, f"extraction failed: {exc!r}", ctx.raw.id)
    finally:
        forget(ctx.doc)               # what the passes kept on the doc: freed with it


def confident(art: Article, minimum: Optional[float] = None) -> Article:
    """The article with only its events of at least `minimum` confidence (None: the default floor; an event
    without a confidence is kept)."""
    floor = floor_or_default(minimum)
    if not floor or all(e.confident(floor) for e in art.events):
        return art
    return art.keeping_events(i for i, e in enumerate(art.events) if e.confident(floor))


WARM_UP = ("ABERWICK (Wire) - The interior minister met rebel leaders in the capital on Monday, officials said.\n\n"
           "\"We will talk again,\" she told reporters. Police arrested 12 people; two were killed in Aberwick.")


GC_THRESHOLDS = (20000, 20, 20)    # the collector's thresholds in a process of dateline's own (`warm_up(freeze=True)`)


def warm_up(*, freeze: bool = False) -> None:
    """Load spaCy and build every lexicon now (one invented article through every stage), so that a worker's
    first real article does not pay for them. With `freeze`, for a process that is dateline's own (the CLI, a
    worker): what is loaded is then frozen out of the garbage collector (`gc.freeze`, once a process), so that
    its full collections, a few in every hundred articles, no longer walk the model's and lexicons' objects; and
    the collector runs less often (GC_THRESHOLDS: a young collection every 20,000 objects made, not 700). An
    article makes and drops hundreds of thousands of small objects (Tokens, strings, lists), nearly all freed as
    soon as they are dropped; the young collections that walked them were 2-3% of the extractors' time."""
    nlp.load()
    list(process([RawArticle(id="warm-up", origin="warm-up", text=WARM_UP)]))
    if freeze:
        import gc

        if not gc.get_freeze_count():
            gc.collect()
            gc.freeze()
            gc.set_threshold(*GC_THRESHOLDS)


def normalised(raw: RawArticle) -> RawArticle:
    """The article with its text and fields cleaned of code points no encoder takes (read.clean); offsets kept."""
    fields = {k: clean(v) for k in ("id", "text", "title", "source", "url", "origin")
              if isinstance(v := getattr(raw, k), str) and clean(v) is not v}
    return dataclasses.replace(raw, **fields) if fields else raw


def _not_a_text(item) -> Failure:
    if isinstance(item, RawArticle):
        return Failure(item.origin, f"text is not a string but {type(item.text).__name__}", item.id)
    return Failure(str(getattr(item, "origin", "") or "input"), f"not an article but {type(item).__name__}", None)


def parsed_each(prepared: list[tuple[RawArticle, Layout]], *, batch_size: int = 32) -> Iterator[Union[Context, Failure]]:
    """`parsed`, but an article the parser fails on is a Failure: when a batch fails, its articles are
    parsed again one at a time so only the one at fault fails."""
    try:
        contexts = list(parsed(prepared, batch_size=batch_size))
    except Exception as exc:
        if len(prepared) == 1:
            raw = prepared[0][0]
            yield Failure(raw.origin, f"parse failed: {exc!r}", raw.id)
            return
    else:
        yield from contexts
        return
    for one in prepared:
        yield from parsed_each([one], batch_size=1)


def parsed(prepared: list[tuple[RawArticle, Layout]], *, batch_size: int = 32) -> Iterator[Context]:
    """Structured articles -> their extractor Contexts: each text parsed in batches with its layout's spans blanked."""
    texts = [parse_text(raw.text, lay.skip, lay.title_span) for raw, lay in prepared]
    for (raw, lay), text, doc in zip(prepared, texts, nlp.parse(texts, batch_size=batch_size)):
        nlp.mend_lemmas(doc)
        keep_text(doc, text)          # (the doc's text is the text parsed: `doc.text` would join a Token a word)
        yield Context(raw=raw, layout=lay, doc=doc)


def context(raw: RawArticle) -> Context:
    """One article structured and parsed exactly as `process` does it (for tests and tools that run one extractor)."""
    raw = normalised(raw)
    (ctx,) = parsed([(raw, structure(raw))])
    return ctx


def extract(texts: Iterable[Union[str, bytes, RawArticle]], *, min_confidence: Optional[float] = None) -> Iterator[Result]:
    """Library entry point: texts (or RawArticle records) -> Article records, one for each, in order; events under
    `min_confidence` left out (None: the default floor, as `dateline extract`; 0: every event).

    Anything that cannot be analysed is a Failure with its reason, and the rest goes on: a value that is no
    text (None, a number), bytes that are not text (bytes are decoded as a file is), an error or the time
    budget spent on one article. Code points no encoder takes are replaced first (read.clean; offsets kept).
    """
    from .read.files import article

    def raws():
        for i, t in enumerate(texts):
            if isinstance(t, RawArticle):
                yield t
            elif isinstance(t, str):
                yield RawArticle(id=str(i), text=t, origin=f"text {i}")
            elif isinstance(t, (bytes, bytearray, memoryview)):
                yield from article(bytes(t), origin=f"text {i}", id=str(i))
            else:
                yield ReadError(f"text {i}", f"not a text but {type(t).__name__}", str(i))

    for item in process(raws(), min_confidence=min_confidence):
        yield item if not isinstance(item, ReadError) else Failure(item.origin, item.message, item.id)
