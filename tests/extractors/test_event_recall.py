"""Events the whole-article gold showed missing that are no implicit criticism (issue 10): criticism or backing named
by a noun or a rarer verb, and the participants of such events; invented sentences, each with a near miss."""
from __future__ import annotations

from tests.helpers import asserted, found, sides


def test_a_critique_of_someone_is_criticism_by_its_owner(run):
    art = run("\n\nGovernor Ann Hale on Monday repeated her critique of Mayor Tom Reyes.\n")
    (e,) = found(art, "ACCUSE")
    assert sides(e) == (["Governor Ann Hale"], ["Mayor Tom Reyes"])


def test_a_jab_or_a_swipe_at_someone_is_criticism(run):
    art = run("\n\nSenator Tom Reyes took a swipe at Governor Ann Hale on Tuesday.\n")
    (e,) = found(art, "ACCUSE")
    assert e.target[0].text == "Governor Ann Hale"
    # the nouns alone, with no light verb to carry them (`took a swipe` was criticism before the nouns were patterns)
    art = run("\n\nThe senator's jab at Governor Ann Hale drew laughs. His swipe at the mayor came a day later.\n")
    assert sorted(e.trigger.text for e in found(art, "ACCUSE")) == ["jab", "swipe"], art.events


def test_swinging_at_a_rival_is_criticism(run):
    art = run("\n\nGovernor Ann Hale is swinging hard at Senator Tom Reyes in the opening round of the debate.\n")
    (e,) = found(art, "ACCUSE")
    assert e.source[0].text == "Governor Ann Hale" and e.target[0].text.startswith("Senator Tom Reyes")


def test_congratulations_to_someone_back_them(run):
    art = run("\n\nGovernor Ann Hale tweeted congratulations to Senator Tom Reyes on Tuesday.\n")
    (e,) = found(art, "SUPPORT")
    assert sides(e) == (["Governor Ann Hale"], ["Senator Tom Reyes"])


def test_congratulations_offered_are_support_not_an_offer(run):
    art = run("\n\nGovernor Ann Hale also offered her congratulations to Senator Tom Reyes.\n")
    assert [e.type for e in asserted(art)] == ["SUPPORT"], [(e.type, e.trigger.text) for e in art.events]


def test_superdelegates_who_back_someone_act(run):
    art = run("\n\nSo far, 410 superdelegates have publicly said they support Governor Ann Hale.\n")
    (e,) = found(art, "SUPPORT")
    assert e.source[0].text == "410 superdelegates" and e.target[0].text == "Governor Ann Hale"


def test_a_headline_participle_of_wounding_hits_its_counted_subject(run):
    art = run("Three people shot in Riverside Park\n\nThe shooting happened late on Sunday, police said.\n")
    e = next(e for e in found(art, "ASSAULT") if e.trigger.text == "shot")
    assert not e.source and e.target[0].text == "Three people"


def test_a_headline_victim_shot_by_someone_keeps_the_shooter(run):
    art = run("\n\nA 19-year-old man shot and killed by a deputy has the town in shock.\n")
    e = next(e for e in found(art, "ASSAULT") if e.trigger.text == "shot")
    assert sides(e) == (["a deputy"], ["A 19-year-old man"])


def test_police_shooting_in_the_air_still_shoot(run):
    art = run("\n\nPolice shot in the air to disperse the crowd.\n")
    e = next(e for e in found(art, "ASSAULT") if e.trigger.text == "shot")
    assert e.source[0].text == "Police"


def test_who_was_shot_not_where(run):
    art = run("\n\nAuthorities said Dana Ortiz died after being shot near her home.\n")
    e = next(e for e in found(art, "ASSAULT") if e.trigger.text == "shot")
    assert [p.text for p in e.target] == ["Dana Ortiz"] and not e.source


def test_a_place_is_no_shooter_of_the_men_a_participle_describes(run):
    art = run("\n\n2 men hospitalized after being shot in East Ridge.\n")
    e = next(e for e in found(art, "ASSAULT") if e.trigger.text == "shot")
    assert not e.source and e.target[0].text == "2 men"


def test_an_accusation_is_aimed_at_the_subject_of_what_it_says(run):
    art = run("\n\nGovernor Ann Hale repeated her accusations that Mayor Tom Reyes had lied to the council.\n")
    e = next(e for e in found(art, "ACCUSE") if "accusations" in e.trigger.text)
    assert e.target and e.target[0].text == "Mayor Tom Reyes"


