"""Ingest on Dask, disk to disk: real `dask scheduler` and `dask worker` processes on 127.0.0.1; the same store
as the local runner; parts never recomputed; a killed driver or worker loses and doubles nothing."""
from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("dask.distributed")

from dateline.read.shards import shards  # noqa: E402
from dateline.run.distributed import ingest_dask, run_shard  # noqa: E402
from dateline.run.local import Reporter, ingest  # noqa: E402
from dateline.store import Store  # noqa: E402
from dateline.store.parts import parts_of  # noqa: E402
from tests.helpers import free_port  # noqa: E402

SRC = str(pathlib.Path(__file__).resolve().parents[2] / "src")
DASK = pathlib.Path(sys.executable).with_name("dask")


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two single-threaded workers, each its own process, as on a real cluster."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0", "--no-show"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    for _ in range(2):
        procs.append(subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--host", "127.0.0.1",
                                       "--no-dashboard"], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, start_new_session=True))
    from dask.distributed import Client

    client = Client(address, timeout=60)
    client.wait_for_workers(2, timeout=120)
    yield address, client, procs
    client.close()
    for p in reversed(procs):
        _signal_group(p, signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            _signal_group(p, signal.SIGKILL)
            p.wait()


def _signal_group(proc, sig) -> None:
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        pass


def table(path, sql: str) -> list:
    with Store.open(path, read_only=True) as s:
        return s.con.execute(sql).fetchall()


# what must be the same whichever runner stored it (global ids, and the filter index's label and set ids, are given
# in load order: compared by what they name)
SAME = {
    "counts": None,
    "articles": "SELECT id, text, text_hash, title, published, origin, record FROM articles ORDER BY id",
    "events": "SELECT * EXCLUDE (goldstein, actor_set, place_label) FROM events ORDER BY article_id, idx",
    "event_index": """SELECT e.article_id, e.idx, p.name, p.country,
                             list_sort(list(DISTINCT s.role || ':' || coalesce(l.ptext, '') || '|' || coalesce(l.name, '')
                                            || '|' || coalesce(l.code, '')) FILTER (WHERE s.role IS NOT NULL))
                      FROM events e LEFT JOIN place_labels p ON p.id = e.place_label
                      LEFT JOIN actor_set_labels s ON s.actor_set = e.actor_set
                      LEFT JOIN actor_labels l ON l.id = s.label
                      GROUP BY ALL ORDER BY ALL""",
    "actors": """SELECT a.article_id, a.actor_id, a.name, a.code, g.code, g.name FROM actors a
                 LEFT JOIN global_actors g ON g.id = a.global_id ORDER BY ALL""",
    "event_actors": "SELECT * EXCLUDE (global_id) FROM event_actors ORDER BY ALL",
    "quotes": "SELECT * FROM quotes ORDER BY ALL",
    "places": "SELECT * FROM places ORDER BY ALL",
}


def same_store(a, b) -> None:
    with Store.open(a, read_only=True) as s:
        ca = s.counts()
    with Store.open(b, read_only=True) as s:
        cb = s.counts()
    assert ca == cb
    for name, sql in SAME.items():
        if sql:
            assert table(a, sql) == table(b, sql), name


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, make_corpus):
    """A folder of text stories and a JSONL file (with a bad line and an article over spaCy's limit)."""
    root = tmp_path_factory.mktemp("mixed")
    make_corpus(root / "corpus", n=10)
    lines = [{"id": "j1", "text": "BRELLO (Newswire) - The mayor opened a bridge on Monday, officials said."},
             {"id": "huge", "text": "Rain. " * 200_000},
             {"id": "j2", "text": "DUNMERE (Newswire) - Farmers blocked a road on Friday, police said."}]
    (root / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    return [str(root / "corpus"), str(root / "feed.jsonl")]


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, mixed):
    path = tmp_path_factory.mktemp("local") / "local.duckdb"
    with Store.open(path) as store:
        summary = ingest(mixed, store, workers=1)
    assert summary.stored == 12 and len(summary.failed) == 2
    return path


