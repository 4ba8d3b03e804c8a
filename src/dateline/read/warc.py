"""Web archives (WARC 1.0/1.1, and the older ARC; gzipped or not) -> one RawArticle per HTML page, streamed.

Every `response` record whose HTTP status is 200 and whose content type is HTML, and every `resource` record of
HTML (a page stored without its HTTP response), is read as a page (read/html.py), with the record's URL and capture date as fallbacks (`url`, published_from `capture`).
Skipped, and counted in one line logged at the end (logger `dateline.read`): responses that are not HTML,
not status 200, repeats of a URL already read (revisit records included), and HTML pages with no article
text (section fronts, forms: a crawl holds many). Records of other types
(request, metadata, warcinfo) are not pages and pass silently. Memory: one record at a time; the
duplicate check keeps an 8-byte digest per URL read.
"""
from __future__ import annotations

import gzip
import hashlib
import logging
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterator, Optional, Union

from ..records import RawArticle, ReadError
from .datenames import date_in_name
from .files import MAX_BYTES
from .html import NO_TEXT, read_html

Item = Union[RawArticle, ReadError]
log = logging.getLogger("dateline.read")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Counts:
    """What a pass over an archive read and skipped."""
    pages: int = 0
    not_html: int = 0
    not_ok: int = 0                    # HTTP status other than 200
    duplicate: int = 0
    no_text: int = 0                   # HTML pages with no article text (section fronts, forms)
    seen: set = field(default_factory=set)

    def line(self, origin: str) -> str:
        return (f"{origin}: {self.pages} HTML page(s) read; skipped {self.not_html} not HTML, "
                f"{self.not_ok} not status 200, {self.duplicate} duplicate URL(s), {self.no_text} with no article text")


def read_warc(stream: BinaryIO, *, origin: str, id: str, counts: Optional[Counts] = None,
              page: Callable[..., Iterator[Item]] = read_html, skip: int = 0) -> Iterator[Item]:
    """Every HTML page of a WARC/ARC stream; record ids are `id:N` (N: the record's number in the archive).
    `page(data, origin=, id=, url=, charset=, fallback=, source_format=)` reads one page (read_html).

    A file gzipped whole (`gzip crawl.warc`: one gzip member, not one per record), which warcio refuses, is read
    again from its start through gzip when the stream can seek back, its first `skip` records (already read)
    passed over (user48)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counts = counts if counts is not None else Counts()
    number, last = 0, None
    counted = _Counted(stream)
    records = ArchiveIterator(counted, arc2warc=True)
    try:
        while True:
            try:
                record = next(records, None)
            except AttributeError as exc:          # warcio on a record whose headers are cut off
                raise ValueError(f"a record cut off ({exc})") from exc
            if record is None:
                break
            number, last = number + 1, record
            if number > skip:
                yield from _record(record, counts, page, origin=f"{origin}#{number}", id=f"{id}:{number}")
        left = _cut_short(last, counted, records)
        if left:
            yield ReadError(origin, f"archive ends badly after record {number}: {left:,} byte(s) missing or left "
                                    "over at its end (a truncated file?); the pages before it are read (a page "
                                    "the cut falls in is left out)", id)
    except ArchiveLoadFailed as exc:
        if WHOLE_GZIP in str(exc.msg) and _rewound(stream):
            yield from read_warc(gzip.GzipFile(fileobj=stream), origin=origin, id=id, counts=counts, page=page,
                                 skip=number)
            return
        why = " ".join(str(exc.msg).split())                 # warcio's message is many lines: one line
        if WHOLE_GZIP in why:
            why = "gzipped whole, not record by record: gunzip it, or run `warcio recompress FILE NEW`"
        yield ReadError(origin, f"not a readable WARC/ARC archive after record {number}: {why}", id)
        return
    except (OSError, EOFError, ValueError) as exc:        # a truncated gzip member, a cut-off record
        yield ReadError(origin, f"archive ends badly after record {number}: {exc}", id)
    log.info(counts.line(origin))


WHOLE_GZIP = "non-chunked gzip"        # warcio's words for an archive gzipped whole


def _rewound(stream: BinaryIO) -> bool:
    """Whether the stream was set back to its start (a file; standard input cannot)."""
    try:
        stream.seek(0)
        return True
    except (OSError, AttributeError, ValueError):
        return False


TRAILING_SLACK = 4        # blank lines after the last record (CRLF CRLF) are not a cut


def _cut_short(last, counted: "_Counted", records) -> int:
    """Bytes an archive lacks or holds past its last whole record (0: it ends well). warcio stops quietly at a
    file cut short: the last record's content ends early (its declared length not reached), or a record cut in
    its headers is dropped (bytes read past the last record's end), or given as a record with no length (cut before
    its Content-Length, or inside it: review51a, such a cut was said by nothing)."""
    if last is not None and not (last.rec_headers.get_header("Content-Length") or "").strip():
        return max(counted.read_bytes - records.get_record_offset(), 1)      # every WARC/ARC record has a length
    if last is not None:
        missing = _missing(last)
        if missing:
            return missing
    left = counted.read_bytes - records.offset
    return left if left > TRAILING_SLACK else 0


def _missing(record) -> int:
    """Bytes of the record's declared length the archive does not hold (0: whole). The rest of the record is read
    first, as warcio does before the next one. A page with bytes missing is left out (user51: read as whole, it gave
    a quote ending `"The water is sti`)."""
    while record.raw_stream.read(1 << 16):
        pass
    return getattr(record.raw_stream, "limit", 0) or 0


class _Counted:
    """A read-only stream that counts the bytes read from it (to tell an archive cut short)."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.read_bytes = stream, 0

    def read(self, n: int = -1) -> bytes:
        data = self.stream.read(n)
        self.read_bytes += len(data)
        return data

    def readline(self, limit: int = -1) -> bytes:
        data = self.stream.readline(limit)
        self.read_bytes += len(data)
        return data


