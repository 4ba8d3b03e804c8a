"""Inquiries, prosecutions and lawsuits by law bodies (extractors/events/crime.py `_law_inquiry`,
`_inquiry_named`; lexicon/crime_words.tsv `lawinquiry`, `lawbody`, `inquirytopic`, `inquiryframe`), on invented
sentences: by a law body COERCE, by anyone else ACCUSE, named as a thing no event."""
from __future__ import annotations

from tests.helpers import asserted, types


def about(article, word):
    return [e for e in asserted(article) if word in e.trigger.text.lower()]


def test_the_lexicon_classes_load():
    from dateline.extractors.events import crime

    w = crime.words()
    assert "investigation" in w["lawinquiry"] and "committee" in w["lawbody"]
    assert "describe" in w["inquirytopic"] and "during" in w["inquiryframe"]


def test_the_fbi_investigating_an_actor_is_coercion(run):
    art = run("\n\nThe FBI is investigating the Harlow Foundation over its overseas donations, officials said "
              "on Monday.\n")
    ev = about(art, "investigat")
    assert ev and {e.type for e in ev} == {"COERCE"}, types(art)


def test_a_committee_inquiry_into_an_official_is_coercion(run):
    art = run("\n\nThe Senate committee is pressing ahead with its investigation into Governor Dana Pruitt's "
              "use of state aircraft.\n")
    ev = about(art, "investigation")
    assert ev and {e.type for e in ev} == {"COERCE"}, types(art)


def test_a_candidate_looking_into_his_staff_still_accuses(run):
    art = run("\n\nSenator Walt Brennan said he was investigating his campaign manager over the leaked "
              "memo.\n")
    assert not any(e.type == "COERCE" for e in about(art, "investigat")), types(art)


def test_a_private_lawsuit_stays_an_accusation(run):
    art = run("\n\nSeveral tenants filed a lawsuit against Brookline Properties on Tuesday, saying the company "
              "ignored repairs.\n")
    assert not any(e.type == "COERCE" for e in about(art, "lawsuit")), types(art)


def test_an_inquiry_that_finds_something_is_named_not_done(run):
    art = run("\n\nThe inquiry found little that had not been reported before about the mayor's trips.\n")
    assert not about(art, "inquiry"), types(art)


def test_a_probe_described_is_a_topic(run):
    art = run("\n\nThe governor's office has described the probe as a routine review of the contracts.\n")
    assert not about(art, "probe"), types(art)


def test_an_investigation_as_the_time_of_a_finding_is_no_event(run):
    art = run("\n\nAgents found the letters during their investigation of the senator's office.\n")
    assert not about(art, "investigation"), types(art)


def test_an_inquiry_opened_by_prosecutors_stays_an_accusation(run):
    art = run("\n\nState prosecutors launched an investigation into the Meridian Bank over the loans on "
              "Thursday.\n")
    ev = about(art, "investigation")
    assert ev and {e.type for e in ev} == {"ACCUSE"}, types(art)


def test_a_department_of_no_law_investigating_still_accuses(run):
    art = run("\n\nThe Department of Agriculture is investigating Greenfield Farms over the labels on its eggs.\n")
    assert not any(e.type == "COERCE" for e in about(art, "investigat")), types(art)
    art = run("\n\nThe Justice Department is investigating Greenfield Farms over the labels on its eggs.\n")
    assert {e.type for e in about(art, "investigat")} == {"COERCE"}, types(art)
