"""act33: issue 11's edges left by session 32 - a title before a name the tagger missed is no official of a capital's
state (`Dublin Mayor ...` in an Ohio story), a town's official there is the town's, and a lexicon surname that is a
town's name on a football page is the town's club, not the public figure (`relative success at Bolton`)."""
from __future__ import annotations

from tests.helpers import actor_at

_COUNCIL = ("The school board met Monday to approve the $300,000 zoning plan for the new park. "
            '"It is a good day for the families here," Dublin Mayor Marilee Okonkwo-Brandt said. '
            "The plan now goes to Dublin City Manager Teodor Vasquez for a final review.\n")


def test_a_title_before_a_missed_name_is_no_official_of_the_capitals_state(run):
    art = run(_COUNCIL)
    mayor = actor_at(art, _COUNCIL, "Okonkwo-Brandt")
    assert mayor is not None and mayor.name == "Marilee Okonkwo-Brandt" and mayor.sector == "GOV"
    assert not any(a.name == "Ireland" for a in art.actors)


def test_a_towns_official_named_by_a_capitals_name_is_the_towns(run):
    text = ("The city council voted on the budget on Monday, and Dublin Mayor Jane Kowalski said the $2 million plan "
            "for the new park would pass next month.\n")
    mayor = actor_at(run(text), text, "Jane Kowalski")
    assert mayor is not None and mayor.country == "USA"


_MATCH = ("The Wednesday vote on the election in Congress made the news, but in the north the talk was of football. "
          "Sam Ardley, who enjoyed relative success at Bolton, was sacked by Newcastle on Wednesday. "
          "The manager won eight of his 24 league games this season and the club sit 12th in the table. "
          "His side lost 2-0 at home to Chelsea on Saturday, and fans booed the players off the pitch after the defeat. "
          "The striker missed a penalty in the first half and the goalkeeper conceded twice after the break. "
          "The club will name a new coach before the next match against Arsenal.\n")


def test_a_lexicon_surname_that_is_a_towns_name_on_a_football_page_is_no_public_figure(run):
    bolton = actor_at(run(_MATCH), _MATCH, "Bolton")
    assert bolton is None or bolton.name != "John Bolton"


def test_the_public_figure_named_in_full_on_a_football_page_keeps_his_name(run):
    text = _MATCH.replace("Sam Ardley, who", "John Bolton, the former ambassador, said Sam Ardley, who")
    assert actor_at(run(text), text, "Bolton", nth=1).name == "John Bolton"


def test_an_acronym_after_a_noun_of_an_outlet_names_the_outlet(run):
    text = ("The Dutch newspaper NRC reported on Tuesday that the minister had resigned after the vote in The Hague. "
            "NRC said the vote had been close.\n")
    art = run(text)
    for nth in (0, 1):
        nrc = actor_at(art, text, "NRC", nth=nth)
        assert nrc is None or nrc.name != "Norwegian Refugee Council"
    text = "Aid groups including the NRC said on Tuesday that 20,000 people had fled the fighting in Darfur.\n"
    assert actor_at(run(text), text, "NRC").name == "Norwegian Refugee Council"


_LEAGUE = ("Bayern Munich beat Hamburg 2-0 on Saturday, and the striker scored twice against the current Bundesliga "
           "leaders. The coach said the players were tired after the match. The Bundesliga fined the club on Monday. "
           "The goalkeeper saved a penalty in the second half, and a Bundesliga point was all they wanted.\n")


def test_a_league_as_a_modifier_is_no_mention_of_the_league(run):
    art = run(_LEAGUE)
    assert actor_at(art, _LEAGUE, "Bundesliga", nth=0) is None
    assert actor_at(art, _LEAGUE, "Bundesliga", nth=2) is None
    assert actor_at(art, _LEAGUE, "Bundesliga", nth=1).name == "Bundesliga"


def test_a_town_name_cities_of_two_countries_hold_gives_no_country():
    from dateline.lexicon import actors as lex

    assert lex.place_country("Newcastle") is None           # Australia's, and Newcastle upon Tyne's short name
    assert lex.place_country("London") == "GBR" and lex.place_country("Perth") == "AUS"


def test_a_page_placed_only_in_newcastle_has_no_home(run):
    text = ("Newcastle has spent a fortune on new players this summer, and the fans expect more than another season "
            "of mid-table football. The owner Mike Ashford said the club would stay patient with the manager. "
            "Supporters in Newcastle are less sure, and many will stay away from the next home game.\n")
    assert actor_at(run(text), text, "Mike Ashford").country != "AUS"


def test_a_small_towns_dateline_of_one_country_gives_the_home(run):
    text = ('MONTOURSVILLE -- Police say a two-year-old boy was hurt by a gun at his home on Broad Street on '
            'Thursday. "It is scary," said neighbour Nicole Phelps.\n')
    assert actor_at(run(text), text, "Nicole Phelps").country == "USA"
    text = text.replace("MONTOURSVILLE", "CROMWELL")      # a town of the United States and of New Zealand
    assert actor_at(run(text), text, "Nicole Phelps").country is None


def test_a_home_cue_inside_a_venues_name_is_no_vote():
    from dateline.extractors.actors.codes import cue_votes

    assert cue_votes("The band played two nights at the Selectman Hotel in Cork last week.\n")["USA"] == 0
    assert cue_votes("Selectman Ruth Adair said the town would vote on the plan.\n")["USA"] == 1


def test_a_school_open_to_students_is_an_actor_not_a_building(run):
    text = "Westbrook Charter Academy is open to all students in the district, the principal said on Monday.\n"
    assert actor_at(run(text), text, "Westbrook Charter Academy") is not None
    text = "Westbrook Middle School will be open today after the storm, the principal said on Monday.\n"
    assert actor_at(run(text), text, "Westbrook Middle School") is None


def test_a_zip_code_after_a_states_postal_code_is_a_us_cue():
    from dateline.extractors.actors.codes import cue_votes

    assert cue_votes("Donations may be sent to 20 Main St., Cromwell, CT 06416, by March 1.\n")["USA"] == 1
    assert cue_votes("Flight AB 12345 landed at 06:40.\n")["USA"] == 0
