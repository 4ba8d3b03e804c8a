"""act55d: classes of LGL-style local news (docs/actors.md `### act55d`): a representative of a body who is no lawmaker,
and a dateline whose dash is a Windows-1252 dash read as Latin-1. Invented stories, invented towns (Quillbrook,
Marrowfield) and invented firms."""
from __future__ import annotations

import pytest

from dateline.records import RawArticle
from dateline.structure import structure
from tests.helpers import actor_at


@pytest.mark.parametrize("text, word, sector", [
    ("At a news conference Monday, Harrow Airlines representative Dina Kolb said the new route would start in May.\n",
     "Dina Kolb", "BUS"),
    ("Abe Lintner, a representative of Quillbrook Feed Co., said the plant would close.\n", "Abe Lintner", "BUS"),
    ("Sledding there is trespassing, said Cora Vell, a representative for the Marrowfield Police Department.\n",
     "Cora Vell", "COP"),
    ("A company representative said the store in Quillbrook would open in June.\n", "A company representative",
     "BUS"),
    ("A church representative said the dinner at the hall in Marrowfield is free.\n", "A church representative",
     "REL"),
])
def test_a_representative_of_a_body_speaks_for_it_and_is_no_lawmaker(run, text, word, sector):
    rep = actor_at(run(text), text, word)
    assert rep is not None and rep.sector == sector, rep


@pytest.mark.parametrize("text, word", [
    ("State Representative Dina Kolb of Quillbrook said the bill would pass the House.\n", "Dina Kolb"),
    ("Abe Lintner, a state representative from Marrowfield, voted against the budget.\n", "Abe Lintner"),
    ("A Republican representative said he would vote against the bill in the House.\n",
     "A Republican representative"),
    ("Ohio House Representative Abe Lintner voted for the bill.\n", "Abe Lintner"),
])
def test_near_miss_a_legislatures_representative_stays_a_lawmaker(run, text, word):
    rep = actor_at(run(text), text, word)
    assert rep is not None and rep.sector == "LEG", rep


def _dateline(text: str):
    return structure(RawArticle(id="t", text=text)).dateline


@pytest.mark.parametrize("dash", ["\x97", "\x96"])
def test_a_windows_dash_read_as_latin1_closes_a_run_in_dateline(dash):
    text = (f"Man found in pond. QUILLBROOK, Tenn. (AP) {dash} Police in Quillbrook say a man was found in a pond at a "
            "resort. A city spokesman said the man was 70.\n")
    d = _dateline(text)
    assert d is not None and d.place == "Quillbrook" and d.agency == "AP", d


def test_the_dateline_of_a_windows_dash_leaves_the_police_alone(run):
    text = ("Man found in pond. QUILLBROOK, Tenn. (AP) \x97 Police in Quillbrook say a man was found in a pond at a "
            "resort. A city spokesman said the man was 70.\n")
    article = run(text)
    police = actor_at(article, text, "Police")
    assert police is not None and police.sector == "COP", police
    assert all("(AP)" not in m.text and "\x97" not in m.text for a in article.actors for m in a.mentions), \
        [(a.name, [m.text for m in a.mentions]) for a in article.actors]


def test_near_miss_a_control_character_inside_a_sentence_makes_no_dateline():
    text = "Man found in pond. The resort \x97 its pool closed \x97 said a man was found.\n"
    assert _dateline(text) is None


def test_a_city_spokesman_a_paper_quotes_speaks_for_the_city(run):
    text = ("A man died in a pool at a resort in Quillbrook, Tenn. The Marrowfield Courier quoted city spokesman Abe "
            "Lintner as saying firefighters gave him CPR.\n")
    article = run(text)
    man = actor_at(article, text, "Abe Lintner")
    paper = actor_at(article, text, "Marrowfield Courier")
    assert man is not None and man.sector == "GOV", man
    assert paper is not None and paper.sector == "MED", paper


def test_near_miss_a_bare_spokesman_after_a_company_speaks_for_it(run):
    text = "Harrow Foods said the plant in Quillbrook will close, spokesman Abe Lintner said.\n"
    man = actor_at(run(text), text, "Abe Lintner")
    assert man is not None and man.sector == "BUS", man


@pytest.mark.parametrize("text, name", [
    ("Bond for Abe Lintner, 38, of Quillbrook, was set at $150,000. Lintner got out of the car.\n", "Abe Lintner"),
    ("A judge set a $50,000 cash bail for Abe Lintner on Monday. Lintner got out of the car.\n", "Abe Lintner"),
    ("Abe Lintner is being held without bond at the county jail in Quillbrook.\n", "Abe Lintner"),
    ("Abe Lintner was released on $7,500 bail on Friday in Marrowfield.\n", "Abe Lintner"),
    ("Abe Lintner was denied bail on Tuesday in Marrowfield.\n", "Abe Lintner"),
    ("Abe Lintner is in jail on $10,000 bond in Quillbrook.\n", "Abe Lintner"),
    ("Abe Lintner posted bond on Monday in Quillbrook.\n", "Abe Lintner"),
])
def test_the_one_bail_is_about_is_a_defendant(run, text, name):
    man = actor_at(run(text), text, name)
    assert man is not None and man.sector == "CRM", man


@pytest.mark.parametrize("text, name", [
    ("Cora Vell posted bail for her son on Monday in Quillbrook.\n", "Cora Vell"),
    ("Abe Lintner, a bail bondsman in Quillbrook, said business is slow.\n", "Abe Lintner"),
    ("Abe Lintner said the Quillbrook bond sale went well.\n", "Abe Lintner"),
    ("Abe Lintner said he had a bond with his dog in Quillbrook.\n", "Abe Lintner"),
    ("Abe Lintner was not held without bond in Quillbrook.\n", "Abe Lintner"),
])
def test_near_miss_bail_said_of_no_defendant_leaves_a_person_private(run, text, name):
    person = actor_at(run(text), text, name)
    assert person is not None and person.sector == "CVL", person


def test_near_miss_the_judge_who_sets_bail_stays_a_judge(run):
    text = "Judge Abe Lintner set bail at $5,000 for the man in Quillbrook.\n"
    judge = actor_at(run(text), text, "Abe Lintner")
    assert judge is not None and judge.sector == "JUD", judge
