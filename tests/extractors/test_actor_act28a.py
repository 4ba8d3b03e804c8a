"""Actors on invented stories, for the classes of wrong identity bench/identity_check.py found over the whole people
lexicon (act28a, issue 11): a surname before a family noun or a firm's `& Co.`, an initial or a word the tagger joins to
a lexicon surname, a hyphenated surname alone; and the positives the check asks to hold (a given name the tagger cut,
a hyphenated or family-first surname after the full name, a title with a family name, `President Kim` among several
Kims in office); and descriptions resolved to the holder on the article's date."""
from __future__ import annotations

from tests.helpers import actor_at, name_at

at = actor_at


# ---------------------------------------------------------------- no wrong identity
def test_a_surname_before_a_family_noun_is_the_familys_name(run):
    text = "DAYTON, Ohio (Wire) -- The Clinton family, who run a dairy farm near Toledo, said the storm destroyed their barn.\n"
    art = run(text, published="1997-05-02")
    assert name_at(art, text, "Clinton family") != "Bill Clinton"
    text = ("WASHINGTON (Wire) -- Hillary Clinton spoke on Monday. Members of the Clinton family told officials they "
            "would sue.\n")
    art = run(text, published="2016-01-20")
    assert name_at(art, text, "Clinton family") != "Hillary Clinton"
    text = "WASHINGTON (Wire) -- Clinton's family told officials on Monday they would sue.\n"
    art = run(text, published="2016-01-20")
    assert name_at(art, text, "Clinton") == "Hillary Clinton"         # her own family: she is named


def test_a_surname_before_and_co_is_a_firms_name(run):
    text = "LEEDS, England (Wire) -- Kerry & Co. said on Monday that its profits rose 4 percent in the second quarter.\n"
    art = run(text, published="2015-01-26")
    assert name_at(art, text, "Kerry & Co.") != "John Kerry"


def test_an_initial_or_a_tagged_word_before_a_lexicon_surname_is_another_persons_given_name(run):
    text = "MANILA, Philippines (Wire) -- A letter signed by T. Pence of Toledo asked the school board to keep the library open.\n"
    art = run(text, published="2019-01-20")
    assert name_at(art, text, "Pence") != "Mike Pence"
    text = "WASHINGTON -- A letter signed by M. Pence was read to the Senate.\n"
    art = run(text, published="2019-01-20")
    assert name_at(art, text, "Pence") == "Mike Pence"                # his own initial
    text = "LAGOS, Nigeria (Wire) -- The shop is run by Agnes Karzai, who opened it in Dayton eleven years ago with her savings.\n"
    art = run(text, published="2008-05-11")
    assert name_at(art, text, "Karzai") != "Hamid Karzai"


def test_a_hyphenated_surname_long_before_the_first_office_names_nobody_of_the_lexicon(run):
    text = "MANILA, Philippines (Wire) -- Ros-Lehtinen told reporters in Halifax that the vote would be held in the spring.\n"
    art = run(text, published="1959-08-29")
    assert name_at(art, text, "Ros-Lehtinen") != "Ileana Ros-Lehtinen"


def test_a_surname_with_its_particle_is_a_bare_surname(run):
    text = "DAYTON, Ohio (Wire) -- Speaking in Leeds on Monday, Van Rompuy said the mine would not be closed.\n"
    art = run(text, published="1979-12-01")
    assert name_at(art, text, "Van Rompuy") != "Herman Van Rompuy"     # decades before his first office
    text = ("LEEDS, England (Wire) -- Greta Van Susteren arrived in Canberra on Monday for talks with government "
            "officials. On Tuesday, Van Susteren said the visit had been useful.\n")
    art = run(text, published="2009-05-17")
    assert name_at(art, text, "Van Susteren", 1) == "Greta Van Susteren"


def test_president_kim_among_several_kims_in_office_is_the_president_not_a_former_one(run):
    text = "SEOUL (Wire) -- President Kim said on Tuesday that the government would resume talks.\n"
    art = run(text, published="2000-08-25")
    assert name_at(art, text, "President Kim") == "Kim Dae-jung"       # not Kim Jong-il, nor Kim Young-sam (out of
    #                                                                   office since 1998) for a title that fits several


