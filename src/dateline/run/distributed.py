"""Ingest on a Dask cluster, disk to disk: each task reads its shard, analyses it and writes a Parquet part.

The driver (this process) plans shards (read/shards.py: groups of files, byte ranges of JSONL files) and
submits them with a bounded number in flight; it never reads an article. A task reads its shard where it
runs, names its part by the shard and a hash of the shard's content (and of dateline's version), and does
nothing when that part exists: a finished part is never recomputed. Parts are written atomically
(store/parts.py). The driver loads each finished part into the store in one transaction that records it as
loaded, in shard order (so an id read twice ends as its last copy, as in the local runner). Killing workers
or the driver at any moment and running the same command again finishes the job with nothing lost or doubled.

Assumption: the inputs and the parts folder are on a filesystem every worker and the driver see (NFS, a
cluster's shared disk); on one machine, any folder.
"""
from __future__ import annotations

import contextlib

import datetime
import hashlib
import os
import pathlib
import sys
import threading
import time
from typing import Callable, Iterable, Optional

from ..records import Article, RawArticle, ReadError
from ..store import Store
from .local import (LINK_BATCH, Reporter, Summary, Tally, analyse_chunk, ended, held_signals, left_out_files,
                    recycle_if_needed, stopped, winding_down)

# The processes of our own LocalCluster start without Dask's profiler and without the nanny's malloc setting
# (prepare_worker undoes both on any worker; this spares them from the start), and with the event loops' own
# clocks slowed (by default a tick every 20 ms and a system monitor every 500 ms, which took 0.45 s of CPU per 38 s
# of a worker's wall time in a test task that only computed; they feed the dashboard and the blocked-loop warning).
# Also slowed or off, as an idle cluster of 2 workers measured them (bench/bench_dask.py's notes in docs/accuracy.md):
# the workers' and nannies' memory checks (10 a second by default: psutil calls; once a second is plenty for
# tasks that hold a shard's records), work stealing (the shards are queued at the scheduler and handed out
# as workers free up; stealing's 1-second balancing has nothing to move) and the active memory manager (no task
# result is kept on a worker): the driver's event loop (which runs a LocalCluster's scheduler and nannies)
# 0.57 -> 0.27 s of CPU per 30 s, each worker 0.22 -> 0.10 s.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False,
                        "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                        "distributed.admin.tick.interval": "1s",
                        "distributed.admin.system-monitor.interval": "5s",
                        "distributed.worker.memory.monitor-interval": "1s",
                        "distributed.scheduler.work-stealing": False,
                        "distributed.scheduler.active-memory-manager.start": False}
LOCAL = "local"          # --scheduler local: a LocalCluster of worker processes on 127.0.0.1
BATCH = 16               # articles a task gives the pipeline at once
HEARTBEAT_S = 60.0       # the driver says what it waits for when nothing was loaded for this long

_analysed = 0            # articles this worker process analysed since its pipeline was (re)loaded
_prepared = False        # this worker process has run prepare_worker()

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3      # glibc's mallopt() parameters (malloc.h)
HEAP_MMAP_BYTES = 32 * 2 ** 20                    # glibc's own ceiling for its sliding mmap threshold (64-bit)


