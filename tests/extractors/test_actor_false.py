"""False actors and wrong identities on invented stories: things and places taken for actors (a company's shop, a
venue named after a company, an embassy as a building, an idea in capitals), and descriptions or names resolved to
the wrong person (a qualified office, a middle initial)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_qualified_office_is_not_the_head_of_state(run):
    text = ("WASHINGTON (AP) -- Lawmakers met on Monday.\n\nThe Senate majority leader said the vote would wait. "
            "The House minority leader disagreed, and the Senate minority leader spoke last.\n")
    art = run(text, published="2016-12-24")
    assert at(art, text, "Senate majority leader").name == "Mitch McConnell"
    assert at(art, text, "House minority leader").name == "Nancy Pelosi"
    assert at(art, text, "Senate minority leader").name == "Harry Reid"
    assert not any(a.name == "Barack Obama" for a in art.actors)     # `leader` alone would be the president


def test_a_qualified_office_with_no_known_holder_is_its_own_actor(run):
    text = "WASHINGTON (AP) -- The Senate majority leader said on Monday that the vote would wait.\n"
    art = run(text, published="1850-06-01")                          # no holder in the lexicon then
    leader = at(art, text, "Senate majority leader")
    assert leader is not None and leader.name != "Barack Obama" and leader.sector == "LEG"


def test_a_middle_initial_names_the_lexicon_person(run):
    text = ("WASHINGTON (AP) -- Harry M. Reid (D-Nev.) blasted the plan on Tuesday. \"It is a failure,\" "
            "the Senate minority leader said. Reid left early.\n")
    art = run(text, published="2015-12-24")
    reid = at(art, text, "Harry M. Reid")
    assert (reid.name, reid.sector) == ("Harry Reid", "LEG")
    assert at(art, text, "Senate minority leader") is reid
    assert at(art, text, "Reid", 1) is reid


def test_another_initial_is_another_person(run):
    text = "WASHINGTON (AP) -- George H. Bush spoke on Tuesday.\n"
    art = run(text, published="2016-01-05")
    assert not any(a.name == "George W. Bush" for a in art.actors)


def test_an_embassy_as_a_building_is_no_actor_but_its_country_is_the_state(run):
    text = ("NAIROBI, Kenya (AP) -- Officials gave figures on Monday for the dead in the bombings of two U.S. "
            "embassies. Americans serving in embassies in Africa were warned. The suspect carried the bomb to the "
            "embassy. The U.S. Embassy said it would close.\n")
    art = run(text, published="1998-08-10")
    assert at(art, text, "two U.S. embassies") is None or at(art, text, "two U.S. embassies").name == "United States"
    assert at(art, text, "U.S.").name == "United States"            # the state, whose embassies were bombed
    assert at(art, text, "embassies", 1) is None                    # `serving in embassies`: a place
    assert at(art, text, "The U.S. Embassy").name == "United States"


NEWSLETTER = """NEW YORK -- Here is the morning's newsletter.

THREE DEAD, 9 HURT IN HARLOW BAR SHOOTING Police said on Sunday that the gunman fled.

VOTERS ASK IF CRIME IS BECOMING THE NEW NORMAL Officials in France met on Monday.

THE OTHER SIDE OF THE HAMPTONS HOUSE PARTY Guests left early.

MAYBE EDGAR ALLEN POE KNEW A THING ABOUT RAVENS Crows are clever.

