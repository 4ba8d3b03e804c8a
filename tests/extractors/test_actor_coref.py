"""Coreference of the actors stage (actors/coref.py, speakers.py): pronouns and descriptions that stand for an actor
named elsewhere, on invented wire stories, each aimed at one form."""
from __future__ import annotations

from tests.helpers import linked_actor


def _named(art, word):
    return next(a for a in art.actors if word in a.name)


CHAIN = """DES MOINES, Iowa (AP) - Voters in Iowa went to the caucuses on Monday night.

For Senator Dale Morrow, the victory gives a chance to forge a path to the nomination. The turnout was high. His strengths include strong support from rural voters. He could do well in Nevada in a few weeks.
"""


def test_a_chain_of_pronouns_with_no_subject_takes_the_one_person_named_before(run):
    art = run(CHAIN, published="2016-02-02")
    morrow = _named(art, "Morrow")
    assert linked_actor(art, CHAIN, "His") is morrow                  # two sentences back, in no subject
    assert linked_actor(art, CHAIN, "He") is morrow                   # three back


TWO_MEN = """DES MOINES, Iowa (AP) - Senator Dale Morrow met Governor Tom Keller in Des Moines on Monday.

The turnout was high. The weather was cold. He could do well in Nevada in a few weeks.
"""


def test_two_people_of_the_pronouns_gender_in_the_nearest_sentence_leave_it_unlinked(run):
    art = run(TWO_MEN, published="2016-02-02")
    assert linked_actor(art, TWO_MEN, "He") is None


CATAPHORA = """YANGON (Reuters) - The army kept its seats in parliament after the vote.

For her part, Maria Lopez has drawn sharp criticism for failing to stop the fighting.
"""


def test_a_pronoun_in_a_phrase_before_the_subject_is_that_subject(run):
    art = run(CATAPHORA, published="2016-09-16")
    assert linked_actor(art, CATAPHORA, "her") is _named(art, "Maria Lopez")


OBJECT = """WASHINGTON (AP) - Governor Tom Reyes unleashed attacks on Senator Paul Hart in Saturday's debate, calling him a coward.
"""


def test_an_object_pronoun_takes_the_other_person_of_its_sentence(run):
    art = run(OBJECT, published="2016-02-07")
    assert linked_actor(art, OBJECT, "him") is _named(art, "Paul Hart")


RELATIVE = """WASHINGTON (AP) - Senator Ruth Klein visited Rangoon in 2011.

Anna Berg, a former Klein aide who accompanied her to Rangoon, said the trip mattered.
"""


def test_an_object_pronoun_in_a_relative_clause_is_not_the_clauses_own_person(run):
    art = run(RELATIVE, published="2016-09-16")
    assert linked_actor(art, RELATIVE, "her") is _named(art, "Ruth Klein")


APPOSITION = """OSLO (AP) - Lena Moreau, a Nobel Peace Prize winner who spent years in prison, met the envoy on Monday.

Tom Ward, the foreign minister of Britain, a permanent member of the Security Council, told reporters the talks would go on.
"""


def test_a_persons_noun_in_apposition_after_a_name_is_that_person(run):
    art = run(APPOSITION, published="2016-09-16")
    assert linked_actor(art, APPOSITION, "a Nobel Peace Prize winner") is _named(art, "Lena Moreau")
    assert linked_actor(art, APPOSITION, "a permanent member") is None     # after another apposition: Britain's


HEADLINE = """Judge rejects request to unseal divorce file

NEW YORK (AP) - Manhattan Supreme Court Justice Frank Dorn on Thursday rejected a request by news outlets to unseal the file. Dorn said the file would stay closed. Lawyers for both sides agreed.
"""


def test_a_headlines_bare_title_is_the_storys_one_person_of_its_sector(run):
    art = run(HEADLINE, published="2016-09-22")
    judge = linked_actor(art, HEADLINE, "Judge")
    assert judge is not None and "Dorn" in judge.name


SPEAKER = """DES MOINES, Iowa (AP) - Senator Joan Pratt spoke to voters in Iowa on Monday.

"Medicare for all is not the same thing once you hand it to the states," she said.
"""


