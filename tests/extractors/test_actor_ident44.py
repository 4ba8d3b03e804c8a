"""ident44: a lexicon surname that is a place or a common word, the person an administration names, middle names
spelled out. Invented
sentences; rows marked `fails on main` fail before ident44, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

CASES = [
    ("surname_as_a_county_after_in",               # fails on main: John Kerry
     "2016-04-02", "The county council opened a new library in Kerry on Sunday, a spokesman said.\n",
     "Kerry: none"),
    ("surname_as_a_county_after_near",             # fails on main: John Kerry
     "2016-04-02", "A lorry overturned on a bog road near Kerry early on Tuesday, blocking traffic for hours.\n",
     "Kerry: none"),
    ("guard_the_person_named_in_full",             # the article names John Kerry: `in Kerry` stays his
     "2014-04-02", "Secretary of State John Kerry met the envoys in Geneva. Diplomats said they had little faith in "
     "Kerry after the talks.\n", "Kerry#1: name=John Kerry"),
    ("guard_a_noun_whose_in_takes_a_person",       # `confidence in Kerry`: the person, as before
     "2014-04-02", "Voters at the rally said they had lost confidence in Kerry on trade.\n", "Kerry: name=John Kerry"),
    ("guard_a_possessive",                         # `in Kerry's plan`: the person's
     "2014-04-02", "Envoys saw no merit in Kerry's plan for the border talks.\n", "Kerry: name=John Kerry"),
    ("guard_common_word_in_a_headline",            # no Ban Ki-moon (main too: the headline above a body)
     "2012-05-03", "Airline Ends Travel Ban On Crew Flights\n\nThe carrier said on Thursday its pilots could fly "
     "again.\n", "Ban: none"),
    ("common_word_in_a_one_line_story",            # fails on main: Ban Ki-moon
     "2012-05-03", "Port City Lifts Fishing Ban After Storm.\n", "Ban: none"),
    ("guard_the_headline_subject",                 # the line's first word: the secretary-general, as before
     "2012-05-03", "Ban Urges Restraint In Border Dispute\n\nThe UN chief spoke to reporters on Thursday.\n",
     "Ban: name=Ban Ki-moon"),
    ("guard_named_in_full_below",                  # the body names Ban Ki-moon: the headline's Ban is his
     "2012-05-03", "Envoys Back Ban Peace Plan\n\nUN Secretary-General Ban Ki-moon thanked the envoys on "
     "Thursday.\n", "Ban: name=Ban Ki-moon"),
    ("administration_in_capitals_undated",         # fails on main: Hillary Clinton
     None, "Clinton Administration envoys cut aid to the army of the island state over its record on rights.\n",
     "Clinton: name=Bill Clinton"),
    ("administration_on_a_later_day",              # fails on main: Hillary Clinton, the candidate that day
     "2016-03-01", "Officials of the Clinton administration cut aid to the island's army in the 1990s, the report "
     "says.\n", "Clinton: name=Bill Clinton"),
    ("administration_of_the_latest_head_by_then",  # fails on main: Jeb Bush, the candidate that day
     "2015-09-01", "Veterans of the Bush administration gathered in Dallas on Monday for a reunion.\n",
     "Bush: name=George W. Bush"),
    ("middle_names_spelled_out",                   # fails on main: George W. Bush (the undated surname's latest)
     None, "President George Herbert Walker Bush signed a budget law after weeks of talks with Congress.\n",
     "Bush: name=George H. W. Bush"),
    ("guard_middle_names_of_no_lexicon_initials",  # `Forbes` spells no initial the lexicon writes: John Kerry
     "2004-05-01", "Senator John Forbes Kerry spoke in Boston on Monday.\n", "Kerry: name=John Kerry"),
    ("guard_administration_of_the_father",         # in 1991 the only Bush who had headed the state
     "1991-09-01", "Officials of the Bush administration pressed the envoys on arms on Monday.\n",
     "Bush: name=George H. W. Bush"),
]


@pytest.mark.parametrize("published, text, spec", [pytest.param(d, t, s, id=i) for i, d, t, s in CASES])
def test_ident44(run, published, text, spec):
    check_actors(run(text, published=published), text, spec)
