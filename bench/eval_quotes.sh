#!/usr/bin/env bash
# Quote F1 and speaker accuracy on PolNeAR: runs `dateline extract` over the texts, then the shared scorer.
# Usage: bench/eval_quotes.sh [polnear-dev|polnear-train] [OUT.jsonl]   (polnear-dev by default)
# A few train .ann files have broken lines that stop the scorer; they are scored from a cleaned copy in a
# temporary folder (lines kept as they are, broken ones left out). Nothing from ../shared is copied here.
set -euo pipefail
cd "$(dirname "$0")/.."
SET="${1:-polnear-dev}"
DIR="../shared/devsets/$SET"
OUT="${2:-/tmp/dateline-quotes-$SET.jsonl}"
[ -d "$DIR/text" ] || { echo "no $DIR here: nothing to score" >&2; exit 0; }
GOLD="$DIR"
if grep -qvP '^(T\d+\t[^\t]*\t|[^T]|$)' "$DIR"/attributions/*.ann 2>/dev/null; then
  GOLD="$(mktemp -d)"
  trap 'rm -rf "$GOLD"' EXIT
  ln -s "$(cd "$DIR/text" && pwd)" "$GOLD/text"
  mkdir "$GOLD/attributions"
  for f in "$DIR"/attributions/*.ann; do
    awk -F'\t' '!/^T/ || NF >= 3' "$f" > "$GOLD/attributions/$(basename "$f")"
  done
fi
.venv/bin/dateline extract "$DIR/text" > "$OUT"
python3 ../shared/eval/score_quotes.py "$GOLD" "$OUT"