def _record(record, counts: Counts, page, *, origin: str, id: str) -> Iterator[Item]:
    kind = record.rec_type
    if kind == "revisit":
        counts.duplicate += 1
        return
    if kind not in ("response", "resource"):
        return
    http = record.http_headers
    url = record.rec_headers.get_header("WARC-Target-URI")
    if kind == "resource":             # a page stored without its HTTP response (its type in the record's header)
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    elif http is None:                 # a response that is no HTTP (dns:, ftp:)
        counts.not_html += 1
        return
    elif http.get_statuscode() != "200":
        counts.not_ok += 1
        return
    else:
        ctype = (http.get_header("Content-Type") or "").lower()
    media = ctype.split(";")[0].strip()
    if media not in HTML_TYPES:
        counts.not_html += 1
        return
    key = hashlib.blake2b((url or "").encode("utf-8", "replace"), digest_size=8).digest()
    if key in counts.seen:
        counts.duplicate += 1
        return
    counts.seen.add(key)
    data = record.content_stream().read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield ReadError(origin, f"page over the {MAX_BYTES:,}-byte limit for one article", id)
        return
    if _missing(record):               # the archive ends inside this page: said by read_warc, the page left out
        return
    charset = next((p.split("=", 1)[1].strip(" \"'") for p in ctype.split(";")[1:] if p.strip().startswith("charset=")),
                   None)
    captured = date_in_name((record.rec_headers.get_header("WARC-Date") or "")[:10])
    for item in page(data, origin=origin, id=id, url=url, charset=charset,
                     fallback=(captured, "capture") if captured else None, source_format="warc"):
        if isinstance(item, ReadError) and item.message == NO_TEXT:
            counts.no_text += 1        # a crawl holds many pages that are no article: counted, not an error
            continue
        counts.pages += 1
        yield item
