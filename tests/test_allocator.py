"""dateline/allocator.py: the allocator settings of dateline's own processes (each check in a fresh process)."""
import ctypes
import os
import pathlib
import subprocess
import sys

import pytest

SRC = str(pathlib.Path(__file__).resolve().parents[1] / "src")

# Allocate, fill and free a 40 MB block 20 times (over glibc's largest mmap threshold, 32 MB), counting the page
# faults: with glibc's defaults each block is a fresh mapping whose pages fault in again; kept in the heap, the
# pages of the first block are reused.
PROBE = """
import resource, sys
sys.path.insert(0, {src!r})
from dateline.allocator import tune_for_parsing
made = tune_for_parsing() if sys.argv[1] == "tune" else False
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    block = bytearray(b"\\x01") * (40 * 2 ** 20)
    del block
print(made, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _glibc() -> bool:
    try:
        ctypes.CDLL(None).gnu_get_libc_version
        return sys.platform.startswith("linux")
    except (OSError, AttributeError):
        return False


def _probe(mode: str, **env) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(src=SRC), mode], capture_output=True, text=True,
                         env={**os.environ, **env}, check=True, timeout=120).stdout.split()
    return out[0], int(out[1])


@pytest.mark.skipif(not _glibc(), reason="the settings are glibc's")
def test_tuned_process_reuses_its_heap_for_large_blocks():
    made, tuned = _probe("tune")
    _, plain = _probe("plain")
    assert made == "True"
    assert tuned * 4 < plain, (tuned, plain)


def test_opt_out_leaves_the_allocator_alone():
    made, faults = _probe("tune", DATELINE_ALLOCATOR="default")
    assert made == "False"
    if _glibc():
        _, plain = _probe("plain")
        assert faults * 4 > plain, (faults, plain)     # as many page faults as with no settings at all
