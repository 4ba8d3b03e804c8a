#!/usr/bin/env python3
"""Time `dateline ingest --workers 1` against the Dask runner (a LocalCluster of 2 single-threaded workers) on
the same articles, back to back, and split the Dask run's time into its parts.

Usage: bench/bench_dask.py [FOLDER] [--limit N] [--shard-mb X] [--workers N] [--rounds N]
FOLDER defaults to ../shared/devsets/polnear-train/text; its first N files (default 160) are copied to a
temporary folder (never into the repository). Each run is its own process into a new store, start-up included,
using one copy of src/ taken at the start. Rounds run local-1 then Dask, and every round is printed (the
machine is shared: compare the two runs of one round, and the load average printed with them).

For each Dask run it prints, from the timings `ingest_dask` and its tasks record (run/distributed.py):
- the tasks' time split into read (reading and hashing the shard), analyse (structure, spaCy, extractors) and
  write (the Parquet part), and the analysis per article against the local run's whole time per article;
- per-task overhead: what a task spends outside the analysis (read + write), the workers' idle gaps between
  two tasks while work was waiting (scheduler round trip, serialisation), and the result's trip back to the
  driver, each as a share of the task time;
- the driver's own costs: cluster start, loading the parts into the store, linking stories, the summaries, and
  the tail (from the last task's end to the end of the run).
Also the CPU seconds (user + system) of each run's processes: on a shared machine they say more than wall time
(Linux gives each session an equal share of busy cores, so while others compute, two workers get no more than one).
One JSON line per run, then a summary line per round (and which store counts differ, if any).
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Optional

ROOT = pathlib.Path(__file__).resolve().parents[1]

from bench_ingest import counts  # noqa: E402  (the store's row counts, as bench_ingest compares them)


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _cpu() -> float:
    """CPU seconds (user + system) of the finished child processes and their own children so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def threads_cpu(pid: Optional[int] = None) -> dict:
    """CPU seconds (user + system) of a process's live threads: {'main': its main thread, 'others': the rest}
    (Dask's event loop, DuckDB's and BLAS's threads), from /proc (Linux)."""
    pid = pid or os.getpid()
    tick = os.sysconf("SC_CLK_TCK")
    out = {"main": 0.0, "others": 0.0}
    for task in pathlib.Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        cpu = (int(fields[11]) + int(fields[12])) / tick
        out["main" if int(task.name) == pid else "others"] += cpu
    return {k: round(v, 2) for k, v in out.items()}


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a live process, from /proc (Linux)."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)


def run_local(folder: pathlib.Path, db: pathlib.Path, src: pathlib.Path) -> dict:
    out = db.with_suffix(".json")
    cpu = _cpu()
    began = time.perf_counter()
    load = _load()
    subprocess.run([sys.executable, __file__, "--child-local", str(folder), "--db", str(db), "--out", str(out)],
                   check=True, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(src)})
    return {"run": "local-1", "wall_s": round(time.perf_counter() - began, 2), "cpu_s": round(_cpu() - cpu, 2),
            "load_before": load, "load_after": _load(), **json.loads(out.read_text())}


def child_local(args) -> None:
    """In its own process: `dateline ingest --workers 1`, then its threads' CPU written to --out."""
    import dateline.stories
    from dateline.cli import main as cli
    from dateline.run import local
    from dateline.store import Store

    spent = {"analyse": 0.0, "write": 0.0, "link": 0.0}

    def timed(name, fn):
        def run(*a, **kw):
            cpu = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                spent[name] += time.process_time() - cpu
        return run

    local.analyse_chunk = timed("analyse", local.analyse_chunk)
    Store.write_articles = timed("write", Store.write_articles)
    dateline.stories.link = timed("link", dateline.stories.link)
    try:
        cli(["ingest", args.folder, "--db", args.db, "--workers", "1"], standalone_mode=False)
    finally:
        pathlib.Path(args.out).write_text(json.dumps({
            "cpu_by_process": {"driver": threads_cpu(), "driver_total": process_cpu(os.getpid())},
            "cpu_split_s": {k: round(v, 2) for k, v in spent.items()}}))


