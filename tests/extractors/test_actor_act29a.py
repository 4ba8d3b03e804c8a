"""Actors on invented stories, for the classes of wrong identity found by reading every identity the tool gives on
the read articles (bench/identity_audit.py; act29a, issue 11): a surname inside the name of a thing (a casino, a
building, a film, a court case), a town after a person's age, a police rank given to a retired office holder, a bare
surname before the person's first office, a party word in a description, a US state's post."""
from __future__ import annotations

from tests.helpers import actor_at, actor_names, name_at

at = actor_at


# ---------------------------------------------------------------- a surname in a thing's name
def test_a_surname_that_opens_the_name_of_a_building_or_work_names_no_person(run):
    text = ("NEW YORK (Wire) -- Takings dropped by 9 percent at Trump Taj Mahal in March, the gaming commission "
            "reported.\n")
    art = run(text, published="2015-06-02")
    assert "Donald Trump" not in actor_names(art)
    text = 'WASHINGTON (Wire) -- The race has become the political version of "The Truman Show," a pollster said.\n'
    art = run(text, published="2016-04-11")
    assert "Harry S. Truman" not in actor_names(art)
    text = "WASHINGTON (Wire) -- The Obama White House said on Monday that it would veto the bill.\n"
    art = run(text, published="2014-04-11")
    assert "Barack Obama" in actor_names(art)                            # the person's own government


def test_a_surname_before_v_names_a_court_case(run):
    text = "WASHINGTON (Wire) -- Lawyers for the city cited Ashcroft v. Iqbal in a motion filed on Friday.\n"
    art = run(text, published="2014-04-11")
    assert "John Ashcroft" not in actor_names(art)


def test_a_name_after_a_persons_age_and_of_is_a_town(run):
    text = ("ATLANTA (Wire) -- Two men, Tyler Sims, 19, of McDonough, and Aaron Platt, 23, of Stockbridge, were "
            "charged with burglary on Monday, police said.\n")
    art = run(text, published="2014-03-02")
    assert "Denis McDonough" not in actor_names(art)


# ---------------------------------------------------------------- a title, a date, a party, a state
def test_a_police_rank_given_to_a_retired_office_holder_is_someone_else(run):
    text = ("DAYTON, Ohio (Wire) -- Police Chief Richard Myers said on Monday that two men were held after a "
            "robbery on Main Street.\n")
    art = run(text, published="2017-02-27")
    a = at(art, text, "Richard Myers")                              # the general retired in 2005: a namesake
    assert a is None or "Joint Chiefs" not in (a.role or "") and a.sector != "ELI"   # (his name, not his record)
    text = "WASHINGTON (Wire) -- Gen. Richard Myers said on Monday that the war would be long.\n"
    art = run(text, published="2004-02-27")
    assert name_at(art, text, "Richard Myers") == "Richard Myers"     # his own rank, in office


def test_a_bare_surname_before_the_first_office_names_no_lexicon_person(run):
    text = ("DAYTON, Ohio (Wire) -- Vance, who would not give his last name, said he heard six shots from the "
            "house on Elm Street.\n")
    art = run(text, published="2014-07-31")
    assert name_at(art, text, "Vance") != "JD Vance"
    text = "WASHINGTON (Wire) -- Senator Vance said on Monday that he would vote against the bill.\n"
    art = run(text, published="2024-03-05")
    assert name_at(art, text, "Vance") == "JD Vance"                  # in office: his


def test_a_party_word_in_a_description_skips_someone_told_of_another_party(run):
    text = ("WASHINGTON (Wire) -- Libertarian nominee Gary Johnson drew 9 percent in the poll. The GOP nominee "
            "had some explaining to do on Monday.\n")
    art = run(text, published="2016-08-12")
    assert name_at(art, text, "The GOP nominee") != "Gary Johnson"


def test_a_us_states_post_is_not_the_federal_offices_holder(run):
    text = ("MIAMI (Wire) -- Trump's foundation gave $25,000 to the attorney general of Florida; her office had been "
            "looking into the school.\n")
    art = run(text, published="2016-06-10")
    assert name_at(art, text, "the attorney general of Florida") != "Loretta Lynch"
    text = "WASHINGTON (Wire) -- The attorney general said on Monday that the department would review the case.\n"
    art = run(text, published="2016-06-10")
    assert name_at(art, text, "The attorney general") == "Loretta Lynch"   # the federal one


def test_the_narrower_rules_leave_their_neighbours_alone(run):
    text = ("CLEVELAND (Wire) -- Donald Trump spoke on Tuesday. Mrs. Trump's speech on Monday drew cheers from the "
            "delegates.\n")
    art = run(text, published="2016-07-20")
    assert name_at(art, text, "Trump", 1) == "Melania Trump"          # an honorific: the 20-year rule only
    text = ("WASHINGTON (Wire) -- The council, which then-Arkansas Gov. Bill Clinton led in the early 1990s, "
            "backed the plan.\n")
    art = run(text, published="2016-07-27")
    assert name_at(art, text, "Bill Clinton") == "Bill Clinton"
    assert at(art, text, "Bill Clinton").sector == "GOV"            # a local office of a retired holder: his;
    #                                                                  the governorship is in people.tsv since ident51,
    #                                                                  so the `then-` account gives its sector (hist50)


def test_an_administration_with_no_date_is_the_one_who_headed_a_government(run):
    text = "The Clinton and Bush administrations did not pursue the free trade zone in earnest, the minister said.\n"
    art = run(text)
    assert name_at(art, text, "Clinton") == "Bill Clinton"           # not Hillary, who never headed one
    text = "Clinton said on Monday that she would run for the Senate in New York.\n"
    art = run(text)
    assert name_at(art, text, "Clinton") == "Hillary Clinton"


def test_the_before_a_surname_and_capitalised_words_names_a_thing(run):
    text = "INDIANAPOLIS (Wire) -- A student wrote to the local weekly, The Perry Chief, about the game on Friday.\n"
    art = run(text, published="2016-03-01")
    assert "Rick Perry" not in actor_names(art)
    text = "WASHINGTON (Wire) -- The Obama White House said on Monday that it would veto the bill.\n"
    art = run(text, published="2016-03-01")
    assert "Barack Obama" in actor_names(art)


def test_a_trade_held_by_many_is_not_the_lexicons_one_holder(run):
    text = "WASHINGTON (Wire) -- Crime is rising in the suburbs again, the columnist wrote on Monday.\n"
    art = run(text, published="2015-11-11")
    assert name_at(art, text, "the columnist") != "Ann Coulter"
