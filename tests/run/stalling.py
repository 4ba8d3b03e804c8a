"""`dateline ingest` that, after N commits, waits for Ctrl-C before writing more (for test_ingest.py): the
interruption then always lands in the middle of the run, however fast the machine analyses.

Usage: python stalling.py N ingest ARGS...

With STALL_FINISH=1 in the environment the count at the end (`Store.run_copies_end`) says `stalling.py: counting`
and takes STALL_FINISH_S seconds, so that a second Ctrl-C lands while a stopped run winds down (user54).
"""
import os
import sys
import time

from dateline.cli import main
from dateline.store import Store

WAIT_S = 120            # no Ctrl-C by then: fail rather than hang

_write = Store.write_articles
_calls = 0


def _stalling_write(self, items, **kw):
    global _calls
    _calls += 1
    if _calls > int(sys.argv[1]):
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            time.sleep(0.05)                  # SIGINT raises KeyboardInterrupt here, before this chunk is written
        sys.exit("stalling.py: no Ctrl-C came")
    return _write(self, items, **kw)


_end = Store.run_copies_end


def _slow_end(self, since):
    sys.stderr.write("stalling.py: counting\n")
    sys.stderr.flush()
    time.sleep(float(os.environ.get("STALL_FINISH_S", "3")))      # a Ctrl-C meanwhile is held (PEP 475: slept on)
    return _end(self, since)


if __name__ == "__main__":
    Store.write_articles = _stalling_write
    if os.environ.get("STALL_FINISH"):
        Store.run_copies_end = _slow_end
    main(sys.argv[2:], prog_name="dateline")
