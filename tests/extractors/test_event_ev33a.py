"""What the criticism detector's pairs read by the parse (ev33a, extractors/events/criticism.py `_verdict`,
`_rivals`, lexicon/criticism.tsv `contempt`): a judgement whose subject is the target or a thing of its, the target
the subject of a negated predicate, two actors of politics; on invented sentences."""
from __future__ import annotations

import pytest

from dateline.extractors.events import criticism
from dateline.extractors.events.columns import cols


def verdict(nlp, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return criticism._verdict(cols(doc), next(t.i for t in doc if t.text == word))


@pytest.mark.parametrize("text, word, feature", [
    ("Governor Pell's handling of the budget was reckless.", "Pell", "judged=blame"),   # a thing of the target's
    ("Mayor Calder is a hater of every new idea.", "Calder", "judged=blame"),           # criticism.tsv `contempt`
    ("Pell lied to the voters about the port.", "Pell", "judged=blame"),
    ("Pell has never shown the temperament for the job.", "Pell", "t_negsubj"),
])
def test_a_judgement_of_the_target_is_read_by_the_parse(nlp, text, word, feature):
    assert feature in verdict(nlp, text, word)


def test_a_neutral_clause_gives_no_judgement(nlp):
    assert verdict(nlp, "Governor Pell flew to Boston on Monday for the talks.", "Pell") == []


def test_the_contempt_words_load():
    assert {"hater", "worrying", "vanity"} <= criticism.words()["contempt"]


def test_two_actors_of_politics_are_rivals():
    assert criticism._rivals(["sp_sec=PTY"], ["t_sec=GOV"]) == ["rivals"]
    assert criticism._rivals(["sp_sec=PTY"], ["t_sec=CVL"]) == [] == criticism._rivals([], [])
