"""A participant no actor holds but coded by its own words (Participant.code, schema v9; events/described.py) is
coded in the store as an actor's participant is: GDELT Actor1Code, `--coded-only`, the dyads' label, the actor
filter and the events' code column. A hand-made invented article."""
from __future__ import annotations

import csv
import json
import dataclasses

from dateline.records import Actor, Article, Participant
from dateline.store import Store
from dateline.store.export import export, export_filter
from dateline.store.filters import EventFilter
from dateline.store.query import dyad_rows, events
from tests.helpers import at, event, mention, part

TEXT = "Quillby police arrested two Ruritanian smugglers near Strelsau on Sunday.\n"


def _article(code: bool) -> Article:
    s, e = at(TEXT, "two Ruritanian smugglers")
    smugglers = Participant(s, e, "two Ruritanian smugglers", None)
    if code:
        smugglers = dataclasses.replace(smugglers, code="RURCRM", country="RUR", sector="CRM")
    return Article(
        id="quillby", title=None, published="2026-03-02", published_from="input", dateline=None, truncated=False,
        actors=(Actor("A1", "Quillby police", "RUR", "COP", mentions=(mention(TEXT, "Quillby police"),), code="RURCOP"),),
        events=(event(TEXT, "arrested", "COERCE", 4, cameo="173", source=[part(TEXT, "Quillby police", "A1")],
                      target=[smugglers], date="2026-03-01", confidence=0.9),),
        source="Wire", url="https://example.org/quillby", text=TEXT)


def _store(tmp_path, code: bool) -> Store:
    s = Store.open(tmp_path / f"s{int(code)}.duckdb")
    s.write_articles([(_article(code), "quillby")])
    return s


def _gdelt(store, folder, **kw) -> list[dict]:
    (path,) = export(store, "gdelt", folder, export_filter("gdelt", **kw))
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_an_own_code_fills_gdelt_coded_only_dyads_and_the_actor_filter(tmp_path):
    with _store(tmp_path, code=True) as s:
        (row,) = _gdelt(s, tmp_path / "g")
        assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"]) == ("RURCRM", "RUR", "CRM")
        assert row["Actor2Name"] == "TWO RURITANIAN SMUGGLERS"
        assert len(_gdelt(s, tmp_path / "c", coded_only=True)) == 1
        assert [(d["source"], d["target"]) for d in dyad_rows(s)] == [("RURCOP", "RURCRM")]
        assert len(events(s, EventFilter(target="RURCRM"))) == 1
        (ev,) = events(s)
        assert ev["target_code"] == "RURCRM"


def test_without_an_own_code_the_participant_stays_uncoded(tmp_path):
    with _store(tmp_path, code=False) as s:
        (row,) = _gdelt(s, tmp_path / "g")
        assert row["Actor2Code"] == ""
        assert _gdelt(s, tmp_path / "c", coded_only=True) == []
        assert [(d["source"], d["target"]) for d in dyad_rows(s)] == [("RURCOP", "two Ruritanian smugglers")]
        assert events(s, EventFilter(target="RURCRM")) == []


TWICE = "A Quillby girl died after she was shot by Ruritanian smugglers near Strelsau on Sunday.\n"


def test_an_actor_named_twice_among_an_events_targets_is_one_gdelt_row(tmp_path):
    """src42: the description and its `she` are one actor, so one row; the JSON export keeps both spans."""
    girl = Actor("A1", "A Quillby girl", "RUR", "CVL", mentions=(mention(TWICE, "A Quillby girl"),
                                                                  mention(TWICE, "she")), code="RURCVL")
    smugglers = Actor("A2", "Ruritanian smugglers", "RUR", "CRM", mentions=(mention(TWICE, "Ruritanian smugglers"),),
                      code="RURCRM")
    art = Article(
        id="twice", title=None, published="2026-03-02", published_from="input", dateline=None, truncated=False,
        actors=(girl, smugglers),
        events=(event(TWICE, "shot", "ASSAULT", 4, cameo="190", source=[part(TWICE, "Ruritanian smugglers", "A2")],
                      target=[part(TWICE, "A Quillby girl", "A1"), part(TWICE, "she", "A1"),
                              part(TWICE, "Strelsau")], date="2026-03-01", confidence=0.9),),
        source="Wire", url="https://example.org/twice", text=TWICE)
    with Store.open(tmp_path / "t.duckdb") as s:
        s.write_articles([(art, "twice")])
        rows = _gdelt(s, tmp_path / "g")
        assert sorted((r["Actor1Code"], r["Actor2Code"], r["Actor2Name"]) for r in rows) == \
            [("RURCRM", "", "STRELSAU"), ("RURCRM", "RURCVL", "A QUILLBY GIRL")], rows
        (path,) = export(s, "plover", tmp_path / "p", export_filter("plover"))
        (ev,) = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        assert len(ev["recipient_spans"]) == 3, ev                       # every participant keeps its offsets
