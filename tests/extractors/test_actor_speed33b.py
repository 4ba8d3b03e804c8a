"""speed33b: the prefilters in front of the actors' whole-text patterns answer as the patterns alone (invented texts)."""
from __future__ import annotations

import random
import re
import sys
from collections import Counter

import dateline.extractors.actors  # noqa: F401  (the package's `codes` name is its pass: the modules by sys.modules)
from dateline.lexicon import actors as lex

codes = sys.modules["dateline.extractors.actors.codes"]
states = sys.modules["dateline.extractors.actors.states"]

TEXTS = [
    "The Titus County Sheriff's Office said the man faces a felony charge; a grand jury will meet.",
    "THE COUNTY SHERIFF’S DEPUTIES and a state trooper stopped the car on the highway.",
    "Ministers met in Brussels on Monday to talk about trade and fishing quotas.",
    "A Garda spokesman said the Dáil would sit again; the fine was £200.",
    "Señor Ortiz, a felony suspect, spoke to the DISTRICT ATTORNEY about the misdemeanors.",
    "The ſheriff's office (an old spelling) and the \u212aelvin county jail.",
    "felonious felony-related felonyx misdemeanor.",
    "",
]


def _whole_pattern(text: str, lo: int = 0, hi=None) -> Counter:
    """cue_votes as it was: the pattern of every phrase over the window."""
    phrases = sorted(lex.home_cues(), key=len, reverse=True)
    rx = re.compile("|".join((r"(?<!\w)" if p[:1].isalnum() else "") + re.escape(p) +
                             (r"(?!\w)" if p[-1:].isalnum() else "") for p in phrases), re.IGNORECASE)
    cues = lex.home_cues()
    found = (cues.get(m.group(0).lower()) or cues.get(m.group(0).casefold())
             for m in rx.finditer(text, lo, len(text) if hi is None else hi))
    return Counter(c for c in found if c is not None)


def _answer(votes, *args):
    """The votes as a list, or the error's type."""
    try:
        return list(votes(*args).items())
    except KeyError:
        return KeyError


def test_cue_votes_as_the_whole_pattern():
    rng = random.Random(33)
    for text in TEXTS:
        windows = [(0, None), (-5, None), (3, 10 ** 6)] + \
            [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))) for _ in range(20)]
        for lo, hi in windows:
            assert _answer(codes.cue_votes, text, lo, hi) == _answer(_whole_pattern, text, lo, hi), (text, lo, hi)
    assert codes.cue_votes(TEXTS[0])["USA"] == 3


def test_cues_in_skips_a_text_without_cues():
    assert codes._cues_in(TEXTS[2], 0, len(TEXTS[2])) == ()
    assert codes._cues_in(TEXTS[4], 0, len(TEXTS[4]))                # `ñ`: lowers to one letter, no phrase's
    assert codes._cues_in(TEXTS[5], 0, len(TEXTS[5])) is None        # `ſ`: the pattern pairs it with `s`, its
    #                                                                  lower case is itself (speed35a: `_case_trouble`)
    assert codes._cues_in(TEXTS[0], 0, len(TEXTS[0]))


def test_names_us_county_and_cued_signs_prefilters():
    assert codes.names_us_county("They live in Cass County, near the river.") == any(
        m.group(0) in lex.us_counties() for m in codes.US_COUNTY.finditer("They live in Cass County, near the river."))
    assert not codes.names_us_county("The county board met.")
    for text in ("The fire chief told KHOU on Friday.", "(Photo: WFIE)", "Copyright 2015 WXYZ",
                 "WASHINGTON - The WHO said.", "told KHOU-TV"):
        assert bool(states._SIGN_LETTERS.search(text)) or not list(states._cued_sign().finditer(text))
    assert not states._SIGN_LETTERS.search("WASHINGTON - The WHO and the KKK.")


def test_a_long_s_cue_is_read_by_its_case_fold_not_an_error():
    text = "The ſheriff's office said the man was held."      # (it raised a KeyError and lost the article)
    assert codes.cue_votes(text)["USA"] == 1
