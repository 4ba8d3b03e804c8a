"""act35g: false actors of political news found by auditing output on texts in no gold set (docs/actors.md
`### act35g`): a capitalised verb or adjective before a known name is no part of the name (`Bashing Trump may be job
one`, `Crooked Hillary Clinton`). Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def _names(article):
    return {a.name for a in article.actors}


def test_a_gerund_opening_a_sentence_before_a_known_name_is_no_given_name(run):
    text = "Donald Trump spoke in Ohio on Monday.\n\nBashing Trump may be the main task, but the spotlight falls on the governor.\n"
    article = run(text)
    assert not any(n.startswith("Bashing") for n in _names(article))
    assert actor_at(article, text, "Trump", 1).name == "Donald Trump"


def test_an_adjective_nickname_before_a_lexicon_name_is_no_other_person(run):
    text = "The governor said debating him was harder than debating Crooked Hillary Clinton.\n"
    article = run(text)
    assert "Crooked Hillary Clinton" not in _names(article)
    assert actor_at(article, text, "Hillary Clinton").name == "Hillary Clinton"


def test_an_adjective_on_a_shirt_before_a_lexicon_name(run):
    text = "A man who was ejected wore a shirt that read 'Fascist Trump,' witnesses said.\n"
    assert "Fascist Trump" not in _names(run(text))


def test_a_given_name_that_is_also_an_adjective_stays(run):
    # guard: `Frank`, `Young` are given names here, not words before a name
    text = "Frank Lee said the plan failed. Young Kim, a candidate, said she would run. Lee left.\n"
    names = _names(run(text))
    assert "Frank Lee" in names and "Young Kim" in names
