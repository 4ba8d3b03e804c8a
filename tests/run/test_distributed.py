"""Ingest on a Dask LocalCluster (2 worker processes on 127.0.0.1): same store as the local runner,
idempotent on a second run, and a failing article reported while the rest are stored."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("dask.distributed")

from dateline.records import Failure, RawArticle  # noqa: E402
from dateline.run import distributed  # noqa: E402
from dateline.run.distributed import ingest_dask  # noqa: E402
from dateline.run.local import ingest  # noqa: E402
from dateline.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def counts(path) -> dict:
    with Store.open(path, read_only=True) as s:
        return s.counts()


@pytest.mark.slow
def test_dask_stores_what_the_local_runner_stores_and_only_once(tmp_path, make_corpus, client):
    folder = tmp_path / "corpus"
    make_corpus(folder, n=8)
    with Store.open(tmp_path / "local.duckdb") as store:
        local = ingest([str(folder)], store, workers=1, chunk=3)
    with Store.open(tmp_path / "dask.duckdb") as store:
        first = ingest_dask([str(folder)], store, scheduler=None, chunk=3, client=client)
        second = ingest_dask([str(folder)], store, scheduler=None, chunk=3, client=client)
        ids = store.article_ids()
    assert (local.stored, first.stored, first.unchanged, first.failed) == (8, 8, 0, [])
    assert (second.stored, second.unchanged, second.failed) == (0, 8, [])
    assert sorted(ids) == [f"story-{i:02d}" for i in range(8)]
    assert counts(tmp_path / "dask.duckdb") == counts(tmp_path / "local.duckdb")
    assert client.status == "running"          # a borrowed client is left open


@pytest.mark.slow
def test_a_failing_article_is_reported_and_the_rest_stored(tmp_path, client):
    lines = [{"id": "ok1", "text": "BRELLO (Newswire) - The mayor opened a bridge on Monday."},
             {"id": "huge", "text": "Rain. " * 200_000},                # over spaCy's limit: fails on the worker
             {"id": "ok2", "text": "DUNMERE (Newswire) - Farmers blocked a road on Friday, police said."}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    with Store.open(tmp_path / "s.duckdb") as store:
        summary = ingest_dask([str(src)], store, scheduler=None, chunk=2, client=client)
        ids = sorted(store.article_ids())
    assert ids == ["ok1", "ok2"] and summary.stored == 2
    assert len(summary.failed) == 2
    assert any(f.startswith(f"{src}:2: ") and "limit" in f for f in summary.failed)
    assert any(f.startswith(f"{src}:4: ") for f in summary.failed)


def test_a_chunk_that_raises_is_retried_article_by_article(monkeypatch):
    def analyse(chunk):
        if any(r.id == "bad" for r in chunk):
            raise ValueError("boom")
        return [r.id for r in chunk]

    monkeypatch.setattr(distributed, "analyse_chunk", analyse)
    chunk = [RawArticle(id=i, text="x", origin=f"f:{n}") for n, i in enumerate(["a", "bad", "c"])]
    out = distributed.work(chunk)
    assert out[0] == "a" and out[2] == "c"
    assert isinstance(out[1], Failure) and out[1].id == "bad" and "boom" in out[1].message


@pytest.mark.slow
def test_a_partly_filled_store_is_finished_without_doubling(tmp_path, make_corpus, client):
    """As after a killed run: what is committed stays, only the rest is analysed."""
    folder = tmp_path / "corpus"
    make_corpus(folder, n=6)
    partial = tmp_path / "part"
    partial.mkdir()
    for name in ("story-01.txt", "story-04.txt"):
        (partial / name).write_text((folder / name).read_text(encoding="utf-8"), encoding="utf-8")
    with Store.open(tmp_path / "s.duckdb") as store:
        ingest_dask([str(partial)], store, scheduler=None, chunk=4, client=client)
        rest = ingest_dask([str(folder)], store, scheduler=None, chunk=4, client=client)
    with Store.open(tmp_path / "whole.duckdb") as store:
        ingest([str(folder)], store, workers=1)
    assert (rest.stored, rest.unchanged, rest.failed) == (4, 2, [])
    assert counts(tmp_path / "s.duckdb") == counts(tmp_path / "whole.duckdb")
