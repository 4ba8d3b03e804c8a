"""Ingest on a Dask cluster: the NLP runs on dask.distributed workers, this process stays the only writer.

Same contract as `run.local.ingest` (same plan, summary, reporter and commit): chunks of RawArticle
records are submitted to the cluster, each task runs `dateline.pipeline.process` (spaCy loads once per
worker process, `nlp.load` is cached) and returns Article/Failure records; each chunk is committed in
one transaction as it completes, so a killed run is finished by the next one (idempotent by text hash).
"""
from __future__ import annotations

import time
from typing import Iterable, Iterator, Optional

from ..records import Failure, RawArticle
from ..store import Store
from .local import CHUNK, Reporter, Summary, analyse_chunk, commit, prepare

LOCAL = "local"          # --scheduler local: a LocalCluster of worker processes on 127.0.0.1


def work(chunk: list[RawArticle]) -> list:
    """The task a Dask worker runs on one chunk; a bug costs only the articles it happens on.

    A chunk that raises is retried article by article in the same task, so one bad article is
    reported as a Failure and the others of its chunk are still analysed.
    """
    try:
        return analyse_chunk(chunk)
    except Exception:
        pass
    out: list = []
    for raw in chunk:
        try:
            out.extend(analyse_chunk([raw]))
        except Exception as exc:
            out.append(Failure(raw.origin, f"worker failed: {exc!r}", raw.id))
    return out


class _Submitted:
    """Results of the submitted chunks in completion order, with a bounded number in flight.

    A task lost with its worker (the scheduler gives up after its retries) becomes Failures for its
    articles. `close()` cancels what is still in flight and shuts down a cluster we started.
    """

    def __init__(self, client, chunks: list[list[RawArticle]], window: int, owned=None):
        self.client = client
        self.todo = list(reversed(chunks))       # popped from the end
        self.window = max(1, window)
        self.owned = owned                       # a LocalCluster this run started, or None
        self.pending: dict = {}                  # future -> chunk

    def _submit(self, seq) -> None:
        while self.todo and len(self.pending) < self.window:
            chunk = self.todo.pop()
            future = self.client.submit(work, chunk, pure=False)
            self.pending[future] = chunk
            seq.add(future)

    def __iter__(self) -> Iterator[list]:
        from dask.distributed import as_completed

        seq = as_completed()
        self._submit(seq)
        for future in seq:
            chunk = self.pending.pop(future)
            try:
                batch = future.result()
            except Exception as exc:             # worker lost, task erred outside `work`
                batch = [Failure(r.origin, f"task failed on the cluster: {exc!r}", r.id) for r in chunk]
            future.release()
            self._submit(seq)
            yield batch

    def close(self) -> None:
        try:
            if self.pending:
                self.client.cancel(list(self.pending))
            self.pending.clear()
        finally:
            self.client.close()
            if self.owned is not None:
                self.owned.close()


def connect(scheduler: Optional[str], *, workers: Optional[int] = None):
    """A Client for SCHEDULER (tcp://host:8786), or for a new LocalCluster on 127.0.0.1 when it is
    None or 'local'; returns (client, cluster we own or None)."""
    from dask.distributed import Client, LocalCluster

    if scheduler in (None, "", LOCAL):
        from .local import default_workers

        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        return Client(cluster), cluster
    return Client(scheduler), None


def ingest_dask(inputs: Iterable[str], store: Store, *, scheduler: Optional[str], chunk: int = CHUNK,
                reporter: Optional[Reporter] = None, workers: Optional[int] = None, client=None,
                published: Optional[str] = None) -> Summary:
    """Read INPUTS, analyse what is new or changed on a Dask cluster, commit it to `store` here.

    `scheduler`: an address (tcp://host:8786), or None / 'local' for a LocalCluster of `workers`
    processes on this machine. `client`: an already connected Client to use instead (left open).
    """
    reporter = reporter or Reporter()
    began = time.monotonic()
    summary = Summary()
    todo = prepare(inputs, store, summary, reporter, published=published)
    chunks = [todo[i:i + chunk] for i in range(0, len(todo), chunk)]
    if not chunks:
        return commit([], todo, store, summary, reporter, began)
    if client is not None:
        results = _Submitted(client, chunks, _window(client))
        results.client = _Borrowed(client)
    else:
        own_client, cluster = connect(scheduler, workers=workers)
        results = _Submitted(own_client, chunks, _window(own_client), owned=cluster)
    return commit(results, todo, store, summary, reporter, began)


def _window(client) -> int:
    """Chunks in flight: two per worker thread plus one, so no worker waits and memory stays bounded."""
    try:
        threads = sum(client.nthreads().values())
    except Exception:
        threads = 1
    return 2 * max(1, threads) + 1


class _Borrowed:
    """A caller's Client: used as is, never closed by us."""

    def __init__(self, client):
        self._client = client

    def __getattr__(self, name):
        return getattr(self._client, name)

    def close(self) -> None:
        pass
