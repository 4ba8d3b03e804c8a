"""act36b: wrong identities of actors - a relative owned by `whose` joined to the owner (docs/actors.md `### act36b`).
Invented sentences only."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


# A description or a noun that is not the person named near it (each row was a test function of its own; its id is
# the function's name).
NOT_THE_PERSON = [
    pytest.param(
        "HILLSBORO -- Mourners gathered for Karen Welby, whose husband, Army Sgt. Tom Welby, died in Iraq in 2008. "
        "Welby told reporters she was grateful.\n",
        "2015-06-20", "husband", "Karen Welby",
        id="a_kin_noun_owned_by_whose_is_not_the_owner"),
    pytest.param(
        "TAMPA, Fla. — An online auction of the boat Gary Dunmore once owned was taken down on Friday by "
        "BoatMart.com. \"Dunmore never contacted anyone at BoatMart.com before or after the listing went up "
        "and nobody at (the website) has any relationship with Dunmore,\" the company wrote in its statement.\n",
        "2016-05-13", "the company", "Gary Dunmore",
        id="a_body_that_speaks_is_not_the_person_its_quote_names"),
    pytest.param(
        "AUGUSTA — Police said Nora Bellamy was shot in the leg as she left work. She \"was shot once and then "
        "ran back inside,\" according to a Burke County sheriff's report.\n",
        "2014-02-10", "a Burke County sheriff's report", "Nora Bellamy",
        id="a_report_cited_is_not_the_person_its_quote_names"),
    pytest.param(
        "CHARLESTON, S.C. — Marlene Haskins spoke at the memorial on Wednesday.\n\nThe gunman is accused of "
        "killing five people inside the hall in May 2015, including Haskins’ son, 24-year-old Delano. Haskins "
        "said she forgave him.\n",
        "2016-07-28", "son", "Marlene Haskins",
        id="a_surname_owning_a_kin_noun_is_not_the_relative"),
    pytest.param(
        "COLUMBIA, S.C. — Hillary Clinton campaigned in Columbia on Tuesday against Bernie Sanders. The former "
        "secretary of state wants to widen a lead over the Vermont senator in the state's primary, as well as her "
        "advantage in Alabama.\n",
        "2016-02-25", "the Vermont senator", "Hillary Clinton",
        id="a_state_senator_described_is_not_the_subjects_namesake_by_her_pronoun"),
    pytest.param(
        "NEW YORK — Donald Trump spoke in Ohio on Wednesday, and Hillary Clinton raised money in California. Rudy "
        "Giuliani, now a trusted Trump adviser, has urged the candidate to prepare for the debates, too.\n",
        "2016-08-18", "the candidate", "Hillary Clinton",
        id="a_name_in_a_clause_on_the_subject_is_no_other_argument"),
    pytest.param(
        "WASHINGTON — Donald Trump held a rally in Iowa on Thursday. Libertarian presidential candidate Gary "
        "Johnson’s doctor is calling the candidate “in superb shape.”\n",
        "2016-09-30", "the candidate", "Donald Trump",
        id="the_owner_of_the_subjects_person_noun_may_be_the_object"),
]


@pytest.mark.parametrize("text, published, needle, wrong", NOT_THE_PERSON)
def test_a_mention_is_not_the_person_named_near_it(run, text, published, needle, wrong):
    art = run(text, published=published)
    actor = actor_at(art, text, needle)
    assert actor is None or actor.name != wrong, actor


def test_a_clause_about_a_relative_gives_the_person_no_post(run):
    text = ("KIEV (Wire) -- The exhibition was paid for by Dmitro Halenko, whose father-in-law was a former president "
            "of Ukraine. Halenko said the paintings would stay in Kiev.\n")
    art = run(text, published="2014-03-02")
    actor = actor_at(art, text, "Dmitro Halenko")
    assert actor is not None and actor.role is None, actor
    owner = actor_at(art, text, "a former president")
    assert owner is None or owner.name != "Dmitro Halenko", owner


_MAYOR = ("GREENVILLE — On most days the lunch comes from Martha Dorsett, a longtime volunteer with the food bank. But "
          "on Tuesday, Dorsett brought along a guest — her husband, Tom, the town's mayor. \"Good to see you,\" the "
          "mayor said at the door. Dorsett was one of five local mayors to deliver meals on Tuesday. Mayors Ann Potter "
          "of Dalton and Luis Vega of Ridgefield also took part.\n")


def test_a_post_after_a_relatives_given_name_is_the_relatives(run):
    art = run(_MAYOR, published="2012-05-01")
    actor = actor_at(art, _MAYOR, "Tom")
    assert actor is not None and actor.name == "Tom Dorsett" and actor.role == "mayor", actor
    assert actor_at(art, _MAYOR, "the town's mayor") is actor
    assert actor_at(art, _MAYOR, "mayor said") is actor


def test_a_bare_surname_whose_attribute_is_the_relatives_post_is_the_relative(run):
    art = run(_MAYOR, published="2012-05-01")
    actor = actor_at(art, _MAYOR, "Dorsett was one")
    assert actor is not None and actor.name == "Tom Dorsett", actor
    assert actor_at(art, _MAYOR, "Dorsett brought").name == "Martha Dorsett"   # guard: her own bare surname stays hers


def test_a_post_of_a_relative_named_by_whose_is_not_the_persons(run):
    text = ("WASHINGTON — The museum has drawn gifts from abroad for years. Dmitro Halenko, a steel magnate whose "
            "father-in-law, Petro Koval, was president of Ukraine from 1995 to 2004, has given between $1 million "
            "and $5 million to the museum. Halenko declined to comment.\n")
    art = run(text, published="2016-08-22")
    actor = actor_at(art, text, "Dmitro Halenko")
    assert actor is not None and "president" not in (actor.role or ""), actor
    owner = actor_at(art, text, "president of Ukraine")
    assert owner is None or owner.name != "Dmitro Halenko", owner


def test_a_business_title_with_a_place_still_finds_the_candidates_past(run):
    """Guard: the place test above holds for offices of a state only (`the New York businessman` is Trump)."""
    text = ("NEW YORK — Donald Trump spoke on Monday. The New York businessman has praised Putin, calling him a "
            "stronger leader.\n")
    art = run(text, published="2016-07-31")
    actor = actor_at(art, text, "The New York businessman")
    assert actor is not None and actor.name == "Donald Trump", actor
