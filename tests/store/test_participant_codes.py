"""A participant no actor holds but coded by its own words (Participant.code, schema v9; events/described.py) is
coded in the store as an actor's participant is: GDELT Actor1Code, `--coded-only`, the dyads' label, the actor
filter and the events' code column. A hand-made invented article."""
from __future__ import annotations

import csv
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
