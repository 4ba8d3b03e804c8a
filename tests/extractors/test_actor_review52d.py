"""review52d: act52a's local-news rules read on other text (docs/actors.md `### review52d`): a rank's person takes the
police from a `the ...` description of them, not from an officer who harmed them; a harm's doer is found among the
subject's own joined verbs only; an age before a name with `a` is a thing's or an animal's; a crime's doer noun as a
modifier tells no crime; a jury judges a trial only in a trial's article. Invented stories, each with the form the
rule still takes."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_ranked_person_shot_by_a_police_officer_is_not_police(run):
    text = ("A Harlow police officer shot Sgt. Dan Moss outside a bar on Friday. The officer said Moss, who was home "
            "on leave, reached for a knife.\n")
    moss = actor_at(run(text), text, "Dan Moss")
    assert moss is not None and moss.sector != "COP", moss


def test_a_ranked_victim_told_again_as_the_officer_is_police(run):
    text = ("Dale Finch attacked Sgt. Ann Lowe with a knife on Friday, stabbing the officer twice. Lowe is in a "
            "hospital.\n")
    lowe = actor_at(run(text), text, "Ann Lowe")
    assert lowe is not None and lowe.sector == "COP", lowe


def test_who_tells_of_a_killing_inside_a_clause_is_no_suspect(run):
    text = ("Ann Roe believes the bullets were meant for whoever cornered and shot 19-year-old Kai “Smoke” Moreno "
            "in May.\n")
    roe = actor_at(run(text), text, "Ann Roe")
    assert roe is not None and roe.sector != "CRM", roe


def test_who_loaded_a_gun_and_shot_a_person_told_by_age_is_the_suspect(run):
    text = ("Police say Dale Finch loaded a rifle and shot 19-year-old Tatum Rhodes on Elm Street on Friday. Finch is "
            "held without bail.\n")
    finch = actor_at(run(text), text, "Dale Finch")
    assert finch is not None and finch.sector == "CRM", finch


def test_near_miss_who_shot_an_animal_told_by_age_with_an_article_is_no_suspect(run):
    text = "Dale Finch shot a 7-year-old Labrador named Duke in his back yard, a neighbor said.\n"
    finch = actor_at(run(text), text, "Dale Finch")
    assert finch is not None and finch.sector != "CRM", finch


def test_authorities_beside_a_killer_storm_or_a_burglar_alarm_stay_the_government(run):
    for text in ("Authorities said the killer storm left 12 dead across Alden County.\n",
                 "Authorities said a burglar alarm went off at the Alden library at 2 a.m. but nothing was taken.\n"):
        authorities = actor_at(run(text), text, "Authorities")
        assert authorities is not None and authorities.sector == "GOV", (text, authorities)


def test_authorities_who_say_the_killer_fled_are_the_police(run):
    text = "Authorities said the killer fled in a red truck.\n"
    authorities = actor_at(run(text), text, "Authorities")
    assert authorities is not None and authorities.sector == "COP", authorities


def test_a_festival_jury_and_a_fair_jury_are_no_court(run):
    for text in ("The festival jury gave its top prize to a film about two sisters. The jury praised its lead "
                 "actress.\n",
                 "At the Alden fair, a jury of three bakers picked Ann Lowe's peach pie as the best of the show.\n"):
        article = run(text)
        assert not [a for a in article.actors if a.sector == "JUD"], [(a.name, a.sector) for a in article.actors]
        assert not [p for e in article.events for p in (*e.source, *e.target) if p.sector == "JUD"], \
            [(e.type, [(p.text, p.sector) for p in (*e.source, *e.target)]) for e in article.events]


def test_the_jury_is_still_out_is_a_saying_even_beside_a_court(run):
    text = ("The county court will hear the case in May. The jury is still out on whether the new law helps renters, "
            "Mayor Tom Reyes said.\n")
    article = run(text)
    assert actor_at(article, text, "jury") is None, [(a.name, a.sector) for a in article.actors]


def test_a_jury_of_a_civil_trial_is_a_court_actor(run):
    text = "A jury awarded Ann Roe $2 million on Friday after a week-long trial over the crash.\n"
    jury = actor_at(run(text), text, "A jury")
    assert jury is not None and jury.sector == "JUD", jury


def test_a_lieutenant_described_elsewhere_leaves_a_police_story_s_authorities_the_police(run):
    text = ("Two men were hurt outside a Harlow bar late Friday, authorities said. The men were taken to a hospital, "
            "said a lieutenant at the Harlow Police Department's east station. No arrests were reported.\n")
    authorities = actor_at(run(text), text, "authorities")
    assert authorities is not None and authorities.sector == "COP", authorities


def test_a_sentence_ending_in_a_rank_written_out_is_not_read_on_into_the_next(run):
    text = ("Authorities said the new bridge will be named for a retired sheriff's deputy. Dale Finch robbed a bank "
            "near it in 1990, the town's history says.\n")
    authorities = actor_at(run(text), text, "Authorities")
    assert authorities is not None and authorities.sector == "GOV", authorities


def test_authorities_read_on_over_a_rank_written_short(run):
    text = "Authorities believe the driver hit Lt. Omar Fenn with a shovel, then stabbed him near the gate.\n"
    authorities = actor_at(run(text), text, "Authorities")
    assert authorities is not None and authorities.sector == "COP", authorities
