"""`dateline ingest --scheduler` whose driver, after N parts loaded, waits for a signal before loading more (for
test_distributed.py): the signal then always lands mid-run, however fast the cluster analyses.

Usage: python stalling_parts.py N ingest ARGS...
"""
import sys
import time

import dateline.store.parts as parts
from dateline.cli import main

WAIT_S = 120            # no signal by then: fail rather than hang

_load = parts.load_part
_calls = 0


def _stalling_load(*args, **kw):
    global _calls
    _calls += 1
    if _calls > int(sys.argv[1]):
        print("dateline: stalling", file=sys.stderr, flush=True)
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            time.sleep(0.05)                  # the signal raises KeyboardInterrupt here, before this part is loaded
        sys.exit("stalling_parts.py: no signal came")
    return _load(*args, **kw)


if __name__ == "__main__":
    parts.load_part = _stalling_load          # ingest_dask imports it when it runs
    main(sys.argv[2:], prog_name="dateline")
