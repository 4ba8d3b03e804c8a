"""Stores built from hand-made Article records (invented stories), so queries are tested apart from the extractors.

Event confidences: shelled 0.92, signed 0.81, asked 0.35 (a compound source with no code of its own), did not
threaten 0.7 (negated), marched none (not scored), might block 0.55 (hypothetical, no target).
"""
from __future__ import annotations

import pytest

from dateline.records import (Actor, Article, Caption, Casualty, Dateline, Place, Quote, Speaker,
                              TimeExpression)
from tests.helpers import at, event, mention, part, span


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
        events=(event(text, "shelled", "ASSAULT", 4, sentence=first, cameo="195",
                      source=[part(text, "Ruritanian troops", "A1")], target=[part(text, "rebel positions", "A2")],
                      date="2026-03-01", place="P1", dead=4, date_from="sentence", confidence=0.92),),
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
            event(text, "signed", "AGREE", 1, sentence="Ruritania and Grand Fenwick signed a trade accord on Friday.",
                  cameo="057", source=[part(text, "Ruritania", "A1")], target=[part(text, "Grand Fenwick", "A2")],
                  date="2026-03-13", date_from="clause", confidence=0.81),
            event(text, "asked", "REQUEST", 1, sentence="Ruritania and Grand Fenwick asked the United Nations for flood aid.",
                  cameo="020", source=[part(text, "Ruritania and Grand Fenwick", "A3", nth=1)],
                  target=[part(text, "the United Nations", "A4")], confidence=0.35),
            event(text, "threaten", "THREATEN", 3, sentence="Grand Fenwick did not threaten Ruritania with sanctions",
                  cameo="130", source=[part(text, "Grand Fenwick", "A2", nth=2)],
                  target=[part(text, "Ruritania", "A1", nth=2)], negated=True, confidence=0.7),
        ),
        source="Wire", text=text)


def protest() -> Article:
    text = ("STRELSAU - Hundreds of students marched on the Ruritanian parliament in April, "
            "and said they might block the railway next week.\n")
    sentence = text[text.index("Hundreds"):].strip()
    return Article(
        id="protest", title=None, published="2026-04-20", published_from="dateline",
        dateline=Dateline("STRELSAU", None, 0, at(text, "- ")[1]), truncated=True,
        actors=(Actor("A1", "students", None, "EDU", mentions=(mention(text, "Hundreds of students"),)),
                Actor("A2", "Ruritanian parliament", "RUR", "LEG", mentions=(mention(text, "the Ruritanian parliament"),))),
        events=(event(text, "marched", "PROTEST", 4, sentence=sentence, cameo="141",
                      source=[part(text, "Hundreds of students", "A1")], target=[part(text, "the Ruritanian parliament", "A2")],
                      mode="demo", date="2026-04"),
                event(text, "block", "THREATEN", 3, sentence=sentence, cameo="138",
                      source=[part(text, "Hundreds of students", "A1")], hypothetical=True, date="2026-04-27",
                      confidence=0.55)),
        text=text)


def stories() -> list[Article]:
    return [shelling(), accord(), protest()]


def write_stories(path) -> str:
    """A store file at `path` holding the stories (written in one transaction); its path as a string."""
    from dateline.store import Store

    with Store.open(path) as s:
        s.write_articles([(a, f"{a.id}.txt") for a in stories()])
    return str(path)


@pytest.fixture
def articles():
    return stories()


@pytest.fixture
def store(stories_db):
    """A fresh store holding the stories (the `articles`)."""
    from dateline.store import Store

    s = Store.open(stories_db)
    yield s
    s.close()
