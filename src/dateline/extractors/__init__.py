"""Extractors: one module per family, pure functions over a parsed article (see `Context`)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional

from ..records import Layout, RawArticle


@dataclass(frozen=True)
class Context:
    """What every extractor sees: the raw article, its layout and its spaCy parse.

    `doc` was parsed from `parsed_text`: the input text with the repeated headlines, the
    dateline and the photo credits blanked by spaces (newlines kept), so that every
    character offset in `doc` is an offset into the input text exactly as read.
    """
    raw: RawArticle
    layout: Layout
    doc: "spacy.tokens.Doc"

    @property
    def text(self) -> str:
        return self.raw.text

    @property
    def published(self) -> Optional[str]:
        return self.layout.published

    def skipped(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a blanked span (headline copy, dateline, credit)."""
        if not self.layout.skip:
            return False
        return self._skips.overlaps(start, end)

    @property
    def page(self) -> "Page":
        """Facts about the whole page (is it a sports report?), made once per article and read by every stage
        (extractors/page.py `page_of`)."""
        from .page import page_of

        return page_of(self.doc)

    @functools.cached_property
    def _skips(self) -> "Spans":
        from .spans import Spans

        return Spans((s, e, None) for s, e in self.layout.skip)
