"""Actors on invented stories: a former office holder told only in a historical account takes the sector of the
office held in it; one who also acts on the article's date as a former holder stays ELI (hist50, issue 11;
bench/actors/GUIDE.md, Decided session 50)."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_year_in_office_on_the_persons_verb_is_an_account(run):
    text = ("WASHINGTON -- The treaty has a long history. In 1995 Bill Clinton signed an order that opened the talks, "
            "and the Senate took the matter up two years later. Lawmakers voted on the new text on Monday.\n")
    art = run(text, published="2016-05-03")
    clinton = at(art, text, "Bill Clinton")
    assert clinton.name == "Bill Clinton" and clinton.sector == "GOV"


def test_when_he_was_president_is_an_account(run):
    text = ("DENVER -- The mayor said the city had faced worse. The plant closed when Ronald Reagan was president, "
            "she recalled, and the town recovered within a decade.\n")
    art = run(text, published="2016-05-03")
    assert at(art, text, "Ronald Reagan").sector == "GOV"


def test_then_title_is_an_account(run):
    text = ("ATLANTA -- The pastor's church grew fast in the 1990s. He was invited to a prayer breakfast by "
            "then-President Bill Clinton, and the church later opened two schools.\n")
    art = run(text, published="2016-05-03")
    assert at(art, text, "Bill Clinton").sector == "GOV"


def test_served_under_a_president_is_an_account(run):
    text = ("BOSTON -- The new envoy knows the region well, said Dana Pryor, who served as Asia adviser under "
            "President George W. Bush.\n")
    art = run(text, published="2016-05-03")
    assert at(art, text, "George W. Bush").sector == "GOV"


def test_a_former_holder_who_speaks_now_stays_eli(run):
    text = ("ATLANTA -- Bill Clinton signed the bill in 1996, and he defended it on Tuesday. \"It was the right "
            "call,\" Clinton said at a rally for his wife.\n")
    art = run(text, published="2016-05-03")
    assert at(art, text, "Bill Clinton").sector == "ELI"


def test_former_before_a_mention_stays_eli(run):
    text = ("MIAMI -- Under President Bill Clinton the program doubled. Former President Bill Clinton will visit "
            "the clinic next week.\n")
    art = run(text, published="2016-05-03")
    assert at(art, text, "Bill Clinton").sector == "ELI"


def test_a_run_made_out_of_office_is_a_candidacy(run):
    text = ("CONCORD, N.H. -- In the 1984 primary here, Gary Hart defeated Walter Mondale by nine points, a "
            "professor said.\n")
    art = run(text, published="2016-02-10")
    assert at(art, text, "Walter Mondale").sector == "PTY"


def test_a_name_only_compared_stays_eli(run):
    text = ("TULSA -- Supporters compared the candidate to Ronald Reagan at the rally on Friday.\n")
    art = run(text, published="2016-05-03")
    reagan = at(art, text, "Ronald Reagan")
    assert reagan is None or reagan.sector == "ELI"


def test_another_persons_act_on_a_holder_in_a_year_is_no_account(run):
    text = ("AUSTIN -- The donor is a libertarian. He backed Bill Clinton for a second term in 1996 and now funds "
            "a think tank.\n")
    art = run(text, published="2016-05-03")
    clinton = at(art, text, "Bill Clinton")
    assert clinton is None or clinton.sector == "ELI"


def test_a_holder_of_long_ago_is_told_of_in_the_past(run):
    text = ("SPRINGFIELD, Ill. -- The governor closed his speech with a lesson about Abraham Lincoln, who matched "
            "the demands of his time, he said.\n")
    art = run(text, published="2016-05-03")
    assert at(art, text, "Abraham Lincoln").sector == "GOV"


def test_words_quoted_from_a_holder_of_long_ago_are_no_act_now(run):
    text = ("RICHMOND, Va. -- The speech echoed Abraham Lincoln, who said in his second inaugural address: \"With "
            "malice toward none, with charity for all.\"\n")
    art = run(text, published="2016-07-27")
    assert at(art, text, "Abraham Lincoln").sector == "GOV"
