"""Shards: reading every shard of the inputs gives exactly what reading the inputs gives, at any shard size."""
from __future__ import annotations

import json
import pathlib

import pytest

from dateline.read import read
from dateline.read.shards import read_shard, shards


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    for i in range(5):
        (folder / "sub" / f"t{i}.txt").write_text(f"STORY {i} - The council met on Monday.\n", encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": f"Line story {i} " + "word " * (i * 7)}) for i in range(9)]
    lines[4] = "not json"
    lines.insert(6, "")                                     # a blank line keeps the numbering
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "noid.jsonl").write_text('{"text": "No id here."}\n{"text": "Nor here."}', encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    (folder / "page.html").write_text("<html><head><title>Bridge opens</title></head><body><article><p>"
                                      "HALVERN - The council opened the new bridge on Monday, officials said.</p>"
                                      "</article></body></html>", encoding="utf-8")
    dated = tmp_path / "2019-05-04"
    dated.mkdir()
    (dated / "wire.jsonl").write_text('{"id": "d1", "text": "A dated story."}\n{"id": "d2", "text": "Another."}\n',
                                      encoding="utf-8")
    return [str(folder), str(tmp_path / "noid.jsonl"), str(tmp_path / "empty.jsonl"), str(tmp_path / "missing"),
            str(dated / "wire.jsonl"), "https://example.com/news"]


@pytest.mark.parametrize("size", [1, 40, 100, 10_000_000])
def test_the_shards_read_what_the_inputs_read(inputs, size):
    whole = list(read(inputs))
    planned = list(shards(inputs, size=size))
    assert [x for s in planned for x in read_shard(s)] == whole
    assert len({s.key for s in planned}) == len(planned)
    if size == 1:
        assert len([s for s in planned if s.kind == "jsonl"]) >= 10     # a line each


def test_standard_input_cannot_be_sharded():
    with pytest.raises(ValueError, match="standard input"):
        list(shards(["-"]))


def test_shards_shrink_towards_the_end_of_the_input_and_plan_the_same_again(tmp_path, monkeypatch):
    """With the default 4 MB a corpus of 3 MB is not one task for one worker: a shard is at most 1/GUIDE of what
    is left, down to MIN_SHARD_BYTES, so the first tasks are large and the last ones short."""
    from dateline.read import shards as module

    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(300):
        (folder / f"s{i:03d}.txt").write_text(f"STORY {i} - " + "The council met again on Monday. " * 300,
                                              encoding="utf-8")                                   # ~10 KB each
    monkeypatch.setattr(module, "MIN_SHARD_BYTES", 50_000)

    def sizes_of(planned):
        return [sum(module._size(pathlib.Path(p)) for p in s.paths) for s in planned]

    planned = list(shards([str(folder)], size=4_000_000))
    sizes = sizes_of(planned)
    total = sum(sizes)
    assert total > 2_900_000 and len(planned) >= 16
    assert max(sizes) <= total // module.GUIDE + 10_500                        # (+ one file)
    assert sizes[-2] < sizes[0] / 2 and min(sizes[:-1]) >= module.MIN_SHARD_BYTES
    assert list(shards([str(folder)], size=4_000_000)) == planned              # a rerun finds the same parts
    assert all(len(s.paths) == 1 for s in shards([str(folder)], size=5_000))   # a size under the floor is kept
    monkeypatch.setattr(module, "MIN_SHARD_BYTES", 200_000)
    assert min(sizes_of(list(shards([str(folder)], size=4_000_000)))[:-1]) >= 200_000
    monkeypatch.setattr(module, "GUIDE", 1)
    assert len(list(shards([str(folder)], size=4_000_000))) == 1


def test_json_lines_in_utf16_or_binary_are_read_by_a_cluster_task_as_by_read(tmp_path):
    """user52: shards cut a JSONL file at b"\\n" bytes: UTF-16 lines were cut inside their characters (an error a
    line on a cluster, the articles read locally) and a binary file gave an error a "line". Such a file is one shard,
    read whole, as `read()` reads it; a UTF-8 file is still cut into ranges."""
    from dateline.read import read
    from dateline.read.shards import read_shard, shards

    lines = "".join('{"id": "r%d", "text": "Rain fell on Kelvaro for the %dth day."}\n' % (i, i) for i in range(40))
    (tmp_path / "wide.jsonl").write_bytes(lines.encode("utf-16"))
    (tmp_path / "noise.jsonl").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "plain.jsonl").write_text(lines, encoding="utf-8")
    for name in ("wide.jsonl", "noise.jsonl", "plain.jsonl"):
        path = str(tmp_path / name)
        planned = list(shards([path], size=200))
        assert len(planned) == (1 if name != "plain.jsonl" else len(planned)) and (name != "plain.jsonl" or len(planned) > 1)
        assert [str(x) for s in planned for x in read_shard(s)] == [str(x) for x in read([path])], name


def test_json_lines_in_utf16_without_a_bom_are_one_shard_read_as_by_read(tmp_path):
    """review52b: UTF-16 lines written without a BOM start with `{` and a NUL byte: the shards cut them at b"\\n"
    bytes, inside their characters (an error a line on a cluster). Such a file is one shard, read as `read()` reads
    it; a UTF-8 file whose one line is binary is still cut into ranges, that line said on its own."""
    from dateline.read import read
    from dateline.read.shards import read_shard, shards

    lines = "".join('{"id": "r%d", "text": "Hail fell on Brodwen for the %dth day."}\n' % (i, i) for i in range(40))
    (tmp_path / "le.jsonl").write_bytes(lines.encode("utf-16-le"))
    (tmp_path / "be.jsonl").write_bytes(lines.encode("utf-32-be"))
    (tmp_path / "one_bad.jsonl").write_bytes(lines.encode() + b"\x00\x01 noise\n" + lines.encode())
    for name in ("le.jsonl", "be.jsonl", "one_bad.jsonl"):
        path = str(tmp_path / name)
        planned = list(shards([path], size=200))
        assert (len(planned) == 1) == (name != "one_bad.jsonl"), name
        got = [str(x) for s in planned for x in read_shard(s)]
        assert got == [str(x) for x in read([path])] and len(got) == (40 if name != "one_bad.jsonl" else 81), name
