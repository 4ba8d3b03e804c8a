#!/usr/bin/env bash
# Dates accuracy on TempEval-3 AQUAINT (../shared/devsets/te3-aquaint): recall, value_accuracy, precision.
# Usage: bash bench/eval_dates.sh [OUT_DIR]   (from the project root; needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-/tmp/te3}"
SHARED=../shared
if [ ! -d "$SHARED/devsets/te3-aquaint" ]; then echo "../shared/devsets/te3-aquaint is not here" >&2; exit 2; fi
python3 "$SHARED/eval/convert.py" te3 "$SHARED/devsets/te3-aquaint" "$OUT" >/dev/null
.venv/bin/dateline extract "$OUT/te3.input.jsonl" > "$OUT/te3.out.jsonl"
python3 "$SHARED/eval/score_dates.py" "$OUT/te3.gold.jsonl" "$OUT/te3.out.jsonl"
