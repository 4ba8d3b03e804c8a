"""The worker pool survives a worker that dies: only the article that killed it fails."""
from __future__ import annotations

import pytest

from crashy import work

from dateline.records import Failure, RawArticle
from dateline.run.local import _Pooled


@pytest.mark.slow
def test_a_dead_worker_costs_only_its_article():
    raws = [RawArticle(id=f"a{i}", text="x", origin=f"f{i}") for i in range(9)]
    raws.insert(5, RawArticle(id="boom", text="x", origin="bad.txt"))
    chunks = [raws[i:i + 3] for i in range(0, len(raws), 3)]
    pool = _Pooled(chunks, 2, work=work)
    try:
        got = [item for batch in pool for item in batch]
    finally:
        pool.close()
    names = sorted(x for x in got if isinstance(x, str))
    failures = [x for x in got if isinstance(x, Failure)]
    assert names == sorted(f"a{i}" for i in range(9))
    assert [(f.id, f.origin) for f in failures] == [("boom", "bad.txt")] and "died" in failures[0].message
