"""Ingest: idempotent, changed texts replace, read errors reported, and a run killed with kill -9 resumes exactly."""
from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

import pytest

from dateline.records import RawArticle, ReadError
from dateline.run.local import Summary, ingest, plan, replaced_message
from dateline.store import Store, text_hash


def counts(path) -> dict:
    """Every table's row count. The event clusters too (review50b): an ingest links in the linking order whatever its
    workers (user49), and a resumed run links what the killed one stored with the articles after it, as one run would
    (user50; before, how many clusters there were could differ between runs)."""
    with Store.open(path, read_only=True) as s:
        return s.counts()


@pytest.fixture(scope="module")
def reference(tmp_path_factory, make_corpus):
    """The counts of one uninterrupted run over the invented corpus."""
    folder = tmp_path_factory.mktemp("ref") / "corpus"
    make_corpus(folder)
    path = folder.parent / "ref.duckdb"
    # a process of its own, like the runs it is compared with (same code, same model load)
    proc = _run([str(folder), "--db", str(path), "--workers", "1"])
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "20 stored" in err, err
    return counts(path)


@pytest.mark.slow
def test_ingesting_a_folder_twice_stores_each_article_once(corpus, tmp_path, reference):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        first = ingest([str(corpus)], store, workers=1)
        second = ingest([str(corpus)], store, workers=1)
    assert (first.stored, first.unchanged) == (20, 0)
    assert (second.stored, second.unchanged, second.failed) == (0, 20, [])
    assert counts(path) == reference


@pytest.mark.slow
def test_a_changed_text_replaces_its_rows(corpus, tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        ingest([str(corpus)], store, workers=1)
        target = corpus / "story-03.txt"
        target.write_text("TARSK (Newswire) - The port reopened on Friday.\n\n"
                          "\"It is a good day,\" harbour master Ola Brenn said.\n"
                          "\"Ships are back,\" Brenn added.\n", encoding="utf-8")
        again = ingest([str(corpus)], store, workers=1)
        assert (again.stored, again.unchanged) == (1, 19)
        assert store.get_article("story-03").text.startswith("TARSK (Newswire) - The port reopened")
        quotes = store.rows("SELECT text FROM quotes WHERE article_id = 'story-03' ORDER BY idx")
        assert [q["text"] for q in quotes] == ["\"It is a good day,\"", "\"Ships are back,\""]
        assert store.counts()["articles"] == 20


def test_read_errors_are_reported_by_name_and_line(tmp_path):
    bad = tmp_path / "in.jsonl"
    bad.write_text('{"id": "a", "text": "FORTVILLE - Rain fell on Monday."}\n{"id": "b"}\nnot json\n', encoding="utf-8")
    with Store.open(tmp_path / "s.duckdb") as store:
        summary = ingest([str(bad), str(tmp_path / "missing")], store, workers=1)
    assert summary.stored == 1
    assert [f.split(": ")[0] for f in summary.failed] == [f"{bad}:2", f"{bad}:3", str(tmp_path / "missing")]
    assert "2 failed" not in summary.line() and "3 failed" in summary.line()


def test_plan_skips_unchanged_and_keeps_the_last_of_an_id_read_twice():
    a1 = RawArticle(id="a", text="first", origin="x:1")
    a2 = RawArticle(id="a", text="second", origin="x:2")
    b = RawArticle(id="b", text="same", origin="x:3")
    summary = Summary()
    todo = plan([a1, b, ReadError("x:4", "not JSON"), a2], {"b": text_hash("same")}, summary)
    assert todo == [a2] and (summary.unchanged, summary.superseded) == (1, 1) and summary.total == 3
    assert summary.failed == ["x:4: not JSON"]


def test_an_id_read_twice_with_two_texts_is_said_within_a_batch_and_across_batches():
    """user48: two texts under one id in one run (two lines of a JSON lines file) kept the later silently and
    counted the earlier as `unchanged`. It is said, naming both places; the same text twice is no news."""
    from dateline.run.local import Flight, Reporter

    class Notes(Reporter):
        def __init__(self):
            self.notes = []

        def note(self, message):
            self.notes.append(message)

    class NoStore:
        def hashes_of(self, ids):
            return {}

    a1 = RawArticle(id="a", text="first", origin="f.jsonl:1")
    a2 = RawArticle(id="a", text="second", origin="f.jsonl:2")
    b1, b2 = RawArticle(id="b", text="same", origin="f.jsonl:3"), RawArticle(id="b", text="same", origin="g.jsonl:1")
    summary = Summary()
    assert plan([a1, b1, a2, b2], {}, summary) == [a2, b2]
    assert summary.replaced == ["a: read again with another text at f.jsonl:2; it replaces the text read at f.jsonl:1"]
    for lookup in (1, 500):                          # each article its own batch (Flight), or one batch (plan)
        summary, notes = Summary(), Notes()
        kept = list(Flight([a1, b1, a2, b2], NoStore(), summary, notes, lookup=lookup).articles())
        assert [r.origin for r in kept if r.id == "a"][-1] == "f.jsonl:2"        # the later text is analysed
        assert notes.notes == summary.replaced and len(summary.replaced) == 1 and "f.jsonl:1" in notes.notes[0]
    assert "1 copy replaced by a later copy of their id with another text" in summary.line()


def _run(args, **kw):
    return subprocess.Popen([sys.executable, "-m", "dateline.cli", "ingest", *args], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, start_new_session=True, **kw)


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_killed_with_sigkill_resumes_to_the_uninterrupted_counts(corpus, tmp_path, reference, workers):
    path = tmp_path / "s.duckdb"
    args = [str(corpus), "--db", str(path), "--workers", str(workers), "--chunk", "1"]
    proc = _run(args)
    committed = 0
    deadline = time.monotonic() + 120
    for line in proc.stderr:
        if "committed" in line:
            committed += 1
            if committed == 3:
                break
        assert time.monotonic() < deadline
    os.killpg(proc.pid, signal.SIGKILL)          # the whole group: the runner and its workers
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = counts(path)["articles"]
    assert 3 <= partial <= 20
    print(f"killed after {partial} of 20 articles")

    again = _run(args)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"{20 - partial} stored, {partial} skipped as unchanged, 0 failed" in err
    assert counts(path) == reference


def _rest_of(proc: subprocess.Popen, seconds: float) -> str:
    """The rest of `proc`'s stderr up to its end, or a failed test (the process group killed) when no end comes in
    `seconds`: a signal that never lands must fail the test, not hang the suite (it hung once in session 40)."""
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(proc.stderr.read()), daemon=True)
    reader.start()
    reader.join(seconds)
    if reader.is_alive():
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"no end of the runner's stderr {seconds:.0f} s after Ctrl-C")
    return box[0]


