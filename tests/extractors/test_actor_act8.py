"""Actors on invented stories, for the class the act8 branch (December 2026, issue 11) fixed: an organisation named
like a phrase, a capitalised plural of people + `for`/`without` + a capitalised cause, is one NGO."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_plural_of_people_for_a_cause_is_one_ngo(run):
    text = ("WASHINGTON -- Physicians for Human Rights said on Monday that doctors had been detained. Pharmacists "
            "for Clean Water in Asia filed a complaint.\n")
    art = run(text, published="2016-05-01")
    a = at(art, text, "Physicians for Human Rights")
    assert a is not None and a.name == "Physicians for Human Rights" and a.sector == "NGO"
    b = at(art, text, "Pharmacists for Clean Water in Asia")
    assert b is not None and b.name == "Pharmacists for Clean Water in Asia" and b.sector == "NGO"


def test_a_demonym_plural_for_a_cause_is_no_plain_citizens(run):
    text = "WASHINGTON -- Americans for Prosperity spent millions on the race, the group said on Monday.\n"
    art = run(text, published="2016-05-01")
    a = at(art, text, "Americans for Prosperity")
    assert a is not None and a.name == "Americans for Prosperity" and a.sector == "NGO"


def test_without_links_a_cause_too(run):
    text = "NAIROBI -- Engineers Without Borders built a bridge near the village on Monday.\n"
    art = run(text, published="2016-05-01")
    a = at(art, text, "Engineers Without Borders")
    assert a is not None and a.name == "Engineers Without Borders" and a.sector == "NGO"


def test_plain_plurals_and_lawyers_for_a_name_stay_as_they_were(run):
    text = ("WASHINGTON -- Americans said on Monday they were tired of the race. Lawyers for Exxon Mobil declined to "
            "comment.\n")
    art = run(text, published="2016-05-01")
    a = at(art, text, "Americans")
    assert a is not None and a.name == "Americans"
    assert all("Lawyers for" not in x.name for x in art.actors)


def test_a_plural_for_a_lexicon_person_is_a_supporters_group(run):
    text = "COLUMBUS, Ohio -- Farmers for Trump rallied in the town on Monday.\n"
    art = run(text, published="2016-05-01")
    a = at(art, text, "Farmers for Trump")
    assert a is not None and a.sector == "PTY"


def test_the_head_of_such_a_group_takes_its_sector(run):
    text = ("WASHINGTON -- \"We are not welcome,\" said Mary Stone, executive director of Nurses for Fair Pay, on "
            "Monday.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Mary Stone").sector == "NGO"


def test_a_plural_of_things_for_a_cause_is_no_group(run):
    text = "SPRINGFIELD -- Prayers for Peace were held at the church on Sunday.\n"
    art = run(text, published="2016-05-01")
    assert at(art, text, "Prayers for Peace") is None