def content_hash(items: list) -> str:
    """What a shard holds, as read (ids, origins, texts, metadata, read errors), and the code that analyses it."""
    from .. import __version__
    from ..store import schema

    h = hashlib.sha256(f"dateline {__version__} schema {schema.parts_layout()}\n".encode())
    for item in items:
        if isinstance(item, RawArticle):
            fields = (item.id, item.origin, item.title, item.published, getattr(item, "published_from", None),
                      item.source, item.url, item.text)
        else:
            fields = ("error", str(item))
        h.update(repr(fields).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def prepare_worker() -> float:
    """Once per worker process, before its first shard: make a Dask worker analyse as fast as a local one.
    Returns the seconds it took (0 when done before).

    - spaCy loaded and every lexicon built (`pipeline.warm_up`), then frozen out of the garbage collector
      (`gc.freeze`, as the local pool's fork server does), so collections do not scan the models' and lexicons'
      objects (no difference measurable on 40 articles; the allocator and the profiler were the costs).
    - Dask's statistical profiler stopped on this worker: every 10 ms it takes the GIL from the analysis to
      walk its (deep) stack.
    - glibc's allocator given back its usual thresholds: a Dask nanny starts its worker with
      MALLOC_TRIM_THRESHOLD_=65536, which also pins the mmap threshold at 128 KiB, so every larger array the
      parser allocates is mapped, page-faulted and unmapped again (about 10% more CPU per article).
    """
    global _prepared
    if _prepared:
        return 0.0
    from ..pipeline import warm_up

    began = time.monotonic()
    _stop_dask_profiler()
    _usual_malloc()
    warm_up(freeze=True)
    _prepared = True
    return time.monotonic() - began


def _stop_dask_profiler() -> None:
    """Stop the statistical profiler of the Dask worker this runs in (nothing outside a worker)."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return

    def stop() -> None:
        for name in ("profile", "profile-cycle"):
            callback = worker.periodic_callbacks.get(name)
            if callback is not None:
                callback.stop()

    worker.loop.add_callback(stop)            # the worker's event loop owns its callbacks


def _usual_malloc() -> None:
    """Undo MALLOC_TRIM_THRESHOLD_ (set by a Dask nanny) for this process: glibc's dynamic thresholds settle at
    these values for a process that allocates and frees large arrays over and over, as the parser does."""
    if not os.environ.get("MALLOC_TRIM_THRESHOLD_") or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(M_MMAP_THRESHOLD, HEAP_MMAP_BYTES)
        libc.mallopt(M_TRIM_THRESHOLD, 2 * HEAP_MMAP_BYTES)
    except (OSError, AttributeError):
        pass


def run_shard(shard, parts: str, published: Optional[str] = None) -> dict:
    """The task: read the shard, and unless its part exists, analyse it and write the part.
    `published`: the publication date of every article (`--published`), as `read()` gives it.

    Returns {'name', 'computed', 'articles', 'failures', 'seconds', 'times', 'copies', 'read'}; 'read' (id, text hash,
    origin) of every article read, in order, which the driver's `Tally` counts (user53); 'copies' the copies the part
    leaves out since a later copy of their id follows (`followed_copies`), which the driver counts and says as the
    local runner does (user52; they replace user49's 'replaced', which the driver no longer read, review52b). Any
    one article's failure is a
    Failure in the part, never a failed task. `times` splits the task's time (bench/bench_dask.py reads it):
    'read_s' (reading and hashing the shard), 'setup_s' (`prepare_worker`, on a worker's first shard),
    'analyse_s' (structure, spaCy and the extractors), 'write_s' (the part), 'analyse_cpu_s' and
    'process_cpu_s' (CPU time of the analysis: this thread's, and the whole worker process's meanwhile),
    'started' and 'ended' (wall clock, time.time()), 'worker' (the process id).
    """
    global _analysed
    from ..read import dated
    from ..read.shards import read_shard
    from ..store.parts import set_aside, whole, write_part

    began = time.monotonic()
    times = {"started": time.time(), "worker": os.getpid(), "read_s": 0.0, "setup_s": 0.0, "analyse_s": 0.0,
             "write_s": 0.0}
    items = list(dated(read_shard(shard), published) if published else read_shard(shard))
    name = f"{shard.key}-{content_hash(items)[:16]}"
    times["read_s"] = time.monotonic() - began
    out = {"name": name, "computed": False, "articles": 0, "failures": 0, "seconds": 0.0, "times": times,
           "copies": followed_copies(i for i in items if isinstance(i, RawArticle)),
           "read": read_copies(i for i in items if isinstance(i, RawArticle))}
    part = pathlib.Path(parts) / name
    if part.is_dir():
        if whole(part):
            times["ended"] = time.time()
            return out
        set_aside(part)                             # a part not whole (user51): computed again
    times["setup_s"] = prepare_worker()
    mark, cpu, process_cpu = time.monotonic(), time.thread_time(), time.process_time()
    raws = [i for i in items if isinstance(i, RawArticle)]
    failures = [(e.origin, e.id, e.message) for e in items if isinstance(e, ReadError)]
    origins = {r.id: r.origin for r in raws}
    articles = []
    for i in range(0, len(raws), BATCH):
        chunk = raws[i:i + BATCH]
        try:
            results = analyse_chunk(chunk)
        except Exception:                            # a bug: retried article by article
            results = []
            for raw in chunk:
                try:
                    results.extend(analyse_chunk([raw]))
                except Exception as exc:
                    results.append(ReadError(raw.origin, f"worker failed: {exc!r}", raw.id))
        for r in results:
            if isinstance(r, Article):
                articles.append((r, origins.get(r.id, "")))
            else:
                failures.append((r.origin, r.id, r.message))
        _analysed = recycle_if_needed(_analysed + len(chunk))
    articles = _last_of_each_id(articles)
    times.update(analyse_s=time.monotonic() - mark, analyse_cpu_s=time.thread_time() - cpu,
                 process_cpu_s=time.process_time() - process_cpu)
    mark = time.monotonic()
    write_part(pathlib.Path(parts), name, articles, failures)
    times["write_s"] = time.monotonic() - mark
    times["ended"] = time.time()
    out.update(computed=True, articles=len(articles), failures=len(failures), seconds=time.monotonic() - began)
    return out


def read_copies(raws: Iterable[RawArticle]) -> list[tuple[str, str, str]]:
    """(id, text hash, origin) of every article the shard holds, in order: what the driver's `Tally` counts (user53)."""
    from ..store import text_hash

    return [(raw.id, text_hash(raw.text), raw.origin) for raw in raws]


def followed_copies(raws: Iterable[RawArticle]) -> list[tuple[str, str, str, str, str]]:
    """(id, text hash, origin, the next copy's text hash, its origin) of each copy a later copy of its id follows in
    the shard: the part keeps only the last, and the driver counts these as the local runner does (user52)."""
    from ..store import text_hash

    last: dict[str, tuple[str, str]] = {}
    out = []
    for raw in raws:
        digest = text_hash(raw.text)
        if raw.id in last:
            out.append((raw.id, *last[raw.id], digest, raw.origin))
        last[raw.id] = (digest, raw.origin)
    return out


def _last_of_each_id(articles: list[tuple[Article, str]]) -> list[tuple[Article, str]]:
    """An id read twice within one shard: its last copy (as the local runner keeps)."""
    last = {a.id: (a, origin) for a, origin in articles}
    return list(last.values())


def connect(scheduler: Optional[str], *, workers: Optional[int] = None):
    """A Client for SCHEDULER (tcp://host:8786), or for a new LocalCluster on 127.0.0.1 when it is
    None or 'local'; returns (client, cluster we own or None)."""
    import dask
    from dask.distributed import Client, LocalCluster

    if scheduler in (None, "", LOCAL):
        from .local import default_workers

        from distributed.deploy.spec import SpecCluster

        before = set(SpecCluster._instances)
        try:
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
            return Client(cluster), cluster
        except BaseException:                     # a Ctrl-C while the cluster starts: close what started of it here
            for started in [c for c in list(SpecCluster._instances) if c not in before]:
                _abandon(started)
            raise
    try:
        return Client(scheduler), None
    except (OSError, TimeoutError) as exc:          # (user55: a traceback)
        raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {exc} (is it running, and is this its "
                         f"address as it printed it?)") from exc


def default_parts(db: str) -> str:
    """Where the parts of a store go unless told: next to it, `<db>.parts/`."""
    return f"{db}.parts"


def ingest_dask(inputs: Iterable[str], store: Store, *, scheduler: Optional[str], parts: Optional[str] = None,
                shard_bytes: Optional[int] = None, reporter: Optional[Reporter] = None,
                workers: Optional[int] = None, client=None, published: Optional[str] = None,
                timings: Optional[dict] = None) -> Summary:
    """Analyse INPUTS on a Dask cluster into Parquet parts under `parts`, loading each into `store` as it lands.

    `scheduler`: an address (tcp://host:8786), or None / 'local' for a LocalCluster of `workers` processes on
    this machine (closed at the end, and on any error). `client`: an already connected Client (left open).
    `timings`: a dict filled with where the time went (bench/bench_dask.py): 'began', 'connected', 'end'
    (time.time()), 'tasks' (each task's result with 'arrived' and the driver's 'load_s', 'link_s' and their CPU,
    'load_cpu_s' and 'link_cpu_s': this process's, its event loop included), 'link_s', 'summaries_s', and
    'workers_cpu' (each worker process's CPU seconds once every result is in, by process id).
    """
    from dask.distributed import as_completed

    from ..read import count
    from ..read.shards import SHARD_BYTES, shards
    from ..store.parts import load_part, set_aside, whole
    from ..stories import link_since

    reporter = reporter or Reporter()
    began = time.monotonic()
    since = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)   # articles stored by this run: after
    summary = Summary()
    inputs = list(inputs)
    parts_dir = pathlib.Path(parts or default_parts(store.path))
    check(inputs, parts_dir, scheduler=scheduler if client is None else None, shard_bytes=shard_bytes)
    planned = shards(inputs, size=shard_bytes or SHARD_BYTES)
    total = count(inputs)
    reporter.start(total, 0)
    left_out_files(inputs, summary, reporter, near=store.path)
    owned, own_client = None, client is None
    asked = timings is not None
    timings = {} if timings is None else timings
    timings.update(began=time.time(), tasks=[], link_s=0.0, summaries_s=0.0)
    pending: dict = {}                       # future -> (index, shard)
    finished: dict[int, tuple] = {}          # index -> (shard, result or exception), waiting for their turn
    submitted = loaded = 0
    done = wrote = 0
    exhausted = False
    closing: Optional[threading.Thread] = None         # closes the client and our cluster once every result is in
    heartbeat: Optional[_Heartbeat] = None
    said_for = -1                            # the part whose wait was last said (said once, not per part that lands)
    stale = _Superseded()                    # copies of parts loaded before that this run reads last
    tally = Tally(store, summary, reporter)  # the summary's counts, as the process runner's (user53)
    step = "batches"                         # the step the run is in (`local.ended`, user55)
    try:
        # the cluster starts inside the `try` (user55): a Ctrl-C, an error or a bad address after it starts closes
        # what was started; the arguments and inputs were checked before (`check`)
        if client is None:
            client, owned = connect(scheduler, workers=workers)
        timings["connected"] = time.time()
        window = _window(client)
        seq = as_completed()

        def fill() -> None:
            nonlocal submitted, exhausted
            while not exhausted and len(pending) < window:
                shard = next(planned, None)
                if shard is None:
                    exhausted = True
                    return
                future = client.submit(run_shard, shard, str(parts_dir), published, pure=False, retries=1)
                pending[future] = (submitted, shard)
                seq.add(future)
                submitted += 1

        fill()
        heartbeat = _Heartbeat(reporter, lambda: _waiting(pending, finished, loaded))
        for future in seq:
            index, shard = pending.pop(future)
            try:
                finished[index] = (shard, future.result())
                finished[index][1]["arrived"] = time.time()
            except Exception as exc:           # lost with its workers after the retries, or a bug outside run_shard
                finished[index] = (shard, exc)
            future.release()
            if exhausted and not pending and closing is None and asked:
                timings["workers_cpu"] = _workers_cpu(client)
            if exhausted and not pending and own_client and closing is None:
                # every result is in: the cluster is closed (its workers stopped) while this process loads and
                # links the last parts and writes the summaries, instead of after them
                closing = threading.Thread(target=_close, args=(client, owned), name="dateline-close", daemon=True)
                closing.start()
            if loaded not in finished and said_for != loaded:    # a later part landed first: say once what the
                said_for = loaded                                 # load waits for (the heartbeat repeats it)
                reporter.note(f"part {index + 1} done; {_waiting(pending, finished, loaded)}")
            while loaded in finished:          # load in shard order
                shard, result = finished.pop(loaded)
                loaded += 1
                if isinstance(result, Exception):
                    message = f"{', '.join(shard.paths[:3])}: task failed on the cluster: {result!r}"
                    summary.failed.append(message)
                    reporter.failure(message)
                    continue
                if not whole(parts_dir / result["name"]):     # broken since its task found or wrote it (user51)
                    if (parts_dir / result["name"]).is_dir():
                        set_aside(parts_dir / result["name"])
                    message = (f"{', '.join(shard.paths[:3])}: its part {result['name']} is not whole (set aside: "
                               f"run again to compute it anew)")
                    summary.failed.append(message)
                    reporter.failure(message)
                    continue
                mark, cpu = time.monotonic(), time.process_time()
                tally.see(result.get("read", []), say=True)     # every copy counted as the process runner counts it
                loaded_before = store.loaded_part(result["name"]) is not None
                copies = result.get("copies", [])
                first = {}                               # id -> (text hash, origin) of its first copy in the shard
                for _id, digest, origin, *_next in copies:
                    first.setdefault(_id, (digest, origin))
                stale.meet(store, parts_dir / result["name"], loaded_before, first)
                stored, unchanged, failures = load_part(store, parts_dir / result["name"], since=since)
                wrote += stored
                result["load_s"], result["load_cpu_s"] = time.monotonic() - mark, time.process_time() - cpu
                result["link_s"] = result["link_cpu_s"] = 0.0      # linked at the end (link_since)
                timings["tasks"].append(result)
                for origin, _id, message in failures:
                    summary.failed.append(f"{origin}: {message}")
                    reporter.failure(f"{origin}: {message}")
                done += stored + unchanged + len(copies) + len(failures)
                reporter.advance(done, total, result["name"])
                heartbeat.beat()
            fill()
        restored, _again = stale.restore(store, since)          # (counted by the tally, as read)
        wrote += restored
        mark = time.monotonic()
        step = "link"
        link_since(store, since, batch=LINK_BATCH)     # in the linking order, as the local runner; with what an
        #                                                earlier run (a driver killed in between) left unlinked (user49)
        timings["link_s"] += time.monotonic() - mark
        mark = time.monotonic()
        step = "summaries"
        if wrote or not store.summaries_current():     # (or a run stopped before writing them: user55)
            store.write_summaries()           # the web's aggregates for the store as it now is (docs/store.md)
        timings["summaries_s"] = time.monotonic() - mark
        step = "end"                          # a stop from here on finds the run complete
        tally.finish(since)
        _clean(parts_dir, reporter)
    except (KeyboardInterrupt, Exception) as exc:
        if not stopped(exc):
            raise
        ended(summary, step)
    finally:
        with held_signals(drop=True, say=lambda: reporter.note(winding_down(summary, step))):  # a second Ctrl-C:
            if summary.stopped_at:                                                            # said, not heeded
                tally.finish(since)
            tally.close()
            if heartbeat is not None:
                heartbeat.stop()
            if closing is not None:
                closing.join()
            elif client is not None:
                try:
                    if pending:
                        client.cancel(list(pending))
                finally:
                    if own_client:
                        _close(client, owned)
            summary.seconds = time.monotonic() - began
            timings["end"] = time.time()
            reporter.finish()
    return summary


def check(inputs: list[str], parts_dir: pathlib.Path, *, scheduler: Optional[str] = None,
          shard_bytes: Optional[int] = None) -> None:
    """What the Dask driver can tell is wrong before it starts or reaches a cluster (user55: it started a LocalCluster
    first, and a bad argument then ended with a traceback): ValueError with what to do. Standard input (it cannot
    be split into shards), a size of shard below one byte, a scheduler address that is no address, a parts folder
    that cannot be made or written. A missing or unreadable input is not refused: each is reported by name and
    counted as failed, as the process runner does, and the run goes on with the others."""
    if "-" in inputs:
        raise ValueError("standard input cannot be split into shards for a cluster: give files or folders")
    if shard_bytes is not None and shard_bytes < 1:
        raise ValueError(f"a shard must hold at least one byte (got {shard_bytes})")
    if scheduler not in (None, "", LOCAL) and not _address(scheduler):
        raise ValueError(f"--scheduler {scheduler!r} is not a scheduler's address: give tcp://HOST:PORT (as the "
                         f"scheduler prints it), HOST:PORT, or 'local' for a cluster on this machine")
    try:
        parts_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValueError(f"cannot make the parts folder {parts_dir}: {exc.strerror or exc} (give another with "
                         f"--parts)") from exc
    if not os.access(parts_dir, os.W_OK | os.X_OK):
        raise ValueError(f"cannot write in the parts folder {parts_dir} (give another with --parts)")


def _address(scheduler: str) -> bool:
    """A scheduler address as Dask takes it: PROTOCOL://HOST[:PORT] or HOST:PORT."""
    import re

    return bool(re.fullmatch(r"(?:[a-z][a-z0-9+.-]*://)?(?:\[[0-9a-fA-F:.]+\]|[\w.-]+)(?::\d{1,5})?", scheduler)
                and ("://" in scheduler or ":" in scheduler))


class _Superseded:
    """The copies this run reads last in a part loaded before (by an earlier run, or earlier in this one) although
    the store holds another text of their id (a later run or a later part gave it): stored again once every part
    is loaded, so that the text read last wins, as in the local runner (user51: a file ingested again after another
    file that gave one of its ids a new text kept the other file's text, since a loaded part was skipped whole).
    A copy a later part reads again is dropped (a run started again over the same input leaves its store as is)."""

    def __init__(self) -> None:
        self.held: dict[str, tuple] = {}   # id -> (the loaded part whose copy is read last so far, its hash, origin)

    def meet(self, store: Store, path: pathlib.Path, loaded_before: bool, first: Optional[dict] = None,
             said: Optional[list] = None) -> int:
        """A part about to be loaded, in shard order: its ids supersede the copies held; a loaded one's own
        copies whose text the store no longer holds are held. Returns how many held copies a copy of another text
        supersedes (they were counted unchanged with their part), each said in `said` as (id, origin, earlier origin),
        the copy that follows being the id's first in the shard (`first`: id -> (hash, origin)), else the part's."""
        from ..store.parts import part_ids, superseded

        over = 0
        if self.held:
            mine = part_ids(store, path, self.held)
            for _id, copy in mine.items():
                digest, origin = (first or {}).get(_id, copy)          # the copy that follows the held one
                _path, held_digest, held_origin = self.held.pop(_id)
                if digest != held_digest:
                    over += 1
                    if said is not None:
                        said.append((_id, origin, held_origin))
        if loaded_before:
            self.held.update((_id, (path, digest, origin)) for _id, digest, origin in superseded(store, path))
        return over

    def restore(self, store: Store, since: datetime.datetime) -> tuple[int, list[tuple[str, str, str]]]:
        """Store the held copies again: how many, and (id, origin, origin of the text it replaces) for those that
        replace a text stored by this run (said as an id read twice)."""
        from ..store.parts import load_part

        by_part: dict[pathlib.Path, set[str]] = {}
        for _id, (path, _digest, _origin) in self.held.items():
            by_part.setdefault(path, set()).add(_id)
        stored, again = 0, []
        for path, ids in by_part.items():
            stored += load_part(store, path, again=again, since=since, only=ids)[0]
        self.held.clear()
        return stored, again


def _waiting(pending: dict, finished: dict, loaded: int) -> str:
    """What loading waits for: the next part in shard order, still running, and how many later parts are done."""
    shard = next((sh for i, sh in pending.values() if i == loaded), None)
    what = f"part {loaded + 1}"
    if shard is not None and shard.paths:
        what += f" ({shard.paths[0]}{f' and {len(shard.paths) - 1} more file(s)' if len(shard.paths) > 1 else ''})"
    return (f"loading waits for {what}, still running on the cluster; {len(finished)} later part(s) done and "
            f"waiting, {len(pending)} running or queued (parts load in the order of the inputs)")


class _Heartbeat:
    """A thread that says what the driver waits for when nothing was loaded for HEARTBEAT_S seconds (user46: a
    resumed driver was silent for minutes while the killed driver's tasks held the workers)."""

    def __init__(self, reporter: Reporter, say: Callable[[], str]):
        self.reporter, self.say = reporter, say
        self.last = time.monotonic()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, name="dateline-heartbeat", daemon=True)
        self.thread.start()

    def beat(self) -> None:
        self.last = time.monotonic()

    def _run(self) -> None:
        while not self.done.wait(min(HEARTBEAT_S, 5.0)):
            if time.monotonic() - self.last >= HEARTBEAT_S:
                self.last = time.monotonic()
                try:
                    self.reporter.note(f"nothing loaded for {HEARTBEAT_S:.0f} s: {self.say()}")
                except Exception:       # a dict changed size while read: the next beat says it
                    pass

    def stop(self) -> None:
        self.done.set()


def _workers_cpu(client) -> dict:
    """Each worker process's CPU seconds so far, by process id (for bench/bench_dask.py; {} when not to be had)."""
    def cpu() -> float:
        return time.process_time()

    try:
        return {str(pid): cpu_s for pid, cpu_s in client.run(lambda: (os.getpid(), cpu())).values()}
    except Exception:
        return {}


def _abandon(cluster) -> None:
    """Close a LocalCluster stopped while it started, as far as it will close, and take it off Dask's own closing at
    exit, which fails on a worker still starting (`AssertionError: Status.init`, a traceback after the run's last
    line; review55d). Its worker processes die with this one."""
    with contextlib.suppress(Exception):
        cluster.close(timeout=5)
    cluster.shutdown_on_close = False


def _close(client, cluster) -> None:
    """Close our client, and our LocalCluster when we started one (its workers stop)."""
    try:
        client.close()
    finally:
        if cluster is not None:
            cluster.close()


def _clean(parts_dir: pathlib.Path, reporter: Optional[Reporter] = None) -> None:
    """Unfinished parts left by killed tasks (hidden `.tmp-*` folders), once every task of the run is done; one a task
    may still write (a killed driver's task still running on the cluster) is left (`parts.clean_unfinished`). On a
    filesystem where no lock can be taken the clean-up refuses, and says so (user53; docs/store.md, "Cluster runs")."""
    from ..store.parts import clean_unfinished

    refused: list[pathlib.Path] = []
    clean_unfinished(parts_dir, refused=refused)
    if refused and reporter is not None:
        reporter.note(f"{len(refused)} unfinished part folder(s) left in {parts_dir} (.tmp-*): this filesystem takes "
                      f"no locks, so whether a task still writes them cannot be known; remove them by hand when no "
                      f"run uses {parts_dir}")


def _window(client) -> int:
    """Shards in flight: two per worker thread plus one, so no worker waits and the driver's memory stays bounded."""
    try:
        threads = sum(client.nthreads().values())
    except Exception:
        threads = 1
    return 2 * max(1, threads) + 1


__all__ = ["ingest_dask", "run_shard", "connect", "content_hash", "default_parts", "LOCAL"]
