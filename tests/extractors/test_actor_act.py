"""Actors on invented stories, for the classes the act branch (December 2026) fixed: roles in works of fiction and
titles of works, a seat won, a described name parsed as a verb's subject, a bare surname far before the full name
of a namesake, people in general under a rule, campaign staff and spokesmen, writers quoted, party voters,
pollsters and election boards, and a candidate just out of a race."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_roles_in_fiction_and_titles_of_works_are_no_actors(run):
    text = ("LOS ANGELES -- Known for his portrayal of Dan Archer in the sitcom Blue Harbor, comedian Paul Devlin "
            "began shooting his new NBC series, Long Way Home, on Monday. Devlin also voices grandfather Walt "
            "Kessler, portrayed by Devlin in the pilot. \"Walt Kessler says things I never would,\" Devlin said. "
            "Long Way Home airs in March. Rita Moss, portrayed by critics as a spoiler, said on Tuesday she liked "
            "the show.\n")
    art = run(text, published="2016-01-14")
    assert at(art, text, "Dan Archer") is None                       # the `of`-object of `portrayal`
    assert at(art, text, "Long Way Home") is None                    # in apposition, after a comma, with `series`
    assert at(art, text, "Long Way Home", 1) is None                 # the same title again
    assert at(art, text, "Walt Kessler") is None                     # `portrayed by` someone
    assert at(art, text, "Walt Kessler", 1) is None                  # the same role again, in a quote
    assert at(art, text, "Paul Devlin").sector == "CVL"
    assert at(art, text, "Rita Moss") is not None                    # a real woman depicted by people


def test_a_seat_won_is_no_actor(run):
    text = ("WASHINGTON -- Donald Trump said on Wednesday that his plan would change if he wins the White House. "
            "Democrats hope to retake the Senate. The White House said it would respond.\n")
    art = run(text, published="2016-03-10")
    assert at(art, text, "White House") is None
    assert at(art, text, "Senate") is None
    assert at(art, text, "White House", 1) is not None               # the government speaking


def test_a_description_after_a_name_and_comma_is_that_person(run):
    text = ("WASHINGTON -- Wednesday brought news: Sen. Ted Cruz of Texas, a candidate mathematically eliminated "
            "from winning the nomination, named Carly Fiorina as his running mate.\n")
    art = run(text, published="2016-04-28")
    cruz = at(art, text, "Ted Cruz")
    assert cruz is not None and cruz.name == "Ted Cruz"
    assert at(art, text, "a candidate") in (None, cruz)
    assert not any(a.name == "a candidate" for a in art.actors)


def test_a_bare_surname_far_before_a_namesake_is_not_that_person(run):
    text = ("NEW YORK -- The activist Ray Ellis spoke on Monday.\n\n\"She worked for a charity as he marched for "
            "Dr. Nolan,\" Ellis said. \"Comfort and culture are two different things, and the old fights were "
            "long. We learned a lot in those years, and we learned it the hard way, in the streets, in the churches "
            "and in the courts of this country, one case at a time, year after year. Nobody gave us anything, and "
            "nobody handed us a seat at the table; we built the table ourselves, board by board, and then we "
            "invited everyone else to sit down with us.\"\n\nEllis also spoke about "
            "the race. \"The best way I can describe him is to say if Gus Nolan had been a politician he would be "
            "this candidate,\" Ellis said.\n")
    art = run(text, published="2016-02-23")
    gus = at(art, text, "Gus Nolan")
    assert gus is not None
    assert at(art, text, "Nolan") is not gus                         # `Dr. Nolan` far before `Gus Nolan`


def test_people_under_a_rule_are_no_group_of_the_story(run):
    text = ("WASHINGTON -- \"Judges should avoid commenting on a candidate,\" Justice Ruth Bader Ginsburg said on "
            "Thursday. Secretary of State Jon Husted said the state would appeal so that ineligible voters don't "
            "determine the outcome. Judges in Ohio ruled on Friday.\n")
    art = run(text, published="2016-07-15")
    assert at(art, text, "Judges") is None
    assert at(art, text, "ineligible voters") is None
    assert at(art, text, "Judges", 1) is not None                    # judges who acted


def test_campaign_staff_and_a_spokesman_take_the_side_they_serve(run):
    text = ("WASHINGTON -- Reporters got a reply from the Clinton campaign via staffer Dana Fisk on Thursday. "
            "Sanders aide Mark Ober said the campaign had suspended two staffers. Former presidential candidate "
            "Mitt Romney will not attend the convention, a spokesman for Romney said on Wednesday. Lucy Hale, a "
            "home-care aide from Nashua, said the campaign had called her.\n")
    art = run(text, published="2016-05-05")
    assert at(art, text, "Dana Fisk").sector == "PTY"
    assert at(art, text, "Mark Ober").sector == "PTY"
    assert at(art, text, "a spokesman").sector == "CVL"              # of a private man
    assert at(art, text, "Lucy Hale").sector == "CVL"                # a care worker, not a political aide


def test_a_military_campaign_makes_no_campaign_staff(run):
    """Only a race for office makes a staff title PTY (actor_words.tsv `electoral`): `the air campaign`, `a bombing
    campaign against militants` leave a ministry's or a government's spokesman GOV."""
    text = ("MOSCOW (Wire) - Defence ministry spokesman Igor Konashenkov said the air campaign in Syria would "
            "continue. A spokesman, Oleg Petrov, said the bombing campaign against militants would go on for weeks.\n")
    art = run(text, published="2016-05-05")
    assert at(art, text, "Igor Konashenkov").sector == "GOV"
    assert at(art, text, "Oleg Petrov").sector == "GOV"


def test_a_writer_quoted_after_an_outlet_is_a_journalist(run):
    text = ("WASHINGTON -- That is the picture the activist paints in an interview with Politico.\n\n\"People "
            "close to him say he likes her,\" wrote Glenn Tarrant. Tom Reed wrote in Texas that he was sad.\n")
    art = run(text, published="2016-02-23")
    assert at(art, text, "Glenn Tarrant").sector == "MED"
    assert at(art, text, "Tom Reed").sector != "MED"


def test_party_voters_pollsters_and_election_boards(run):
    text = ("CONCORD, N.H. -- Some 40 percent of registered Democrats backed Sanders, a CNN/ORC poll found, and "
            "a Morning Consult survey agreed. The Illinois Board of Elections ruled on Monday that Cruz may run.\n")
    art = run(text, published="2016-02-05")
    voters = at(art, text, "registered Democrats")
    assert voters is not None and voters.sector == "CVL"
    assert at(art, text, "ORC").sector == "BUS"
    assert at(art, text, "Morning Consult").sector == "BUS"
    assert at(art, text, "Illinois Board of Elections").sector == "GOV"


def test_a_candidate_just_out_of_a_race_is_still_of_the_party(run):
    from dateline.lexicon import actors as lex

    fiorina = lex.people()["Carly Fiorina"]
    assert fiorina.at("2016-04-28")[1] == "PTY"                     # out of the race since February
    assert fiorina.at("2017-04-28")[1] == "ELI"                     # a year later: a former office holder
    assert lex.people()["Mitt Romney"].at("2016-05-05")[1] == "ELI"


def test_his_campaign_as_a_subject_is_the_campaign(run):
    text = ("DES MOINES, Iowa -- Bernie Sanders spoke in Iowa on Monday. His campaign said on Tuesday that it had "
            "raised $5 million. Sanders said the proposal came up during his campaign.\n")
    art = run(text, published="2016-01-20")
    campaign = at(art, text, "His campaign")
    assert campaign is not None and campaign.sector == "PTY" and campaign.name == "Bernie Sanders campaign"
    assert at(art, text, "his campaign") in (None, at(art, text, "Bernie Sanders"))   # a period, no actor


def test_an_organisation_takes_the_sector_its_apposition_says(run):
    text = ("WASHINGTON -- The Bramley Trust Fund, a charity, sued the city on Monday. Axion Semitech Corp, a chip "
            "maker, said it would hire. Vestra Holdings, a company, left.\n")
    art = run(text, published="2016-01-20")
    assert at(art, text, "Bramley Trust Fund").sector == "NGO"
    assert at(art, text, "Axion Semitech Corp").sector == "BUS"
    assert at(art, text, "Vestra Holdings").sector == "BUS"


def test_us_shouted_in_a_tweet_is_no_country(run):
    text = ("WASHINGTON -- One user tweeted, \"if she can't follow simple rules, think about how she will run things "
            "for US.\" The US imposed sanctions on Monday, and the deal was signed by US and Iranian officials.\n")
    art = run(text, published="2016-03-10")
    assert at(art, text, "US") is None
    assert at(art, text, "The US") is not None


def test_people_in_a_habit_are_no_group_of_the_story(run):
    text = ("WASHINGTON -- Opposition parties typically have a better hand after eight years. Opposition parties "
            "in Kenya won seats on Monday.\n")
    art = run(text, published="2016-02-28")
    assert at(art, text, "Opposition parties") is None
    assert at(art, text, "Opposition parties", 1) is not None


def test_a_spokesman_after_a_named_group_is_its_spokesman(run):
    text = ("WASHINGTON -- Keystone Patriots Inc., a conservative political action committee, called the senator a "
            "liability on Monday. \"He reinforces every doubt,\" spokesman Peter Vance said in a statement.\n")
    art = run(text, published="2016-01-05")
    assert at(art, text, "Keystone Patriots Inc.").sector == "PTY"
    assert at(art, text, "Peter Vance").sector == "PTY"
