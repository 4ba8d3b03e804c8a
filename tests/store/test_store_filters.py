"""The one event filter (store/filters.py): its text-matching rules, the same through `dateline events`
(store.query), `dyads` and the web's views (store.views), on a small fresh store of invented stories."""
from __future__ import annotations

import pytest

from dateline.records import Actor, Article, Place, Quote, Speaker
from dateline.store import Store, StoreError, query, views
from dateline.store.filters import EventFilter as F, where
from tests.helpers import at, event, mention, part

TEXT = ("Belarus accused the Russian Federation of closing the border near Brest.\n"
        "Group_7 rebels and the 100% Front attacked a depot in Narva.\n"
        "Polish police arrested protesters in Gdansk.\n")


def article() -> Article:
    return Article(
        id="filters", title="Border rows", published="2024-02-10", published_from="input", dateline=None,
        truncated=False,
        quotes=(Quote(*at(TEXT, "Belarus accused"), "Belarus accused", None, Speaker(*at(TEXT, "Belarus"), "Belarus", "A1")),),
        actors=(Actor("A1", "Belarus", "BLR", "GOV", mentions=(mention(TEXT, "Belarus"),)),
                Actor("A2", "Russia", "RUS", "GOV", mentions=(mention(TEXT, "the Russian Federation"),)),
                Actor("A3", "Group_7", None, "REB", mentions=(mention(TEXT, "Group_7 rebels"),)),
                Actor("A4", "100% Front", None, "REB", mentions=(mention(TEXT, "the 100% Front"),)),
                Actor("A5", "Group_7 and 100% Front", None, None, members=("A3", "A4")),
                Actor("A6", "Polish police", "POL", "COP", mentions=(mention(TEXT, "Polish police"),))),
        events=(event(TEXT, "accused", "ACCUSE", 3, source=[part(TEXT, "Belarus", "A1")],
                      target=[part(TEXT, "the Russian Federation", "A2")], date="2024-02-09", place="P1"),
                event(TEXT, "attacked", "ASSAULT", 4, source=[part(TEXT, "Group_7 rebels and the 100% Front", "A5")],
                      date="2024-01", place="P2"),
                event(TEXT, "arrested", "COERCE", 4, source=[part(TEXT, "Polish police", "A6")],
                      target=[part(TEXT, "protesters")], date="2023-12-30", place="P3")),
        places=(Place("P1", "Brest", "BY", None, 52.1, 23.7, "city"),
                Place("P2", "Narva", "EE", None, 59.4, 28.2, "city"),
                Place("P3", "Gdańsk", "PL", None, 54.4, 18.6, "city")),
        text=TEXT)


@pytest.fixture(scope="module")
def fresh():
    s = Store.open(":memory:")
    s.write_article(article())
    yield s, views.Reader(s.con)
    s.close()


def selected(fresh, f: F) -> list[str]:
    """The triggers of the events `f` selects, checked to be the same through the CLI's and the web's queries."""
    store, reader = fresh
    cli = sorted(r["trigger"] for r in query.events(store, f, limit=None))
    web = sorted(r["trigger_text"] for r in views.events(reader, f, limit=500)["rows"])
    trigger = views.EVENTS_TABLE_COLUMNS.index("trigger_text")
    table = sorted(r[trigger] for r in views.events_table_cells(reader, f, verbatim=True))
    assert cli == web == table, (cli, web, table)
    joined = sorted(r["trigger_text"] for r in store.rows(     # the index gives what joining the rows gives
        "SELECT e.trigger_text FROM events e" + where(f, participants="event_actors")[0],
        where(f, participants="event_actors")[1]))
    assert cli == joined, (cli, joined)
    return cli


@pytest.mark.parametrize("value, triggers", [
    ("BLR", ["accused"]), ("blr", ["accused"]), ("  BLR ", ["accused"]),   # any case, trimmed
    ("BLRGOV", ["accused"]), ("BL", ["accused"]),                         # an actor code from its start ...
    ("LRGOV", []),                                                         # ... never from its middle
    ("GOV", ["accused"]), ("gov", ["accused"]),                           # a sector code whole
    ("REB", ["attacked"]),                                                 # a compound actor through its members
    ("rus", ["accused"]),                                                  # part of a name: Belarus and Russia
    ("arus", ["accused"]), ("olish pol", ["arrested"]),                    # a substring, not a word
    ("Federation", ["accused"]),                                           # the participant's text as written
    ("protesters", ["arrested"]),                                          # a participant with no actor
    ("Group_7", ["attacked"]), ("Group%7", []), ("Group_", ["attacked"]),  # % and _ are plain characters
    ("100%", ["attacked"]), ("1_0", []), ("%", ["attacked"]), ("_", ["attacked"]),
    ("police arrested", []), ("Polish  police", []),                      # the words as one run, within one field
])
def test_actor_matching(fresh, value, triggers):
    assert selected(fresh, F(actor=value)) == triggers


def test_source_and_target_match_one_side(fresh):
    assert selected(fresh, F(source="rus")) == ["accused"]                 # Belarus
    assert selected(fresh, F(target="RUS")) == ["accused"]
    assert selected(fresh, F(target="blr")) == []
    assert selected(fresh, F(source="protesters")) == []


def test_place_is_part_of_a_name_or_the_alpha2_country_code(fresh):
    assert selected(fresh, F(place="arv")) == ["attacked"]
    assert selected(fresh, F(place="ee")) == ["attacked"]                  # country code EE whole, any case
    assert selected(fresh, F(place="gdańsk")) == ["arrested"] == selected(fresh, F(place="GDAŃ"))
    assert selected(fresh, F(place="PLN")) == []