def _default_ctrl_c() -> None:
    """In the child: SIGINT's default action, as a terminal's foreground job has it. A test run started in the
    background of a non-interactive shell (`cmd &`, nohup) has SIGINT ignored, every child inherits that, and
    Python then installs no Ctrl-C handler: the signal would never arrive."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stopped_mid_run(corpus, tmp_path, reference, child_setup, stop, status: int) -> None:
    """Ingest with tests/run/stalling.py (it waits for the signal before its third commit, so the signal always lands
    mid-run), `stop(proc)` after two commits: the run ends with `status`, keeps the two committed articles, says how
    to finish, and the same command again finishes the store."""
    path = tmp_path / "s.duckdb"
    args = [str(corpus), "--db", str(path), "--workers", "2", "--chunk", "1"]
    proc = subprocess.Popen([sys.executable, str(pathlib.Path(__file__).with_name("stalling.py")), "2", "ingest",
                             *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            start_new_session=True, preexec_fn=child_setup)
    committed = 0
    for line in proc.stderr:
        committed += "committed" in line
        if committed == 2:
            break
    stop(proc)
    rest = _rest_of(proc, 180)
    proc.wait(timeout=120)
    assert proc.returncode == status and "interrupted: run the same command again to finish" in rest, rest
    stored = counts(path)["articles"]
    assert stored == 2                           # two chunks of one article committed, nothing after the signal
    again = _run(args)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0 and f"{stored} skipped as unchanged" in err
    assert counts(path) == reference


@pytest.mark.slow
def test_ctrl_c_keeps_what_was_committed_and_says_how_to_finish(corpus, tmp_path, reference):
    """(Before the stalling runner, a fast run could finish all 20 articles before the signal arrived.)"""
    def ctrl_c(proc):
        os.killpg(proc.pid, signal.SIGINT)       # what a terminal sends the whole foreground group

    _stopped_mid_run(corpus, tmp_path, reference, _default_ctrl_c, ctrl_c, 130)


def _ignore_ctrl_c() -> None:
    """In the child: SIGINT ignored, as a job started with `&` from a script (or a test run in the background) has it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.slow
