"""Actors on invented stories, for what a second reading of the act9 rules (December 2026) found too broad: a public
figure told with an age or as someone's kin is still that figure, and a town named like a foreign city but placed in
a US state (`Paris, Texas`) votes for the United States."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_public_figure_with_an_age_stays_the_public_figure(run):
    text = ("Mandela in hospital\nNelson Mandela, 94, was taken to a hospital in Johannesburg on Saturday with a lung "
            "infection, his family said.\n")
    art = run(text, published="2013-06-08")
    mandela = at(art, text, "Nelson Mandela")
    assert mandela.country == "ZAF" and mandela.sector != "CVL"


def test_a_public_figure_in_apposition_with_a_kin_noun_stays_the_public_figure(run):
    text = ("Bush family gathers\nGeorge H. W. Bush and his son George W. Bush attended the service in Houston on "
            "Sunday.\n")
    art = run(text, published="2015-05-01")
    son = at(art, text, "George W. Bush")
    assert son.country == "USA" and son.sector != "CVL"
    assert son.id != at(art, text, "George H. W. Bush").id


def test_an_office_holder_told_with_a_kin_noun_and_a_home_town_is_a_namesake(run):
    text = ("Obituary: Margaret Hill, 91. Margaret Ann Hill of Dover died Sunday. She is survived by her son, Robert "
            "Hill, 60, of Smyrna, and two granddaughters.\n")
    art = run(text, published="2009-03-02")
    son = at(art, text, "Robert Hill")
    assert son is not None and son.sector == "CVL" and son.country != "AUS"


def test_a_town_named_like_a_foreign_city_in_a_us_state_votes_for_the_united_states(run):
    text = ("Man held in robbery\nA man was arrested Monday in Paris, Texas, after a bank robbery. Officer Dan Reed "
            "said the man was found near a Paris motel. The man was taken to jail in Paris. Witness Amy Cole said "
            "she saw him run.\n")
    art = run(text)
    assert at(art, text, "Dan Reed").country != "FRA"
    assert at(art, text, "Amy Cole").country in ("USA", None)
    text = ("Fire destroys barn\nA fire destroyed a barn near Moscow, Idaho, on Sunday. Firefighter Dan Reed said the "
            "blaze started in a hayloft. Neighbours in Moscow said they saw smoke. Owner Amy Cole said no animals "
            "were hurt.\n")
    art = run(text)
    assert at(art, text, "Amy Cole").country in ("USA", None)


def test_act9_word_sets_are_actor_words_classes():
    """The legal-form endings and the nouns of harm act9 wrote in states.py are actor_words.tsv classes (STYLE:
    lexicons are data), each described in the file's header."""
    import pathlib
    import re

    from dateline.extractors.actors import states
    from dateline.lexicon import actors as lex

    header = (pathlib.Path(lex.__file__).parent / "actor_words.tsv").read_text(encoding="utf-8")
    described = {m.group(1) for m in re.finditer(r"^#\s+(\S+)\s", header, re.M)}
    assert {"legal_form", "harm_noun"} <= described
    assert "corp" in lex.words("legal_form") and "killing" in lex.words("harm_noun")
    assert "fraud" not in lex.words("harm_noun")
    assert not hasattr(states, "_LEGAL_FORM")


def test_the_victim_of_an_abduction_is_a_person(run):
    text = "Police are still searching for clues in the abduction of Tyrone Hicks, the sheriff said.\n"
    art = run(text)
    hicks = at(art, text, "Tyrone Hicks")
    assert hicks is not None and hicks.sector not in ("GOV", "BUS", "NGO")


def test_a_surname_opening_a_quotation_does_not_speak(run):
    text = ("WASHINGTON -- Hillary Clinton campaigned in Ohio on Monday. Chelsea Clinton said her mother would win. "
            "\"Clinton will carry Ohio,\" an aide said.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Clinton will").id == at(art, text, "Hillary Clinton").id


