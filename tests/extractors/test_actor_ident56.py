"""ident56: a title with its own `for`/`of`/`to` phrase of a place or a body, then a comma and a name, is that named
person's title (docs/actors.md `### ident56`): descriptions.py `_name_after_office_place` (the parser hangs the name
on the place) and idle.py `office_place_names` (late: the name may be made a person after the descriptions, or be
tagged an organisation; the title moves from the state's body, a description or the office's lexicon holder).
Invented stories and names, a near-miss each."""
from __future__ import annotations

from tests.helpers import actor_at, actor_in, run_lead

LEAD = "Senator Ann Vickery of Harlow wrote a letter on Monday.\n\n"
DAY = "2016-09-07"


def test_act56x_title_for_a_place_then_name_is_that_person(run):
    title = actor_in(run, LEAD + "The letter went to the U.S. attorney for Manhattan, Tom Vellers, on Monday.\n",
                     "U.S. attorney", published=DAY)
    assert title is not None and title.name == "Tom Vellers", title
    assert title.country == "USA" and title.sector == "JUD", title


def test_act56x_title_for_a_district_then_name_before_a_dash(run):
    text, article = run_lead(run, LEAD, "The letter - sent to the U.S. attorney for the Northern District of Harlow, "
                                        "Corwin D. Mallory - asks for an inquiry. Vickery later asked the U.S. "
                                        "attorney again.\n", published=DAY)
    title = actor_at(article, text, "U.S. attorney")
    assert title is not None and title.name == "Corwin D. Mallory", title
    assert title.sector == "JUD", title
    again = actor_at(article, text, "U.S. attorney", nth=1)
    assert again is not None and again.name == "Corwin D. Mallory", again


def test_act56x_envoy_to_a_body_then_name_is_that_person(run):
    title = actor_in(run, LEAD + "The letter went to the U.S. ambassador to the United Nations, Tom Vellers, "
                                 "on Monday.\n", "U.S. ambassador", published=DAY)
    assert title is not None and title.name == "Tom Vellers", title
    assert title.country == "USA" and title.sector == "GOV", title


def test_act56x_head_of_a_body_then_name_is_that_person(run):
    title = actor_in(run, LEAD + "She wrote to the secretary general of the United Nations, Tom Vellers, on "
                                 "Monday.\n", "secretary general", published=DAY)
    assert title is not None and title.name == "Tom Vellers", title


def test_act56x_near_miss_name_that_goes_on_into_a_verb_is_the_subject(run):
    title = actor_in(run, LEAD + "After she met the U.S. attorney for Manhattan, Tom Vellers said he would run.\n",
                     "U.S. attorney", published=DAY)
    assert title is None or title.name != "Tom Vellers", title


def test_act56x_near_miss_list_of_names_after_the_place(run):
    title = actor_in(run, LEAD + "She met the U.S. attorney for Manhattan, Tom Vellers and Ann Roe on Monday.\n",
                     "U.S. attorney", published=DAY)
    assert title is None or title.name not in ("Tom Vellers", "Ann Roe"), title


def test_act56x_near_miss_attorney_for_a_person_then_name(run):
    title = actor_in(run, LEAD + "The lawsuit names the attorney for Ann Roe, Tom Vellers, as a witness.\n",
                     "attorney", published=DAY)
    assert title is None or title.name != "Ann Roe", title


def test_act56x_title_of_another_programme_is_not_the_lexicon_anchor(run):
    title = actor_in(run, LEAD + "Chris Cuomo hosts a morning show on CNN. The new Sunrise anchor, who likes "
                                 "lifestyle stories, will compete with Ann Roe.\n", "anchor, who",
                     published="2016-05-18")
    assert title is None or title.name != "Chris Cuomo", title


def test_act56x_near_miss_title_of_the_same_outlet_is_the_lexicon_anchor(run):
    title = actor_in(run, LEAD + "Chris Cuomo hosts a morning show on CNN. The CNN anchor, who likes lifestyle "
                                 "stories, will compete with Ann Roe.\n", "CNN anchor", published="2016-05-18")
    assert title is not None and title.name == "Chris Cuomo", title


def test_act56x_near_miss_short_name_of_the_same_body(run):
    title = actor_in(run, LEAD + "Reince Priebus spoke on Monday. The RNC chairman said the party was united.\n",
                     "RNC chairman", published="2016-05-18")
    assert title is not None and title.name == "Reince Priebus", title


def test_act56x_tenure_beside_a_former_holder_is_his_when_todays_is_unnamed(run):
    title = actor_in(run, LEAD + "Jeb Vell brought his brother, George W. Bush, to the rally. The former president "
                                 "spoke after Ann Roe said the nation was at risk during the president's tenure.\n",
                     "the president's", published="2016-02-17")
    assert title is not None and title.name == "George W. Bush", title


def test_act56x_near_miss_tenure_with_todays_holder_named_stays_his(run):
    title = actor_in(run, LEAD + "George W. Bush spoke at the rally. Barack Obama was in Washington. The former "
                                 "president spoke after Ann Roe said the nation was at risk during the president's "
                                 "tenure.\n", "the president's", published="2016-02-17")
    assert title is not None and title.name == "Barack Obama", title


def test_act56x_quoted_programme_before_the_title_is_another_body(run):
    title = actor_in(run, LEAD + "Chris Cuomo hosts a morning show on CNN. The new ''Sunrise'' anchor, who likes "
                                 "lifestyle stories, will compete with Ann Roe.\n", "anchor, who",
                     published="2016-05-18")
    assert title is None or title.name != "Chris Cuomo", title


def test_act56x_body_inside_the_office_phrase_stays_an_actor(run):
    body = actor_in(run, LEAD + "The letter went to the U.S. ambassador to the United Nations, Tom Vellers, "
                                "on Monday.\n", "United Nations", published=DAY)
    assert body is not None and body.name == "United Nations", body


def test_act56x_bare_candidate_is_the_subject_just_named(run):
    title = actor_in(run, LEAD + "Donald Trump won Nevada. Hannity asked about his path. John Kasich told "
                                 "reporters he could still win. The candidate noted that Ted Cruz needs most "
                                 "delegates.\n", "The candidate", published="2016-03-04")
    assert title is not None and title.name == "John Kasich", title


def test_act56x_near_miss_bare_candidate_with_the_lexicon_candidate_named_just_before(run):
    title = actor_in(run, LEAD + "John Kasich told reporters he could still win. Donald Trump disagreed. The "
                                 "candidate noted that he had won.\n", "The candidate", published="2016-03-04")
    assert title is not None and title.name == "Donald Trump", title
