"""user45: classes found by reading dateline's whole output on invented stories of new kinds of copy
(bench/user45_stories): a quote speaker left unlinked although its words are a mention of one actor. Invented
sentences; a row marked `fails on main` failed before the change."""
from __future__ import annotations


def test_a_speaker_that_is_a_mention_of_one_actor_speaks_for_it(run):
    # fails on main: a foreign minister quoted before made the speakers pass leave `X's foreign ministry` unlinked,
    # though a later pass gave those very words to the state
    text = ("Norway orders Russian diplomats out\n\nNorway has ordered two Russian diplomats to leave within a "
            "week.\n\nForeign Minister Jonas Berget Lund said on Monday that the two men had been declared unwelcome. "
            "\"Spies will be sent home,\" he told reporters.\n\nRussia's foreign ministry called the decision "
            "\"a hostile step\" and said it would respond.\n")
    article = run(text)
    (q,) = [q for q in article.quotes if "hostile" in q.text]
    assert q.speaker is not None and q.speaker.text == "Russia's foreign ministry"
    holder = next(a for a in article.actors if a.id == q.speaker.actor)
    assert any((m.start, m.end) == (q.speaker.start, q.speaker.end) for m in holder.mentions)
    assert holder.country == "RUS"
