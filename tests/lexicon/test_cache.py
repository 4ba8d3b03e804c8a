"""The start-up cache: an artefact is built once for given inputs, read back after, rebuilt when they change."""
from __future__ import annotations

from dateline.lexicon import cache


def test_built_once_then_read_back_and_rebuilt_when_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path / "c"))
    data = tmp_path / "words.tsv"
    data.write_text("a\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"words": data.read_text(encoding="utf-8").split()}

    assert cache.cached("demo", build, [data, "pkg==1"]) == {"words": ["a"]}
    assert cache.cached("demo", build, [data, "pkg==1"]) == {"words": ["a"]}
    assert len(calls) == 1
    data.write_text("a\nb\n", encoding="utf-8")
    assert cache.cached("demo", build, [data, "pkg==1"]) == {"words": ["a", "b"]}
    assert cache.cached("demo", build, [data, "pkg==2"]) == {"words": ["a", "b"]}
    assert len(calls) == 3
    # the artefacts of other inputs stay while in use (another checkout may read them), and go once unused
    # for a day; reading one marks it used
    files = sorted((tmp_path / "c").glob("demo-*.pickle"))
    assert len(files) == 3
    import os
    import time

    for f in files:
        os.utime(f, (time.time() - 2 * cache.KEEP_UNUSED_SECONDS,) * 2)
    data.write_text("a\n", encoding="utf-8")
    assert cache.cached("demo", build, [data, "pkg==1"]) == {"words": ["a"]}   # read back: marked used
    assert len(calls) == 3
    assert cache.cached("demo", build, [data, "pkg==3"]) == {"words": ["a"]}   # a new one: the unused go
    assert len(calls) == 4
    assert len(list((tmp_path / "c").glob("demo-*.pickle"))) == 2


def test_off_damaged_or_shared_folder_means_build(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE", "off")
    assert cache.cached("demo", lambda: 1, []) == 1
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path / "c"))
    cache.cached("demo", lambda: 2, [])
    (f,) = (tmp_path / "c").glob("demo-*.pickle")
    f.write_bytes(b"not a pickle")
    assert cache.cached("demo", lambda: 3, []) == 3                      # damaged: built again
    (tmp_path / "c").chmod(0o777)                                         # others may write: never read
    assert cache.cached("demo", lambda: 4, []) == 4
