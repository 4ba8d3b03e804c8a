"""CSV cells a spreadsheet would run as a formula, neutralised: the one rule for every CSV dateline writes
(the web's /events.csv, the CLI's `--format csv`, `dateline export --format csv`).

A text cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip before a
formula) gets a leading apostrophe, OWASP's advice against formula injection: the spreadsheet shows the text
and runs nothing. A text that cannot run (a lone sign, `-` for a side with no code, or a signed number such as
`-3` or `+1.5`), numbers, dates and empty cells are written as they are. `verbatim=True` (the CLI's `--verbatim`,
the web's `verbatim=1`) writes every text as read, for pandas or R, which take the apostrophe for text (user48).
Parquet, JSON lines, PLOVER and GDELT files keep every text verbatim (tools, not spreadsheets, read them).
"""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INERT = re.compile(r"[+-]|[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")   # a lone sign or a signed number (ASCII digits, as in SQL)
_INERT_SQL = r"^([+-]|[+-]?([0-9]+\.?[0-9]*|\.[0-9]+))$"


def csv_cell(value, *, verbatim: bool = False):
    """The value as a CSV cell a spreadsheet shows as text (a text starting with FORMULA_STARTS gets a
    leading apostrophe unless INERT); any other value, and every value when `verbatim`, is returned unchanged."""
    if not verbatim and isinstance(value, str) and value.startswith(FORMULA_STARTS) and not INERT.fullmatch(value):
        return "'" + value
    return value


def csv_row(row: dict, *, verbatim: bool = False) -> dict:
    """Every cell of a row through `csv_cell`."""
    return {k: csv_cell(v, verbatim=verbatim) for k, v in row.items()}


def sql_cell(column: str) -> str:
    """SQL (DuckDB) for `csv_cell` of a text column: `column` is a quoted identifier."""
    starts = ", ".join("'" + s.replace("'", "''") + "'" for s in FORMULA_STARTS)
    return (f"CASE WHEN left({column}, 1) IN ({starts}) AND NOT regexp_matches({column}, '{_INERT_SQL}') "
            f"THEN '''' || {column} ELSE {column} END")


def safe_select(columns: list[tuple[str, str]], query: str) -> str:
    """The query with every text column through `sql_cell` (no cell a spreadsheet would run as a formula); the other
    columns as they are, in the same order and names. `columns`: the query's (name, type), as DESCRIBE gives them."""
    exprs = []
    for name, kind in columns:
        ident = '"' + name.replace('"', '""') + '"'
        exprs.append(f"{sql_cell('q.' + ident)} AS {ident}" if kind == "VARCHAR" else f"q.{ident}")
    return f"SELECT {', '.join(exprs)} FROM ({query}) q"
