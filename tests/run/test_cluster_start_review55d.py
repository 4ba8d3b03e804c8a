"""review55d: a Ctrl-C while the driver's own LocalCluster starts closes what started of it and takes it off Dask's
closing at exit, which failed with a traceback after the run's last line (`AssertionError: Status.init`)."""
from __future__ import annotations

import pytest

pytest.importorskip("distributed")

from distributed.deploy.spec import SpecCluster  # noqa: E402

from dateline.run import distributed as drv  # noqa: E402


class _HalfStarted:
    """Stands for a cluster whose workers were still starting: closing it fails as Dask's does."""

    def __init__(self):
        self.shutdown_on_close = True
        self.closed = 0
        SpecCluster._instances.add(self)

    def close(self, timeout=None):
        self.closed += 1
        raise AssertionError("Status.init")


def test_a_stop_while_the_cluster_starts_abandons_it(monkeypatch):
    made = []

    def starting(*args, **kwargs):
        made.append(_HalfStarted())
        raise KeyboardInterrupt

    monkeypatch.setattr("dask.distributed.LocalCluster", starting)
    with pytest.raises(KeyboardInterrupt):
        drv.connect("local", workers=1)
    (half,) = made
    assert half.closed == 1 and half.shutdown_on_close is False
    SpecCluster._instances.discard(half)


def test_a_cluster_from_before_is_left_alone(monkeypatch):
    # near-miss: a cluster started before this call (another run's) is not this start's to close
    other = _HalfStarted()

    def starting(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("dask.distributed.LocalCluster", starting)
    with pytest.raises(KeyboardInterrupt):
        drv.connect("local", workers=1)
    assert other.closed == 0 and other.shutdown_on_close is True
    SpecCluster._instances.discard(other)