@pytest.mark.slow
def test_a_cluster_run_stores_what_the_local_runner_stores_and_is_idempotent(tmp_path, mixed, local_store, cluster):
    address, _client, _procs = cluster
    db = tmp_path / "dask.duckdb"
    with Store.open(db) as store:
        first = ingest_dask(mixed, store, scheduler=address, shard_bytes=700)      # several shards
        names = sorted(p.name for p in parts_of(tmp_path / "dask.duckdb.parts"))
        second = ingest_dask(mixed, store, scheduler=address, shard_bytes=700)
    assert (first.stored, first.unchanged, len(first.failed)) == (12, 0, 2)
    assert any(f.endswith(":2: text of 1,200,000 characters is over the 1,000,000 limit") for f in first.failed)
    assert any(":4: not JSON" in f for f in first.failed)
    assert len(names) >= 4
    assert (second.stored, second.unchanged) == (0, 12)
    assert sorted(p.name for p in parts_of(tmp_path / "dask.duckdb.parts")) == names
    same_store(db, local_store)


@pytest.mark.slow
def test_a_finished_part_is_never_recomputed_and_half_written_ones_are_ignored(tmp_path, mixed, local_store, cluster):
    address, _client, _procs = cluster
    db = tmp_path / "s.duckdb"
    parts = tmp_path / "parts"
    planned = list(shards(mixed, size=700))
    done = [run_shard(s, str(parts)) for s in planned[:2]]              # as if the driver died after two tasks
    (parts / ".tmp-half-written-0000").mkdir()
    (parts / ".tmp-half-written-0000" / "articles.parquet").write_bytes(b"PAR1 cut")
    for path in (parts / ".tmp-half-written-0000", parts / ".tmp-half-written-0000" / "articles.parquet"):
        os.utime(path, (time.time() - 3600, time.time() - 3600))      # left by a task killed an hour ago
    stamps = {p.name: p.stat().st_mtime_ns for p in parts_of(parts)}
    with Store.open(db) as store:
        summary = ingest_dask(mixed, store, scheduler=address, parts=str(parts), shard_bytes=700)
    assert [d["computed"] for d in done] == [True, True]
    assert {p.name: p.stat().st_mtime_ns for p in parts_of(parts) if p.name in stamps} == stamps
    assert summary.stored == 12 and not list(parts.glob(".tmp-*"))
    same_store(db, local_store)



