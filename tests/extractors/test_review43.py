"""review43: mends to session 43's merged rules, each found by an invented sentence through the pipeline. Invented
sentences; a row marked `fails on int43` failed before its mend; guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors, found, sides

# A bare plural force noun is its sender's only when the subject that has it as object is a country or a group of a
# state's army or government (lead43's `_sender_country`): a subject of people of a country who see, meet or flee
# troops sends none.
SENDER_CASES = [
    ("troops_seen_by_foreign_villagers",   # fails on int43: SOM (the seers' demonym)
     "NAIROBI, Aug 5 (Reuters) - Kenyan officials said the border would stay open. Somali villagers saw troops near "
     "the town of Mandera on Monday.\n",
     "troops: country!=SOM"),
    ("guard_troops_sent_by_a_country",   # lead43's case stays
     "NAIROBI, Aug 5 (Reuters) - Ethiopia sent troops to the border on Monday.\n",
     "troops: country=ETH"),
    ("guard_troops_moved_by_a_national_army",   # lead43's case stays
     "NAIROBI, Aug 5 (Reuters) - The Ethiopian army said it had moved tanks and troops to the area.\n",
     "troops: country=ETH"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in SENDER_CASES])
def test_troops_sender(run, text, spec):
    check_actors(run(text, published="2019-08-05"), text, spec)


def test_spokesman_after_a_day_first_dateline(run):
    """review43: with the day before the month in the dateline (`NAIROBI, 5 Aug (Reuters) -`) the story's first
    subject is kept (structure.paragraphs._DATELINE_GAP) and the spokesman opening the next sentence speaks for it
    (fails on int43: KEN, the dateline's, and the ministry's mention lost)."""
    text = ("NAIROBI, 5 Aug (Reuters) - Uganda's foreign ministry accused Kenyan officials of backing rebels. A "
            "spokesman, Joseph Okello, said Kampala would not allow interference.\n")
    check_actors(run(text, published="2019-08-05"), text, "Joseph Okello: country=UGA; Joseph Okello: sector=GOV")


# A summary noun the parse hangs in apposition on the verb's object (`Iran seized a tanker, a move Britain condemned`)
# renames the act all the same (lead43's `summarised_doer`): the verdict is on the act's doer, and the object's phrase
# ends before it (the one condemning is no target of the seizure).
SUMMARY_APPOS_CASES = [
    ("verdict_on_a_move_after_the_object",   # fails on int43: ACCUSE with no target
     'Iran seized a tanker, a move Britain condemned as "unacceptable".\n', "ACCUSE", "Britain", "Iran"),
    ("act_target_stops_before_the_move",   # fails on int43: the seizure's target was Britain
     'Iran seized a tanker, a move Britain condemned as "unacceptable".\n', "COERCE", "Iran", "a tanker"),
    ("guard_step_as_an_adverbial",   # lead43's reading (the parse hangs `step` on the verb) stays
     "Pyongyang also tested a new rocket launcher last week, a step Tokyo condemned as a violation of UN "
     "resolutions.\n", "ACCUSE", "Tokyo", "Pyongyang"),
]


@pytest.mark.parametrize("text, etype, source, target",
                         [pytest.param(*r[1:], id=r[0]) for r in SUMMARY_APPOS_CASES])
def test_summary_noun_after_the_object(run, text, etype, source, target):
    pairs = [sides(e) for e in found(run(text), etype)]
    assert ([source], [target]) in pairs, pairs


def test_a_definite_summary_noun_names_a_thing(run):
    """review43 guard: `overturn Hale v. Dorn, the 1987 decision that barred ...` - a summary noun with `the` in
    apposition on the object names the thing itself: the object's phrase keeps it (as on int43)."""
    text = "The senator vowed to overturn Hale v. Dorn, the 1987 decision that barred the tax.\n"
    tgts = [t for e in run(text).events for t in sides(e)[1] if "Dorn" in t]
    assert tgts and all("decision" in t for t in tgts), tgts


# A court named where its judges work or a case is heard is a court of law (act43's `street_courts` keeps a `Court` in a
# sentence of a court's work, actor_words.tsv `court_deed`): judges, a case, a ruling verb are such work.
COURT_CASES = [
    ("judges_at_a_court_ruled",   # fails on int43: the court dropped as a street
     "Judges at Lakeside Court ruled on Monday that the ban was void.\n", "Lakeside Court: actor"),
    ("case_heard_in_a_court",   # fails on int43: the court dropped as a street
     "The case was heard in Lakeside Court on Monday. The judge dismissed it.\n", "Lakeside Court: actor"),
    ("guard_a_housing_estate",   # act43's drop stays
     "A fire broke out in Lakeside Court, a housing estate in east London, on Monday.\n", "Lakeside Court: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in COURT_CASES])
def test_court_of_work_stays(run, text, spec):
    check_actors(run(text, published="2019-08-05"), text, spec)
