"""The worker pool survives a worker that dies: only the article that killed it fails."""
from __future__ import annotations

import pytest

from crashy import work

from dateline.records import Failure, RawArticle
from dateline.run.local import _Pooled


@pytest.mark.slow
def test_a_dead_worker_costs_only_its_article():
    raws = [RawArticle(id=f"a{i}", text="x", origin=f"f{i}") for i in range(9)]
    raws.insert(5, RawArticle(id="boom", text="x", origin="bad.txt"))
    chunks = [raws[i:i + 3] for i in range(0, len(raws), 3)]
    pool = _Pooled(chunks, 2, work=work)
    try:
        got = [item for batch in pool for item in batch]
    finally:
        pool.close()
    names = sorted(x for x in got if isinstance(x, str))
    failures = [x for x in got if isinstance(x, Failure)]
    assert names == sorted(f"a{i}" for i in range(9))
    assert [(f.id, f.origin) for f in failures] == [("boom", "bad.txt")] and "died" in failures[0].message


@pytest.mark.slow
def test_workers_are_recycled_after_their_share_of_articles_and_nothing_is_lost():
    from crashy import pid

    raws = [RawArticle(id=f"a{i}", text="x", origin=f"f{i}") for i in range(12)]
    pool = _Pooled([raws[i:i + 2] for i in range(0, 12, 2)], 2, work=pid, recycle=4)   # 2 chunks per worker
    try:
        got = [item for batch in pool for item in batch]
    finally:
        pool.close()
    assert sorted(i for i, _ in got) == sorted(r.id for r in raws)
    assert len({p for _, p in got}) >= 3                  # 6 chunks, at most 2 per process: 3 processes or more


def test_the_pipeline_is_reloaded_past_its_article_count_or_memory_limit(monkeypatch):
    from dateline import nlp
    from dateline.run import local

    calls = []

    class FakeLoad:
        def cache_clear(self):
            calls.append("clear")

        def __call__(self):
            calls.append("load")

    monkeypatch.setattr(nlp, "load", FakeLoad())
    monkeypatch.setattr(local, "rss_mb", lambda: 100.0)
    assert local.recycle_if_needed(10, every=50, limit_mb=200) == 10 and calls == []
    assert local.recycle_if_needed(50, every=50, limit_mb=200) == 0 and calls == ["clear", "load"]
    monkeypatch.setattr(local, "rss_mb", lambda: 250.0)
    assert local.recycle_if_needed(1, every=50, limit_mb=200) == 0 and calls == ["clear", "load"] * 2


@pytest.mark.slow
def test_the_fork_server_freezes_what_it_loaded_so_workers_share_it():
    """The preload (spaCy, lexicons) is moved out of the garbage collector's reach before workers fork from it: the
    collector would otherwise write to every loaded object and copy its pages into each worker (docs/store.md); and
    the collector's young collections are made rarer there (pipeline.GC_THRESHOLDS)."""
    import os
    import subprocess
    import sys

    from dateline.pipeline import GC_THRESHOLDS

    code = "import gc, dateline.run._preload; print(*gc.get_threshold(), gc.get_freeze_count())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.returncode == 0, out.stderr
    *thresholds, frozen = map(int, out.stdout.split()[-4:])
    assert int(frozen) > 50_000                          # spaCy and the lexicons: about 100,000 objects
    assert tuple(thresholds) == GC_THRESHOLDS and GC_THRESHOLDS[0] > 700


class _BreakingExecutor:
    """A stand-in pool that runs each chunk at once; a chunk holding 'boom' breaks it, as a dead worker does:
    that chunk's future fails and the pool refuses every later submit until it is replaced."""

    def __init__(self, log):
        self.broken = False
        self.log = log

    def submit(self, fn, chunk):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        if self.broken:
            raise BrokenProcessPool("broken")
        self.log.append([r.id for r in chunk])
        future = Future()
        if any(r.id == "boom" for r in chunk):
            self.broken = True
            future.set_exception(BrokenProcessPool("died"))
        else:
            future.set_result(fn(chunk))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_a_pool_that_breaks_between_waits_refuses_a_chunk_and_nothing_is_lost():
    """A worker can die after the last wait: the refill's submit then meets a broken pool. The refused chunk is
    kept and sent to the next pool; it never ran, so it is not retried alone."""
    log: list = []
    raws = [RawArticle(id=f"a{i}", text="x", origin=f"f{i}") for i in range(6)]
    raws.insert(2, RawArticle(id="boom", text="x", origin="bad.txt"))
    chunks = [raws[0:2], raws[2:4], raws[4:6], raws[6:]]
    pool = _Pooled(chunks, 2, work=lambda chunk: [r.id for r in chunk])

    def start(size=None):
        pool.executor = _BreakingExecutor(log)

    pool._start = start
    got = [item for batch in pool for item in batch]
    names = sorted(x for x in got if isinstance(x, str))
    failures = [x for x in got if isinstance(x, Failure)]
    assert names == sorted(f"a{i}" for i in range(6))
    assert [(f.id, f.origin) for f in failures] == [("boom", "bad.txt")]
    assert ["a3", "a4"] in log                          # the refused chunk went whole to the next pool
