#!/usr/bin/env bash
# Byte-identity check for refactors: extract the same inputs before and after a change and diff the outputs.
#   bash bench/snapshot.sh DIR            writes DIR/{samples,seed,polnear-dev,plv-train,article-events}.jsonl
#   bash bench/snapshot.sh --diff A B     says which files differ and how many lines (exit 1 when any do)
# DATELINE (default .venv/bin/dateline) may point at another checkout's CLI.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--diff" ]; then
  status=0
  for f in "$2"/*.jsonl; do
    name=$(basename "$f")
    if cmp -s "$f" "$3/$name"; then echo "same      $name"
    else status=1; echo "DIFFERENT $name: $(diff <(tr -d '\r' < "$f") <(tr -d '\r' < "$3/$name") | grep -c '^[<>]') lines"; fi
  done
  exit $status
fi
OUT=${1:?usage: bash bench/snapshot.sh DIR | --diff A B}
DL=${DATELINE:-.venv/bin/dateline}
SHARED=${SHARED:-../shared}
mkdir -p "$OUT"
$DL extract samples/ > "$OUT/samples.jsonl"
[ -d "$SHARED/devsets" ] || { echo "no $SHARED/devsets: only samples/ written"; exit 0; }
$DL extract "$SHARED/seed/000_9d7f141928ef44d0.txt" > "$OUT/seed.jsonl"
$DL extract "$SHARED/devsets/polnear-dev/text" > "$OUT/polnear-dev.jsonl"
python3 "$SHARED/eval/convert.py" plv "$SHARED/devsets/plv-train.tsv" "$OUT/plv" > /dev/null
$DL extract "$OUT/plv/plv.input.jsonl" > "$OUT/plv-train.jsonl"
cat "$SHARED"/devsets/article-events/gold-*.jsonl | python3 -c "
import json, sys
for line in sys.stdin:
    g = json.loads(line)
    print(json.dumps({k: g[k] for k in ('id', 'text', 'published') if k in g}))" > "$OUT/ae.in.jsonl"
$DL extract "$OUT/ae.in.jsonl" > "$OUT/article-events.jsonl"
rm -rf "$OUT/plv" "$OUT/ae.in.jsonl"
echo "written: $OUT"
