"""review55a: near-misses of act55a's colon dateline and act55b's embassy staff and bodies named after a city abroad
(docs/actors.md `### review55a`). Invented stories; the cities are the gazetteer's."""
from __future__ import annotations

from tests.helpers import check_actors

# a colon dateline of a city that hosts international bodies, over a story of one of them
GENEVA_BODY = ("Vaccine Drive\n\nGENEVA: The World Health Organization said on Monday that a vaccine drive in three "
               "provinces had reached most of the children it aimed at.\n\nA spokesman, Ivo Marten, said more work "
               "was needed before the rains.\n")

# the same outlet's style from a city abroad, over another country's envoy
GENEVA_ENVOY = ("Rights Vote\n\nGeneva: India told the rights council on Tuesday that the draft resolution was unfair "
                "and should be withdrawn.\n\nThe envoy, Ravi Menon, said his country would vote against it.\n")


def test_review55a_a_colon_dateline_over_an_international_body_gives_no_country(run):
    check_actors(run(GENEVA_BODY, published="2008-05-05"), GENEVA_BODY, "Ivo Marten: country!=CHE")


def test_review55a_a_colon_dateline_over_another_countrys_story_gives_no_country(run):
    check_actors(run(GENEVA_ENVOY, published="2008-05-05"), GENEVA_ENVOY, "Ravi Menon: country!=CHE")


def test_review55a_guard_a_colon_dateline_over_a_story_of_its_own_city_still_places_it(run):
    text = ("Kolkata: The state's chief minister opened a new bridge on Sunday and said it would ease traffic for "
            "thousands of commuters.\n\nThe minister, Rina Dasgupta, said more bridges would follow soon.\n")
    check_actors(run(text, published="2008-05-05"), text, "Rina Dasgupta: country=IND")


EMBASSY = ("Crowds at Mission\n\nNAIROBI, Kenya (AP) --\n\nHundreds of students marched on Friday to the U.S. Embassy "
           "to protest the arrest of a teacher.\n\nEmbassy protesters threw stones at the gates, and police fired tear "
           "gas. A U.S. Embassy spokesman, Dale Fisk, said no one was hurt.\n")


def test_review55a_protesters_at_an_embassy_are_not_its_states(run):
    check_actors(run(EMBASSY, published="2008-05-05"), EMBASSY,
                 "Embassy protesters: country!=USA; Embassy protesters: sector=OPP; Dale Fisk: country=USA")


LONDON_ONT = ("Arrests in London\n\nLONDON, Ontario --\n\nDetectives with the London Police Service said Friday they "
              "had arrested two men after a robbery at a bank.\n\nSgt. Ed Brill of the London Police Service said the "
              "men were held overnight.\n")


def test_review55a_a_body_named_after_the_datelines_own_town_keeps_the_datelines_country(run):
    check_actors(run(LONDON_ONT, published="2008-05-05"), LONDON_ONT, "Ed Brill: country=CAN")


def test_review55a_a_club_held_by_a_short_form_is_not_added_again_under_its_full_name(run):
    # the report never writes the club's full name; the short form it does write is one actor, not two
    # (the last one, after notes run together with dots, is held by no actor after the parse)
    text = ("Columbus, OH (Sports Network) - Ray Dunne scored twice to help the Columbus skaters beat the visiting "
            "Edmonton Oilers, 3-1, at home on Saturday night.\n"
            "The goaltender made 30 saves in the game, and the coach praised his defencemen after the final period.\n"
            "The Oilers goalie let in two goals on the power play in the third period of the game.\n"
            "Jan Ostberg and Lee Marr added goals for the Blue Jackets, who have won three in a row.\n"
            "Marr gave the Blue Jackets a 2-0 lead early in the second period with a wrist shot.\n"
            "Marr has four goals in his last two games...Columbus went 1-for-4 with the extra man, while the "
            "Oilers did not score on their three chances on the power play...The Blue Jackets start a three-game "
            "trip Thursday in Denver...Edmonton hosts Calgary on Thursday as well...Columbus left wing Ed Pruitt "
            "left the game in the first period.\n")
    article = run(text, published="2008-01-15")
    clubs = [a for a in article.actors if "Blue Jackets" in a.name]
    assert len(clubs) == 1, [(a.name, a.sector, a.country) for a in clubs]