def test_a_father_and_son_with_other_middle_initials_are_not_merged(run):
    text = ("Family firm\nHarold Whitcombe founded the firm in 1960, and Harold J. Whitcombe ran it until 1990. His "
            "son, Harold K. Whitcombe, runs it now.\n")
    art = run(text)
    assert at(art, text, "Harold K. Whitcombe").id != at(art, text, "Harold J. Whitcombe").id
    text = ("Family firm\nHarold J. Whitcombe founded the firm in 1960. His son, Harold K. Whitcombe, runs it now. "
            "Harold Whitcombe said sales were up.\n")
    art = run(text)
    assert at(art, text, "Harold K. Whitcombe").id != at(art, text, "Harold J. Whitcombe").id
    said = at(art, text, "Harold Whitcombe said")
    assert said is None or said.id not in (at(art, text, "Harold J. Whitcombe").id,)


def test_forces_for_or_against_a_ruler_stay_armed(run):
    text = ("Fighting in Libya\nTRIPOLI (Reuters) - Anti-Gaddafi forces took the town of Brega on Monday, a rebel "
            "spokesman said.\n")
    art = run(text, published="2011-04-01")
    forces = at(art, text, "Anti-Gaddafi forces")
    assert forces is None or forces.sector != "PTY"
    text = "CLEVELAND -- Anti-Trump forces gathered at the convention on Monday to change the rules.\n"
    art = run(text, published="2016-07-15")
    camp = at(art, text, "Anti-Trump forces")
    assert camp.sector == "PTY" and camp.role == "opponents"


def test_a_company_in_apposition_with_a_role_a_company_can_hold_stays_a_company(run):
    text = ("Paper sold\nThe newspaper's new owner, Vornado Realty, said on Monday it would cut jobs. The project's "
            "contractor, Bechtel Brothers, said work would resume.\n")
    art = run(text)
    for name in ("Vornado Realty", "Bechtel Brothers"):
        actor = at(art, text, name)
        assert actor is None or actor.sector != "CVL", name
    text = "Her husband, Danial Vose, is accused of theft, police said.\n"
    art = run(text)
    assert at(art, text, "Danial Vose").sector == "CRM"


def test_counties_alone_do_not_make_a_story_american(run):
    text = ("Bus crash kills 12\nTwelve people died when a bus overturned in Wenshan County on Sunday, the Wenshan "
            "County police said. Officer Li Wei said the driver fled. Residents of Luxi County said the road was "
            "dangerous. Witness Zhang Min said the bus was speeding.\n")
    art = run(text)
    assert all(a.country != "USA" for a in art.actors)


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('cities_listed_with_new_york_keep_their_own_country',
     "Rally\nPeople marched in Paris, New York and Lyon on Saturday. Organiser Amy Cole said more would come. "
     "Police in Paris and Marseille said the marches were calm.\n",
     None, 'Amy Cole: country!=USA'),
    ('a_body_power_or_a_case_is_taken_to_is_an_actor',
     "Sudan transition\nKHARTOUM (Reuters) - Power was transferred to the Transitional Sovereign Council on "
     "Monday, and the case of the former president was taken to the Khartoum Special Tribunal. Protesters "
     "were taken to Omdurman Teaching Hospital.\n",
     '2019-08-20',
     'Transitional Sovereign Council: actor; Khartoum Special Tribunal: actor; Omdurman Teaching Hospital:'
     ' none'),
    ('a_bare_plural_doing_a_deed_in_a_quoted_present_is_a_group',
     "Town besieged\nMOSUL, Iraq (Reuters) - \"Militants control the old city,\" the governor said on Monday. "
     "\"Troops surround the town,\" a colonel said. \"Terrorists know no boundaries,\" he added.\n",
     '2017-03-01', 'Militants: actor; Troops: actor; Terrorists: none'),
    ('talks_between_other_countries_in_a_city_abroad_give_no_home_by_the_city',
     "Talks resume\nIranian and American negotiators met in Vienna again on Monday. Delegate Amy Cole said "
     "progress was slow. Talks in Vienna will go on next week, said Maria Holt, a lawyer.\n",
     None, 'Amy Cole: country!=AUT; Maria Holt: country!=AUT'),
    ('a_capital_before_a_country_named_like_a_us_state_is_no_us_town',
     "Protest\nThousands rallied in Tbilisi, Georgia, on Sunday. Organiser Nino Beridze said more would come. "
     "Police in Tbilisi said the rally was calm. Witness Giorgi Kapanadze said Batumi was quiet.\n",
     None, 'Nino Beridze: country!=USA'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
