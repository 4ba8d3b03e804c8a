"""What a file holds, told from its first bytes (not only its name): gzip, WARC, ARC, RSS/Atom, HTML, or text;
and the kinds dateline cannot read (PDF, zip, other XML), each with a one-line reason."""
from __future__ import annotations

import re
from typing import Optional

HEAD = 8192          # bytes looked at

_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title)", re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<html[\s>]|<body[\s>]", re.IGNORECASE)
_XML = re.compile(rb"^\s*<\?xml", re.IGNORECASE)
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF|channel)[\s>]", re.IGNORECASE)
_URL = re.compile(r"^(?:https?|ftp)://", re.IGNORECASE)

# kinds that cannot be read: the one-line message says what to do instead
UNREADABLE = {
    "pdf": "a PDF, not text: convert it first (pdftotext FILE.pdf FILE.txt)",
    "zip": "a zip archive: unpack it first (unzip) and give the folder",
    "xml": "XML that is neither an RSS/Atom feed nor an HTML page",
}


def sniff(head: bytes) -> str:
    """gzip | warc | arc | feed | html | pdf | zip | xml | text, from a file's first bytes (HEAD of them)."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"filedesc://"):
        return "arc"
    if _XML.match(start) or start.startswith((b"<rss", b"<feed", b"<rdf:RDF")):
        if _FEED.search(head):
            return "feed"
        if _HTML_ANYWHERE.search(head):
            return "html"
        return "xml"
    if _HTML.match(start) or (start.startswith(b"<") and _HTML_ANYWHERE.search(head)):
        return "html"
    return "text"


def url_message(name: str) -> Optional[str]:
    """The message for an input that is a URL (dateline reads files, it does not fetch), else None."""
    if _URL.match(name):
        return ("a URL: dateline does not fetch pages; save it first (wget -O page.html URL) or crawl into a "
                "WARC file (wget --warc-file=crawl URL) and give the file")
    return None
