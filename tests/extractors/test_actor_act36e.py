"""act36e: false actors found by an output audit of 1998-2000 wire news (docs/actors.md `### act36e`): a civil office
whose name ends in `general` (`Surgeon General`) is no army general and leaves no piece of itself as an actor; a
street's or a park's name opened by a Spanish word (`Calle`, `Parque`) is a place, also where it stands before a quote;
a capitalised group noun in a monument's name (`the Tomb of the Unknown Soldier`) is no actor. Generals, attorneys
general, armed men guarding a tomb and the residents of a street stay actors. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_civil_office_ending_in_general_is_no_general(run):
    text = "U.S. Surgeon General Ana Whitfield on Monday led a team of doctors to the flooded city.\n"
    article = run(text)
    names = [a.name for a in article.actors]
    assert not any("Surgeon" in n for n in names), names
    whitfield = actor_at(article, text, "Ana Whitfield")
    assert whitfield is not None and whitfield.sector == "GOV", names


def test_generals_and_attorneys_general_keep_their_sectors(run):
    # guard: `General` alone and `Attorney General` are untouched by the new rows
    text = ("Gen. Tom Harlan ordered the troops forward on Monday. Attorney General Ruth Ellison said the case "
            "would go to court.\n")
    article = run(text)
    assert actor_at(article, text, "Tom Harlan").sector == "MIL"
    assert actor_at(article, text, "Ruth Ellison").sector == "JUD"


def test_spanish_street_and_park_names_are_places(run):
    text = ("Coffee stands on Calle Ocho were busy as exiles gathered. In Old Santiago, hundreds of students marched "
            "around the Parque Central chanting ``We want peace!'' on Sunday.\n")
    article = run(text)
    names = [a.name for a in article.actors]
    assert not any("Calle" in n or "Parque" in n for n in names), names


def test_the_residents_of_a_spanish_street_stay_actors(run):
    # guard: the street is a place, its residents a group that acts
    text = "Residents of Avenida Libertad met with Mayor Tom Harlan on Monday to protest the new road.\n"
    article = run(text)
    assert actor_at(article, text, "Tom Harlan") is not None
    assert actor_at(article, text, "Residents") is not None


def test_a_group_noun_in_a_monument_name_is_no_actor(run):
    text = ("WARSAW -- The banners went up beside the Tomb of the Unknown Soldier on the old square, and President "
            "Jan Nowak laid a wreath.\n")
    article = run(text)
    assert not [a.name for a in article.actors if a.sector == "MIL"], [a.name for a in article.actors]
    assert actor_at(article, text, "Jan Nowak") is not None


def test_soldiers_guarding_a_tomb_stay_actors(run):
    # guard: a lower-case tomb and soldiers outside its name
    text = "The soldiers guarding the tomb of the king fired on protesters, officials said.\n"
    article = run(text)
    assert actor_at(article, text, "soldiers").sector == "MIL"


def test_an_embassy_building_is_a_place(run):
    text = ("Smoke rose from the charred shells of the American Embassy buildings on Friday. Protesters gathered "
            "outside the U.S. Embassy building in Lima, witnesses said.\n")
    article = run(text)
    names = [a.name for a in article.actors]
    assert not any("Embassy" in n for n in names), names
    assert not any(m.text.endswith("Embassy") for a in article.actors for m in a.mentions), names


def test_an_embassy_that_acts_stays_its_state(run):
    # guard: the embassy that issues a warning is the state's mention
    text = "Protesters gathered in Lima on Friday, and the U.S. Embassy issued a warning to travellers.\n"
    article = run(text)
    assert actor_at(article, text, "U.S. Embassy") is not None
