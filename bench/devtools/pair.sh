#!/bin/bash
# bench_extract.py's plain ratio of two trees back to back, A B B A (session 34; ~10 min; run on a quiet machine).
# usage: bash bench/devtools/pair.sh TREE_A TREE_B. For a comparison robust to load use bench/bench_pair.py.
for T in "$1" "$2" "$2" "$1"; do
  (cd "$T" && echo "$T $(PYTHONPATH=src .venv/bin/python bench/bench_extract.py --limit 300 --rounds 2 2>/dev/null | tail -1)")
done
