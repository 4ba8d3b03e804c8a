"""Recall in local, crime and wire stories (issue 10, branch ev23r): words and forms of police, court and council
news the events stage missed or typed otherwise, on invented sentences, each with a case the rule leaves alone."""
from __future__ import annotations

import pytest

from tests.helpers import check_types, found, targets, types


def test_a_body_part_idiom_is_literal_of_someone_else(run):
    art = run("\n\nPolice said a teenager was shot in the foot near the park on Friday night.\n")
    assert [targets(e) for e in found(art, "ASSAULT")] == [["a teenager"]], types(art)
    art = run("\n\nThe gunman shot the clerk in the foot before fleeing the store.\n")
    assert found(art, "ASSAULT"), types(art)
    art = run("\n\nWith that vote the senator shot himself in the foot, his rivals said.\n")
    assert not found(art, "ASSAULT"), types(art)          # one's own foot: the figure


def test_a_term_handed_down_is_a_sentence(run):
    art = run("\n\nMarcus Bell, 31, waived his hearing and was handed 20 years in prison on Friday.\n")
    assert [targets(e) for e in found(art, "COERCE")] == [["Marcus Bell, 31"]], types(art)
    art = run("\n\nJudge Ann Cole handed him a life sentence for the killing.\n")
    assert found(art, "COERCE"), types(art)
    art = run("\n\nThe coach handed the players new uniforms before the game.\n")
    assert not found(art, "COERCE"), types(art)


def test_people_sent_to_custody_by_a_court_are_held(run):
    art = run("\n\nThe Tbilisi City Court ruled to send ten men to a two-month pretrial custody.\n")
    assert [targets(e) for e in found(art, "COERCE")] == [["ten men"]], types(art)
    art = run("\n\nThe charity sent ten volunteers to the shelter on Monday.\n")
    assert not found(art, "COERCE"), types(art)


def test_restraining_someone_is_coercion_where_police_act(run):
    art = run("\n\nThen, when the deputies got here, they restrained me.\n")
    assert [targets(e) for e in found(art, "COERCE")] == [["me"]], types(art)
    art = run("\n\nHe earned a reputation as a leader who was restrained amid the storm.\n")
    assert not found(art, "COERCE"), types(art)
    art = run("\n\nThe officer restrained himself during the argument.\n")
    assert not found(art, "COERCE"), types(art)


def test_a_person_extradited_is_held_but_states_cooperate_on_no_one(run):
    art = run("\n\nOn Monday, he was extradited to Dallas, where he faces a murder charge.\n")
    assert ["he"] in [targets(e) for e in found(art, "COERCE")], types(art)
    art = run("\n\nThe suspect was extradited from Texas to Arizona on Tuesday.\n")
    assert [targets(e) for e in found(art, "COERCE")] == [["The suspect"]], types(art)
    art = run("\n\nPeru extradited the suspect to the United States on Tuesday.\n")
    assert not found(art, "COERCE"), types(art)   # one state yielding to another's request (PLV: YIELD)
    art = run("\n\nA court approved a request for the banker to be extradited to Brazil.\n")
    assert not found(art, "COERCE"), types(art)
    art = run("\n\nThe two countries have extradited dozens of fugitives to each other under the treaty.\n")
    assert not found(art, "COERCE") or found(art, "COOPERATE"), types(art)


def test_leave_granted_is_an_agreement_with_the_one_given_it(run):
    art = run("\n\nTitan Drilling was granted a permit to drill on the farm.\n")
    assert [targets(e) for e in found(art, "AGREE")] == [["Titan Drilling"]], types(art)
    assert not found(art, "AID"), types(art)


def test_arrested_and_charged_are_two_steps(run):
    art = run("\n\nCody Reyes, 20, was arrested Wednesday and charged with involuntary manslaughter.\n")
    assert {e.trigger.text for e in found(art, "COERCE")} == {"arrested", "charged"}, types(art)
    art = run("\n\nPolice arrested two men on Friday.\n")
    assert len(found(art, "COERCE")) == 1, types(art)


def test_a_vote_against_a_measure_refuses_it(run):
    art = run("\n\nCouncilman Robert Rivera voted against the permit, citing safety.\n")
    assert [targets(e) for e in found(art, "REJECT")] == [["the permit"]], types(art)
    art = run("\n\nSenator Hale voted against keeping the base open.\n")
    assert not found(art, "REJECT"), types(art)          # a stance on an act, not a measure refused


