"""ident44: a pronoun speaker after a sentence in which one person says, writes or sees what another did is the
first person (the verb's subject), not the subject of the clause that is the verb's complement. Invented sentences; rows marked `fails on main` fail before ident44, the guards pass
before and after. One row: text, the quote's opening words, the name its speaker must resolve to."""
from __future__ import annotations

import pytest

CASES = [
    ("reporter_not_the_reported_subject",         # fails on main: Ray Dorn, the subject of the reported clause
     "Tom Vell said that Ray Dorn would resign on Friday. \"I am tired of waiting,\" he said.\n",
     "I am tired", "Tom Vell"),
    ("reporter_of_a_written_claim",               # fails on main: Ray Dorn
     "Tom Vell wrote on his blog that Ray Dorn had never paid the bill. \"The town paid it,\" he wrote.\n",
     "The town", "Tom Vell"),
    ("subject_of_a_verb_of_seeing",               # fails on main: Ray Dorn, the subject of what Tom Vell saw
     "Tom Vell saw that Ray Dorn was leading the race by two laps. \"I pushed harder after that,\" he said.\n",
     "I pushed", "Tom Vell"),
    ("guard_gender_tells_the_reported_one",       # `he` after Ann Vell's report: Ray Dorn, as before
     "Ann Vell said that Ray Dorn would resign on Friday. \"I am tired of waiting,\" he said.\n",
     "I am tired", "Ray Dorn"),
    ("guard_the_reported_one_speaks_next",        # Ray Dorn is a main clause's subject later: his, as before
     "Tom Vell said Ray Dorn would resign. Ray Dorn denied it on Monday. \"I am staying,\" he said.\n",
     "I am staying", "Ray Dorn"),
    ("guard_reported_by_no_person",               # `Police said`: no person reports, Ray Dorn, as before
     "Police said Ray Dorn was shot twice on Sunday. \"I heard a bang,\" he said.\n", "I heard", "Ray Dorn"),
]


@pytest.mark.parametrize("text, opening, name", [pytest.param(t, o, n, id=i) for i, t, o, n in CASES])
def test_pronoun_speaker_after_a_report(ctx_of, text, opening, name):
    from dateline.extractors.quotes import extract_quotes

    (q,) = [q for q in extract_quotes(ctx_of(text)) if q.text.lstrip("“\"").startswith(opening)]
    assert q.speaker is not None and q.speaker.name is not None
    got = q.speaker.name.text
    assert got == name and text[q.speaker.name.start:q.speaker.name.end] == name, got
