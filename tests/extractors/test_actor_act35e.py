"""act35e: countries and names that are places or labels (docs/actors.md `### act35e`): the possessor of a thing found
or located in a land, a land a disease reached before in a ranked list, countries after `between` on a verb of
holding, a place before `resident`, a currency's country, a land a restrictive `where` describes, an organisation
naming a contest (`the NBA Finals`), a game's court walked off. Invented sentences; guards keep states that act,
own or decide."""
from __future__ import annotations

from tests.helpers import actor_at


def test_the_possessor_of_a_thing_found_in_a_land_is_a_place(run):
    text = ("On Friday the agency confirmed Norway's first case of the disease. Experts said the strain is now "
            "common in Peru's birds, and farmers worry as Kenya's rainy season approaches.\n")
    article = run(text)
    for name in ("Norway", "Peru", "Kenya"):
        assert actor_at(article, text, name) is None, name


def test_the_possessor_of_what_a_state_does_or_owns_stays_an_actor(run):
    # a guard: a government, a ministry and a decision are the state's
    text = ("Norway's government rejected the plan. Peru's foreign ministry said it would protest, and Kenya's "
            "decision to close the border angered traders.\n")
    article = run(text)
    for name in ("Norway", "Peru", "Kenya"):
        assert actor_at(article, text, name) is not None, name


def test_a_capital_and_an_unknown_name_before_a_thing_located_there_are_places(run):
    text = ("The bishop left Madrid's Santa Clara hospital on Monday. A spill from the plant reached Lake "
            "Morrow's watershed, officials said.\n")
    article = run(text)
    assert actor_at(article, text, "Madrid") is None
    assert actor_at(article, text, "Lake Morrow") is None


def test_countries_a_disease_reached_before_in_a_ranked_list_are_places(run):
    text = ("Chile is the fifth country in the region to report the fungus, following Peru, Bolivia and "
            "Ecuador. Officials in Santiago said tests continue.\n")
    article = run(text)
    for name in ("Peru", "Bolivia", "Ecuador"):
        assert actor_at(article, text, name) is None, name


def test_countries_ranked_before_in_what_they_did_stay_actors(run):
    # a guard: a country that legalized something before acted
    text = "Chile became the third country to legalize the drug, following Peru and Bolivia.\n"
    article = run(text)
    for name in ("Peru", "Bolivia"):
        assert actor_at(article, text, name) is not None, name


def test_countries_between_which_something_is_held_are_places(run):
    text = ("The agency says vaccination days are being held in rural areas of Ghana, between Togo and Benin, "
            "and between Mali and Niger.\n")
    article = run(text)
    for name in ("Togo", "Benin", "Mali", "Niger"):
        assert actor_at(article, text, name) is None, name


def test_countries_between_which_talks_are_held_stay_actors(run):
    # a guard: talks between two states are the states' own
    text = "Talks between Togo and Benin resumed on Monday, the agency said.\n"
    article = run(text)
    for name in ("Togo", "Benin"):
        assert actor_at(article, text, name) is not None, name


def test_a_place_before_resident_is_no_state(run):
    text = "The Chile resident was taken to Mercy Hospital, where he remains in stable condition.\n"
    assert actor_at(run(text), text, "Chile") is None


def test_a_currency_country_and_a_land_a_where_describes_are_places(run):
    text = ("Lopez earned $250,000 U.S. for his second-place finish. The valley borders Peru where there have been "
            "nine cases this year.\n")
    article = run(text)
    assert actor_at(article, text, "U.S.") is None
    assert actor_at(article, text, "Peru") is None


def test_an_organisation_naming_a_contest_is_a_label(run):
    text = ("The Lakers reached the NBA Finals in 2010. Smith finished second at the Mercedes-Benz Championship "
            "in Hawaii on Sunday.\n")
    article = run(text)
    assert actor_at(article, text, "NBA") is None
    assert actor_at(article, text, "Mercedes-Benz") is None


def test_the_court_a_player_walks_off_is_no_court_of_law(run):
    text = ("Jones fell hard in the third quarter. After a few minutes he tried to walk off the court on his own, "
            "the coach said.\n")
    assert actor_at(run(text), text, "the court") is None