def test_kill_stops_a_background_run_as_ctrl_c_does(corpus, tmp_path, reference):
    """user46 sent SIGINT twice to an ingest started with `&`, and it ran on: such a job has SIGINT ignored, so
    `kill PID` (SIGTERM) is how it is stopped, and that ended it with no summary and no word. It now stops as
    Ctrl-C does: the committed work kept, the summary and how to finish said, exit status 143."""
    def kill(proc):
        os.kill(proc.pid, signal.SIGINT)         # ignored, as in user46's run
        time.sleep(1.0)
        assert proc.poll() is None
        os.kill(proc.pid, signal.SIGTERM)        # `kill PID`

    _stopped_mid_run(corpus, tmp_path, reference, _ignore_ctrl_c, kill, 143)


@pytest.mark.slow
def test_ingesting_real_news_twice_stores_each_article_once(tmp_path):
    """Real PolNeAR train articles (a slice of them, when ../shared is here): a second run stores nothing new."""
    from tests.conftest import SHARED

    source = SHARED / "devsets" / "polnear-train" / "text"
    if not source.is_dir():
        pytest.skip("../shared is not here")
    folder = tmp_path / "text"
    folder.mkdir()
    names = sorted(p.name for p in source.glob("*.txt"))[:25]
    for name in names:
        (folder / name).symlink_to(source / name)
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        first = ingest([str(folder)], store, workers=2)
        second = ingest([str(folder)], store, workers=2)
    assert (first.stored, first.unchanged, len(first.failed)) == (25, 0, 0)
    assert (second.stored, second.unchanged) == (0, 25)
    assert counts(path)["articles"] == 25


@pytest.mark.slow
def test_no_worker_outlives_a_runner_killed_with_sigkill(corpus, tmp_path):
    """kill -9 of the runner alone (not its group): the fork server and the workers die with it."""
    psutil = pytest.importorskip("psutil")
    proc = _run([str(corpus), "--db", str(tmp_path / "s.duckdb"), "--workers", "2", "--chunk", "1"])
    for line in proc.stderr:
        if "committed" in line:
            break
    children = psutil.Process(proc.pid).children(recursive=True)
    assert len(children) >= 3                        # the fork server and two workers (and a resource tracker)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    gone, alive = psutil.wait_procs(children, timeout=15)
    assert alive == [], [p.cmdline() for p in alive]


class _Known:
    """A stand-in store: the text hashes it holds."""

    def __init__(self, known):
        self.known = known

    def hashes_of(self, ids):
        return {i: self.known[i] for i in ids if i in self.known}


def test_inputs_are_read_lazily_a_batch_at_a_time():
    from dateline.run.local import Flight, Reporter

    pulled = []

    def items():
        for i in range(10_000):
            pulled.append(i)
            yield RawArticle(id=f"a{i}", text=f"text {i}", origin=f"x:{i}")

    flight = Flight(items(), _Known({}), Summary(), Reporter(), lookup=100)
    first = next(flight.chunks(4))
    assert [r.id for r in first] == ["a0", "a1", "a2", "a3"] and len(pulled) == 100


def test_an_id_read_again_while_its_first_copy_is_in_flight_wins_over_it():
    from dateline.records import Article
    from dateline.run.local import Flight, Reporter

    a1 = RawArticle(id="a", text="first", origin="x:1")
    a2 = RawArticle(id="a", text="second", origin="x:900")
    same = RawArticle(id="b", text="same", origin="x:2")
    summary = Summary()
    flight = Flight([a1, same, *[RawArticle(id=f"f{i}", text="f", origin="y") for i in range(3)], a2],
                    _Known({"b": text_hash("same")}), summary, Reporter(), lookup=2)
    todo = list(flight.articles())                   # a1 and a2 fall in different batches: both planned
    assert [r.origin for r in todo if r.id == "a"] == ["x:1", "x:900"]
    assert (summary.unchanged, summary.superseded) == (1, 1)

    def article(raw):
        return Article(id=raw.id, title=None, published=None, published_from=None, dateline=None,
                       truncated=False, text=raw.text)

    assert flight.returned(article(a2)) == "x:900"   # the later copy is stored, whatever the order they finish in
    assert flight.returned(article(a1)) is None


