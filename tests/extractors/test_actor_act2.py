"""Actors on invented stories, for the classes the act2 branch (December 2026) fixed: decorations, parties in the
title of a court case, another person of a known surname, a service named in what someone was, opposition from
someone, a person's leadership, and kinds of people (workers, criminals) said in general."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_another_given_name_before_a_known_surname_is_another_person(run):
    text = ("SAN DIEGO -- Dorothy Marsh, whose husband, Navy SEAL Ty Marsh, was killed in 2012, spoke on the radio "
            "on Thursday. Marsh said she supports the candidate.\n")
    art = run(text, published="2016-08-05")
    dorothy, ty = at(art, text, "Dorothy Marsh"), at(art, text, "Ty Marsh")
    assert ty is not None and ty is not dorothy
    assert ty.name == "Ty Marsh" and ty.sector == "MIL"              # `navy seal` (titles.tsv)
    assert at(art, text, "Marsh", 2) is dorothy                      # the bare surname: the widow who speaks


def test_whole_non_actor_names_are_found_as_whole_words():
    from dateline.lexicon import actors as lex

    pattern = lex.non_actor_names_pattern()
    text = "He left for Good Morning America, and a Purple Hearted man won a Purple Heart."
    assert [m.group() for m in pattern.finditer(text)] == ["Good Morning America", "Purple Heart"]


def test_a_service_in_an_apposition_that_says_what_someone_is_is_no_actor(run):
    text = ("WASHINGTON -- The suit was filed by Bradley Podmore, an Air Force reserve major who worked for the "
            "committee, on Monday. The Air Force said it had not been told.\n")
    art = run(text, published="2015-11-23")
    assert at(art, text, "Air Force").name == "Bradley Podmore"       # part of what he is, no actor of its own
    service = at(art, text, "Air Force", 1)
    assert service is not None and service.name != "Bradley Podmore"
    assert not any(m.start == text.index("Air Force") for a in art.actors for m in a.mentions)
    # (the words above are left out without the rule too: a name alone before the apposition needs it)
    text = "WASHINGTON -- Podmore, an Air Force officer, said the committee lied.\n"
    art = run(text, published="2015-11-23")
    assert at(art, text, "Air Force") is None or at(art, text, "Air Force").name != "Air Force"


def test_a_town_before_a_us_state_is_no_person_and_a_magistrate_is_a_judge(run):
    text = ("LOS ANGELES -- The coroner identified the woman killed as Rosa Ybarra, 32, of Buckeye, Ariz. A "
            "conspiracy was plotted, U.S. District Magistrate Judge Dan Ostrow said on Monday. Joe Hale, Texas "
            "Republican, agreed.\n")
    art = run(text, published="2015-12-22")
    assert at(art, text, "Buckeye") is None
    assert at(art, text, "Rosa Ybarra") is not None
    judge = at(art, text, "Dan Ostrow")
    assert judge is not None and judge.sector == "JUD"
    assert at(art, text, "Magistrate") is judge                       # the title with the name, no actor of its own
    assert at(art, text, "Joe Hale") is not None                      # a party tag, not a town


def test_the_person_a_programme_is_named_after_is_its_host(run):
    text = ("NEW YORK -- Lena Ruiz recounted the meeting on Sam Ruddick Investigative Radio on Sunday. Ruddick said "
            "two other women had called him.\n")
    art = run(text, published="2016-01-18")
    host = at(art, text, "Ruddick", 1)
    assert host is not None and host.sector == "MED"
    assert at(art, text, "Lena Ruiz").sector == "CVL"


def test_criminals_the_story_names_with_a_determiner_are_its_own(run):
    text = ("WASHINGTON -- Officials blamed the breach on attacks by hackers on Monday. The hackers stole emails "
            "from the committee, Lena Ruiz said.\n")
    art = run(text, published="2016-07-31")
    assert at(art, text, "hackers") is not None
    assert at(art, text, "hackers") is at(art, text, "hackers", 1)


def test_a_surname_in_a_title_case_headline_ending_in_hour_is_no_host(run):
    text = ("DENVER -- Jane Morrow won the vote on Tuesday. Morrow thanked the volunteers.\n\nProtesters Rally "
            "Against Morrow In Final Hour\n\nHundreds marched in the city on Monday.\n")
    art = run(text, published="2016-03-02")
    morrow = at(art, text, "Jane Morrow")
    assert morrow is not None and morrow.sector != "MED"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('decorations_are_no_actors',
     "WASHINGTON -- Marcia Hollis, whose son died in Iraq, said on Monday she would never wish a Gold Star "
     "status on anyone. Veteran Paul Greer gave the candidate a replica Purple Heart at a rally, and he "
     "accepted the Purple Heart on stage. Greer also holds a Bronze Star.\n",
     '2016-08-05',
     'Gold Star: none; Purple Heart: none; Purple Heart#1: none; Bronze Star: none; Marcia Hollis: actor'),
    # Riverside Family Clinic: before `v.` and a name
    # Hargrove: after `v.`
    ('parties_in_the_title_of_a_case_are_no_actors',
     "AUSTIN, Texas -- Nora Bell spoke about Riverside Family Clinic v. Hargrove, the case before the "
     "Supreme Court, and about Roe v. Wade. Riverside Family Clinic runs two offices, Bell said.\n",
     '2016-04-08', 'Riverside Family Clinic: none; Hargrove: none; Nora Bell: actor'),
    # Army: part of what he was
    # Army#1: the service speaking
    ('a_service_in_what_someone_was_is_no_actor',
     "BOSTON -- Omar Dallal was an Army captain when he died in 2004, his father said on Sunday. The Army "
     "said it would honour him.\n",
     '2016-08-01', 'Army: none; Army#1: actor'),
    ('opposition_from_someone_and_a_persons_leadership_are_no_actors',
     "WASHINGTON -- Both men battled staunch opposition from the press, Lena Ruiz wrote on Monday. Canada "
     "should be grateful for Dan Walsh's leadership, she wrote.\n",
     '2016-09-06', 'staunch opposition: none; leadership: none; Dan Walsh: actor'),
    # workers impacted: the workers the story is about
    # suspects: the story's suspects
    ('kinds_of_people_said_in_general_are_no_actors',
     "WASHINGTON -- A wall would stop the flow of criminals across the border, Lena Ruiz said on Monday, and "
     "she would end trade deals that favor foreign workers. Ruiz met with workers impacted by the layoffs. "
     "A senior official who saw the confessions of suspects spoke to reporters.\n",
     '2016-09-06', 'criminals: none; foreign workers: none; workers impacted: actor; suspects: actor'),
    # Mali: a place of the assault
    # Mali#1: the state speaking
    ('an_ideas_capitalised_name_a_symbol_and_a_country_before_an_event_are_no_actors',
     "WASHINGTON -- Lena Ruiz vowed on Monday to protect Americans from Radical Islamic Terrorism. Her aide "
     "spoke about a recent Mali hotel assault. A tweet showed a Star of David. Mali said it would respond.\n",
     '2016-06-13', 'Radical Islamic: none; Mali: none; David: none; Mali#1: actor'),
    ('a_name_with_a_function_word_ending_in_an_idea_is_a_body',
     "LA PAZ, Bolivia -- Supporters of the Movement Toward Socialism marched on Sunday, Lena Ruiz said. Ruiz "
     "vowed to fight Radical Islamic Terrorism.\n",
     '2016-02-22', 'Movement Toward Socialism: actor; Radical Islamic: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
