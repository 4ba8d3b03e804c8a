"""Build user46's whole-corpus test input from ../shared/devsets, outside the repository.

Writes OUT (default /tmp/user46/corpus) in the mixed forms a conflict analyst is handed:
  txt/        PolNeAR-train articles, one .txt each (publication date in the file name)
  lgl/        LGL local news as two JSON lines files (no dates)
  geovirus.warc.gz   GeoVirus passages as HTML pages in a WARC (plus an image, a 404, a duplicate URL)
  gva.rss     GVA casualty articles as RSS items (content:encoded, pubDate)
  dedup.jsonl GVA dedup articles (2-5 reports of each shooting, with "published")
  resend/     near-copies, as wires re-send them: a PolNeAR story with a changed lede, one with a
              correction line, GVA stories re-sent three times (same text, "UPDATE" line, last paragraph cut)
  broken/     files a crawl leaves: empty, binary, bad JSON lines, a truncated WARC, a feed that is no XML
It also writes OUT/manifest.json: which near-copy is of which original (for counting duplicates).
No text is copied into the repository: this script reads the shared dev sets in place.
"""
from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import random
import re
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEV = Path(__file__).resolve().parents[3] / "shared" / "devsets"


def jsonl(path: Path):
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    return parts or [text]


def page(title: str, text: str, published: str | None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}T09:00:00Z">' if published else ""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs(text))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{meta}</head>"
            f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{html.escape(title)}</h1>"
            f"{body}</article><footer>Copyright the publisher</footer></body></html>").encode("utf-8")


def write_warc(path: Path, pages: list[tuple[str, str, bytes]], extras: bool = True, cut: int | None = None) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i, (url, date, body) in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                        warc_headers_dict={"WARC-Date": f"{date}T12:00:00Z"} if date else None)
        writer.write_record(rec)
        if extras and i == 3:  # an image, a 404 and the same URL again, as a crawl has them
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url + ".png", "response", payload=io.BytesIO(b"\x89PNG...."),
                                                          http_headers=img))
            nf = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url + "/gone", "response",
                                                          payload=io.BytesIO(b"<html>gone</html>"), http_headers=nf))
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    data = buf.getvalue()
    path.write_bytes(data[:cut] if cut else data)


def rss(items: list[dict], title: str = "Local crime wire") -> str:
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
           f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{title}</title>'
           '<link>http://wire.example/</link><description>wire</description><language>en-us</language>']
    for it in items:
        content = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(it["text"]))
        out.append(f"<item><title>{html.escape(it['title'])}</title><link>{it['url']}</link>"
                   f"<guid>{it['url']}</guid><pubDate>{it['pubdate']}</pubDate>"
                   f"<description>{html.escape(it['text'][:200])}</description>"
                   f"<content:encoded><![CDATA[{content}]]></content:encoded></item>")
    out.append("</channel></rss>\n")
    return "\n".join(out)


