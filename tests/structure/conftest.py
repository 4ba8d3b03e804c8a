"""Helpers for the structure tests: a fixture file's text and its Layout (no spaCy needed)."""
from __future__ import annotations

import pathlib

import pytest

from dateline.records import RawArticle
from dateline.structure import structure

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def layout_of():
    """layout_of(text_or_fixture_name, title=None, published=None) -> (text, Layout)."""
    def _layout(source: str, *, title=None, published=None):
        text = (FIXTURES / source).read_text(encoding="utf-8") if source.startswith("structure_") else source
        return text, structure(RawArticle(id="t", text=text, title=title, published=published))

    return _layout