@pytest.mark.slow
def test_a_part_left_not_whole_under_its_name_is_computed_again(tmp_path, mixed, local_store, cluster):
    """user51: a part under its final name that is not whole (a copy killed midway; a folder renamed file by file on
    an object-store mount) was never recomputed, and its load stopped every later run with a DuckDB error."""
    address, _client, _procs = cluster
    parts = tmp_path / "parts"
    planned = list(shards(mixed, size=700))
    done = [run_shard(s, str(parts)) for s in planned[:2]]
    (parts / done[0]["name"] / "events.parquet").unlink()
    data = (parts / done[1]["name"] / "articles.parquet").read_bytes()
    (parts / done[1]["name"] / "articles.parquet").write_bytes(data[:len(data) // 2])
    with Store.open(tmp_path / "s.duckdb") as store:
        summary = ingest_dask(mixed, store, scheduler=address, parts=str(parts), shard_bytes=700)
    assert summary.stored == 12 and len(summary.failed) == 2 and not list(parts.glob(".tmp-*"))
    same_store(tmp_path / "s.duckdb", local_store)


@pytest.mark.slow
def test_a_driver_killed_with_sigkill_is_finished_by_the_next_run(tmp_path, mixed, local_store, cluster):
    address, _client, _procs = cluster
    db = tmp_path / "k.duckdb"
    args = [sys.executable, "-m", "dateline.cli", "ingest", *mixed, "--db", str(db), "--scheduler", address,
            "--shard-mb", "0.0007"]
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + 240
    for line in proc.stderr:
        if "committed" in line:
            break
        assert time.monotonic() < deadline
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    again = subprocess.run(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env, timeout=600)
    assert again.returncode == 1 and "2 failed" in again.stderr, again.stderr     # the two bad inputs
    same_store(db, local_store)


@pytest.mark.slow
@pytest.mark.parametrize("sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_or_kill_stops_the_driver_and_the_next_run_finishes(tmp_path, mixed, local_store, cluster, sig, status):
    """user46 saw a driver go on after two SIGINTs: the driver had been started with `&`, which has SIGINT ignored.
    With SIGINT's default (a terminal's Ctrl-C) the driver stops (130); SIGTERM (`kill PID`, for a background
    job) stops it the same way (143), where it used to end it with no word; the next run finishes the store."""
    address, _client, _procs = cluster
    db = tmp_path / "i.duckdb"
    args = ["ingest", *mixed, "--db", str(db), "--scheduler", address, "--shard-mb", "0.0007"]
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen([sys.executable, str(pathlib.Path(__file__).with_name("stalling_parts.py")), "1", *args],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 240
    for line in proc.stderr:
        if "stalling" in line:
            break
        assert time.monotonic() < deadline
    os.kill(proc.pid, sig)
    _out, rest = proc.communicate(timeout=120)
    assert proc.returncode == status and "interrupted: run the same command again to finish" in rest, rest
    again = subprocess.run([sys.executable, "-m", "dateline.cli", *args], stderr=subprocess.PIPE,
                           stdout=subprocess.DEVNULL, text=True, env=env, timeout=600)
    assert again.returncode == 1 and "2 failed" in again.stderr, again.stderr     # the two bad inputs
    same_store(db, local_store)


@pytest.mark.slow
def test_a_worker_killed_mid_run_costs_nothing(tmp_path, mixed, local_store, cluster):
    """SIGKILL of one worker process while tasks run: its tasks go to the other worker; nothing lost or doubled."""
    address, client, procs = cluster
    psutil = pytest.importorskip("psutil")
    db = tmp_path / "w.duckdb"
    import threading

    def kill_one_worker():
        time.sleep(4)
        worker = psutil.Process(procs[1].pid)
        for p in [*worker.children(recursive=True), worker]:
            p.kill()

    killer = threading.Thread(target=kill_one_worker)
    killer.start()
    with Store.open(db) as store:
        summary = ingest_dask(mixed, store, scheduler=address, shard_bytes=700)
    killer.join()
    assert summary.stored == 12 and len(summary.failed) == 2, summary.failed
    same_store(db, local_store)


@pytest.mark.slow
def test_no_worker_of_a_local_cluster_outlives_its_driver_killed_with_sigkill(tmp_path, mixed):
    psutil = pytest.importorskip("psutil")
    args = [sys.executable, "-m", "dateline.cli", "ingest", *mixed, "--db", str(tmp_path / "o.duckdb"),
            "--scheduler", "local", "--workers", "2", "--shard-mb", "0.0007"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONPATH": SRC}, start_new_session=True)
    for line in proc.stderr:
        if "committed" in line:
            break
    children = psutil.Process(proc.pid).children(recursive=True)
    assert len(children) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _gone, alive = psutil.wait_procs(children, timeout=20)
    assert alive == [], [p.cmdline() for p in alive]


@pytest.mark.slow
def test_a_worker_is_prepared_once_and_analyses_without_the_dask_profiler(tmp_path, mixed, cluster):
    """Each task reports where its time went; a worker warms up and freezes its pipeline on its first task only,
    and stops Dask's statistical profiler (docs/store.md, "Cluster runs")."""
    address, client, _procs = cluster
    timings: dict = {}
    with Store.open(tmp_path / "p.duckdb") as store:
        summary = ingest_dask(mixed, store, scheduler=address, shard_bytes=700, timings=timings)
    assert summary.stored == 12
    times = [t["times"] for t in timings["tasks"] if t["computed"]]
    assert len(times) >= 4 and timings["began"] <= timings["connected"] <= timings["end"]
    for t in times:
        assert t["started"] <= t["ended"] and min(t["read_s"], t["analyse_s"], t["write_s"]) >= 0
        assert t["analyse_s"] + t["read_s"] + t["write_s"] + t["setup_s"] <= t["ended"] - t["started"] + 0.01
    by_worker: dict = {}
    for t in sorted(times, key=lambda t: t["started"]):
        by_worker.setdefault(t["worker"], []).append(t["setup_s"])
    assert all(s == 0 for setups in by_worker.values() for s in setups[1:])     # never twice in one worker

    def state(dask_worker):
        import gc
        import os

        running = [pc.is_running() for name, pc in dask_worker.periodic_callbacks.items() if name.startswith("profile")]
        return os.getpid(), gc.get_freeze_count() > 0, any(running)

    seen = {pid: (frozen, profiling) for pid, frozen, profiling in client.run(state).values()}
    for pid in by_worker:
        if pid in seen:
            assert seen[pid] == (True, False)


@pytest.mark.slow
def test_a_local_cluster_starts_its_workers_without_the_profiler_or_the_nannys_malloc_setting():
    from dateline.run.distributed import LOCAL, connect

    client, cluster = connect(LOCAL, workers=1)
    try:
        def state(dask_worker):
            import os

            return (os.environ.get("MALLOC_TRIM_THRESHOLD_"), sorted(dask_worker.periodic_callbacks),
                    dask_worker.memory_manager.memory_monitor_interval)

        [(trim, callbacks, memory_check_s)] = client.run(state).values()
        stealing, amm = client.run_on_scheduler(
            lambda dask_scheduler: ("stealing" in dask_scheduler.extensions, dask_scheduler.extensions["amm"].running))
    finally:
        client.close()
        cluster.close()
    assert trim is None and not any(name.startswith("profile") for name in callbacks), callbacks
    assert memory_check_s == 1.0 and not stealing and not amm          # the quieter clocks (LOCAL_CLUSTER_CONFIG)


@pytest.mark.slow
def test_a_local_cluster_is_closed_once_every_result_is_in_and_the_store_is_whole(tmp_path, mixed, local_store):
    """`--scheduler local`: the runner stops its workers as soon as the last result arrives (while it loads and links
    the last parts) and still stores what the local runner stores."""
    psutil = pytest.importorskip("psutil")
    timings: dict = {}
    with Store.open(tmp_path / "c.duckdb") as store:
        summary = ingest_dask(mixed, store, scheduler="local", workers=2, parts=str(tmp_path / "parts"),
                              shard_bytes=700, timings=timings)
    assert summary.stored == 12 and len(summary.failed) == 2 and not summary.interrupted
    workers = [int(pid) for pid in timings["workers_cpu"]]
    assert len(workers) == 2 and not any(psutil.pid_exists(pid) for pid in workers)
    same_store(local_store, tmp_path / "c.duckdb")


class _Notes(Reporter):
    def __init__(self):
        self.notes: list[str] = []

    def note(self, message: str) -> None:
        self.notes.append(message)


@pytest.mark.slow
def test_the_driver_says_what_it_waits_for_when_a_part_holds_the_load_back(tmp_path, mixed, monkeypatch):
    """user46: after a resume the driver printed nothing for minutes while the first part, in the order parts are
    loaded, was still running. A later part that lands first, and a minute with nothing loaded, are now said; the wait
    for one part is said once however many later parts land meanwhile (user48: a line per part on a big run)."""
    from dask.distributed import Client, LocalCluster

    import dateline.run.distributed as dist

    real = dist.run_shard

    def slow_first(shard, parts, published=None):
        if shard.paths and shard.paths[0] == first_path:     # the first part lands after a later one
            deadline = time.monotonic() + 120
            while len([d for d in pathlib.Path(parts).iterdir() if not d.name.startswith(".")]) < 3:
                assert time.monotonic() < deadline
                time.sleep(0.1)
            time.sleep(1.5)
        return real(shard, parts, published)

    first_path = next(shards(mixed, size=700)).paths[0]
    monkeypatch.setattr(dist, "run_shard", slow_first)
    monkeypatch.setattr(dist, "HEARTBEAT_S", 1.0)
    notes = _Notes()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as lc, \
            Client(lc) as client, Store.open(tmp_path / "n.duckdb") as store:
        summary = ingest_dask(mixed, store, scheduler=None, client=client, shard_bytes=700, reporter=notes)
    assert summary.stored == 12 and not summary.interrupted
    landed = [n for n in notes.notes if n.startswith("part ")]
    assert any("loading waits for part 1 (" + first_path in n for n in landed), landed
    assert len([n for n in landed if "loading waits for part 1 (" in n]) == 1, landed     # said once, not per part
    assert any(n.startswith("nothing loaded for 1 s: loading waits for part 1") for n in notes.notes), notes.notes


@pytest.mark.slow
def test_an_id_read_twice_with_two_texts_is_said_by_the_cluster_runner_as_by_the_local_one(tmp_path):
    """user49: the Dask runner kept the later text of an id read twice in one ingest without a word (the process
    runner says it since user48). Within one shard and across shards it says the same line, once, in the summary
    and as a note; the same text twice says nothing; a second run over the same input says it again, as the process
    runner does (user52: the input still holds both copies)."""
    from dask.distributed import Client, LocalCluster

    lines = [{"id": "a", "text": "KELLAN (Newswire) - The council met on Monday, a clerk said."},
             {"id": "b", "text": "MORVIK (Newswire) - A ferry sailed late on Tuesday, its owner said."},
             {"id": "a", "text": "KELLAN (Newswire) - The council met on Monday and voted, a clerk said."},
             {"id": "b", "text": "MORVIK (Newswire) - A ferry sailed late on Tuesday, its owner said."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    said = f"a: read again with another text at {feed}:3; it replaces the text read at {feed}:1"
    with Store.open(tmp_path / "local.duckdb") as store:
        notes = _Notes()
        assert ingest([str(feed)], store, workers=1, reporter=notes).replaced == [said] == notes.notes
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        assert len(list(shards([str(feed)], size=60))) == 4
        for size in (60, None):                      # a line a shard, and one shard for the whole file
            db = tmp_path / f"dask-{size}.duckdb"
            with Store.open(db) as store:
                notes = _Notes()
                summary = ingest_dask([str(feed)], store, scheduler=None, client=client, shard_bytes=size,
                                      reporter=notes)
                assert summary.replaced == [said] and [n for n in notes.notes if n.startswith("a:")] == [said]
                assert "1 copy replaced by a later copy of their id with another text" in summary.line()
                again = ingest_dask([str(feed)], store, scheduler=None, client=client, shard_bytes=size)
                assert again.replaced == [said] and again.stored == 0     # read again, said again (user52)
            assert table(db, "SELECT id, text FROM articles ORDER BY id") == \
                table(tmp_path / "local.duckdb", "SELECT id, text FROM articles ORDER BY id")


@pytest.mark.slow
def test_a_file_ingested_again_after_another_gave_its_id_a_new_text_wins_as_in_the_local_runner(tmp_path):
    """user51: the Dask runner skipped a part loaded before, so F ingested again after G (which gives F's id another
    text) kept G's text, in one run (F, G, F) or over three runs, where the local runner stores F's, the text read
    last. Both runners now end with the same text, and the one-run case says both replacements."""
    from dask.distributed import Client, LocalCluster

    f, g = tmp_path / "f.jsonl", tmp_path / "g.jsonl"
    text = "KELLAN (Newswire) - The council met on Monday, a clerk said."
    f.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    g.write_text(json.dumps({"id": "a", "text": "KELLAN (Newswire) - The council met on Monday and voted, a clerk "
                                                "said."}) + "\n", encoding="utf-8")
    runs = {"one run": [[str(f), str(g), str(f)]], "three runs": [[str(f)], [str(g)], [str(f)]]}
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        for name, inputs in runs.items():
            replaced = {}
            for kind in ("local", "dask"):
                db = tmp_path / f"{kind}-{name.replace(' ', '')}.duckdb"
                with Store.open(db) as store:
                    for given in inputs:
                        summary = (ingest(given, store, workers=1) if kind == "local" else
                                   ingest_dask(given, store, scheduler=None, client=client, parts=str(tmp_path / kind)))
                        replaced[kind] = summary.replaced
                assert table(db, "SELECT id, text FROM articles") == [("a", text)], (kind, name)
            assert replaced["dask"] == replaced["local"], name
            assert len(replaced["local"]) == (2 if name == "one run" else 0)



@pytest.mark.slow
def test_a_part_broken_after_its_task_is_said_for_its_shard_and_set_aside(tmp_path, monkeypatch):
    """user51: a part found whole by its task but not whole when the driver loads it fails its shard with a message
    (not the run with a DuckDB error), is set aside, and the next run computes it again."""
    from dask.distributed import Client, LocalCluster

    from dateline.run import distributed

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "KELLAN (Newswire) - The council met on Monday, a clerk said."})
                    + "\n", encoding="utf-8")
    real = distributed.run_shard

    def then_cut(shard, parts, published=None):
        out = real(shard, parts, published)
        (pathlib.Path(parts) / out["name"] / "failures.parquet").unlink()
        return out

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as lc, \
            Client(lc) as client, Store.open(tmp_path / "s.duckdb") as store:
        monkeypatch.setattr(distributed, "run_shard", then_cut)
        first = ingest_dask([str(feed)], store, scheduler=None, client=client)
        assert first.stored == 0 and len(first.failed) == 1 and "is not whole (set aside" in first.failed[0]
        monkeypatch.setattr(distributed, "run_shard", real)
        again = ingest_dask([str(feed)], store, scheduler=None, client=client)
        assert (again.stored, again.failed) == (1, [])


def _batch(root: pathlib.Path) -> dict:
    """user52's invented batch: F and G 5 ids each, H 3 of F's ids with other texts and 2 new, K one id read five
    times with two texts and another twice."""
    towns = ["KELLAN", "MORVIK", "BRELLO", "DUNMERE", "ASHTON"]

    def line(i, v=0):
        t = towns[i % 5]
        return {"id": f"n{i}", "text": f"{t} (Newswire) - The council of {t} met on Monday{' and voted' * v}, a "
                                       "clerk said."}

    files = {"f": [line(i) for i in range(5)], "g": [line(i) for i in range(5, 10)],
             "h": [line(i, 1) for i in (0, 1, 2)] + [line(10), line(11)],
             "k": [line(0), line(1, 1), line(0, 2), line(1, 1), line(0)]}
    for k, rows in files.items():
        (root / f"{k}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return {k: str(root / f"{k}.jsonl") for k in files}


@pytest.mark.slow
def test_both_runners_print_the_same_counts_when_a_run_reads_an_id_twice(tmp_path):
    """user52 (left by review51a): one run reading an id twice across files printed `12 stored, 3 skipped` from the
    process runner and `15 stored, 0 skipped` from the Dask runner (F G H F: 12/8 against 18/2), the stores alike.
    Each copy read is now counted once, alike: stored (each id once), unchanged, or superseded by a later copy of
    its id with another text (and said); a shard a line or a file, one run or several."""
    from dask.distributed import Client, LocalCluster

    p = _batch(tmp_path)
    cases = {"FGH": [[p["f"], p["g"], p["h"]]], "FGHF twice": [[p["f"], p["g"], p["h"], p["f"]]] * 2,
             "F, G, H, F": [[p["f"]], [p["g"]], [p["h"]], [p["f"]]], "K twice": [[p["k"]]] * 2}
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        for name, runs in cases.items():
            got = {}
            for kind in ("local", "dask", "dask, a line a shard"):
                db = tmp_path / f"{kind}-{name}.duckdb".replace(" ", "")
                out = []
                with Store.open(db) as store:
                    for given in runs:
                        s = (ingest(given, store, workers=1) if kind == "local" else
                             ingest_dask(given, store, scheduler=None, client=client, shard_bytes=(
                                 60 if "line" in kind else None), parts=str(db) + ".parts"))
                        assert s.total == s.stored + s.unchanged + s.superseded and len(s.replaced) == s.superseded
                        out.append((s.stored, s.unchanged, s.superseded, sorted(s.replaced)))
                got[kind] = (out, table(db, "SELECT id, text FROM articles ORDER BY id"))
            assert got["dask"] == got["local"] == got["dask, a line a shard"], name
            if name == "FGH":
                assert [o[:3] for o in got["local"][0]] == [(12, 0, 3)]
            if name == "FGHF twice":
                assert [o[:3] for o in got["local"][0]] == [(12, 2, 6), (0, 17, 3)]
