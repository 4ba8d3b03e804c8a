"""A time budget for the analysis of one article: past it the article becomes a Failure, never a hang.

The budget grows with the article (`seconds_for`). In the main thread a timer signal (SIGALRM) interrupts
the work wherever it is in Python code; elsewhere (threads of a Dask worker) `check()`, called between the
stages and once per sentence by the costlier passes, stops it at the next check.
"""
from __future__ import annotations

import contextlib
import signal
import threading
import time
from typing import Iterator, Optional

BASE_SECONDS = 30.0          # any article
SECONDS_PER_CHAR = 1 / 2000  # plus this per character: 270,000 characters -> 165 s (extraction takes ~10 s)

_deadline = threading.local()


class OverBudget(Exception):
    """The article's analysis ran past its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"over the time budget of {seconds:.0f} s for one article")
        self.seconds = seconds


def seconds_for(chars: int) -> float:
    """The time budget of an article of `chars` characters."""
    return BASE_SECONDS + chars * SECONDS_PER_CHAR


def check() -> None:
    """Raise OverBudget when the current article's budget is spent (cheap: a clock read)."""
    limit: Optional[tuple[float, float]] = getattr(_deadline, "value", None)
    if limit is not None and time.monotonic() > limit[0]:
        raise OverBudget(limit[1])


@contextlib.contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Run the body with a budget of `seconds`; OverBudget is raised in it when the budget is spent."""
    previous = getattr(_deadline, "value", None)
    _deadline.value = (time.monotonic() + seconds, seconds)
    use_signal = (threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
                  and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None))

    def on_alarm(signum, frame):
        raise OverBudget(seconds)

    if use_signal:
        old = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _deadline.value = previous
        if use_signal:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            finally:
                signal.signal(signal.SIGALRM, old)
