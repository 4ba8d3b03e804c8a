"""Issue 11, ev42: an asserted event with no source where its own words give one. A force named right before a
noun of force or coercion is its doer (`the police shooting of X`, `an army raid`: event_cues `forcedoer`,
`triggers._force_doer`). A noun of force or protest that is the object of a verb of doing it is that verb's
subject's act (`waged war on`, `staged a protest`, `has carried out dozens of attacks`, `claimed responsibility for
the bombing`: event_cues `doing`, `owning`, `triggers._done_by`). The infinitive of a noun of resolve is its owner's
act (`her decision to meet with X`, `the army's attempt to arrest X`: event_cues `resolve`, `triggers._resolved_by`).
Invented sentences; the rows marked `stays` guard the forms left alone."""
from __future__ import annotations

import pytest

from tests.helpers import by_trigger, rows_of


SOURCE_CASES = [  # (test id, text, event type, trigger, expected sources joined: '' for none)
    ('police_before_killings_is_the_doer',
     "A lawyer spoke about the police killings of two men last year.", 'ASSAULT', 'police killings', 'police'),
    ('army_before_raid_is_the_doer',
     "The army raid on the village left three people dead.", 'COERCE', 'army raid', 'army'),
    ('government_before_crackdown_is_the_doer',
     "The government crackdown on dissent continued for months.", 'COERCE', 'government crackdown',
     'government'),
    ('military_as_an_adjective_before_crackdown_is_the_doer',
     "Villagers described a military crackdown in the north.", 'COERCE', 'crackdown', 'military'),
    ('stays_an_embassy_before_bombing_is_what_was_hit',
     "Investigators are looking into the embassy bombing of last week.", 'ASSAULT', 'embassy bombing', ''),
    # the object of a verb of doing it (event_cues `doing`) or of owning up to it (`owning`)
    ('one_who_claimed_the_attack_is_the_doer',
     "The rebel group claimed the bomb attack on a police station.", 'ASSAULT', 'bomb attack', 'The rebel group'),
    ('one_who_claimed_responsibility_for_the_bombing_is_the_doer',
     "The militants claimed responsibility for the bombing of the embassy.", 'ASSAULT', 'bombing', 'The militants'),
    ('a_relative_that_carried_out_dozens_of_attacks_is_the_doer',
     "The militia, which has carried out dozens of attacks on villages, denied the report.", 'ASSAULT', 'attacks',
     'The militia'),
    ('ones_who_waged_war_are_its_doers',
     "In the years after the vote, the rebel fighters waged war on the troops of the army.", 'ASSAULT', 'war',
     'the rebel fighters'),
    ('one_who_staged_a_protest_protested',
     "The insurgents staged a protest outside the embassy.", 'PROTEST', 'protest', 'The insurgents'),
    ('stays_one_who_was_given_credit_for_an_arrest_is_not_named',
     "Police were given credit for the arrest of the suspect.", 'COERCE', 'arrest', ''),
    ('stays_one_who_held_a_vigil_after_a_shooting_did_not_shoot',
     "Residents held a vigil after the shooting of two teenagers.", 'ASSAULT', 'shooting', ''),
    # the infinitive of a noun of resolve (event_cues `resolve`) is its owner's act
    ('her_decision_to_meet_is_her_meeting',
     "She faced questions over her decision to meet with the mayor on her plane.", 'CONSULT', 'meet', 'her'),
    ('stays_an_order_to_arrest_is_not_the_orderers_arrest',
     "The officers followed the mayor's order to arrest the protesters.", 'COERCE', 'arrest', ''),
]


@pytest.mark.parametrize("text, etype, trigger, sources",
                         [pytest.param(t, e, g, s, id=i) for i, t, e, g, s in SOURCE_CASES])
def test_source_of_the_event(run, text, etype, trigger, sources):
    rows = rows_of(run, text, etype)
    assert [s for _, s, _, t in rows if t == trigger] == [sources], rows


def test_a_hypothetical_attempt_to_arrest_is_the_armys(run):
    art = run("\n\nThe army's attempt to arrest the rebel leader failed.\n")
    found = by_trigger(art, "arrest")
    assert found == [("COERCE", ["The army's"], ["the rebel leader"], True)], found
