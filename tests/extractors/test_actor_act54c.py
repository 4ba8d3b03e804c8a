"""act54c: web and international news (issue 11). A short football report whose words of sport are written with a
hyphen (`free-kick`, `half-volley`, `centre-back`) is a sports report (the parse splits such words in three), so its
town-named clubs are clubs; a report from abroad that nothing else places (no dateline, too few countries named) takes
the country its first sentence's places name, so its villagers, police and officials have one. Invented sentences;
rows marked `fails on main` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

# a short football report (five sentences) whose only words of sport but two are written with a hyphen
FOOTBALL = ("Tom Fairley's late free-kick gave Harlow a third straight win as Dunmore stayed bottom of the table.\n"
            "Fairley curled the ball over the wall, and Dunmore keeper Ian Brack got a hand to it.\n"
            "Harlow had gone ahead early when centre-back Sam Oduya met a corner with a half-volley.\n"
            "Dunmore levelled before the break through a tap-in from Lee Marsh.\n"
            "Brack said his side had deserved a point.\n")

# the same length of page with hyphened words of no sport
ROADS = ("Work on the by-pass began on Monday as the council met to discuss the long-term plan.\n"
         "Fairley said the lay-by would be closed for a month, and drivers should expect a hold-up.\n"
         "The mayor's office said the pay-off from the work would be worth the wait.\n"
         "Residents asked for a drop-in meeting, which the council agreed to hold.\n"
         "The work should end before the winter.\n")


def test_a_short_report_with_hyphened_words_of_sport_is_a_sports_report(ctx_of):   # fails on main
    page = ctx_of(FOOTBALL).page
    assert {"free-kick", "half-volley", "centre-back", "tap-in"} <= page.sport_words, page
    assert page.sports, page


def test_guard_hyphened_words_of_no_sport_make_no_sports_report(ctx_of):
    page = ctx_of(ROADS).page
    assert not page.sports, page
    assert not {w for w in page.sport_words if "-" in w}, page


def test_guard_a_word_spaced_around_its_hyphen_is_no_word_of_sport(ctx_of):
    page = ctx_of("The vote was free - kick the rascals out, the writer said. He said so twice.\n").page
    assert "free-kick" not in page.sport_words, page


LEAD_CASES = [
    ("villagers_of_a_report_from_abroad",   # fails on main: the villagers and the police have no country
     "Villagers in the hills near Lake Orra in the Tumbo region of Peru said a rock fell from the sky on Sunday.\n"
     "Local villagers said the smell made them ill. Police officers who went to the field also fell ill, said "
     "Mario Quispe, a health official. Residents are afraid to drink the water.\n",
     "Local villagers: country=PER; Police officers: country=PER; Mario Quispe: country=PER"),
    ("officials_of_a_territory_in_the_lead",   # fails on main: the officials have no country
     "Health officials in the Gaza Strip confirmed three cases of measles on Tuesday.\n"
     "Health officials said the children were in hospital. The World Health Organization is sending vaccine, and "
     "Israel and Egypt were asked to let it through.\n",
     "Health officials#1: country=PSE; World Health Organization: country=IGO"),
    ("guard_lead_of_two_countries_alike",
     "Talks between Chile and Peru on the border ended on Friday without a deal.\n"
     "Officials said the talks would resume. Residents of the border towns were disappointed.\n",
     "Officials: country!=PER; Officials: country!=CHL"),
    ("guard_lead_in_an_american_town_named_like_one_abroad",
     "A fire destroyed a barn outside Dublin on Monday night.\n"
     "Firefighters said the cause was not known. Neighbors said the barn had stood empty for years.\n",
     "Firefighters: country!=IRL; Neighbors: country!=IRL"),
    ("guard_lead_body_named_after_a_person",
     "Ann Lee, a fellow with George Harlan University, spoke on Monday about the floods.\n"
     "Residents said the water rose overnight. Officials said the dam held.\n",
     "Residents: country!=ZAF; Officials: country!=ZAF"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in LEAD_CASES])
def test_act54c_report_from_abroad_placed_by_its_lead(run, text, spec):
    check_actors(run(text, published="2007-09-18"), text, spec)


RESULT_CASES = [
    ("athletes_from_a_country_in_results",   # fails on main: the athletes have no country
     "In the men's race at Lake Varna, Tomas Velde (Norway, Fjord team) and Jan Korsak (Poland) ran together for the "
     "last five kilometres, but Velde won by ten seconds. Last year's winner, Erik Lund from Sweden, came third, ahead "
     "of Piet Dorren from the Netherlands.\n",
     "Tomas Velde: country=NOR; Jan Korsak: country=POL; Erik Lund: country=SWE; Piet Dorren: country=NLD; "
     "Norway: none; Sweden: none"),
    ("guard_a_country_that_acts_after_a_name",
     "The envoy Tomas Velde said on Monday that Norway would send aid, and Sweden promised more.\n",
     "Norway: country=NOR; Sweden: country=SWE"),
    ("guard_an_official_from_a_country_keeps_his_office",
     "Foreign Minister Ana Brosk of Poland met her Czech counterpart on Monday to discuss the border.\n",
     "Ana Brosk: sector=GOV; Poland: country=POL"),   # review54a: her country came from `lead_place`, which a
    #                                                     lead naming a second country's people (`her Czech
    #                                                     counterpart`) no longer places
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in RESULT_CASES])
def test_act54c_nationality_in_results(run, text, spec):
    check_actors(run(text, published="2007-08-20"), text, spec)