def run_dask(folder: pathlib.Path, db: pathlib.Path, src: pathlib.Path, shard_mb: float, workers: int) -> dict:
    out = db.with_suffix(".json")
    cpu = _cpu()
    began = time.perf_counter()
    load = _load()
    subprocess.run([sys.executable, __file__, "--child", str(folder), "--db", str(db), "--out", str(out),
                    "--shard-mb", str(shard_mb), "--workers", str(workers)],
                   check=True, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(src)})
    wall = time.perf_counter() - began
    cpu = _cpu() - cpu
    figures = split(json.loads(out.read_text()))
    return {"run": f"dask-{workers}", "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "shard_mb": shard_mb, "load_before": load,
            "load_after": _load(), **figures}


def child(args) -> None:
    """In its own process: the Dask runner on a LocalCluster, its timings written to --out."""
    from dateline.run.distributed import ingest_dask
    from dateline.store import Store

    timings: dict = {}
    with Store.open(args.db) as store:
        summary = ingest_dask([args.folder], store, scheduler="local", workers=args.workers,
                              parts=str(pathlib.Path(args.db).with_suffix(".parts")),
                              shard_bytes=max(1, int(args.shard_mb * 1e6)), timings=timings)
    timings["stored"] = summary.stored
    # each process's CPU over the run: the driver's threads (a LocalCluster's scheduler and nannies run in the
    # driver's event loop thread, 'others'), each worker process (as the runner read it once every result was in)
    cpu = {"driver": threads_cpu(), "driver_total": process_cpu(os.getpid())}
    for n, pid in enumerate(sorted(timings.get("workers_cpu", {}))):
        cpu[f"worker{n + 1}"] = round(timings["workers_cpu"][pid], 2)
    timings["cpu_by_process"] = cpu
    pathlib.Path(args.out).write_text(json.dumps(timings))


def split(t: dict) -> dict:
    """Where a Dask run's time went, from the timings ingest_dask recorded."""
    tasks = [x for x in t["tasks"] if x.get("computed")]
    times = [x["times"] for x in tasks]
    task_s = sum(x["ended"] - x["started"] for x in times)
    analyse = sum(x["analyse_s"] for x in times)
    setup = sum(x.get("setup_s", 0.0) for x in times)          # once per worker: not a per-task cost
    read = sum(x["read_s"] for x in times)
    write = sum(x["write_s"] for x in times)
    articles = sum(x["articles"] for x in tasks) or 1
    gaps = 0.0                             # a worker idle between two of its tasks
    by_worker: dict = {}
    for x in sorted(times, key=lambda x: x["started"]):
        by_worker.setdefault(x["worker"], []).append(x)
    for runs in by_worker.values():
        gaps += sum(b["started"] - a["ended"] for a, b in zip(runs, runs[1:]))
    back = sum(x["arrived"] - x["times"]["ended"] for x in tasks)
    first = min((x["started"] for x in times), default=t["connected"])
    last = max((x["ended"] for x in times), default=t["connected"])
    gaps_per_task = gaps / max(1, len(times) - len(by_worker))
    ends = [max(x["ended"] for x in runs) for runs in by_worker.values()]
    return {
        "tasks": len(tasks), "articles": articles, "workers_seen": len(by_worker),
        "task_s": round(task_s, 2), "read_s": round(read, 2), "analyse_s": round(analyse, 2),
        "write_s": round(write, 2), "write_ms_per_article": round(1000 * write / articles, 1), "analyse_per_article_s": round(analyse / articles, 3),
        "analyse_cpu_per_article_s": round(sum(x.get("analyse_cpu_s", 0.0) for x in times) / articles, 3),
        "worker_cpu_per_article_s": round(sum(x.get("process_cpu_s", 0.0) for x in times) / articles, 3),
        "overhead_in_task_pct": round(100 * (task_s - analyse - setup) / task_s, 1) if task_s else None,
        "idle_gap_per_task_s": round(gaps_per_task, 3),
        "overhead_per_task_pct": round(100 * ((task_s - analyse - setup) + gaps_per_task * len(times)) / task_s, 1)
        if task_s else None,
        "result_trip_s": round(back / max(1, len(tasks)), 3),
        "cluster_start_s": round(t["connected"] - t["began"], 2),
        "to_first_task_s": round(first - t["connected"], 2),
        "load_parts_s": round(sum(x.get("load_s", 0.0) for x in tasks), 2),
        "link_s": round(t["link_s"] + sum(x.get("link_s", 0.0) for x in tasks), 2),
        "load_parts_cpu_s": round(sum(x.get("load_cpu_s", 0.0) for x in tasks), 2),
        "link_cpu_s": round(sum(x.get("link_cpu_s", 0.0) for x in tasks), 2),     # the last batch's not counted
        "setup_s": round(setup, 2), "summaries_s": round(t["summaries_s"], 2),
        "tail_s": round(t["end"] - last, 2),
        "end_imbalance_s": round(max(ends) - min(ends), 2) if ends else None,   # a worker idle at the end "driver_s": round(t["end"] - t["began"], 2),
        "stored": t.get("stored"), "cpu_by_process": t.get("cpu_by_process"),
    }


