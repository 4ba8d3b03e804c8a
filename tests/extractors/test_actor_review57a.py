"""review57a: a second reading of act57b's rules on unseen local text (docs/actors.md `### review57a`). A relative who
speaks in a shooting report is no actor of its own where the story names that relative elsewhere - the same kin noun
with a name (`Hale's sister, Ann Roe,`) or a named speaker who calls the victim by the inverse kin noun (`Ann Roe said of
her brother's killer`). Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at


def _own_kin_actor(actor) -> bool:
    """A kin description that came out as an actor of its own (named by the kin words, no person's name)."""
    return actor is not None and actor.name.lower().startswith(("his ", "her "))


def test_a_speaking_sister_named_before_in_apposition_is_no_actor_of_her_own(run):
    text = ("HARLOW - Tom Hale, 31, was shot and killed on Birch Lane on Sunday night, police said. \"He was kind to "
            "everyone,\" Hale's sister, Ann Roe, said.\n\nHis sister said she had seen him at a cookout hours before.\n")
    assert not _own_kin_actor(actor_at(run(text), text, "His sister"))


def test_a_speaking_sister_whom_a_named_speaker_matches_is_no_actor_of_her_own(run):
    text = ("HARLOW - Tom Hale, 31, was shot and killed on Birch Lane on Sunday night, police said. He coached a youth "
            "soccer team, his sister said.\n\n\"I want him found,\" Ann Roe said of her brother's killer.\n")
    assert not _own_kin_actor(actor_at(run(text), text, "his sister"))


def test_near_miss_a_speaking_mother_stays_where_a_name_is_only_told_of_another_mom(run):
    text = ("HARLOW - A man was shot and killed on Birch Lane on Tuesday night, police said. Ben Tarrow told a reporter "
            "that the boy had gone to wake his mom. His mother told officers she heard three shots.\n")
    mother = actor_at(run(text), text, "His mother")
    assert mother is not None and mother.sector == "CVL", mother


def test_near_miss_a_speaking_brother_stays_where_no_one_is_named_as_one(run):
    text = ("HARLOW - A man was shot and killed on Birch Lane on Tuesday night, police said. Ben Tarrow, a neighbor, "
            "said he heard the shots. His brother said the man had no enemies.\n")
    brother = actor_at(run(text), text, "His brother")
    assert brother is not None and brother.sector == "CVL", brother


UNION = ("Two unions, the United Dockworkers and the Brotherhood of Boilermakers, backed the senator on Tuesday. Some "
         "members posted angry notes on the Dockworkers' website. \"We welcome it,\" said United Dockworkers political "
         "director Sam Vell.\n")


def test_a_trade_plural_ending_a_union_name_leaves_the_union_one_actor(run):
    art = run(UNION)
    first, second = actor_at(art, UNION, "United Dockworkers"), actor_at(art, UNION, "United Dockworkers", 1)
    assert first is not None and second is not None and first.id == second.id, (first, second)


def test_a_capitalised_trade_plural_inside_a_sentence_is_no_workers_group(run):
    group = actor_at(run(UNION), UNION, "Dockworkers' website")
    assert group is None or group.sector != "LAB" or "United" in group.name, group


def test_near_miss_a_trade_plural_opening_a_sentence_stays_the_workers(run):
    text = "Dockworkers walked off the job at the Harlow port on Monday over a pay dispute, the port said.\n"
    group = actor_at(run(text), text, "Dockworkers")
    assert group is not None and group.sector == "LAB", group


def test_an_investigator_for_an_international_body_takes_its_sector(run):
    text = "Tom Garrow, a lead investigator for the World Health Organization, said the outbreak was slowing.\n"
    person = actor_at(run(text), text, "Tom Garrow")
    assert person is not None and person.sector == "IGO", person


def test_near_miss_an_investigator_alone_in_a_police_report_stays_police(run):
    text = "HARLOW - A man shot his neighbor on Birch Lane on Saturday before fleeing, an investigator said Monday.\n"
    person = actor_at(run(text), text, "an investigator")
    assert person is not None and person.sector == "COP", person
