"""Properties over any input (hypothesis): the library entry point and the readers never raise, give one
Article or Failure per item, and every offset indexes the text. Quick by default, deep under `make test`."""
from __future__ import annotations

import io
import json

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from dateline import extract  # noqa: E402
from dateline.read import files, jsonl  # noqa: E402
from dateline.records import Article, Failure, RawArticle, ReadError, offset_errors  # noqa: E402
from dateline.structure import parse_text  # noqa: E402

# any code point, lone surrogates and controls included
ANY_CHAR = st.characters(exclude_categories=())
PIECES = ["WASHINGTON (AP) \u2014 ", "\"We will not retreat,\" ", "said Antonio Guterres", " on Monday",
          " in Kabul.", "\n\n", "\u201c", "\u201d", "'", "(Reuters) - ", "AFP PHOTO / JOHN DOE", " killed 12 people",
          "President Joe Biden", ", Russia's foreign minister,", "\ud800", "\u00a0", "\t", "...", "--", "\r\n"]
NEWSY = st.lists(st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=12)), max_size=25).map("".join)
TEXT = st.one_of(st.text(ANY_CHAR, max_size=300), NEWSY)
ITEM = st.one_of(TEXT, TEXT, st.none(), st.integers(), st.binary(max_size=200), st.floats())


@given(st.lists(ITEM, min_size=1, max_size=4))
def test_extract_gives_one_result_per_item_and_offsets_index_the_text(nlp, items):
    out = list(extract(items))
    assert len(out) == len(items)
    for item, result in zip(items, out):
        assert isinstance(result, (Article, Failure))
        if isinstance(result, Article):
            assert offset_errors(result) == []
            result.text.encode("utf-8")                   # storable and printable
            if isinstance(item, str):
                assert len(result.text) == len(item)      # replacements are one for one
        if not isinstance(item, (str, bytes)):
            assert isinstance(result, Failure)


@given(TEXT)
def test_the_parse_text_keeps_every_offset(text):
    assert len(parse_text(text, [])) == len(text)
    assert len(parse_text(text, [(0, len(text) // 2)])) == len(text)


JSON_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                          max_leaves=6)
RECORD = st.fixed_dictionaries({}, optional={"id": JSON_VALUE, "text": st.one_of(TEXT, JSON_VALUE),
                                             "title": JSON_VALUE, "published": JSON_VALUE, "source": JSON_VALUE,
                                             "url": JSON_VALUE})
LINE = st.one_of(RECORD.map(lambda d: json.dumps(d).encode("utf-8")), st.binary(max_size=80),
                 JSON_VALUE.map(lambda v: json.dumps(v).encode("utf-8")))


@given(st.lists(LINE, max_size=6))
def test_any_json_lines_read_as_articles_or_errors(lines):
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    out = list(jsonl.read_lines(io.BytesIO(data), origin="feed.jsonl", id="feed"))
    for item in out:
        assert isinstance(item, (RawArticle, ReadError))
        if isinstance(item, RawArticle):
            for value in (item.id, item.text, item.title, item.source, item.url):
                if value is not None:
                    value.encode("utf-8")
    assert len(out) >= 1


@given(st.binary(max_size=400))
def test_any_bytes_read_as_an_article_or_an_error(data):
    out = list(files.article(data, origin="x.txt", id="x"))
    assert len(out) == 1 and isinstance(out[0], (RawArticle, ReadError))
