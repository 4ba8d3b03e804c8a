"""The events stage's exact cuts of speed38a: the positions of a few lemmas found by `list.index` (`columns._positions`,
what `class_picked` reads), the page's topic words counted among the forms that can name a topic (`confidence.
page_topics`), and the headline reading's verb forms kept a process (`headlines._verb_forms`). Each must give what the
walk it replaced gives; the stage's output is checked unchanged on the bench sets (docs/accuracy.md, speed38a). These
fail before speed38a (the helpers do not exist) and fail with a `_positions` that leaves its merge unsorted or stops at
a lemma's first place, a `_topic_forms` without the plural forms, or a memo that keeps another form's answer (that a misread headline verb is still read through the memo, tests/
extractors/test_event_speed37a.py)."""
from __future__ import annotations

import random
from collections import Counter

import pytest

from dateline.extractors.events import columns, confidence, headlines
from dateline.extractors.events.lexicon import load

WORDS = ("vote", "talk", "charge", "hold", "drop", "jail", "the", "of", "a", "protest", "strike")


@pytest.mark.parametrize("seed", range(40))
def test_positions_are_those_of_the_walk(seed):
    rng = random.Random(seed)
    lems = [rng.choice(WORDS) for _ in range(rng.randrange(0, 60))]
    for size in range(0, 8):
        hit = set(rng.sample(WORDS, size))
        assert columns._positions(lems, hit) == [i for i, low in enumerate(lems) if low in hit]
        assert columns._positions(lems, frozenset(hit)) == [i for i, low in enumerate(lems) if low in hit]


def _topics_walk(text: str) -> tuple:
    """`page_topics` before speed38a: every distinct word of the page looked up."""
    words, counts = confidence.topic_words(), Counter()
    for w, n in Counter(confidence.WORD.findall(text.lower())).items():
        topic = words.get(w) or (words.get(w[:-1]) if w.endswith("s") else None)
        if topic:
            counts[topic] += n
    return tuple(sorted(counts.items()))


def test_page_topics_are_those_of_every_word():
    listed = sorted(confidence.topic_words())
    rng = random.Random(7)
    for _ in range(30):
        picks = rng.sample(listed, min(len(listed), 12))
        text = " ".join(rng.choice((w, w + "s", w.upper(), w + "es", "zz" + w, w + "'s")) for w in picks * 2)
        text += " The council of Branford met on Monday to talk about the weather and the roads."
        assert confidence.page_topics(text) == _topics_walk(text)
    plural = next(w for w in listed if w + "s" not in confidence.topic_words())
    assert confidence.page_topics(f"{plural}s and {plural}s") == _topics_walk(f"{plural}s and {plural}s") != ()


def test_verb_forms_answer_as_the_verb_keys():
    lex = load()
    heads = headlines._phrase_heads()
    verbs = sorted(lex.verbs)[:60]
    forms = [v + end for v in verbs for end in ("s", "es", "ed", "d", "")] + ["skywriters", "tables", "planned", "zzzs"]
    form = headlines._verb_forms()
    for _ in range(2):                    # (the second time from the memo)
        for x in forms:
            want = headlines._verb_key(x, lex.verbs, True) is not None or headlines._verb_key(x, heads) is not None
            assert form(x) is want, x

