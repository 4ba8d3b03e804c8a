#!/usr/bin/env python3
"""List the coreference links of `dateline extract` output for hand auditing: each pronoun or coreference-noun
mention (`he`, `its`, `the kingdom`, `its ally`) with its actor and the text around it.

Usage: bench/coref_links.py OUT.jsonl TEXT_DIR [N] [SEED]  (TEXT_DIR holds ID.txt; N random links, all if 0).
Judge each line by hand; docs/actors.md keeps the counts. Prints one line per link, then the total.
"""
import json
import pathlib
import random
import sys

from dateline.lexicon import actors as lex

PRONOUNS = {"he", "she", "it", "its", "his", "her", "they", "their"}


def links(out_path, text_dir):
    nouns = lex.coref_nouns()
    for line in open(out_path, encoding="utf-8"):
        art = json.loads(line)
        path = pathlib.Path(text_dir) / f"{art['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        quoted = [(q["start"], q["end"]) for q in art.get("quotes", [])]
        speakers = {(q["speaker"]["start"], q["speaker"]["end"]) for q in art.get("quotes", []) if q.get("speaker")}
        for a in art["actors"]:
            for m in a["mentions"]:
                words = m["text"].lower().split()
                if (m["start"], m["end"]) in speakers or any(s <= m["start"] < e for s, e in quoted):
                    continue                                  # quote speakers are the quotes stage's links
                if m["text"].lower() in PRONOUNS or (words and words[-1].rstrip("s") in nouns
                                                     and words[0] in ("the", "its", "their", "this")):
                    ctx = text[max(0, m["start"] - 160):m["start"]] + "[[" + m["text"] + "]]" + \
                        text[m["end"]:m["end"] + 40]
                    yield art["id"], a["name"], m["text"], " ".join(ctx.split())


def main(out_path, text_dir, n="0", seed="1"):
    found = list(links(out_path, text_dir))
    if int(n):
        random.Random(int(seed)).shuffle(found)
        found = found[:int(n)]
    for doc_id, name, mention, ctx in found:
        print(f"{doc_id}\t{mention} -> {name}\t{ctx}")
    print(f"{len(found)} links")


if __name__ == "__main__":
    main(*sys.argv[1:])