def test_concern_voiced_that_a_group_would_act_is_aimed_at_it_not_at_prices(run):
    art = run("\n\nSenator Tom Reyes expressed concern that wealthy donors would abandon the party. The mayor "
              "expressed concern that prices would rise.\n")
    first, second = sorted(found(art, "ACCUSE"), key=lambda e: e.trigger.start)
    assert [p.text for p in first.target] == ["wealthy donors"] and not second.target


def test_a_headline_whose_only_trigger_is_a_misread_verb_is_read_again(run):
    art = run("Health experts rebuke Reyes plan for more checkpoints\n\nThe experts spoke on Monday.\n")
    e = next(e for e in found(art, "ACCUSE") if e.trigger.text == "rebuke")
    assert sides(e) == (["Health experts"], ["Reyes plan"])


def test_capitals_in_a_title_case_headline_name_no_one(run):
    art = run("Health Experts Rebuke Plan For More Checkpoints\n\nThe experts spoke on Monday.\n")
    assert not [e for e in found(art, "ACCUSE") if e.trigger.text == "Rebuke" and e.target
                and e.target[0].text.startswith("Plan")]


def test_an_ad_that_urges_speaks_for_who_put_it_out(run):
    art = run("\n\nMayor Ann Hale released a new ad that urges voters in Ohio to reject the tax.\n")
    e = next(e for e in found(art, "REQUEST") if e.trigger.text == "urges")
    assert e.source[0].text == "Mayor Ann Hale" and e.target[0].text.startswith("voters")


def test_a_statement_of_someone_speaks_for_its_owner(run):
    art = run("\n\nThe senator's statement condemned the ruling.\n")
    (e,) = found(art, "ACCUSE")
    assert e.source[0].text == "The senator's"


def test_applying_for_asylum_asks_for_it_and_a_job_application_does_not(run):
    art = run("\n\nThe Ortiz family applied for political asylum on Monday. Dana Ortiz also filled out a job "
              "application.\n")
    assert [e.trigger.text for e in found(art, "REQUEST")] == ["applied"], [(e.type, e.trigger.text) for e in art.events]


def test_blame_laid_on_someone_is_aimed_at_them(run):
    art = run("\n\nGovernor Ann Hale blamed the shortage on state lawmakers.\n")
    (e,) = found(art, "ACCUSE")
    assert e.target[0].text == "state lawmakers"


def test_remarks_made_by_someone_are_disowned_from_them(run):
    art = run("\n\nSenator Tom Reyes is disavowing remarks made by a campaign aide last Monday.\n")
    (e,) = found(art, "REJECT")
    assert any(p.text.startswith("a campaign aide") for p in e.target)


def test_a_thing_and_the_one_behind_it_are_one_target_when_they_are_the_same(run):
    art = run("\n\nThe mayor condemned the attack carried out by the militants.\n")
    (e,) = found(art, "ACCUSE")
    assert len({(p.start, p.end) for p in e.target}) == len(e.target)


def test_i_in_a_headline_opened_by_a_name_and_a_colon_is_that_name(run):
    art = run("Hale: I Condemn The Tax Plan Of Mayor Reyes\n\nGovernor Ann Hale spoke on Monday about Mayor Tom Reyes "
              "and his plan.\n")
    e = next(e for e in found(art, "ACCUSE") if e.trigger.start < 45)
    assert [p.text for p in e.source] == ["Hale"], [(p.text, p.actor) for p in e.source]


def test_whose_criticism_is_the_criticism_of_the_noun_before(run):
    art = run('\n\n"The voters will decide," replied Governor Ann Hale, whose criticism of Mayor Tom Reyes has '
              'sharpened since May.\n')
    e = next(e for e in found(art, "ACCUSE") if e.trigger.text == "criticism")
    assert e.source[0].text == "Governor Ann Hale"


def test_a_misread_headline_verb_with_its_preposition_is_a_phrase_of_the_lexicon(run):
    art = run("State court rules against Tennessee's purges of voter rolls\n\nThe ruling came on Friday.\n")
    e = next(e for e in found(art, "REJECT") if e.trigger.text == "rules")
    assert sides(e) == (["State court"], ["Tennessee's purges"])
