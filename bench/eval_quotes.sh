#!/usr/bin/env bash
# Quote F1 and speaker accuracy on PolNeAR (dev by default): runs `dateline extract` over the texts and the
# shared scorer over its output. Usage: bench/eval_quotes.sh [polnear-dev|polnear-train] [OUT.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
SET="${1:-polnear-dev}"
DIR="../shared/devsets/$SET"
OUT="${2:-/tmp/dateline-quotes-$SET.jsonl}"
[ -d "$DIR/text" ] || { echo "no $DIR here: nothing to score" >&2; exit 0; }
.venv/bin/dateline extract "$DIR/text" > "$OUT"
python3 ../shared/eval/score_quotes.py "$DIR" "$OUT"
