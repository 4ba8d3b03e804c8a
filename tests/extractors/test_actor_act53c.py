"""act53c: classes of international wire news (docs/actors.md `### act53c`): the description after the second name of
a list of names, a role named after `as`, a court named as a forum. Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

PANEL = ("Mayor Tom Reyes, Lena Hart, the deputy fire chief of Alden, and two council members toured the burned "
         "Tessaro mill on Friday.\n")


def test_the_description_after_the_second_name_of_a_list_is_the_second_ones(run):
    article = run(PANEL)
    hart = actor_at(article, PANEL, "the deputy fire chief")
    reyes = actor_at(article, PANEL, "Tom Reyes")
    assert hart is not None and hart.name == "Lena Hart", hart
    assert reyes is not None and reyes.name == "Tom Reyes" and reyes.sector == "GOV", reyes


def test_near_miss_a_description_right_after_one_name_stays_that_names(run):
    text = "Lena Hart, the deputy fire chief of Alden, and two council members toured the burned Tessaro mill on Friday.\n"
    hart = actor_at(run(text), text, "the deputy fire chief")
    assert hart is not None and hart.name == "Lena Hart", hart


WITNESS = ("Federal agents said on Monday that Omar Fenn, a drifter, has so far been described only as a material "
           "witness and a warrant had been issued so that he could be questioned about the Alden fire.\n")


def test_a_role_named_after_as_is_no_actor_of_its_own(run):
    article = run(WITNESS)
    witness = actor_at(article, WITNESS, "a material witness")
    assert witness is None or witness.name == "Omar Fenn", witness


def test_near_miss_a_described_someone_who_acted_stays_an_actor(run):
    text = ("Omar Fenn, a drifter, was questioned on Monday. A material witness told agents that the fire at the "
            "Alden mill started after midnight.\n")
    witness = actor_at(run(text), text, "A material witness")
    assert witness is not None and witness.name != "Omar Fenn", witness


VENUE = ("Judge Lena Hart ruled on Tuesday that the only proper venue for the dispute over the Alden mill is federal "
         "court, not a county court.\n")


def test_a_court_named_as_the_venue_is_no_actor(run):
    court = actor_at(run(VENUE), VENUE, "federal court")
    assert court is None, court


def test_near_miss_a_court_that_rules_stays_an_actor(run):
    text = "Federal courts ruled on Tuesday that the Alden mill must close until the dispute is settled.\n"
    court = actor_at(run(text), text, "Federal courts")
    assert court is not None and court.sector == "JUD", court
