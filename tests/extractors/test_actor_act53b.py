"""act53b: classes of shooting reports and local news (docs/actors.md `### act53b`): counted victims as a group, a
one-word body that is a road's name, and a speaker who is no doer of the deed he reports. Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

DOUBLE = ("Harlow police responded Saturday night to a shooting off Quarry Street. Neighbors said two men died on the "
          "sidewalk, while three others were hurt and taken to Mercy Hospital. Paramedics also treated two wounded people "
          "on the porch of a house nearby.\n")


def test_counted_victims_of_a_shooting_are_a_private_group(run):
    article = run(DOUBLE)
    for words in ("two men", "three others", "two wounded people"):
        group = actor_at(article, DOUBLE, words)
        assert group is not None and group.sector == "CVL", (words, group)


def test_near_miss_a_counted_crowd_that_is_not_harmed_is_no_group(run):
    text = DOUBLE + "Around 100 people gathered in the street after the shooting.\n"
    assert actor_at(run(text), text, "100 people") is None


def test_near_miss_a_running_tally_of_the_year_is_no_group(run):
    text = DOUBLE + "Six people have been shot on Quarry Street since January, police records show.\n"
    assert actor_at(run(text), text, "Six people") is None


CORNER = ("Two men were wounded in a shooting a block north of Tanner Street on Friday. The stretch between Tanner and "
          "Ellis Blvd. has seen several shootings this year, Harlow police said.\n")


def test_a_word_the_text_names_as_a_road_joined_to_another_road_is_no_actor(run):
    text = CORNER.replace("Tanner", "Government")
    assert actor_at(run(text), text, "Government", 1) is None


def test_near_miss_the_same_word_acting_stays_an_actor(run):
    text = CORNER.replace("Tanner", "Government") + "The Government said it would send more officers.\n"
    gov = actor_at(run(text), text, "Government", 2)
    assert gov is not None and gov.sector == "GOV", gov


REPORTED = ("A 3-year-old boy died after his older brother found a gun on a shelf in a Harlow apartment, his "
            "grandfather said. Ron Calder, the boys' grandfather, spoke by phone from Denton. He says his grandson "
            "climbed the shelf, thought the gun was a toy and then shot his little brother.\n")


def test_a_speaker_is_no_doer_of_a_deed_in_the_clause_he_reports(run):
    calder = actor_at(run(REPORTED), REPORTED, "Ron Calder")
    assert calder is not None and calder.sector != "CRM", calder


def test_near_miss_a_deed_joined_to_the_subjects_own_verb_is_still_his(run):
    text = REPORTED.replace("He says his grandson climbed the shelf, thought the gun was a toy and then shot his little "
                            "brother.", "Police say Ron Calder was charged with assault and shot his neighbor.")
    calder = actor_at(run(text), text, "Ron Calder")
    assert calder is not None and calder.sector == "CRM", calder


CALL = ("A woman called 911 after her nephew was shot on Birch Lane, the Harlow County Sheriff's Office said.\n\n"
        "Dispatcher: \u201cIs he breathing?\u201d\n\nCaller: \u201cYes, but he is bleeding a lot.\u201d\n\n"
        "The caller told dispatchers a car had rolled by. Harlow County coroner workers later arrived at the house, "
        "and utility workers cut the power to the block.\n")


def test_a_transcripts_dispatcher_and_dispatchers_are_police_and_coroner_workers_government(run):
    article = run(CALL)
    label = actor_at(article, CALL, "Dispatcher")
    group = actor_at(article, CALL, "dispatchers")
    coroner = actor_at(article, CALL, "coroner workers")
    assert label is not None and label.sector == "COP", label
    assert group is not None and group.sector == "COP", group
    assert coroner is not None and coroner.sector == "GOV", coroner


def test_near_miss_the_caller_stays_private_and_utility_workers_labour(run):
    article = run(CALL)
    caller = actor_at(article, CALL, "Caller")
    workers = actor_at(article, CALL, "utility workers")
    assert caller is not None and caller.sector == "CVL", caller
    assert workers is None or workers.sector == "LAB", workers


SPOKESMAN = ("The Director of Communications for the Harlow County Prosecutor's Office, Dale Okafor, says police have "
             "not yet sent the case file for review. Okafor said he expects it next week.\n")


def test_a_title_of_a_body_before_the_name_gives_the_bodys_sector(run):
    okafor = actor_at(run(SPOKESMAN), SPOKESMAN, "Dale Okafor")
    assert okafor is not None and okafor.sector == "JUD", okafor


def test_near_miss_a_witness_outside_a_body_before_the_name_stays_private(run):
    text = SPOKESMAN.replace("The Director of Communications for", "A witness outside")
    okafor = actor_at(run(text), text, "Dale Okafor")
    assert okafor is None or okafor.sector != "JUD", okafor


NEPHEW = ("A woman called 911 early Sunday after a car rolled past a house on Birch Lane in Harlow and someone fired "
          "at the porch. She told the dispatcher that her nephew was shot twice.\n")


def test_a_pronoun_owned_relative_who_is_shot_is_a_victim_of_his_own(run):
    nephew = actor_at(run(NEPHEW), NEPHEW, "her nephew")
    assert nephew is not None and nephew.sector == "CVL", nephew


def test_near_miss_a_pronoun_owned_relative_who_does_something_else_is_no_new_actor(run):
    text = NEPHEW.replace("her nephew was shot twice", "her nephew was asleep on the couch")
    assert actor_at(run(text), text, "her nephew") is None


def test_the_homely_kin_words_name_relatives(run):
    text = ("A 3-year-old boy was shot and killed Thursday in a Harlow apartment. The boys' mom was asleep "
            "upstairs, police said.\n")
    mom = actor_at(run(text), text, "The boys' mom")
    assert mom is not None and mom.sector == "CVL", mom


OFFICIALS = ("Officials with the Harlow County Sheriff's Office said Friday that two of the four men they were looking "
             "for have turned themselves in.\n\nFire and rescue officials said three people were taken to hospital. "
             "Officials say all of the wounded are in stable condition.\n")


def test_officials_with_a_named_force_are_the_forces_mention(run):
    first = actor_at(run(OFFICIALS), OFFICIALS, "Officials")
    assert first is not None and first.sector == "COP" and "Sheriff" in first.name, first


def test_near_miss_fire_officials_are_no_mention_of_the_force(run):
    fire = actor_at(run(OFFICIALS), OFFICIALS, "Fire and rescue officials")
    assert fire is None or "Sheriff" not in fire.name, fire


def test_near_miss_a_toll_abroad_with_no_local_police_is_no_group(run):
    text = ("At least six people died in the blast at the Varna market on Friday, and nine people were wounded, the "
            "health ministry said.\n")
    article = run(text)
    assert actor_at(article, text, "six people") is None and actor_at(article, text, "nine people") is None


def test_officials_of_a_named_body_take_their_pronoun_with_them(run):
    text = ("Officials from the Harlow Police Department said they fear the gunman has left the state. Residents were told "
            "to lock their doors.\n")
    they = actor_at(run(text), text, "they")
    assert they is None or they.name != "Officials", they
