"""Ingest progress: a bar on a terminal (rich), plain log lines otherwise.

`start(total, unchanged)`: total is the number of articles the inputs hold (counted before reading; None for
standard input); `advance(done, total, last_id)`: done counts every article handled (stored, failed or
skipped as unchanged), so the rate and the time left are over the whole input."""
from __future__ import annotations

import sys
import time
from typing import Optional

from .local import Reporter


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"


class LogReporter(Reporter):
    """One line per committed chunk on stderr (articles done, rate, time left): for logs and pipes."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.began = time.monotonic()

    def _say(self, text: str) -> None:
        self.stream.write(f"dateline: {text}\n")
        self.stream.flush()

    def start(self, total: Optional[int], unchanged: int) -> None:
        self.began = time.monotonic()
        if total is None:
            self._say("articles are counted as they are read (standard input, an archive or a feed is among the "
                      "inputs), so there is no total to count down")
        else:
            self._say(f"{total} article(s) in the inputs" + (f", {unchanged} unchanged" if unchanged else
                                                                 "; unchanged ones are skipped as they are read"))

    def advance(self, done: int, total: Optional[int], last_id: str) -> None:
        spent = time.monotonic() - self.began
        rate = done / spent if spent > 0 else 0.0
        if total is None:
            self._say(f"committed {done} ({rate:.1f}/s) last {last_id}")
            return
        left = max(0, total - done) / rate if rate else 0.0
        self._say(f"committed {done}/{total} ({rate:.1f}/s, {_clock(left)} left) last {last_id}")

    def failure(self, message: str) -> None:
        self._say(f"failed {message}")

    def note(self, message: str) -> None:
        self._say(message)


class BarReporter(Reporter):
    """A rich progress bar: articles done, rate, time left; failures printed above it."""

    def __init__(self):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeRemainingColumn)

        self.console = Console(stderr=True)
        self.progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=self.console)
        self.task = None
        self.began = time.monotonic()

    def start(self, total: Optional[int], unchanged: int) -> None:
        self.began = time.monotonic()
        if unchanged:
            self.console.print(f"dateline: {unchanged} unchanged article(s) skipped")
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=total, rate="")

    def advance(self, done: int, total: Optional[int], last_id: str) -> None:
        spent = time.monotonic() - self.began
        rate = f"{done / spent:.1f}/s" if spent > 0 else ""
        self.progress.update(self.task, completed=done, total=total, rate=rate)

    def failure(self, message: str) -> None:
        self.console.print(f"dateline: failed {message}", markup=False, highlight=False)

    def note(self, message: str) -> None:
        self.console.print(f"dateline: {message}", markup=False, highlight=False)

    def finish(self) -> None:
        self.progress.stop()


def reporter_for(stream=None) -> Reporter:
    """A bar when `stream` (stderr) is a terminal, log lines otherwise."""
    stream = stream or sys.stderr
    return BarReporter() if stream.isatty() else LogReporter(stream)
