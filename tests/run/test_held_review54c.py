"""review54c: a second Ctrl-C's message cannot break the wind-down it is said in."""
from __future__ import annotations

import os
import signal

import pytest

from dateline.run.local import held_signals


@pytest.fixture
def default_ctrl_c():
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def test_a_say_that_fails_inside_the_handler_does_not_stop_the_step(default_ctrl_c):
    """The handler may run while the main thread writes to the same stream (Python then raises `reentrant call`):
    the step goes on to its end, the signal dropped."""
    def say() -> None:
        raise RuntimeError("reentrant call inside <_io.BufferedWriter name='<stderr>'>")

    done = []
    with held_signals(drop=True, say=say):
        os.kill(os.getpid(), signal.SIGINT)
        done.append("step")
    assert done == ["step"]


def test_an_error_of_the_step_itself_still_raises(default_ctrl_c):
    """Near-miss: only the say is guarded; the step's own error is not swallowed."""
    with pytest.raises(ValueError):
        with held_signals(drop=True, say=lambda: None):
            raise ValueError("the step failed")
