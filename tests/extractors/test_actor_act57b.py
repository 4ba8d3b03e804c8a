"""act57b: classes of local crime reports (docs/actors.md `### act57b`): a tweet's signed author whom the story names
again is a source, not its reporter; criminal groups named by their kind (`the ... gang`, `is a street gang`); an
outlet that is the subject of `reported` with no object; a student named as the gunman is a suspect; one person of a
manual trade is a private person; no one is told of after `no information about`.
Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

TWEET = ("Boy, 4, hurt in Harlow shooting\nDetectives are reviewing video. The boy is stable pic.twitter.com/xy12Ab — "
         "Dana Corliss (@DCorlissPD) March 3, 2017\nA 4-year-old boy was shot in a parked car on Birch Lane on "
         "Friday. Harlow police spokeswoman Dana Corliss said the boy was in stable condition.\n")


def test_a_tweet_author_the_story_names_again_with_a_title_is_no_reporter(run):
    person = actor_at(run(TWEET), TWEET, "Dana Corliss", 1)
    assert person is not None and person.sector == "COP", person


def test_near_miss_a_tweet_author_named_once_stays_the_reporter(run):
    text = ("Man held after Birch Lane stabbing\nSuspect held, no bond pic.twitter.com/ab12Cd — Lou Hendry (@lhendrynews) "
            "May 2, 2016\nA man was arrested after a stabbing on Birch Lane in Harlow, police said.\n")
    person = actor_at(run(text), text, "Lou Hendry")
    assert person is not None and person.sector == "MED", person


GANG = ("Five members of the Dock Street Kings gang were charged on Tuesday with a shooting in Harlow, prosecutors "
        "said. The Dock Street Kings is a street gang active on the east side of Harlow.\n")


def test_a_name_followed_by_gang_is_a_criminal_group(run):
    gang = actor_at(run(GANG), GANG, "Dock Street Kings")
    assert gang is not None and gang.sector == "CRM", gang


def test_near_miss_a_police_gang_unit_stays_police(run):
    text = ("Officers of the Harlow Police Gang Unit arrested two men on Tuesday after a shooting on Birch Lane, police "
            "said.\n")
    unit = actor_at(run(text), text, "Harlow Police Gang Unit")
    assert unit is None or unit.sector == "COP", unit


REPORTED = ("Three people were shot outside a bar on Birch Lane in Harlow late Friday, Harlow Beacon reported. Police "
            "said none of the injuries were life-threatening.\n")


def test_a_name_that_reported_with_no_object_is_an_outlet(run):
    outlet = actor_at(run(REPORTED), REPORTED, "Harlow Beacon")
    assert outlet is not None and outlet.sector == "MED", outlet


def test_near_miss_a_firm_that_reported_a_loss_is_no_outlet(run):
    text = "Velmar Holdings reported a loss of $3 million on Tuesday after its Harlow plant closed for a month.\n"
    firm = actor_at(run(text), text, "Velmar Holdings")
    assert firm is None or firm.sector != "MED", firm


STUDENT = ("Kevin Ashdale, 20, a college student, was identified as the gunman who shot two people at a Harlow gas "
           "station on Tuesday, police said.\n")


def test_a_student_named_as_the_gunman_is_a_suspect(run):
    person = actor_at(run(STUDENT), STUDENT, "Kevin Ashdale")
    assert person is not None and person.sector == "CRM", person


def test_near_miss_a_student_who_saw_the_shooting_stays_a_student(run):
    text = ("Kevin Ashdale, 20, a college student, said he heard two shots at a Harlow gas station on "
            "Tuesday.\n")
    person = actor_at(run(text), text, "Kevin Ashdale")
    assert person is not None and person.sector != "CRM", person


def test_one_person_of_a_manual_trade_is_a_private_person(run):
    text = ("The gunman shot and killed construction worker Dale Pruett, 31, outside a Harlow hardware store on "
            "Tuesday, police said.\n")
    person = actor_at(run(text), text, "Dale Pruett")
    assert person is not None and person.sector == "CVL", person


def test_near_miss_a_union_officer_stays_labour(run):
    text = ("Union president Dale Pruett said the Harlow plant's workers would vote on the contract on Tuesday.\n")
    person = actor_at(run(text), text, "Dale Pruett")
    assert person is not None and person.sector == "LAB", person


def test_no_one_is_told_of_after_no_information_about(run):
    text = ("Four people were shot at a party on Birch Lane in Harlow on Friday. No information about possible "
            "suspects has been released, police said.\n")
    assert actor_at(run(text), text, "possible suspects") is None


def test_near_miss_details_about_the_suspects_name_them(run):
    text = ("Four people were shot at a party on Birch Lane in Harlow on Friday. Police released details about two "
            "suspects who fled in a white van.\n")
    group = actor_at(run(text), text, "two suspects")
    assert group is not None and group.sector == "CRM", group


def test_near_miss_a_person_who_reported_what_happened_is_no_journalist(run):
    text = ("Ann Marlowe reported that her car was stolen from a Birch Lane driveway in Harlow on Tuesday, police "
            "said.\n")
    person = actor_at(run(text), text, "Ann Marlowe")
    assert person is not None and person.sector != "MED", person


KIN = ("HARLOW - A man was shot and killed on Birch Lane on Tuesday night, Harlow police said. His mother told officers "
       "she heard three shots.\n")


def test_a_relative_who_speaks_in_a_shooting_report_is_a_witness(run):
    mother = actor_at(run(KIN), KIN, "His mother")
    assert mother is not None and mother.sector == "CVL", mother


def test_near_miss_a_relative_only_told_of_is_no_actor(run):
    text = ("HARLOW - A man was shot and killed on Birch Lane on Tuesday night, Harlow police said. His mother lived "
            "two streets away.\n")
    assert actor_at(run(text), text, "His mother") is None


def test_two_single_people_joined_are_each_a_victim(run):
    text = "HARLOW - A man and a 3-year-old girl were killed Tuesday in a shooting on Birch Lane, police said.\n"
    man = actor_at(run(text), text, "A man")
    assert man is not None and man.sector == "CVL", man


def test_near_miss_one_person_joined_to_a_plural_stays_the_group(run):
    text = "HARLOW - One woman and four men were shot outside a bar on Birch Lane late Friday, police said.\n"
    assert actor_at(run(text), text, "One woman") is None


def test_a_justice_ministry_release_on_charges_is_the_prosecutor(run):
    text = ("Two Harlow men were charged with robbery and assault on Tuesday, according to a Justice Department press "
            "release.\n")
    body = actor_at(run(text), text, "Justice Department")
    assert body is not None and body.sector == "JUD", body


def test_near_miss_a_justice_ministry_release_on_its_budget_stays_government(run):
    text = ("The department will hire 40 new clerks in Harlow next year, according to a Justice Department press "
            "release.\n")
    body = actor_at(run(text), text, "Justice Department")
    assert body is None or body.sector == "GOV", body


def test_someone_who_opened_fire_is_a_suspect(run):
    text = "HARLOW - Police said someone in a passing car opened fire on a group of teens on Birch Lane late Sunday.\n"
    doer = actor_at(run(text), text, "someone")
    assert doer is not None and doer.sector == "CRM", doer


def test_near_miss_someone_who_called_911_is_no_suspect(run):
    text = "HARLOW - Police said someone called 911 after hearing shots on Birch Lane late Sunday.\n"
    doer = actor_at(run(text), text, "someone")
    assert doer is None or doer.sector != "CRM", doer


def test_near_miss_no_leads_on_the_suspects_keeps_the_suspects(run):
    text = ("Two men were shot on Birch Lane in Harlow on Friday. Harlow police said they had no leads on the suspects "
            "who fled in a white van.\n")
    group = actor_at(run(text), text, "the suspects")
    assert group is not None and group.sector == "CRM", group


def test_someone_found_shot_is_a_victim(run):
    text = "HARLOW - Officers found a woman who had been shot twice in a Birch Lane home early Tuesday, police said.\n"
    victim = actor_at(run(text), text, "a woman")
    assert victim is not None and victim.sector == "CVL", victim


def test_someone_found_suffering_from_wounds_is_a_victim(run):
    text = "HARLOW - Officers found another man suffering from gunshot wounds in the yard, police said.\n"
    victim = actor_at(run(text), text, "another man")
    assert victim is not None and victim.sector == "CVL", victim


def test_near_miss_someone_found_unhurt_is_no_victim(run):
    text = "HARLOW - Deputies found a man hiding in a shed on Birch Lane after the robbery, police said.\n"
    person = actor_at(run(text), text, "a man")
    assert person is None or person.sector != "CVL", person


def test_an_investigator_who_speaks_in_a_police_report_is_police(run):
    text = "HARLOW - A man shot his neighbor on Birch Lane on Saturday before fleeing, an investigator said Monday.\n"
    person = actor_at(run(text), text, "an investigator")
    assert person is not None and person.sector == "COP", person


def test_near_miss_a_private_investigator_is_no_police(run):
    text = "HARLOW - The family hired a private investigator, Dale Pruett, who said the gun was never found.\n"
    person = actor_at(run(text), text, "Dale Pruett")
    assert person is not None and person.sector != "COP", person
