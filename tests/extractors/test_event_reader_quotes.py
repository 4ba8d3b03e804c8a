"""The sentence reader's quotes by sentence (events `_quotes_by_sentence`, speed31b): the same quotes, in the same
order, as the walk over every quote at every sentence that it replaced."""
from __future__ import annotations

import random
from types import SimpleNamespace as NS

from dateline.extractors.events import _quotes_by_sentence


def _walk(sents, quotes):
    return [[j for j in range(len(quotes)) if quotes[j].start < s.end_char and s.start_char < quotes[j].end]
            for s in sents]


def test_quotes_across_sentences_and_empty_ones():
    sents = [NS(start_char=a, end_char=b) for a, b in ((0, 40), (41, 90), (90, 120), (121, 200))]
    quotes = [NS(start=5, end=60), NS(start=95, end=100), NS(start=90, end=90), NS(start=0, end=200),
              NS(start=150, end=210), NS(start=40, end=41)]
    assert _quotes_by_sentence(sents, quotes) == _walk(sents, quotes) == [[0, 3], [0, 3], [1, 3], [3, 4]]


def test_sentences_out_of_order_are_walked_whole():
    sents = [NS(start_char=50, end_char=80), NS(start_char=0, end_char=49)]
    quotes = [NS(start=10, end=20), NS(start=60, end=70), NS(start=45, end=55)]
    assert _quotes_by_sentence(sents, quotes) == _walk(sents, quotes)


def test_random_layouts_match_the_walk():
    rng = random.Random(31)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, 400), rng.randint(0, 12)))
        bounds = list(zip([0, *cuts], [*cuts, 400]))
        sents = [NS(start_char=a + rng.randint(0, 1) * (b - a > 1), end_char=b) for a, b in bounds]
        quotes = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 410)
            quotes.append(NS(start=a, end=a + rng.randint(0, 120)))
        assert _quotes_by_sentence(sents, quotes) == _walk(sents, quotes)
