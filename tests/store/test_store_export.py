"""Exports write files that read back: Parquet/CSV per table, contract JSON lines, PLOVER JSON, GDELT TSV."""
from __future__ import annotations

import csv
import json

import pytest

from dateline.records import Article
from dateline.store.export import GDELT_COLUMNS, export, export_filter


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_read_back_with_every_row(store, tmp_path, fmt):
    paths = export(store, fmt, tmp_path / fmt)
    counts = store.counts()
    assert {p.stem for p in paths} == set(counts)
    for path in paths:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            n = pq.read_table(path).num_rows
        else:
            with open(path, newline="", encoding="utf-8") as handle:
                n = sum(1 for _ in csv.DictReader(handle))
        assert n == counts[path.stem], path


def test_parquet_keeps_types_and_offsets(store, tmp_path):
    import pyarrow.parquet as pq

    (events,) = [p for p in export(store, "parquet", tmp_path) if p.stem == "events"]
    table = pq.read_table(events).to_pylist()
    shelled = [r for r in table if r["trigger_text"] == "shelled"][0]
    assert shelled["dead"] == 4 and shelled["quad"] == 4 and shelled["day"].isoformat() == "2026-03-01"


def test_jsonl_is_the_output_contract(store, articles, tmp_path):
    (path,) = export(store, "jsonl", tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    back = {a.id: a for a in (Article.from_dict(json.loads(line)) for line in lines)}
    for a in articles:
        assert back[a.id].to_dict() == a.to_dict()


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def gdelt(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_plover_one_object_per_event(store, tmp_path):
    (path,) = export(store, "plover", tmp_path, export_filter("plover", include_unasserted=True))
    objs = lines(path)
    assert len(objs) == 6 and len({o["id"] for o in objs}) == 6
    for o in objs:
        assert {"id", "date", "event", "mode", "context", "actor", "recipient", "event_text", "text",
                "location", "size"} <= set(o)
    shell = [o for o in objs if o["event"] == "ASSAULT"][0]
    assert shell["actor"] == "Ruritanian military" and shell["recipient"] == "Ruritanian rebels"
    assert shell["date"] == "2026-03-01" and shell["location"]["placename"] == "Strelsau"
    assert shell["event_text"] == "shelled" and shell["fatalities"] == 4
    assert (shell["confidence"], shell["date_from"]) == (0.92, "sentence")
    demo = [o for o in objs if o["event"] == "PROTEST"][0]
    assert demo["mode"] == "demo" and demo["text"].startswith("Hundreds of students")


def test_gdelt_table_has_gdelt_columns_and_one_row_per_pair(store, tmp_path):
    (path,) = export(store, "gdelt", tmp_path, export_filter("gdelt", include_unasserted=True))
    rows = gdelt(path)
    assert len(GDELT_COLUMNS) == 61 and list(rows[0]) == list(GDELT_COLUMNS)
    assert len(rows) == 6 and len({r["GLOBALEVENTID"] for r in rows}) == 6
    shell = [r for r in rows if r["EventCode"] == "195"][0]
    assert (shell["SQLDATE"], shell["MonthYear"], shell["Year"]) == ("20260301", "202603", "2026")
    assert (shell["EventBaseCode"], shell["EventRootCode"], shell["QuadClass"]) == ("195", "19", "4")
    assert (shell["Actor1Code"], shell["Actor1CountryCode"], shell["Actor1Type1Code"]) == ("RURMIL", "RUR", "MIL")
    assert shell["Actor2Name"] == "RURITANIAN REBELS" and shell["IsRootEvent"] == "1"
    assert shell["ActionGeo_FullName"] == "Strelsau" and shell["ActionGeo_Type"] == "4"
    assert shell["ActionGeo_FeatureID"] == "9990001" and shell["SOURCEURL"].endswith("rur-shelling")
    assert float(shell["FractionDate"]) == pytest.approx(2026.0, abs=0.2)
    assert shell["AvgTone"] == ""
    refused = [r for r in rows if r["EventCode"] == "130"][0]
    assert refused["GoldsteinScale"] == "0"
    later = [r for r in rows if r["EventCode"] == "020"][0]
    assert later["IsRootEvent"] == "0"          # second paragraph


def test_plover_and_gdelt_leave_out_unasserted_events_unless_asked(store, tmp_path):
    plover = lines(export(store, "plover", tmp_path / "p")[0])
    assert sorted(o["event_text"] for o in plover) == ["asked", "marched", "shelled", "signed"]
    assert not any(o["negated"] or o["hypothetical"] for o in plover)
    rows = gdelt(export(store, "gdelt", tmp_path / "g")[0])
    assert sorted(r["EventCode"] for r in rows) == ["020", "057", "141", "195"]       # not 130 (negated) nor 138
    asked = lines(export(store, "plover", tmp_path / "a", export_filter("plover", include_unasserted=True))[0])
    assert len(asked) == 6


def test_plover_and_gdelt_take_min_confidence_and_coded_only(store, tmp_path):
    f = export_filter("plover", min_confidence=0.8)
    assert sorted(o["event_text"] for o in lines(export(store, "plover", tmp_path / "p", f)[0])) == [
        "marched", "shelled", "signed"]                                              # marched: not scored, kept
    rows = gdelt(export(store, "gdelt", tmp_path / "g", export_filter("gdelt", coded_only=True))[0])
    assert sorted(r["EventCode"] for r in rows) == ["057", "141", "195"]             # asked: an uncoded compound
    assert all(r["Actor1Code"] and r["Actor2Code"] for r in rows)
    assert list(rows[0]) == list(GDELT_COLUMNS)                                      # GDELT's columns, no more


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_keep_every_event_unless_filtered(store, tmp_path, fmt):
    import duckdb

    def count(path) -> int:
        reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
        return duckdb.sql(f"SELECT count(*) FROM {reader}('{path}')").fetchall()[0][0]

    whole = {p.stem: count(p) for p in export(store, fmt, tmp_path / "all")}
    assert whole == store.counts()                                                   # unasserted kept by default
    some = {p.stem: count(p) for p in export(store, fmt, tmp_path / "some",
                                             export_filter(fmt, min_confidence=0.8, include_unasserted=False))}
    assert some["events"] == 3 and some["event_participants"] == 6                   # shelled, signed, marched
    assert some["event_actors"] < whole["event_actors"] and some["event_dyads"] < whole["event_dyads"]
    event_tables = ("events", "event_participants", "event_actors", "event_dyads")    # follow the chosen events
    assert {k: v for k, v in some.items() if k not in event_tables} == {
        k: v for k, v in whole.items() if k not in event_tables}


def test_jsonl_keeps_every_event_unless_filtered_and_casualties_follow(store, articles, tmp_path):
    (path,) = export(store, "jsonl", tmp_path / "all")
    assert sum(len(a["events"]) for a in lines(path)) == 6
    (path,) = export(store, "jsonl", tmp_path / "some", export_filter("jsonl", min_confidence=0.95))
    back = {a["id"]: a for a in lines(path)}
    assert [e["trigger"]["text"] for e in back["protest"]["events"]] == ["marched"]
    assert back["accord"]["events"] == [] and back["accord"]["actors"] == articles[1].to_dict()["actors"]
    shelling = back["rur-shelling"]
    assert shelling["events"] == [] and shelling["casualties"][0]["event"] is None   # its event is left out
    (path,) = export(store, "jsonl", tmp_path / "asserted", export_filter("jsonl", include_unasserted=False))
    back = {a["id"]: a for a in lines(path)}
    assert back["rur-shelling"] == articles[0].to_dict()                             # nothing left out: as stored
    assert [e["trigger"]["text"] for e in back["accord"]["events"]] == ["signed", "asked"]


def test_unknown_format_is_refused(store, tmp_path):
    from dateline.store import StoreError

    with pytest.raises(StoreError):
        export(store, "xml", tmp_path)


def test_a_participant_named_only_by_a_place_is_coded_as_its_country_as_gdelt_does():
    from dateline.store.export import _actor

    kenya = _actor("Actor1", {"text": "Kenya", "name": None, "code": None, "country": None, "sector": None})
    assert (kenya["Actor1Code"], kenya["Actor1CountryCode"]) == ("KEN", "KEN")
    city = _actor("Actor2", {"text": "Charlotte", "name": None, "code": None, "country": None, "sector": None})
    assert city["Actor2Code"] == "USA"
    crowd = _actor("Actor1", {"text": "the crowd", "name": None, "code": None, "country": None, "sector": None})
    assert crowd["Actor1Code"] == ""
    coded = _actor("Actor1", {"text": "Kenya", "name": "Kenyan police", "code": "KENCOP", "country": "KEN",
                              "sector": "COP"})
    assert coded["Actor1Code"] == "KENCOP"
