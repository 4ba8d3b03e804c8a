"""act35f: sectors left at CVL or none (issue 11; docs/actors.md `### act35f`): a school year in apposition or before
a full name makes a student. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_school_year_in_apposition_makes_a_student(run):
    text = ('SPRINGFIELD, Ohio - The county fair opened on Monday. "The rides are great," added Megan Fairley, a '
            "senior at WHS. Karen Doyle, a junior at Westbrook High, liked the pie.\n")
    article = run(text)
    for name in ("Megan Fairley", "Karen Doyle"):
        person = actor_at(article, text, name)
        assert person is not None and person.sector == "EDU", person


def test_junior_before_a_full_name_is_a_school_year(run):
    text = "The Westbrook team won the mock trial on Sunday. Junior Tom Pickett won the prize for the best witness.\n"
    person = actor_at(run(text), text, "Tom Pickett")
    assert person is not None and person.sector == "EDU", person


def test_junior_as_a_rank_or_a_given_name_makes_no_student(run):
    text = ("The junior partner, Bill Oates, left the firm on Monday. Junior Seau Tuilagi played for the Chargers, "
            "Tuilagi said.\n")
    article = run(text)
    person = actor_at(article, text, "Bill Oates")
    assert person is not None and person.sector != "EDU", person
    person = actor_at(article, text, "Tuilagi")
    assert person is None or person.sector != "EDU", person


_LEAGUE = ("CAIRO - Marwan Tolba scored twice in the league on Friday and the goalkeeper saved a penalty in the "
           "second half of the match. Kafrawi showed determination by beating Dessouki 2-0 in the football league. "
           "Later Zahran failed by losing 2-1 to Borg Al-Nasr. Observers say Kafrawi are lucky to lead the table "
           "after the season's first 20 games.\n")


def test_a_name_that_plays_a_result_in_a_sports_report_is_a_club(run):
    article = run(_LEAGUE)
    for name in ("Kafrawi", "Borg Al-Nasr"):
        club = actor_at(article, _LEAGUE, name)
        assert club is not None and club.sector == "BUS", (name, club)


def test_a_player_in_a_sports_report_stays_a_person(run):
    club = actor_at(run(_LEAGUE), _LEAGUE, "Marwan Tolba")
    assert club is not None and club.sector != "BUS", club
