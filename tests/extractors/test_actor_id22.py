"""Actors on invented stories, for the classes of wrong or missed identity the id22 branch (December 2026, issue 11)
closed: a middle initial taken for a given name, a police rank or local office given to a lexicon person who never
held it, a private trade in apposition, a bare surname after a titled someone who is no lexicon person, a surname long
before the lexicon person's first office, a namesake named just after a bare surname,
given names joined by `and`, nicknames in quotes, a formal suffix, a past holder of another country,
a description in what someone says given to that someone."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_given_name_is_no_middle_initial_of_the_lexicon_person(run):
    text = ("PHOENIX -- Joseph Trump, a plumber, said on Monday that he had never met his famous namesake. Trump said "
            "he voted for Clinton.\n")
    art = run(text, published="2016-06-02")
    joseph = at(art, text, "Joseph Trump")
    assert joseph.name == "Joseph Trump" and joseph.sector == "CVL"
    assert at(art, text, "Trump", 1) is joseph                        # not Donald J. Trump
    assert not any(a.name == "Donald Trump" for a in art.actors)


def test_a_police_rank_before_a_lexicon_name_is_a_namesake(run):
    text = "DALLAS -- Officer Mike Pence said on Monday the driver fled. Pence said he chased the car for a mile.\n"
    art = run(text, published="2016-06-02")
    officer = at(art, text, "Mike Pence")
    assert officer.sector == "COP" and officer.role != "governor"
    assert at(art, text, "Pence", 1) is officer


def test_a_local_office_before_or_after_a_lexicon_name_is_a_namesake(run):
    text = ("SPRINGFIELD, Ill. -- Mayor John Kerry of Oakdale said on Monday that the town would repave Main Street. "
            "Kerry said the work would take a month.\n")
    art = run(text, published="2016-06-02")
    mayor = at(art, text, "John Kerry")
    assert mayor.role == "mayor" and at(art, text, "Kerry", 1) is mayor
    text = ("TAMPA, Fla. -- Boris Johnson, a Tampa city councilman, said on Monday the vote was rigged. Johnson said "
            "he would sue.\n")
    art = run(text, published="2019-09-02")
    council = at(art, text, "Boris Johnson")
    assert council.country == "USA" and council.role != "prime minister"


def test_an_office_the_lexicon_person_held_stays_theirs(run):
    text = "LONDON -- Mayor Boris Johnson said on Monday that the buses would run all night.\n"
    art = run(text, published="2012-06-02")
    assert at(art, text, "Boris Johnson").name == "Boris Johnson"
    text = "WASHINGTON -- Secretary of State John Kerry met the Egyptian foreign minister on Monday.\n"
    art = run(text, published="2014-06-02")
    assert at(art, text, "John Kerry").role == "secretary of state"


def test_an_athlete_in_apposition_is_a_namesake(run):
    text = "MADRID -- Sergio Ramos scored twice on Sunday. Fidel Castro, a midfielder for Getafe, was sent off.\n"
    art = run(text, published="2016-06-02")
    player = at(art, text, "Fidel Castro")
    assert player.country != "CUB" and player.sector == "CVL"


def test_a_bare_surname_after_a_titled_unknown_is_that_person(run):
    text = ("KARACHI -- Prime Minister Bhutto said on Monday that Pakistan would build the dam. Bhutto spoke in "
            "Karachi.\n")
    art = run(text, published="1975-06-02")
    pm = at(art, text, "Prime Minister Bhutto")
    assert at(art, text, "Bhutto", 1) is pm
    assert not any(a.name == "Benazir Bhutto" for a in art.actors)


def test_a_bare_surname_long_before_the_first_office_is_not_the_lexicon_person(run):
    text = "OTTAWA -- Trudeau said on Monday that Canada would not devalue its dollar.\n"
    art = run(text, published="1975-06-02")
    assert at(art, text, "Trudeau").name != "Justin Trudeau"
    art = run(text, published="2016-06-02")
    assert at(art, text, "Trudeau").name == "Justin Trudeau"


def test_a_bare_surname_then_a_namesake_in_full_is_the_namesake(run):
    text = "CHICAGO -- Obama said the bakery would close on Friday. Maria Obama, the owner, said rent had tripled.\n"
    art = run(text, published="2014-06-02")
    assert at(art, text, "Obama").name == "Maria Obama"
    text = ("WASHINGTON -- Obama said on Monday that the bill would pass. President Barack Obama spoke after meeting "
            "Maria Obama, a teacher.\n")
    art = run(text, published="2014-06-02")
    assert at(art, text, "Obama").name == "Barack Obama"             # named in full too: the public figure


def test_given_names_joined_by_and_are_two_people(run):
    text = "NEW YORK -- Bill and Hillary Clinton attended the funeral on Monday. Hillary Clinton spoke briefly.\n"
    art = run(text, published="2016-03-02")
    assert at(art, text, "Bill").name == "Bill Clinton"
    assert at(art, text, "Hillary").name == "Hillary Clinton"
    text = "TOLEDO, Ohio -- Mary and John Smith of Ohio said on Monday they were pleased with the verdict.\n"
    art = run(text, published="2014-04-25")
    assert at(art, text, "Mary").name == "Mary Smith"


def test_a_nickname_in_quotes_inside_a_lexicon_name(run):
    text = 'WASHINGTON -- William "Bill" Clinton spoke on Monday at the library.\n'
    art = run(text, published="2016-03-02")
    assert at(art, text, "Clinton").name == "Bill Clinton"           # not the candidate that day
    text = 'ISLAMABAD -- Imran "Kaptaan" Khan said on Monday that Pakistan would respond.\n'
    art = run(text, published="2019-06-02")
    assert at(art, text, "Khan").name == "Imran Khan"


def test_a_formal_suffix_of_a_lexicon_name(run):
    text = "WASHINGTON -- Joseph R. Biden Jr., the vice president, flew to Kiev on Monday.\n"
    art = run(text, published="2014-04-22")
    assert at(art, text, "Joseph R. Biden Jr.").name == "Joe Biden"


def test_a_title_with_no_date_gives_the_office_it_names(run):
    text = "WASHINGTON -- Sen. Hillary Clinton said the bill would pass. Clinton spoke after the vote.\n"
    art = run(text)
    clinton = at(art, text, "Hillary Clinton")
    assert clinton.name == "Hillary Clinton" and clinton.sector == "LEG"   # not the nominee of her latest row


def test_a_past_holder_of_another_country_is_not_named_by_a_bare_title(run):
    text = "DUBLIN -- Prime Minister Martin said on Monday that Ireland would not change its tax rate.\n"
    art = run(text, published="2021-06-02")
    pm = at(art, text, "Prime Minister Martin")
    assert pm.name != "Paul Martin" and pm.country == "IRL"
    text = "LONDON -- Former Prime Minister Brown said on Monday that Britain must stay in Europe.\n"
    art = run(text, published="2016-06-02")
    assert at(art, text, "Brown").name == "Gordon Brown"


def test_a_description_in_what_someone_says_is_not_the_one_who_says_it(run):
    text = "WASHINGTON -- Sen. Marco Rubio said on Monday the Texas senator was wrong.\n"
    art = run(text, published="2016-01-02")
    assert at(art, text, "the Texas senator").name != "Marco Rubio"
    text = "WASHINGTON -- Sen. Ted Cruz and Sen. Marco Rubio met on Monday. The Florida senator said the talks went well.\n"
    art = run(text, published="2016-01-02")
    assert at(art, text, "The Florida senator").name == "Marco Rubio"
