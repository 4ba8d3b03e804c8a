"""user54: the runners' seen-id record looked up by index, a batch counted whole under Ctrl-C, and a stopped run that
winds down without a traceback when Ctrl-C comes again."""
from __future__ import annotations

import datetime as dt
import os
import pathlib
import signal
import subprocess
import sys

import pytest

from dateline.run.local import STOPPING, Flight, Reporter, Summary, Tally, commit, held_signals, stopped
from dateline.store import Store
from dateline.store import db as store_db

SINCE = dt.datetime(2000, 1, 1)


class Notes(Reporter):
    def __init__(self):
        self.notes: list[str] = []

    def note(self, message):
        self.notes.append(message)


@pytest.fixture
def default_ctrl_c():
    """SIGINT's default (a test run in the background has it ignored: nothing would arrive)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def _ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


# ------------------------------------------------------------------ the store's record, by index
def test_lookups_by_id_cover_lists_longer_than_one_statement(tmp_path, monkeypatch):
    monkeypatch.setattr(store_db, "BY_ID", 3)
    with Store.open(tmp_path / "s.duckdb") as store:
        store.start_run_copies()
        rows = {f"id{i}": (f"h{i}", f"f.jsonl:{i}", None) for i in range(10)}
        store.keep_run_copies(rows)
        found = store.run_copies_of([f"id{i}" for i in range(12)] + ["id4"])      # two unknown, one twice
        assert found == rows


def test_a_recorded_id_is_updated_and_a_new_one_appended(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.start_run_copies()
        store.keep_run_copies({"a": ("h1", "f:1", None), "b": ("h2", "f:2", "h2")}, new=["a", "b"])
        store.keep_run_copies({"a": ("h3", "f:3", None), "c": ("h4", "f:4", None)})        # looked up: a is known
        assert store.run_copies_of(["a", "b", "c"]) == {"a": ("h3", "f:3", None), "b": ("h2", "f:2", "h2"),
                                                          "c": ("h4", "f:4", None)}
        assert store.run_copies_end(SINCE) == (0, 1)          # b's text is the one stored before the run


# ------------------------------------------------------------------ a batch counted whole
def test_ctrl_c_before_a_batch_is_recorded_leaves_it_uncounted(tmp_path, monkeypatch, default_ctrl_c):
    with Store.open(tmp_path / "s.duckdb") as store:
        tally = Tally(store, Summary(), Reporter())
        tally.see([("a", "h1", "f:1")])

        def look(ids):
            _ctrl_c()                                      # lands in the look-up, before anything is counted
            return {}

        monkeypatch.setattr(store, "hashes_of", look)
        with pytest.raises(KeyboardInterrupt):
            tally.see([("b", "h2", "f:2"), ("a", "h9", "f:3")])
        assert (tally.total, tally.superseded, tally.replaced) == (1, 0, [])
        assert store.run_copies_of(["a", "b"]) == {"a": ("h1", "f:1", None)}


def test_ctrl_c_while_a_batch_is_recorded_waits_till_it_is_counted(tmp_path, monkeypatch, default_ctrl_c):
    """review53d: a Ctrl-C between the counting and the record left the batch's last copies counted in `total`
    and never as stored or unchanged."""
    with Store.open(tmp_path / "s.duckdb") as store:
        tally = Tally(store, Summary(), Reporter())
        tally.see([("a", "h1", "f:1")])
        keep = store.keep_run_copies

        def keep_then_ctrl_c(rows, new=None):
            _ctrl_c()                                      # lands while the record is written: held
            keep(rows, new=new)

        monkeypatch.setattr(store, "keep_run_copies", keep_then_ctrl_c)
        with pytest.raises(KeyboardInterrupt):
            tally.see([("b", "h2", "f:2"), ("a", "h9", "f:3")])
        assert (tally.total, tally.superseded) == (3, 1) and "f:1" in tally.replaced[0]
        assert store.run_copies_of(["a", "b"]) == {"a": ("h9", "f:3", None), "b": ("h2", "f:2", None)}


def test_finish_counts_once_and_holds_ctrl_c_till_the_counts_are_set(tmp_path, monkeypatch, default_ctrl_c):
    with Store.open(tmp_path / "s.duckdb") as store:
        summary = Summary()
        tally = Tally(store, summary, Reporter())
        tally.see([("a", "h1", "f:1"), ("a", "h1", "f:2")])
        end = store.run_copies_end
        monkeypatch.setattr(store, "run_copies_end", lambda since: (_ctrl_c(), end(since))[1])
        with pytest.raises(KeyboardInterrupt):
            tally.finish(SINCE)
        assert (summary.total, summary.unchanged, summary.stored) == (2, 1, 0)
        tally.finish(SINCE)                              # again (the stopped run's wind-down): nothing changes
        assert (summary.total, summary.unchanged) == (2, 1)


# ------------------------------------------------------------------ held signals
def test_held_signals_deliver_after_the_step_or_drop_and_say(default_ctrl_c):
    done = []
    with pytest.raises(KeyboardInterrupt):
        with held_signals():
            _ctrl_c()
            done.append("step")                          # runs to its end first
    assert done == ["step"]
    said = []
    with held_signals(drop=True, say=lambda: said.append("stopping")):
        _ctrl_c()
        _ctrl_c()
    assert said == ["stopping"]                          # once; no KeyboardInterrupt


def test_an_ignored_ctrl_c_stays_ignored():
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)     # a job started with `&`
    try:
        with held_signals():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            _ctrl_c()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


# ------------------------------------------------------------------ the runner's wind-down
def test_duckdbs_interrupt_error_stops_the_run_as_ctrl_c_does(tmp_path):
    """DuckDB raises InterruptException (not a RuntimeError) when Ctrl-C lands in some statements: the runners caught
    only RuntimeError('Query interrupted'), so such a run ended with a traceback (the flaky Ctrl-C test, user54)."""
    import duckdb

    assert stopped(duckdb.InterruptException("INTERRUPT Error: Interrupted!"))
    assert not stopped(duckdb.ConstraintException("Constraint Error: duplicate key"))

    def results():
        yield []
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    with Store.open(tmp_path / "s.duckdb") as store:
        summary = Summary()
        done = commit(results(), Flight([], store, summary, Reporter()), store, summary, Reporter(), 0.0)
        assert done.interrupted


def test_a_second_ctrl_c_while_a_stopped_run_closes_is_said_not_heeded(tmp_path, default_ctrl_c):
    class Results:
        closed = False

        def __iter__(self):
            yield []
            raise KeyboardInterrupt                     # the first Ctrl-C

        def close(self):
            _ctrl_c()                                   # the second, while the workers are closed
            self.closed = True

    with Store.open(tmp_path / "s.duckdb") as store:
        summary, notes, results = Summary(), Notes(), Results()
        tally = Tally(store, summary, notes)
        flight = Flight([], store, summary, notes, tally=tally)
        done = commit(results, flight, store, summary, notes, 0.0)
        assert done.interrupted and results.closed and tally.finished
        assert notes.notes == [STOPPING]


# ------------------------------------------------------------------ a real run: Ctrl-C, and again while it stops
@pytest.mark.slow
def test_ctrl_c_twice_stops_without_a_traceback_and_the_next_run_finishes(corpus, tmp_path):
    from tests.run.test_ingest import _default_ctrl_c, _rest_of, _run, counts

    path = tmp_path / "s.duckdb"
    args = [str(corpus), "--db", str(path), "--workers", "1", "--chunk", "1"]
    env = {**os.environ, "STALL_FINISH": "1", "STALL_FINISH_S": "4"}
    proc = subprocess.Popen([sys.executable, str(pathlib.Path(__file__).with_name("stalling.py")), "2", "ingest",
                             *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
                            start_new_session=True, preexec_fn=_default_ctrl_c)
    lines, first = [], False
    for line in proc.stderr:
        lines.append(line)
        if not first and sum("committed" in x for x in lines) == 2:
            os.killpg(proc.pid, signal.SIGINT)          # the first Ctrl-C, while the third chunk stalls
            first = True
        if "stalling.py: counting" in line:
            os.killpg(proc.pid, signal.SIGINT)          # the second, while the stopped run counts
            break
    rest = _rest_of(proc, 180)
    proc.wait(timeout=60)
    said = "".join(lines) + rest
    assert proc.returncode == 130 and "Traceback" not in said, said
    assert "stopping: counting what was committed" in said and "2 stored" in said
    assert counts(path)["articles"] == 2
    again = _run(args)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0 and "18 stored, 2 skipped as unchanged" in err, err


def test_ctrl_c_before_the_first_batch_says_how_to_finish_and_exits_130(tmp_path, monkeypatch):
    """A Ctrl-C while a run starts (counting a large folder, starting a cluster) ended with click's `Aborted!`,
    exit status 1; a run that ends normally is the near miss (its summary, exit 0)."""
    from click.testing import CliRunner

    from dateline import cli
    from dateline.run import local

    def stopped_early(*args, **kw):
        raise KeyboardInterrupt

    folder = tmp_path / "in"
    folder.mkdir()
    monkeypatch.setattr(local, "ingest", stopped_early)
    out = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(tmp_path / "s.duckdb")])
    assert out.exit_code == 130 and "interrupted before the run began" in out.stderr and "Aborted" not in out.stderr
    monkeypatch.setattr(local, "ingest", lambda *a, **kw: Summary())
    done = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(tmp_path / "s.duckdb")])
    assert done.exit_code == 0 and "0 stored" in done.stderr and "interrupted" not in done.stderr