def test_a_copy_of_the_stored_text_between_two_others_is_unchanged_and_its_replacement_unsaid():
    """user52 (after user50): each copy read is counted once, as both runners can count it whatever the batches or
    parts: a copy whose text the store holds is unchanged, also when a later copy replaces it (a runner that meets it
    in an earlier batch or part knows no more); a copy followed by another text of its id is superseded and said."""
    from dateline.run.distributed import followed_copies
    from dateline.run.local import replaced_message

    copies = [RawArticle(id="a", text=t, origin=f"f.jsonl:{n}") for n, t in enumerate(("first", "stored", "third"), 1)]
    same = [RawArticle(id="b", text="same", origin=o) for o in ("f.jsonl:4", "g.jsonl:1")]
    summary = Summary()
    assert plan([*copies, *same], {"a": text_hash("stored")}, summary) == [copies[2], same[1]]
    assert summary.replaced == [replaced_message("a", "f.jsonl:2", "f.jsonl:1")]
    assert (summary.total, summary.unchanged, summary.superseded) == (5, 2, 1)
    assert [(c[0], c[2], c[4]) for c in followed_copies([*copies, *same])] == [
        ("a", "f.jsonl:1", "f.jsonl:2"), ("a", "f.jsonl:2", "f.jsonl:3"), ("b", "f.jsonl:4", "g.jsonl:1")]


def test_the_stored_text_read_last_wins_over_a_copy_in_flight_wherever_the_batches_end():
    """review50b: an id read with a new text and then again with the text the store holds: within one batch `plan`
    drops the new copy (the text read last wins) and says so; across batches the new copy was already in flight,
    `plan` skipped the stored copy as unchanged, and the new text was stored when it came back, unsaid. Now both give
    the store's text, one line said, and every copy read counted (nothing stored, two skipped)."""
    from dateline.records import Article
    from dateline.run.local import Flight, Reporter

    new = RawArticle(id="a", text="a corrected text", origin="feed.jsonl:1")
    again = RawArticle(id="a", text="the stored text", origin="feed.jsonl:2")
    for lookup in (1, 500):                           # each copy its own batch, or both in one
        summary = Summary()
        flight = Flight([new, again], _Known({"a": text_hash("the stored text")}), summary, Reporter(), lookup=lookup)
        todo = list(flight.articles())                # every batch read before a copy comes back (in flight)
        kept = [flight.returned(Article(id=r.id, title=None, published=None, published_from=None, dateline=None,
                                        truncated=False, text=r.text)) for r in todo]
        assert [k for k in kept if k is not None] == [], lookup
        assert summary.replaced == [replaced_message("a", "feed.jsonl:2", "feed.jsonl:1")], lookup
        assert (summary.total, summary.unchanged, summary.superseded) == (2, 1, 1), lookup


def test_an_id_read_a_b_a_across_batches_is_stored_once():
    """user52: an id read with a text, another, then the first again, each in its own batch, had both copies of the
    first text win when they came back (a win was told by the text alone): written twice in one transaction, the
    run stopped with a DuckDB key error. One is stored; another id read twice with one text is left alone."""
    from dateline.records import Article
    from dateline.run.local import Flight, Reporter

    copies = [RawArticle(id="a", text=t, origin=f"k.jsonl:{n}") for n, t in enumerate(("one", "two", "one"), 1)]
    other = RawArticle(id="b", text="same", origin="k.jsonl:4")
    summary = Summary()
    flight = Flight([*copies, other], _Known({}), summary, Reporter(), lookup=1)
    todo = list(flight.articles())
    kept = [flight.returned(Article(id=r.id, title=None, published=None, published_from=None, dateline=None,
                                    truncated=False, text=r.text)) for r in todo]
    assert [k for r, k in zip(todo, kept) if r.id == "a" and k is not None] == ["k.jsonl:3"]
    assert [k for r, k in zip(todo, kept) if r.id == "b"] == ["k.jsonl:4"]
    assert (summary.total, summary.superseded) == (4, 2)


