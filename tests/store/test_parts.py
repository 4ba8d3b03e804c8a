"""Parquet parts of cluster runs: loaded in the order their articles were read (stories are linked in that order)."""
from __future__ import annotations

from dateline.records import Article
from dateline.store import Store
from dateline.store.parts import load_part, write_part


def _article(aid: str) -> Article:
    return Article(id=aid, title=None, published=None, published_from=None, dateline=None, truncated=False,
                   text=f"Story {aid}: the council met on Monday.")


def test_a_part_is_loaded_in_the_order_it_was_written_and_reports_what_it_wrote(tmp_path):
    ids = ["m", "c", "x", "a", "q", "b", "z", "d"]           # not in id order, nor in any hash order
    assert write_part(tmp_path, "p1", [(_article(i), f"{i}.txt") for i in ids], [])
    with Store.open(tmp_path / "s.duckdb") as store:
        written: list[Article] = []
        stored, unchanged, failures = load_part(store, tmp_path / "p1", written=written)
        assert (stored, unchanged, failures) == (len(ids), 0, [])
        assert [a.id for a in written] == ids
        again: list[Article] = []
        assert load_part(store, tmp_path / "p1", written=again) == (0, len(ids), [])
        assert again == []                                      # loaded before: nothing written, nothing to link
