"""act34g: sectors of local officials (issue 11; docs/actors.md `### act34g`): a county's Commissioners Court and the
`County Judge` who heads it are the county's executive (GOV), a judge who sentences stays JUD; members of a state
House of Delegates titled `Delegates` over a list of names are legislators. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_commissioners_court_and_its_county_judge_govern(run):
    text = ("The Ralls County Commissioners Court voted to lift the burn ban on Tuesday. County Judge Ted Varner said "
            "the rain had helped. Pct. 2 Commissioner Luis Ortega seconded the motion.\n")
    article = run(text)
    court = actor_at(article, text, "Ralls County Commissioners Court")
    judge = actor_at(article, text, "Ted Varner")
    assert court is not None and court.sector == "GOV", court
    assert judge is not None and judge.sector == "GOV", judge


def test_a_county_judge_over_a_burn_ban_governs(run):
    text = ("The burn ban for Baylor County was lifted Monday after a call between Fire Chief Ray Olds and Baylor "
            "County Judge Nora Pike.\n")
    judge = actor_at(run(text), text, "Nora Pike")
    assert judge is not None and judge.sector == "GOV", judge


def test_a_county_judge_who_sentences_stays_a_judge(run):
    text = "County Judge Alan Brecht sentenced Tom Vail to five years in prison on Friday for the robbery.\n"
    judge = actor_at(run(text), text, "Alan Brecht")
    assert judge is not None and judge.sector == "JUD", judge


def test_delegates_over_a_tagged_list_are_each_legislators(run):
    text = ("The House of Delegates voted 60-38 to table the bill. Its sponsors are Delegates Mark Tolley, D-Hardy; "
            "Rita Vance, R-Mason; and Glen Ashby, D-Wayne.\n")
    article = run(text)
    for name in ("Mark Tolley", "Rita Vance", "Glen Ashby"):
        person = actor_at(article, text, name)
        assert person is not None and person.sector == "LEG", person


def test_a_list_after_a_plural_that_is_no_title_stays_private(run):
    text = "Neighbors Ann Cole and Ray Poe said they heard two shots on Friday night.\n"
    article = run(text)
    for name in ("Ann Cole", "Ray Poe"):
        person = actor_at(article, text, name)
        assert person is not None and person.sector == "CVL", person
