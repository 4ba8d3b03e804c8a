"""Session 55's local-news draw (the lead's, seed 20261217): LGL texts (US local news of 2009) of the even half -
bench/eval_realnews.py keeps the odd half apart for places - of 600-4,000 characters, in no gold set; sorted, seeded
shuffle. Every such text is named by an identity audit list (bench/identity_free*.txt: ids and verdicts, no labels), so
unlike draw54.py this draw does not leave named texts out. tune58 (act55d) is lines 1-8. Prints id, file value
and length in characters per line. Usage: draw55_lgl.py [TREE] (default: this tree; draw_common)."""
import sys

import draw_common as dc

ROOT = dc.tree(sys.argv)
from article_events import _jsonl_texts  # noqa: E402  (the tree's own, after dc.tree)

used = dc.article_ids(ROOT)
PATH = "places-lgl/input.jsonl"
rows = [(aid, f"{PATH}#{aid}", len(text)) for aid, text in _jsonl_texts(PATH).items()
        if aid not in used and 600 <= len(text) <= 4000 and int(aid.split("-")[1]) % 2 == 0]
for aid, name, n in dc.shuffled(rows, 20261217, key=lambda r: r[1]):
    print(aid, name, n, sep="\t")
