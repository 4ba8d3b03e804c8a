"""ACCUSE precision on whole articles (issue 10, ev24c): a word of need or importance is no verdict (`is critical to
our advantage`, evaluative.py `_of_need`), a naming verb that names a need gives the criticism detector no
speaker (`called the speech a "critical moment"`, criticism.py `_named_need`), and an inquiry
into no one and nothing named accuses no one (`the Rangers are investigating`, checks.py `_police_inquiry`); on
invented sentences, with the forms that must stay criticism beside them."""
from __future__ import annotations

from tests.helpers import blames, found, pairs


def test_a_word_of_need_with_what_it_matters_to_is_no_verdict(run):
    art = run("\n\n\u201cThe Farmers Union being seen as a fair broker is critical to our lead over the Greens,\u201d "
              "Senator Oakes said.\n")
    assert not blames(pairs(art, "ACCUSE"), "", "Farmers Union"), pairs(art, "ACCUSE")


def test_critical_of_someone_stays_blame(run):
    art = run("\n\n\u201cThe Farmers Union is critical of the mayor's water plan,\u201d Senator Oakes said.\n")
    assert pairs(art, "ACCUSE"), pairs(art, "ACCUSE")


def test_a_speech_called_a_critical_moment_is_no_criticism(run):
    art = run("\n\nSenator Oakes, a leader of the Farmers Union, called the speech a \u201ccritical moment\u201d "
              "for Governor Brill.\n")
    assert not blames(pairs(art, "ACCUSE"), "Oakes", "Brill"), pairs(art, "ACCUSE")


def test_an_inquiry_into_no_one_named_accuses_no_one(run):
    art = run("\n\nThe county rangers are investigating and are being helped by the city police.\n")
    assert not found(art, "ACCUSE"), pairs(art, "ACCUSE")
    art = run("\n\nMayor Brill has fired his budget director and is investigating whether to punish other "
              "staff members.\n")
    assert not found(art, "ACCUSE"), pairs(art, "ACCUSE")


def test_an_inquiry_into_someone_stays(run):
    art = run("\n\nThe state auditor is investigating Mayor Brill over the missing funds.\n")
    assert blames(pairs(art, "ACCUSE"), "auditor", "Brill"), pairs(art, "ACCUSE")


def test_a_word_of_need_with_what_it_matters_to_is_no_feeling(run):
    # (rev24: the feeling reader read `critical for` as a feeling about the town)
    art = run("\n\nThe governor's decision was critical for the harbor town, Senator Oakes said.\n")
    assert not found(art, "ACCUSE"), pairs(art, "ACCUSE")


def test_a_plain_word_before_the_noun_of_a_naming_verb_is_no_verdict(run):
    # (rev24: `cast` as a naming verb read `critical` before `vote` as the name given)
    art = run("\n\nSenator Oakes cast the critical vote against Governor Brill's budget on Tuesday.\n")
    assert not found(art, "ACCUSE"), pairs(art, "ACCUSE")
    art = run("\n\nSenator Oakes called Governor Brill a weak leader.\n")
    assert blames(pairs(art, "ACCUSE"), "Oakes", "Brill"), pairs(art, "ACCUSE")
