"""Local ingest: read -> skip what is stored unchanged -> NLP in N processes -> one writer commits.

Resumable by construction: each chunk of articles is committed in one transaction (an article is
all there or not at all), and unchanged articles (same id, same text hash) are skipped before NLP,
so a run killed at any moment (kill -9 included) is finished by the next one, nothing doubled.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from ..records import Article, Failure, RawArticle, ReadError
from ..store import Store, text_hash

CHUNK = 4          # articles a worker parses at once (and the writer commits in one transaction)
LINK_BATCH = 64    # committed articles linked into stories at once (docs/stories.md): fewer, larger statements


@dataclass
class Summary:
    """What an ingest did: counts, and the reasons for what failed."""
    total: int = 0                 # articles read (errors excluded)
    stored: int = 0
    unchanged: int = 0             # skipped before NLP: the store (or an earlier copy in this run) holds their text
    replaced: list[str] = field(default_factory=list)  # one id read twice in this run with two texts: what was said
    superseded: int = 0            # copies a later copy of their id with another text replaced in this run (one a line
    #                                of `replaced`): dropped before the store, or overwritten in it (user52)
    other_language: int = 0        # stored with their `language`, not analysed by the English extractors
    failed: list[str] = field(default_factory=list)   # "origin: reason"
    seconds: float = 0.0
    interrupted: bool = False      # stopped by Ctrl-C: what was committed stays, the rest is for the next run
    skipped: list[str] = field(default_factory=list)  # files in the folders given left out by their names
    #                                                   (`read.unread`): said, not failed (user53)
    stopped_at: str = ""           # where Ctrl-C or SIGTERM stopped the run (user55): "" not stopped; "batches" with
    #                                articles left (interrupted); "link" or "summaries" with every article committed,
    #                                a step after them left (interrupted); "end" when the counts were being set or
    #                                after: the run is complete (not interrupted)

    def line(self) -> str:
        text = (f"dateline: {self.stored} stored, {self.unchanged} skipped as unchanged, "
                f"{len(self.failed)} failed in {self.seconds:.1f}s")
        if self.other_language:
            text += f"; {self.other_language} not in English (stored, not analysed)"
        if self.superseded:
            text += (f"; {self.superseded} cop{'y' if self.superseded == 1 else 'ies'} replaced by a later copy of "
                     f"their id with another text (an id read twice keeps the text read last; each stored once)")
        if self.skipped:
            names = ", ".join(self.skipped[:5]) + (f" and {len(self.skipped) - 5:,} more" if len(self.skipped) > 5 else "")
            text += f"; {len(self.skipped):,} file(s) of a folder left out by their names: {names}"
            if len(self.skipped) > 5:                   # how many of each kind (user54)
                from ..read import left_out_reasons

                text += " (" + ", ".join(f"{len(n):,} x {k}" for k, n in left_out_reasons(self.skipped)[:5]) + ")"
        if self.failed:
            reasons: dict[str, int] = {}
            for f in self.failed:
                reason = f.split(": ", 1)[-1]
                reasons[reason] = reasons.get(reason, 0) + 1
            text += " (" + "; ".join(f"{n} x {r}" for r, n in sorted(reasons.items(), key=lambda x: -x[1])[:5]) + ")"
        if self.interrupted:
            text += "; " + STOPPED_AT.get(self.stopped_at, STOPPED_AT["batches"])
        elif self.stopped_at == "end":
            text += "; " + STOPPED_AT["end"]
        return text

    def to_dict(self) -> dict:
        return {"total": self.total, "stored": self.stored, "unchanged": self.unchanged,
                "replaced": list(self.replaced), "superseded": self.superseded, "other_language": self.other_language, "failed": list(self.failed), "seconds": round(self.seconds, 3), "interrupted": self.interrupted,
                "skipped": list(self.skipped), "stopped_at": self.stopped_at}


STOPPED_AT = {    # what the summary line says of a run stopped at each step (`Summary.stopped_at`, user55)
    "batches": "interrupted: run the same command again to finish",
    "link": ("interrupted after every article read was committed, while stories were linked: run the same command "
             "again to link them"),
    "summaries": ("interrupted after every article read was committed and linked, while the web's summaries were "
                  "written: run the same command again to write them (the web reads the store meanwhile)"),
    "end": "stopped after its last article was committed and linked: the run is complete",
}


class Reporter:
    """Progress callbacks; the base class says nothing (tests, library use)."""

    def start(self, total: Optional[int], unchanged: int) -> None: ...

    def advance(self, done: int, total: Optional[int], last_id: str) -> None: ...

    def failure(self, message: str) -> None: ...

    def note(self, message: str) -> None:
        """Something the user should know while nothing is committed (a cluster run waiting for a part)."""

    def finish(self) -> None: ...


def plan(items: Iterable[RawArticle | ReadError], known: dict[str, str], summary: Summary) -> list[RawArticle]:
    """The articles still to process: read errors go to `summary.failed`, unchanged ones are counted.

    The same id read twice in one run: the last text read wins (as it would over two runs). Each copy read is counted
    once, and alike in both runners (user52): a copy whose text the store holds is `unchanged`; a copy followed by a
    later one of its id is `unchanged` when the later has the same text, else `superseded` and said
    (`summary.replaced`: a feed's item re-sent with a correction, or two stories given one id by mistake, user48).
    """
    todo: dict[str, RawArticle] = {}
    for item in items:
        if isinstance(item, ReadError):
            summary.failed.append(str(item))
            continue
        summary.total += 1
        digest = text_hash(item.text)
        earlier = todo.pop(item.id, None)
        if earlier is not None:
            if text_hash(earlier.text) == digest:
                summary.unchanged += 1      # read twice in this run with one text: counted once
            else:
                summary.superseded += 1
                summary.replaced.append(replaced_message(item.id, item.origin, earlier.origin))
        if known.get(item.id) == digest:
            summary.unchanged += 1      # (an earlier copy with another text is dropped: the stored text was read last)
            continue
        todo[item.id] = item
    return list(todo.values())


def replaced_message(id_: str, origin: str, earlier: str) -> str:
    """What is said of an id read twice in one run with two texts (both runners): where, and which text is kept."""
    return f"{id_}: read again with another text at {origin}; it replaces the text read at {earlier}"


class Tally:
    """The summary's counts of one run, the same in both runners (user53): each copy read, in the order read, is
    counted by what follows it, never by when it was analysed or committed. A copy is `unchanged` when its text is
    the one stored before the run or the next copy of its id has its text; `superseded` (and said, with the next
    copy's origin) when the next copy has another text; the copy an id reads last is `unchanged` when its text is
    the one stored before the run, else `stored` once the store holds it (failed or interrupted: neither).
    The record of the run's ids is a file next to the store (`Store.start_run_copies`, `store/seen.py`): its memory
    is the same however many ids the run reads (user55). The process runner feeds it a lookup batch at a time, the
    Dask driver a shard at a time, in shard order; each runner's own planning decides only what is analysed and
    written."""

    def __init__(self, store: Store, summary: Summary, reporter: Reporter):
        self.store, self.summary, self.reporter = store, summary, reporter
        self.unchanged = self.superseded = self.total = 0
        self.replaced: list[str] = []
        self.finished = False
        store.start_run_copies()

    def see(self, copies: list[tuple[str, str, str]], *, say: bool = False,
            stored: Optional[dict[str, str]] = None) -> None:
        """Copies read next, in order: (id, text hash, origin); `say`: each replacement to the reporter as well;
        `stored`: the store's text hashes of these ids when the caller has looked them up (`Store.hashes_of`).
        A batch is counted whole or not at all: Ctrl-C (or SIGTERM) that comes while its record is written and its
        counts added is held until they are (`held_signals`); one that comes before leaves the batch unread, and
        its articles are not analysed (review53d: the batch's last copies were read, yet never counted)."""
        if not copies:
            return
        ids = list(dict.fromkeys(c[0] for c in copies))
        state = self.store.run_copies_of(ids)
        new = [i for i in ids if i not in state]
        before = self.store.hashes_of(new) if stored is None else stored
        unchanged = superseded = 0
        replaced: list[str] = []
        for _id, digest, origin in copies:
            prev = state.get(_id)
            if prev is None:
                state[_id] = (digest, origin, before.get(_id))
                continue
            held, held_origin, stored = prev
            if held == digest or held == stored:
                unchanged += 1
            else:
                superseded += 1
                replaced.append(replaced_message(_id, origin, held_origin))
            state[_id] = (digest, origin, stored)
        with held_signals():
            self.store.keep_run_copies({i: state[i] for i in ids}, new=new)
            self.total += len(copies)
            self.unchanged += unchanged
            self.superseded += superseded
            self.replaced.extend(replaced)
        for message in replaced if say else ():
            self.reporter.note(message)

    def finish(self, since: dt.datetime) -> None:
        """Set the summary's counts: the copies read last are counted now, against what the store holds. Once: a
        second call (a run stopped after its counts were set) changes nothing. Ctrl-C meanwhile is held till the
        counts are set (`held_signals`)."""
        if self.finished:
            return
        with held_signals():
            stored, unchanged = self.store.run_copies_end(since)
            s = self.summary
            s.total = self.total
            s.stored, s.unchanged, s.superseded = stored, self.unchanged + unchanged, self.superseded
            s.replaced = list(self.replaced)
            self.finished = True

    def close(self) -> None:
        """The record gone (its file removed) whether or not the counts were set: a run that failed (again: nothing)."""
        self.store.drop_run_copies()


@contextlib.contextmanager
def held_signals(*, drop: bool = False, say: Optional[Callable[[], None]] = None) -> Iterator[None]:
    """Ctrl-C and SIGTERM held back while a step that must be whole runs (a batch's record and counts, the run's
    last counts, the closing of a stopped run): one that comes meanwhile acts when the step ends, as it would have
    (a KeyboardInterrupt, `StopOnTerm`'s, or the default's end), or with `drop` is left unheeded, `say` called once
    (the run already stops: a second Ctrl-C ended it with a traceback, review53d). A signal ignored stays ignored;
    outside the main thread (where Python runs no handler) nothing is held. DuckDB looks for Ctrl-C while a query
    runs through Python's handlers: held, it does not interrupt the query either."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []

    def hold(signum, frame) -> None:
        came.append(signum)
        if drop and say is not None and len(came) == 1:
            try:
                say()
            except (RuntimeError, OSError):   # the handler ran inside a write to the same stream (a reentrant
                pass                          # call) or stderr is gone: the step goes on unsaid (review54c)

    before = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(sig)
        if handler not in (signal.SIG_IGN, None):
            before[sig] = signal.signal(sig, hold)
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        for sig in () if drop else dict.fromkeys(came):
            signal.raise_signal(sig)


_SETTLED = ""       # the text hash of an id whose winning copy is back and stored while losing copies are in flight
LOOKUP = 500       # articles read, and looked up in the store, at once: the driver holds no more than this
RECYCLE_ARTICLES = 2000       # a pool worker is replaced by a fresh one after analysing this many articles
RSS_LIMIT_MB = 1500           # ... and reloads its pipeline when its memory passes this (docs/store.md, "Long runs")


class Flight:
    """The streaming plan and what is in flight: inputs are read lazily, LOOKUP at a time, each batch planned
    against the store (`Store.hashes_of`) and against the articles read earlier in this run that are not yet
    committed (an id read again wins over its earlier copy, as over two runs). Memory: one batch + the window.
    """

    def __init__(self, items: Iterable[RawArticle | ReadError], store: Store, summary: Summary,
                 reporter: Reporter, lookup: int = LOOKUP, tally: Optional[Tally] = None):
        self.items = iter(items)
        self.tally = tally            # the summary's counts and notes (`Tally`), when given; what this plan counts then
        #                               is its own (the summary's fields are set by the tally at the end)
        self.store = store
        self.summary = summary
        self.reporter = reporter
        self.lookup = lookup
        self.latest: dict[str, tuple[str, str]] = {}      # id -> (text hash, origin) of the copy that wins
        self.copies: dict[str, int] = {}                  # id -> copies of it in flight
        self.stored_read: set[str] = set()   # ids whose `latest` is the stored text read again (`plan` counted it
        #                                      unchanged; not in flight): a later copy does not supersede it (review52b)
        self.planned = 0
        self.total: Optional[int] = None                 # articles the inputs hold, when known

    def articles(self) -> Iterator[RawArticle]:
        """The articles to analyse, in input order, a batch planned at once (the store and this run agree)."""
        while True:
            batch = list(itertools.islice(self.items, self.lookup))
            if not batch:
                return
            failed, replaced = len(self.summary.failed), len(self.summary.replaced)
            raws = [r for r in batch if isinstance(r, RawArticle)]
            known = self.store.hashes_of([r.id for r in raws])
            if self.tally is not None:          # (before this batch is planned: a Ctrl-C in it leaves it unread)
                self.tally.see([(r.id, text_hash(r.text), r.origin) for r in raws], say=True, stored=known)
            self._stored_text_read_again(raws, known)
            for raw in plan(batch, known, self.summary):
                digest = text_hash(raw.text)
                held = self._in_flight(raw.id)
                if held is not None and held[0] == digest:
                    self.summary.unchanged += 1           # the same text is in flight already
                    continue
                if held is not None and raw.id not in self.stored_read:  # (the stored text read again: `plan`'s)
                    self.summary.superseded += 1          # its earlier copy is superseded (dropped when it returns)
                    self.summary.replaced.append(replaced_message(raw.id, raw.origin, held[1]))
                self.stored_read.discard(raw.id)
                self.latest[raw.id] = (digest, raw.origin)
                self.copies[raw.id] = self.copies.get(raw.id, 0) + 1
                self.planned += 1
                yield raw
            for message in self.summary.failed[failed:]:
                self.reporter.failure(message)
            for message in self.summary.replaced[replaced:] if self.tally is None else ():   # (the tally says them)
                self.reporter.note(message)

    def _stored_text_read_again(self, raws: list[RawArticle], known: dict[str, str]) -> None:
        """An id whose copy in flight (read in an earlier batch) is followed, last in this batch, by the text the store
        holds: `plan` skips that copy as unchanged, and the copy in flight must not overwrite it when it comes back
        (the last text read wins, as within one batch; review50b: it was stored, and nothing was said)."""
        last = {r.id: r for r in raws if self._in_flight(r.id)}   # the copy read last in the batch, of ids in flight
        for raw in last.values():
            digest = text_hash(raw.text)
            held = self.latest[raw.id]
            if known.get(raw.id) == digest and held[0] != digest:
                self.summary.superseded += 1          # the copy in flight is superseded (dropped when it returns)
                self.summary.replaced.append(replaced_message(raw.id, raw.origin, held[1]))
                self.latest[raw.id] = (digest, raw.origin)
                self.stored_read.add(raw.id)

    def _in_flight(self, id_: str) -> Optional[tuple[str, str]]:
        """(text hash, origin) of the copy of `id_` that wins when it comes back, or None: none in flight, or the
        winner already back and stored (`returned`: the copies left are dropped), so that the store holds the text
        to compare with (review52b: a copy read then was also said to replace the stored one, counted twice)."""
        held = self.latest.get(id_)
        return held if held is not None and held[0] != _SETTLED else None

    def chunks(self, size: int) -> Iterator[list[RawArticle]]:
        articles = self.articles()
        while True:
            chunk = list(itertools.islice(articles, size))
            if not chunk:
                return
            yield chunk

    def returned(self, item) -> Optional[str]:
        """An analysed copy came back: the origin to store it under, or None when a later copy supersedes it."""
        held = self.latest.get(item.id)
        if isinstance(item, Article):
            wins = held is not None and held[0] == text_hash(item.text)
        else:
            wins = held is not None and held[1] == item.origin
        left = self.copies.get(item.id, 1) - 1
        if left <= 0:
            self.copies.pop(item.id, None)
            self.latest.pop(item.id, None)
            self.stored_read.discard(item.id)
        else:
            self.copies[item.id] = left
            if wins:              # an id read A, B, A: both copies of A win by their text; the first back is stored,
                self.latest[item.id] = (_SETTLED, held[1])    # the other dropped (user52: both were written: a DuckDB
                #                                               error); a copy read from now on is planned anew
                self.stored_read.discard(item.id)
        return held[1] if wins else None


def ingest(inputs: Iterable[str], store: Store, *, workers: Optional[int] = None, chunk: int = CHUNK,
           reporter: Optional[Reporter] = None, published: Optional[str] = None) -> Summary:
    """Read INPUTS, analyse what is new or changed, and commit it to `store`; returns the summary.
    `published` (YYYY-MM-DD) is the publication date of every article read (`--published`).

    Streams: inputs are read, looked up and analysed as they come (memory does not grow with the corpus).
    """
    reporter = reporter or Reporter()
    began = time.monotonic()
    summary = Summary()
    flight = prepare(inputs, store, summary, reporter, published=published)
    workers = default_workers() if workers is None else max(1, workers)
    chunks = flight.chunks(chunk)
    results = _in_process(chunks) if workers == 1 else _Pooled(chunks, workers)
    return commit(results, flight, store, summary, reporter, began)


def prepare(inputs: Iterable[str], store: Store, summary: Summary, reporter: Reporter, *,
            published: Optional[str] = None) -> Flight:
    """The streaming plan over INPUTS; the reporter is started with the number of articles the inputs hold
    (counted cheaply first: files and lines, for the time left; None when that cannot be known)."""
    from ..read import count, read

    inputs = list(inputs)
    flight = Flight(read(inputs, published=published), store, summary, reporter, tally=Tally(store, summary, reporter))
    flight.total = count(inputs)
    reporter.start(flight.total, 0)
    left_out_files(inputs, summary, reporter, near=store.path)
    return flight


def left_out_files(inputs: list[str], summary: Summary, reporter: Reporter, near: Optional[str] = None) -> None:
    """The files of the folders given that are not read (`read.unread`): in the summary, and said (both runners,
    user53): one a line when few, else a count per reason with the first names and the full list in a file next to
    the store `near` (`read.left_out_report`, user54)."""
    from ..read import left_out_report, unread

    summary.skipped = unread(inputs)
    for line in left_out_report(summary.skipped, near):
        reporter.note(line)


def commit(results: Iterable[list], flight: Flight, store: Store, summary: Summary,
           reporter: Reporter, began: float) -> Summary:
    """The single writer: commit each finished batch (Articles and Failures) in one transaction.

    Ctrl-C stops it with what was committed kept; `results.close()` (when it has one) is always called.
    """
    from ..stories import link_since

    done = wrote = 0
    since = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)      # what this run stores is linked at its end
    step = "batches"                    # the step the run is in: what a stop there leaves to do (`Summary.stopped_at`)
    try:
        for batch in results:
            articles, failures = [], []
            for r in batch:
                origin = flight.returned(r)
                if origin is None:
                    continue                      # superseded by a later copy of the same id in this run
                (articles if isinstance(r, Article) else failures).append((r, origin))
            rewritten = store.written_since([a.id for a, _ in articles], since)
            store.write_articles(articles)
            wrote += len(articles)
            for article, origin in articles:          # an id stored earlier in this run, its copy long committed:
                earlier = rewritten.get(article.id)   # counted once, its earlier copy superseded (user52)
                if earlier is None:
                    summary.stored += 1
                elif earlier[0] == text_hash(article.text):
                    summary.unchanged += 1
                else:
                    summary.superseded += 1
                    summary.replaced.append(replaced_message(article.id, origin, earlier[1]))
                    if flight.tally is None:
                        reporter.note(summary.replaced[-1])
            summary.other_language += sum(a.language not in (None, "en") for a, _ in articles)
            for r, _ in failures:
                summary.failed.append(str(r))
                reporter.failure(str(r))
            done += len(batch)
            reporter.advance(done + summary.unchanged, flight.total, batch[-1].id if batch else "")
        # stories and event clusters (docs/stories.md), once everything is stored, in the linking order (publication
        # day, id), so they do not depend on the input order or on which worker finished first (user49); with them
        # what is stored and not linked (an older store, a run stopped before this: the next ingest links them)
        step = "link"
        link_since(store, since, batch=LINK_BATCH)
        step = "summaries"
        if wrote or not store.summaries_current():   # (or a run stopped before writing them: user55)
            store.write_summaries()      # the web's aggregates for the store as it now is (docs/store.md)
        step = "end"
        if flight.tally is not None:
            flight.tally.finish(since)
    except (KeyboardInterrupt, Exception) as exc:
        if not stopped(exc):
            raise
        ended(summary, step)
    finally:
        with held_signals(drop=True, say=lambda: reporter.note(winding_down(summary, step))):  # a second Ctrl-C:
            if flight.tally is not None:                                                       # said, not heeded
                if summary.stopped_at:
                    flight.tally.finish(since)        # a stopped run's counts: what was committed (once)
                flight.tally.close()
            close = getattr(results, "close", None)
            if close:
                close()
            summary.seconds = time.monotonic() - began
            reporter.finish()
    return summary


def ended(summary: Summary, step: str) -> None:
    """A run stopped (Ctrl-C, SIGTERM) at `step`: interrupted, unless every step but the count was done (`end`: the
    count is set in the wind-down, or was being set when the signal came, held till it was): then the run is complete
    and says so, where it said `interrupted` and exited 130 (user55)."""
    summary.stopped_at = step
    summary.interrupted = step != "end"


def winding_down(summary: Summary, step: str) -> str:
    """What a second Ctrl-C (or a first one once the run is complete: the summary says it came) is told while the
    run winds down."""
    if step == "end" and not summary.interrupted:
        summary.stopped_at = "end"
        return CLOSING
    return STOPPING


STOPPING = ("stopping: counting what was committed and closing the workers (a moment; what is committed stays, "
            "and the same command again finishes the run)")
CLOSING = "the run is complete: closing the workers (a moment)"


def stopped(exc: BaseException) -> bool:
    """Ctrl-C or SIGTERM (`StopOnTerm`): a KeyboardInterrupt, or the error DuckDB raises in its place when the signal
    lands while a query runs: RuntimeError('Query interrupted') (user53: a run stopped then ended with a traceback,
    exit 1) or duckdb.InterruptException, also as the context of an error a cleanup raised after it (user54: the
    runners caught only the first; `store.db.interrupted`)."""
    from ..store.db import interrupted

    return isinstance(exc, KeyboardInterrupt) or (isinstance(exc, Exception) and interrupted(exc))


class StopOnTerm:
    """While open, SIGTERM stops the run as Ctrl-C does (KeyboardInterrupt in this process: what is committed stays,
    the summary line is printed, a cluster we started is closed); `received` says it came. `kill PID` is how a
    background job is stopped: a job started with `&` from a script has SIGINT ignored (POSIX), so Ctrl-C and
    `kill -INT` never reach it, and SIGTERM's default ended the process without a word."""

    def __init__(self):
        self.received = False
        self._before = None

    def __enter__(self) -> "StopOnTerm":
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._before = signal.signal(signal.SIGTERM, self._stop)
        return self

    def _stop(self, signum, frame) -> None:
        if self.received:                         # a second one while the run stops: ignored
            return
        self.received = True
        raise KeyboardInterrupt

    def __exit__(self, *exc) -> bool:
        import signal

        if self._before is not None:
            signal.signal(signal.SIGTERM, self._before)
        return False


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------------ NLP, in this process or in a pool
def analyse_chunk(chunk: list[RawArticle]) -> list:
    """Articles (or Failures) for one chunk; ReadErrors cannot be here (filtered by `plan`)."""
    from ..pipeline import process

    out = []
    for item in process(chunk, batch_size=max(1, len(chunk)), min_confidence=0):   # the store keeps every event
        out.append(item if not isinstance(item, ReadError) else Failure(item.origin, item.message, item.id))
    return out


def _in_process(chunks: Iterable[list[RawArticle]]) -> Iterator[list]:
    done = 0
    for c in chunks:
        yield analyse_chunk(c)
        done += len(c)
        done = recycle_if_needed(done)


def rss_mb() -> float:
    """This process's resident memory in MB (Linux /proc; 0 where unknown)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


def recycle_if_needed(analysed: int, *, every: int = RECYCLE_ARTICLES, limit_mb: float = RSS_LIMIT_MB) -> int:
    """Reload the spaCy pipeline (its string store grows with every new word) after `every` articles or when
    this process passes `limit_mb`; returns the count since the last reload (0 when it reloaded)."""
    if analysed < every and rss_mb() < limit_mb:
        return analysed
    import gc

    from .. import nlp

    frozen = gc.get_freeze_count() > 0          # a prepared worker froze its pipeline: let the old one go
    if frozen:
        gc.unfreeze()
    nlp.load.cache_clear()
    gc.collect()
    nlp.load()
    if frozen:
        gc.collect()
        gc.freeze()
    return 0


def _worker_init() -> None:
    """Have spaCy loaded (the fork server preloads it), and die with our parent (the fork server, which dies
    with the runner): PR_SET_PDEATHSIG where Linux has it, else a thread watching the parent's pid."""
    import signal

    from .. import nlp
    from ._orphans import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the runner's to handle: it stops us
    die_with_parent()
    nlp.load()


_analysed = 0        # articles this pool worker has analysed since its pipeline was loaded


def _worker(chunk: list[RawArticle]) -> list:
    global _analysed
    try:
        return analyse_chunk(chunk)
    except Exception as exc:   # a bug must cost only this chunk
        return [Failure(r.origin, f"worker failed: {exc!r}", r.id) for r in chunk]
    finally:
        _analysed = recycle_if_needed(_analysed + len(chunk), every=10 ** 12)   # the process is recycled by count


class _Pooled:
    """Results of a process pool in completion order, with a bounded number of chunks in flight.

    A worker that dies (a crash in native code, the kernel's OOM killer) breaks the pool and every chunk
    in flight with it: a new pool is started and those articles are retried one at a time, alone in
    flight, so only an article that kills a worker on its own is reported as failed. A worker is replaced
    by a fresh fork after RECYCLE_ARTICLES articles (bounded memory on long runs).
    """

    def __init__(self, chunks: Iterable[list[RawArticle]], workers: int,
                 work: Optional[Callable[[list], list]] = None, recycle: Optional[int] = None):
        self.work = work or _worker
        self.todo: Iterator[list[RawArticle]] = iter(chunks)
        self.suspects: list[RawArticle] = []                            # retried alone after a break
        self.workers = workers
        self.window = 2 * workers + 1
        self.recycle = recycle or RECYCLE_ARTICLES
        self.executor = None
        self.pending: dict = {}                                         # future -> (chunk, alone)
        self.unsent: list[list[RawArticle]] = []                        # chunks a broken pool refused
        self.exhausted = False

    def _start(self, size: Optional[int] = None) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.size = size or getattr(self, "size", 1)

        # A fork server (a fresh process, so the writer's DuckDB connection is never forked) loads spaCy and
        # warms every lexicon once; the workers fork from it with all of it in memory, so a recycled worker
        # costs a fork. The fork server dies with this process, the workers with the fork server.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["dateline.run._preload"])
        self.executor = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_worker_init,
                                            max_tasks_per_child=max(1, self.recycle // self.size))

    def _next(self):
        if self.unsent:                                                 # refused by a pool that had broken
            return self.unsent.pop()
        if self.exhausted:
            return None
        chunk = next(self.todo, None)
        if chunk is None:
            self.exhausted = True
        return chunk

    def _submit(self, chunk: list[RawArticle], alone: bool) -> bool:
        """Send a chunk; a pool that broke since the last wait refuses it (the dead worker's future is still
        pending and the next wait reports the break), so the chunk is kept, never run, to be sent again."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            self.pending[self.executor.submit(self.work, chunk)] = (chunk, alone)
            return True
        except BrokenProcessPool:
            if alone:
                self.suspects.append(chunk[0])
            else:
                self.unsent.append(chunk)
            return False

    def _fill(self) -> None:
        if self.suspects:
            if not self.pending:
                self._submit([self.suspects.pop()], True)
            return
        while len(self.pending) < self.window:
            chunk = self._next()
            if chunk is None:
                return
            if self.executor is None:
                self._start(len(chunk))
            if not self._submit(chunk, False):
                return

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self._start()

    def __iter__(self):
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        self._fill()
        while self.pending:
            done, _ = wait(list(self.pending), return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                chunk, alone = self.pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        yield [Failure(chunk[0].origin, "a worker process died on this article", chunk[0].id)]
                    else:
                        self.suspects.extend(reversed(chunk))
            if broken:
                for chunk, _alone in self.pending.values():           # lost with the pool
                    self.suspects.extend(reversed(chunk))
                self.pending.clear()
                self._restart()
            self._fill()
            if not self.pending and (self.unsent or self.suspects):  # refused with nothing in flight
                self._restart()
                self._fill()

    def close(self) -> None:
        if self.executor is None:
            return
        if self.pending:                                          # stopped early (error, Ctrl-C)
            for proc in list((getattr(self.executor, "_processes", None) or {}).values()):
                proc.kill()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _in_pool(chunks, workers):
    return _Pooled(chunks, workers)