def projection(local: dict, dask: dict) -> dict:
    """What the CPU accounting implies for an idle 2-core machine (the shared one is seldom idle): local-1 is one
    thread, so its wall is its CPU; the Dask run keeps both cores busy except while one part of it runs alone
    (the driver's start until the first task, one worker finishing the last task while the other is done, the
    driver's tail), so its wall is (CPU + those seconds) / 2. The serial seconds are taken as measured, under
    whatever load there was: an upper bound."""
    alone = dask["to_first_task_s"] + dask["end_imbalance_s"] + dask["tail_s"]
    idle = (dask["cpu_s"] + alone) / 2
    return {"local_cores": round(local["cpu_s"] / local["wall_s"], 2), "dask_cores": round(dask["cpu_s"] / dask["wall_s"], 2),
            "cpu_ratio": round(dask["cpu_s"] / local["cpu_s"], 3), "dask_alone_s": round(alone, 1),
            "idle_projection_dask_s": round(idle, 1), "idle_projection_ratio": round(local["cpu_s"] / idle, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared/devsets/polnear-train/text"))
    ap.add_argument("--limit", type=int, default=160, help="the first N files (0: all)")
    ap.add_argument("--shard-mb", type=float, default=4.0, help="megabytes per shard (ingest's --shard-mb)")
    ap.add_argument("--workers", type=int, default=2, help="Dask workers (single-threaded processes)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--only", choices=("local", "dask"), help="run one side only")
    ap.add_argument("--keep", metavar="DIR", help="copy the stores made into DIR (to compare them)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-local", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args)
    if args.child_local:
        return child_local(args)
    source = pathlib.Path(args.folder)
    if not source.is_dir():
        sys.exit(f"bench_dask: no folder {source}")
    with tempfile.TemporaryDirectory(prefix="dateline-bench-dask-") as tmp:
        tmp = pathlib.Path(tmp)
        folder = tmp / "texts"
        folder.mkdir()
        files = sorted(source.glob("*.txt"))
        files = files[:args.limit] if args.limit else files
        for f in files:
            shutil.copy(f, folder / f.name)
        src = tmp / "src"
        shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        for r in range(args.rounds):
            local = dask = None
            if args.only != "dask":
                local = run_local(folder, tmp / f"local{r}.duckdb", src)
                print(json.dumps({"round": r + 1, "articles": len(files), **local}), flush=True)
            if args.only != "local":
                dask = run_dask(folder, tmp / f"dask{r}.duckdb", src, args.shard_mb, args.workers)
                print(json.dumps({"round": r + 1, "articles": len(files), **dask}), flush=True)
            if args.keep:
                pathlib.Path(args.keep).mkdir(parents=True, exist_ok=True)
                for db in tmp.glob(f"*{r}.duckdb"):
                    shutil.copy(db, pathlib.Path(args.keep) / db.name)
            if local and dask:
                a, b = counts(tmp / f"local{r}.duckdb"), counts(tmp / f"dask{r}.duckdb")
                print(json.dumps({"round": r + 1, "local_1_s": local["wall_s"], f"dask_{args.workers}_s": dask["wall_s"],
                                  "ratio": round(local["wall_s"] / dask["wall_s"], 2), "same_counts": a == b,
                                  "counts_differ": {k: (a[k], b.get(k)) for k in a if a[k] != b.get(k)},
                                  "local_per_article_s": round(local["wall_s"] / len(files), 3),
                                  "cpu_local_s": local["cpu_s"], "cpu_dask_s": dask["cpu_s"],
                                  "dask_analyse_per_article_s": dask["analyse_per_article_s"],
                                  **projection(local, dask)}), flush=True)

if __name__ == "__main__":
    main()
