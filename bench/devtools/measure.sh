#!/bin/bash
# The lead's end-of-work measure of a tree (session 34): events (dev, tune, kept; parses cached) and actors on the read
# and kept-apart set lists beside this script. usage: bash bench/devtools/measure.sh TREE TAG [OUTDIR]
# Writes OUTDIR/ev_TAG.{txt,pkl}, act_TAG_read.txt, act_TAG_kept.txt and prints the pooled lines. Never pass --errors
# for the kept list.
T=$(cd "$1" && pwd); G=$2; O=${3:-/tmp/dateline-measure}; D=$(cd "$(dirname "$0")" && pwd); mkdir -p "$O"; cd "$T"
.venv/bin/python bench/devtools/events_cached.py "$T" dev,tune,kept "$O/ev_$G.pkl" > "$O/ev_$G.txt" 2>&1
PYTHONPATH=src .venv/bin/python bench/eval_article_actors.py --sets "$(cat "$D/actor_sets_read.txt")" > "$O/act_${G}_read.txt" 2>&1
PYTHONPATH=src .venv/bin/python bench/eval_article_actors.py --sets "$(cat "$D/actor_sets_kept.txt")" > "$O/act_${G}_kept.txt" 2>&1
echo "== $G"; grep -v "^  " "$O/ev_$G.txt"
echo -n "actors read: "; .venv/bin/python "$D/actors_pool.py" "$O/act_${G}_read.txt"
echo -n "actors kept: "; .venv/bin/python "$D/actors_pool.py" "$O/act_${G}_kept.txt"