def test_a_copy_read_after_a_later_one_landed_first_is_counted_once():
    """review52b: with worker processes a later copy of an id can come back before an earlier one. Once it was stored
    (the earlier still in flight, to be dropped), a third copy read with the stored text was counted unchanged and
    also said to replace the stored copy (superseded): one copy counted twice, a replacement said that was none, and
    the sum of the counts over the copies read. The third copy is only unchanged; one with a new text is planned, and
    what is said of it is for the store's writer to say (`commit`), not said here too."""
    from dateline.records import Article
    from dateline.run.local import Flight, Reporter

    def article(raw):
        return Article(id=raw.id, title=None, published=None, published_from=None, dateline=None, truncated=False,
                       text=raw.text)

    for third, planned in (("two", False), ("three", True)):
        a1, a2, a3 = (RawArticle(id="a", text=t, origin=f"m.jsonl:{n}") for n, t in enumerate(("one", "two", third), 1))
        store, summary = _Known({}), Summary()
        flight = Flight([a1, a2, a3], store, summary, Reporter(), lookup=1)
        copies = flight.articles()
        assert next(copies) is a1 and next(copies) is a2                 # both in flight; a2 supersedes a1
        assert flight.returned(article(a2)) == "m.jsonl:2"                # a2 back first: stored
        store.known["a"] = text_hash("two")
        rest = list(copies)
        assert flight.returned(article(a1)) is None                      # the earlier copy is dropped
        assert rest == ([a3] if planned else []), third
        assert summary.replaced == [replaced_message("a", "m.jsonl:2", "m.jsonl:1")], third
        assert (summary.total, summary.unchanged, summary.superseded) == (3, 0 if planned else 1, 1), third


def test_a_copy_in_flight_with_the_text_this_run_stored_is_superseded_by_a_later_one():
    """review52b: a copy planned while an earlier copy of its text was still in flight, that earlier one stored before
    the next copy of the id was read: the store then held the in-flight copy's text, which was taken for `the stored
    text read again` and the in-flight copy was not counted as superseded by the next copy (the counts summed to
    one copy less than was read). Only the stored text read again by `plan` is left unsaid."""
    from dateline.records import Article
    from dateline.run.local import Flight, Reporter

    def raw(id_, text, n):
        return RawArticle(id=id_, text=text, origin=f"p.jsonl:{n}")

    a1, c1, d1, b1, a2, a3, a4 = (raw("a", "X", 1), raw("c", "c", 2), raw("d", "d", 3), raw("b", "b", 4),
                                  raw("a", "Y", 5), raw("a", "X", 6), raw("a", "Z", 7))
    store, summary = _Known({}), Summary()
    flight = Flight([a1, c1, d1, b1, a2, a3, a4], store, summary, Reporter(), lookup=3)
    copies = flight.articles()
    assert [next(copies) for _ in range(4)] == [a1, c1, d1, b1]        # the second batch planned with a1 in flight
    assert flight.returned(Article(id="a", title=None, published=None, published_from=None, dateline=None,
                                   truncated=False, text="X")) == "p.jsonl:1"
    store.known["a"] = text_hash("X")                                  # a1 stored
    assert list(copies) == [a3, a4]
    assert summary.replaced == [replaced_message("a", "p.jsonl:6", "p.jsonl:5"),
                                replaced_message("a", "p.jsonl:7", "p.jsonl:6")]
    assert summary.superseded == 2


def test_ctrl_c_landing_in_a_store_query_stops_the_run_as_ctrl_c_does(tmp_path):
    """user53 (a full-suite run of test_ctrl_c_keeps_what_was_committed_and_says_how_to_finish): Ctrl-C that lands
    while DuckDB runs a query comes out as RuntimeError('Query interrupted'), and the run ended with a traceback and
    exit status 1. It is an interruption like any other; another RuntimeError is still raised (the near miss)."""
    from dateline.run.local import Flight, Reporter, commit, stopped

    # DuckDB 2.0.1 (requirements.txt) raises RuntimeError('Query interrupted') when SIGINT reaches a running query
    # (seen by hand; not sent here: when DuckDB looks at the signal depends on the machine's load)
    assert stopped(RuntimeError("Query interrupted"))
    assert not stopped(RuntimeError("Query failed")) and stopped(KeyboardInterrupt())

    def results(exc):
        yield []
        raise exc

    with Store.open(tmp_path / "s.duckdb") as store:
        summary = Summary()
        flight = Flight([], store, summary, Reporter())
        done = commit(results(RuntimeError("Query interrupted")), flight, store, summary, Reporter(), 0.0)
        assert done.interrupted and "interrupted: run the same command again" in done.line()
        with pytest.raises(RuntimeError, match="disk"):
            commit(results(RuntimeError("disk gone")), Flight([], store, Summary(), Reporter()), store, Summary(),
                   Reporter(), 0.0)
