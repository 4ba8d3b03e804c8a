"""speed36d: places' word-class passes served from one per-doc list, `_repeats`' walk, `_credit_list`'s cues by first
word. Each new index or gate is checked against the code it replaces, on invented inputs."""
from __future__ import annotations

import itertools
import random


def _walk(doc, wanted):
    """The old `_at_words`: every token of the LOWER column whose id the set holds, in order."""
    from dateline.extractors.places import _lower

    return [(i, lower) for i, lower in enumerate(_lower(doc)) if lower in wanted]


TEXTS = (
    "\n\nFighting in the town of Aberwick and near the village Lindmoor spread to the provinces of Kessa and Ovin, "
    "residents in Aberwick said. An Ostrava man was held on Quellen Street near Lake Varno.",
    "\n\nThe Dunmoor County Sheriff's Office and the Talvia Department of Health said the counties of Brell and Orrin "
    "were hit. Farmers from Pellik and the region Zander Vale met at the Orvin Bridge on Tuesday.",
    "\n\nNo place is named here at all, only words: it rained and they said so.",
)


def test_each_pass_set_is_served_from_the_class_words_as_the_walk_gives_it(ctx_of):
    """The seven passes' sets lie inside the union (so they are served from `_class_words`), and what `_at_words`
    gives for each is the walk over the column; a set outside the union (and the empty set) too. Fails with a union
    missing a class (a set inside it then misses its words) or a filter that drops or reorders words."""
    from dateline.extractors.places import (_at_words, _body_ids, _class_ids, _class_words, _kind_nouns, _kind_of_ids,
                                            _plural_kinds, _site_ids, place_words)
    from dateline.extractors.spans import lexicon_ids, string_ids

    sets = [lexicon_ids(place_words()["nameprep"]), lexicon_ids(_kind_nouns()), _kind_of_ids(),
            lexicon_ids(place_words()["dweller"]), lexicon_ids(_plural_kinds()), _site_ids(), _body_ids()]
    union = _class_ids()
    for s in sets:
        assert s <= union
    outside = string_ids({"aberwick", "said", "the"})
    assert not outside <= union
    for text in TEXTS:
        doc = ctx_of(text).doc
        assert _class_words(doc) == _walk(doc, union)
        for wanted in sets + [outside, frozenset(), string_ids({"town", "street"})]:
            assert _at_words(doc, wanted) == _walk(doc, wanted)
    doc = ctx_of(TEXTS[0]).doc
    assert [doc[i].text for i, _ in _at_words(doc, _site_ids())] == ["Street", "Lake"]


def test_the_class_words_hold_the_words_each_pass_looks_for(ctx_of):
    """Random invented runs of the classes' words and other words: the union's list equals the walk for every set."""
    from dateline.extractors.places import (_at_words, _kind_of_ids, _plural_kinds, _site_ids, kind_words, place_words,
                                            site_words)
    from dateline.extractors.spans import lexicon_ids

    rng = random.Random(36)
    vocab = sorted(place_words()["nameprep"]) + sorted(kind_words()) + sorted(_plural_kinds()) + \
        sorted(w for _, w in site_words()) + ["Brell", "Orrin", "walked", "quickly", "Zander", "and", ","]
    for _ in range(5):
        text = "\n\n" + " ".join(rng.choice(vocab) for _ in range(120)) + "."
        doc = ctx_of(text).doc
        for wanted in (lexicon_ids(place_words()["nameprep"]), _kind_of_ids(), _site_ids(),
                       lexicon_ids(_plural_kinds())):
            assert _at_words(doc, wanted) == _walk(doc, wanted)


def test_cues_by_first_word_find_the_cue_the_scan_finds():
    """`_credit_list`'s cue from the group of low's first word equals the first cue of the longest-first scan that low
    equals or opens, for invented cues (with and without spaces) and invented lines. Fails with groups keyed by
    anything but the text up to the first space, or ordered otherwise than longest first."""
    from dateline.lexicon import actors as lex
    from dateline.extractors.actors.people import _cues_by_first_word, _longest_first

    def scan(words, low):
        return next((c for c in _longest_first(words) if low == c or low.startswith(c + " ")), None)

    def grouped(words, low):
        return next((c for c in _cues_by_first_word(words).get(low.split(" ", 1)[0], ())
                     if low == c or low.startswith(c + " ")), None)

    invented = frozenset({"by", "words by", "words", "notes from", "notes from the desk", "notes", "x", "pen by",
                          "pen"})
    rng = random.Random(7)
    parts = ["by", "words", "notes", "from", "the", "desk", "pen", "x", "marla", "quint", "", "bye"]
    lows = [" ".join(p) for k in range(0, 4) for p in itertools.product(parts[:7], repeat=k)]
    lows += [" ".join(rng.choice(parts) for _ in range(rng.randint(0, 6))) for _ in range(2000)]
    for words in (invented, lex.words("byline")):
        for low in lows:
            assert grouped(words, low) == scan(words, low), low
    assert grouped(invented, "notes from the desk marla") == "notes from the desk"
    assert grouped(invented, "notes fromage") == "notes"
