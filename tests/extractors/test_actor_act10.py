"""Actors on invented stories, for the classes the act10 branch (December 2026, issue 11) fixed on local news and its
services: a home country from words of American institutions, a US state's body named like a country, ranks shared by
police, fire services and armies, suspects charged through a pronoun or arrested by the police, broadcasters by their
call signs, a name after `ally`, a party's leader, a ministry's spokesman and a headline run into the story."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_local_news_with_no_state_named_is_american_by_its_institutions(run):
    text = ("Driver flees deputies. The Titus County Sheriff's Office said Deputy Carl Mott stopped a car on Edwards "
            "Street in Mount Pleasant. The driver, Tom Bell, 34, of Winfield, ran. Bell was booked into the county jail, "
            "where he faces a felony count.\n")
    art = run(text)
    assert at(art, text, "Titus County Sheriff's Office").country == "USA"
    mott = at(art, text, "Carl Mott")
    assert (mott.country, mott.sector) == ("USA", "COP")
    bell = at(art, text, "Tom Bell")
    assert (bell.country, bell.sector) == ("USA", "CRM")


def test_without_american_words_a_local_story_keeps_no_country(run):
    text = ("Driver flees. Officers said a car was stopped on Edwards Street in Mount Pleasant. The driver, Tom Bell, 34, "
            "of Winfield, ran and was found an hour later.\n")
    art = run(text)
    assert at(art, text, "Tom Bell").country is None


def test_a_georgia_body_in_an_american_story_is_the_state_s(run):
    text = ("Inmate dies\n\nATLANTA (AP) — An inmate died Tuesday at a prison in Reidsville, the Georgia Department of "
            "Corrections said. The Georgia Bureau of Investigation is looking into the death, and Sheriff Tom Mills "
            "of Tattnall County said no foul play was suspected.\n")
    art = run(text)
    assert at(art, text, "Georgia Department of Corrections").country == "USA"
    gbi = at(art, text, "Georgia Bureau of Investigation")
    assert (gbi.country, gbi.sector) == ("USA", "COP")
    assert at(art, text, "Tom Mills").country == "USA"


def test_a_georgian_body_in_a_story_from_tbilisi_stays_georgian(run):
    text = ("Arrests in Tbilisi. TBILISI, Georgia -- The Georgia Interior Ministry said police arrested 10 people. "
            "Ministry spokesman Levan Dadiani said the arrests were not political.\n")
    art = run(text)
    assert all(a.country != "USA" for a in art.actors)


def test_a_call_sign_is_an_american_broadcaster(run):
    text = ("Boy held. Anita Stoner told WTAE-TV her son knew the boy. Witnesses told KBTX 3 News the victims were "
            "students. The WHO said it was not involved.\n(c) 2016 KBTX\n")
    art = run(text)
    wtae = at(art, text, "WTAE-TV")
    assert (wtae.country, wtae.sector) == ("USA", "MED")
    assert at(art, text, "KBTX", 1) is at(art, text, "KBTX 3 News") or \
        at(art, text, "KBTX", 1).id == at(art, text, "KBTX 3 News").id
    assert at(art, text, "WHO").sector == "IGO"


def test_a_name_after_ally_is_a_person_and_a_party_s_leader_is_pty(run):
    text = ("Arrests in Armenia. Police detained members of the Democratic Alliance-New Armenia party led by former "
            "Sargsyan ally Lena Mkrtchyan. Ministry spokesman Gor Avetisyan said the detentions were lawful. "
            "Mkrtchyan said the government had begun a campaign of fear.\n")
    art = run(text, published="2009-03-24")
    lena = at(art, text, "Lena Mkrtchyan")
    assert lena is not None and lena.name == "Lena Mkrtchyan" and lena.sector == "PTY"
    assert at(art, text, "Gor Avetisyan").sector == "GOV"


def test_a_headline_run_into_the_story_is_no_organisation(run):
    text = ("Georgia Arrests Opposition Members on Arms Charges. Police arrested several opposition members on "
            "Monday.\n")
    art = run(text)
    assert not any("Arrests" in a.name for a in art.actors)


def test_a_court_named_by_the_hague_is_international(run):
    text = ("Serb generals charged\n\nBELGRADE, Serbia (AP) — The Hague tribunal indicted two Serbian generals on Monday. "
            "Prosecutors at the U.N. tribunal in The Hague said the generals had fled. The Belgrade court said it would "
            "not act.\n")
    art = run(text)
    hague = at(art, text, "Hague tribunal")
    assert (hague.country, hague.sector) == ("IGO", "JUD")
    assert at(art, text, "Prosecutors").country == "IGO"
    assert at(art, text, "Belgrade court").country == "SRB"


def test_the_city_of_a_summit_gives_its_delegates_no_country(run):
    text = ("Summit ends. Leaders at a summit in Vienna agreed on Friday to cut emissions. Officials at the summit in "
            "Vienna said the next meeting would be in Oslo.\n")
    art = run(text)
    assert at(art, text, "Officials").country is None


def test_a_description_said_again_with_the_is_one_actor(run):
    text = "Man charged. An Anderson County grand jury indicted Tom Wolfe on Monday. The grand jury heard six witnesses.\n"
    art = run(text)
    jury = at(art, text, "An Anderson County grand jury")
    assert jury is not None and jury.sector == "JUD"
    assert at(art, text, "The grand jury").id == jury.id


def test_the_city_negotiators_met_in_gives_no_country(run):
    text = ("Talks end. Negotiators met in Vienna on Friday. Officials in Vienna said the next round would be in "
            "Oslo.\n")
    art = run(text)
    assert at(art, text, "Officials").country is None
    text = "Talks end. Protesters marched in Vienna on Friday. Officials in Vienna said the march was peaceful.\n"
    art = run(text)
    assert at(art, text, "Officials").country == "AUT"


def test_act10_word_classes_and_home_cues_are_data_and_described():
    import pathlib
    import re

    from dateline.lexicon import actors as lex

    text = (pathlib.Path(lex.__file__).parent / "actor_words.tsv").read_text(encoding="utf-8")
    header = {m.group(1) for m in re.finditer(r"^#\s+(\S+)\s", text, re.M)}
    for name in ("service_rank", "name_tie", "lead_verb", "firm_noun", "igo_court_mark", "contest_word", "court_word",
                 "meeting_word", "facing_verb", "facing_noun"):
        assert name in header and lex.words(name), name
    cues = lex.home_cues()
    assert cues["sheriff's office"] == "USA" and cues["crown court"] == "GBR"
    assert all(p == p.lower() for p in cues)


def test_a_victim_and_witnesses_of_a_local_crime_are_private_people(run):
    text = ("Man shot. A man was shot Friday night on Elm Street, police said. The victim was taken to a hospital. "
            "Witnesses said the shooter wore a mask. The homeowner said he was asleep.\n")
    art = run(text)
    for word in ("The victim", "Witnesses", "The homeowner"):
        found = at(art, text, word)
        assert found is not None and found.sector == "CVL", word


def test_a_people_that_holds_a_post_is_its_state_and_the_post_no_person(run):
    text = ("Peres visits Prague. President Shimon Peres met Czech leaders on Monday. The Czechs are the current "
            "president of the European Union, and Peres will present the coalition deal.\n")
    art = run(text, published="2009-03-31")
    assert at(art, text, "The Czechs").sector == "GOV"
    post = at(art, text, "the current president")
    assert post is None or post.country != "CZE" or post.sector != "GOV" or post.name == "Czech Republic"


def test_irish_local_news_is_irish_by_its_police(run):
    text = ("Man held. Gardaí arrested a man in Ballina on Monday. Sgt Tom Kelly said the man, 34, was held at the "
            "garda station.\n")
    art = run(text)
    kelly = at(art, text, "Tom Kelly")
    assert (kelly.country, kelly.sector) == ("IRL", "COP")


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_rank_takes_the_service_of_its_story',
     "Firefighters honored. Firefighter and diver Augustin Hondares pulled a man from a canal, and Lt. Richard "
     "Rosell helped him. Fire Chief Herminio Lorenzo praised the firefighters of the Fire Rescue unit.\n",
     None, 'Augustin Hondares: sector=GOV; Richard Rosell: sector=GOV; Fire Rescue: sector=GOV'),
    ('a_rank_with_no_service_named_says_nothing',
     "Parliament votes. Deputy Jean Morel said the bill would pass on Tuesday.\n",
     None, 'Jean Morel: sector!=COP'),
    ('someone_the_police_arrest_on_a_charge_is_a_suspect',
     "Man held. Deputies arrested Jim Varga on a felony charge of theft on Monday, the sheriff said.\n",
     None, 'Jim Varga: sector=CRM'),
    ('someone_democrats_accuse_is_no_suspect',
     "Row over ads. Democrats accused Jim Varga of lying about his record on Monday.\n",
     None, 'Jim Varga: sector!=CRM'),
    ('a_body_that_acts_as_a_company_is_a_firm',
     "Power restored. About 20,000 customers lost power Monday, FirstEnergy said. The utility said crews would "
     "work overnight.\n",
     None, 'FirstEnergy: sector=BUS'),
    ('judges_of_a_contest_are_no_court-1',
     "Pie prize. A panel of judges at the county fair chose the best pie. The judges said the entries were strong.\n",
     None, 'judges: sector=CVL'),
    ('judges_of_a_contest_are_no_court-2',
     "Appeal fails. The judges of the appeals panel said the trial was fair and the verdict stands.\n",
     None, 'judges: sector=JUD'),
    ('someone_who_faces_charges_is_a_suspect',
     "Trial set. Tom Wolfe faces charges of murder. Ann Lee faces a tough race for the seat.\n",
     None, 'Tom Wolfe: sector=CRM; Ann Lee: sector!=CRM'),
    ('troopers_beside_state_police_are_police',
     "Boy held. Pennsylvania state police said a boy shot his mother. Workers left the home until troopers "
     "arrived, and the troopers took the boy away.\n",
     None, 'troopers: sector=COP'),
    ('a_daily_before_a_name_is_a_newspaper',
     '"We are not happy," daily Lidove Noviny quoted the minister as saying.\n',
     None, 'Lidove Noviny: sector=MED'),
    ('british_institutions_make_a_local_story_british',
     "Thief jailed. A man who stole from a shop in Eastfield was jailed at the crown court on Monday. The "
     "constabulary said officers found the goods in his car. Detective Sue Hale said the man, Ron Pike, 41, had "
     "admitted the theft.\n",
     None, 'Sue Hale: country=GBR'),
    ('someone_who_shot_a_person_is_a_suspect_but_not_by_accident',
     "Teen held. Jacob Remaley called 911 on Wednesday, police said. He later took a gun and shot his mother, "
     "police said. Ann Dale accidentally shot her brother. Bo Linn shot a 66 in the final round.\n",
     None, 'Jacob Remaley: sector=CRM; Ann Dale: sector=CVL; Bo Linn: sector=CVL'),
    ('authorities_telling_of_abuse_are_police',
     "Mother charged. Authorities say Dora Finch was told of the abuse and never reported it.\n",
     None, 'Authorities: sector=COP'),
    ('witnesses_and_juries_only_spoken_of_are_no_actors',
     "Aide testifies. The aide testified before a grand jury in May and gave a witness list to the court. "
     "Witnesses said the aide was calm.\n",
     None, 'grand jury: none; Witnesses: actor'),
    ('a_victim_someone_does_something_to_is_an_actor',
     "Woman killed. Friends identified the victim as Mara Lotts, 20. The victim's family asked for privacy.\n",
     None, 'the victim: actor'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
