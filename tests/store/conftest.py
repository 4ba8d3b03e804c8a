"""Stores built from hand-made Article records (invented stories), so queries are tested apart from the extractors."""
from __future__ import annotations

import pytest

from dateline.records import (Actor, Article, Caption, Dateline, Event, Participant, Place, Quote, Span,
                              Speaker, TimeExpression, Casualty)


from tests.helpers import at, mention  # noqa: E402  (shared builders)


def part(text, phrase, actor):
    s, e = at(text, phrase)
    return Participant(s, e, phrase, actor)


def span(text, phrase):
    s, e = at(text, phrase)
    return Span(s, e, phrase)


def event(text, sentence, type_, quad, cameo, trigger, source=(), target=(), **kw):
    s, e = at(text, sentence)
    return Event(type=type_, mode=kw.pop("mode", None), quad=quad, cameo=cameo, source=tuple(source),
                 target=tuple(target), trigger=span(text, trigger), negated=kw.pop("negated", False),
                 hypothetical=kw.pop("hypothetical", False), date=kw.pop("date", None),
                 sentence={"start": s, "end": e}, **kw)


def shelling() -> Article:
    text = ("ZENDA, Ruritania (Wire) - Ruritanian troops shelled rebel positions near Strelsau on Sunday, "
            "killing four fighters, the army said.\n"
            "\"We will not stop until the border is safe,\" General Anna Varga told reporters.\n"
            "Photo: A. Photographer/Wire\n")
    first = text[at(text, "Ruritanian troops")[0]:text.index("\n")]
    return Article(
        id="rur-shelling", title=None, published="2026-03-02", published_from="input",
        dateline=Dateline("ZENDA, Ruritania", "Wire", 0, at(text, "- ")[1]), truncated=False,
        captions=(Caption(*at(text, "Photo: A. Photographer/Wire"), credit="A. Photographer/Wire"),),
        quotes=(Quote(*at(text, "\"We will not stop until the border is safe,\""),
                      text="\"We will not stop until the border is safe,\"",
                      cue=span(text, "told"), speaker=Speaker(*at(text, "General Anna Varga"), "General Anna Varga", "A3")),),
        actors=(Actor("A1", "Ruritanian military", "RUR", "MIL", mentions=(mention(text, "Ruritanian troops"),
                                                                          mention(text, "the army"))),
                Actor("A2", "Ruritanian rebels", "RUR", "REB", mentions=(mention(text, "rebel"),)),
                Actor("A3", "Anna Varga", "RUR", "MIL", role="general", mentions=(mention(text, "General Anna Varga"),))),
        dates=(TimeExpression(*at(text, "Sunday"), "Sunday", "2026-03-01"),),
        events=(event(text, first, "ASSAULT", 4, "195", "shelled", [part(text, "Ruritanian troops", "A1")],
                      [part(text, "rebel positions", "A2")], date="2026-03-01", place="P1", dead=4),),
        places=(Place("P1", "Strelsau", "RU", None, 50.1, 14.2, "city", 9990001, mentions=(mention(text, "Strelsau"),)),),
        casualties=(Casualty(*at(text, "killing four fighters"), "killing four fighters", killed=4, event=0),),
        source="Wire", url="https://example.org/rur-shelling", text=text)


def accord() -> Article:
    text = ("GENEVA (Wire) - Ruritania and Grand Fenwick signed a trade accord on Friday.\n"
            "Ruritania and Grand Fenwick asked the United Nations for flood aid.\n"
            "Grand Fenwick did not threaten Ruritania with sanctions, its prime minister said.\n")
    return Article(
        id="accord", title="Trade accord", published="2026-03-15", published_from="input",
        dateline=Dateline("GENEVA", "Wire", 0, at(text, "- ")[1]), truncated=False,
        actors=(Actor("A1", "Ruritanian government", "RUR", "GOV", mentions=(mention(text, "Ruritania"),)),
                Actor("A2", "Grand Fenwick government", "GFK", "GOV", mentions=(mention(text, "Grand Fenwick"),)),
                Actor("A3", "Ruritania and Grand Fenwick", None, None, members=("A1", "A2"),
                      mentions=(mention(text, "Ruritania and Grand Fenwick", 1),)),
                Actor("A4", "United Nations", "IGO", "UNO", mentions=(mention(text, "the United Nations"),))),
        events=(
            event(text, "Ruritania and Grand Fenwick signed a trade accord on Friday.", "AGREE", 1, "057", "signed",
                  [part(text, "Ruritania", "A1")], [part(text, "Grand Fenwick", "A2")], date="2026-03-13"),
            event(text, "Ruritania and Grand Fenwick asked the United Nations for flood aid.", "REQUEST", 1, "020",
                  "asked", [Participant(*at(text, "Ruritania and Grand Fenwick", 1), "Ruritania and Grand Fenwick", "A3")],
                  [part(text, "the United Nations", "A4")]),
            event(text, "Grand Fenwick did not threaten Ruritania with sanctions", "THREATEN", 3, "130", "threaten",
                  [Participant(*at(text, "Grand Fenwick", 2), "Grand Fenwick", "A2")],
                  [Participant(*at(text, "Ruritania", 2), "Ruritania", "A1")], negated=True),
        ),
        source="Wire", text=text)


def protest() -> Article:
    text = ("STRELSAU - Hundreds of students marched on the Ruritanian parliament in April, "
            "and said they might block the railway next week.\n")
    return Article(
        id="protest", title=None, published="2026-04-20", published_from="dateline",
        dateline=Dateline("STRELSAU", None, 0, at(text, "- ")[1]), truncated=True,
        actors=(Actor("A1", "students", None, "EDU", mentions=(mention(text, "Hundreds of students"),)),
                Actor("A2", "Ruritanian parliament", "RUR", "LEG", mentions=(mention(text, "the Ruritanian parliament"),))),
        events=(event(text, text[text.index("Hundreds"):].strip(), "PROTEST", 4, "141", "marched", [part(text, "Hundreds of students", "A1")],
                      [part(text, "the Ruritanian parliament", "A2")], mode="demo", date="2026-04"),
                event(text, text[text.index("Hundreds"):].strip(), "THREATEN", 3, "138", "block", [part(text, "Hundreds of students", "A1")],
                      [], hypothetical=True, date="2026-04-27")),
        text=text)


@pytest.fixture
def articles():
    return [shelling(), accord(), protest()]


@pytest.fixture
def store(articles):
    from dateline.store import Store

    s = Store.open(":memory:")
    for a in articles:
        s.write_article(a, origin=f"{a.id}.txt")
    yield s
    s.close()
