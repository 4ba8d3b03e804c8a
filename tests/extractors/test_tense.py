"""The tense module: the dates' reading of the verb governing an expression, and the events' pluperfect."""
from __future__ import annotations

import pytest

from dateline.extractors import tense
from dateline.extractors.dates.words import load


def _tense_at(ctx, expression: str):
    start = ctx.text.index(expression)
    return tense.expression_tense(ctx.doc, ctx.text, start, start + len(expression), load())


@pytest.mark.parametrize("sentence, expression, expected", [
    ("The envoy met rebel leaders on Tuesday in the north.", "Tuesday", "past"),
    ("The envoy will meet rebel leaders on Tuesday in the north.", "Tuesday", "future"),
    ("The union vowed to return to the streets on Tuesday.", "Tuesday", "future"),
    ("Protesters planned a rally Saturday in the capital.", "Saturday", "future"),
    ("The curfew stays in force until Friday, officials said.", "Friday", "future"),
    ("Fighting has not stopped since Monday in the north.", "Monday", "past"),
    ("The court upheld Wednesday's ruling on the ban.", "Wednesday", "past"),
])
def test_expression_tense_reads_the_governing_verb_and_cues(ctx_of, sentence, expression, expected):
    assert _tense_at(ctx_of(sentence), expression) == expected


def test_the_paragraph_bounds_the_text_between_blank_lines():
    text = "Headline here\n\nFirst paragraph.\n\nSecond."
    start = text.index("First")
    assert tense.paragraph(text, start, start + 5) == (text.index("\n\nFirst"), text.index("\n\nSecond"))
    assert tense.paragraph(text, 0, 8) == (-1, text.index("\n\nFirst"))


def test_pluperfect_is_had_with_a_past_participle(ctx_of):
    ctx = ctx_of("Rebels had attacked the town before the army arrived.")
    verbs = {t.lower_: t for t in ctx.doc if t.pos_ in ("VERB", "AUX")}
    assert tense.pluperfect(verbs["attacked"])
    assert not tense.pluperfect(verbs["arrived"])
    assert tense.aux_words(verbs["attacked"]) == {"had"}
