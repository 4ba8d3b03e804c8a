"""Reading a synthetic WARC in constant memory (docs/accuracy.md, "WARC reading").

Usage: python bench/bench_warc.py [--mb 1024] [--keep PATH] [--records-only]
Writes a gzipped WARC of about --mb megabytes (warcio's writer) of invented news pages (about 60 KB each: a
menu, a story of generated sentences, related links) mixed with the records a crawl holds: images, 404s,
redirects and repeated URLs (1 in 10 each). Then reads it with dateline.read (the archive and every page's
main text and metadata; no NLP) and prints pages/s, MB/s and the process's resident memory (RSS) at the
first page, at 10% of the pages and at the end: constant memory means the last two stay level.
--records-only reads the archive's records (decompression, parsing, the skip and duplicate checks, every
page's bytes) but not the pages' HTML: the archive reader's own pace.
"""
from __future__ import annotations

import argparse
import base64
import io
import json
import os
import random
import tempfile
import time

import psutil
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WORDS = ("the council minister police said on in after a of to and that officials river bridge town vote budget "
         "workers port storm rescue crews schools court judge report week plan government talks union strike "
         "hospital fire road north south east west city region local national").split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 30))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def page(rng: random.Random, n: int) -> bytes:
    menu = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40))
    story = "".join(f"<p>{' '.join(sentence(rng) for _ in range(3))}</p>" for _ in range(12))
    related = "".join(f'<li><a href="/r{n}-{i}">{sentence(rng)}</a></li>' for i in range(30))
    # an inline image, as pages carry them: about 30 KB that gzip cannot shrink much
    filler = "<script>var img = '" + base64.b64encode(rng.randbytes(22000)).decode() + "';</script>"
    return (f"<!DOCTYPE html><html lang='en'><head><title>Story {n} | Synthetic Times</title>"
            f"<meta property='article:published_time' content='2020-01-{1 + n % 28:02d}T08:00:00Z'>{filler}</head>"
            f"<body><nav><ul>{menu}</ul></nav><article><h1>Story {n}</h1>{story}</article>"
            f"<aside><ul>{related}</ul></aside></body></html>").encode()


def write(path: str, mb: int) -> int:
    rng = random.Random(2010)
    n = 0
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        while f.tell() < mb * 1_000_000:
            n += 1
            kind = n % 10
            url = f"https://synthetic.example/{n if kind != 3 else n - 3}"   # kind 3 repeats a page read
            status, ctype, body = "200 OK", "text/html; charset=utf-8", page(rng, n)
            if kind == 1:
                ctype, body = "image/jpeg", rng.randbytes(20000)
            elif kind == 2:
                status, body = "404 Not Found", b"<html>gone</html>"
            elif kind == 5:
                status, body = "301 Moved Permanently", b""
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=1024)
    ap.add_argument("--keep", help="write the archive here (else a temporary file, removed)")
    ap.add_argument("--records-only", action="store_true", help="do not extract the pages' text")
    args = ap.parse_args()
    from dateline.read import read
    from dateline.read import warc
    from dateline.records import RawArticle

    if args.records_only:
        def bytes_only(data, *, origin, id, **_):
            yield RawArticle(id=id, text=f"{len(data)} bytes", origin=origin)

        def read(paths):                        # noqa: F811 - the same archive reader, pages left as bytes
            with open(paths[0], "rb") as f:
                yield from warc.read_warc(f, origin=paths[0], id="bench", page=bytes_only)

    path = args.keep or tempfile.mkstemp(suffix=".warc.gz")[1]
    try:
        records = write(path, args.mb)
        size = os.path.getsize(path)
        proc = psutil.Process()
        expected = records * 6 // 10
        rss = {}
        pages = 0
        began = time.perf_counter()
        for item in read([path]):
            pages += 1
            if pages == 1:
                rss["first_page_mb"] = proc.memory_info().rss / 1e6
            if pages == max(1, expected // 10):
                rss["at_10pct_mb"] = proc.memory_info().rss / 1e6
        took = time.perf_counter() - began
        rss["end_mb"] = proc.memory_info().rss / 1e6
        print(json.dumps({"records_only": args.records_only, "archive_mb": round(size / 1e6, 1), "records": records, "pages": pages,
                          "seconds": round(took, 1), "pages_per_s": round(pages / took, 1),
                          "mb_per_s": round(size / 1e6 / took, 2), **{k: round(v, 1) for k, v in rss.items()}}))
    finally:
        if not args.keep:
            os.unlink(path)


if __name__ == "__main__":
    main()
