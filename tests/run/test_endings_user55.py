"""user55: how a run ends when stopped late (a Ctrl-C while the last count is set found a finished run
`interrupted`), what a stop while linking or writing the summaries says, summaries a stopped run left unwritten, and a
Dask driver that checks its arguments before it starts a cluster and closes the cluster on every error."""
from __future__ import annotations

import pytest

from dateline.records import Article
from dateline.run import local
from dateline.run.local import CLOSING, STOPPING, Flight, Summary, Tally, commit
from dateline.store import Store
from tests.run.test_tally_user54 import Notes, _ctrl_c, default_ctrl_c  # noqa: F401 (a fixture)


def _run(store: Store, results=None, notes=None) -> Summary:
    """`commit` over `results` (batches of analysed articles; none by default) with a tally, as `ingest` runs it."""
    summary, notes = Summary(), notes or Notes()
    flight = Flight([], store, summary, notes, tally=Tally(store, summary, notes))
    return commit(results if results is not None else [], flight, store, summary, notes, 0.0)


# ------------------------------------------------------------------ a stop after the last commit
def test_a_ctrl_c_while_the_last_count_is_set_finds_the_run_complete(tmp_path, monkeypatch, default_ctrl_c):
    with Store.open(tmp_path / "s.duckdb") as store:
        end = store.run_copies_end
        monkeypatch.setattr(store, "run_copies_end", lambda since: (_ctrl_c(), end(since))[1])
        done = _run(store)
        assert not done.interrupted and done.stopped_at == "end"
        assert "the run is complete" in done.line() and "interrupted" not in done.line()
        assert store._seen is None                               # the record's file is gone


@pytest.mark.parametrize("where, stopped_at, said", [
    ("link", "link", "while stories were linked"),
    ("summaries", "summaries", "while the web's summaries were written"),
])
def test_a_ctrl_c_after_the_last_commit_but_before_the_end_says_what_is_left(tmp_path, monkeypatch, default_ctrl_c,
                                                                             where, stopped_at, said):
    from dateline import stories

    if where == "link":
        monkeypatch.setattr(stories, "link_since", lambda *a, **kw: _ctrl_c())
    else:
        monkeypatch.setattr(Store, "write_summaries", lambda self: _ctrl_c())
    with Store.open(tmp_path / "s.duckdb") as store:
        done = _run(store)
        assert done.interrupted and done.stopped_at == stopped_at
        assert said in done.line() and "every article read was committed" in done.line()
        assert done.to_dict()["stopped_at"] == stopped_at


def test_a_ctrl_c_in_a_batch_says_interrupted_as_before(tmp_path, default_ctrl_c):
    def results():
        yield []
        raise KeyboardInterrupt

    with Store.open(tmp_path / "s.duckdb") as store:
        done = _run(store, results())
        assert done.interrupted and done.stopped_at == "batches"
        assert done.line().endswith("interrupted: run the same command again to finish")


def test_a_ctrl_c_while_a_complete_run_closes_its_workers_is_told_the_run_is_complete(tmp_path, default_ctrl_c):
    class Results:
        def __iter__(self):
            yield []

        def close(self):
            _ctrl_c()

    with Store.open(tmp_path / "s.duckdb") as store:
        notes = Notes()
        done = _run(store, Results(), notes)
        assert notes.notes == [CLOSING] and not done.interrupted and done.stopped_at == "end"
    stopped = Notes()

    class Stopped(Results):
        def __iter__(self):
            yield []
            raise KeyboardInterrupt

    with Store.open(tmp_path / "t.duckdb") as store:
        assert _run(store, Stopped(), stopped).interrupted
        assert stopped.notes == [STOPPING]                        # a stopped run is told it stops


def test_the_cli_exits_0_and_says_complete_for_a_run_stopped_after_its_end(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from dateline import cli

    folder = tmp_path / "in"
    folder.mkdir()
    monkeypatch.setattr(local, "ingest", lambda *a, **kw: Summary(stored=3, stopped_at="end"))
    out = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(tmp_path / "s.duckdb")])
    assert out.exit_code == 0 and "3 stored" in out.stderr and "the run is complete" in out.stderr
    monkeypatch.setattr(local, "ingest", lambda *a, **kw: Summary(stored=3, stopped_at="link", interrupted=True))
    out = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(tmp_path / "s.duckdb")])
    assert out.exit_code == 130 and "while stories were linked" in out.stderr


