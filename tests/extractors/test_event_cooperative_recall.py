"""Recall of SUPPORT and CONCEDE (issue 10, branch ev21s): `credited X with`, `gave X credit` back X; `confessed to` a
deed concedes, and the deed confessed stays beside it; a finite conjunct is not under the modal before it; `by
contrast` is no doer; backing his candidacy backs him. On invented sentences."""
from __future__ import annotations

from tests.helpers import asserted, types


def test_someone_credited_with_a_deed_is_backed(run):
    art = run("\n\nThe union leader Dara Obi credited Governor Halvorsen with rescuing the port of Aberwick.\n")
    sup = [e for e in asserted(art) if e.type == "SUPPORT" and e.trigger.text == "credited"]
    assert sup and any("Halvorsen" in p.text for e in sup for p in e.target), types(art)


def test_an_outcome_credited_to_someone_backs_no_one(run):
    art = run("\n\nSenator Oakes credits the party's strong showing to the quality of its local organizers.\n")
    assert not any(e.type == "SUPPORT" and e.trigger.text == "credits" for e in asserted(art)), types(art)


def test_a_thing_credited_backs_no_one(run):
    art = run("\n\n\"It gets easier every month,\" the organizer said, crediting the new software for the gain.\n")
    assert not any(e.type == "SUPPORT" and e.trigger.text == "crediting" for e in asserted(art)), types(art)


def test_credit_given_to_someone_backs_them(run):
    art = run("\n\nSenator Oakes did give Governor Halvorsen some credit during the debate on Tuesday.\n")
    sup = [e for e in asserted(art) if e.type == "SUPPORT"]
    assert sup and any("Halvorsen" in p.text for e in sup for p in e.target), types(art)


def test_credit_given_to_no_one_named_backs_no_one(run):
    art = run("\n\n\"Their field offices were better than they have been given credit for,\" an aide said.\n")
    assert not any(e.type == "SUPPORT" for e in asserted(art)), types(art)


def test_a_confession_to_a_deed_concedes_and_keeps_the_deed(run):
    art = run("\n\nThe suspect was found an hour later, and police said he confessed to stabbing his neighbor.\n")
    found = types(art)
    assert ("CONCEDE", "confessed") in found, found
    assert any(t == "ASSAULT" for t, _ in found), found


def test_words_confessed_concede_nothing(run):
    art = run("\n\n\"This is a big day for the town of Aberwick,\" the mayor confessed.\n")
    assert not any(e.type == "CONCEDE" for e in asserted(art)), types(art)


def test_a_verb_with_a_tense_of_its_own_is_not_under_the_modal_before_it(run):
    art = run("\n\nMs. Reyes said she would like Senator Oakes to explain his plan but supports his candidacy.\n")
    sup = [e for e in art.events if e.type == "SUPPORT" and e.trigger.text == "supports"]
    assert sup and not sup[0].hypothetical and not sup[0].negated, types(art)


def test_a_verb_joined_under_a_modal_stays_under_it(run):
    art = run("\n\nMs. Reyes said she would meet the governor and support his candidacy.\n")
    assert not any(e.trigger.text == "support" and not e.hypothetical for e in art.events), types(art)


def test_a_manner_after_by_is_no_doer(run):
    art = run("\n\nBy contrast, the governor's pledge to add 700 officers was warmly welcomed by the city council.\n")
    sup = [e for e in asserted(art) if e.type == "SUPPORT" and e.trigger.text == "welcomed"]
    assert sup and any("council" in p.text for e in sup for p in e.source), types(art)


def test_backing_his_candidacy_backs_a_person(run):
    art = run("\n\nThe union leader Dara Obi endorsed Governor Halvorsen last year and still backs his candidacy.\n")
    assert any(e.type == "SUPPORT" and e.trigger.text == "backs" for e in asserted(art)), types(art)
