"""Actors on invented stories, for the misfires rev29b found at the edges of act29a's identity rules (issue 11): a
title of a trade many hold whose lexicon row is a post one person holds at a time (the opposition's leader, a
state's post under a trade's word), and `the state attorney general` in a US story."""
from __future__ import annotations

from tests.helpers import name_at


def test_the_opposition_leader_is_the_one_holder_of_that_post(run):
    text = ("LONDON (Wire) -- The British opposition leader said on Tuesday that the budget would hurt "
            "pensioners. Prime Minister Gordon Brown rejected the charge.\n")
    art = run(text, published="2009-02-10")
    assert name_at(art, text, "opposition leader") == "David Cameron"
    text = ("CARACAS (Wire) -- The Venezuelan opposition leader urged soldiers on Sunday to back a new "
            "election. President Nicolas Maduro called it a plot.\n")
    art = run(text, published="2019-05-05")
    assert name_at(art, text, "opposition leader") == "Juan Guaido"


def test_a_states_post_under_a_trades_word_needs_the_countrys_own_word(run):
    text = ("KABUL (Wire) -- The Afghan chief executive told donors on Monday that the roads would be "
            "finished next year.\n")
    art = run(text, published="2017-03-06")
    assert name_at(art, text, "chief executive") == "Abdullah Abdullah"
    text = ("KABUL (Wire) -- The chief executive of Pamir Telecom, a small firm, told reporters on Monday "
            "that sales had doubled.\n")
    art = run(text, published="2017-03-06")
    assert name_at(art, text, "chief executive") != "Abdullah Abdullah"   # a firm's, the country read from the story
    text = "WASHINGTON (Wire) -- The columnist wrote on Sunday that the tax bill would pass.\n"
    art = run(text, published="2015-03-08")
    assert name_at(art, text, "columnist") != "Ann Coulter"


def test_the_state_attorney_general_is_no_federal_one(run):
    text = ("COLUMBIA, S.C. (Wire) -- The state attorney general said on Monday that he would appeal the "
            "ruling on the voting law. Attorney General Eric Holder welcomed the ruling in Washington.\n")
    art = run(text, published="2013-10-07")
    assert name_at(art, text, "state attorney general") != "Eric Holder"
    assert name_at(art, text, "Eric Holder") == "Eric Holder"


def test_vs_between_two_lexicon_people_is_a_contest_not_a_case(run):
    text = ("MIAMI (Wire) -- It will be Obama vs. Romney on the stage on Monday night, and the campaigns traded "
            "barbs all weekend.\n")
    art = run(text, published="2012-10-21")
    assert name_at(art, text, "Obama") == "Barack Obama"
    text = "WASHINGTON (Wire) -- Lawyers for the state cited Ashcroft v. Iqbal in a motion on Friday.\n"
    art = run(text, published="2014-04-11")
    assert name_at(art, text, "Ashcroft") != "John Ashcroft"
    text = "WASHINGTON (Wire) -- The justices heard Trump vs. Hawaii on Wednesday, a case on the travel ban.\n"
    art = run(text, published="2018-04-25")
    assert name_at(art, text, "Trump") != "Donald Trump"