def test_a_she_speaker_is_never_a_name_inside_her_own_quote(run):
    art = run(SPEAKER, published="2016-02-01")
    she = linked_actor(art, SPEAKER, "she")
    assert she is _named(art, "Joan Pratt")
    assert not any(a.name == "Medicare" and any(m.text == "she" for m in a.mentions) for a in art.actors)


QUOTED_HIS = """WASHINGTON (AP) - Senator Dale Morrow campaigned in Ohio on Monday.

"His normal demeanor is grumpy, but his people like him," said Ann Kunin, a former governor.
"""


def test_his_in_a_quote_is_the_person_named_before_not_his_people(run):
    art = run(QUOTED_HIS, published="2016-04-26")
    morrow = _named(art, "Morrow")
    assert linked_actor(art, QUOTED_HIS, "His") is morrow
    assert linked_actor(art, QUOTED_HIS, "his") is None               # `his people`: they, not he


LOCAL = """CHARLOTTE - Protesters marched downtown for a fifth night on Saturday.

Late on Sunday, the city lifted a midnight curfew it had imposed on Thursday. The city was quiet on Monday.

Voting rights groups point to the 2004 vote in Florida, when the state wrongly said that 9,000 voters were felons.
"""


def test_the_city_or_the_state_acting_is_the_government_of_the_place_named_or_datelined(run):
    art = run(LOCAL, published="2016-09-26")
    city = linked_actor(art, LOCAL, "the city")
    assert city is not None and (city.name, city.code) == ("Charlotte city government", "USAGOV")
    assert linked_actor(art, LOCAL, "The city") is None               # `was quiet`: the place
    state = linked_actor(art, LOCAL, "the state")
    assert state is not None and (state.name, state.code) == ("Florida state government", "USAGOV")


TWO_SUBJECTS = """YANGON (Reuters) - The daughter of Aung San, the general who led the fight for independence, Daw Mya Thein long enjoyed a revered standing.

She was given a gold medal on her last trip to Washington.
"""


def test_a_pronoun_passes_over_a_subject_with_no_actor_to_the_name_beside_it(run):
    art = run(TWO_SUBJECTS, published="2016-09-16")
    assert linked_actor(art, TWO_SUBJECTS, "She") is _named(art, "Mya Thein")


QUOTED_HE = """RENO, Nev. (AP) - Governor Sam Reed spoke to reporters in Reno on Monday.

"I know folks say Tom Baker will win, but I think he is behind a lot of this," said Mark Olsen, a cashier.
"""


def test_a_pronoun_in_a_quote_takes_first_the_one_person_named_before_it_in_its_sentence(run):
    art = run(QUOTED_HE, published="2016-02-22")
    assert linked_actor(art, QUOTED_HE, "he") is _named(art, "Tom Baker")


HEADLINE_ORG = """Riverton struggles to return to normal after shooting

Curfew lifted as Guard occupies quiet streets

RIVERTON, N.C. - The National Guard patrolled downtown on Sunday, and The Riverton Observer reported calm streets.
"""


def test_a_headlines_short_name_is_the_organisation_whose_name_ends_in_it(run):
    art = run(HEADLINE_ORG, published="2016-09-26")
    guard = linked_actor(art, HEADLINE_ORG, "Guard")
    assert guard is not None and "National Guard" in guard.name
    assert linked_actor(art, HEADLINE_ORG, "Riverton") is None     # the place, not The Riverton Observer


SUBJECT_GOES_ON = """DALLAS (AP) - Constable Rick Stewart told commissioners that he shot Jason Cumby of Athens in a struggle last year.

He asked for a larger patrol car on Monday.
"""

OBJECT_OF_THE_MAIN_VERB = """DALLAS (AP) - Constable Rick Stewart met Sheriff Tom Hale in Athens on Monday.

He asked for a larger patrol car.
"""

SUBJECT_BETWEEN = """DALLAS (AP) - Constable Rick Stewart said that Sheriff Tom Hale shot Jason Cumby of Athens last year.

He asked for a larger patrol car on Monday.
"""


