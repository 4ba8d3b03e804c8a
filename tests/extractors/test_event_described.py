"""Words of judgement that judge no one (extractors/events/evaluative.py `_described`, `_poll_answer`; lexicon
evaluation.tsv `occasion`, `change`): said of a time, a contest or a plight, a comparative that tells a change, or
voiced by voters as a poll counts them; on invented sentences, with the criticism that must stay beside them."""
from __future__ import annotations


def accusations(article):
    return [(tuple(p.text for p in e.source), tuple(p.text for p in e.target), e.trigger.text)
            for e in article.events if e.type == "ACCUSE" and not e.negated and not e.hypothetical]


def test_the_new_classes_load():
    from dateline.extractors.events.evaluative import words
    w = words()
    assert {"race", "night", "time", "trouble", "lot"} <= w["occasion"]
    assert {"get", "become", "grow"} <= w["change"]


def test_a_word_of_judgement_on_a_time_or_a_plight_blames_no_one(run):
    art = run("\n\n\u201cI like Halvorsen, but these are horrible times for our state,\u201d Governor Pell told "
              "reporters.\n\nSenator Oakes told his supporters, \u201cour county is in horrible trouble.\u201d\n")
    assert accusations(art) == [], accusations(art)


def test_an_amount_or_a_contest_called_awful_or_tough_blames_no_one(run):
    art = run("\n\n\u201cHe meant an awful lot to the rowing club in Harlow,\u201d Mayor Dunleavy said.\n\n"
              "\u201cIt was a tough race for the governor,\u201d Senator Oakes said.\n")
    assert accusations(art) == [], accusations(art)


def test_a_comparative_of_change_is_no_verdict(run):
    art = run("\n\n\u201cAll the talk you hear is about our rivals getting stronger and Ohio getting weaker,\u201d "
              "Governor Pell said.\n")
    assert accusations(art) == [], accusations(art)


def test_a_poll_answer_is_no_criticism(run):
    art = run("\n\nIn Ohio, half of Democratic primary voters said they were angry.\n")
    assert accusations(art) == [], accusations(art)


def test_criticism_of_a_person_stays(run):
    art = run("\n\n\u201cMayor Dunleavy is a corrupt and dishonest man,\u201d Senator Oakes said.\n")
    assert any("Oakes" in " ".join(s) and "Dunleavy" in " ".join(t) for s, t, _ in accusations(art)), \
        accusations(art)
