"""Actors on invented stories, for the classes the act25 branch (December 2026, issue 11) fixed with the tune24/tune25
gold: places one is carried or sent to (`taken to St Ann's Medical Center`), a party that is a gathering, a court
where a game is played, a name that modifies a plural noun of a thing, a court's records, a name that is only the
object of a locative preposition, a web page's `UPDATE` label; who a person is (a given name the tagger left out
beside a namesake, an Arabic surname joined by a hyphen, `Mr` without its period); sectors (a rank in a story of a
sheriff, town titles, trade and newspaper words of a company's or outlet's name, a student's `major`); bare `Bibi` is not Netanyahu (the alias was dropped after review)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_namesake_the_tagger_missed_takes_the_surname_said_after_her(run):
    text = ("Girl charged. Fredi Alvarez, 19, later died at the hospital. Lety Alvarez is charged with manslaughter "
            "and is in jail. Investigators said Alvarez got into an argument with her boyfriend.\n")
    art = run(text)
    lety = at(art, text, "Lety Alvarez")
    assert lety is not None and "Lety" in lety.name
    said = at(art, text, "Alvarez", 2)
    assert said is not None and said.id == lety.id


def test_an_arabic_surname_joined_by_a_hyphen_is_part_of_the_name(run):
    text = ("Analysis. Hassan Salameh, Abbas a-Sayed and Omar Abu Rabia were behind the attacks. Abbas's aides are "
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


def test_bare_bibi_is_nobody_from_the_lexicon(run):
    # `Bibi` alone is a common name (a Pakistani woman's surname): the lexicon gives Netanyahu only `Bibi Netanyahu`
    text = ("LAHORE -- Asia Bibi was freed from prison on Wednesday, her lawyer said. Bibi thanked the court and said "
            "she would leave the country.\n")
    art = run(text, published="2018-11-07")
    found = at(art, text, "Bibi thanked")
    assert found is None or found.name != "Benjamin Netanyahu"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_hospital_one_is_taken_to_is_a_place',
     "Woman shot. She was taken to St Ann's Medical Center for treatment. Three patients were transported to "
     "Holy Cross Medical Center at Lakeview. Later he was sent to Pine Ridge Correctional Institution in lieu "
     "of bond.\n",
     None, 'Medical Center: none; Holy Cross Medical Center: none; Pine Ridge Correctional Institution: none'),
    ('a_hospital_that_speaks_stays',
     "Nine hurt. Bayview Medical Center said on Friday that nine people were wounded.\n",
     None, 'Bayview Medical Center: actor'),
    ('a_party_held_is_a_gathering',
     "Two killed at party. A neighbor said parties are often held at the house on weekends. Fatah "
     "officials worried about the parties that were to be held for the freed prisoners.\n",
     None, 'parties: none; the parties: none; Fatah: actor'),
    ('a_birthday_party_is_no_party',
     "Shots fired. The Democratic Party said on Monday that a birthday party ended in gunfire.\n",
     None, 'birthday party: none; Democratic Party: actor'),
    ('a_court_where_a_game_is_played_is_no_court',
     "Boys mourned. He had played on the basketball court with his brother. The team will take the court "
     "Friday night without them.\n",
     None, 'basketball court: none; the court: none'),
    ('a_court_of_law_stays',
     "Appeal lost. The court ruled on Monday that the fine stands.\n",
     None, 'The court: actor'),
    ('a_name_before_a_plural_thing_is_no_actor',
     "Fees feared. The two lawmakers, citing statistics compiled by a farm group, said the resulting Clean "
     "Water fees on livestock producers would range from $30 a head for hogs to $160 per head.\n",
     None, 'Clean Water: none'),
    ('a_court_named_before_its_records_is_no_actor',
     "Driver charged. A check of Marlow County Court records reveals that Tom Reese has a prior speeding "
     "conviction.\n",
     None, 'Marlow County Court: none'),
    ('a_name_between_places_is_a_place',
     "Man found dead. Jim Hale was found shot inside his residence between Cedar Colony and Yard in "
     "northern Anderson County, the sheriff said.\n",
     None, 'Cedar Colony: none'),
    ('an_update_label_is_nobody',
     "Shooting at lounge\n\nTAMPA - 6:15 a.m. UPDATE | Tampa police are at the scene of a drive-by shooting "
     "that left one person dead.\n",
     None, 'UPDATE: none; Tampa police: actor'),
    ('a_rank_in_a_story_of_a_sheriff_is_police',
     "Reward raised. Anderson County Sheriff Greg Lane said the case is open, with Sgt. Larry Wood "
     "providing assistance.\n",
     None, 'Larry Wood: sector=COP'),
    ('town_titles_are_government',
     "Park bathroom bought. The selectmen agreed at the request of First Selectman Ned R. Tolland. "
     "Director of Public Works Tom Ward said the town is buying the bathroom.\n",
     None, 'Ned R. Tolland: sector=GOV; Tom Ward: sector=GOV'),
    ('trade_and_newspaper_words_give_the_sector',
     "Roof replaced. The bid was awarded to Quarnby Roofing at a cost of $41,250, the superintendent "
     "told the Herald-Press. The case was handled by the Metro Squad.\n",
     None, 'Quarnby Roofing: sector=BUS; Herald-Press: sector=MED; Metro Squad: sector=COP'),
    ('a_major_of_a_subject_is_a_student',
     "Shooting witnessed. Dan Cole, a history major, said he saw the gunman. An Army major, Ann Lee, said "
     "more.\n",
     None, 'Dan Cole: sector=EDU; Ann Lee: sector=MIL'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