OBAMA SAYS TRUMP IS UNFIT President Obama spoke in Ohio, and Trump answered on Twitter.
"""


def test_words_in_capitals_name_only_actors_the_article_names(run):
    art = run(NEWSLETTER, published="2016-07-25")
    for words in ("DEAD", "ASK", "IS BECOMING", "HOUSE", "EDGAR ALLEN POE"):
        assert at(art, NEWSLETTER, words) is None, words
    assert at(art, NEWSLETTER, "OBAMA").name == "Barack Obama"      # named outside the capitals too
    assert at(art, NEWSLETTER, "TRUMP").name == "Donald Trump"


def test_many_most_or_all_people_name_nobody_in_particular(run):
    text = ("MEXICO CITY (AFP) -- Ramos said on Monday: \"Many governments and many newspapers simply did not answer. "
            "Most Americans agree with me, and we must protect all Americans.\" Most Republicans voted against the "
            "bill on Tuesday.\n")
    art = run(text, published="2016-01-05")
    for words in ("Many governments", "many newspapers", "Most Americans", "all Americans"):
        assert at(art, text, words) is None, words
    assert at(art, text, "Republicans") is not None                 # a group that acted


def test_a_title_chooses_among_everyone_of_the_surname(run):
    text = ("WASHINGTON -- With Governor Bush and Senator Rubio behind him, Kasich campaigned on Tuesday. "
            "Former President Clinton and President Bush met later.\n")
    art = run(text, published="2016-02-10")
    assert at(art, text, "Governor Bush").name == "Jeb Bush"        # the former governor still in the race
    president = at(art, text, "President Bush")
    assert president is not None and president.name != "Jeb Bush"   # never president: not him


def test_a_bare_surname_goes_to_the_person_named_in_full(run):
    text = ("Bombshell Claim: AFTER Clinton Called Me He Had The Audacity\n\nA woman who has accused former "
            "President Bill Clinton of assault said on Sunday that Clinton had called her. She also described a "
            "meeting with Hillary Clinton.\n")
    art = run(text, published="2016-01-18")
    assert at(art, text, "Clinton", 0).name == "Bill Clinton"       # the headline's, read with the body
    assert at(art, text, "Clinton", 2).name == "Bill Clinton"


def test_a_list_of_people_gives_no_apposition(run):
    text = ("WASHINGTON -- Clinton said: \"I and everyone on the staff, all the people she listed, the "
            "president, the vice president, Susan Rice, all of us were scrambling.\"\n")
    art = run(text, published="2016-03-09")
    rice = at(art, text, "Susan Rice")
    assert all(m.text != "the vice president" for m in rice.mentions)


def test_works_operations_wars_and_law_names_are_no_actors(run):
    text = ("WASHINGTON -- Jim Hale led a battalion in operations Desert Shield and Desert Storm, and later said in "
            "his book Going Home to Glory that it was hard. The Mexican War was long. Hale backs the Dodd-Frank law. "
            "In this week's episode, guest host Susan Glasser spoke.\n")
    art = run(text, published="2016-06-01")
    for words in ("Desert Shield", "Desert Storm", "Going Home to Glory", "Mexican War", "Dodd"):
        assert at(art, text, words) is None, words
    assert at(art, text, "Susan Glasser") is not None


def test_a_question_verb_is_no_given_name(run):
    text = "WASHINGTON -- Bernie Sanders lost on Tuesday. Will Sanders come down off the pique?\n"
    art = run(text, published="2016-06-08")
    assert at(art, text, "Sanders", 1).name == "Bernie Sanders"
    assert not any(a.name == "Will Sanders" for a in art.actors)


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    # Walmart#1: the company acting
    ('a_company_named_as_its_shop_is_no_actor',
     "CHARLOTTE, N.C. (AP) -- On Sunday the windows of the CVS at the Epicentre were still boarded up. A "
     "Walmart in Ohio closed early, and the suspect had shopped at a Target store. Walmart said on Monday that it "
     "would reopen.\n",
     '2016-09-26', 'CVS: none; Walmart: none; Target: none; Walmart#1: sector=BUS'),
    # Carter Center: a body acting
    ('a_venue_named_after_a_company_is_no_actor',
     "PHILADELPHIA (AP) -- Hundreds of protesters gathered outside the Wells Fargo Center on Tuesday. Later "
     "they marched to the Verizon Center. The Carter Center said the vote was fair.\n",
     '2016-07-27', 'Wells Fargo: none; Verizon Center: none; Carter Center: actor'),
    ('an_idea_in_capitals_is_no_actor',
     "WASHINGTON (AP) -- Trump said: \"We will protect all Americans from Radical Islamic Terrorism.\"\n",
     '2016-06-13', 'Radical Islamic: none'),
    # Americans#1: the people, outside the name
    ('the_words_of_a_programme_name_are_no_actors',
     "WASHINGTON (AP) -- Sanders said on Monday that he would keep the Deferred Action for Parents of "
     "Americans and Lawful Permanent Residents program and the Deferred Action for Childhood Arrivals "
     "program. Americans agree, he said.\n",
     '2016-03-09', 'Americans: none; Lawful Permanent Residents: none; Childhood Arrivals: none; Americans#1: actor'),
    ('a_common_noun_first_in_its_sentence_is_no_person',
     "NEW YORK -- There were seven attempted murders of doctors in five years. Arson and bombings at "
     "clinics have become so common that few are reported. Smith said on Monday that he would leave.\n",
     '1998-10-25', 'Arson: none; Smith: actor'),
    ('an_honour_or_a_song_names_no_actor',
     "WASHINGTON (AP) -- Jane Miller of Harlow Radio, winner of the Merriman Smith award for radio "
     "reporting, spoke on Saturday. Lee Parks was chosen as Time's Person of the Year. Ann Carter was "
     "singing Secondhand Clothes at the dinner.\n",
     '2016-04-29', 'Merriman Smith: none; Person: none; Secondhand Clothes: none; Jane Miller: actor'),
    ('a_platform_with_words_after_it_is_no_actor',
     "WASHINGTON (AP) -- A clip shared on social media of the crash shows the woman being hit. "
     "\"We wrote about it on our website and social media,\" Canova told reporters. The media reported it.\n",
     '2016-03-30', 'social media of: none; social media,: none; The media: actor'),
    ('a_name_listed_with_places_is_a_place',
     "LONDON -- The report listed Leeds, Bristol, Sheffield, Manchester, as well as Waltham Forest in "
     "east London as hotspots.\n",
     '2016-01-05', 'Waltham Forest: none'),
    # John Allen: the lexicon's think tank, not an outlet
    # Mary Stone: of a place
    # Ann Holt: the `of` after the last name is hers too
    ('a_writer_of_an_outlet_is_a_journalist',
     "WASHINGTON -- George Zornick of The Nation wrote that the party failed. John Allen of the Brookings "
     "Institution wrote a report. Mary Stone of Texas wrote a letter. Dana Ruiz, Ann Holt and Lisa Song of "
     "InsideClimate News won awards on Monday.\n",
     '2016-02-17',
     'George Zornick: sector=MED; John Allen: sector=NGO; Mary Stone: sector!=MED; Ann Holt: sector=MED'),
    ('government_as_such_and_a_word_in_capitals_are_no_actors',
     "MANCHESTER, N.H. -- Nicky Driscoll said Sanders would get corporate money out of government. \"They "
     "break the rules CONSTANTLY,\" she said. The government said on Monday that it disagreed. The ACLU sued.\n",
     '2016-02-05', 'government: none; CONSTANTLY: none; The government: actor; ACLU: actor'),
    ('a_university_center_is_the_university_sector',
     "MANCHESTER, N.H. -- The University of New Hampshire Survey Center conducted the poll, and the Center "
     "for Responsive Politics counted the money.\n",
     '2016-02-05',
     'University of New Hampshire Survey Center: sector=EDU; Center for Responsive Politics: sector=NGO'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
