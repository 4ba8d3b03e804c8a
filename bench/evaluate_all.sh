#!/usr/bin/env bash
# Every accuracy figure of docs/accuracy.md's "At a glance" table and the speed ratio, in one run (needs ../shared;
# ~40 min on 2 cores; the whole-article event and actor sets take most of it).
# Usage: bash bench/evaluate_all.sh
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/devsets ] || { echo "no ../shared/devsets here: nothing to measure"; exit 0; }
PY=.venv/bin/python
echo "== seed (check_seed.py, all groups)"
.venv/bin/dateline extract ../shared/seed/000_9d7f141928ef44d0.txt > /tmp/dateline-seed.jsonl
python3 ../shared/eval/check_seed.py /tmp/dateline-seed.jsonl article quotes dates actors events places
echo "== quotes, PolNeAR dev";   bash bench/eval_quotes.sh polnear-dev
echo "== quotes, PolNeAR train"; bash bench/eval_quotes.sh polnear-train
echo "== dates, TempEval-3 AQUAINT"; bash bench/eval_dates.sh
echo "== events, PLV train (model trained on it: not held out)"; bash bench/eval_events.sh | tail -1
echo "== events, PLV 5-fold cross-validation (held out)"
$PY scripts/train_events.py ../shared/devsets/plv-train.tsv --cv 5 --no-save
echo "== events over whole articles: dev (20 shared), tune (our gold, read), kept (our gold, never read)"
$PY bench/article_events.py --sets dev,tune,kept
echo "== how far a second human coder agrees with the shared dev gold (the ceiling)"; $PY bench/coder_agreement.py
echo "== event dates, TempEval-3 time links"; $PY bench/eval_event_dates.py
TUNES=$(ls bench/actors/tune*.tsv | xargs -n1 basename | sed 's/.tsv//' | sort -V | paste -sd, -)
FRESH=$(ls bench/actors/fresh*.tsv | xargs -n1 basename | sed 's/.tsv//' | sort -V | paste -sd, -)
echo "== actors over whole articles, read sets"; PYTHONPATH=src $PY bench/eval_article_actors.py --sets "dev,tune,$TUNES"
echo "== actors over whole articles, unseen sets (figures only)"; PYTHONPATH=src $PY bench/eval_article_actors.py --sets "kept,$FRESH"
echo "== GDELT export: actor codes filled"; PYTHONPATH=src $PY bench/gdelt_fill.py --sets dev,tune,kept
echo "== places and casualties on real news (LGL, GeoVirus, GVA)"; $PY bench/eval_realnews.py places-geovirus places-lgl casualties-gva
echo "== incident clustering across articles (dedup-gva)"; PYTHONPATH=src $PY bench/eval_dedup.py
echo "== casualties, invented gold"; $PY bench/eval_casualties.py
echo "== places, PolNeAR dev"; $PY bench/eval_places.py | head -5
echo "== places, hand-labelled AQUAINT wire stories"; $PY bench/intl_places.py
echo "== structure"; $PY bench/eval_structure.py
echo "== HTML main text, L3S-GN1 dev"
$PY bench/html_bodies.py ../shared/devsets/html-l3s-gn1 /tmp/dateline-bodies.jsonl --engine dateline
python3 ../shared/eval/score_html.py /tmp/dateline-bodies.jsonl ../shared/devsets/html-l3s-gn1/gold.jsonl
echo "== HTML publication dates, L3S-GN1 dev (gold: the URL's date)"; $PY bench/html_dates.py ../shared/devsets/html-l3s-gn1
echo "== HTML reading cost"; $PY bench/bench_html_read.py ../shared/devsets/html-l3s-gn1 --pages 40
echo "== speed: dateline extract / bare spaCy, PolNeAR train"; $PY bench/bench_extract.py --rounds 2
