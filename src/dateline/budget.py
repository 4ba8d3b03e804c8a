"""A time budget for the analysis of one article: past it the article becomes a Failure, never a hang.

The budget is CPU time (a busy machine slows an article without spending its budget) and grows with the
article (`seconds_for`). In the main thread a CPU timer (setitimer ITIMER_PROF, signal SIGPROF) interrupts
the work wherever it is in Python code; elsewhere (threads of a Dask worker) `check()`, called between the
stages and once per sentence by the costlier passes, stops it at the next check (the thread's CPU time).
"""
from __future__ import annotations

import contextlib
import signal
import threading
import time
from typing import Iterator, Optional

BASE_SECONDS = 30.0          # any article (the first one also builds the lexicons: a few seconds)
SECONDS_PER_CHAR = 1 / 2000  # plus this per character: 270,000 characters -> 165 s (extraction takes ~10 s)

_deadline = threading.local()


class OverBudget(Exception):
    """The article's analysis ran past its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"over the time budget of {seconds:.0f} s (CPU) for one article")
        self.seconds = seconds


def seconds_for(chars: int) -> float:
    """The time budget of an article of `chars` characters."""
    return BASE_SECONDS + chars * SECONDS_PER_CHAR


def check() -> None:
    """Raise OverBudget when the current article's budget is spent (cheap: a clock read)."""
    limit: Optional[tuple[float, float, bool]] = getattr(_deadline, "value", None)
    if limit is not None and not limit[2] and time.thread_time() > limit[0]:
        raise OverBudget(limit[1])        # (under the CPU timer the signal stops the work: no clock read)


@contextlib.contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Run the body with a budget of `seconds` of CPU time; OverBudget is raised in it when it is spent."""
    previous = getattr(_deadline, "value", None)
    use_signal = (threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
                  and signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, signal.SIG_IGN, None))
    _deadline.value = (time.thread_time() + seconds, seconds, use_signal)

    def on_timer(signum, frame):
        raise OverBudget(seconds)

    if use_signal:
        old = signal.signal(signal.SIGPROF, on_timer)
        signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        _deadline.value = previous
        if use_signal:
            try:
                signal.setitimer(signal.ITIMER_PROF, 0)
            finally:
                signal.signal(signal.SIGPROF, old)
