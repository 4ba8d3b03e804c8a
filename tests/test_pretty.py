"""The readable rendering: every part of a hand-made article shows, on single clipped lines."""
from dateline.pretty import clip, render
from dateline.records import (Actor, Article, Caption, Casualty, Dateline, Event, Mention, Participant, Place, Quote,
                              Span, Speaker, TimeExpression)

TEXT = ("Port reopens\n\nODESA (AFP) – The port reopened on Monday, officials said.\n\n"
        "\"Ships are moving,\" said Mayor Ilya Dranko.\n")


def article():
    s = TEXT.index("\"Ships")
    return Article(
        id="port", title="Port reopens", published="2022-08-01", published_from="input",
        dateline=Dateline(place="Odesa", agency="AFP", start=14, end=27), truncated=True,
        captions=(Caption(start=0, end=12, credit="ANNA ROY", credit_start=4, credit_end=12),),
        quotes=(Quote(start=s, end=s + 21, text=TEXT[s:s + 21], cue=Span(s + 22, s + 26, "said"),
                      speaker=Speaker(s + 27, s + 43, "Mayor Ilya Dranko", actor="a1")),),
        actors=(Actor(id="a1", name="Ilya Dranko", country="UKR", sector="GOV", role="mayor",
                      mentions=(Mention(s + 27, s + 43, "Mayor Ilya Dranko"),)),),
        dates=(TimeExpression(start=48, end=54, text="Monday", value="2022-08-01"),),
        events=(Event(type="CONSULT", mode=None, quad=1, cameo="040", source=(Participant(0, 1, "x", "a1"),),
                      target=(Participant(2, 9, "the\n\n   port", None),), trigger=Span(35, 43, "reopened"),
                      negated=True, hypothetical=False, date="2022-08-01", sentence={"start": 28, "end": 70},
                      place="p1", dead=3),),
        places=(Place(id="p1", name="Odesa", country="UA", admin1=None, lat=46.48, lon=30.73, feature="city"),),
        casualties=(Casualty(start=0, end=5, text="three dead", killed=3, qualifier="at least"),),
        text=TEXT)


def test_render_shows_each_part():
    out = render(article())
    assert out.splitlines()[0] == "== port: Port reopens"
    assert "dateline Odesa (AFP)" in out and "published 2022-08-01 (from input)" in out and "TRUNCATED" in out
    assert "credit: ANNA ROY" in out
    assert "Mayor Ilya Dranko = Ilya Dranko (said)" in out
    assert "'Monday'=2022-08-01" in out
    assert "Ilya Dranko [UKR/GOV], mayor" in out
    assert "Ilya Dranko —CONSULT NOT→ the port" in out and "in Odesa" in out and "dead 3" in out
    assert "Odesa (UA 46.48,30.73)" in out
    assert "killed at least 3" in out


def test_clip_collapses_whitespace_and_cuts():
    assert clip("a\n\n   b") == "a b"
    assert clip("x" * 200, 10) == "x" * 9 + "…"


def test_render_says_where_a_page_came_from_and_what_was_not_analysed():
    import dataclasses

    page = dataclasses.replace(article(), source_format="warc", site="Odesa Daily", url="https://odesa.example/port",
                               language="uk")
    out = render(page)
    assert "read from warc: Odesa Daily · https://odesa.example/port" in out
    assert "language uk: not analysed" in out
    assert "read from" not in render(article())
