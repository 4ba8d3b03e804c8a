"""Backing, praise and urging found without a backing or urging verb (extractors/events/praise.py and the backing
phrases of the pattern lexicon), on invented sentences: each behaviour and a near miss it must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, check_types, found, sides


def test_a_thing_that_encourages_asks_no_one(run):
    art = run("\n\nCritics argue that paying ransoms encourages kidnappers to take more hostages.\n")
    assert not any(e.trigger.text == "encourages" for e in art.events)


def test_voting_and_campaigning_for_someone_back_them(run):
    art = run('\n\n"I have decided to vote for Maria Lopez," Senator Tom Reyes said. Governor Ann Hale campaigned '
              'for Maria Lopez in Dayton on Friday.\n')
    backers = [e.source[0].text for e in found(art, "SUPPORT")]
    assert "Senator Tom Reyes" in backers and "Governor Ann Hale" in backers


def test_giving_someone_the_nod_backs_them_and_a_nod_to_something_does_not(run):
    art = run("\n\nThe teachers union gave Maria Lopez the nod on Friday. Her speech was a nod to the farmers.\n")
    (e,) = found(art, "SUPPORT")
    assert e.target[0].text == "Maria Lopez"


def test_a_defense_of_someone_backs_them(run):
    art = run("\n\nThe senator delivered a passionate defense of Maria Lopez on Friday.\n")
    assert any(e.type == "SUPPORT" and e.target[0].text.endswith("Maria Lopez") for e in asserted(art)), \
        [(e.type, e.trigger.text) for e in art.events]


def test_a_call_to_a_person_named_as_complement_is_a_phone_call(run):
    art = run("\n\nMaria Lopez was in Dayton. A year later, Senator Tom Reyes called Maria Lopez.\n")
    assert any(e.type == "CONSULT" and e.trigger.text == "called" for e in asserted(art)), \
        [(e.type, e.trigger.text) for e in art.events]


def test_not_interested_in_an_offer_refuses_it(run):
    art = run("\n\nSenator Tom Reyes said that he was not interested in the No. 2 slot on a Lopez ticket. Voters are not "
              "interested in the debate.\n")
    (e,) = found(art, "REJECT")
    assert e.target and e.target[0].text == "Lopez"


def test_rallying_behind_someone_backs_them_and_shrugging_off_rejects(run):
    art = run("\n\nParty leaders rallied behind Maria Lopez on Monday. Senator Tom Reyes shrugged off the attacks by "
              "Maria Lopez. Protesters rallied behind the barricades.\n")
    assert [e.target[0].text for e in found(art, "SUPPORT")] == ["Maria Lopez"]
    assert [e.source[0].text for e in found(art, "REJECT")] == ["Senator Tom Reyes"]


def test_not_interested_in_a_pastime_refuses_nothing(run):
    assert not found(run("\n\nShe is not interested in football.\n"), "REJECT")


def test_someone_else_saying_her_act_was_a_mistake_concedes_nothing(run):
    assert not found(run("\n\nSenator Tom Reyes said her use of a private phone was a mistake.\n"), "CONCEDE")


def test_a_person_called_charming_is_praised_by_the_speaker(run):
    art = run('\n\n"He was very charming," Senator Alvarez said of the new ambassador.\n')
    evs = [e for e in art.events if e.type == "SUPPORT" and not e.negated and not e.hypothetical]
    assert evs and "Alvarez" in evs[0].source[0].text, [(e.type, e.trigger.text) for e in art.events]


def test_a_ballot_cast_for_someone_and_a_compliment_returned_back_them(run):
    art = run("\n\nThe mayor said he cast his ballot for Ana Ruiz. Hours later, Ruiz returned the compliment to the "
              "mayor.\n\nThe crew cast a net for fish.\n")
    backs = [(e.trigger.text, e.target[0].text if e.target else None) for e in art.events if e.type == "SUPPORT"]
    assert ("cast", "Ana Ruiz") in backs and any(t == "returned" for t, _ in backs), backs
    assert len(backs) == 2, backs


def test_a_quality_admired_backs_its_owner(run):
    art = run("\n\nGovernor Ann Hale said she respects Senator Tom Reyes' passion and commitment.\n")
    (e,) = found(art, "SUPPORT")
    assert e.target[0].text.startswith("Senator Tom Reyes")


def test_a_merit_someone_is_said_to_have_is_praise(run):
    art = run('\n\n"Maria Lopez has the experience and the judgment to be a fine mayor," the governor said. '
              "Senator Tom Reyes says Mayor Dan Brook has a proven record.\n")
    pairs = {(e.source[0].text, e.target[0].text) for e in found(art, "SUPPORT")}
    assert ("the governor", "Maria Lopez") in pairs and ("Senator Tom Reyes", "Mayor Dan Brook") in pairs


def test_kind_words_about_someone_back_them(run):
    art = run("\n\nGovernor Ann Hale offered kind words about Mayor Dan Brook on Tuesday.\n")
    (e,) = found(art, "SUPPORT")
    assert sides(e) == (["Governor Ann Hale"], ["Mayor Dan Brook"])
    art = run("\n\nGovernor Ann Hale had harsh words for Mayor Dan Brook.\n")
    assert not found(art, "SUPPORT")


def test_a_step_called_welcome_praises_whose_step_it_is(run):
    art = run('\n\nSenator Tom Reyes said the council\'s decision was "a very positive development."\n')
    (e,) = found(art, "SUPPORT")
    assert e.source[0].text == "Senator Tom Reyes" and e.target[0].text.startswith("the council")


def test_a_running_mate_to_be_announced_backs_no_one_yet(run):
    art = run("\n\nGovernor Ann Hale will announce her running mate, Senator Tom Reyes, on Friday.\n")
    assert not any(e.trigger.text == "announce" for e in found(art, "SUPPORT"))


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('praise_denied_or_of_the_speaker_is_no_support',
     '\n\n"Maria Lopez would not be a great mayor," the governor said. "I will be a great mayor," Ms. Lopez '
     'said.\n',
     '-SUPPORT'),
    ('a_fan_of_a_thing_backs_no_one',
     '\n\n"I am a big fan of jazz," Governor Ann Hale said.\n',
     '-SUPPORT'),
    ('campaigning_for_an_office_or_a_crowd_voting_backs_no_one',
     "\n\nGovernor Ann Hale campaigned for president in Dayton. Voters in Dayton voted for Maria Lopez. "
     "A nurse who voted for Lopez in 2008 spoke at the event.\n",
     '-SUPPORT'),
    ('a_wish_is_no_request',
     "\n\nA Peruvian lawmaker wants Maria Lopez banned from the country.\n",
     '-REQUEST'),
    ('a_prayer_with_no_one_praying_backs_no_one',
     "\n\nThe mayor spoke on Sunday. Also to pray for the victims.\n",
     '-SUPPORT'),
    ('what_someone_is_unlikely_to_do_is_not_done',
     "\n\nThe teachers union is unlikely to give Maria Lopez the nod.\n",
     '-SUPPORT'),
    ('no_trust_or_trust_in_a_thing_backs_no_one',
     "\n\nThe council has no confidence in Chief Maria Lopez. Mayor Dan Brook said he would have faith in a "
     "new chief. Governor Ann Hale has confidence in the economy.\n",
     '-SUPPORT'),
    ('respecting_a_thing_backs_no_one',
     "\n\nGovernor Ann Hale respects the rule of law.\n",
     '-SUPPORT'),
    ('a_merit_claimed_for_oneself_or_a_plain_record_is_no_praise',
     "\n\nGovernor Ann Hale said she has the experience to lead the state. Senator Tom Reyes says Mayor Dan "
     "Brook has a record of votes against the bill. Mayor Dan Brook has experience in business.\n",
     '-SUPPORT'),
    ('right_denied_or_of_a_crowd_backs_no_one',
     '\n\n"Mayor Dan Brook is not right about the budget," Governor Ann Hale said. Senator Tom Reyes says '
     "voters are right about the budget.\n",
     '-SUPPORT'),
    ('a_step_not_welcome_big_or_ones_own_is_no_praise',
     '\n\nSenator Tom Reyes said the council\'s decision was not a welcome step. "Our plan is a good start," '
     "Governor Ann Hale said. Mayor Dan Brook said the council's vote was a big step.\n",
     '-SUPPORT'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)


SIDES_CASES = [  # (test id, text, etype, source, target)
    ('praise_of_a_person_in_a_post_is_support_by_the_speaker',
     '\n\n"Maria Lopez would be a great mayor," the governor said on Monday.\n',
     "SUPPORT", "the governor", "Maria Lopez"),
    ('urging_someone_to_act_is_a_request',
     "\n\nThe cardinal encouraged Catholics to join the march on Sunday.\n",
     "REQUEST", "The cardinal", "Catholics"),
    ('it_is_time_for_someone_to_act_asks_them',
     '\n\n"It is time for the council to close the loophole," Mayor Dan Brook said.\n',
     "REQUEST", "Mayor Dan Brook", "the council"),
    ('sympathy_with_someone_backs_them',
     '\n\n"Our hearts are with the families of the victims," Mayor Dan Brook said on Sunday.\n',
     "SUPPORT", "Mayor Dan Brook", "the families of the victims"),
    ('a_running_mate_chosen_is_backed',
     "\n\nMaria Lopez has chosen Senator Tom Reyes as her running mate.\n",
     "SUPPORT", "Maria Lopez", "Senator Tom Reyes"),
    ('urging_as_a_purpose_is_made_by_the_subject',
     "\n\nThe pastor read a passage from the Bible to encourage Ohio voters to turn away from Maria Lopez.\n",
     "REQUEST", "The pastor", "Ohio voters"),
    ('someone_right_about_a_thing_is_backed',
     '\n\n"Mayor Dan Brook is right about the budget," Governor Ann Hale said.\n',
     "SUPPORT", "Governor Ann Hale", "Mayor Dan Brook"),
    ('a_running_mate_announced_backs_the_one_named',
     "\n\nGovernor Ann Hale announced her running mate, Senator Tom Reyes, on Friday.\n",
     "SUPPORT", "Governor Ann Hale", "Senator Tom Reyes"),
]


@pytest.mark.parametrize("text, etype, source, target", [pytest.param(*row, id=i) for i, *row in SIDES_CASES])
def test_the_one_event_and_its_sides(run, text, etype, source, target):
    (e,) = found(run(text), etype)
    assert sides(e) == ([source], [target])


FIRST_SIDES_CASES = [  # (test id, text, etype, source, target)
    ('praise_said_by_the_subject_of_a_participle',
     "\n\nSenator Tom Reyes spoke on the radio, saying she would be a far better governor than her rival.\n",
     "SUPPORT", "Senator Tom Reyes", "she"),
    ('a_fan_of_someone_backs_them',
     '\n\n"I am a big fan of the archbishop," Governor Ann Hale said.\n',
     "SUPPORT", "Governor Ann Hale", "the archbishop"),
    ('a_nice_person_is_praise_and_a_nice_day_is_not',
     '\n\n"I wish him well - he\'s a nice person," Governor Ann Hale told reporters. "It is a nice day," '
     'Senator Tom Reyes said.\n',
     "SUPPORT", "Governor Ann Hale", "he"),
    ('talking_up_a_candidacy_backs_it',
     "\n\nSenator Ann Hale is talking up his candidacy after the primary.\n",
     "SUPPORT", "Senator Ann Hale", "his candidacy"),
    ('trust_in_someone_voiced_backs_them',
     '\n\n"I have full confidence in Chief Maria Lopez," Mayor Dan Brook said on Monday.\n',
     "SUPPORT", "Mayor Dan Brook", "Chief Maria Lopez"),
]


@pytest.mark.parametrize("text, etype, source, target", [pytest.param(*row, id=i) for i, *row in FIRST_SIDES_CASES])
def test_the_one_event_and_its_first_source_and_target(run, text, etype, source, target):
    (e,) = found(run(text), etype)
    assert e.source[0].text == source and e.target[0].text == target


SOURCE_CASES = [  # (test id, text, etype, source)
    ('pushing_back_rejects_when_someone_does_it',
     "\n\nThe mayor's campaign pushed back against the senator's attack. The governor's support pushes "
     "back on the idea that the race is over.\n",
     "REJECT", "The mayor's campaign"),
    ('a_call_for_an_inquiry_stays_a_request_beside_the_inquiry',
     "\n\nOn Monday, Senator Tom Reyes called for a special prosecutor to investigate Maria Lopez's use of "
     "a private server, saying the department was biased.\n",
     "REQUEST", "Senator Tom Reyes"),
    ('calling_ones_own_act_a_mistake_concedes_and_anothers_does_not',
     "\n\nA spokesman said Governor Ann Hale believes her use of a private phone was a mistake. Senator Tom "
     "Reyes said Maria Lopez's vote was a mistake.\n",
     "CONCEDE", "Governor Ann Hale"),
]


@pytest.mark.parametrize("text, etype, source", [pytest.param(*row, id=i) for i, *row in SOURCE_CASES])
def test_the_one_event_and_its_first_source(run, text, etype, source):
    (e,) = found(run(text), etype)
    assert e.source[0].text == source