def test_a_main_subject_he_goes_on_from_the_main_subject_before_over_a_man_in_a_clause(run):
    art = run(SUBJECT_GOES_ON, published="2016-02-02")     # (src40: unlinked before, Cumby was a second man)
    assert linked_actor(art, SUBJECT_GOES_ON, "He") is _named(art, "Stewart")


def test_a_man_the_main_verb_takes_as_object_leaves_he_unlinked(run):
    art = run(OBJECT_OF_THE_MAIN_VERB, published="2016-02-02")
    assert linked_actor(art, OBJECT_OF_THE_MAIN_VERB, "He") is None


def test_a_man_named_as_subject_between_leaves_he_unlinked(run):
    art = run(SUBJECT_BETWEEN, published="2016-02-02")
    assert linked_actor(art, SUBJECT_BETWEEN, "He") is None


# Issue 11, src41: he/she after a subject that describes one person, and a subject with a name in apposition.
DESCRIBED_SAME_SENTENCE = """PEORIA, Ill. (AP) - A 14-year-old girl died Friday after she was struck near a park.
"""

DESCRIBED_BEFORE = """PEORIA, Ill. (AP) - The suspect fled on foot after the robbery on Main Street.

He shot a guard outside the bank, witnesses said.
"""

DESCRIBED_OTHER_GENDER = """PEORIA, Ill. (AP) - A 30-year-old woman ran from the store after the robbery on Main Street.

He shot a guard outside the bank, witnesses said.
"""

UNNAMED_MAN_STOPS = """PEORIA, Ill. (AP) - Mayor Tom Reyes spoke at the council meeting on Monday.

The driver was arraigned in county court last week. He has demanded a jury trial.
"""

APPOSED_NAME = """PEORIA, Ill. (AP) - Her brother, Marcus Dell, is accused of setting the fire at the store.

He has been charged with arson.
"""


def test_she_after_a_described_girl_in_her_sentence_is_that_girl(run):
    art = run(DESCRIBED_SAME_SENTENCE, published="2016-02-02")
    girl = next(a for a in art.actors if "girl" in a.name)
    assert linked_actor(art, DESCRIBED_SAME_SENTENCE, "she") is girl


def test_he_after_a_described_suspect_as_main_subject_is_the_suspect(run):
    art = run(DESCRIBED_BEFORE, published="2016-02-02")
    suspect = next(a for a in art.actors if "suspect" in a.name)
    assert linked_actor(art, DESCRIBED_BEFORE, "He") is suspect


def test_a_described_woman_is_no_he(run):
    art = run(DESCRIBED_OTHER_GENDER, published="2016-02-02")
    assert linked_actor(art, DESCRIBED_OTHER_GENDER, "He") is None


def test_a_described_man_no_actor_holds_keeps_he_from_a_name_before(run):
    art = run(UNNAMED_MAN_STOPS, published="2016-02-02")
    assert linked_actor(art, UNNAMED_MAN_STOPS, "He") is None


def test_a_subject_with_a_name_in_apposition_is_that_name_for_he(run):
    art = run(APPOSED_NAME, published="2016-02-02")
    assert linked_actor(art, APPOSED_NAME, "He", nth=1) is _named(art, "Dell")   # (nth 0: `Her`)


DESCRIBED_NAME = """DES MOINES, Iowa (AP) - Not so with political newcomer Dale Morrow.

The retired surgeon never won any of the early contests, and he suspended his campaign this month.
"""

DESCRIBED_OF_TWO = """DES MOINES, Iowa (AP) - Dale Morrow met Tom Keller in Des Moines on Monday.

The retired surgeon said he would run again next year.
"""


def test_he_after_a_definite_description_is_the_one_man_named_before_it(run):
    art = run(DESCRIBED_NAME, published="2016-02-02")
    nth = DESCRIBED_NAME.split("he suspended")[0].count("he")     # (the `he` of `The`, `the` before it)
    assert linked_actor(art, DESCRIBED_NAME, "he", nth=nth) is _named(art, "Morrow")


def test_a_definite_description_after_two_men_leaves_he_unlinked(run):
    art = run(DESCRIBED_OF_TWO, published="2016-02-02")
    nth = DESCRIBED_OF_TWO.split("he would")[0].count("he")
    assert linked_actor(art, DESCRIBED_OF_TWO, "he", nth=nth) is None


