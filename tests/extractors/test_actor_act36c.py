"""act36c: false actors of local news found by auditing output on texts in no gold set (docs/actors.md `### act36c`):
a county's precinct opening an official's title (`Smith County Pct. 1 Justice of the Peace ...`) is no actor; a person
entity holding a county and a title (`Laurens County Coroner Ray Shore`) is the title's holder. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_county_precinct_opening_a_title_is_no_actor(run):
    for county, name in (("Smith", "Ann Boyd"), ("Rusk", "T.J. Mercer")):
        text = f"The toddler was the victim, according to {county} County Pct. 3 Justice of the Peace {name}.\n"
        article = run(text)
        assert not any("Pct" in a.name for a in article.actors), [a.name for a in article.actors]
        assert actor_at(article, text, name) is not None


def test_a_numbered_precinct_without_a_title_after_it_is_untouched(run):
    # guard: a precinct followed by no title word stays an actor where it acts
    text = "Officers of the 75th Precinct arrested two men on Friday.\n"
    assert actor_at(run(text), text, "Precinct") is not None


def test_a_county_and_a_title_tagged_with_the_name_leave_the_name(run):
    # the tagger takes `Laurens County Coroner Ray Shore` as one person: the coroner was lost
    text = "A 22-year-old man has died after being shot, Laurens County Coroner Ray Shore said on Friday.\n"
    article = run(text)
    coroner = actor_at(article, text, "Ray Shore")
    assert coroner is not None and coroner.name == "Ray Shore", [a.name for a in article.actors]
    assert coroner.sector == "GOV"
    assert not any(a.name.startswith("Laurens") for a in article.actors)


def test_a_county_sheriff_before_a_name_stays_as_it_was(run):
    # guard: a county and a title outside a person entity (the usual tagging) keep their old reading
    text = "Sheriff Tom Hale said deputies arrested Mark Townsend at his home on Tuesday.\n"
    article = run(text)
    assert actor_at(article, text, "Mark Townsend") is not None
    assert actor_at(article, text, "Tom Hale") is not None


def test_names_listed_with_a_street_are_streets(run):
    text = ("Road work this week: Birch Street, Acorn Drive, Kellen Court and Fox Run will have lane closures to "
            "repair a sewer main.\n")
    article = run(text)
    for name in ("Kellen Court", "Fox Run"):
        assert actor_at(article, text, name) is None, [a.name for a in article.actors]


def test_names_joined_before_a_street_plural_are_streets(run):
    text = "The shots rang out at the corner of Penn and Lowry avenues on Friday, police said.\n"
    article = run(text)
    assert actor_at(article, text, "Penn") is None, [a.name for a in article.actors]


def test_two_people_one_named_like_a_street_stay_people(run):
    # guard: a list whose one street-like name ends in a word that is a surname too (`Lane`) is no street list
    text = "Nathan Lane and Meryl Streep arrived at the gala on Friday.\n"
    article = run(text)
    assert actor_at(article, text, "Nathan Lane") is not None
    assert actor_at(article, text, "Meryl Streep") is not None


def test_a_leaders_surname_written_only_before_a_towns_police_is_the_town(run):
    text = ("One Dead in Cameron Accidental Shooting\n\nCameron Police Chief Ed Sorrell said two boys were playing with "
            "a handgun they thought was unloaded.\nSorrell said the older boy was taken to a hospital.\n")
    article = run(text)
    assert not any(a.name == "David Cameron" for a in article.actors), [a.name for a in article.actors]
    assert actor_at(article, text, "Ed Sorrell") is not None


def test_a_leader_named_in_full_keeps_his_surname_before_a_body(run):
    # guard: where the article writes the person's full name, a `Cameron Police`-like modifier is left alone
    text = "Obama administration officials said the rule would change. Barack Obama spoke on Friday.\n"
    article = run(text)
    assert any(a.name == "Barack Obama" for a in article.actors)


def test_a_date_line_in_capitals_is_no_actor(run):
    text = ("Teen hurt in shooting\nBy Dana Miller. CREATED Aug 3, 2016\nHenderson, NV (KTNV) -- A teenager was "
            "shot in the leg Friday morning. Police are searching for an 18-year-old.\n")
    article = run(text)
    assert actor_at(article, text, "CREATED") is None, [a.name for a in article.actors]


def test_charges_written_with_capitals_are_no_actors(run):
    text = ("Officers obtained a warrant for his arrest, and Mr. Dorsey was charged with Assault to Murder, Unlawful "
            "Possession of a Firearm, Unlawfully Carrying a Loaded Firearm, and Firearm Used in the Commission of a "
            "Felony.\n")
    article = run(text)
    for word in ("Possession", "Carrying", "Commission"):
        assert actor_at(article, text, word) is None, [a.name for a in article.actors]
    assert actor_at(article, text, "Dorsey") is not None


def test_a_time_zone_a_procedure_and_a_tip_line_are_no_actors(run):
    text = ("Deputies went to the house shortly before 4:45 a.m. PST after the shooting, and a neighbor performed CPR "
            "on the boy. Anyone with information is urged to call the sheriff's Homicide Tipline.\n")
    article = run(text)
    for word in ("PST", "CPR", "Tipline"):
        assert actor_at(article, text, word) is None, [a.name for a in article.actors]


def test_a_commission_of_a_country_stays_an_actor(run):
    # guard: the cut-name rule only where the name after the cut is a thing's (non_actors.tsv)
    text = "The Federal Trade Commission of the United States sued the firm on Monday.\n"
    assert actor_at(run(text), text, "Federal Trade Commission") is not None


def test_a_country_opening_a_districts_name_is_no_country(run):
    text = "Six people were shot Friday night in Jamaica Plain, according to Boston Police.\n"
    article = run(text)
    assert actor_at(article, text, "Jamaica") is None, [a.name for a in article.actors]


def test_a_country_before_a_capitalised_word_that_ends_no_place_stays(run):
    # guard: only a place name's last word (place_name_end) after the country makes it a place's name
    text = "Jamaica Cabinet ministers and Peru said on Monday they would talk.\n"
    article = run(text)
    assert any(a.country == "JAM" for a in article.actors), [a.name for a in article.actors]
