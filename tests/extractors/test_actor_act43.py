"""act43: false actors of the second precision audit (docs/actors.md `### act43`). A name ending in `Court` with no word
of a court of law, named only as where something happened (`jogging on Maple Ridge Court`, `a shooting in Tallow
Court`), is a street or a housing estate, no court; a court of law (`Newton District Court`), a court in a sentence
of a court's work (`appeared in Dunmore Court`) and a court that acts stay. A name tagged a person that ends in a
word of a place no surname is (`the Harlow Senior Citizens Center`, `Wong Kee Restaurant`), only named, is a place.
A group of the press that is any of its kind (`by any media`, `newspapers or other media` of a rights notice) is
none. A country a deployment goes to (`after a deployment to Afghanistan`, `troops deployed to Iraq`) is a place, as after
`sent to`. A body named once with `the` and once
without (`of the Dunmore Chamber of Commerce` ... `Dunmore Chamber of Commerce members`) is one actor. Invented
sentences; one row per case (rows marked `fails on main` fail before the change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("street_court_after_on",   # fails on main: `Maple Ridge Court` a court (JUD)
     "A woman was stabbed while jogging on Maple Ridge Court in Dunmore, police said.\n",
     "Maple Ridge Court: none; police: actor"),
    ("housing_court_after_in",   # fails on main: `Tallow Court` a court (JUD)
     "Richmond police said no one has been arrested yet over a shooting in Tallow Court on Sunday afternoon.\n",
     "Tallow Court: none; Richmond police: actor"),
    ("housing_court_with_apposition",   # fails on main: `Tallow Court` a court (JUD)
     "Three men were shot in Tallow Court, a public housing complex, on Sunday.\n",
     "Tallow Court: none"),
    ("guard_court_of_law_by_its_kind",
     "Reed was arraigned in Newton District Court on Monday. He will appear in Superior Court next week.\n",
     "Newton District Court: sector=JUD; Superior Court: sector=JUD"),
    ("guard_court_in_a_sentence_of_its_work",
     "Hana Lusk appeared in Dunmore Court on Monday. Her lawyer said she would plead not guilty.\n",
     "Dunmore Court: sector=JUD"),
    ("guard_court_that_acts",
     "The Dunmore Court ruled on Monday that the fence must come down.\n",
     "Dunmore Court: actor"),
    ("centre_read_as_a_person",   # fails on main: `Senior Citizens Center` a person (`Senior` read as a title)
     "The yearly benefit supper and bake sale takes place Friday at the Harlow Senior Citizens Center. The "
     "meal will be served at 5 p.m.\n",
     "Citizens Center: none"),
    ("restaurants_read_as_people",   # fails on main: three restaurants people (CVL)
     "Health inspectors visited Wong Kee Restaurant, Jade Garden Restaurant and Lotus Vegetarian Restaurant last "
     "week.\n",
     "Wong Kee Restaurant: none; Garden Restaurant: none; Vegetarian Restaurant: none"),
    ("guard_venue_word_name_that_acts",
     "Wong Kee Restaurant said it would reopen on Monday after the inspection.\n",
     "Wong Kee Restaurant: actor"),
    ("country_after_a_deployment",   # fails on main: `Afghanistan` an actor (GOV)
     "The sergeant returned home in May after a deployment to Afghanistan, his mother said.\n",
     "Afghanistan: none"),
    ("country_troops_deployed_to",   # fails on main: `Iraq` an actor (GOV)
     "Troops deployed to Iraq in 2004 came home on Friday.\n",
     "Iraq: none"),
    ("country_after_a_motion_noun_hung_elsewhere",   # fails on main: `Liberia` an actor (`to` hung on `died`)
     "Ebola tests came back clear on the body of an Army nurse who died in Ohio after deployment to "
     "Liberia.\n",
     "Liberia: none"),
    ("guard_country_that_acts_after_a_deployment",
     "After the deployment, Liberia asked for more doctors on Monday.\n",
     "Liberia: actor"),
    ("any_press_of_a_rights_notice",   # fails on main: `any media` a group (MED)
     "No part of this story may be copied in any form, by any media, without the prior written consent of the Brixley "
     "Ledger.\n",
     "any media: none; Brixley Ledger: actor"),
    ("press_listed_with_other_press",   # fails on main: `newspapers`, `other media` groups (MED)
     "That covers copying or reprinting of articles from BrixleyNews.com, by websites, TV and "
     "radio stations, newspapers or other media.\n",
     "newspapers: none; other media: none"),
    ("guard_the_press_that_acts",
     "The media reported the arrest on Monday.\n",
     "media: actor"),
    ("guard_any_press_as_subject",
     "Newspapers and other media have asked the court for the video, the clerk said.\n",
     "Newspapers: actor"),
    ("guard_any_press_as_subject_in_lower_case",
     "The clerk said newspapers and other media have asked the court for the video.\n",
     "newspapers: actor"),
    ("guard_copyright_line_of_an_outlet",
     "A man was shot on Monday, police said.\n(©2016 CBS Local Media, part of CBS Radio Inc.)\n",
     "CBS Local Media: actor"),
    ("guard_surname_that_names_places_too",
     "Diane Lane, 51, of Dunmore, was taken to a hospital.\n",
     "Diane Lane: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act43_false_actors(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


BODY_WITH_THE = ("Tom Watts, 62, worked three decades at Fasco Industries. He is a past president of the Dunmore "
                 "Chamber of Commerce and sits on its board. Dunmore Chamber of Commerce members praised him.\n")


def test_body_named_with_and_without_the_is_one_actor(run):
    # fails on main: `the Dunmore Chamber of Commerce` (a company listed beside Fasco Industries, its entity's `the`
    # kept) is a second actor over the same words as `Dunmore Chamber of Commerce`
    named = [a.name for a in run(BODY_WITH_THE, published="2016-05-02").actors if "Dunmore Chamber" in a.name]
    assert named == ["Dunmore Chamber of Commerce"], named


def test_court_words_load():
    from dateline.lexicon import actors as lex

    assert {"district", "superior", "county"} <= lex.words("court_kind")
    assert "on" in lex.words("street_on") and "arraign" in lex.words("court_deed")
    assert lex.words("any_kind") == {"any", "other"}
    assert "restaurant" in lex.words("venue_not_surname") and "hall" not in lex.words("venue_not_surname")
