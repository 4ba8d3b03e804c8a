"""review52f: a second reading of sect52's group words (docs/actors.md `### review52f`). Each narrowing with the
near-miss it must leave alone; invented sentences and names."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("speakers_own_friends_no_group",   # int52: `Our friends` a CVL group
     "Our friends tease us every time we lose a match, Coach Ann Lee said after the game in Dover.\n",
     "Our friends: none"),
    ("near_miss_a_persons_friends_who_speak",
     "Ann Lee coached in Dover for ten years. Her friends said she never missed a match.\n",
     "Her friends: sector=CVL"),
    ("a_firms_followers_no_group",   # int52: `the company's followers` a CVL group
     "Most of the bakery's followers online were angry about the price rise, owner Tom Reedy said.\n",
     "followers: none"),
    ("near_miss_a_figures_followers",
     "Senator Ada Brook spoke in Dover on Monday. Brook's followers cheered when she promised to cut taxes.\n",
     "followers: sector=CVL"),
    ("a_sports_pro_crowd_no_stance",   # int52: `pro-football crowd` a CVL stance group
     "The pro-football crowd at the Dover tavern cheered every touchdown, owner Ann Lee said.\n",
     "crowd: none"),
    ("near_miss_a_stance_crowd",
     "Senator Ada Brook spoke in Dover on Monday. The pro-gun crowd cheered when she promised to veto the bill.\n",
     "crowd: sector=CVL"),
    ("a_stance_word_on_another_noun_no_stance",   # int52: `liberal arts camp` a CVL stance group
     "The liberal arts camp near Dover opens on June 1, its director Ann Roe said.\n",
     "camp: none"),
    ("a_music_kind_no_stance",   # int52: `progressive rock crowd` a CVL stance group
     "A progressive rock crowd filled the old mill in Dover on Saturday, the promoter said.\n",
     "crowd: none"),
    ("near_miss_a_stance_word_on_the_crowd",
     "Senator Ada Brook spoke in Dover on Monday. The conservative crowd cheered when she promised to cut taxes.\n",
     "crowd: sector=CVL"),
    ("speech_writer_is_no_commentator",   # int52: MED
     "Speech writer Jane Moss worked for President Barack Obama for six years before she joined a Dover law firm.\n",
     "Jane Moss: sector!=MED"),
    ("near_miss_writer_on_an_election",
     "Writer Jane Moss said the election had split her family, in an interview with a Dover radio station.\n",
     "Jane Moss: sector=MED"),
    ("author_at_a_primary_school_no_politics",   # int52: MED (`primary` a politics word)
     "Author Jane Moss will read from her new novel at Harlow Primary School on Thursday, the principal said.\n",
     "Jane Moss: sector!=MED"),
    ("near_miss_author_on_a_primary",
     "Author Jane Moss said she would vote for Senator Ada Brook in the Iowa primary next month.\n",
     "Jane Moss: sector=MED"),
    ("authors_own_title_no_politics",   # int52: MED (`president` of her own club)
     "Author Jane Moss, the president of the Harlow Garden Club, will sign copies of her cookbook on Friday.\n",
     "Jane Moss: sector!=MED"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_review52f_actors(run, text, spec):
    check_actors(run(text, published="2016-05-10"), text, spec)


EVENT_CASES = [
    ("friends_as_a_predicate_no_praise",   # int52: SUPPORT on `friends`
     "Harlow police said the two boys were good friends and had known each other since they were small.\n",
     "friends", False),
    ("allies_as_a_predicate_no_praise",
     "Ann Lee said the two senators were close allies who spoke every week.\n",
     "allies", False),
    ("near_miss_a_post_is_praise",
     "Ann Lee said Tom Reedy would be a great mayor for the town of Dover.\n",
     "mayor", True),
]


@pytest.mark.parametrize("text, trigger, found", [pytest.param(t, g, f, id=i) for i, t, g, f in EVENT_CASES])
def test_review52f_tie_predicates(run, text, trigger, found):
    article = run(text, published="2016-05-10")
    assert any(e.type == "SUPPORT" and e.trigger.text == trigger for e in article.events) == found, \
        [(e.type, e.trigger.text) for e in article.events]
