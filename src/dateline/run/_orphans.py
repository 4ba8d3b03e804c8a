"""Child processes that die with their parent: no worker outlives a runner killed with kill -9."""
from __future__ import annotations

import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1          # linux/prctl.h


def die_with_parent() -> None:
    """Have the kernel send this process SIGKILL when its parent dies (Linux PR_SET_PDEATHSIG); elsewhere a
    daemon thread that exits when the parent's pid changes. Called first thing in a child process."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0:
                if os.getppid() != parent:          # the parent died before the call: too late for the signal
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="dateline-parent-watch").start()
