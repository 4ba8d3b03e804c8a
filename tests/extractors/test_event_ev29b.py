"""Senses of trigger words checked by their arguments, ev29b (issue 10): warnings of perils, games between named
players, fans, shows, ills fought, a business's bid withdrawn, retorts, hit by an illness, road mishaps, the doers of
arrests and killings told in the passive. Invented sentences; each with a form that keeps its event."""
from __future__ import annotations

from tests.helpers import rows_of


def test_a_warning_of_an_illness_or_a_peril_accuses_no_one(run):
    got = rows_of(run, "Nurses in the valley warn that measles is a grave risk for the children.")
    assert not [e for e in got if e[3].startswith("warn")], got
    got = rows_of(run, "The ministry warned that a new strain of the virus could reach the coast.")
    assert not [e for e in got if e[3].startswith("warn")], got
    got = rows_of(run, "The baker warned of higher prices once the drought ends.")
    assert not [e for e in got if e[3].startswith("warn")], got
    kept = rows_of(run, "The senator warned that the governor's plan would wreck the schools.")
    assert [e for e in kept if e[3] == "warned" and e[0] in ("ACCUSE", "THREATEN")], kept


def test_one_named_player_beating_another_is_a_game(run):
    got = rows_of(run, "Djokovic beat Murray in straight sets.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    kept = rows_of(run, "Djokovic beat Murray with a pipe outside the club.")
    assert [e for e in kept if e[0] == "ASSAULT"], kept


def test_protesting_a_referees_call_is_play(run):
    got = rows_of(run, "The visiting players protested the referee's penalty.")
    assert not [e for e in got if e[0] == "PROTEST"], got
    kept = rows_of(run, "Teachers protested the budget cuts outside the town hall.")
    assert [e for e in kept if e[0] == "PROTEST"], kept


def test_supporting_a_club_is_being_a_fan(run):
    got = rows_of(run, "He has supported Chelsea since he was a teenager.")
    assert not [e for e in got if e[0] == "SUPPORT"], got


def test_a_show_that_bombed_hits_no_one(run):
    got = rows_of(run, "The comedian bombed at the charity gala in Leeds.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    kept = rows_of(run, "Warplanes bombed the depot at dawn.")
    assert [e for e in kept if e[0] == "ASSAULT"], kept


def test_a_vow_to_fight_an_ill_of_society_rejects_no_one(run):
    got = rows_of(run, "The new mayor vowed to fight homelessness in the capital.")
    assert not [e for e in got if e[3] == "vowed"], got


def test_a_business_withdrawing_its_bid_retreats_from_no_one(run):
    got = rows_of(run, "The company withdrew its takeover bid for the brewer.")
    assert not [e for e in got if e[0] in ("RETREAT", "AGREE")], got
    kept = rows_of(run, "The army withdrew its troops from the border town.")
    assert [e for e in kept if e[0] == "RETREAT"], kept


def test_a_retort_at_no_one_named_rejects(run):
    got = rows_of(run, "Ms. Adeyemi shot back that the reporter had not read the bill.")
    assert [e for e in got if e[3] == "shot" and e[0] == "REJECT"], got
    kept = rows_of(run, "The senator fired back at the governor over the budget.")
    assert [e for e in kept if e[3] == "fired" and e[0] == "ACCUSE"], kept
    named = rows_of(run, "The senator hit the governor back on Tuesday over the budget.")
    assert [e for e in named if e[3] == "hit" and e[0] == "ACCUSE"], named     # whom it strikes at, named (lead)


def test_people_hit_by_an_illness_are_attacked_by_no_one(run):
    got = rows_of(run, "Last winter, 200 people on the liner were hit by the bug in the Pacific.")
    assert not [e for e in got if e[3] == "hit"], got
    kept = rows_of(run, "The convoy was hit by an air strike near the border.")
    assert [e for e in kept if e[3] == "hit" and e[0] == "ASSAULT"], kept


def test_police_named_in_the_sentence_make_the_arrest(run):
    got = rows_of(run, "Six men were arrested overnight as police broke up a fight outside a pub.", "COERCE")
    assert [e for e in got if e[3] == "arrested" and e[1] == "police"], got
    got = rows_of(run, "A local man faces a theft charge after police say he took a neighbour's car.", "COERCE")
    assert [e for e in got if "charge" in e[3] and e[1] == "police"], got
    kept = rows_of(run, "Police said the town's police chief was arrested by federal agents.", "COERCE")
    assert [e for e in kept if e[3] == "arrested" and e[1] == "federal agents"], kept


def test_a_car_of_a_named_make_or_a_flight_striking_is_a_mishap(run):
    got = rows_of(run, "The Buick could not stop before striking the Camry.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = rows_of(run, "The flight from Oslo to Madrid was diverted after it hit turbulence, injuring six people.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    kept = rows_of(run, "A missile struck the flight over the sea, killing everyone on board.")
    assert [e for e in kept if e[0] == "ASSAULT"], kept


def test_the_doer_of_a_when_clause_killed_them(run):
    got = rows_of(run, "Nine guards were killed on Monday when gunmen opened fire at the gate.", "ASSAULT")
    assert [e for e in got if e[3] == "killed" and e[1] == "gunmen"], got
