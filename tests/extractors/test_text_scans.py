"""The whole-text patterns that `spans.matches_at` tries only where their scan finds a start give the matches their
`finditer` gives (invented texts and random strings of the characters the patterns read)."""
from __future__ import annotations

import importlib
import random

import pytest

from dateline.extractors.spans import matches_at

codes, hits, states, places = (importlib.import_module("dateline.extractors." + name)   # (modules, not the functions
                               for name in ("actors.codes", "actors.hits", "actors.states", "places"))   # of a package)

INVENTED = [
    "ABERWICK — The governor (D-Lindmoor) spoke. He left 14 people dead.--Kevin Orland.\n",
    "Police said Joyce Palmer, 22, Westfield, was held at the 2400 block of Cedar Lane and 197 N. Elm St. on Monday.",
    "Listen to WQRX-FM and KBLT 11 News. The senator (R-Ore.) spoke. LINDMOOR, Aberwick (Wire) - Talks ended.",
    "The Capitol . ABERWICK: Unknown men fired. \"We will stay.\"—Amal Hadi\n12 Main Road, 1999 Elm Road",
]


def _random(alphabet: str, seed: int, n: int = 1500) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 120))) for _ in range(n)]


def _spans(ms):
    return [(m.span(), m.groups()) for m in ms]


@pytest.mark.parametrize("rx, scan, shift, alphabet", [
    (codes.SIGNATURE, codes._SIGNATURE_AT, 1, "Ab .!?\"”’'-—\n\tKevin"),
    (states.CALL_SIGN, states._CALL_SIGN_AT, 0, "KWTVFMADLPQ- 0123News\n"),
    (places._PARTY_HOME, places._PARTY_HOME_AT, 0, "DRIabO.-, );x"),
    (hits.RESIDENCE, hits._AGE, 2, "Ab., ’'0123 ofwasPl;\t"),
    (hits._address(), hits._DIGIT, 0, "0123456789 ,.AbNSEW-’'StRoadblockof\n/–é_"),
])
def test_scanned_patterns_match_as_finditer(rx, scan, shift, alphabet):
    for text in INVENTED + _random(alphabet, len(alphabet)):
        assert _spans(matches_at(rx, scan, text, shift)) == _spans(rx.finditer(text))


def test_inline_datelines_match_as_finditer():
    for text in INVENTED + ["LINDMOOR - text", " LINDMOOR - text"] + _random("ABCZ '.-\n!?,:()—–Db", 5):
        assert _spans(places._inline_dateline_matches(text)) == _spans(places._INLINE_DATELINE.finditer(text))


def test_holders_are_the_lexicon_people_holding_an_office_of_the_country_that_day():
    """`descriptions._holders`: each person of people.tsv with an office of the country held on the day, in the
    lexicon's order, with those offices (what `_who` asked of every person at each description), kept a day and country."""
    from dateline.lexicon import actors as lex

    descriptions = importlib.import_module("dateline.extractors.actors.descriptions")
    for day, iso in (("2016-03-01", "USA"), ("2003-06-15", "GBR"), ("1999-01-01", "FRA"), ("2016-03-01", "ZZZ")):
        want = [(p, tuple(o for o in p.offices if o.holds(day) and o.country == iso)) for p in lex.people().values()]
        want = [(p, os) for p, os in want if os]
        assert list(descriptions._holders(day, iso)) == want
        assert descriptions._holders(day, iso) is descriptions._holders(day, iso)
    assert descriptions._holders("2016-03-01", "USA")        # (the lexicon has a US office holder then)


def test_event_lemma_is_the_lower_case_lemma(nlp):
    """`triggers.lemma` reads each lemma's lower case from a table kept once a process: the same string as
    `lemma_.lower()`, for every word (a capitalised lemma, a number, punctuation)."""
    from dateline.extractors.events.triggers import lemma

    doc = nlp("The IAEA's inspectors ACCUSED Aberwick of hiding 12 sites; \u201cWe\u2019re done,\u201d Lindmoor said.")
    for t in doc:
        assert lemma(t) == t.lemma_.lower()
        assert lemma(t) == lemma(t)


def test_actor_word_classes_are_read_once_and_an_unknown_class_is_an_error():
    from dateline.lexicon import actors as lex

    assert lex.words("locative") is lex.words("locative")
    with pytest.raises(KeyError):
        lex.words("no such class")
