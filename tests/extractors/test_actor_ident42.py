"""ident42: the sector of people told by a rank. Invented sentences; rows marked `fails on main` fail before ident42,
the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

CASES = [
    ("rank_over_a_spokesman_role",                # fails on main: GOV, from `a department spokesman`
     "A boy was hurt by a stray bullet in Dorrance on Friday. Lt. Pete Garza, a department spokesman, said the boy "
     "was at home. Garza said the Dorrance Police Department had no suspect.\n",
     "Pete Garza: sector=COP"),
    ("rank_over_a_leader_role",                   # fails on main: GOV, from `a leader`
     "Hundreds gathered on Sunday to bury Cpl. Evan Brill. The Marines sent an honor guard. Brill, a team leader, "
     "was killed in Helmand.\n",
     "Evan Brill: sector=MIL"),
    ("short_captain_takes_the_story_s_police",    # fails on main: no sector from `Capt.` outside its sentence
     "A boy was shot near the river on Friday, Kellor County sheriff's deputies said. Police said he died at the "
     "scene. Capt. Dana Roff said the rifle went off as the boy climbed a fence.\n",
     "Dana Roff: sector=COP"),
    ("police_body_right_before_the_rank",         # fails on main: CVL
     "A deputy was hurt in a crash on Friday. Kellor County Sheriff's Department Deputy Sam Oyle was taken to a "
     "hospital. Oyle is expected to recover.\n",
     "Sam Oyle: sector=COP"),
    ("guard_ship_captain_written_short",          # a ship's `Capt.` in a story with a navy: no service's rank
     "The Navy sent a destroyer after pirates boarded the freighter on Monday. Navy officers said the pirates had "
     "fled. Capt. Ray Holm said the crew was safe.\n",
     "Ray Holm: sector!=MIL"),
    ("guard_team_captain_written_out",            # `Captain` written out on a match report: only its sentence's service
     "England won on Saturday. Police arrested three fans after the match. Captain Harry Dane said the team played "
     "well.\n",
     "Harry Dane: sector!=COP"),
    ("guard_spokesman_of_a_body",                 # a spokesman whose body is named keeps its sector
     "A crash closed the road. Lt. Amy Reeve, a spokeswoman for the Kellor County Sheriff's Office, said two cars "
     "collided.\n",
     "Amy Reeve: sector=COP"),
    ("fire_department_chief_before_the_name",     # fails on main: CVL (the tagger cut `Chief` from both names)
     "The fire on Oak Street was put out by noon. Hollis Fire Department Chief Tom Rell said nobody was hurt. Rell "
     "said the cause was not known.\n",
     "Tom Rell: sector=GOV"),
    ("police_department_chief_before_the_name",   # fails on main: CVL
     "The shop on Oak Street was robbed on Friday. Hollis Police Department Chief Tom Rell said nobody was hurt.\n",
     "Tom Rell: sector=COP"),
    ("guard_chief_after_a_company",               # a company's `Chief` is no service's rank: not GOV nor COP
     "The store was closed on Friday. Acme Corp. Chief Tom Rell said nobody was hurt.\n",
     "Tom Rell: sector!=GOV; Tom Rell: sector!=COP"),
    ("kin_of_an_owner_tagged_as_a_body",          # fails on main: `Grace Tull` tagged ORG, no actor for `Daniel`
     "Grace Tull was hurt in the crash near Marlow. Grace Tull's son, Daniel, was not in the car.\n",
     "Daniel: name=Daniel Tull"),
    ("guard_kin_of_an_owner_tagged_as_a_person",  # the tagger's person: the owner's surname, as before
     "Ellen Brandt was hurt in the crash near Marlow. Ellen Brandt's son, Daniel, was not in the car.\n",
     "Daniel: name=Daniel Brandt"),
    ("front_apposition_through_a_country_kind",   # fails on main: the description joins another person (USA)
     "Talks resumed in Washington on Monday. The foreign minister of the Gulf state of Qatar, Ali Nasser, said a "
     "deal was near. Nasser met Secretary of State Dan Korbel.\n",
     "Ali Nasser: country=QAT; The foreign minister: same=Ali Nasser; Dan Korbel: name=Dan Korbel"),
    ("front_apposition_of_a_country",             # fails on main: the description is Ghana's, Ali Nasser CVL
     "Talks resumed in Washington on Monday. The health minister of Ghana, Ali Nasser, said a deal was near.\n",
     "Ali Nasser: country=GHA; Ali Nasser: sector=GOV; The health minister: same=Ali Nasser"),
    ("guard_front_apposition_of_kin",             # `The wife of Ali Nasser, Lina Nasser`: no title, two people
     "Talks resumed on Monday. The wife of Ali Nasser, Lina Nasser, said a deal was near.\n",
     "Lina Nasser: name=Lina Nasser; Ali Nasser: name=Ali Nasser"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_ident42(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


OWNED = [
    ("groups_of_two_people_of_one_surname_and_country",   # fails on main: one `Clinton supporters`-like group
     "Sen. Ann Vell spoke in Ohio on Monday. Gov. Tom Vell spoke in Iowa the same day. Ann Vell's supporters "
     "cheered. Tom Vell's supporters waved signs.\n", "supporters", False),
    ("groups_of_two_people_of_one_surname_no_country",    # fails on main: one `Vell's family`
     "Ann Vell and Tom Vell were hurt in the crash near Marlow. Ann Vell's family said she was awake. Tom Vell's "
     "family asked for privacy.\n", "family", False),
    ("guard_one_person_s_group_twice",                    # one person's group written twice stays one
     "Sen. Ann Vell spoke in Ohio on Monday. Ann Vell's supporters cheered. Vell's supporters then waved signs.\n",
     "supporters", True),
]


@pytest.mark.parametrize("text, noun, one", [pytest.param(t, n, o, id=i) for i, t, n, o in OWNED])
def test_ident42_groups_keyed_by_person(run, text, noun, one):
    from tests.helpers import actor_at
    article = run(text, published="2016-05-02")
    a, b = actor_at(article, text, noun, 0), actor_at(article, text, noun, 1)
    assert a is not None and b is not None, (a, b)
    assert (a.id == b.id) == one, (a.name, b.name)
