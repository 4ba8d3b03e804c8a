"""speed36c: the dates' keys and whole-text forms found by `scan.literal_matches` (their leading words by `str.find`)
give the matches the regex engine's own scan gives, on invented texts and random strings of the letters they read."""
from __future__ import annotations

import random
import re

import pytest

from dateline.extractors.dates.grammar import form_words, key_scanners, key_words, keys, patterns, scanners
from dateline.scan import leading_words, literal_matches, matches_at

INVENTED = [
    "On Monday, Jan. 5, the council met; the day before, it said that same week it would meet next year.",
    "Marching in Mayfield: a quarter of the fiscal year, half a century ago, from now on, every other Tuesday.",
    "The rally took place at midnight Saturday, at noon, and at midday on New Year's Eve 2015; twice a week.",
    "Earlier this spring, later that summer, last night, tonight and tomorrow; the 1990s; in the coming weeks.",
    "Decembers, decadence, yesterdays, hourly and weekly: Thanksgiving Day, Christmas Eve, Good Friday, fall.",
]


def _random(alphabet: str, seed: int, n: int = 1200) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 160))) for _ in range(n)]


def _spans(ms):
    return [(m.span(), m.groups()) for m in ms]


def _texts(words) -> list[str]:
    """Invented texts, and random strings of the words' letters, word pieces, spaces and marks."""
    pieces = sorted({w for word in words for w in (word, word[:-1], word[1:], word + "s")})
    rng = random.Random(len(pieces))
    glued = [" ".join(rng.choice(pieces + [",", ".", "the", "a", "1", "2015", "'s"]) for _ in range(rng.randrange(0, 30)))
             .replace(" ,", ",") for _ in range(600)]
    return [t.lower() for t in INVENTED] + glued + _random("".join(sorted(set("".join(words)))) + " .,-'", 7)


@pytest.mark.parametrize("key", sorted(key_words()))
def test_keys_found_by_their_words_as_by_the_regex(key):
    rx, scan, words = keys()[key], key_scanners().get(key), key_words()[key]
    for text in _texts(words):
        want = rx.finditer(text) if scan is None else matches_at(rx, scan, text)
        assert _spans(literal_matches(rx, words, text)) == _spans(want), text


def test_whole_text_forms_found_by_their_words_as_by_the_regex():
    checked = 0
    for (form, rx, key), scan, words in zip(patterns(), scanners(), form_words()):
        if words is None:
            continue
        checked += 1
        for text in _texts(words):
            for pos, end in ((0, len(text)), (3, max(3, len(text) - 5))):
                assert _spans(literal_matches(rx, words, text, pos, end)) == _spans(rx.finditer(text, pos, end)), text
    assert checked >= 3


def test_keys_and_forms_that_take_words():
    """The words are those every match opens with (a word another begins is left out); a pattern opening with a class,
    a look-around or an optional group has none; a common leading word (`the`) is not taken."""
    assert set(key_words()["mon"]) >= {"jan", "mar", "may", "sep"} and "january" not in key_words()["mon"]
    assert key_words()["wd"] == ("friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday")
    assert "digits" not in key_words() and "iso" not in key_words()
    assert leading_words(re.compile(r"(?:last|next)\s+(?:week|day)")) == ("last", "next")
    assert leading_words(re.compile(r"today|tonight|last\s+night|lasting")) == ("last", "today", "tonight")
    assert leading_words(re.compile(r"(?P<w>walks?|runs)\b")) == ("runs", "walk")
    assert leading_words(re.compile(r"(?:the\s+)?week")) is None
    assert leading_words(re.compile(r"(?<!\w)week|day")) is None
    assert leading_words(re.compile(r"\bweek")) is None
    assert leading_words(re.compile(r"[ab]c|d")) is None
    assert leading_words(re.compile(r"week", re.I)) is None
    assert leading_words(re.compile(r"(?:a|b)*c")) is None
    assert all(w is None or "the" not in w for w in form_words())


def test_literal_matches_are_finditer_on_random_texts():
    for rx in (re.compile(r"(?:ab|abc|b)c?"), re.compile(r"aa|a\b"), re.compile(r"(?P<x>ba|a)b*"),
               re.compile(r"\bab(?=c)|b")):
        words = leading_words(re.compile(rx.pattern[2:])) if rx.pattern.startswith(r"\b") else leading_words(rx)
        for text in _random("abc .", 3, 800):
            for pos, end in ((0, len(text)), (2, max(2, len(text) - 3))):
                assert _spans(literal_matches(rx, words, text, pos, end)) == _spans(rx.finditer(text, pos, end)), text


@pytest.mark.parametrize("key", sorted(__import__("dateline.extractors.dates.grammar", fromlist=["KEY_HOLDS"]).KEY_HOLDS))
def test_every_hit_of_a_gated_key_holds_one_of_its_strings(key):
    """`KEY_HOLDS`: a text without any of a key's strings has no hit of the key (its forms are then not tried)."""
    from dateline.extractors.dates.grammar import KEY_HOLDS

    rx = keys()[key]
    texts = INVENTED + ["In the 1990s, on 3/14/2015 and 12/1/1999, the '80s and the 1960's; 10/10/10; 4/5/2020."] + \
        _random("0123456789/'s -", 11, 3000)
    hits = 0
    for text in texts:
        for m in rx.finditer(text.lower()):
            hits += 1
            assert any(x in m.group() for x in KEY_HOLDS[key]), m.group()
    assert hits
