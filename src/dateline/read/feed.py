"""RSS and Atom feeds (feedparser) -> one RawArticle per item.

An item gives its link (`url`; a relative one resolved against the feed's link), title, published (or else updated) date (published_from `feed`), author, and
the fullest text it carries: the longest of its content elements, else its summary, with HTML markup turned
into paragraphs. An item that holds only a summary is marked `summary_only`. The feed's title is the `site`.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional, Union
from urllib.parse import urljoin

from ..records import RawArticle, ReadError
from .html import block_text

Item = Union[RawArticle, ReadError]
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")       # has a scheme (https:, tag:, urn:)
_WEB = re.compile(r"^https?://[^/]", re.IGNORECASE)


def read_feed(data: bytes, *, origin: str, id: str) -> Iterator[Item]:
    """Every item of a feed's bytes; record ids are `id:N` (N: the item's number in the feed)."""
    import feedparser

    parsed = feedparser.parse(_utf8(data))
    if not parsed.entries:
        why = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        yield ReadError(origin, f"no items in this RSS/Atom feed{why}", id)
        return
    fmt = "atom" if parsed.version.startswith("atom") else "rss"
    site = _clean(_plain(parsed.feed, "title"))
    language = parsed.feed.get("language") or None
    home = parsed.feed.get("link") or ""
    for n, entry in enumerate(parsed.entries, 1):
        yield _item(entry, origin=f"{origin}#{n}", id=f"{id}:{n}", fmt=fmt, site=site, language=language, home=home)


_DECLARED = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def _utf8(data: bytes) -> bytes:
    """A feed in UTF-16 or UTF-32 with its BOM as UTF-8, its declared encoding dropped (user52: feedparser refused one
    whose XML declaration names no encoding, `not well-formed`); other bytes as they are."""
    from .files import bom_codec

    codec = bom_codec(data)
    if codec is None:
        return data
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return data                   # said by feedparser
    return _DECLARED.sub(r"\1", text.lstrip("\ufeff"), count=1).encode("utf-8")


def _link(link: Optional[str], home: str) -> Optional[str]:
    """An item's link; a relative one (`/news/story-3`, as some RSS feeds write them) resolved against the feed's
    own web address when that is absolute (Atom's `xml:base` is resolved by feedparser already)."""
    if not link:
        return None
    if _ABSOLUTE.match(link) or not _WEB.match(home):
        return link
    return urljoin(home, link)


def _item(entry, *, origin: str, id: str, fmt: str, site: Optional[str], language: Optional[str],
          home: str = "") -> Item:
    contents = [c for c in entry.get("content") or () if (c.get("value") or "").strip()]
    summary_only = not contents
    parts = contents or ([entry.get("summary_detail") or {"value": entry.get("summary") or "", "type": "text/html"}])
    best = max(parts, key=lambda c: len(c.get("value") or ""))
    value = best.get("value") or ""
    text = value.strip() if best.get("type") == "text/plain" else block_text(value)
    if not text.strip():
        return ReadError(origin, "feed item with no text (neither content nor summary)", id)
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    published = dt.date(*when[:3]).isoformat() if when else None
    return RawArticle(id=id, text=text, title=_clean(_plain(entry, "title")), published=published,
                      published_from="feed" if published else None, url=_link(entry.get("link"), home), origin=origin,
                      source_format=fmt, site=site, author=_clean(entry.get("author")), language=language,
                      summary_only=summary_only)


def _plain(obj, key: str) -> Optional[str]:
    """A feed's or item's `key` (title) as plain text: feedparser gives a title of HTML type as HTML (an RSS title
    is HTML; `Tom &amp;amp; Jerry`, escaped twice as many feeds write it, comes as `Tom &amp; Jerry`), so its
    markup and entities are read (user48)."""
    value = obj.get(key)
    if value and (obj.get(f"{key}_detail") or {}).get("type") == "text/html" and ("&" in value or "<" in value):
        return " ".join(block_text(value).split())
    return value


def _clean(value: Optional[str]) -> Optional[str]:
    return " ".join(value.split()) or None if value else None