def test_the_new_word_classes_load():
    from dateline.extractors.events import checks, crime

    w = crime.words()
    assert {"term", "assisting", "agency"} <= set(w) and "restrain" in w["heldverb"] and "send" in w["heldverb"]
    s = checks.senses()
    assert "permit" in s["approvable"] and "approve" in s["approving"] and "power" in s["held"]
    assert "license" in s["permission"]


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_clause_told_before_a_comma_is_no_goal_of_the_verb_after_it-1',
     "\n\nA 19-year-old man from Harlow was shot, he is expected to recover and go home.\n",
     '+ASSAULT'),
    # a goal of `expects` stays unasserted
    ('a_clause_told_before_a_comma_is_no_goal_of_the_verb_after_it-2',
     "\n\nThe mayor expects the council to approve the permit next week.\n",
     '-AGREE'),
    ('liaising_with_an_agency_is_cooperation',
     "\n\nCounter-terror police in Leeds liaised with the FBI.\n",
     '+COOPERATE'),
    ('police_assisting_police_cooperate-1',
     "\n\nThe state police are probing it and are being assisted by the Harlow County Sheriff's Office.\n",
     '+COOPERATE -AID'),
    ('police_assisting_police_cooperate-2',
     "\n\nThe Red Cross assisted the families of the victims.\n",
     '-COOPERATE'),
    ('a_body_approving_a_measure_agrees-1',
     "\n\nThe Senate approved the budget bill on Thursday.\n",
     '+AGREE -SUPPORT'),
    # approval of a person is backing
    ('a_body_approving_a_measure_agrees-2',
     "\n\nMost voters approve of Governor Reyes, the poll found.\n",
     '-AGREE'),
    # PLV codes such leave YIELD
    ('leave_that_yields_is_no_permit',
     "\n\nThe commission granted the government permission to inject $1 billion into the airline.\n",
     '-AGREE'),
    ('what_troops_or_fighters_seize_is_taken_by_force-1',
     "\n\nBritish marines seized the tanker off the coast on Thursday.\n",
     '+ASSAULT -COERCE'),
    ('what_troops_or_fighters_seize_is_taken_by_force-2',
     "\n\nTaliban fighters seized a house in the east of the city.\n",
     '-COERCE'),
    ('what_troops_or_fighters_seize_is_taken_by_force-3',
     "\n\nThe Iraqi army says it has seized large oil fields near the city.\n",
     '-COERCE'),
    ('what_troops_or_fighters_seize_is_taken_by_force-4',
     "\n\nPolice seized 40 pounds of cocaine from the truck.\n",
     '+COERCE'),
    ('what_troops_or_fighters_seize_is_taken_by_force-5',
     "\n\nMexican police seized 40 pounds of cocaine from the truck.\n",
     '+COERCE'),
    ('goods_seized_are_confiscated_but_places_are_taken-1',
     "\n\nCustoms officers seized the shipment at the port.\n",
     '+COERCE -ASSAULT'),
    ('goods_seized_are_confiscated_but_places_are_taken-2',
     "\n\nRebels seized the town of Goma on Sunday.\n",
     '+ASSAULT'),
    ('goods_seized_are_confiscated_but_places_are_taken-3',
     "\n\nThe army seized power in 1999.\n",
     '-COERCE'),
    # (rev23) A term handed is a sentence served in a jail, a `sentence`, or one a court hands.
    # a count of years of something
    ('only_a_prison_term_handed_is_a_sentence-1',
     "\n\nThe library was handed 20 years of tax records by the bank.\n",
     '-COERCE'),
    # an office's term
    ('only_a_prison_term_handed_is_a_sentence-2',
     "\n\nThe new treasurer was handed a two-year term by the board.\n",
     '-COERCE'),
    # a deadline
    ('only_a_prison_term_handed_is_a_sentence-3',
     "\n\nThe club was handed 14 days to pay the fine, the league said.\n",
     '-COERCE'),
    ('only_a_prison_term_handed_is_a_sentence-4',
     "\n\nThe former treasurer was handed a suspended sentence for fraud.\n",
     '+COERCE'),
    # (rev23) Police in the sentence do not make bystanders' hold a police one.
    ('restrained_by_people_who_are_no_police_is_no_arrest-1',
     "\n\nThe gunman was restrained by bystanders until police arrived.\n",
     '-COERCE'),
    ('restrained_by_people_who_are_no_police_is_no_arrest-2',
     "\n\nThe gunman was restrained by officers until paramedics arrived.\n",
     '+COERCE'),
    # (rev23) A weight or a count on the object (a QUANTITY entity) keeps it goods.
    ('goods_seized_by_weight_are_confiscated',
     "\n\nCustoms agents seized 40 pounds of heroin at the port.\n",
     '+COERCE -ASSAULT'),
    # (rev23) `X happens, officials expect`: the fronted clause is the expectation, not told outright.
    ('a_clause_before_a_comma_is_what_the_verb_after_hopes_when_it_has_no_complement-1',
     "\n\nThe two sides sign the deal next week, officials expect.\n",
     '-AGREE'),
    ('a_clause_before_a_comma_is_what_the_verb_after_hopes_when_it_has_no_complement-2',
     "\n\nA 24-year-old man was shot, he is expected to survive.\n",
     '+ASSAULT'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
