"""Exports write files that read back: Parquet/CSV per table, contract JSON lines, PLOVER JSON, GDELT TSV."""
from __future__ import annotations

import csv
import json

import pytest

from dateline.records import Article
from dateline.store.export import GDELT_COLUMNS, export


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


def test_plover_one_object_per_event(store, tmp_path):
    (path,) = export(store, "plover", tmp_path)
    objs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(objs) == 6 and len({o["id"] for o in objs}) == 6
    for o in objs:
        assert {"id", "date", "event", "mode", "context", "actor", "recipient", "event_text", "text",
                "location", "size"} <= set(o)
    shell = [o for o in objs if o["event"] == "ASSAULT"][0]
    assert shell["actor"] == "Ruritanian military" and shell["recipient"] == "Ruritanian rebels"
    assert shell["date"] == "2026-03-01" and shell["location"]["placename"] == "Strelsau"
    assert shell["event_text"] == "shelled" and shell["fatalities"] == 4
    demo = [o for o in objs if o["event"] == "PROTEST"][0]
    assert demo["mode"] == "demo" and demo["text"].startswith("Hundreds of students")


def test_gdelt_table_has_gdelt_columns_and_one_row_per_pair(store, tmp_path):
    (path,) = export(store, "gdelt", tmp_path)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
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


def test_unknown_format_is_refused(store, tmp_path):
    from dateline.store import StoreError

    with pytest.raises(StoreError):
        export(store, "xml", tmp_path)
