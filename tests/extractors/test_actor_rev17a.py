"""Actors on invented stories, for what the rev17a review of the act10 round (local news, services, home-country
cues) narrowed: a rank also held outside any service, a rebel's rank, a state's own court in The Hague, an American
institution in a foreign story, a grand jury as the agent of `indicted by`, a shooting in self-defence, and
home-country phrases used in several countries."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_grand_jury_that_indicts_someone_in_the_passive_is_an_actor(run):
    text = ("Man indicted. Tom Wolfe was indicted by a Knox County grand jury on Monday. Police and witnesses said "
            "Wolfe fled the scene.\n")
    art = run(text)
    jury = at(art, text, "a Knox County grand jury")
    assert jury is not None and jury.sector == "JUD"
    assert at(art, text, "witnesses") is not None


def test_home_cues_shared_by_several_countries_are_no_cues():
    from dateline.lexicon import actors as lex

    cues = lex.home_cues()
    for phrase in ("crore", "provincial police", "magistrates court", "gubernatorial", "arraigned",
                   "metropolitan police", "crown prosecutor"):
        assert phrase not in cues, phrase


def test_rev17a_word_classes_are_data():
    from dateline.lexicon import actors as lex

    for name in ("rank_elsewhere", "fire_word", "national_court_word", "firm_anaphor", "harm_excuse", "harm_object"):
        assert lex.words(name), name
    assert "deputy" in lex.words("rank_elsewhere") and "sgt" not in lex.words("rank_elsewhere")


def test_a_call_sign_the_tagger_took_for_a_person_is_the_broadcaster(run):
    text = ("WASHINGTON (AP) - WJLA-TV reported that WJLA-TV and WTOP-FM said WJLA was wrong. Reporters at WJLA-TV "
            "said.\n")
    art = run(text)
    station = at(art, text, "WJLA-TV")
    assert station is not None and (station.country, station.sector) == ("USA", "MED")
    assert at(art, text, "WJLA", 2).id == station.id
    assert not any(a.sector == "CVL" and a.name == "WJLA" for a in art.actors)


def test_a_rank_inside_the_tagged_name_codes_the_person_and_leaves_the_name(run):
    text = "Man held. Garda Sgt Tom Kelly said gardaí arrested a man in Ballina on Monday.\n"
    art = run(text)
    kelly = at(art, text, "Tom Kelly")
    assert (kelly.sector, kelly.name) == ("COP", "Tom Kelly")


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_deputy_or_captain_takes_no_service_named_in_another_sentence-1',
     "Vote in Paris. Police cleared protesters from a square in Paris on Monday. Deputy Jean Morel said the "
     "bill would pass on Tuesday.\n",
     None, 'Jean Morel: sector!=COP'),
    ('a_deputy_or_captain_takes_no_service_named_in_another_sentence-2',
     "Match report. England captain Harry Kane scored twice. Police arrested three fans after the match. "
     "Captain Harry Kane said the team played well.\n",
     None, 'Harry Kane: sector!=COP'),
    ('a_sergeant_still_takes_the_article_s_service',
     "Man held. Deputies of the Titus County Sheriff's Office arrested a man on Monday. The man was taken to "
     "the county jail. Sgt. Carl Mott said the man had fled.\n",
     None, 'Carl Mott: sector=COP'),
    ('a_rank_beside_a_rebel_body_s_noun_is_the_rebels',
     "Clash in the north. Troops killed 12 militants on Monday. The rebels' commander, Sgt. Yusuf Khan, was "
     "among the dead, the army said.\n",
     None, 'Yusuf Khan: sector=REB'),
    ('a_state_s_district_court_in_the_hague_is_no_international_court',
     "Climate ruling. The Hague District Court ordered the state to cut emissions on Monday. The Hague "
     "tribunal for the former Yugoslavia closed in 2017.\n",
     None, 'Hague District Court: country!=IGO; Hague tribunal: country=IGO'),
    ('an_american_grand_jury_in_a_british_story_is_american',
     "LONDON (Reuters) - A British businessman was jailed at Southwark Crown Court on Friday. In a separate "
     "case, a grand jury in New York indicted his former partner, Jim Hale.\n",
     None, 'a grand jury: country=USA'),
    ('someone_who_shot_a_man_in_self_defence_is_no_suspect-1',
     "Farmer cleared. Police said farmer Tom Reed, 54, shot the man in self-defense when he broke into the "
     "house. Reed was not charged.\n",
     None, 'Tom Reed: sector!=CRM'),
    ('someone_who_shot_a_man_in_self_defence_is_no_suspect-2',
     "Man held. Police said Dale Hunt, 44, shot the man after an argument on Sunday.\n",
     None, 'Dale Hunt: sector=CRM'),
    ('a_critic_an_outlet_owns_is_its_writer_not_a_critic_of_it',
     "Film review. Chicago Tribune critic Zach Bell said the movie was dull. Kremlin critic Boris Nemtsov was "
     "killed in Moscow.\n",
     None, 'Zach Bell: sector=MED; Boris Nemtsov: sector!=MED'),
    ('a_city_alone_named_like_one_abroad_gives_no_american_home-1',
     "ST. PETERSBURG (Reuters) - President Vladimir Putin told an economic forum on Friday that growth would pick "
     "up. Officials said investors were cautious.\n",
     None, 'Officials: country!=USA'),
    ('a_city_alone_named_like_one_abroad_gives_no_american_home-2',
     "ATLANTA (AP) - Deputies arrested a man on Monday. Officials said the man had fled.\n",
     None, 'Officials: country=USA'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
