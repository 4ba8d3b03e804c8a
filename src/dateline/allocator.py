"""The C allocator's settings for a process of dateline's own that parses many articles (`dateline extract`,
`dateline ingest` and its local workers).

spaCy's parse makes and frees large numpy arrays for every batch. With glibc's default settings each such array
is a fresh mmap (or heap memory given back to the system and taken again), so the kernel maps and zeroes its pages
each time: on 400 PolNeAR articles `dateline extract` spent 13.5 s of its 77 s of CPU in the kernel. Kept in the
process's heap instead (no mmap for them, freed memory kept up to TRIM_BYTES), the same run spent 4.1 s there and
its wall time fell by 18% (81.4 s -> 67.0 s); the peak memory was the same (1.09 GB) and the output byte-identical
(docs/accuracy.md, the forty-first session's speed paragraph).

Only for processes that are dateline's own: a library user's process keeps the allocator it has, and the speed
bench (bench/bench_extract.py, which times dateline against spaCy in one process) measures both sides with the
defaults. `DATELINE_ALLOCATOR=default` in the environment leaves the allocator alone; elsewhere than glibc on
Linux nothing is done.
"""
from __future__ import annotations

import os
import sys

M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_MAX = -1, -2, -4     # glibc's mallopt() parameters (malloc.h)
TRIM_BYTES = 2 ** 30          # freed memory the heap keeps before it gives any back to the system
PAD_BYTES = 64 * 2 ** 20      # what the heap grows by beyond a request, so growing is rare

_done = False


def tune_for_parsing() -> bool:
    """Keep large blocks in the heap (glibc: no mmap, trim past TRIM_BYTES, grow by PAD_BYTES), once a process.
    True when the settings were made (now or before)."""
    global _done
    if _done:
        return True
    if os.environ.get("DATELINE_ALLOCATOR", "").strip().lower() == "default" or not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.gnu_get_libc_version           # glibc only (musl has mallopt as a stub that does nothing)
        made = all(libc.mallopt(param, value) == 1
                   for param, value in ((M_MMAP_MAX, 0), (M_TRIM_THRESHOLD, TRIM_BYTES), (M_TOP_PAD, PAD_BYTES)))
    except (OSError, AttributeError):
        return False
    _done = made
    return made
