"""The highlighter: nested spans from escaped segments, anchors on first pieces, the text kept exactly."""
from __future__ import annotations

import html
import re

from dateline.web.highlight import Mark, render


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", str(markup)))


def test_text_without_marks_is_only_escaped():
    assert str(render('a <b> & "c"', [])) == "a &lt;b&gt; &amp; &#34;c&#34;"


def test_overlapping_marks_nest_and_keep_the_text():
    text = "Minister Ada Lund said <no> today."
    marks = [Mark(0, 17, "hl actor", "a-1", "a-1-0", "Ada Lund"), Mark(9, 22, "hl quote", "q-0", "q-0"),
             Mark(23, 27, "hl date", "d-0", "d-0", "<b>")]
    out = str(render(text, marks))
    assert plain(out) == text
    assert out.count('id="a-1-0"') == 1 and out.count('id="q-0"') == 1   # anchors only on the first piece
    assert out.count('data-k="q-0"') == 2                                  # the quote is cut by the actor's end
    assert 'title="&lt;b&gt;"' in out and "&lt;no&gt;" in out and "<no>" not in out
    # every piece is balanced
    assert out.count("<span") == out.count("</span>")


def test_outer_span_opens_first():
    out = str(render("abcdef", [Mark(2, 4, "inner", "i"), Mark(0, 6, "outer", "o")]))
    assert out.index('class="outer"') < out.index('class="inner"')
    assert out.startswith('<span class="outer" data-k="o">ab</span><span class="outer" data-k="o"><span class="inner"')


def test_marks_outside_the_text_or_empty_are_dropped():
    out = str(render("abc", [Mark(2, 9, "x", "x"), Mark(1, 1, "y", "y"), Mark(-1, 2, "z", "z"), Mark(None, 2, "n", "n")]))
    assert out == "abc"


def test_attribute_values_are_escaped():
    out = str(render("ab", [Mark(0, 2, 'c" onclick="x', "k", data=(("href", '"><script>'),))]))
    assert "<script>" not in out and 'onclick="x' not in out


def test_place_tooltips_leave_out_admin1_codes_made_of_digits():
    """lead46: a GeoNames admin1 code of digits (`78`) means nothing to a reader: the tooltip names the place and
    its country; a letter code (a US state's `GA`) stays."""
    from dateline.web.articles import marks_for

    text = "Talks in Warsaw and Macon ended."
    rec = {"places": [{"id": "P1", "name": "Warsaw", "admin1": "78", "country": "PL", "lat": 52.23, "lon": 21.01,
                       "mentions": [{"start": 9, "end": 15}]},
                      {"id": "P2", "name": "Macon", "admin1": "GA", "country": "US", "lat": 32.84, "lon": -83.63,
                       "mentions": [{"start": 20, "end": 25}]}]}
    tips = {m.key: m.title for m in marks_for(rec, text, {}) if "place" in m.classes}
    assert tips["p-P1"] == "Warsaw, PL (52.23, 21.01)"
    assert tips["p-P2"] == "Macon, GA, US (32.84, -83.63)"
