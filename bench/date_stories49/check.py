#!/usr/bin/env python3
"""dates49's invented stories: each judged event date (stories.tsv, written before the first run) against dateline's.

Usage: PYTHONPATH=src .venv/bin/python bench/date_stories49/check.py [FOLDER]
(FOLDER: another folder of stories and their stories.tsv, as bench/date_stories51; default this one.)
A row's trigger is found after the headline; the event whose trigger overlaps it is scored (a `timex:` class scores the
time expression there). `expected` is a value (right when the output agrees to its precision), `A|B` (either) or
`not:V` (anything but V; undated counts). Prints each row and the count right."""
import csv
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def agrees(got, want: str) -> bool:
    if want.startswith("not:"):
        return not (got or "").startswith(want[4:])
    return any(got is not None and got[:len(w)] == w and (len(got) == len(w) or got[len(w)] in "T") or
               got is not None and got == w for w in want.split("|"))


def main(here: pathlib.Path = HERE) -> None:
    """`here`: the folder of the stories and their stories.tsv (dates50's stories are scored by this one too)."""
    from dateline.pipeline import process
    from dateline.records import RawArticle

    rows = list(csv.DictReader(open(here / "stories.tsv", encoding="utf-8"), delimiter="\t"))
    texts = {r["story"]: (here / f"{r['story']}.txt").read_text(encoding="utf-8") for r in rows}
    pubs = {r["story"]: r["published"] for r in rows}
    raws = [RawArticle(id=k, text=t, published=pubs[k], origin=k) for k, t in texts.items()]
    arts = {a.id: a for a in process(raws)}
    right = scored = 0
    for r in rows:
        text, art = texts[r["story"]], arts[r["story"]]
        at = text.find(r["trigger"], text.find("\n\n"))
        end = at + len(r["trigger"])
        if r["class"].startswith("timex"):
            got = next((d.value for d in art.dates if d.start < end and at < d.end), None)
            origin = "timex"
        else:
            ev = next((e for e in art.events if e.trigger.start < end and at < e.trigger.end), None)
            if ev is None:
                print(f"-    {r['story']:28} {r['trigger']:16} no event")
                continue
            got, origin = ev.date, ev.date_from
        ok = agrees(got, r["expected"])
        scored += 1
        right += ok
        print(f"{'ok ' if ok else 'BAD'}  {r['story']:28} {r['trigger']:16} {str(got):12} {str(origin):10} "
              f"want {r['expected']:16} {r['class']}")
    print(f"right {right} of {scored} scored ({len(rows)} rows)")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
