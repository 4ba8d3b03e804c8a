"""review57b: guards on act57a's and act57c's rules from a reading of their output on unlabelled text (docs/actors.md
`### review57b`). Invented sentences and people; each guard has a near-miss where the rule still fires."""
from __future__ import annotations

from tests.helpers import actor_at, check_actors


def test_review57b_a_present_verb_of_telling_in_a_when_clause_is_no_speaker(run):
    text = ("Critics of Senator Ada Vole say her remark was unfair. When a man tells his colleague her plan is "
            "silly, he belittles her, they argue.\n")
    assert actor_at(run(text), text, "a man") is None


def test_review57b_near_miss_a_speaker_in_a_past_when_clause_stays(run):
    text = ("Police closed Elm Street in Quillbrook on Sunday. Officers came when a woman said she heard two shots "
            "near the park.\n")
    who = actor_at(run(text), text, "a woman")
    assert who is not None and who.sector == "CVL", who


def test_review57b_a_kin_speaker_named_by_the_same_surname_nearby_is_that_relative(run):
    text = ("Ira Moss moved from Quillbrook to Marrowfield in 2001 to find work, his brother said. \"He loved that "
            "town,\" Ray Moss said, standing outside his brother's house. Ira Moss was 52.\n")
    check_actors(run(text), text, "his brother: same=Ray Moss; his brother#1: none")


def test_review57b_near_miss_a_kin_speaker_with_no_relative_named_stays(run):
    text = ("Ira Moss moved from Quillbrook to Marrowfield in 2001 to find work, his brother said. \"He loved that "
            "town,\" a neighbor said. Ira Moss was 52.\n")
    who = actor_at(run(text), text, "his brother")
    assert who is not None and who.sector == "CVL", who


# a match report: the description follows one player's name, and the manager is named again after it
TRANSFER = ("Harlow Rovers drew 1-1 with Dale Town in the league match on Saturday. Manager Tom Reeve said the "
            "draw was fair to both teams. Striker Jean Lacombe scored the goal in the second half, and the coach "
            "praised the striker after the match. Talks on a new deal for the Frenchman have begun, but Reeve added: "
            "\"We will talk on Monday.\" Reeve was pleased with the team.\n")


def test_review57b_one_named_again_after_the_description_is_not_its_national(run):
    check_actors(run(TRANSFER, published="2008-01-15"), TRANSFER, "Tom Reeve: country!=FRA")


def test_review57b_near_miss_the_description_still_names_the_player_before_it(run):
    text = ("Harlow Rovers beat Dale Town 2-1 in the league match on Saturday. Striker Jean Lacombe scored both "
            "goals in the second half. The coach praised the striker after the match. Lacombe was the best player "
            "on the pitch, and the fans cheered the young Frenchman after the final whistle.\n")
    check_actors(run(text, published="2008-01-15"), text, "Jean Lacombe: country=FRA")



def test_review57b_a_restaurant_named_only_as_where_a_shooting_was_is_a_place(run):
    text = ("Teen Shot outside K.L.M. Restaurant\n\nA 16-year-old was shot late Sunday in the parking lot of a gas "
            "station in Quillbrook, police said. His condition is unknown.\n")
    check_actors(run(text), text, "K.L.M.: none")


def test_review57b_near_miss_a_restaurant_that_acts_stays(run):
    text = ("Teen Shot outside K.L.M. Restaurant\n\nA 16-year-old was shot late Sunday in the parking lot of a gas "
            "station in Quillbrook, police said. K.L.M. Restaurant said it would close for two days.\n")
    check_actors(run(text), text, "K.L.M. Restaurant#1: sector=BUS")
