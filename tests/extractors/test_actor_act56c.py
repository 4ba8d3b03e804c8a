"""act56c: sectors of campaign coverage (docs/actors.md `### act56c`). A party's plural on Capitol Hill or in Congress
is its lawmakers (states.py `_party_in_body`); a plural title in apposition with names joined by `and` says what each
is (descriptions.py `_title_to_listed_names`); a kind of organisation before an unknown name makes it that kind of body,
and a title `of` it takes the kind's sector (states.py `unknown_orgs`, people.py `_kind_of_body`); the singular
`Communication Director` is a staff title; a `the` title whose apposition names a person after a phrase of its own is
that person (descriptions.py `_title_apposed_across`). Invented stories, a near-miss each."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, actor_in, actors_in, run_lead

LEAD = "Democratic presidential candidate Ann Vickery won the Harlow caucuses on Monday.\n\n"
DAY = "2016-02-02"


def test_party_plural_on_capitol_hill_is_its_lawmakers(run):
    group = actor_in(run, LEAD + "Republicans on Capitol Hill rushed on Monday to disown the remarks by Vickery.\n",
                     "Republicans", published=DAY)
    assert group is not None and group.sector == "LEG", group


def test_party_plural_in_congress_is_its_lawmakers(run):
    group = actor_in(run, LEAD + "Democrats in Congress said on Tuesday they would block the spending bill.\n",
                     "Democrats", published=DAY)
    assert group is not None and group.sector == "LEG", group


def test_near_miss_party_plural_in_a_state_is_no_legislature(run):
    group = actor_in(run, LEAD + "Republicans in Iowa cheered Vickery's rival at a rally in Dover on Tuesday.\n",
                     "Republicans", published=DAY)
    assert group is None or group.sector != "LEG", group


def test_singular_communication_director_of_a_candidate_is_campaign_staff(run):
    text = ("Democratic presidential candidate Ann Vickery won in Iowa on Monday. On Tuesday, Vickery Communication "
            "Director Jo Marsh said Vickery was pleased.\n")
    marsh = actor_in(run, text, "Jo Marsh", published=DAY)
    assert marsh is not None and marsh.sector == "PTY", marsh


def test_near_miss_city_communication_director_stays_the_citys(run):
    marsh = actor_in(run, LEAD + "On Tuesday, City Communication Director Jo Marsh said the roads were shut.\n",
                     "Jo Marsh", published=DAY)
    assert marsh is not None and marsh.sector == "GOV", marsh


def test_plural_title_in_apposition_with_listed_names_says_what_each_is(run):
    for name, person in actors_in(run, LEAD + "Its backers include Tad Horne and Ezra Quill, high-profile hedge "
                                              "fund managers who back Vickery.\n", "Tad Horne", "Ezra Quill",
                                  published=DAY):
        assert person is not None and person.sector == "BUS", (name, person)


def test_near_miss_plural_title_not_in_apposition_leaves_the_names_alone(run):
    for name, person in actors_in(run, LEAD + "Tad Horne met Ezra Quill in Dover, and hedge fund managers cheered "
                                              "them.\n", "Tad Horne", "Ezra Quill", published=DAY):
        assert person is not None and person.sector != "BUS", (name, person)


def test_kind_of_body_before_an_unknown_name_makes_the_body_and_its_director(run):
    text, article = run_lead(run, LEAD, "Ned Voss, executive director of the advocacy group Fair Plains, said the "
                                        "plan was cruel.\n", published=DAY)
    body = actor_at(article, text, "Fair Plains")
    voss = actor_at(article, text, "Ned Voss")
    assert body is not None and body.sector == "NGO", body
    assert voss is not None and voss.sector == "NGO", voss


def test_near_miss_a_named_group_of_no_kind_stays_a_firm(run):
    voss = actor_in(run, LEAD + "Ned Voss, president of the Dover Group, said the plan was cruel.\n", "Ned Voss",
                    published=DAY)
    assert voss is not None and voss.sector == "BUS", voss


def test_title_apposed_across_its_own_phrase_is_the_person_named(run):
    text, article = run_lead(run, LEAD, "Vickery said the U.S. district judge overseeing Harlow College lawsuits, "
                                        "the Ohio-born Nell Ostrander, could not be fair.\n", published=DAY)
    judge = actor_at(article, text, "district judge")
    person = actor_at(article, text, "Nell Ostrander")
    assert person is not None and person.sector == "JUD", person
    assert judge is not None and judge.id == person.id, (judge, person)


def test_near_miss_a_name_apposed_to_a_person_noun_is_not_the_title_holder(run):
    person = actor_in(run, LEAD + "The judge overseeing the case questioned the plaintiff, Nell Ostrander, on "
                                  "Monday.\n", "Nell Ostrander", published=DAY)
    assert person is None or person.sector != "JUD", person


def test_near_miss_plural_title_last_in_a_list_of_three_is_no_apposition(run):
    for name, person in actors_in(run, LEAD + "The fund is run by Tad Horne, Ezra Quill and hedge fund managers "
                                              "from Dover.\n", "Tad Horne", "Ezra Quill", published=DAY):
        assert person is not None and person.sector != "BUS", (name, person)


# a justice ministry told at a criminal inquiry is JUD, and so is its spokeswoman (codes.py `_probes`)
@pytest.mark.parametrize("body", [
    "Senator Tom Ward on Tuesday requested another Justice Department investigation of Vickery. A Justice "
    "Department spokeswoman declined to comment.\n",
    "Two House committees asked the Justice Department to investigate whether Vickery lied under oath.\n",
    "The two tax clerks now expect to be prosecuted by the Justice Department.\n",
])
def test_justice_ministry_at_a_criminal_inquiry_is_jud(run, body):
    text, article = run_lead(run, LEAD, body, published=DAY)
    ministry = actor_at(article, text, "Justice Department")
    assert ministry is not None and ministry.sector == "JUD", ministry
    if "spokeswoman" in body:
        speaker = actor_at(article, text, "spokeswoman")
        assert speaker is not None and speaker.sector == "JUD", speaker


def test_near_miss_justice_ministry_returning_a_weapon_stays_gov(run):
    text, article = run_lead(run, LEAD, "The Justice Department returned the rifle to him last year. A Justice "
                                        "Department spokeswoman declined to comment.\n", published=DAY)
    ministry = actor_at(article, text, "Justice Department")
    speaker = actor_at(article, text, "spokeswoman")
    assert ministry is not None and ministry.sector == "GOV", ministry
    assert speaker is not None and speaker.sector == "GOV", speaker


def test_plural_super_pacs_are_a_party_group(run):
    group = actor_in(run, LEAD + "Republicans and their super PACs have shown whom they fear most.\n", "super PACs",
                     published=DAY)
    assert group is not None and group.sector == "PTY", group


def test_a_name_with_a_channel_in_apposition_is_an_outlet(run):
    outlet = actor_in(run, LEAD + "He also hosts a show on Dovetail, a cable channel.\n", "Dovetail",
                      published=DAY)
    assert outlet is not None and outlet.sector == "MED", outlet


def test_near_miss_channels_of_diplomacy_are_no_outlet(run):
    assert actor_in(run, LEAD + "The talks went on through diplomatic channels in Dover.\n", "channels",
                    published=DAY) is None


def test_near_miss_a_name_right_before_channel_is_a_stream_no_outlet(run):
    assert actor_in(run, LEAD + "The show airs on Sirius XM Harlow channel 125 from 6AM.\n", "Harlow channel",
                    published=DAY) is None


@pytest.mark.parametrize("body, name, sector", [
    ("On the left, Nora Pell, the feminist leader and novelist, likened her to a heretic.\n", "Nora Pell", "OPP"),
    ("Civil rights leader Nora Pell spoke in Dover on Tuesday.\n", "Nora Pell", "OPP"),
    ("Student leader Nora Pell spoke at Harlow College on Tuesday.\n", "Nora Pell", "EDU"),
    ("Nora Pell, the party leader, spoke in Dover on Tuesday.\n", "Nora Pell", "PTY"),   # near-miss: the party's
])
def test_leaders_of_a_cause_are_activists(run, body, name, sector):
    person = actor_in(run, LEAD + body, name, published=DAY)
    assert person is not None and person.sector == sector, person
