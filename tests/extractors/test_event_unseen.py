"""Precision on articles no rule was written from (issue 10, ev14p): invented sentences, one form each."""
from __future__ import annotations

from tests.helpers import asserted, listed


def test_states_won_in_a_race_are_no_conquest(run):
    """In an election story a person taking states wins them; an armed group still captures a town."""
    art = run("\n\nSenator Ted Cruz won the primary in Texas on Tuesday. Ted Cruz has captured Texas and Oklahoma. "
              "He captured his native state of Vermont as well.\n")
    assert not any(e.type == "ASSAULT" for e in asserted(art)), listed(art)
    art = run("\n\nVoters went to the polls in the primary on Tuesday. Rebels captured the town of Idlib.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "captured" for e in asserted(art)), listed(art)


def test_guns_as_the_topic_of_an_attack_in_words(run):
    """`hit Sanders on guns`: the gun is what the criticism is about, not a weapon used; a knife used stays force."""
    art = run("\n\nHillary Clinton met voters on Monday. She hit Bernie Sanders on immigration, and she hit him on "
              "guns. Later she attacked Bernie Sanders for being too soft on guns.\n")
    hits = [e for e in asserted(art) if e.trigger.text in ("hit", "attacked")]
    assert hits and all(e.type == "ACCUSE" for e in hits), listed(art)
    art = run("\n\nA gunman attacked Senator Smith with a knife on Monday.\n")
    assert any(e.type == "ASSAULT" for e in asserted(art)), listed(art)
    art = run("\n\nThe fighting began on Friday, when the group launched a sniper attack on Israel Defense Forces' "
              "Personnel, wounding an officer.\n")   # (`on Friday` holds the attack: no topic of it)
    assert any(e.type == "ASSAULT" and "attack" in e.trigger.text for e in asserted(art)), listed(art)


def test_a_duty_denied_or_possible_asks_no_one(run):
    """`doesn't have to`, `may have to`, `would have to` lay no duty; `should not` asks not to act."""
    for text in ("Mr. Tribe said Obama doesn't have to pick a liberal.",
                 "Senator Burr said his party may have to disavow the nominee.",
                 "He said Ward would have to show proof.",
                 "41 percent of voters said Mr. Ward should step down from the charity."):
        art = run("\n\n" + text + "\n")
        assert not any(e.type == "REQUEST" for e in asserted(art)), (text, listed(art))
    art = run("\n\nMcConnell said the Senate should not confirm a replacement.\n")
    assert any(e.type == "REQUEST" for e in asserted(art)), listed(art)


def test_criticism_held_back_is_no_refusal(run):
    """`declined to criticize X` holds criticism back (negated), refusing no one; refusing to release stays REJECT."""
    art = run("\n\nThe governor declined to criticize Clinton on Sunday.\n")
    assert not any(e.type in ("REJECT", "ACCUSE") for e in asserted(art)), listed(art)
    assert any(e.type == "ACCUSE" and e.negated for e in art.events), listed(art)
    art = run("\n\nIran refused to release the sailors.\n")
    assert any(e.type == "REJECT" for e in asserted(art)), listed(art)


def test_recognising_a_thing_or_an_honour_backs_no_one(run):
    for text in ("Roe seemed to recognize the weight of the Harlow win.",
                 "Mr. Patterson had been recognized as Citizen of the Year."):
        art = run("\n\n" + text + "\n")
        assert not any(e.type == "SUPPORT" for e in asserted(art)), (text, listed(art))
    art = run("\n\nBritain recognized Kosovo on Monday.\n")
    assert any(e.type == "SUPPORT" for e in asserted(art)), listed(art)


def test_idioms_of_tone_and_suit(run):
    art = run("\n\nIn his victory speech, Mr. Trump struck a measured tone. The board of the union followed suit in "
              "October. The debate broke the record for viewers.\n")
    assert not asserted(art), listed(art)


def test_an_act_talked_or_felt_about_is_not_done(run):
    art = run("\n\nRoe did not seem worried about working with the Harlow senator.\n")
    assert not any(e.type == "COOPERATE" for e in asserted(art)), listed(art)


def test_hackers_attack_is_a_cyber_attack(run):
    """EVENT_GUIDE.md: cyber attacks are COERCE."""
    art = run("\n\nRussian hackers attacked the computer networks of the Democratic National Committee.\n")
    kinds = {e.type for e in asserted(art) if e.trigger.text == "attacked"}
    assert kinds == {"COERCE"}, listed(art)
    art = run("\n\nRebels attacked the army base on Sunday.\n")
    assert any(e.type == "ASSAULT" for e in asserted(art)), listed(art)


def test_a_cyber_attack_on_a_partys_networks_is_no_criticism(run):
    """Hackers' attack on what a party owns is a cyber attack (COERCE), not words aimed at the party; a politician's
    attack over hacking stays words, and a political `system` is no computer network (review rev14b)."""
    for text in ("Russian hackers attacked the Democratic Party's computer networks.",
                 "Hackers hit the party's servers on Sunday."):
        art = run("\n\n" + text + "\n")
        kinds = {e.type for e in asserted(art) if e.trigger.text in ("attacked", "hit")}
        assert kinds == {"COERCE"}, (text, listed(art))
    art = run("\n\nClinton attacked the Republican platform over the hacking of the party's emails.\n")
    assert not any(e.type == "COERCE" for e in asserted(art)), listed(art)
    art = run("\n\nThe senator attacked the political system on Monday.\n")
    assert not any(e.type == "COERCE" for e in asserted(art)), listed(art)


def test_a_place_taken_from_a_state_is_a_conquest_in_an_election_story(run):
    """`seized Crimea from Ukraine` in a story about a vote is still force; `took Ohio from the Democrats` a race."""
    art = run("\n\nVoters in Russia go to the polls in the presidential election on Sunday. Mr. Putin seized Crimea "
              "from Ukraine in 2014.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "seized" for e in asserted(art)), listed(art)
    art = run("\n\nSenator Ted Cruz won the primary in Texas on Tuesday. Ted Cruz took Ohio from the Democrats.\n")
    assert not any(e.type == "ASSAULT" for e in asserted(art)), listed(art)
