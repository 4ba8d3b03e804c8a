"""act36a: false actors found by an output audit of political news (docs/actors.md `### act36a`): `forces` of no
army, a body's noun in a list of modifiers, a name cut at a hyphen or glued to a participle, a person's name + `City`,
a name labelling a decision or a shooting, holidays, God and a tax's initials, and a programme taken for a quote's
speaker are no actors; armed forces that act, and a person's or an agency's decision, stay actors. Invented
sentences."""
from __future__ import annotations

from dateline.lexicon import actors as lex
from tests.helpers import actor_at


def test_forces_of_no_army_are_no_actors(run):
    text = ("Senator Tom Harlan is joining forces with a banker to fund a new group. Market forces drove prices up, "
            "and Harlan's path is dependent on forces mostly outside his control.\n")
    article = run(text)
    assert not [a.name for a in article.actors if a.sector == "MIL"], [a.name for a in article.actors]
    assert actor_at(article, text, "Tom Harlan") is not None


def test_armed_forces_that_act_stay_actors(run):
    text = "Syrian forces shelled the town on Monday. Forces beyond the border attacked a village, officials said.\n"
    article = run(text)
    assert actor_at(article, text, "Syrian forces").sector == "MIL"
    assert actor_at(article, text, "Forces beyond") is not None


def test_a_body_in_a_list_of_modifiers_is_no_actor(run):
    text = ("I will bring to bear the entire military, economic, diplomatic, legal, intelligence and technical powers of "
            "the United States, Senator Tom Harlan said on Monday.\n")
    article = run(text)
    assert not [a.name for a in article.actors if a.sector in ("MIL", "SPY")], [a.name for a in article.actors]


def test_names_cut_at_a_hyphen_or_glued_to_a_participle(run):
    text = ("The Donald Trump-led Republican field of candidates has drawn outsize notice for eccentricity. "
            "Senator Tom Harlan has been pushing to own the issue. ''By embracing Super Glass-Steagall, Harlan could "
            "leap to the left,'' he wrote. ''Super Glass-Steagall would consign today's giant banks to the past,'' he "
            "added.\n")
    article = run(text)
    names = [a.name for a in article.actors]
    assert not [n for n in names if "Glass" in n or n.endswith("-led")], names
    assert actor_at(article, text, "Donald Trump").name == "Donald Trump"


def test_a_name_ending_in_city_is_a_town(run):
    text = "Crowds filled streets across Ho Chi Minh City to welcome the president, officials said.\n"
    article = run(text)
    assert actor_at(article, text, "Ho Chi Minh City") is None


def test_labels_of_decisions_shootings_holidays_and_taxes(run):
    text = ("Senator Tom Harlan attacked the Supreme Court's Freedom Fund decision on Tuesday. In the years since "
            "the Maple Ridge shootings, Harlan said, too many lives were lost. He wished voters a happy Cinco de "
            "Mayo and called the VAT a bad tax.\n")
    article = run(text)
    for name in ("Freedom Fund", "Maple Ridge", "Cinco de Mayo", "VAT"):
        assert actor_at(article, text, name) is None, name
    assert actor_at(article, text, "Tom Harlan") is not None


def test_a_persons_or_agencys_decision_keeps_the_actor(run):
    text = ("The Trump decision angered Democrats, Senator Tom Harlan said on Tuesday. Since the Northvale Port "
            "Authority decision was announced Wednesday, the relatives have said they will appeal.\n")
    article = run(text)
    assert actor_at(article, text, "Trump").name == "Donald Trump"
    assert actor_at(article, text, "Northvale Port Authority") is not None


def test_a_body_in_a_pair_of_modifiers_is_left_as_it_was(run):
    text = "The applicant would need permits from regulatory and government agencies, the township said.\n"
    article = run(text)
    assert actor_at(article, text, "government") is not None


def test_a_programme_is_no_quote_speaker(run):
    text = ("Paul Song is a health care activist who spoke before Harlan addressed a rally in the park.\n\n"
            "Song said candidate Ann Cole had said Harlan's Medicare for all plan wouldn't happen. He said it "
            "wouldn't happen if voters \"continue to elect the same people\" beholden to special interests.\n")
    article = run(text)
    assert actor_at(article, text, "Medicare") is None
    assert not [a.name for a in article.actors if "Medicare" in a.name]


def test_god_of_a_blessing_is_no_actor(run):
    text = "If elected I will fight for you, Senator Tom Harlan said. God bless you. And God bless America.\n"
    article = run(text)
    assert actor_at(article, text, "God") is None
    assert actor_at(article, text, "Tom Harlan") is not None


def test_listed_hyphened_names_and_holidays_are_data():
    assert lex.non_actor("Super Glass-Steagall")
    assert lex.non_actor("Cinco de Mayo")
    assert lex.non_actor("the EgyptAir Crash")
    assert not lex.non_actor("x crash")                    # a lower-case `crash` after a name is no name's end
    assert lex.words("civil_force") and lex.words("force_idiom") and lex.words("town_last")
