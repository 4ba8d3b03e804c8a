"""Dyads of whole articles (ev25d, issue 10), on invented sentences: a criticism or attack named by a noun and borne
by the clause's subject (`came under criticism`, `shrugged off attacks from X`: triggers._undergone), the generic
`you` of a quote's view (the speaker's: events._view_of_speaker) and companions joined by `along with`
(events._with_companions)."""
from __future__ import annotations

from tests.helpers import first_found, found, texts


def test_coming_under_criticism_makes_the_subject_its_target(run):
    art = run("\n\nSenator Tom Oakes came under heavy criticism after it emerged that he had used a private account.\n")
    acc = first_found(art, "ACCUSE")
    assert any("Oakes" in t for t in texts(acc.target)), acc
    assert not any("Oakes" in t for t in texts(acc.source)), acc


def test_attacks_shrugged_off_are_aimed_at_the_one_who_shrugs(run):
    art = run("\n\nGovernor Ann Price has shrugged off fresh attacks from the top Republican rival, Mark Reyes.\n")
    acc = next(e for e in found(art, "ACCUSE") if e.trigger.text == "attacks")
    assert any("Reyes" in t for t in texts(acc.source)) and any("Price" in t for t in texts(acc.target)), acc


def test_attacks_amid_which_someone_acts_are_aimed_at_them(run):
    art = run("\n\nMayor Dan Lowe sharpened his language amid attacks from Senator Bill Carver over immigration.\n")
    acc = first_found(art, "ACCUSE")
    assert any("Carver" in t for t in texts(acc.source)) and any("Lowe" in t for t in texts(acc.target)), acc


def test_criticism_responded_to_is_aimed_at_the_one_responding(run):
    art = run("\n\nDan Lowe responded to criticism from Senator Bill Carver on Monday.\n")
    acc = first_found(art, "ACCUSE")
    assert any("Carver" in t for t in texts(acc.source)) and any("Lowe" in t for t in texts(acc.target)), acc


def test_a_criticism_made_keeps_its_maker_as_source(run):
    # no verb or preposition of bearing: the subject who voices the criticism stays its source
    art = run("\n\nMayor Dan Lowe voiced sharp criticism of Senator Bill Carver on Monday.\n")
    acc = first_found(art, "ACCUSE")
    assert any("Lowe" in t for t in texts(acc.source)), acc
    assert not any("Lowe" in t for t in texts(acc.target)), acc


def test_a_protest_despite_which_a_council_acts_is_not_aimed_at_it(run):
    # only criticism, rebuffs, threats and attacks are borne this way: a protest keeps its own reading
    art = run("\n\nThe city council approved the new stadium on Monday despite protests from residents.\n")
    for ev in found(art, "PROTEST"):
        assert not any("council" in t for t in texts(ev.target)), ev


def test_the_generic_you_of_a_quote_is_its_speaker(run):
    art = run('\n\n"You can easily argue that Governor Tom Oakes is a racist with his policies," Senator Ann Price '
              'said.\n')
    acc = first_found(art, "ACCUSE")
    assert any("Ann Price" in t for t in texts(acc.source)), acc
    assert not any(t.lower() == "you" for t in texts(acc.source)), acc


def test_a_you_told_something_is_not_the_speaker(run):
    # `you said`: the one spoken to said it, not the speaker (no verb of thinking or arguing)
    art = run('\n\n"You said Mayor Dan Reyes lied to voters," the host told Senator Tom Oakes.\n')
    for ev in found(art, "ACCUSE"):
        assert not any("host" in t for t in texts(ev.source)), ev


def test_a_companion_of_a_subject_is_on_its_side(run):
    art = run("\n\nSenior Democrats on the committee, along with several governors, wrote to the attorney general, "
              "urging the department to review the rules.\n")
    req = first_found(art, "REQUEST")
    assert any("governors" in t for t in texts(req.source)), req
    assert not any("governors" in t for t in texts(req.target)), req


def test_a_companion_of_a_passive_subject_is_a_target(run):
    art = run("\n\nThe clerk was arrested, along with another employee of the store, police said.\n")
    arr = first_found(art, "COERCE")
    assert any("employee" in t for t in texts(arr.target)), arr
    assert not any("employee" in t for t in texts(arr.source)), arr


def test_a_companion_after_the_object_is_the_objects(run):
    art = run("\n\nThe government jailed Tom Oakes along with two other party leaders on Friday.\n")
    arr = first_found(art, "COERCE")
    assert any("leaders" in t for t in texts(arr.target)), arr
    assert not any("leaders" in t for t in texts(arr.source)), arr


def test_a_you_of_believing_told_to_someone_is_not_the_speaker(run):
    """rev25: the generic `you` needs a modal (`you would think`, `you can argue`); `you believe` told to someone
    is that one's view, not the speaker's."""
    art = run('\n\n"You believe Mayor Dan Reyes lied to voters," the host told Senator Tom Oakes.\n')
    assert not any("host" in t for e in found(art, "ACCUSE") for t in texts(e.source)), \
        [(e.trigger.text, texts(e.source)) for e in art.events]
    art = run('\n\n"You would think Mayor Dan Reyes lied to voters," the host said.\n')
    acc = first_found(art, "ACCUSE")
    assert any("host" in t for t in texts(acc.source)), acc
    art = run('\n\n"Once you think about the numbers, Mayor Dan Reyes plainly lied to voters," the host said.\n')
    acc = first_found(art, "ACCUSE")
    assert any("host" in t for t in texts(acc.source)), acc
