"""user53: the process and Dask runners give the same summary counts, the same `replaced` lines (said as they are
counted) and the same store for any sequence of copies of ids, spread over files, runs, shards and the process
runner's lookup batches.

The analysis is a stand-in (an Article with the text and no extraction) so that many sequences can be tried: what
is compared is the runners' planning, counting and loading, not the extractors."""
from __future__ import annotations

import json
import pathlib
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("dask.distributed")

from dateline.records import Article, RawArticle  # noqa: E402
from dateline.run import distributed, local  # noqa: E402
from dateline.store import Store  # noqa: E402

IDS = ["a", "b", "c"]
TEXTS = ["TARNVIK (Newswire) - The harbour board met on Monday, a clerk said.",
         "TARNVIK (Newswire) - The harbour board met on Monday and voted, a clerk said.",
         "TARNVIK (Newswire) - The harbour board met late on Monday and adjourned, a clerk said."]


def fake_analyse(chunk: list[RawArticle]) -> list:
    return [Article(id=r.id, title=r.title, published=r.published, published_from=None, dateline=None,
                    truncated=False, source_format="jsonl", language="en", text=r.text) for r in chunk]


copies = st.tuples(st.sampled_from(IDS), st.integers(0, len(TEXTS) - 1))
files = st.lists(st.lists(copies, min_size=1, max_size=5), min_size=1, max_size=4)


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as lc, \
            Client(lc) as c:
        yield c


class _SmallLookup(local.Flight):
    """The process runner's plan, looking up LOOKUP articles at a time: here 2, so copies meet across batches."""

    def __init__(self, *args, **kwargs):
        kwargs["lookup"] = 2
        super().__init__(*args, **kwargs)


class _Notes(local.Reporter):
    def __init__(self):
        self.notes = []

    def note(self, message):
        self.notes.append(message)


def _expected(inputs: list[str], before: dict[str, str]) -> tuple:
    """The counts the docs give (docs/store.md, "Counts"), worked out from the copies read, one copy at a time, with
    no store and no runner (review53d: the runners were compared only with each other, and both count with one
    `Tally`, so a Tally counting wrongly passed): a copy followed by another of its id is unchanged when the next has
    its text or its text is the one stored before the run, else superseded and said; an id's last copy is unchanged
    when its text is the stored one, else stored. Returns the counts and the store's texts after the run."""
    from dateline.read import read

    seq = [(r.id, r.text, r.origin) for r in read(inputs) if isinstance(r, RawArticle)]
    stored = unchanged = superseded = 0
    replaced = []
    for n, (id_, text, origin) in enumerate(seq):
        following = [c for c in seq[n + 1:] if c[0] == id_]
        if not following:
            stored, unchanged = (stored, unchanged + 1) if before.get(id_) == text else (stored + 1, unchanged)
        elif following[0][1] == text or before.get(id_) == text:
            unchanged += 1
        else:
            superseded += 1
            replaced.append(local.replaced_message(id_, following[0][2], origin))
    after = {**before, **{id_: text for id_, text, _ in seq}}
    return (stored, unchanged, superseded, sorted(replaced), []), after


def _counts(s, notes: _Notes) -> tuple:
    assert s.total == s.stored + s.unchanged + s.superseded, s
    assert len(s.replaced) == s.superseded, s
    assert [n for n in notes.notes if "read again with another text" in n] == s.replaced     # each said as counted
    return s.stored, s.unchanged, s.superseded, sorted(s.replaced), s.failed


@pytest.mark.slow
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=files, runs=st.lists(st.lists(st.integers(0, 3), min_size=1, max_size=4), min_size=1, max_size=2),
       lookup_small=st.booleans(), line_shards=st.booleans())
def test_both_runners_count_any_sequence_of_copies_alike(client, monkeypatch, files, runs, lookup_small, line_shards):
    monkeypatch.setattr(local, "analyse_chunk", fake_analyse)
    monkeypatch.setattr(distributed, "analyse_chunk", fake_analyse)
    if lookup_small:
        monkeypatch.setattr(local, "Flight", _SmallLookup)
    with tempfile.TemporaryDirectory(prefix="h53-") as tmp:
        root = pathlib.Path(tmp)
        paths = []
        for n, rows in enumerate(files):
            path = root / f"f{n}.jsonl"
            path.write_text("".join(json.dumps({"id": i, "text": TEXTS[t]}) + "\n" for i, t in rows), encoding="utf-8")
            paths.append(str(path))
        inputs = [[paths[i % len(paths)] for i in run] for run in runs]
        want, texts = [], {}
        for given_ in inputs:
            counted, texts = _expected(given_, texts)
            want.append(counted)
        got = {"model": (want, sorted(texts.items()))}
        for kind in ("local", "dask"):
            db = root / f"{kind}.duckdb"
            out = []
            with Store.open(db) as store:
                for given_ in inputs:
                    notes = _Notes()
                    if kind == "local":
                        s = local.ingest(given_, store, workers=1, chunk=1, reporter=notes)
                    else:
                        s = distributed.ingest_dask(given_, store, scheduler=None, client=client, reporter=notes,
                                                    shard_bytes=60 if line_shards else None, parts=str(db) + ".parts")
                    out.append(_counts(s, notes))
                texts = store.con.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
            got[kind] = (out, texts)
        assert got["local"] == got["model"], (files, inputs)
        assert got["dask"] == got["model"], (files, inputs)