def test_type_whole_any_case_quad_and_empty_values(fresh):
    assert selected(fresh, F(type=" assault ")) == ["attacked"]
    assert selected(fresh, F(type="ASSAUL")) == []
    assert selected(fresh, F(quad=4)) == ["arrested", "attacked"]
    assert selected(fresh, F(actor="", place="  ", type=None)) == ["accused", "arrested", "attacked"]
    with pytest.raises(StoreError, match="quad"):
        selected(fresh, F(quad=5))


def test_dates_take_a_day_a_month_or_a_year(fresh):
    assert selected(fresh, F(since="2024")) == ["accused", "attacked"]
    assert selected(fresh, F(until="2023")) == ["arrested"]
    assert selected(fresh, F(since="2024-02", until="2024-02")) == ["accused", "attacked"]
    assert selected(fresh, F(since="2024-02-10")) == ["attacked"]          # dated 2024-01: its day is the published day
    assert selected(fresh, F(since="2024-02-09", until="2024-02-09")) == ["accused"]
    with pytest.raises(StoreError, match="not a date"):
        selected(fresh, F(until="yesterday"))


def test_actor_id_is_a_global_actor(fresh):
    store, _ = fresh
    (gid,) = store.con.execute("SELECT global_id FROM actors WHERE name = 'Group_7'").fetchone()
    assert selected(fresh, F(actor_id=gid)) == ["attacked"]


def test_dyads_use_the_same_filter(fresh):
    store, _ = fresh
    assert [(r["source"], r["target"]) for r in query.dyads(store, F(actor="arus"))] == [("BLRGOV", "RUSGOV")]
    assert query.dyads(store, F(actor="Group%")) == []


def test_quote_and_site_search_use_the_same_text_matching(fresh):
    store, reader = fresh
    assert [q["speaker"] for q in query.quotes(store, speaker=" belarus ")] == ["Belarus"]
    assert query.quotes(store, contains="B%") == []
    found = views.search(reader, "group_")
    assert [a["name"] for a in found["actors"]] == ["Group_7", "Group_7 and 100% Front"]
    assert [a["id"] for a in found["articles"]] == ["filters"]
    assert views.search(reader, "group%")["actors"] == [] and views.search(reader, "Group%7")["articles"] == []
    assert [a["name"] for a in views.search(reader, "blrgov")["actors"]] == ["Belarus"]   # a code whole
    assert views.search(reader, "BLRGO")["actors"] == []


@pytest.fixture
def stories(store):
    """The stories store (tests/store/conftest.py) read through the CLI's queries and the web's views."""
    return store, views.Reader(store.con)


def test_min_confidence_keeps_events_without_a_confidence(stories):
    assert selected(stories, F(min_confidence=0.8)) == ["marched", "shelled", "signed"]
    assert selected(stories, F(min_confidence=0.7)) == ["marched", "shelled", "signed", "threaten"]   # at least
    assert selected(stories, F(min_confidence=1)) == ["marched"]                                       # not scored
    assert len(selected(stories, F(min_confidence=0))) == 6
    for bad in (1.5, -0.1, float("nan")):
        with pytest.raises(StoreError, match="min_confidence"):
            selected(stories, F(min_confidence=bad))


def test_asserted_only_leaves_out_negated_and_hypothetical(stories):
    assert selected(stories, F(asserted_only=True)) == ["asked", "marched", "shelled", "signed"]


def test_coded_only_needs_a_code_on_every_source_and_target(stories):
    # asked: its source is a compound actor with no code of its own; block: no target;
    # marched: students have a sector code alone (EDU), which counts
    assert selected(stories, F(coded_only=True)) == ["marched", "shelled", "signed", "threaten"]
    assert selected(stories, F(coded_only=True, asserted_only=True, min_confidence=0.85)) == ["marched", "shelled"]


def test_the_new_filters_in_links_only_when_they_select(stories):
    assert F(asserted_only=False, coded_only=False).as_query() == {}
    assert F(min_confidence=0.5, coded_only=True).as_query() == {"min_confidence": 0.5, "coded_only": True}


def test_dyads_take_the_new_filters(stories):
    store, _ = stories
    pairs = lambda f: sorted((r["source"], r["target"]) for r in query.dyads(store, f))  # noqa: E731
    everything = pairs(F())
    assert ("GFKGOV", "RURGOV") in everything and ("Ruritania and Grand Fenwick", "IGOUNO") in everything
    assert ("GFKGOV", "RURGOV") not in pairs(F(asserted_only=True))
    assert ("Ruritania and Grand Fenwick", "IGOUNO") not in pairs(F(coded_only=True))
    assert pairs(F(min_confidence=0.9)) == [("EDU", "RURLEG"), ("RURMIL", "RURREB")]


def test_a_small_download_read_by_key_is_the_download_joined(stories, fresh, monkeypatch):
    for _, reader in (stories, fresh):                             # fresh: a compound actor, a participant without one
        for f in (F(), F(actor="rus"), F(type="SIGN"), F(place="nowhere")):
            for verbatim in (True, False):
                small = views.events_table_cells(reader, f, verbatim=verbatim)
                monkeypatch.setattr(views, "_TABLE_BY_KEYS", -1)      # every download joined, as for a large one
                joined = views.events_table_cells(reader, f, verbatim=verbatim)
                monkeypatch.undo()
                assert small == joined
        assert views.events_table_cells(reader, F())               # (something is downloaded)
