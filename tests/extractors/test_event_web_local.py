"""Web pages and local news (issue 10, ev24w), on invented sentences: a page that is a game report tells of play in
words of force even where a sentence names no game (domains.game_report); a strike by armed force or a war machine
is an attack, no walkout (triggers._struck_by_force, event_cues `warforce`); a fine and an order to pay a penalty are
penalties imposed (COERCE: event_patterns `fine`, crime._penalty_ordered, crime_words `courtpay`); investigating
with nothing named accuses no one, whoever investigates (crime._police_inquiry); appearing in court is coercion of
the one who appears (event_patterns `appear_court`); a council approving a motion asks for nothing (event_senses
`granting`)."""
from __future__ import annotations

from tests.helpers import all_types, asserted

GAME = ("Hawks top Rams in overtime\n\nRIVERTON - The Riverton Hawks beat the Millbrook Rams 98-91 on Saturday night for "
        "their fourth straight win.\n\nDana Kell scored 30 points on 11-for-15 shooting from the field, and the Hawks "
        "shot 52.1 percent in the second half.\n\nThe Rams led 50-44 at halftime before the Hawks outscored them "
        "30-17 in the third quarter.\n\nCoach Lee Marsh said his players kept their heads after a 104-99 loss last "
        "week.\n\nThe Hawks beat the Falcons on Tuesday, and the Rams edged the Owls in a shootout.\n")


def test_the_new_classes_load():
    from dateline.extractors.events import checks, crime
    from dateline.extractors.events.lexicon import load

    assert {"shootout", "shooting"} <= checks.senses()["contest"]
    assert "aircraft" in load().cues["warforce"]
    assert "restitution" in crime.words()["courtpay"]
    assert "fine" in load().verbs and "fin" in load().verbs


def test_a_game_report_tells_of_play_where_a_sentence_names_no_game(run):
    art = run(GAME)
    assert not [e for e in art.events if e.type in ("ASSAULT", "COERCE", "ACCUSE")], all_types(art)


def test_a_single_game_sentence_makes_no_game_report(run):
    art = run("\n\nThe Hawks beat the Falcons 98-91 on Saturday. Government troops beat protesters in the capital "
              "on Sunday, witnesses said.\n")
    assert any(e.trigger.text == "beat" and "troops" in e.source[0].text for e in asserted(art) if e.source), all_types(art)


def test_harm_in_a_game_report_is_still_an_attack(run):
    art = run(GAME + "\nA gunman shot two fans outside the arena after the game, police said.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "shot" for e in asserted(art)), all_types(art)


def test_aircraft_striking_is_an_attack_and_workers_striking_a_walkout(run):
    art = run("\n\nIn the clashes on Tuesday, tanks fired three shells and aircraft struck twice near the town, the "
              "militants said. Thousands of nurses struck over pay, the union said.\n")
    found = {(e.type, e.trigger.text, e.trigger.start < art.text.index("nurses")) for e in art.events}
    assert ("ASSAULT", "struck", True) in found, found
    assert ("PROTEST", "struck", False) in found, found


def test_a_fine_and_an_order_to_pay_restitution_are_penalties(run):
    art = run("\n\nA local woman was fined $200 and ordered to pay $900 restitution on Monday. The judge ordered "
              "the landlord to pay damages to the family.\n")
    assert ("COERCE", "fined") in all_types(art), all_types(art)
    assert any(e.type == "COERCE" and e.trigger.text == "ordered" and e.target and e.target[0].text == "the landlord"
               for e in art.events), all_types(art)
    assert not [e for e in art.events if e.type == "REQUEST"], all_types(art)


def test_an_order_to_pay_that_is_no_penalty_stays_a_request(run):
    art = run("\n\nThe mayor ordered the company to pay its workers on time.\n")
    assert ("REQUEST", "ordered") in all_types(art), all_types(art)


def test_investigating_nothing_named_accuses_no_one(run):
    art = run("\n\nThe school board is investigating and is being helped by two outside lawyers.\n")
    assert not [e for e in art.events if e.type == "ACCUSE"], all_types(art)


def test_investigating_someone_named_stays(run):
    art = run("\n\nThe senator is investigating the Hale Foundation over its donations.\n")
    assert any(e.trigger.text == "investigating" for e in art.events), all_types(art)


def test_appearing_in_court_is_coercion_of_the_one_who_appears(run):
    art = run("\n\nTwo men from Riverton appeared in court on Monday charged with theft. The singer appeared in the "
              "film in 2001.\n")
    found = [e for e in art.events if e.trigger.text == "appeared"]
    assert len(found) == 1 and found[0].type == "COERCE", all_types(art)
    assert found[0].target and found[0].target[0].text.startswith("Two men") and not found[0].source, found


def test_approving_a_motion_is_no_request_of_the_council(run):
    art = run("\n\nCity Council unanimously approved a motion to hire a new city manager on Tuesday. The mayor made a "
              "request for more funds from the state.\n")
    found = [e for e in art.events if e.type == "REQUEST"]
    assert [e.trigger.text for e in found] == ["made a request"], all_types(art)
