#!/usr/bin/env bash
# Score the events extractor on PLV (../shared/devsets/plv-train.tsv) with the shared scorer.
# Note: the shipped type model (src/dateline/data/events_model.json) is trained on this same file, so this
# figure is not held out; `python scripts/train_events.py ../shared/devsets/plv-train.tsv --cv 5 --no-save`
# prints the cross-validated figures.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
OUT=${OUT:-/tmp/plv}
test -d "$SHARED/devsets" || { echo "no $SHARED/devsets here: nothing to score"; exit 0; }
python3 "$SHARED/eval/convert.py" plv "$SHARED/devsets/plv-train.tsv" "$OUT"
.venv/bin/dateline extract "$OUT/plv.input.jsonl" > "$OUT/out.jsonl"
python3 "$SHARED/eval/score_events.py" "$OUT/plv.gold.jsonl" "$OUT/out.jsonl"
