"""The events stage's game-report bound (speed36a): `_may_report` counts sentences with a score mark
(`domains._score_marks`), not any hyphen; the marks must hold every word where `_scored_at` finds a score (invented
texts). The stage's output is checked unchanged on the bench sets (docs/accuracy.md, speed36a)."""
from __future__ import annotations

import random

from dateline.extractors.events import domains
from dateline.extractors.events.checks import senses


def test_the_score_marks_hold_every_score_the_sentence_test_finds(nlp):
    """At every word where `_scored_at` finds a score (one token `45-40`, or `31 - 3` split by the tokenizer), the
    marks hold it; a hyphen of a word or a case number is no mark."""
    rng = random.Random(36)
    parts = ["45-40", "31 - 3", "3-1", "No. 14-915", "pages 12-30", "well-known", "co-op", "-", "7", "the", "won",
             "Hornets", "102-98", "2 - 7", "ten-year", "0-0", "beat", ".", "in the 3-2 win", "201-3"]
    for _ in range(120):
        doc = nlp(" ".join(rng.choice(parts) for _ in range(rng.randint(3, 14))))
        marks = domains._score_marks(doc)
        for a in range(len(doc)):
            for b in range(a + 1, len(doc) + 1):
                if domains._scored_at(doc, a, b):
                    assert any(a <= i < b for i in marks), (doc.text, a, b)
    doc = nlp("The well-known co-op opened a ten-year plan.")
    assert domains._score_marks(doc) == []


def test_a_page_of_split_scores_is_still_a_game_report(nlp):
    """Scores the tokenizer splits (`52 - 17`) and no word of sport in two of the sentences: the page still passes
    the bound and reads as a game report; a page of hyphenated words and no score does not pass."""
    w = senses()
    report = nlp("The Hornets beat the Falcons 52 - 17 on Saturday. The Owls crushed the Badgers 31 - 3 at home. "
                 "The Comets won the playoff game 4-2. The Rams beat the Herons for their fifth win.")
    assert domains._may_report(report, w) and domains.game_report(report, w)
    news = nlp("The well-known mayor met a co-op. A ten-year plan was read. The long-term deal was signed. "
               "A so-called expert spoke.")
    assert not domains._may_report(news, w)
