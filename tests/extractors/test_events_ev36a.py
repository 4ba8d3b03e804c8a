"""Issue 10, ev36a: people as source and target. A verdict or a stance told in the passive is the `by` doer's
(`X has been discredited by Y`: Y accuses X), where a feeling's `by` is its cause (`troubled by`); a free relative
of naming judges what its complement names (`what they call the fraudulent nomination of Hale`: Hale), and its
he/she/they is the subject of the verb it hangs from, even over the coreference; a second named judge of the same
target keeps its own event (`denounced what Kell called X`). Invented sentences; each test keeps the forms that
stay."""
from __future__ import annotations

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _events(run, text: str) -> list:
    return events(run, text, names=True)


def test_a_verdict_in_the_passive_is_the_by_doers(run):
    evs = _events(run, "Senator Dale Kell has been discredited by Governor Tom Roe.")
    assert [(e[4], e[5]) for e in evs if e[1] == "discredited"] == [(("Tom Roe",), ("Dale Kell",))]


def test_respect_in_the_passive_is_the_by_doers(run):
    evs = _events(run, "Governor Tom Roe is widely respected by Senator Dale Kell.")
    assert [(e[0], e[4], e[5]) for e in evs if e[1] == "respected"] == [("SUPPORT", ("Dale Kell",), ("Tom Roe",))]


def test_a_feelings_by_stays_its_cause(run):
    evs = _events(run, "Senator Dale Kell was disappointed by Governor Tom Roe.")
    assert [(e[4], e[5]) for e in evs if e[1] == "disappointed"] == [(("Dale Kell",), ("Tom Roe",))]


def test_a_free_relative_of_naming_judges_what_it_names(run):
    evs = _events(run, "Campaign aide Dale Kell on Monday railed against what he characterized as the reckless "
                       "plan of Governor Tom Roe.")
    assert [e[5] for e in evs if e[1] == "characterized"] == [("Tom Roe",)]


def test_they_of_a_free_relative_is_the_body_it_hangs_from(run):
    evs = _events(run, "The Kell campaign is seeking to contrast her plan with what they call Governor Tom "
                       "Roe's selfish message.")
    assert [(e[2], e[5]) for e in evs if e[1] == "call"] == [(("The Kell campaign",), ("Tom Roe",))]


def test_a_they_told_by_someone_else_stays(run):
    evs = _events(run, "The Kell campaign said that what they call Governor Tom Roe's selfish message is a lie.")
    assert all(e[2] != ("The Kell campaign",) for e in evs if e[1] == "call")


def test_a_second_named_judge_of_the_same_thing_keeps_its_event(run):
    evs = _events(run, "Other leaders used blunt language to denounce what Prime Minister Dale Kell called North "
                       "Korea's reckless actions.")
    assert [e[4] for e in evs if e[1] == "called"] == [("Dale Kell",)]


def test_criticism_faced_in_a_despite_clause_is_from_its_from(run):
    evs = _events(run, "Acme Foods began laying off workers on Wednesday, despite facing criticism for the move "
                       "from Governor Tom Roe.")
    assert [(e[4], e[3]) for e in evs if e[1] == "criticism"] == [(("Tom Roe",), ("Acme Foods",))]


def test_support_joined_to_another_noun_is_from_its_from(run):
    evs = _events(run, "Senator Dale Kell has a big field staff and support from all major Democrats in this state.")
    sup = [e for e in evs if e[0] == "SUPPORT"]
    assert [(e[2], e[5]) for e in sup] == [(("all major Democrats",), ("Dale Kell",))]


def test_criticism_faced_by_the_subject_keeps_it_as_target(run):
    evs = _events(run, "Senator Dale Kell faced sharp criticism from Governor Tom Roe on Monday.")
    assert [(e[4], e[5]) for e in evs if e[1] == "criticism"] == [(("Tom Roe",), ("Dale Kell",))]


def test_a_victim_noun_is_the_he_of_its_clause(run):
    evs = _events(run, "A teen is recovering at the medical center after he was stabbed in the upper leg.")
    assert [e[3] for e in evs if e[1] == "stabbed"] and all("A teen" in e[3] for e in evs if e[1] == "stabbed")


def test_a_thing_is_no_he(run):
    evs = _events(run, "The storm hit the town after he criticized Governor Tom Roe.")
    assert all(e[2] == ("he",) for e in evs if e[1] == "criticized")


def test_one_persons_title_is_no_they(run):
    evs = _events(run, "The senator is seeking to contrast her plan with what they call Governor Tom Roe's "
                       "selfish message.")
    assert all(e[2] == ("they",) for e in evs if e[1] == "call")


def test_a_body_inside_a_persons_mention_is_a_they(run):
    evs = _events(run, "Ann Kell's campaign is seeking to contrast her plan with what they call Governor Tom "
                       "Roe's selfish message.")
    assert [e[2] for e in evs if e[1] == "call"] == [("Ann Kell's campaign",)]


def test_his_of_the_verbs_object_is_the_verbs_he(run):
    evs = _events(run, "He has been ratcheting up his critique of his rivals, most recently in a debate.")
    assert [e[2] for e in evs if e[1] == "critique"] == [("He",)]


def test_his_of_another_mans_deed_stays(run):
    evs = _events(run, "She has been ratcheting up his critique of the governor, most recently in a debate.")
    assert all(e[2] != ("She",) for e in evs if e[1] == "critique")
