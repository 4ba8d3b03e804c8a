"""Progress reporting: plain log lines when stderr is not a terminal, a bar when it is."""
from __future__ import annotations

import io

from dateline.run.local import Summary
from dateline.run.progress import BarReporter, LogReporter, reporter_for


def test_log_lines_say_done_rate_and_time_left():
    out = io.StringIO()
    rep = LogReporter(out)
    rep.start(8, 2)
    rep.advance(4, 8, "story-03")
    rep.failure("a.jsonl:3: not JSON")
    lines = out.getvalue().splitlines()
    assert lines[0] == "dateline: 8 article(s) in the inputs, 2 unchanged"
    assert lines[1].startswith("dateline: committed 4/8 (") and "/s, " in lines[1] and "left) last story-03" in lines[1]
    assert lines[2] == "dateline: failed a.jsonl:3: not JSON"


def test_standard_input_has_no_total_and_no_time_left():
    out = io.StringIO()
    rep = LogReporter(out)
    rep.start(None, 0)
    rep.advance(3, None, "stdin:3")
    # no total also for a folder holding an archive or a feed: the line once said "reading standard input" there
    assert "archive or a feed" in out.getvalue().splitlines()[0]
    assert out.getvalue().splitlines()[1].startswith("dateline: committed 3 (") and "left" not in out.getvalue()


def test_a_pipe_gets_log_lines_and_a_terminal_a_bar():
    assert isinstance(reporter_for(io.StringIO()), LogReporter)

    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert isinstance(reporter_for(Tty()), BarReporter)


def test_summary_line_groups_failure_reasons():
    s = Summary(total=5, stored=2, unchanged=1, failed=["a:1: not JSON", "a:2: not JSON", "b: empty text"], seconds=1.25)
    assert s.line() == ("dateline: 2 stored, 1 skipped as unchanged, 3 failed in 1.2s "
                        "(2 x not JSON; 1 x empty text)")
