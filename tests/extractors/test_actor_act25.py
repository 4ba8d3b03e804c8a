"""Actors on invented stories, for the classes the act25 branch (December 2026, issue 11) fixed with the tune24/tune25
gold: places one is carried or sent to (`taken to St Ann's Medical Center`), a party that is a gathering, a court
where a game is played, a name that modifies a plural noun of a thing, a court's records, a name that is only the
object of a locative preposition, a web page's `UPDATE` label; who a person is (a given name the tagger left out
beside a namesake, an Arabic surname joined by a hyphen, `Mr` without its period); sectors (a rank in a story of a
sheriff, town titles, trade and newspaper words of a company's or outlet's name, a student's `major`); bare `Bibi` is not Netanyahu (the alias was dropped after review)."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_hospital_one_is_taken_to_is_a_place(run):
    text = ("Woman shot. She was taken to St Ann's Medical Center for treatment. Three patients were transported to "
            "Holy Cross Medical Center at Lakeview. Later he was sent to Pine Ridge Correctional Institution in lieu "
            "of bond.\n")
    art = run(text)
    assert at(art, text, "Medical Center") is None
    assert at(art, text, "Holy Cross Medical Center") is None
    assert at(art, text, "Pine Ridge Correctional Institution") is None


def test_a_hospital_that_speaks_stays(run):
    text = "Nine hurt. Bayview Medical Center said on Friday that nine people were wounded.\n"
    art = run(text)
    assert at(art, text, "Bayview Medical Center") is not None


def test_a_party_held_is_a_gathering(run):
    text = ("Two killed at party. A neighbor said parties are constantly held at the house on weekends. Fatah "
            "officials worried about the parties that would be held for the released prisoners.\n")
    art = run(text)
    assert at(art, text, "parties") is None
    assert at(art, text, "the parties") is None
    assert at(art, text, "Fatah") is not None


def test_a_birthday_party_is_no_party(run):
    text = "Shots fired. The Democratic Party said on Monday that a birthday party ended in gunfire.\n"
    art = run(text)
    assert at(art, text, "birthday party") is None
    assert at(art, text, "Democratic Party") is not None


def test_a_court_where_a_game_is_played_is_no_court(run):
    text = ("Boys mourned. He had played on the basketball court with his brother. The team will take the court "
            "Friday night without them.\n")
    art = run(text)
    assert at(art, text, "basketball court") is None
    assert at(art, text, "the court") is None


def test_a_court_of_law_stays(run):
    text = "Appeal lost. The court ruled on Monday that the fine stands.\n"
    art = run(text)
    assert at(art, text, "The court") is not None


def test_a_name_before_a_plural_thing_is_no_actor(run):
    text = ("Fees feared. The two lawmakers, citing statistics compiled by a farm group, said the resulting Clean "
            "Water fees on livestock producers would range from $22 a head for hogs to $175 per head.\n")
    art = run(text)
    assert at(art, text, "Clean Water") is None


def test_a_court_named_before_its_records_is_no_actor(run):
    text = ("Driver charged. A check of Marlow County Court records reveals that Tom Reese has a prior speeding "
            "conviction.\n")
    art = run(text)
    assert at(art, text, "Marlow County Court") is None


def test_a_name_between_places_is_a_place(run):
    text = ("Man found dead. Jim Hale was found shot inside his residence between Cedar Colony and Yard in "
            "northern Anderson County, the sheriff said.\n")
    art = run(text)
    assert at(art, text, "Cedar Colony") is None


def test_an_update_label_is_nobody(run):
    text = ("Shooting at lounge\n\nTAMPA - 7:04 a.m. UPDATE | Tampa police are on the scene of a drive-by shooting "
            "that left one person dead.\n")
    art = run(text)
    assert at(art, text, "UPDATE") is None
    assert at(art, text, "Tampa police") is not None


def test_a_namesake_the_tagger_missed_takes_the_surname_said_after_her(run):
    text = ("Girl charged. Fredi Alvarez, 19, later died at the hospital. Lety Alvarez is charged with manslaughter "
            "and is in jail. Investigators said Alvarez got into an argument with her boyfriend.\n")
    art = run(text)
    lety = at(art, text, "Lety Alvarez")
    assert lety is not None and "Lety" in lety.name
    said = at(art, text, "Alvarez", 2)
    assert said is not None and said.id == lety.id


def test_an_arabic_surname_joined_by_a_hyphen_is_part_of_the_name(run):
    text = ("Analysis. Hassan Salameh, Abbas a-Sayed and Jamal Abu al-Hija were behind the attacks. Abbas's aides are "
            "worried, Palestinian officials said.\n")
    art = run(text, published="2009-12-23")
    other = at(art, text, "Abbas a-Sayed")
    assert other is not None and other.name != "Mahmoud Abbas"
    assert at(art, text, "Abbas's").name == "Mahmoud Abbas"


def test_mr_without_a_period_joins_the_full_name(run):
    text = ("Funeral held. The remains of Stephen Carroll were carried through the town. The Mass for Mr Carroll "
            "brought together police officers and church leaders.\n")
    art = run(text)
    assert at(art, text, "Carroll", 1).id == at(art, text, "Stephen Carroll").id


def test_mr_and_mrs_of_one_surname_stay_two_people(run):
    text = ("Farmer buried. The funeral of Pat Kelly was held on Monday. Mr Kelly had farmed for 20 years. Mrs Kelly "
            "said he was kind.\n")
    art = run(text)
    mrs = at(art, text, "Mrs Kelly")
    assert mrs is not None and mrs.id != at(art, text, "Pat Kelly").id


def test_a_rank_in_a_story_of_a_sheriff_is_police(run):
    text = ("Reward raised. Anderson County Sheriff Greg Lane said the case is open, with Sgt. Larry Wood "
            "providing assistance.\n")
    art = run(text)
    assert at(art, text, "Larry Wood").sector == "COP"


def test_town_titles_are_government(run):
    text = ("Park bathroom bought. The selectmen agreed at the request of First Selectman Jeremy J. Shingle. "
            "Director of Public Works Eric Hood said the town is buying the bathroom.\n")
    art = run(text)
    assert at(art, text, "Jeremy J. Shingle").sector == "GOV"
    assert at(art, text, "Eric Hood").sector == "GOV"


def test_trade_and_newspaper_words_give_the_sector(run):
    text = ("Roof replaced. The bid was awarded to Martinsville Roofing at a cost of $38,117, the superintendent "
            "told the Herald-Press. The case was handled by the Metro Squad.\n")
    art = run(text)
    assert at(art, text, "Martinsville Roofing").sector == "BUS"
    assert at(art, text, "Herald-Press").sector == "MED"
    assert at(art, text, "Metro Squad").sector == "COP"


def test_a_major_of_a_subject_is_a_student(run):
    text = ("Shooting witnessed. Dan Cole, a history major, said he saw the gunman. An Army major, Ann Lee, said "
            "more.\n")
    art = run(text)
    assert at(art, text, "Dan Cole").sector == "EDU"
    assert at(art, text, "Ann Lee").sector == "MIL"


def test_bare_bibi_is_nobody_from_the_lexicon(run):
    # `Bibi` alone is a common name (a Pakistani woman's surname): the lexicon gives Netanyahu only `Bibi Netanyahu`
    text = ("LAHORE -- Asia Bibi was freed from prison on Wednesday, her lawyer said. Bibi thanked the court and said "
            "she would leave the country.\n")
    art = run(text, published="2018-11-07")
    found = at(art, text, "Bibi thanked")
    assert found is None or found.name != "Benjamin Netanyahu"
