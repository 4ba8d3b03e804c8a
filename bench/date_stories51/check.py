#!/usr/bin/env python3
"""dates51's invented stories: each judged event date (stories.tsv, written before the first run) against dateline's,
scored as bench/date_stories49/check.py scores its own (the same columns and `expected` forms).

Usage: PYTHONPATH=src .venv/bin/python bench/date_stories51/check.py"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "date_stories49"))

if __name__ == "__main__":
    import check as stories49     # (bench/date_stories49/check.py)

    stories49.main(HERE)
