"""Actors on invented stories, for the classes the act17f branch (December 2026, issue 11) fixed on political and
world news: a country's name read as a plural demonym, a country left or fled, storms and laws known by a name, a
party's name that is a common word at a sentence's start, a description taken for another argument of its own
verb, and people of a kind to be appointed."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_country_name_like_a_plural_demonym_is_no_people(run):
    text = "The storm killed 20 people in the Philippines. Rescuers in the Netherlands helped.\n"
    art = run(text, published="2016-06-10")
    assert all(a.role != "people" for a in art.actors)
    text = "The Philippines protested to China on Monday over the reef.\n"
    art = run(text, published="2016-06-10")
    assert at(art, text, "Philippines").sector == "GOV"


def test_a_country_fled_or_left_is_a_place(run):
    text = "Families escaping Iraq reached Turkey on Sunday. Thousands fled Syria last year, and the virus spread to Brazil.\n"
    art = run(text, published="2016-06-10")
    assert at(art, text, "Iraq") is None
    assert at(art, text, "Syria") is None
    assert at(art, text, "Brazil") is None


def test_a_storm_and_a_law_known_by_names_are_no_actors(run):
    text = ("Typhoon Haiyan killed 6,000 people. Hurricane Mitch hit Honduras. Sen. Elizabeth Warren wants to restore "
            "Glass-Steagall, while Republicans would repeal Dodd-Frank.\n")
    art = run(text, published="2016-06-10")
    for word in ("Typhoon Haiyan", "Hurricane Mitch", "Glass-Steagall", "Dodd-Frank"):
        assert at(art, text, word) is None, word
    assert at(art, text, "Republicans") is not None


def test_conservative_opening_a_sentence_of_a_us_story_is_no_british_partys_word(run):
    text = ("WASHINGTON (AP) _ Trump's remarks angered many on the right, Sen. Ted Cruz said. Conservative activists "
            "said they would stay home.\n")
    art = run(text, published="2016-06-10")
    group = at(art, text, "Conservative activists")
    assert group is not None and group.country == "USA" and group.sector != "PTY"


def test_conservative_opening_a_sentence_of_a_british_story_stays_the_partys(run):
    text = ("LONDON (AP) _ Prime Minister David Cameron said the vote was close. Conservative activists said they "
            "would stay home.\n")
    art = run(text, published="2016-06-10")
    group = at(art, text, "Conservative activists")
    assert group is not None and (group.country, group.sector) == ("GBR", "PTY")


def test_a_description_is_not_another_argument_of_its_own_verb(run):
    text = ("Graham said on Tuesday that he would not vote for Trump. The South Carolina senator endorsed Cruz last "
            "month.\n")
    art = run(text, published="2016-02-10")
    senator = at(art, text, "The South Carolina senator")
    assert senator is None or senator.name != "Ted Cruz"
    assert at(art, text, "Cruz").name == "Ted Cruz"


def test_a_description_in_apposition_or_after_be_still_names_its_person(run):
    text = ("Much of the notice went to the leading trio, Clinton, Trump and Cruz, the Texas senator ahead in "
            "Iowa polls. A CNN reporter coordinated with the campaign. The CNN reporter in question is the "
            "network's foreign affairs reporter, Ellen Marsh.\n")
    art = run(text, published="2016-01-04")
    assert at(art, text, "the Texas senator").name == "Ted Cruz"
    assert at(art, text, "The CNN reporter") is at(art, text, "Ellen Marsh") or \
        at(art, text, "The CNN reporter").id == at(art, text, "Ellen Marsh").id


def test_people_of_a_kind_to_be_appointed_are_no_group(run):
    text = ("Donald Trump on Tuesday said Hillary Clinton would be appointing anti-gun judges. Clinton has promised "
            "to nominate liberal justices.\n")
    art = run(text, published="2016-08-10")
    assert at(art, text, "anti-gun judges") is None
    assert at(art, text, "liberal justices") is None
    assert at(art, text, "Hillary Clinton").name == "Hillary Clinton"


def test_a_pipeline_a_dinner_and_an_operation_named_after_something_are_no_actors(run):
    text = ("The Keystone XL pipeline was rejected by Obama. Clinton spoke at the Al Smith dinner. Clinton ordered "
            "strikes on Iraq during Operation Desert Fox.\n")
    art = run(text, published="1999-01-10")
    for word in ("Keystone XL", "Al Smith", "Desert Fox"):
        assert at(art, text, word) is None, word
    assert at(art, text, "Obama") is not None


def test_operation_in_a_lexicon_name_stays_the_organisation(run):
    text = "Operation Rescue protesters blocked the clinic in Wichita on Monday.\n"
    art = run(text, published="1999-06-10")
    assert at(art, text, "Operation Rescue").name == "Operation Rescue"


def test_a_surname_two_office_holders_bore_names_the_one_in_office_that_day(run):
    text = "Israel will return the Golan Heights to Syria, Barak said. Assad demanded a full withdrawal.\n"
    art = run(text, published="1999-06-10")
    assert at(art, text, "Assad").name == "Hafez al-Assad"
    art = run(text, published="2012-06-10")
    assert at(art, text, "Assad").name == "Bashar al-Assad"
    text = "Vice President Al Gore picked a running mate for the Democratic ticket on Monday. Lieberman said he was honored.\n"
    art = run(text, published="2000-08-10")
    assert at(art, text, "Lieberman").name == "Joe Lieberman"
    text = "White House press secretary said on Monday the president would veto it. Carney said the bill was dead.\n"
    art = run(text, published="2012-06-10")
    assert at(art, text, "Carney").name == "Jay Carney"


def test_a_church_or_university_after_a_locative_preposition_is_a_venue(run):
    text = ("Nine people died at Emanuel AME Church on Wednesday. The first debate will be held at Hofstra University "
            "in New York. A professor at Hofstra University said the stage was ready.\n")
    art = run(text, published="2016-09-10")
    assert at(art, text, "Emanuel AME Church") is None
    assert at(art, text, "Hofstra University") is None
    assert at(art, text, "Hofstra University", 1) is not None   # the professor's university


def test_a_trade_pact_and_a_hosted_debate_are_no_actors(run):
    text = ("Trump criticized NAFTA and the Iran deal on Monday. After the Univision debate, Cruz attacked Rubio. "
            "Univision said ratings were high.\n")
    art = run(text, published="2016-03-10")
    assert at(art, text, "NAFTA") is None
    assert at(art, text, "Univision") is None
    assert at(art, text, "Univision", 1) is not None


def test_countries_naming_a_country_noun_stand_where_it_does(run):
    text = ("Police said the smugglers were weighing the idea of taking the migrants to a third country, perhaps "
            "Belize or Guatemala. The United States and one other nation, Russia, opposed the resolution.\n")
    art = run(text, published="2016-03-10")
    assert at(art, text, "Belize") is None
    assert at(art, text, "Guatemala") is None
    assert at(art, text, "Russia").name == "Russia"


def test_a_country_word_a_group_is_for_or_against_is_not_its_country(run):
    text = ("Anti-American protesters burned flags in Karachi on Friday. Pro-Palestinian students protested at "
            "Columbia. Pro-Russian separatists seized Donetsk.\n")
    art = run(text, published="2015-03-28")
    assert at(art, text, "Anti-American protesters").country != "USA"
    assert at(art, text, "Pro-Palestinian students").country != "PSE"
    assert at(art, text, "Pro-Russian separatists").country == "RUS"
