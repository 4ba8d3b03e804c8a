"""CSV cells a spreadsheet would run as a formula, neutralised: the one rule for every CSV dateline writes
(the web's /events.csv, the CLI's `--format csv`, `dateline export --format csv`).

A text cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip before a
formula) gets a leading apostrophe, OWASP's advice against formula injection: the spreadsheet shows the text
and runs nothing. Numbers, dates and empty cells are written as they are. Parquet, JSON lines, PLOVER and
GDELT files keep every text verbatim (tools, not spreadsheets, read them).
"""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """The value as a CSV cell a spreadsheet shows as text (a text starting with FORMULA_STARTS gets a
    leading apostrophe); any other value is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(row: dict) -> dict:
    """Every cell of a row through `csv_cell`."""
    return {k: csv_cell(v) for k, v in row.items()}


def sql_cell(column: str) -> str:
    """SQL (DuckDB) for `csv_cell` of a text column: `column` is a quoted identifier."""
    starts = ", ".join("'" + s.replace("'", "''") + "'" for s in FORMULA_STARTS)
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"
