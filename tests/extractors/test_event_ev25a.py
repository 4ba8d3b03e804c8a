"""Criticism the checks or the detector had left out (issue 10, ev25a): an allegation made by a lawsuit or a complaint
that names no actor, criticism in tweets and speeches, a piece that questions what someone owns, attacks received
counted by a quantity noun (`a barrage of attacks from X`) or fielded, a pronoun doer beside a thing it owns, and a
second accuser in a sentence that has an accusation; on invented sentences, with the forms that must stay no event
beside them."""
from __future__ import annotations

from tests.helpers import accusations


def test_the_new_cue_rows_load():
    from dateline.extractors.events.lexicon import load
    cues = load().cues
    assert "allege" in cues["allegation"]
    assert {"tweet", "complaint"} <= cues["writing"]
    assert "field" in cues["receive"] and "unleash" in cues["issuing"]


def test_a_lawsuit_that_alleges_accuses_with_no_actor_named(run):
    acc = accusations(run("\n\nThe shortage of ballots was \"especially harmful\" to the town's older residents, "
                          "the lawsuit alleges.\n"))
    assert any("lawsuit" in s and t == "alleges" for s, _, t in acc), acc
    acc = accusations(run("\n\nThe complaint, which was filed in state court, alleged that the water board "
                          "\"ignored repeated warnings.\"\n"))
    assert any("complaint" in s and t == "alleged" for s, _, t in acc), acc


def test_an_alleged_thing_or_a_piece_that_does_not_allege_stays_no_event(run):
    assert not accusations(run("\n\nThe alleged theft at the depot upset the neighbours.\n"))
    assert not accusations(run("\n\nThe lawsuit describes the layout of the old mill.\n"))


def test_tweets_that_criticize_speak_for_their_author(run):
    acc = accusations(run("\n\nThe mayor's tweets criticizing Governor Pell drew wide attention on Monday.\n"))
    assert any("mayor" in s and "Pell" in t for s, t, _ in acc), acc


def test_attacks_counted_or_fielded_are_aimed_at_who_gets_them(run):
    acc = accusations(run("\n\nGovernor Pell faced a barrage of attacks from Senator Halvorsen on Tuesday.\n"))
    assert any("Halvorsen" in s and "Pell" in t for s, t, _ in acc), acc
    acc = accusations(run("\n\nGovernor Pell fielded most of the attacks from his rivals at the forum.\n"))
    assert any("rivals" in s and "Pell" in t for s, t, _ in acc), acc


def test_a_speech_that_attacks_accuses_whom_it_names(run):
    acc = accusations(run("\n\nThe dispute centers on remarks the senator made during a speech attacking Governor "
                          "Pell.\n"))
    assert any("Pell" in t and v == "attacking" for _, t, v in acc), acc
    quiet = accusations(run("\n\nThe speech praised the volunteers of the flood relief effort.\n"))
    assert not quiet, quiet


def test_a_piece_that_questions_what_someone_owns_accuses_them(run):
    acc = accusations(run("\n\nThe program aired amid news reports that question his account of the crash.\n"))
    assert any("reports" in s and "account" in t for s, t, _ in acc), acc


def test_a_pronoun_beside_a_thing_owned_stays_the_doer(run):
    art = run("\n\nHis popularity, even after he criticized Governor Pell, kept growing among the party's voters.\n")
    acc = accusations(art)
    assert any(s == "he" and "Pell" in t for s, t, _ in acc), acc
    art = run("\n\nAfter he criticized Governor Pell, the senator lost the vote in the chamber.\n")
    assert any("senator" in s and "Pell" in t for s, t, _ in accusations(art)), accusations(art)


def test_a_second_accuser_in_a_sentence_with_an_accusation(run):
    acc = accusations(run("\n\nSenator Halvorsen accused Governor Pell of lying, while Mayor Ortiz said Pell had "
                          "failed the state and could not be trusted with its budget.\n"))
    assert any("Halvorsen" in s and "Pell" in t for s, t, _ in acc), acc
    assert any("Ortiz" in s and "Pell" in t for s, t, _ in acc), acc
    acc = accusations(run("\n\nSenator Halvorsen accused Governor Pell of saying that the mayor had failed the state "
                          "and could not be trusted.\n"))
    assert not any("Pell" in s for s, _, _ in acc), acc      # words inside the accusation are not a second one


def test_owned_by_the_pronoun_only_in_its_own_person():
    from dateline import nlp
    from dateline.extractors.events.antecedents import _owned_by_it
    doc = nlp.load()("His popularity grew. Her husband left.")
    assert _owned_by_it(doc[1], "he")
    assert not _owned_by_it(doc[5], "he")        # `her husband ... he`: he may be the husband
    assert _owned_by_it(doc[5], "she")
