"""sect50: the sector of actors found in local news (issue 11; docs/actors.md `### sect50`): a town named as an actor
is its government. Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


def test_a_town_written_as_a_place_that_acts_is_its_government(run):
    text = ("Millbrook residents rally over bus cuts.\nSome 60 Millbrook residents gathered Friday on the green to "
            "oppose a plan to end the evening bus line, said Ann Pruitt, who organized the rally. Pruitt said the "
            "county should hear that Millbrook says no to the cuts.\n")
    town = actor_at(run(text), text, "Millbrook says")
    assert town is not None and town.sector == "GOV", town


def test_a_township_is_its_government(run):
    text = ("Hopkinton Twp. passes noise ordinance.\nThe township committee voted 3-2 on Tuesday to limit outdoor "
            "music after 10 p.m. on weeknights, committee members said.\n")
    town = actor_at(run(text), text, "Hopkinton Twp")
    assert town is not None and town.sector == "GOV", town


def test_an_officer_whose_surname_is_a_town_stays_a_person(run):
    text = ("Man held after chase.\nHENDERSON, Ky. - A man was arrested after a chase on Main Street on Friday, "
            "police said. Willis said the driver ran two red lights before he stopped near the river.\n")
    person = actor_at(run(text), text, "Willis")
    assert person is None or person.sector != "GOV", person


def test_a_town_never_written_as_a_place_is_left_alone(run):
    text = ("Man held after chase.\nA man was arrested after a chase on Main Street on Friday, police said. Willis "
            "said the driver ran two red lights.\n")
    person = actor_at(run(text), text, "Willis")
    assert person is None or person.sector != "GOV", person


def test_a_board_is_a_government_body(run):
    text = ("AUSTIN, Texas - The Harlan Valley Water Development Board approved a $2 million loan for the pipeline on "
            "Thursday. The Accountability Review Board will meet again in May.\n")
    article = run(text)
    for name in ("Harlan Valley Water Development Board", "Accountability Review Board"):
        body = actor_at(article, text, name)
        assert body is not None and body.sector == "GOV", (name, body)


def test_a_school_board_runs_schools(run):
    text = "DAYTON, Ohio - The Fairmont City School Board voted 4-1 on Monday to close two elementary schools.\n"
    body = actor_at(run(text), text, "Fairmont City School Board")
    assert body is not None and body.sector == "EDU", body


def test_a_leader_board_is_no_body(run):
    text = ("Hale leads after first round.\nTom Hale shot a 66 on Thursday and sits atop the leader board at the "
            "Riverside Open, two strokes ahead of Sam Dee, who birdied three of the last four holes.\n")
    assert actor_at(run(text), text, "leader board") is None


_BANQUET = ("Chamber holds annual banquet.\nThe chamber of commerce held its annual awards banquet Saturday night at the "
            "Grange hall in Millbrook. Ann Cole was {} as Woman of the Year, and Ray Dunn was inducted into the Hall of "
            "Fame.\n")


def test_an_american_spelling_and_an_american_town_make_a_local_story_american(run):
    text = _BANQUET.format("honored")
    person = actor_at(run(text), text, "Ann Cole")
    assert person is not None and person.country == "USA", person


def test_a_british_spelling_makes_no_american_story(run):
    text = _BANQUET.format("honoured")
    person = actor_at(run(text), text, "Ann Cole")
    assert person is not None and person.country is None, person


def test_a_spelling_inside_a_name_is_no_evidence(run):
    text = _BANQUET.format("named").replace("Grange hall", "Family Life Center")
    person = actor_at(run(text), text, "Ann Cole")
    assert person is not None and person.country is None, person


def test_a_spelling_and_dollars_without_an_american_town_make_no_home(run):
    text = _BANQUET.format("honored").replace(" in Millbrook", "").replace("Saturday night", "Saturday night ($40 a "
                                                                                             "seat)")
    person = actor_at(run(text), text, "Ann Cole")
    assert person is not None and person.country is None, person


# review50e: a town's name that plays a game, is called he or she, is described as a firm or is a company's home is no
# town government; a board of a bank or a school is theirs, not a public body.

_NOT_TOWNS = {
    "game_off_a_sports_page": (
        "Prep roundup.\nMadison edged Verona 54-50 in overtime Tuesday. Verona trailed by nine in the fourth quarter "
        "before a late run. Madison travels to Waunakee on Friday. Fans from Verona filled the gym.\n", "Verona trailed"),
    "surname_called_he": (
        "Man charged in robbery.\nPolice in Jackson arrested a man after a robbery on Monday. Officer Tom Reed said the "
        "man fled on foot. Jackson, who saw the robbery from across the street, said he called police at once. Jackson "
        "police said the man was held.\n", "Jackson, who"),
    "company_home": (
        "Phone maker trims forecast.\nShares of Cupertino-based Apple fell 3 percent on Tuesday. Cupertino said it "
        "expects sales of its phones to fall, and analysts in Cupertino said the drop was steep.\n", "Cupertino said"),
    "described_as_a_firm": (
        "Fund firm cuts jobs.\nMadison, the asset manager, said it would cut 200 jobs. Madison manages 40 billion "
        "dollars from offices in Madison and Chicago.\n", "Madison, the"),
}


@pytest.mark.parametrize("case", sorted(_NOT_TOWNS))
def test_a_town_name_that_is_no_town_acting_is_no_government(run, case):
    text, mention = _NOT_TOWNS[case]
    actor = actor_at(run(text), text, mention)
    assert actor is None or actor.sector != "GOV", actor


def test_a_board_of_a_bank_or_a_school_takes_their_sector(run):
    text = ("Boards meet.\nThe Harbor Bank Board approved a dividend on Tuesday. The Fairview Academy Board voted "
            "to raise tuition.\n")
    article = run(text)
    for name, sector in (("Harbor Bank Board", "BUS"), ("Fairview Academy Board", "EDU")):
        body = actor_at(article, text, name)
        assert body is not None and body.sector == sector, (name, body)