POLICE_TAGGED_ONE = """DAYTON, Ohio (AP) - The family held a vigil to remember Mark on Sunday.

Dayton Police say Mark was shot inside a car stopped on the side of Elm Street near Oak Street. They say it's believed that 19-year-old Dana Ward was mishandling a handgun and it fired.
"""


def test_police_tagged_as_one_name_is_a_they_and_no_it(run):
    art = run(POLICE_TAGGED_ONE, published="2016-02-02")
    police = next(a for a in art.actors if "Police" in a.name)
    assert linked_actor(art, POLICE_TAGGED_ONE, "They") is police
    assert linked_actor(art, POLICE_TAGGED_ONE, "it", nth=1) is None     # `it fired`: the gun (nth 0: `it's`)


# src42: a quote with no speaker right after `X released a statement` is the statement's words: its `we` is X (a body),
# its `I` X (a person); a description's `we` stays unlinked, and a quote with its own speaker keeps that speaker
STATEMENT = """NASHVILLE, Tenn. (AP) - Police arrested two men on Monday in the killing of a student at Quillby College.

Quillby College released a statement on Tuesday thanking the police for their work.

"We commend the detectives for arresting the men responsible for this crime."

Mayor Ann Hollis issued a statement after the arrests.

"I thank the officers for their courage."

The lawyer for the Teamsters union released a statement on Monday.

"We will appeal the ruling."
"""


def test_we_and_i_of_a_quote_after_a_released_statement_are_its_issuer(run):
    art = run(STATEMENT, published="2024-03-05")
    assert linked_actor(art, STATEMENT, "We") is _named(art, "Quillby College")
    i = STATEMENT.index('"I thank') + 1
    assert any((m.start, m.end) == (i, i + 1) for m in _named(art, "Hollis").mentions)
    assert linked_actor(art, STATEMENT, "We", 1) is None              # a description: `we` of the lawyer and whom


# review42: a statement put out by two bodies (`X and Y issued a statement`): the quote's `we` is both of them, so no
# one actor's - before the mend it went to the first body named alone
STATEMENT_OF_TWO = """HOUSTON (AP) - Two detectives arrested a man on Monday in the killing of a student at the university.

The Harlow Teachers Union and the Brixley Parents Council issued a statement thanking the detectives.

"We are grateful to the officers, and we will meet with the mayor next week."
"""


def test_we_of_a_statement_issued_by_two_bodies_is_no_one_of_them(run):
    art = run(STATEMENT_OF_TWO, published="2024-03-05")
    assert linked_actor(art, STATEMENT_OF_TWO, "We") is None
    assert linked_actor(art, STATEMENT_OF_TWO, "we") is None               # `we will meet`


# Issue 11, src43: a `who` clause the parse hung on the town after a person's name is that person's, so the
# sentence after it goes on with her as its subject; a `who` on a town with no person before it names no one.
WHO_ON_THE_TOWN = """DAYTON, Ohio (AP) - Police arrested Omar Dorn last week.

Prosecutors also indicted Dorn's wife, Melka T. Arvo, 31, of Ridgefield, Ohio, who faces six felony counts. She entered a not guilty plea on Monday.
"""

WHO_ON_A_TOWN_ALONE = """DAYTON, Ohio (AP) - Police arrested Omar Dorn last week.

Prosecutors also indicted Dorn's mother in Ridgefield, Ohio, who faces six felony counts. She entered a not guilty plea on Monday.
"""


def test_she_after_a_who_clause_hung_on_the_town_is_the_woman_named_before_it(run):
    art = run(WHO_ON_THE_TOWN, published="2016-02-02")     # (main: `who` read as Ridgefield's stopped the search)
    assert linked_actor(art, WHO_ON_THE_TOWN, "She") is _named(art, "Arvo")


def test_a_who_clause_on_a_town_with_no_name_before_it_leaves_she_unlinked(run):
    art = run(WHO_ON_A_TOWN_ALONE, published="2016-02-02")
    assert linked_actor(art, WHO_ON_A_TOWN_ALONE, "She") is None
