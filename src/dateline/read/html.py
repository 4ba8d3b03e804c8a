"""HTML news pages -> RawArticle: the article's main text (paragraphs kept) and the page's metadata.

The main text is taken by an established extractor (readability-lxml, which scored best on the L3S-GN1 dev
set, trafilatura when it finds nothing: docs/accuracy.md), then trimmed with what we know of news layout:
lines before the story that repeat the headline or only give a date, a byline or a share/print toolbar,
and such toolbars after it. Title, author, site name and canonical URL come from
trafilatura's metadata readers (without its date search and its search of the whole page for an author), the declared language from <html lang>; the publication date from the page's
metadata (meta tags, JSON-LD, a <time> marked as the publication date; never a date printed in the page, which
on old pages is the day it was served: docs/accuracy.md) or, failing that, from a date in the URL.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Iterator, Optional, Union

from ..records import RawArticle, ReadError
from . import files
from .datenames import date_in_name

Item = Union[RawArticle, ReadError]

# block elements: their start and end are paragraph breaks in the extracted text
_BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol tr table blockquote pre section article header footer "
                    "aside figure figcaption dd dt dl form center hr".split())
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[^\S\n]+")
MIN_TEXT = 200     # characters: a main text shorter than this is taken as a miss of the first extractor
MAX_TITLE = 300    # characters: a longer "title" is markup run wild (an unclosed <title>), not a headline
MIN_WORDS = 8      # a page with fewer words of main text has no article (a menu, a login form)
NO_TEXT = "no article text found in this HTML page"
MAX_LINK_SHARE = 0.5   # a paragraph more than half of whose words are links is navigation, not the story


@dataclass(frozen=True)
class Page:
    """What one HTML page gives: its main text and metadata (None when the page does not say)."""
    text: str
    title: Optional[str] = None
    published: Optional[str] = None         # YYYY-MM-DD
    published_from: Optional[str] = None    # metadata|url
    author: Optional[str] = None
    site: Optional[str] = None
    url: Optional[str] = None               # the canonical URL, else the one the page was read from
    language: Optional[str] = None          # as the page declares it (<html lang>, og:locale)


def read_html(data: bytes, *, origin: str, id: str, url: Optional[str] = None, charset: Optional[str] = None,
              fallback: Optional[tuple[str, str]] = None, source_format: str = "html") -> Iterator[Item]:
    """One page's bytes -> a RawArticle of its main text (or a ReadError saying why not).

    `url` is where the page was fetched from (a WARC record's), `charset` the HTTP header's, `fallback` a
    (date, filename|capture) used when neither the page nor the text gives a publication date.
    """
    try:
        html = decode_html(data, charset)
    except ValueError as exc:
        yield ReadError(origin, str(exc), id)
        return
    page = parse_page(html, url=url)
    if len(page.text.split()) < MIN_WORDS:
        yield ReadError(origin, NO_TEXT, id)
        return
    yield RawArticle(id=id, text=page.text, title=page.title, published=page.published,
                     published_from=page.published_from, url=page.url or url, origin=origin,
                     fallback_published=fallback, source_format=source_format, site=page.site,
                     author=page.author, language=page.language)


def decode_html(data: bytes, charset: Optional[str] = None) -> str:
    """The page's text: by the HTTP charset or the page's <meta charset> when Python knows it, else as a text
    file is decoded (UTF-8, else charset detection). Raises ValueError for binary data."""
    declared = [charset] if charset else []
    m = _CHARSET.search(data[:4096])
    if m:
        declared.append(m.group(1).decode("ascii", "replace"))
    for name in declared:
        try:
            return files.decode_as(data, name)
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
    return files.decode(data)


def parse_page(html: str, *, url: Optional[str] = None) -> Page:
    """Main text and metadata of one page."""
    tree = _tree(html)
    if tree is None:
        return Page(text="")
    meta = metadata(tree, url)                  # first: trafilatura's text extraction prunes the tree it is given
    text = trim(main_text(html, tree), meta.get("title"))
    return Page(text=text, **meta)


def _tree(html: str):
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except Exception:        # lxml refuses some markup outright: no page then
        return None


# ------------------------------------------------------------------ main text
def main_text(html: str, tree=None, *, engine: str = "readability") -> str:
    """The article's main text, one paragraph a line-pair ("\\n\\n" between paragraphs), boilerplate left out.

    engine 'readability' (the default) falls back on trafilatura when it finds less than MIN_TEXT characters
    and trafilatura twice as much; 'trafilatura' alone is kept for the comparison in bench/html_bodies.py.
    """
    if engine == "trafilatura":
        return _trafilatura_text(html if tree is None else tree)
    text = _readability_text(html)
    if len(text) < MIN_TEXT:
        other = _trafilatura_text(html if tree is None else tree)
        if len(other) > 2 * len(text):
            text = other
    return text


def _readability_text(html: str, max_link_share: Optional[float] = None) -> str:
    from readability import Document

    _quiet()
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:        # readability raises on pages it cannot parse; the other engine gets a go
        return ""
    return block_text(summary, max_link_share=MAX_LINK_SHARE if max_link_share is None else max_link_share)


def _trafilatura_text(html_or_tree) -> str:
    import trafilatura

    _quiet()
    try:
        out = trafilatura.extract(html_or_tree, include_comments=False, include_tables=False, fast=False)
    except Exception:
        return ""
    return "\n\n".join(line.strip() for line in (out or "").splitlines() if line.strip())


def block_text(fragment: str, *, max_link_share: float = 1.0) -> str:
    """An HTML fragment's text with block elements as paragraph breaks; spaces within a paragraph collapsed.

    A paragraph whose text lies for more than `max_link_share` inside links (a menu, a list of related
    stories) is left out.
    """
    import lxml.html

    if not fragment.strip():
        return ""
    try:
        # readability hands back a fragment, or a whole document when it found no candidate
        root = lxml.html.fromstring(fragment)
    except Exception:
        return ""
    paragraphs: list[list[tuple[str, bool]]] = [[]]

    def add(text: Optional[str], linked: bool) -> None:
        if text:
            paragraphs[-1].append((text, linked))

    def walk(el, linked: bool) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "head", "title"):
            add(el.tail, linked)
            return
        block = tag in _BLOCKS
        if block:
            paragraphs.append([])
        inner = linked or tag == "a"
        if tag:
            add(el.text, inner)
        for child in el:
            walk(child, inner)
        if block:
            paragraphs.append([])
        add(el.tail, linked)

    walk(root, False)
    out = []
    for pieces in paragraphs:
        text = _SPACES.sub(" ", "".join(t for t, _ in pieces).replace("\n", " ")).strip()
        if not text:
            continue
        words = sum(len(t.split()) for t, _ in pieces)
        linked = sum(len(t.split()) for t, in_link in pieces if in_link)
        if words and linked / words > max_link_share:
            continue
        out.append(text)
    return "\n\n".join(out)


# ------------------------------------------------------------------ news layout
_DATE_ONLY = re.compile(
    r"^(?:(?:published|posted|updated|last updated|created)\s*:?\s*)?[\w ,.:/-]*\b(?:19|20)\d\d\b[\w ,.:/()+-]*$",
    re.IGNORECASE)
_BYLINE = re.compile(r"^(?i:by|from|posted by|written by)\s+[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,5}\s*(?:[,|/-].{0,60})?$")
_TOOLBAR = re.compile(r"^(?:[|\s]*(?:print(?:er[- ]friendly(?: page| version)?)?|e-?mail(?: this(?: article| story)?| to a friend)?"
                      r"|share(?: this)?|save|send(?: to (?:a )?friend)?|comments?(?: \(\d+\))?|tweet|text size|font size"
                      r"|rss|recommend|bookmark|reprints?|[-+a]|a\+|a-|\d+ ratings?|rate it:?)[|\s]*)+$", re.IGNORECASE)
_RIGHTS = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
# a paragraph that is no sentence: it ends in no full stop, question or exclamation mark, quote or colon
_LABEL = re.compile(r"^.*[^.!?:\"'\u201d\u2019)\]]$", re.DOTALL)
LABEL_WORDS = 12
# what comes after a story on a news page; from the first of these (in the story's second half) on, nothing is kept
_END_MARKER = re.compile(
    r"^(?:comments?\b|reader comments|readers'? comments|post (?:a|your) comment|add (?:a|your) comment|leave a comment"
    r"|have your say|your views|posted by\b|related\b(?: (?:stories|articles|content|links|news|coverage))?"
    r"|r e l a t e d|more (?:on|from|stories|news)\b|also in\b|tags?:|about the author|share this\b"
    r"|see also\b|most (?:read|popular|viewed)\b|recommended\b)", re.IGNORECASE)
# lines sites insert between a story's paragraphs
_INSERT = re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|skip advertisement|story continues below(?: advertisement)?"
                     r"|article continues below(?: advertisement)?|continue reading(?: the main story| below)?"
                     r"|scroll to continue with content|\(?adsbygoogle.*)\s*$", re.IGNORECASE)
HEAD_LINES = 6      # lines at the top looked at for a headline copy, a date, a byline


def trim(text: str, title: Optional[str]) -> str:
    """The main text without what news pages put around a story.

    At the top (at most HEAD_LINES paragraphs): a copy of the headline, date-only lines, bylines, toolbars,
    and other labels (lines that end in no sentence punctuation and are very short or headline-cased:
    kickers, subheadings, credits), a dateline on a line of its own excepted. At the bottom: from a marker of what follows a story (`Comments`,
    `Related stories`, `Tags:`, `Posted by`...) in its second half to the end; toolbars and copyright lines.
    Anywhere: the lines sites insert into a story (`Advertisement`, `Story continues below`).
    """
    from ..structure.dateline import match_dateline

    paras = text.split("\n\n") if text else []
    head = _norm(title) if title else None
    i = 0
    while i < min(len(paras), HEAD_LINES) and len(paras) - i > 1:
        p = paras[i]
        if (head and (_norm(p) == head or (len(p) < 150 and _norm(p) and _norm(p) in head))) \
                or (len(p) < 80 and (_DATE_ONLY.match(p) or _BYLINE.match(p))) or _TOOLBAR.match(p) \
                or (_is_label(p) and match_dateline(p, 0, len(p)) is None):
            i += 1
            continue
        break
    j = len(paras)
    for k in range(max(i + 1, len(paras) // 2), len(paras)):
        if len(paras[k]) < 80 and _END_MARKER.match(paras[k]):
            j = k
            break
    while j > i + 1 and (_TOOLBAR.match(paras[j - 1]) or (len(paras[j - 1]) < 300 and _RIGHTS.search(paras[j - 1]))):
        j -= 1
    return "\n\n".join(p for p in paras[i:j] if not _INSERT.match(p))


def _is_label(p: str) -> bool:
    """A line that is no sentence: no final punctuation, and at most 4 words or at most LABEL_WORDS words most
    of which are capitalised ('Special Correspondent', 'Click photo to enlarge', 'Service To Be Launched')."""
    if not _LABEL.match(p):
        return False
    words = [w for w in p.split() if w[:1].isalpha()]
    if len(p.split()) <= 4:
        return True
    return len(p.split()) <= LABEL_WORDS and bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


# ------------------------------------------------------------------ metadata
def metadata(tree, url: Optional[str]) -> dict:
    """title, published (+ published_from), author, site, url, language of a parsed page: title, author, site
    and canonical URL by trafilatura's metadata readers, the date by `metadata_date` (else the URL's)."""
    doc = _library_metadata(tree, url)
    get = (lambda k: _clean(getattr(doc, k, None))) if doc is not None else (lambda k: None)
    canonical = _http(get("url")) or url
    published, published_from = metadata_date(tree), "metadata"
    if not published:
        published, published_from = (date_in_name(canonical or "") or None), "url"
    title = get("title")
    return {"title": title if title and len(title) <= MAX_TITLE else None, "author": get("author"),
            "site": get("sitename"), "url": canonical, "published": published,
            "published_from": published_from if published else None, "language": _declared_language(tree)}


def _library_metadata(tree, url: Optional[str]):
    """trafilatura's `extract_metadata` without its two costly steps, which together took longer than the rest
    of reading a page (docs/accuracy.md): htmldate's date search (dateline reads the date from the metadata
    itself) and the search of the whole page for an author (authors come from meta tags and JSON-LD)."""
    from trafilatura.metadata import META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url

    _quiet()
    try:
        doc = examine_meta(tree)
        if doc.author and " " not in doc.author:         # a user name, not a person's
            doc.author = None
        try:
            doc = extract_meta_json(tree, doc)
        except Exception:                                # broken JSON-LD: the meta tags stand
            pass
        doc.title = doc.title or extract_title(tree)
        doc.url = doc.url or extract_url(tree, url)
        doc.sitename = (doc.sitename or extract_sitename(tree) or "").lstrip("@") or None
        if doc.sitename and "." not in doc.sitename and not doc.sitename[0].isupper():
            doc.sitename = doc.sitename.title()
        if not doc.sitename and doc.url and (m := META_URL.match(doc.url)):
            doc.sitename = m[1]
        doc.clean_and_trim()
        return doc
    except Exception:
        return None


def _meta_tags(tree) -> dict[str, str]:
    """The page's meta tags, {name, property or itemprop (lower case): content}, the first of each kept."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _http(value: Optional[str]) -> Optional[str]:
    return value if value and value.startswith(("http://", "https://")) else None


