"""Actors on invented stories, for the classes the act7 branch (December 2026, issue 11) fixed: a possessed person
noun that speaks is someone else, a stranger brought in by `named`, the courts as a venue, a place before a comma
and a country, and a word in capitals matched against the plain text by whole words."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, actor_names, check_actors


at = actor_at


def test_a_possessed_person_noun_that_speaks_is_not_the_possessor(run):
    text = ("WASHINGTON -- Donald Trump turns 70 on Tuesday.\n\nAccording to his longtime personal physician, the "
            "billionaire businessman had \"astonishingly excellent\" results, and \"will be the healthiest individual "
            "ever elected.\" \"The case is closed,\" her lawyer said.\n")
    art = run(text, published="2016-06-14")
    trump = at(art, text, "Donald Trump")
    doctor = at(art, text, "his longtime personal physician")
    assert doctor is not None and doctor.id != trump.id and doctor.sector == "CVL"
    assert at(art, text, "her lawyer").id != trump.id


def test_a_possessed_pastor_is_clergy_and_a_spokesman_still_speaks_for_his_boss(run):
    text = ("WASHINGTON -- Senator Ted Cruz defended himself on Monday. \"He is a good man,\" his pastor said. \"We "
            "will win,\" his spokesman said.\n")
    art = run(text, published="2016-05-01")
    cruz = at(art, text, "Ted Cruz")
    assert at(art, text, "his pastor").id != cruz.id and at(art, text, "his pastor").sector == "REL"
    spokesman = at(art, text, "his spokesman")
    assert spokesman is None or spokesman.id == cruz.id      # (as before: left to speak for him)


def test_a_name_brought_in_by_named_is_no_public_figure(run):
    text = ("DENVER -- A local pastor named Mike Pence said on Monday the church would open. Pence said everyone was "
            "welcome.\n")
    art = run(text, published="2016-05-01")
    pence = at(art, text, "Mike Pence")
    assert pence.sector != "GOV" and pence.role != "governor"


def test_a_name_brought_in_by_named_keeps_an_office_the_article_names(run):
    text = ("WASHINGTON -- A Republican named Mike Pence was picked on Friday. Gov. Pence said he was honored.\n")
    art = run(text, published="2016-07-15")
    assert at(art, text, "Mike Pence").sector in ("GOV", "PTY")


def test_a_place_before_a_comma_and_a_country_is_no_actor(run):
    text = ("ST. LOUIS -- The riskiest towns on the list were Caracas, Venezuela; San Pedro Sula, Honduras; and "
            "Acapulco, Mexico. Venezuela, Cuba and Iran opposed the list on Monday.\n")
    art = run(text, published="2016-05-19")
    assert at(art, text, "San Pedro Sula") is None
    assert at(art, text, "Honduras") is None
    assert at(art, text, "Caracas") is None
    assert at(art, text, "Cuba").country == "CUB"
    assert at(art, text, "Venezuela", nth=1).country == "VEN"      # the state acting stays one


def test_a_word_in_capitals_is_matched_against_the_plain_text_by_whole_words(run):
    text = ("Morning Email.\n\nAT LEAST 10 KILLED IN DEADLY ISTANBUL EXPLOSION\nTurkish President Recep Tayyip Erdogan "
            "said the bomber had Syrian roots, officials in Istanbul said.\n\nHILLARY CLINTON IS FEELING THE PRESSURE\n"
            "As the contest narrows in Ohio, Tom Ward said his rival is in trouble.\n")
    art = run(text, published="2016-01-12")
    assert "Islamic State" not in actor_names(art)


def test_a_namesake_abroad_by_a_demonym_in_apposition(run):
    text = ("TORONTO -- David Cameron, a Canadian hockey coach, said on Monday his team would win. Cameron said the "
            "players were ready.\n")
    art = run(text, published="2016-05-01")
    cameron = at(art, text, "David Cameron")
    assert cameron.country == "CAN" and cameron.sector != "GOV"


def test_a_programmes_acronym_is_no_actor_wherever_it_stands(run):
    text = ("LAS VEGAS -- Sen. Ann Roe would widen the Deferred Action Plan for Parents of Americans and Legal "
            "Residents program, or DAPA. Roe said DAPA would be kept. The ACLU sued on Monday.\n")
    art = run(text, published="2015-11-09")
    assert at(art, text, "DAPA") is None
    assert at(art, text, "DAPA", nth=1) is None
    assert at(art, text, "ACLU").sector == "NGO"


def test_a_noun_in_apposition_with_a_predicate_is_a_predicate(run):
    from dateline.extractors.actors.descriptions import predicate
    from dateline.nlp import parse

    doc = next(iter(parse(["“Ward is our finest speaker, our most gifted fighter,” Ann Roe says."])))
    fighter = next(t for t in doc if t.text == "fighter")
    assert fighter.dep_ != "appos" or predicate(fighter)


def test_a_name_before_a_lexicon_organisation_is_no_person_of_that_whole_name(run):
    text = ("WASHINGTON -- Still on Friday morning, the Obama White House declined to label the blast terrorism, "
            "Breitbart News reported.\n")
    art = run(text, published="2015-12-04")
    white_house = at(art, text, "White House")
    assert white_house.country == "USA" and white_house.sector == "GOV"
    assert at(art, text, "Obama").name == "Barack Obama"


def test_a_follow_line_names_a_journalist_and_a_surname_handle_is_theirs(run):
    text = ("WASHINGTON -- The Democrats would rather voters forgot about the war.\n\nFollow Breitbart News "
            "investigative reporter and Civic Reporting Academy founder Lee Stranahan on Twitter at @Stranahan.\n")
    art = run(text, published="2015-12-04")
    lee = at(art, text, "Lee Stranahan")
    assert lee.sector == "MED"
    assert at(art, text, "@Stranahan").id == lee.id


def test_a_name_a_title_heads_is_a_body_not_a_person(run):
    text = ("WASHINGTON -- Ann Lee, president of Lee Brothers, agreed on Monday. The race will be tight, said Dan "
            "Gerstein, director of Gotham Ghostwriters. John Brennan, director of the CIA, spoke.\n")
    art = run(text, published="2016-04-06")
    ann, body = at(art, text, "Ann Lee"), at(art, text, "Lee Brothers")
    assert body.id != ann.id and body.name == "Lee Brothers"
    assert at(art, text, "Gotham Ghostwriters").name == "Gotham Ghostwriters"
    assert at(art, text, "Dan Gerstein").sector != "GOV"      # the head of a body no lexicon knows: not a state's
    assert at(art, text, "John Brennan").sector == "SPY"


def test_a_groups_mention_stops_before_the_person_it_is_named_after(run):
    text = ("WASHINGTON -- Supporters of Republican Donald Trump for president argue by 60%-37% that they would, a "
            "poll found on Monday.\n")
    art = run(text, published="2016-08-16")
    trump = at(art, text, "Donald Trump")
    assert trump.name == "Donald Trump"
    supporters = at(art, text, "Supporters")
    assert supporters.id != trump.id
    assert all("Trump" not in m.text for m in supporters.mentions)


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('the_courts_as_a_venue_are_no_actor_but_acting_courts_are-1',
     "WASHINGTON -- The battle over the rules continues in the courts. Texas sued on Friday.\n",
     '2016-08-16', 'courts: none'),
    ('the_courts_as_a_venue_are_no_actor_but_acting_courts_are-2',
     "WASHINGTON -- The courts ruled against the rules on Friday.\n",
     '2016-08-16', 'courts: sector=JUD'),
    ('a_country_after_a_persons_name_and_a_comma_stays_the_state',
     "NAIROBI -- Ann Lee, Kenya's envoy, said on Monday the talks would go on.\n",
     '2016-05-19', 'Ann Lee: country=KEN'),
    ('an_unknown_cause_group_is_an_advocacy_group_and_gives_its_head_its_sector',
     "WASHINGTON -- Penny Nance, president of Concerned Women for America, said on Monday the ruling was "
     "wrong. Greycroft Partners gave money to the campaign.\n",
     '2016-06-28',
     'Concerned Women for America: sector=NGO; Penny Nance: sector=NGO; Greycroft Partners: sector=BUS'),
    ('a_demonym_of_the_same_country_or_a_birthplace_keeps_the_figure',
     "LOS ANGELES -- Arnold Schwarzenegger, an Austrian-born actor, spoke at a campaign rally for the election "
     "on Monday. Benjamin Netanyahu, an Israeli hawk, disagreed.\n",
     '2016-05-01', 'Arnold Schwarzenegger: country=USA; Benjamin Netanyahu: sector=GOV'),
    ('a_student_of_a_public_figures_name_is_a_namesake',
     "WASHINGTON -- Paul Ryan, a 24-year-old student at Ohio State, said on Monday he would vote. Ryan said "
     "the race was close.\n",
     '2016-05-01', 'Paul Ryan: sector!=LEG'),
    ('style_sheet_code_left_in_the_text_names_nobody',
     "NEW YORK -- CNN president Jeff Zucker spoke on Monday.\n.facebook-bio {    text-align:left;    "
     "font-family:Helvetica, Arial, sans-serif; }\nAnn Roe is senior culture editor at The Harlow "
     "Post.\n",
     '2015-12-03', 'family: none'),
    ('a_digests_bracketed_credit_and_a_closing_handle_are_journalists',
     "TOP STORIES.\n\nTWO DEAD IN FLORIDA NIGHTCLUB SHOOTING Shots were fired early Monday in the parking lot "
     "in Fort Myers. [Lee Moran, HuffPost]\n\nROLL TIDE Alabama beat Clemson for the title. [Mollie Reilly.]"
     "\n\nThe real Donald Trump was back. Alas.\n\nTwitter: @Milbank.\n",
     '2016-07-25', 'Lee Moran: sector=MED; Mollie Reilly: sector=MED; @Milbank: sector=MED'),
    ('a_street_in_an_address_is_no_person_but_downing_street_speaking_is_the_government',
     "NEWARK -- The resident in the 1800 block of Jay Lane parked his own truck to stop the van, authorities "
     "said. Wess Henry opened a shop at 197 N. Cedar St. on Friday. 10 Downing Street said on Monday the talks "
     "would go on.\n",
     '2009-03-30', 'Jay Lane: none; Cedar St.: none; Downing Street: country=GBR'),
    ('works_listed_after_such_films_as_are_no_actors',
     "LOS ANGELES -- The studio was involved in such films as Alien, Iron Man and Jurassic Park, Ward said. "
     "Such leaders as Barack Obama agreed.\n",
     '2009-03-30', 'Iron Man: none; Jurassic Park: none; Barack Obama: sector=GOV'),
    ('an_events_name_ending_in_an_event_word_is_no_actor',
     "LONDON, Ky. -- April is PRIDE Spring Cleanup Month in Laurel County. The annual Laurel Lake Cleanup "
     "will be held on April 18, county officials said.\n",
     '2009-03-30', 'Laurel Lake Cleanup: none'),
    ('a_documents_name_tagged_as_an_organisation_is_no_person',
     "WASHINGTON -- Figures linked to the 1960 adoption of the Sharon Statement by Young Americans for Freedom "
     "members are rallying behind Sen. Tom Ward.\n",
     '2016-01-19', 'Sharon Statement: none'),
    ('one_of_a_kind_someone_is_names_no_group',
     "WASHINGTON -- “I put my tax returns on the web. I was one of the first senators doing this,” Sen. Ann "
     "Roe said on Friday.\n",
     '2016-04-14', 'senators: none'),
    ('every_name_of_a_short_credit_line_is_a_journalist',
     "ST. PAUL -- The council approved the resolution on Wednesday.\n\n(Reporting by David Bailey; Editing by "
     "Cynthia Osterman.)\n",
     '2015-12-17', 'David Bailey: sector=MED; Cynthia Osterman: sector=MED'),
    ('opposition_a_pronoun_owns_is_an_attitude_not_a_group',
     "WASHINGTON -- Yet despite his own opposition, Sen. Tom Ward still blamed the GOP for the mess. "
     "The Syrian opposition rejected the plan.\n",
     '2016-06-22', 'opposition: none; Syrian opposition: sector=OPP'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
