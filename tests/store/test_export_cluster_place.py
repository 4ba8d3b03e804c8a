"""A cluster's GDELT row and PLOVER object take their place from another of its reports when the earliest report
names none (user45: a headline `Gunmen kill 27` and the lead's `stormed a village in X` are one event). Invented
stories of tests/stories/wire.py."""
from __future__ import annotations

import csv
import dataclasses
import json

from dateline import stories
from dateline.store import Store
from dateline.store.export import export, export_filter
from tests.stories.wire import other, wire


def _unplaced(article):
    """The article with its first event's place taken away (its place list kept)."""
    first, *rest = article.events
    return dataclasses.replace(article, events=(dataclasses.replace(first, place=None), *rest))


def test_a_cluster_row_is_placed_by_another_report(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as s:
        early = _unplaced(wire(published="2031-09-13"))
        s.write_articles([(early, ""), (other(), "")])
        stories.link(s, [early, other()])
        (path,) = export(s, "gdelt", tmp_path / "g", export_filter("gdelt"))
        with open(path, newline="", encoding="utf-8") as handle:
            joined = [r for r in csv.DictReader(handle, delimiter="\t") if r["NumArticles"] == "2"]
        assert joined
        assert all(r["ActionGeo_FullName"] == "Marrowby" for r in joined), joined
        (path,) = export(s, "plover", tmp_path / "p", export_filter("plover"))
        objs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        (two,) = [o for o in objs if o["num_articles"] == 2]
        assert two["location"]["placename"] == "Marrowby" and two["citations"][0]["article_id"] == "wire-1"
