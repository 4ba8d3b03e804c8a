"""Issue 10, ev39: recall on news-analysis text - backing got with a verb and its particle, a stance the parse read as
a passive, a deed judged in a word the parse read as a passive, opposition said as `came out against`. Invented
sentences; the rows marked `stays` guard the forms the rules leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import check_types, rows_of


SIDES_CASES = [  # (test id, text, type, its source, its target): the one asserted event of that type
    # backing got with a verb of getting and its particle (event_cues `receive` pick_up ...; triggers.getting)
    ('endorsement_picked_up_of_someone_backs_the_getter',
     "Roe picked up the endorsement of the union.", 'SUPPORT', "the union", "Roe"),
    ('support_picked_up_from_someone_backs_the_getter',
     "Roe picked up support from the union.", 'SUPPORT', "the union", "Roe"),
    ('nods_picked_up_from_several_back_the_getter',
     "Roe has picked up high-profile nods from Kell, Mann and Dorsey.", 'SUPPORT', "Kell, Mann and Dorsey", "Roe"),
    ('backing_lined_up_backs_the_getter',
     "Roe lined up the backing of three governors.", 'SUPPORT', "three governors", "Roe"),
    ('criticism_picked_up_from_someone_is_theirs',
     "Roe picked up criticism from the union.", 'ACCUSE', "the union", "Roe"),
    ('stays_backing_won_backs_the_winner',
     "Roe won the endorsement of the union.", 'SUPPORT', "the union", "Roe"),
    # `X was opposed to Y` parsed as a passive: X opposes Y (triggers._opposed_to)
    ('opposed_to_read_as_a_passive_is_the_subjects_stance',
     "The union said it was resolutely opposed to the governor.", 'REJECT', "it The union", "the governor"),
    ('stays_opposed_by_someone_is_their_opposition',
     "The plan was opposed by the union.", 'REJECT', "the union", "The plan"),
    # a word of blame the parse read as a passive, said of what someone said or did (evaluative._deed_judged_passive)
    ('tweets_said_to_be_unhinged_blame_their_author',
     "Kell says Roe's tweets were \"unhinged.\"", 'ACCUSE', "Kell", "Roe's"),
    ('a_flurry_of_tweets_said_to_be_unhinged_blames_its_author',
     "Kell says Roe's flurry of late-night tweets was \"unhinged, even for him.\"", 'ACCUSE', "Kell", "Roe's"),
    ('remarks_said_to_be_misguided_blame_their_author',
     "Kell said the senator's remarks were misguided.", 'ACCUSE', "Kell", "the senator's"),
    # a verdict of `lies and ...` parsed with `lies` a modifier of the last noun (evaluative._judged)
    ('tweets_said_to_be_lies_and_theories_blame_their_author',
     "Kell says Roe's tweets are \"lies and conspiracy theories.\"", 'ACCUSE', "Kell", "Roe's tweets"),
    # `describing as "Y" X`: the object set after the verdict (evaluative._verdict)
    ('describing_as_a_verdict_a_thing_set_after_it_blames_its_owner',
     "Kell is describing as \"unhinged\" Roe's tweet about the mayor.", 'ACCUSE', "Kell",
     "Roe's tweet about the mayor"),
    # opposition said as `came out against` (event_patterns `come_out`, only with `against`)
    ('came_out_against_someone_opposes_them',
     "The union came out against Roe on Tuesday.", 'REJECT', "The union", "Roe"),
    ('came_out_against_a_bill_opposes_it',
     "The senator came out against the bill on Monday.", 'REJECT', "The senator", "the bill"),
]

TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('stays_picking_up_the_phone_is_no_event',
     "\n\nRoe picked up the phone and called the union.\n", '='),
    ('stays_a_nod_to_something_backs_no_one',
     "\n\nThe joke was a nod to the governor's remarks.\n", '-SUPPORT'),
    ('stays_an_endorsement_picked_up_from_no_one_backs_no_one',
     "\n\nFor Roe it is not too late to pick up one more endorsement.\n", '-SUPPORT'),
    ('stays_tweets_with_no_owner_said_unhinged_blame_no_one',
     "\n\nKell says the tweets were unhinged.\n", '-ACCUSE'),
    ('stays_tweets_deleted_blame_no_one',
     "\n\nKell says Roe's tweets were deleted.\n", '-ACCUSE'),
    ('stays_describing_as_a_word_of_no_verdict_blames_no_one',
     "\n\nKell is describing as \"routine\" Roe's tweet about the mayor.\n", '-ACCUSE'),
    ('stays_coming_out_with_no_against_is_no_event',
     "\n\nThe report came out on Tuesday.\n", '-REJECT'),
    ('stays_results_coming_out_against_expectations_refuse_nothing',
     "\n\nThe results came out against expectations.\n", '-REJECT'),
]


@pytest.mark.parametrize("text, etype, source, target", [pytest.param(t, e, s, g, id=i)
                                                          for i, t, e, s, g in SIDES_CASES])
def test_event_sides(run, text, etype, source, target):
    got = [(s, g) for _, s, g, _ in rows_of(run, text, etype)]
    assert got == [(source, target)], got


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)


def test_the_deed_judged_keeps_its_own_event(run):
    """The verdict on a deed and the deed told as a participle on the noun judged are two acts (model
    `_deed_of_the_judged`): Kell blames Roe, Roe attacked the mayor."""
    rows = rows_of(run, "Kell says Roe's flurry of late-night tweets targeting the mayor was \"unhinged, even for "
                        "him.\"", "ACCUSE")
    assert sorted((s, g) for _, s, g, _ in rows) == [("Kell", "Roe's"), ("Roe's", "the mayor")], rows
