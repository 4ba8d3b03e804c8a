"""Local ingest: read -> skip what is stored unchanged -> NLP in N processes -> one writer commits.

Resumable by construction: each chunk of articles is committed in one transaction (an article is
all there or not at all), and unchanged articles (same id, same text hash) are skipped before NLP,
so a run killed at any moment (kill -9 included) is finished by the next one, nothing doubled.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
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
    unchanged: int = 0             # skipped before NLP: same id, same text already stored
    other_language: int = 0        # stored with their `language`, not analysed by the English extractors
    failed: list[str] = field(default_factory=list)   # "origin: reason"
    seconds: float = 0.0
    interrupted: bool = False      # stopped by Ctrl-C: what was committed stays, the rest is for the next run

    def line(self) -> str:
        text = (f"dateline: {self.stored} stored, {self.unchanged} skipped as unchanged, "
                f"{len(self.failed)} failed in {self.seconds:.1f}s")
        if self.other_language:
            text += f"; {self.other_language} not in English (stored, not analysed)"
        if self.failed:
            reasons: dict[str, int] = {}
            for f in self.failed:
                reason = f.split(": ", 1)[-1]
                reasons[reason] = reasons.get(reason, 0) + 1
            text += " (" + "; ".join(f"{n} x {r}" for r, n in sorted(reasons.items(), key=lambda x: -x[1])[:5]) + ")"
        if self.interrupted:
            text += "; interrupted: run the same command again to finish"
        return text

    def to_dict(self) -> dict:
        return {"total": self.total, "stored": self.stored, "unchanged": self.unchanged,
                "other_language": self.other_language, "failed": list(self.failed), "seconds": round(self.seconds, 3), "interrupted": self.interrupted}


class Reporter:
    """Progress callbacks; the base class says nothing (tests, library use)."""

    def start(self, total: int, unchanged: int) -> None: ...

    def advance(self, done: int, total: int, last_id: str) -> None: ...

    def failure(self, message: str) -> None: ...

    def finish(self) -> None: ...


def plan(items: Iterable[RawArticle | ReadError], known: dict[str, str], summary: Summary) -> list[RawArticle]:
    """The articles still to process: read errors go to `summary.failed`, unchanged ones are counted.

    The same id read twice in one run: the last text read wins (as it would over two runs).
    """
    todo: dict[str, RawArticle] = {}
    for item in items:
        if isinstance(item, ReadError):
            summary.failed.append(str(item))
            continue
        summary.total += 1
        digest = text_hash(item.text)
        if known.get(item.id) == digest:
            summary.unchanged += 1
            todo.pop(item.id, None)
            continue
        if item.id in todo:
            summary.unchanged += 1      # read twice in this run: counted once
            todo.pop(item.id)
        todo[item.id] = item
    return list(todo.values())


def ingest(inputs: Iterable[str], store: Store, *, workers: Optional[int] = None, chunk: int = CHUNK,
           reporter: Optional[Reporter] = None, published: Optional[str] = None) -> Summary:
    """Read INPUTS, analyse what is new or changed, and commit it to `store`; returns the summary.
    `published` (YYYY-MM-DD) is the publication date of every article read (`--published`)."""
    reporter = reporter or Reporter()
    began = time.monotonic()
    summary = Summary()
    todo = prepare(inputs, store, summary, reporter, published=published)
    chunks = [todo[i:i + chunk] for i in range(0, len(todo), chunk)]
    workers = default_workers() if workers is None else max(1, workers)
    results = _in_process(chunks) if workers == 1 or len(chunks) <= 1 else _in_pool(chunks, workers)
    return commit(results, todo, store, summary, reporter, began)


def prepare(inputs: Iterable[str], store: Store, summary: Summary, reporter: Reporter, *,
            published: Optional[str] = None) -> list[RawArticle]:
    """Read INPUTS and plan against the store; read errors reported; the reporter is started."""
    from ..read import read

    todo = plan(read(inputs, published=published), store.hashes(), summary)
    for message in summary.failed:
        reporter.failure(message)
    reporter.start(len(todo), summary.unchanged)
    return todo


def commit(results: Iterable[list], todo: list[RawArticle], store: Store, summary: Summary,
           reporter: Reporter, began: float) -> Summary:
    """The single writer: commit each finished batch (Articles and Failures) in one transaction.

    Ctrl-C stops it with what was committed kept; `results.close()` (when it has one) is always called.
    """
    from ..stories import link, link_pending

    origins = {raw.id: raw.origin for raw in todo}
    done = 0
    unlinked: list[Article] = []
    try:
        link_pending(store)              # stored but not linked yet: an older store, a run stopped in between
        for batch in results:
            articles = [(r, origins.get(r.id, "")) for r in batch if isinstance(r, Article)]
            store.write_articles(articles)
            unlinked += [a for a, _ in articles]        # stories and event clusters (docs/stories.md), in batches
            if len(unlinked) >= LINK_BATCH:
                link(store, unlinked)
                unlinked = []
            summary.stored += len(articles)
            summary.other_language += sum(a.language not in (None, "en") for a, _ in articles)
            for r in batch:
                if not isinstance(r, Article):
                    summary.failed.append(str(r))
                    reporter.failure(str(r))
            done += len(batch)
            reporter.advance(done, len(todo), batch[-1].id if batch else "")
        link(store, unlinked)            # stopped before this: the next ingest links them (link_pending)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        close = getattr(results, "close", None)
        if close:
            close()
        summary.seconds = time.monotonic() - began
        reporter.finish()
    return summary


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
    for item in process(chunk, batch_size=max(1, len(chunk))):
        out.append(item if not isinstance(item, ReadError) else Failure(item.origin, item.message, item.id))
    return out


def _in_process(chunks: list[list[RawArticle]]) -> Iterator[list]:
    for c in chunks:
        yield analyse_chunk(c)


def _worker_init() -> None:
    """Have spaCy loaded (the fork server preloads it), and leave when our parent dies: after a kill -9
    of the runner the fork server exits and we are handed to another parent."""
    import signal

    from .. import nlp

    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the runner's to handle: it stops us
    parent = os.getppid()

    def watch():
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    nlp.load()


def _worker(chunk: list[RawArticle]) -> list:
    try:
        return analyse_chunk(chunk)
    except Exception as exc:   # a bug must cost only this chunk
        return [Failure(r.origin, f"worker failed: {exc!r}", r.id) for r in chunk]


class _Pooled:
    """Results of a process pool in completion order, with a bounded number of chunks in flight.

    A worker that dies (a crash in native code, the kernel's OOM killer) breaks the pool and every chunk
    in flight with it: a new pool is started and those articles are retried one at a time, alone in
    flight, so only an article that kills a worker on its own is reported as failed.
    """

    def __init__(self, chunks: list[list[RawArticle]], workers: int, work: Optional[Callable[[list], list]] = None):
        self.work = work or _worker
        self.todo: list[list[RawArticle]] = list(reversed(chunks))     # popped from the end
        self.suspects: list[RawArticle] = []                            # retried alone after a break
        self.workers = workers
        self.window = 2 * workers + 1
        self.executor = None
        self.pending: dict = {}                                         # future -> (chunk, alone)

    def _start(self) -> None:
        from concurrent.futures import ProcessPoolExecutor

        # A fork server (a fresh process, so the writer's DuckDB connection is never forked) loads spaCy
        # once; the workers fork from it with the model already in memory.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["dateline.run._preload"])
        self.executor = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_worker_init)

    def _fill(self) -> None:
        if self.suspects:
            if not self.pending:
                chunk = [self.suspects.pop()]
                self.pending[self.executor.submit(self.work, chunk)] = (chunk, True)
            return
        while self.todo and len(self.pending) < self.window:
            chunk = self.todo.pop()
            self.pending[self.executor.submit(self.work, chunk)] = (chunk, False)

    def __iter__(self):
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        self._start()
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
                self.executor.shutdown(wait=True, cancel_futures=True)
                self._start()
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
