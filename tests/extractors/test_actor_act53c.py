"""act53c: classes of international wire news (docs/actors.md `### act53c`): the description after the second name of
a list of names, a role named after `as`, a court named as a forum. Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

PANEL = ("Mayor Tom Reyes, Lena Hart, the deputy fire chief of Alden, and two council members toured the burned "
         "Tessaro mill on Friday.\n")


def test_the_description_after_the_second_name_of_a_list_is_the_second_ones(run):
    article = run(PANEL)
    hart = actor_at(article, PANEL, "the deputy fire chief")
    reyes = actor_at(article, PANEL, "Tom Reyes")
    assert hart is not None and hart.name == "Lena Hart", hart
    assert reyes is not None and reyes.name == "Tom Reyes" and reyes.sector == "GOV", reyes


def test_near_miss_a_description_right_after_one_name_stays_that_names(run):
    text = "Lena Hart, the deputy fire chief of Alden, and two council members toured the burned Tessaro mill on Friday.\n"
    hart = actor_at(run(text), text, "the deputy fire chief")
    assert hart is not None and hart.name == "Lena Hart", hart


WITNESS = ("Federal agents said on Monday that Omar Fenn, a drifter, has so far been described only as a material "
           "witness and a warrant had been issued so that he could be questioned about the Alden fire.\n")


def test_a_role_named_after_as_is_no_actor_of_its_own(run):
    article = run(WITNESS)
    witness = actor_at(article, WITNESS, "a material witness")
    assert witness is None or witness.name == "Omar Fenn", witness


def test_near_miss_a_described_someone_who_acted_stays_an_actor(run):
    text = ("Omar Fenn, a drifter, was questioned on Monday. A material witness told agents that the fire at the "
            "Alden mill started after midnight.\n")
    witness = actor_at(run(text), text, "A material witness")
    assert witness is not None and witness.name != "Omar Fenn", witness


VENUE = ("Judge Lena Hart ruled on Tuesday that the only proper venue for the dispute over the Alden mill is federal "
         "court, not a county court.\n")


def test_a_court_named_as_the_venue_is_no_actor(run):
    court = actor_at(run(VENUE), VENUE, "federal court")
    assert court is None, court


def test_near_miss_a_court_that_rules_stays_an_actor(run):
    text = "Federal courts ruled on Tuesday that the Alden mill must close until the dispute is settled.\n"
    court = actor_at(run(text), text, "Federal courts")
    assert court is not None and court.sector == "JUD", court


FOUNDATION = ("The Cuban American Freedom League said on Monday that the Havana government should free the jailed "
              "writers. Hundreds of Cuban-Americans marched in Tampa.\n")


def test_a_body_of_americans_of_an_origin_is_american(run):
    article = run(FOUNDATION)
    league = actor_at(article, FOUNDATION, "Cuban American Freedom League")
    marchers = actor_at(article, FOUNDATION, "Americans")
    assert league is not None and league.country == "USA", league
    assert marchers is not None and marchers.country == "USA", marchers


def test_near_miss_two_countries_side_by_side_are_no_compound_of_origin(nlp):
    from dateline.extractors.actors.hits import _origin_of_americans

    def origin(text: str) -> bool:
        toks = list(nlp(text))
        return _origin_of_americans(toks, next(t.i for t in toks if t.text == "Cuban") + 1)

    assert origin("Hundreds of Cuban-Americans marched.")
    assert origin("The Cuban American Freedom League spoke.")
    assert not origin("Cuban-American relations worsened.")
    assert not origin("Cuban and American officials met.")


BONN = ("BONN, Germany (AP) -- The German foreign minister said on Tuesday that Bonn would back the plan for the "
        "Alden dam. Foreign Minister Kinkel flew to Paris.\n")


def test_a_1998_foreign_minister_is_the_holder_of_that_year(run):
    minister = actor_at(run(BONN, published="1998-03-10"), BONN, "Kinkel")
    assert minister is not None and minister.name == "Klaus Kinkel" and minister.code == "DEUGOV", minister


def test_near_miss_the_title_in_2000_is_no_longer_his(run):
    text = BONN.replace("Foreign Minister Kinkel flew", "The minister flew")
    minister = actor_at(run(text, published="2000-03-10"), text, "The German foreign minister")
    assert minister is None or minister.name != "Klaus Kinkel", minister


AGENCY = ("MIAMI (AP) -- The Immigration and Naturalization Service ruled on Wednesday that the boy must return to "
          "his father in Alden by May. Relatives said they would fight the INS decision in court.\n")


def test_the_initials_of_a_body_named_in_full_are_that_body(run):
    article = run(AGENCY, published="2000-01-06")
    full = actor_at(article, AGENCY, "Immigration and Naturalization Service")
    short = actor_at(article, AGENCY, "INS")
    assert full is not None and short is not None and short.id == full.id and short.code == "USAGOV", short


def test_near_miss_initials_alone_name_no_body(run):
    text = "The INS Alden docked at the port on Monday, and its crew of 40 went ashore for the festival.\n"
    short = actor_at(run(text, published="2000-01-06"), text, "INS")
    assert short is None or short.code != "USAGOV", short


HANOI = ("LONDON (AP) -- The British government's ruling on the seized trawler angered Hanoi this week. For weeks the "
         "communist government has staged rallies in the port of Alden to demand the crew's return.\n")


def test_the_communist_government_is_the_communist_states_named_before(run):
    article = run(HANOI, published="2000-01-07")
    regime = actor_at(article, HANOI, "the communist government")
    assert regime is not None and regime.country == "VNM", regime


def test_near_miss_another_government_stays_the_country_in_view(run):
    text = HANOI.replace("communist government", "conservative government")
    government = actor_at(run(text, published="2000-01-07"), text, "the conservative government")
    assert government is not None and government.country == "GBR", government
