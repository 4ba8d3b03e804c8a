"""Shards: reading every shard of the inputs gives exactly what reading the inputs gives, at any shard size."""
from __future__ import annotations

import json

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
