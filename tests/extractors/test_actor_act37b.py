"""act37b: false actors and codes of political and wire news found by an output audit (docs/actors.md `### act37b`):
an army or troops owned or named by a figure of a party's race is the figure's camp, no military; a body named after a
person takes no country from a town spelt like the given name. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_candidates_army_is_his_camp_no_military(run):
    text = ("His claims were echoed by Trump's army of online followers, Senator Tom Harlan said. The Trump troops "
            "cheered in the hall, and Clinton's army of volunteers knocked on doors in Ohio.\n")
    article = run(text, published="2016-07-20")
    assert not [a.name for a in article.actors if a.sector == "MIL"], [(a.name, a.code) for a in article.actors]
    assert actor_at(article, text, "army of online").sector == "PTY"
    assert actor_at(article, text, "army of volunteers").role == "supporters"


def test_a_rulers_troops_stay_an_army(run):
    text = "Assad's troops shelled the town on Monday, and Obama's troops left the base, officials said.\n"
    article = run(text, published="2016-07-20")
    assert actor_at(article, text, "troops shelled").code == "SYRMIL"
    assert actor_at(article, text, "troops left").sector == "MIL"


def test_a_body_named_after_a_person_takes_no_country_from_the_given_name(run):
    text = ("Ann Lee, a fellow with George Washington University, spoke on Monday. Bob Hart, a fellow with "
            "George Mason University, agreed.\n")
    article = run(text, published="2016-02-08")
    for name in ("George Washington University", "George Mason University"):
        found = actor_at(article, text, name)
        assert found is not None and found.country != "ZAF", (name, found)


def test_a_title_written_whole_in_quotes_is_no_actor(run):
    text = ("Senator Tom Harlan enjoys “Modern Family.” Later that month, a press is set to publish ''Harlan "
            "Revealed,'' a biography of the senator.\n")
    article = run(text, published="2015-12-09")
    names = [a.name for a in article.actors]
    assert "Modern Family" not in names and "Harlan Revealed" not in names, names
    assert actor_at(article, text, "Tom Harlan") is not None


def test_a_group_named_in_quotes_and_a_speaker_stay(run):
    text = ("“We will win,” said Ann Lee, a member of the “Friends of the River” group. The “Harbor Watch” "
            "coalition sued the city on Monday.\n")
    article = run(text, published="2015-12-09")
    assert actor_at(article, text, "Ann Lee") is not None
    assert actor_at(article, text, "Harbor Watch") is not None


def test_a_country_whose_ice_or_coast_is_named_is_a_place(run):
    text = ("Ann Lee, who heads the panel, has seen the melting ice of Antarctica and Greenland. Fishing boats sail off "
            "the coast of Somalia, she said.\n")
    article = run(text, published="2016-05-09")
    codes = [a.code for a in article.actors]
    assert not [c for c in codes if c and c[:3] in ("ATA", "GRL", "SOM")], codes


def test_a_state_that_acts_beside_a_coast_stays(run):
    text = "The leaders of Kenya and Somalia met on Monday, and Somalia said it would guard the coast of the gulf.\n"
    article = run(text, published="2016-05-09")
    assert actor_at(article, text, "Somalia said").code == "SOMGOV"


def test_a_us_countys_body_is_american_not_of_a_city_abroad(run):
    text = ("The Vigo County Voter Registration Office in Terre Haute, Indiana, said on Monday that 4,000 new "
            "voters had registered.\n")
    article = run(text, published="2015-12-04")
    found = actor_at(article, text, "Vigo County Voter")
    assert found is not None and found.country == "USA", found


def test_a_legislatures_committee_is_the_legislatures(run):
    text = ("Oversight Committee Chairman Tom Harlan (R-Utah) and Judiciary Committee Chairman Bob Hart (R-Va.) sent "
            "the referral on Monday, and the Ways and Means Committee met.\n")
    article = run(text, published="2016-07-11")
    for name in ("Oversight Committee", "Judiciary Committee", "Ways and Means Committee", "Tom Harlan"):
        assert actor_at(article, text, name).sector == "LEG", (name, actor_at(article, text, name))


def test_a_partys_committee_stays_no_legislature(run):
    text = "The Republican National Committee and the convention Rules Committee met in Cleveland on Monday.\n"
    article = run(text, published="2016-07-11")
    assert actor_at(article, text, "Rules Committee").sector != "LEG"


def test_a_group_noun_inside_a_bodys_name_is_no_group(run):
    text = ("Ann Lee, a member of the Permanent Select Committee on Intelligence, said the Union of Concerned "
            "Scientists had written to her on Monday.\n")
    article = run(text, published="2016-02-08")
    assert not [a.name for a in article.actors if a.sector in ("SPY", "EDU") and a.name in ("Intelligence",
                                                                                           "Scientists")], \
        [(a.name, a.code) for a in article.actors]
    assert actor_at(article, text, "Ann Lee") is not None


def test_forces_for_a_civil_cause_are_a_movement_no_army(run):
    text = "The pro-democracy forces won a landslide in the vote on Sunday, officials said.\n"
    article = run(text, published="2015-11-10")
    found = actor_at(article, text, "pro-democracy forces")
    assert found is not None and found.sector == "OPP", found


def test_forces_for_a_government_stay_an_army(run):
    text = "The pro-government forces shelled the town on Sunday, officials said.\n"
    article = run(text, published="2015-11-10")
    assert actor_at(article, text, "pro-government forces").sector == "MIL"


def test_a_book_written_is_no_organisation(run):
    text = "Tom Harlan wrote the classic Conscience of a Farmer in 1960, and it still sells.\n"
    article = run(text, published="2016-01-19")
    assert not [a.name for a in article.actors if "Conscience" in a.name], [a.name for a in article.actors]
    assert actor_at(article, text, "Tom Harlan") is not None


def test_a_body_joined_or_a_paper_read_stays(run):
    text = ("Ann Lee joined the Friends of a Farmer in 1960. Tom Harlan read the Harbor Gazette on Monday, and the "
            "Friends of a Farmer said it would sue.\n")
    article = run(text, published="2016-01-19")
    assert actor_at(article, text, "Friends of a Farmer") is not None
    assert actor_at(article, text, "Harbor Gazette") is not None
