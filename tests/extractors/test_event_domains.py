"""Conflict words in stories that are not politics (extractors/events/domains.py; event_senses `contest`, `sport`,
`ballot`, `harmsign`), on invented sentences: play in a sports report is no event; a shooting at a game, a race
won in a poll and a fight between states stay."""
from __future__ import annotations

from tests.helpers import all_types, asserted


def test_the_sport_classes_load():
    from dateline.extractors.events import checks

    w = checks.senses()
    assert {"contest", "sport", "ballot", "harmsign"} <= set(w)
    assert "beat" in w["contest"] and "touchdown" in w["sport"] and "election" in w["ballot"]


def test_a_game_won_with_a_score_is_no_attack(run):
    art = run("\n\nThe Hornets beat the Falcons 52-17 on Saturday afternoon. The Owls crushed the Badgers 31 - 3 "
              "in front of a small crowd.\n")
    assert not art.events, all_types(art)


def test_play_told_in_words_of_force_is_no_event(run):
    art = run("\n\nThe midfielder shot past the goalkeeper just before halftime. Moreno was charged with an "
              "error by the umpire in the second inning. The Comets threatened twice in the ninth inning.\n")
    assert not art.events, all_types(art)


def test_a_shooting_at_a_game_is_still_an_attack(run):
    art = run("\n\nA gunman shot two fans outside the stadium after the game on Friday.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "shot" for e in asserted(art)), all_types(art)


def test_a_race_won_in_a_poll_is_no_game(run):
    art = run("\n\nSenator Hale would beat Governor Ortiz 48-41 in a head-to-head match, the poll of likely voters "
              "found.\n")
    assert any(e.trigger.text == "beat" for e in art.events), all_types(art)


def test_a_case_number_is_no_score_and_a_shouting_match_no_game(run):
    art = run("\n\nThe union said the lawsuit, No. 14-915, threatened to cripple public unions. The debate became "
              "a shouting match as both men attacked each other.\n")
    assert any(e.trigger.text == "threatened" for e in art.events), all_types(art)


def test_forces_fighting_with_no_sport_word_stay(run):
    art = run("\n\nGovernment troops attacked rebel positions near the border on Tuesday.\n")
    assert any(e.trigger.text == "attacked" for e in asserted(art)), all_types(art)


def test_a_count_of_the_wounded_is_no_attack(run):
    art = run("\n\nBy Monday night, the villagers counted three dead and 14 wounded. Officials put the number of dead "
              "at six, with 40 wounded.\n")
    assert not [e for e in art.events if e.type == "ASSAULT"], all_types(art)


def test_a_count_beside_an_attack_or_a_wounding_told_stays(run):
    art = run("\n\nGunmen wounded 14 people in the market on Monday. Police said 12 wounded were taken to the hospital "
              "after the shooting.\n")
    assert len([e for e in art.events if e.type == "ASSAULT"]) == 2, all_types(art)


def test_a_headline_count_beside_its_shootings_stays(run):
    art = run("Four Killed in Oakland Shootings\n\nFour men were shot dead outside a bar on Friday night.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "Killed" for e in art.events), all_types(art)


def test_a_vote_count_of_a_deciding_body_is_no_score(run):
    """(rev23b) A council, board or court that blocks or threatens something by a count (`5-2`) votes; no game."""
    art = run("\n\nThe town council blocked the builder's plan 6-1 on Tuesday. The county board threatened the "
              "landlord with fines in a 3-2 decision.\n")
    got = {(e.type, e.trigger.text) for e in asserted(art)}
    assert ("REJECT", "blocked") in got and ("THREATEN", "threatened") in got, all_types(art)


def test_a_golf_round_is_no_attack(run):
    """ev26b: golf's own words (`golfer`, `birdie`, `bogey`, `pga`) make a sentence one of a game."""
    art = run("\n\nThe Korean golfer won the open on Sunday, beating Mark Doyle by three shots. He made a birdie "
              "and a bogey and managed to shoot a 2-under 70 in the final round.\n")
    assert not [e for e in asserted(art) if e.type == "ASSAULT"], all_types(art)
