"""ident43: the speaker of a quote when two people of the article bear one surname. Invented sentences; rows
marked `fails on main` fail before ident43, the guards pass before and after. One row: text, the quote's opening
words, the name its speaker must resolve to (where nothing tells, the surname's first full mention, as before)."""
from __future__ import annotations

import pytest

CASES = [
    ("full_name_speaker_is_her_own",              # fails on main: `Ann Vell said` resolved to Tom Vell
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. \"We never thought it would sell out,\" Ann Vell "
     "said.\n", "We never", "Ann Vell"),
    ("bare_surname_she",                          # fails on main: Tom Vell; `she` tells
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. \"We will buy new ovens,\" Vell said, and she "
     "showed the old ones.\n", "We will", "Ann Vell"),
    ("guard_bare_surname_not_told",               # nothing tells: the surname's first full mention, as before
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. \"We will buy new ovens,\" Vell said.\n",
     "We will", "Tom Vell"),
    ("guard_he_inside_the_quote",                 # `"She ...` inside the quote tells nothing of the speaker
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. Vell said, \"She works too hard.\"\n",
     "She works", "Tom Vell"),
    ("guard_a_word_that_is_no_given_name",        # `Stated Vell`: no given name of its own, the first full mention
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. \"We will buy new ovens,\" stated Vell.\n",
     "We will", "Tom Vell"),
    ("guard_one_person_of_the_surname",           # one Vell: the surname is his
     "Tom Vell opened a bakery in Dorrance last year. \"We will buy new ovens,\" Vell said.\n", "We will",
     "Tom Vell"),
    ("she_of_another_clause_tells_nothing",      # fails on int43 (review43b): the mayor's `she` gave the quote to Ann Vell
     "Tom Vell and Ann Vell have run a bakery in Dorrance for years.\n\n\"The oven broke last week,\" Vell said, "
     "adding that the mayor promised she would send an inspector.\n", "The oven", "Tom Vell"),
    ("guard_she_of_the_said_clause",              # (review43b) `Vell said she ...`: hers
     "Tom Vell and Ann Vell have run a bakery in Dorrance for years.\n\nVell said she would buy a new oven, "
     "\"a bigger one,\" next month.\n", "a bigger", "Ann Vell"),
]


@pytest.mark.parametrize("text, opening, name", [pytest.param(t, o, n, id=i) for i, t, o, n in CASES])
def test_quote_speaker_of_a_shared_surname(ctx_of, text, opening, name):
    from dateline.extractors.quotes import extract_quotes

    (q,) = [q for q in extract_quotes(ctx_of(text)) if q.text.lstrip("“\"").startswith(opening)]
    assert q.speaker is not None
    got = q.speaker.name.text if q.speaker.name is not None else None
    assert got == name and text[q.speaker.name.start:q.speaker.name.end] == name, got