# ------------------------------------------------------------------ summaries a stopped run left
def test_summaries_left_stale_are_written_by_the_next_run_that_stores_nothing(tmp_path, monkeypatch):
    calls = []
    write = Store.write_summaries
    monkeypatch.setattr(Store, "write_summaries", lambda self: (calls.append(1), write(self))[1])
    with Store.open(tmp_path / "s.duckdb") as store:
        assert not store.summaries_current()                      # never written
        _run(store)
        assert calls == [1] and store.summaries_current()
        _run(store)
        assert calls == [1]                                       # current: not written again
        store.write_articles([(Article(id="x", title=None, published=None, published_from=None, dateline=None,
                                       truncated=False, source_format="jsonl", language="en",
                                       text="The ferry to Tarnvik ran late on Monday."), "f.jsonl:1")])
        assert not store.summaries_current()
        _run(store)
        assert calls == [1, 1] and store.summaries_current()


# ------------------------------------------------------------------ the Dask driver: checks first, closes always
dask_run = pytest.importorskip("dateline.run.distributed")


@pytest.mark.parametrize("inputs, scheduler, shard_bytes, parts, said", [
    (["-"], None, None, "p", "standard input"),
    (["in"], None, 0, "p", "at least one byte"),
    (["in"], "not an address", None, "p", "is not a scheduler's address"),
    (["in"], "tcp://", None, "p", "is not a scheduler's address"),
    (["in"], None, None, "a-file", "cannot make the parts folder"),
])
def test_the_driver_refuses_bad_arguments_before_any_cluster(tmp_path, monkeypatch, inputs, scheduler, shard_bytes,
                                                             parts, said):
    started = []
    monkeypatch.setattr(dask_run, "connect", lambda *a, **kw: started.append(1))
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "in").mkdir()
    inputs = [i if i == "-" else str(tmp_path / i) for i in inputs]
    with Store.open(tmp_path / "s.duckdb") as store:
        with pytest.raises(ValueError, match=said):
            dask_run.ingest_dask(inputs, store, scheduler=scheduler, parts=str(tmp_path / parts),
                                 shard_bytes=shard_bytes)
        assert started == [] and store._seen is None


@pytest.mark.parametrize("scheduler", [None, "local", "tcp://10.1.2.3:8786", "tls://sched.example.org:8786",
                                       "127.0.0.1:8786", "[::1]:8786"])
def test_addresses_dask_takes_are_not_refused(tmp_path, scheduler):
    dask_run.check([str(tmp_path)], tmp_path / "p", scheduler=scheduler, shard_bytes=4)


class _Cluster:
    closed = False

    def close(self):
        self.closed = True


class _Client:
    closed = False

    def close(self):
        self.closed = True

    def cancel(self, futures):
        pass


@pytest.mark.parametrize("error, interrupted", [(RuntimeError("a bug after the start"), None), (KeyboardInterrupt(), True)])
def test_a_cluster_started_is_closed_on_an_error_or_a_stop_right_after(tmp_path, monkeypatch, error, interrupted):
    client, cluster = _Client(), _Cluster()
    monkeypatch.setattr(dask_run, "connect", lambda *a, **kw: (client, cluster))

    def fail(_client):
        raise error

    monkeypatch.setattr(dask_run, "_window", fail)
    (tmp_path / "in").mkdir()
    with Store.open(tmp_path / "s.duckdb") as store:
        if interrupted:
            done = dask_run.ingest_dask([str(tmp_path / "in")], store, scheduler="local")
            assert done.interrupted and done.stopped_at == "batches"
        else:
            with pytest.raises(RuntimeError, match="a bug after the start"):
                dask_run.ingest_dask([str(tmp_path / "in")], store, scheduler="local")
        assert client.closed and cluster.closed and store._seen is None


@pytest.mark.slow
def test_a_scheduler_that_cannot_be_reached_is_said_without_a_traceback(tmp_path):
    import dask
    from click.testing import CliRunner

    from dateline import cli
    from tests.helpers import free_port

    (tmp_path / "in").mkdir()
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        out = CliRunner().invoke(cli.main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.duckdb"),
                                            "--scheduler", f"tcp://127.0.0.1:{free_port()}"])
    assert out.exit_code == 1 and "cannot reach the Dask scheduler" in out.stderr
    assert isinstance(out.exception, SystemExit) and "Traceback" not in out.stderr     # a ClickException
