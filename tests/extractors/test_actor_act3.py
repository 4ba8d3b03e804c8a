"""Actors on invented stories, for the classes the act3 branch (December 2026) fixed: people charged with a crime,
law-enforcement titles, news digests, heads of named bodies, a possessor's staff, names ending in a country, the
`make America great again` slogan, a service inside a person's description, titles of works, writers of a piece
and `Team Clinton`."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_people_charged_with_a_crime_are_suspects(run):
    text = ("RENO, Nev. -- Dana Whitlow, 31, will be charged with arson, police said on Monday. Omar Kessel is accused "
            "of helping her. Lyle Brandt was arrested on Sunday. Tess Arnold pleaded guilty to fraud on Friday. Ruth "
            "Ames said she saw the fire.\n")
    art = run(text, published="2016-03-01")
    for name in ("Dana Whitlow", "Omar Kessel", "Lyle Brandt", "Tess Arnold"):
        assert at(art, text, name).sector == "CRM", name
    assert at(art, text, "Ruth Ames").sector == "CVL"                # a witness who only speaks


def test_a_county_sheriff_is_police(run):
    text = ("RENO, Nev. -- \"The video shows intent,\" Washoe County Sheriff Dale Orrin said on Monday. Detective "
            "Maria Lopez said the search went on.\n")
    art = run(text, published="2016-03-01")
    sheriff = at(art, text, "Dale Orrin")
    assert sheriff.sector == "COP" and at(art, text, "Washoe County Sheriff") is sheriff   # a title, not a person
    assert at(art, text, "Maria Lopez").sector == "COP"


def test_a_digest_has_a_home_country_per_story(run):
    text = ("IN BRIEF.\n\nItaly's coalition wobbles.\n\nItaly braced for weeks of doubt on Monday. Prime Minister "
            "Matteo Renzi said his party was still the first force in Italy.--Ann Carver.\n\nDriver held after crash "
            "on Las Vegas Strip.\n\nMara Quist, 41, will be charged with murder after the crash on the Las Vegas "
            "Strip, said Vic Lomas, a witness.--Ben Toller.\n")
    art = run(text, published="2016-03-01")
    assert at(art, text, "Matteo Renzi").country == "ITA"
    assert at(art, text, "Mara Quist").country == "USA"              # not the first story's Italy
    assert at(art, text, "Vic Lomas").country == "USA"
    toller = at(art, text, "Ben Toller")
    assert toller.name == "Ben Toller" and toller.sector == "MED"    # the signature of a story


def test_a_signature_glued_to_the_word_before_is_a_writer(run):
    text = ("Flood closes bridge.\n\nThe river rose two metres overnight and left 20 families "
            "stranded.--Nina Farrow.\n\nFire guts mill.\n\nA fire destroyed the old mill on Sunday, the county "
            "said.--Theo Grant.\n")
    art = run(text, published="2016-03-01")
    farrow = at(art, text, "Nina Farrow")
    assert farrow is not None and farrow.name == "Nina Farrow" and farrow.sector == "MED"


def test_a_name_ending_in_a_country_is_no_state(run):
    text = ("WASHINGTON -- Progress USA, a liberal super PAC, attacked Donald Trump on Monday. Team USA won "
            "gold in Rio.\n")
    art = run(text, published="2016-08-10")
    pac = at(art, text, "Progress USA")
    assert pac is not None and pac.name == "Progress USA" and pac.sector == "PTY"   # the kind in apposition
    assert at(art, text, "super PAC") is None or at(art, text, "super PAC") is pac
    team = at(art, text, "Team USA")
    assert team is None or team.name != "United States"            # a side's name, not the state


def test_a_writer_of_a_piece_is_a_journalist(run):
    text = ("WASHINGTON -- In an article from Politico, Mark Stanek says the endorsements matter. In a column for The "
            "Hill, Sara Ling argues the race is over. Writing in National Review, Jim Gerald said Trump would lose. In "
            "an interview with CNN, Paul Dorn said he would vote.\n")
    art = run(text, published="2016-03-01")
    for name in ("Mark Stanek", "Sara Ling", "Jim Gerald"):
        assert at(art, text, name).sector == "MED", name
    assert at(art, text, "Paul Dorn").sector != "MED"                # a source interviewed


def test_team_and_a_candidate_is_the_campaign(run):
    text = ("WASHINGTON -- Team Clinton hit back on Tuesday at Donald Trump, and Hillary Clinton said the attack was "
            "false. Are you on Team Trump? Like our page.\n")
    art = run(text, published="2016-08-10")
    team = at(art, text, "Team Clinton")
    assert team is not None and team.sector == "PTY" and team is not at(art, text, "Hillary Clinton")
    assert at(art, text, "Team Trump") is None                       # a supporter's side


def test_a_lexicon_given_name_with_a_typo_is_that_person(run):
    text = "WASHINGTON -- Hilary Clinton said on Monday that the State Department was warned, Tom Fitton said.\n"
    art = run(text, published="2015-12-09")
    assert at(art, text, "Hilary Clinton").name == "Hillary Clinton"


def test_a_titles_office_is_a_body(run):
    text = ("LAS VEGAS -- The Clark County Coroner's Office identified the victim on Monday. The Maricopa County "
            "Sheriff's Office said two men were arrested.\n")
    art = run(text, published="2015-12-22")
    coroner, sheriff = at(art, text, "Clark County Coroner's Office"), at(art, text, "Maricopa County Sheriff's Office")
    assert coroner is not None and coroner.sector == "GOV" and coroner.name == "Clark County Coroner's Office"
    assert sheriff is not None and sheriff.sector == "COP" and sheriff.name == "Maricopa County Sheriff's Office"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('the_president_of_a_named_body_is_no_head_of_state',
     "WASHINGTON -- Civic Bridge President Rhea Moss said on Monday the remarks were dangerous. Mexican "
     "President Enrique Pena Nieto said nothing.\n",
     '2016-08-10', 'Rhea Moss: sector!=GOV; Enrique Pena Nieto: sector=GOV'),
    # Carl Pratt: a candidate's adviser, not a government's
    ('a_possessed_staff_title_before_a_name_takes_the_possessors_side',
     "WASHINGTON -- Donald Trump's senior communications adviser Carl Pratt said in a statement on Tuesday "
     "that the candidate meant unity.\n",
     '2016-08-10', 'Carl Pratt: sector=PTY'),
    # Iran: a state acted upon
    ('the_slogan_names_no_state',
     "WASHINGTON -- Donald Trump vowed on Monday to make America great again. \"We will make America safe "
     "again,\" he said. He said sanctions had made Iran weaker.\n",
     '2016-06-13', 'America: none; America#1: none; Iran: actor'),
    # Army: the service speaking
    ('a_service_inside_a_persons_description_is_no_actor',
     "WASHINGTON -- An Air Force pilot was killed on Monday when his jet crashed, Sen. John Reed said. Lena "
     "Ruiz, 49, a Navy veteran who is now a civilian employee of the Air Force, told reporters she was sad. The Army "
     "said it would review the case.\n",
     '2016-01-05', 'Air Force: none; Air Force#1: none; Army: actor'),
    ('titles_of_works_name_no_actor',
     "NEW YORK -- Ed Kline, author of Unlikable: The Trouble With Hillary, spoke on Monday. His 1996 book The "
     "Truth About Hillary sold well. The film Hillary's America: The Secret History of the Democratic Party "
     "opened Friday. An article headlined Why Republicans Fear Trump ran Sunday. Kline said he met Donald "
     "Trump.\n",
     '2016-05-02', 'Hillary: none; Hillary#1: none; Democratic Party: none; Republicans: none; Donald Trump: actor'),
    # Reagan: left office 27 years before
    # Jimmy Carter: `former`: acting now as a former president
    ('a_figure_of_history_is_coded_in_the_office_he_is_spoken_of_in',
     "WASHINGTON -- Phyllis Marsh said on Monday that President Reagan stood up to Soviet leader Mikhail "
     "Gorbachev in 1987. Former President Jimmy Carter said he disagreed.\n",
     '2016-09-06', 'Reagan: sector=GOV; Mikhail Gorbachev: sector=GOV; Jimmy Carter: sector=ELI'),
    ('the_head_of_a_body_no_lexicon_knows_is_no_head_of_state',
     "WASHINGTON -- Mike Shields, the president of the Civic Action Network, said the ads would run. Enrique "
     "Pena Nieto, the president of Mexico, said nothing.\n",
     '2016-04-18', 'Mike Shields: sector!=GOV; Enrique Pena Nieto: sector=GOV'),
    ('the_kind_of_organisation_before_its_name_gives_its_sector',
     "WASHINGTON -- The think tank New Paths Forum said on Monday the plan was wasteful. Priorities USA Action, "
     "a super PAC, spent more.\n",
     '2016-01-19', 'New Paths Forum: sector=NGO; Priorities USA Action: sector=PTY'),
    ('a_writer_the_tagger_calls_an_organisation_is_a_journalist',
     "WASHINGTON -- In an article from Politico, Eli Stone says the endorsements matter.\n",
     '2016-03-01', 'Eli Stone: sector=MED'),
    ('a_us_state_tagged_as_an_organisation_is_a_place',
     "PHOENIX -- Kelli Ward said on Monday she would be a strong voice for AZ, not DC.\n",
     '2016-05-14', 'AZ: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
