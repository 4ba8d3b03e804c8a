"""ev42b: a conditional warning whose clause tells the warner's OWN side's act of answering or force is THREATEN
(`checks._body_warned_if`, `checks.own_state_warned`): the side is a definite body noun (event_senses `ownbody`: `the
group`) when the warner speaks for a body (`bodyvoice`: spokesman, leader), or a name of the warner's own country when
the warner speaks for a state (actor sector in `statevoice`); the clause's verb or object is one of answering or force
(`retaliation`, or a force word of the pattern lexicon). Its target is the condition's subject when that names an actor,
never the warner's own side. Invented sentences; rows marked `fails on main` gave ACCUSE aimed at the warner's own side
before this change; rows marked `stays` guard the forms left alone."""
from __future__ import annotations

import pytest

from tests.helpers import by_trigger


CASES = [  # (test id, text, expected (type, targets) of the `warned` event)
    ('fails_on_main_spokesman_warns_the_group_will_retaliate',
     "Hamas spokesman Ali Karim warned that the group would retaliate if the raids on the camp continued.",
     ('THREATEN', [])),
    ('fails_on_main_spokesman_for_the_movement_warns_it_will_strike_back_unless',
     "Ali Karim, a spokesman for the movement, warned that the movement would strike back unless the siege ended.",
     ('THREATEN', [])),
    ('fails_on_main_minister_warns_his_own_country_will_act',
     "Defense Minister Tomas Varga of Hungary warned that Hungary would act if the border incidents went on.",
     ('THREATEN', [])),
    ('fails_on_main_he_warns_his_own_state_will_respond_no_actor_in_the_condition',
     "Prime Minister David Levin of Israel spoke on Sunday. He warned that Israel would respond with great force if "
     "the rocket fire continued.", ('THREATEN', [])),
    ('fails_on_main_he_warns_his_own_state_will_respond_target_is_the_condition_subject',
     "Prime Minister David Levin of Israel spoke on Sunday. He warned that Israel would respond with force if Hamas "
     "kept firing rockets.", ('THREATEN', ['Hamas'])),
    ('fails_on_main_spokesman_warns_the_body_he_names_will_retaliate',
     "Hamas spokesman Ali Karim warned that Hamas would retaliate if the raids on the camp continued.",
     ('THREATEN', [])),
    ('fails_on_main_commander_warns_the_body_he_names_will_strike',
     "Taliban commander Mullah Rahim warned that the Taliban would strike if the talks failed.", ('THREATEN', [])),
    # guards
    ('stays_a_spokesman_warns_of_another_body',
     "Fatah spokesman Omar Saleh warned that Hamas would retaliate if the talks failed.", ('ACCUSE', ['Hamas'])),
    ('stays_a_plan_that_would_fail_is_a_danger_pointed_out',
     "The minister warned that the plan would fail.", ('ACCUSE', ['the plan'])),
    ('stays_another_state_named_by_a_us_official',
     "A U.S. official warned that Iran would close the strait if attacked.", ('ACCUSE', ['Iran'])),
    ('stays_a_forecast_of_what_befalls_the_party',
     "The opposition leader warned that the party would collapse if the vote went ahead.", ('ACCUSE', ['the party'])),
    ('stays_one_who_speaks_for_no_state_forecasts_for_his_country',
     "An Israeli economist warned that Israel would lose investment if the reform passed.", ('ACCUSE', ['Israel'])),
    ('stays_residents_speak_for_no_group',
     "Residents warned that the group would leave if the rent rose.", ('ACCUSE', ['the group'])),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_conditional_warning_of_own_side(run, text, expected):
    found = by_trigger(run("\n\n" + text + "\n"), "warned")
    assert [(ty, tg) for ty, _, tg, _ in found] == [expected], found