def test_a_bare_surname_in_a_story_of_a_namesakes_country_is_not_the_lexicon_person(run):
    text = "BRASILIA (Wire) -- Nunes told reporters on Monday that the government would not resign.\n"
    art = run(text, published="2018-03-01")
    assert name_at(art, text, "Nunes") != "Devin Nunes"
    text = "DAMASCUS (Wire) -- Abbas told reporters on Monday that the army would not withdraw.\n"
    art = run(text, published="2023-03-01")
    assert name_at(art, text, "Abbas") != "Mahmoud Abbas"
    text = "RAMALLAH (Wire) -- Abbas told reporters on Monday that the talks had failed.\n"
    art = run(text, published="2023-03-01")
    assert name_at(art, text, "Abbas") == "Mahmoud Abbas"              # his own country's story


def test_an_initial_in_a_place_entity_with_the_surname_is_a_given_name(run):
    text = "DAYTON, Ohio (Wire) -- A letter signed by B. Mbeki of Perth asked the school board to keep the library open.\n"
    art = run(text, published="2004-02-03")
    assert name_at(art, text, "Mbeki") != "Thabo Mbeki"


# ---------------------------------------------------------------- positives that must hold
def test_a_lexicon_name_whose_given_name_the_tagger_cut(run):
    text = "TORONTO (Wire) -- Karim Khan said on Tuesday that the government would resume talks on trade next week.\n"
    art = run(text, published="2022-06-16")
    assert name_at(art, text, "Karim Khan") == "Karim Khan"


def test_a_hyphenated_or_family_first_surname_after_the_full_name(run):
    text = ("TORONTO (Wire) -- Alexandria Ocasio-Cortez arrived in Brasilia on Monday for talks with government officials. "
            "On Tuesday, Ocasio-Cortez said the visit had been useful.\n")
    art = run(text, published="2020-01-03")
    assert name_at(art, text, "Ocasio-Cortez", 1) == "Alexandria Ocasio-Cortez"
    text = ("TORONTO (Wire) -- Lincoln Diaz-Balart spoke at an election rally on Monday. The crowd cheered when "
            "Diaz-Balart promised new roads.\n")
    art = run(text, published="2002-01-03")
    assert name_at(art, text, "Diaz-Balart", 1) == "Lincoln Diaz-Balart"
    text = ("PERTH, Australia (Wire) -- Talks between officials and Wang Yi ended late on Friday. Wang told reporters "
            "that a deal was close.\n")
    art = run(text, published="2024-07-24")
    assert name_at(art, text, "Wang", 1) == "Wang Yi"


def test_a_title_with_a_family_name_written_first_or_a_house_member(run):
    text = "BEIJING (Wire) -- Premier Li said on Tuesday that the government would resume talks.\n"
    art = run(text, published="2018-03-13")
    assert name_at(art, text, "Premier Li") == "Li Keqiang"
    text = "WASHINGTON (Wire) -- Rep. Ryan said on Tuesday that the House would vote on the budget.\n"
    art = run(text, published="2009-01-02")
    assert name_at(art, text, "Rep. Ryan") == "Paul Ryan"


# ---------------------------------------------------------------- descriptions: the holder on the article's date
def test_a_description_is_the_articles_holder_then_the_lexicons_holder_on_the_date_then_nobody(run):
    text = "BERLIN (Wire) -- The German chancellor told parliament on Monday that the budget would pass.\n"
    assert name_at(run(text, published="2010-06-01"), text, "The German chancellor") == "Angela Merkel"
    assert name_at(run(text, published="2023-06-01"), text, "The German chancellor") == "Olaf Scholz"
    undated = run(text)
    assert name_at(undated, text, "The German chancellor") not in ("Angela Merkel", "Olaf Scholz")   # the office
    #                                                                       changed hands: no date, nobody
    text = ("BERLIN (Wire) -- Olaf Scholz met union leaders on Friday. The German chancellor told parliament on Monday "
            "that the budget would pass.\n")
    assert name_at(run(text), text, "The German chancellor") == "Olaf Scholz"   # named in the article
    text = "MOSCOW (Wire) -- Russia's top diplomat said on Monday that the talks had failed.\n"
    assert name_at(run(text, published="2015-06-01"), text, "Russia's top diplomat") == "Sergei Lavrov"
    assert name_at(run(text), text, "Russia's top diplomat") != "Sergei Lavrov"
