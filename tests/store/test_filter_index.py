"""The event filters' index (schema.INDEX_TABLES, events.actor_set / place_label): the actor and place filters read
it and must select exactly the events that joining the participant and place rows selects, on a fresh store, on
a store migrated from version 6, and after an article is replaced."""
from __future__ import annotations

import dataclasses
import itertools

from dateline.store import Store, schema
from dateline.store.filters import EventFilter as F, where
from tests.store.conftest import stories
from tests.store.test_store import drop_version_7
from tests.store.test_store_filters import article


def _keys(store: Store, f: F, **kw) -> list[tuple[str, int]]:
    sql, params = where(f, **kw)
    return [tuple(r) for r in store.con.execute(f"SELECT e.article_id, e.idx FROM events e{sql} ORDER BY ALL",
                                                params).fetchall()]


def _filters(store: Store) -> list[F]:
    """Every actor value that names something (parts of names and texts, codes, sectors), on both sides, alone and
    paired, every global actor, every place name part and country, and a few that name nothing."""
    values = set()
    for name, ptext, code, country, sector in store.con.execute(
            "SELECT DISTINCT name, ptext, code, country, sector FROM event_actors").fetchall():
        for text in (name, ptext):
            if text:
                values |= {text, text[:4], text[-3:].upper(), text[1:5].lower()}
        values |= {v for v in (code, country, sector, (code or "")[:2]) if v}
    values |= {"nobody", "%", "_"}
    values = sorted(values)
    out = [F(actor=v) for v in values] + [F(source=v) for v in values] + [F(target=v) for v in values]
    out += [F(source=a, target=b) for a, b in itertools.product(values[::7], values[1::7])]
    out += [F(actor_id=g) for (g,) in store.con.execute("SELECT id FROM global_actors").fetchall()] + [F(actor_id=-1)]
    for name, country in store.con.execute("SELECT DISTINCT name, country FROM places").fetchall():
        out += [F(place=v) for v in (name, (name or "")[1:4], country) if v]
        out += [F(place=v, place_exact=True) for v in (name, (name or "").upper(), (name or "")[1:4], country) if v]
        out += [F(place_country=country), F(place=name, place_exact=True, place_country=country)] if country else []
    out += [F(place="nowhere"), F(actor="rus", place="EE"), F(actor="police", type="COERCE", quad=4)]
    return out


def _same(store: Store) -> int:
    checked = 0
    for f in _filters(store):
        assert _keys(store, f) == _keys(store, f, participants="event_actors"), f
        checked += 1
    return checked


def test_the_index_selects_what_joining_the_rows_selects():
    with Store.open(":memory:") as s:
        s.write_articles([(a, "") for a in [*stories(), article()]])
        assert s.rows("SELECT count(*) AS n FROM events WHERE actor_set IS NULL AND (article_id, idx) IN "
                      "(SELECT article_id, event_idx FROM event_participants)")[0]["n"] == 0
        assert _same(s) > 100
        assert _keys(s, F(actor="rus")) and _keys(s, F(place="EE"))          # the filters do select something


def test_a_replaced_article_is_selected_by_its_new_participants():
    first = article()
    with Store.open(":memory:") as s:
        s.write_articles([(a, "") for a in [*stories(), first]])
        before = _keys(s, F(actor="BLR"))
        renamed = dataclasses.replace(first, actors=tuple(
            dataclasses.replace(a, name="Lithuania", country="LTU") if a.id == "A1" else a for a in first.actors))
        s.write_article(renamed)
        assert before and _keys(s, F(actor="BLR")) == [] and _keys(s, F(actor="LTU")) == before
        _same(s)


def test_a_version_6_store_gets_the_index_by_its_migration(tmp_path):
    path = tmp_path / "v6.duckdb"
    with Store.open(path) as s:
        s.write_articles([(a, "") for a in [*stories(), article()]])
        written = {f: _keys(s, f) for f in _filters(s)}
        drop_version_7(s)
        s.con.execute("UPDATE schema_version SET version = 6")
    with Store.open(path, read_only=True) as s:            # a reader gets it migrated first
        assert s.schema_version() == schema.SCHEMA_VERSION >= 7
        assert {f: _keys(s, f) for f in written} == written
        assert s.rows("""SELECT count(*) AS n FROM event_dyads d JOIN events e ON e.article_id = d.article_id AND
                         e.idx = d.event_idx WHERE d.actor_set IS DISTINCT FROM e.actor_set""")[0]["n"] == 0   # (v8)
        _same(s)
    with Store.open(path) as s:                            # and new rows join the migrated index
        s.write_article(dataclasses.replace(article(), id="filters-2"))
        assert len(_keys(s, F(actor="Belarus"))) == 2
        _same(s)
