"""`dateline ingest` that, after N commits, waits for Ctrl-C before writing more (for test_ingest.py): the
interruption then always lands in the middle of the run, however fast the machine analyses.

Usage: python stalling.py N ingest ARGS...
"""
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


if __name__ == "__main__":
    Store.write_articles = _stalling_write
    main(sys.argv[2:], prog_name="dateline")
