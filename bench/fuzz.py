#!/usr/bin/env python3
"""Fuzz dateline as an attacker or a careless user would, and print counts (issue 16's targets: all zero).

Usage: bench/fuzz.py [--generated 2000] [--seed 16] [--parts library,readers,web,store]
  library  `dateline.extract` on N generated texts (news-like pieces, random code points, lone surrogates,
           controls, other types) and on the hand-made nasty inputs below: counts crashes (an exception out of
           extract), hangs (an article stopped by its time budget, or a batch over 10 minutes) and wrong
           offsets (records.offset_errors) and the Failures (with their reasons).
  readers  FIFOs (named and in a folder), a socket, a device, an unreadable folder, undecodable names,
           binary and huge files through `dateline.read.read`, each with a 20 s watchdog: crashes, hangs.
  web      every route of `dateline serve` with hostile values (huge, negative, fractional, NaN, NUL,
           markup, impossible dates, long): counts responses >= 500 and requests that raised.
  store    every command (stats, events, quotes, dyads, sql, export, ingest, serve) as a subprocess on a
           truncated, a byte-flipped, a junk, a future-version and a full-disk store: counts tracebacks.
           The full disk is a 200 KB tmpfs when this runs as root, else a file-size limit (RLIMIT_FSIZE).
Prints one line per part and a JSON line of every count at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PIECES = ["WASHINGTON (AP) \u2014 ", "\"We will not retreat,\" ", "said Antonio Guterres", " on Monday",
          " in Kabul.", "\n\n", "\u201c", "\u201d", "'", "(Reuters) - ", "AFP PHOTO / JOHN DOE", " killed 12 people",
          "President Joe Biden", ", Russia's foreign minister,", "\ud800", "\udfff", "\u00a0", "\t", "...", "--",
          "\r\n", "\u202e", "\u0301", "\U0001F600", "\x00", "\x0b", "\ufeff", "Sen. ", "Mr. ", "the ministry",
          "told reporters", "on May 28, 2019", "last week", "BEIRUT, Lebanon \u2014 ", "\u2014", "(", ")", "[",
          "<script>alert(1)</script>", "&amp;", "https://example.com/" + "a" * 50, "1,000", "-12", "%"]


def generated(n: int, rng: random.Random) -> list:
    out: list = []
    for i in range(n):
        r = rng.random()
        if r < 0.6:
            text = "".join(rng.choice(PIECES) if rng.random() < 0.7 else chr(rng.randrange(0, 0x110000))
                           for _ in range(rng.randrange(1, 40)))
        elif r < 0.9:
            text = "".join(chr(rng.choice((rng.randrange(0, 0x80), rng.randrange(0, 0x3000),
                                           rng.randrange(0xD800, 0xE000), rng.randrange(0, 0x110000))))
                           for _ in range(rng.randrange(0, 200)))
        elif r < 0.95:
            text = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 120)))
        else:
            text = rng.choice([None, 0, -1, 3.5, float("nan"), [], {}, object()])
        out.append(text)
    return out


def nasty() -> list:
    """Hand-made inputs, each aimed at one way to break or stall the pipeline."""
    sent = "The minister said the talks in Geneva would resume on Monday. "
    names = ", ".join(f"{f} {l}" for f in ("John", "Maria", "Ahmed", "Li", "Olga", "Pierre", "Fatima", "Carlos",
                                          "Yuki", "Kwame") for l in ("Smith", "Garcia", "Hassan", "Wei", "Ivanova",
                                                                     "Dubois", "Khan", "Lopez"))
    real = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt")))
    return [
        "\ud800", "\udfff" * 100, "a\ud800b\udc00c", "\ud83d\ude00 (a pair made of halves)", "", " ", "\n" * 10000,
        "\x00" * 100, "\x00Nul at the start", "\ufeff" * 50, "\u202e" * 100 + "reversed", "e\u0301" * 5000,
        '"' * 100_000, "\u201c" * 100_000, "\u201d" * 50_000 + "\u201c" * 50_000, "'" * 100_000, "(" * 100_000,
        ")" * 50_000, '"' + "a" * 100_000 + '"', "\U0001F600" * 50_000, "-" * 100_000, "=" * 100_000,
        "." * 100_000, "a." * 50_000, "http://" + "x/" * 50_000, "a" * 200_000, "A" * 1000 + " said.",
        sent * 10_000, ("\"I agree,\" he said. " * 5000), names + ".", (names + ".\n") * 20, real * 40,
        "WASHINGTON (AP) \u2014 " * 2000, "\n".join(["BEIRUT (AFP) -"] * 3000), "Getty Images\n" * 3000,
        "On May 28, 2019 " * 5000, "killed 1 people " * 5000, "\t" * 50_000, "\r" * 50_000,
        " ".join(["Mr."] * 20_000), "said " * 20_000, "\u00a0" * 50_000, "\u2028" * 1000 + "text",
        "<" * 10_000 + ">" * 10_000, "\\" * 50_000, "%s%n%x" * 10_000, "{{ 7*7 }} ${7*7}",
        "Ü" * 100_000, "\u0600" * 20_000, "\u3000" * 20_000, "0" * 200_000,
        b"\xff\xfe" + "UTF-16 text".encode("utf-16-le"), b"\x00\x01\x02", bytes(range(256)) * 100, None, 17, 2.5,
    ]


# ---------------------------------------------------------------- library
def fuzz_library(n: int, seed: int) -> dict:
    from dateline import extract
    from dateline.records import Article, Failure, offset_errors

    rng = random.Random(seed)
    counts = {"inputs_generated": n, "inputs_handmade": 0, "crashes": 0, "hangs": 0, "wrong_offsets": 0,
              "articles": 0, "failures": 0, "failure_reasons": {}}
    batches = [generated(n, rng)[i:i + 16] for i in range(0, n, 16)]
    hand = nasty()
    counts["inputs_handmade"] = len(hand)
    batches += [[x] for x in hand]
    slowest = (0.0, "")
    for batch in batches:
        began = time.monotonic()
        try:
            out = list(extract(batch))
        except Exception as exc:                   # noqa: BLE001 - counting is the point
            counts["crashes"] += len(batch)
            print(f"  crash: {exc!r} on {[repr(x)[:40] for x in batch]}", flush=True)
            continue
        took = time.monotonic() - began
        if took > slowest[0]:
            slowest = (took, repr(batch[0])[:40])
        if took > 600 or len(out) != len(batch):
            counts["hangs" if took > 600 else "crashes"] += 1
        for r in out:
            if isinstance(r, Article):
                counts["articles"] += 1
                errs = offset_errors(r)
                if errs:
                    counts["wrong_offsets"] += 1
                    print(f"  wrong offsets: {errs[:2]}", flush=True)
            elif isinstance(r, Failure):
                counts["failures"] += 1
                reason = r.message.split(":")[0][:50]
                counts["failure_reasons"][reason] = counts["failure_reasons"].get(reason, 0) + 1
                if "time budget" in r.message:
                    counts["hangs"] += 1
    counts["slowest_batch_s"] = round(slowest[0], 1)
    counts["slowest_first_item"] = slowest[1]
    return counts


# ---------------------------------------------------------------- readers
def _watch(fn, seconds: float = 20.0):
    result: dict = {}

    def run():
        try:
            result["out"] = fn()
        except Exception as exc:                   # noqa: BLE001
            result["exc"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    return ("hang", None) if t.is_alive() else (("crash", result["exc"]) if "exc" in result else ("ok", result["out"]))


def fuzz_readers(tmp: pathlib.Path) -> dict:
    from dateline.read import read

    d = tmp / "readers"
    d.mkdir()
    (d / "good.txt").write_text("PARIS (AP) - Rain fell.", encoding="utf-8")
    os.mkfifo(d / "pipe.txt")
    os.mkfifo(d / "pipe.jsonl")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock.txt"))
    (d / "locked").mkdir()
    (d / "locked" / "x.txt").write_text("hidden", encoding="utf-8")
    os.chmod(d / "locked", 0)
    (d / "sub").mkdir()
    (d / "sub" / "bin.txt").write_bytes(bytes(range(256)) * 10)
    (d / "sub" / "huge.txt").write_bytes(b"a" * 6_000_000)
    (d / "sub" / "lines.jsonl").write_bytes(b'{"text": "\\ud800 x"}\n{bad\n\xff\xfe\n' + b"[1,2]\n")
    with open(os.fsencode(str(d / "sub")) + b"/caf\xe9.txt", "wb") as f:
        f.write(b"Rain in Oslo.")
    os.symlink(d / "nowhere", d / "broken.txt")
    cases = [[str(d)], [str(d / "pipe.txt")], [str(d / "pipe.jsonl")], [str(d / "sock.txt")], ["/dev/zero"],
             [str(d / "locked")], [str(d / "broken.txt")], [str(d / "sub")], [str(d / "nothing")]]
    counts = {"cases": len(cases), "crashes": 0, "hangs": 0, "errors_reported": 0}
    for inputs in cases:
        status, out = _watch(lambda: list(read(inputs)))
        if status != "ok":
            counts["crashes" if status == "crash" else "hangs"] += 1
            print(f"  reader {status} on {inputs}: {out!r}", flush=True)
        else:
            counts["errors_reported"] += sum(1 for x in out if type(x).__name__ == "ReadError")
    os.chmod(d / "locked", 0o700)
    sock.close()
    return counts


# ---------------------------------------------------------------- web
HOSTILE = ["9223372036854775808", "-9223372036854775809", "1.5", "-1", "0", "abc", "nan", "inf", "1e309", "", " ",
           "%00", "\x00", "2015-13", "2015-02-30", "0000", "99999", "<script>", "' OR 1=1 --", "%", "_", "\\",
           "x" * 5000, "\uff11\uff12", "\u0663", "\ud800"]
ROUTES = {"/": [], "/articles": ["page", "per_page"], "/map": [], "/docs": [], "/openapi.json": [],
          "/events": ["page", "per_page", "quad", "since", "until", "actor_id", "min_confidence", "actor", "source",
                      "target", "type", "place"],
          "/events.csv": ["quad", "since", "until", "actor_id", "min_confidence", "actor", "type", "place"],
          "/api/events": ["limit", "offset", "quad", "since", "until", "actor_id", "min_confidence", "actor"],
          "/search": ["q"], "/api/search": ["q"], "/api/overview": [], "/api/places": []}
PATHS = ["/actors/{}", "/api/actors/{}", "/articles/{}", "/api/articles/{}", "/static/{}"]


def fuzz_web(db: pathlib.Path) -> dict:
    from urllib.parse import quote

    from fastapi.testclient import TestClient

    from dateline.web import create_app

    counts = {"requests": 0, "responses_500_or_more": 0, "raised": 0}
    with TestClient(create_app(db), raise_server_exceptions=False, base_url="http://127.0.0.1") as c:
        def get(url, **kw):
            counts["requests"] += 1
            try:
                r = c.get(url, **kw)
            except Exception as exc:                # noqa: BLE001
                counts["raised"] += 1
                print(f"  web raised on {url[:60]} {kw}: {exc!r}"[:200], flush=True)
                return
            if r.status_code >= 500:
                counts["responses_500_or_more"] += 1
                print(f"  web {r.status_code} on {url[:60]} {str(kw)[:80]}", flush=True)

        for route, names in ROUTES.items():
            get(route)
            for name in names:
                for value in HOSTILE:
                    get(route, params={name: value.encode("utf-8", "surrogatepass").decode("latin-1")})
        for route in PATHS:
            for value in HOSTILE + ["..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "a" * 3000]:
                get(route.format(quote(value.encode("utf-8", "surrogatepass").decode("latin-1"), safe="%")))
    return counts


# ---------------------------------------------------------------- store faults
def _cli(args, *, limit_fsize: int = 0, timeout: float = 120) -> tuple[int, str]:
    def pre():
        if limit_fsize:
            import resource
            import signal

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_fsize, limit_fsize))

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    try:
        p = subprocess.run([sys.executable, "-c", "from dateline.cli import main; main()", *args], env=env,
                           capture_output=True, text=True, timeout=timeout, preexec_fn=pre)
        return p.returncode, p.stderr + p.stdout
    except subprocess.TimeoutExpired as exc:
        out = (exc.stderr or b"").decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return -1, out


def fuzz_store(good: pathlib.Path, tmp: pathlib.Path) -> dict:
    import duckdb

    stores = {}
    data = good.read_bytes()
    stores["truncated"] = tmp / "truncated.duckdb"
    stores["truncated"].write_bytes(data[: len(data) // 2])
    flipped = bytearray(data)
    rng = random.Random(7)
    for _ in range(300):
        k = rng.randrange(4096, len(flipped))
        flipped[k] ^= 0xFF
    stores["flipped"] = tmp / "flipped.duckdb"
    stores["flipped"].write_bytes(bytes(flipped))
    stores["junk"] = tmp / "junk.duckdb"
    stores["junk"].write_bytes(b"not a store " * 1000)
    stores["future"] = tmp / "future.duckdb"
    shutil.copy(good, stores["future"])
    con = duckdb.connect(str(stores["future"]))
    con.execute("INSERT INTO schema_version (version) VALUES (999)")
    con.close()
    sample = str(ROOT / "samples")
    commands = [["stats"], ["events"], ["quotes"], ["dyads"], ["sql", "SELECT count(*) FROM events"],
                ["export", "--format", "jsonl", "-o", str(tmp / "exp")], ["ingest", sample, "--workers", "1"],
                ["serve", "--port", "0"]]
    counts = {"runs": 0, "tracebacks": 0, "exit_codes": {}}

    def record(name, cmd, rc, out):
        counts["runs"] += 1
        counts["exit_codes"][str(rc)] = counts["exit_codes"].get(str(rc), 0) + 1
        if "Traceback" in out:
            counts["tracebacks"] += 1
            print(f"  traceback: {name} {cmd[0]}: {out.strip().splitlines()[-1][:160]}", flush=True)

    for name, path in stores.items():
        for cmd in commands:
            work = tmp / f"{name}-{cmd[0]}.duckdb"
            shutil.copy(path, work)
            rc, out = _cli([*cmd, "--db", str(work)], timeout=8 if cmd[0] == "serve" else 300)
            record(name, cmd, rc, out)
    # a full disk during ingest: a tiny tmpfs when we may mount one, else a file-size limit
    full = tmp / "full"
    full.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=120k", "tmpfs", str(full)],
                             capture_output=True).returncode == 0 if os.geteuid() == 0 else False
    db = full / "s.duckdb"
    rc, out = _cli(["ingest", sample, "--workers", "1", "--db", str(db)], limit_fsize=0 if mounted else 200_000)
    record("full-disk", ["ingest"], rc, out)
    counts["full_disk_by"] = "tmpfs of 120 KB" if mounted else "RLIMIT_FSIZE of 200 KB"
    counts["full_disk_exit"] = rc
    counts["full_disk_line"] = out.strip().splitlines()[-1][:200] if out.strip() else ""
    for cmd in (["stats"], ["events"]):
        rc, out = _cli([*cmd, "--db", str(db)])
        record("after-full-disk", cmd, rc, out)
    if mounted:
        subprocess.run(["umount", str(full)], capture_output=True)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--parts", default="library,readers,web,store")
    args = ap.parse_args()
    parts = args.parts.split(",")
    report = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        if "library" in parts:
            report["library"] = fuzz_library(args.generated, args.seed)
            print("library:", json.dumps(report["library"]), flush=True)
        if "readers" in parts:
            report["readers"] = fuzz_readers(tmp)
            print("readers:", json.dumps(report["readers"]), flush=True)
        if "web" in parts or "store" in parts:
            good = tmp / "good.duckdb"
            rc, out = _cli(["ingest", str(ROOT / "samples"), "--workers", "1", "--db", str(good)])
            if rc != 0:
                sys.exit(f"could not make a store from samples/: {out[-500:]}")
            if "web" in parts:
                report["web"] = fuzz_web(good)
                print("web:", json.dumps(report["web"]), flush=True)
            if "store" in parts:
                report["store"] = fuzz_store(good, tmp)
                print("store:", json.dumps(report["store"]), flush=True)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
