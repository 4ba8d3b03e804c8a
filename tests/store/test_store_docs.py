"""docs/store.md describes every table, column and export column the code writes."""
from __future__ import annotations

import pathlib
import re

from dateline.store import Store, schema
from dateline.store.export import GDELT_COLUMNS

DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "store.md"


def words() -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", DOC.read_text(encoding="utf-8")))


def test_every_table_and_column_is_documented():
    known = words()
    with Store.open(":memory:") as s:
        for table in schema.TABLES:
            assert table in known, table
            cols = [r["column_name"] for r in s.rows(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table])]
            missing = [c for c in cols if c not in known]
            assert not missing, f"{table}: {missing}"


def test_every_gdelt_column_is_documented():
    known = words()
    missing = [c for c in GDELT_COLUMNS if c not in known and not re.match(r"Actor[12]Geo_", c)]
    assert not missing
    assert "Actor1Geo_Type" in known and "Actor2Geo_FeatureID" in known