# meta tags that state when an article was published (name, property or itemprop, lower case)
_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "published_time",
              "date_published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
              "dcterms.issued", "dcterms.created", "citation_publication_date", "originalpublicationdate",
              "article.published", "displaydate", "date", "timestamp")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def metadata_date(tree, meta: Optional[dict] = None) -> Optional[str]:
    """The publication date the page's metadata states: a meta tag (article:published_time, DC.date.issued,
    ...), JSON-LD's datePublished, or a <time> marked as the publication date. Never a date shown in the
    page's text: old pages print the day they were served ('Tuesday 15 January 2008') where a date goes."""
    meta = _meta_tags(tree) if meta is None else meta
    for key in _DATE_META:
        if key in meta and (day := _day(meta[key])):
            return day
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        m = _JSONLD_DATE.search(script)
        if m and (day := _day(m.group(1))):
            return day
    for el in tree.xpath('//time[@pubdate or @itemprop="datePublished"] | //*[@itemprop="datePublished"]'):
        day = _day(el.get("datetime") or el.get("content") or "")
        if day:
            return day
    return None


def _day(value: str) -> Optional[str]:
    """YYYY-MM-DD of a date as metadata writes it: ISO 8601 (2019-04-16T09:30:00+02:00), 20190416, or RFC 822."""
    value = value.strip()
    day = date_in_name(value[:10]) or date_in_name(value[:8])
    if day:
        return day
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _declared_language(tree) -> Optional[str]:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        found = tree.xpath('//meta[@property="og:locale" or @http-equiv="content-language"]/@content')
        lang = found[0] if found else None
    return lang.strip() or None if lang else None


def _clean(value: Optional[str]) -> Optional[str]:
    return " ".join(value.split()) or None if value else None


@functools.lru_cache(maxsize=1)
def _quiet() -> None:
    """The extractors log every page they find little in; dateline reports what it skips itself."""
    for name in ("trafilatura", "readability", "readability.readability", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)
