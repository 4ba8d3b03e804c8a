"""Kept aggregates (store_summaries): the web's store-wide and per-actor figures read from the table are the
figures computed from the events, and a summary of an older state of the store is never read."""
from __future__ import annotations

import dataclasses
import json

from dateline.store import Store
from dateline.store import views
from tests.web.conftest import STORIES


def _figures(db: views.Reader) -> dict:
    gids = [r["id"] for r in db.rows("SELECT id FROM global_actors ORDER BY id")]
    out = {"counts": views.counts(db), "timeline": views.timeline(db), "top_actors": views.top_actors(db),
           "top_dyads": views.top_dyads(db), "places": views.event_places(db), "types": views.event_types(db)}
    for g in gids + [999999]:
        out[f"actor {g}"] = (views.actor(db, g), views.actor_dyads(db, g), views.timeline(db, global_id=g))
    return json.loads(json.dumps(out, default=str))


def test_kept_summaries_give_the_same_figures_and_a_stale_one_is_not_read(tmp_path):
    from dateline import stories

    with Store.open(tmp_path / "s.duckdb") as store:
        articles = [make() for make in STORIES]
        store.write_articles([(a, "t") for a in articles])
        stories.link(store, articles)
        assert store.write_summaries() > 6
        live = _figures(views.Reader(store.con, summaries=False))
        kept = views.Reader(store.con)
        assert kept._kept("counts") is not None and kept._kept(f"actor_dyads:{live['top_actors'][0]['id']}:30")
        assert _figures(kept) == live
        assert live["top_dyads"] and live["actor 999999"] == [None, [], json.loads(json.dumps(
            views.timeline(views.Reader(store.con, summaries=False), global_id=999999)))]
        # another article: the summaries belong to the store as it was, so the figures are computed again
        extra = dataclasses.replace(articles[2], id="talks/4")
        store.write_articles([(extra, "t")])
        fresh = views.Reader(store.con)
        assert fresh._kept("counts") is None
        assert views.counts(fresh)["articles"] == live["counts"]["articles"] + 1
        assert _figures(fresh) == _figures(views.Reader(store.con, summaries=False))