def rfc822(day: str) -> str:
    import datetime as dt
    d = dt.date.fromisoformat(day)
    return d.strftime("%a, %d %b %Y 10:00:00 +0000")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/user46/corpus")
    ap.add_argument("--seed", type=int, default=46)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    out = Path(args.out)
    for sub in ("txt", "lgl", "resend", "broken"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    manifest: dict[str, list] = {"copies": [], "same_id_changed": []}

    # 1. PolNeAR-train as a folder of .txt (the date is in the file name)
    pol = sorted((DEV / "polnear-train" / "text").glob("*.txt"))
    for p in pol:
        (out / "txt" / p.name).write_bytes(p.read_bytes())
    # near-copies of 40 of them: a changed lede, a correction line, a plain re-send under a new name
    for i, p in enumerate(rnd.sample(pol, 40)):
        text = p.read_text(encoding="utf-8", errors="replace")
        paras = paragraphs(text)
        kind = ("lede", "correction", "resend")[i % 3]
        if kind == "lede" and len(paras) > 2:
            new = "\n\n".join([paras[0], "UPDATED with new details throughout.", *paras[2:]])
        elif kind == "correction":
            new = text.rstrip() + ("\n\nCorrection: An earlier version of this story gave a wrong date for the "
                                   "meeting. It took place on Tuesday.\n")
        else:
            new = text
        name = p.stem + f"-{kind}.txt"
        (out / "resend" / name).write_text(new, encoding="utf-8")
        manifest["copies"].append({"copy": Path(name).stem, "of": p.stem, "kind": kind})

    # 2. LGL as two JSON lines files, with a bad line in each
    lgl = jsonl(DEV / "places-lgl" / "input.jsonl")
    half = len(lgl) // 2
    for n, chunk in enumerate((lgl[:half], lgl[half:])):
        lines = [json.dumps(r) for r in chunk]
        lines.insert(17, '{"id": "lgl-broken-a", "text": "a line cut in the mid')  # not JSON
        lines.insert(40, json.dumps({"id": "lgl-broken-b", "body": "no text field"}))
        lines.insert(60, json.dumps({"id": "lgl-broken-c", "text": "Mayor spoke on Monday.",
                                     "published": "last Tuesday"}))
        (out / "lgl" / f"lgl-{n}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # 3. GeoVirus as HTML pages in a WARC
    geo = jsonl(DEV / "places-geovirus" / "input.jsonl")
    pages = []
    for r in geo:
        first = re.split(r"(?<=[.!?])\s", r["text"], maxsplit=1)[0]
        title = " ".join(first.split()[:10])
        day = f"2011-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        pages.append((f"http://wikinews.example/wiki/{r['id']}", day, page(title, r["text"], day)))
    write_warc(out / "geovirus.warc.gz", pages)

    # 4. GVA casualties as an RSS feed
    gva = jsonl(DEV / "casualties-gva" / "input.jsonl")
    items = []
    for r in gva:
        title = paragraphs(r["text"])[0][:120]
        items.append({"title": title, "text": r["text"], "url": f"http://wire.example/{r['id']}",
                      "pubdate": rfc822(r.get("published") or "2016-01-01")})
    (out / "gva.rss").write_text(rss(items), encoding="utf-8")

    # 5. dedup-gva as JSON lines with dates; three re-sends of 30 of the casualties stories
    dedup = jsonl(DEV / "dedup-gva" / "input.jsonl")
    (out / "dedup.jsonl").write_text("".join(json.dumps(r) + "\n" for r in dedup), encoding="utf-8")
    resend = []
    for r in rnd.sample(gva, 30):
        paras = paragraphs(r["text"])
        versions = {
            "r1": r["text"],
            "r2": "UPDATE 1-" + r["text"] + "\n\n(Corrects spelling of the victim's street in the third paragraph)",
            "r3": "\n\n".join(paras[:-1]) if len(paras) > 2 else r["text"] + "\n\nMore to follow.",
        }
        for k, text in versions.items():
            resend.append({"id": f"{r['id']}-{k}", "text": text, "published": r.get("published"),
                           "source": f"wire-{k}"})
            manifest["copies"].append({"copy": f"{r['id']}-{k}", "of": f"gva:{gva.index(r) + 1}", "kind": f"gva-{k}"})
    (out / "resend" / "gva-resend.jsonl").write_text("".join(json.dumps(r) + "\n" for r in resend), encoding="utf-8")
    # kept outside the corpus: the same ids sent again with a correction (a second ingest replaces them)
    later = out.parent / "later"
    later.mkdir(exist_ok=True)
    fixed = [dict(r, text=r["text"] + "\n\nCorrection: the victim's age was misstated earlier.") for r in dedup[:5]]
    manifest["same_id_changed"] = [r["id"] for r in fixed]
    (later / "dedup-corrected.jsonl").write_text("".join(json.dumps(r) + "\n" for r in fixed), encoding="utf-8")

    # 6. broken files
    b = out / "broken"
    (b / "empty.txt").write_bytes(b"")
    (b / "binary.txt").write_bytes(bytes(rnd.randrange(256) for _ in range(4000)))
    (b / "nul-bytes.txt").write_bytes(b"WASHINGTON (AP) - Officials met.\x00\x00\x00 The talks ended.\n")
    (b / "latin1.txt").write_bytes("BOGOT\xc1 (Reuters) - Colombia's president said on Friday that talks "
                                   "with the rebels would resume.\n".encode("latin-1"))
    (b / "empty.jsonl").write_bytes(b"")
    (b / "not-a-feed.xml").write_text("<config><item>1</item></config>\n", encoding="utf-8")
    (b / "bad-feed.rss").write_text("<rss><channel><item><title>cut", encoding="utf-8")
    (b / "page-without-text.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    write_warc(b / "truncated.warc.gz", pages[:6], extras=False, cut=None)
    data = (b / "truncated.warc.gz").read_bytes()
    (b / "truncated.warc.gz").write_bytes(data[: int(len(data) * 0.6)])
    (b / "truncated.jsonl.gz").write_bytes(gzip.compress(b"".join(
        (json.dumps({"id": f"gz-{i}", "text": f"Police in Ames said on Monday that they arrested {i} men."}) + "\n").encode()
        for i in range(5)))[:-12])
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    print(f"wrote {out}: {len(pol)} txt + {len(manifest['copies'])} near-copies, {len(lgl)} LGL lines, "
          f"{len(geo)} WARC pages, {len(gva)} feed items, {len(dedup)} dedup lines")


if __name__ == "__main__":
    main()
