"""prec56: words the tagger took for names that are no actors, found by an audit of unseen campaign and local text
(session 56, issue 11; bench/prec56_audit.tsv): a common word in capitals (a lede's first word, a post's emphasis),
a word of a page's style code, an obituary's `Friends may call`, the name of an event its goers are called by, and a
handle closed by digits on its owner's line. Invented sentences and people; rows marked `fails on main` fail before
the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

# a lede whose first word is written in capitals after a headline that has it in lower case, as some papers print it
LEDE = ("Board is blamed as waste chokes the trout . WASTE is seeping into the Marle brook, killing trout by the "
        "hundred, since the district board waved through a new pig farm on the hill.\n")
LEDE_ACRONYM = ("Council is accused as floods ruin crops . FEMA is sending teams to the river towns, after a local "
                "authority asked for help to rebuild the levee.\n")

# a neighbour's post quoted in a shooting report, with a word in capitals for emphasis
POST = ("Gunfire hit the plaza on Friday. Our laundromat is CLOSED, front window cracked by one stray shot "
        "@KXTpic.twitter.com/ab12Cd \u2014 Lu Perl (@LuPerl) April 9, 2016. Police said no one was hurt.\n")

# a post's page that kept its style code in the body
STYLE = ("Senator Ada Pell said on Tuesday that the bill would pass, and her party agreed.\n"
         "This story was revised to add remarks by Pell.\n\n"
         ".card-box {\n   width:100%;\n   padding-top:12px;\n   }\n   .card-text {\n   text-align:left;\n"
         "   font-family:Georgia, Times, serif;\n   font-size:14px;\n   }\n\n"
         "Rick Dunn is a political writer for the Harlow Ledger.\n")
UNSTYLED = ("Senator Ada Pell said on Tuesday that the bill would pass {in Georgia, she said}.\n"
            "Rick Dunn is a political writer for the Harlow Ledger.\n")

# an obituary's visiting formula, and friends who act in a local story
OBIT = ("Mary Lou Trask, 81, of Elmtown, died Tuesday at home.\n"
        "She was the wife of the late Carl Trask.\n"
        "Friends may call Sunday from 5 to 7 p.m. at the Harlow Funeral Home.\n")
ACTING = ("A crowd gathered on Main Street on Monday to remember Ben Ott, who died in the crash.\n"
          "Friends said Ott had planned to open a bakery in the spring.\n")

# a poll among the goers of a supper named for its two draws
GOERS = "If a straw poll were limited to Hotdogs and Hustings attendees, Trump would win, and by a lot.\n"

# a country's possessive before a thing a superlative ranks among the land's own
RANKED = ("A man fired shots outside the Vellmar arcade, among Germany's largest shopping centers, in Kassel on "
          "Sunday, police said.\n")
PORT = "The ship docked at Chile's busiest port on Tuesday, the harbour master said.\n"
OWNS = "Germany's largest union called a strike on Monday, and Germany's government said it would not intervene.\n"
DEED = ("The council denounced North Korea's latest rocket launch, and North Korea's largest atomic test drew "
        "sanctions.\n")
ALLY = "Britain's closest ally, the United States, backed the plan, Prime Minister Theresa May said.\n"

# a country's possessive before a named firm: the firm's home
FIRM = "Investors were promised returns from deliveries to Chile's Corvana furniture store chain, prosecutors said.\n"
UNNAMED_FIRMS = "Russia's oil companies were hit by new sanctions, and Russia's government protested.\n"

# the seat of an office before what is won or hoped for in the race for it
PRIZE = "A pollster told Democrats that young renters hold the key to a White House win next fall.\n"
AMBITION = "The senator has never hidden his White House ambitions, his aides said.\n"
SEAT_ACTS = "The White House said on Monday that the president would veto the bill.\n"

# a columnist's line with a handle closed by a digit
HANDLE = ("Lower taxes will not fix the deficit on their own.\n"
          "Nina Castell is an economist at Harlow College. She tweets @ncastell2.\n")

# an office's handle made of a title and a US state, in a post quoted after the holder is named
OFFICE_HANDLE = ("Texas Gov. Ray Holton signed the water bill on Tuesday. A mayor cheered online: \"Thank you "
                 "@GovernorTX for backing our towns,\" she wrote.\n")
OTHER_STATE = ("Ohio Sen. Tom Ardley and Virginia Sen. Ben Kole spoke. \"Thanks to @SenatorTX for the help,\" Kole "
               "wrote.\n")

CASES = [
    ("a_lede_word_in_capitals_is_no_body",   # fails on main: WASTE an actor with no sector
     LEDE, "WASTE: none"),
    ("guard_the_board_of_the_lede_stays",
     LEDE, "the district board: actor"),
    ("guard_an_acronym_never_in_lower_case_stays",
     LEDE_ACRONYM, "FEMA: actor"),
    ("a_word_in_capitals_for_emphasis_is_no_body",   # fails on main: CLOSED an actor
     POST, "CLOSED: none"),
    ("guard_the_police_of_the_post_stay",
     POST, "Police: actor"),
    ("words_of_style_code_are_no_actors",   # fails on main: the fonts Georgia (GOV) and Times (MED) actors
     STYLE, "Georgia: none; Times: none"),
    ("guard_the_writer_after_the_style_code_stays",
     STYLE, "Rick Dunn: actor; Ada Pell: actor"),
    ("guard_braces_with_no_style_rule_keep_their_words",
     UNSTYLED, "Rick Dunn: actor; Ada Pell: actor"),
    ("an_obituary_visiting_formula_is_no_group",   # fails on main: `Friends` a CVL group
     OBIT, "Friends: none"),
    ("guard_friends_who_speak_stay",
     ACTING, "Friends: actor"),
    ("an_event_named_by_its_goers_is_no_actor",   # fails on main: `Hotdogs and Hustings` an actor
     GOERS, "Hotdogs and Hustings: none"),
    ("guard_the_candidate_stays",
     GOERS, "Trump: actor"),
    ("a_land_where_a_thing_ranks_is_a_place",   # fails on main: Germany a GOV actor
     RANKED, "Germany: none; police: actor"),
    ("a_land_where_a_port_ranks_is_a_place",   # fails on main: Chile a GOV actor
     PORT, "Chile: none"),
    ("guard_the_land_that_acts_stays",
     OWNS, "Germany#1: sector=GOV"),
    ("guard_a_deed_a_superlative_ranks_keeps_the_state",   # a test and a launch are the state's own acts
     DEED, "North Korea: sector=GOV; North Korea#1: sector=GOV"),
    ("guard_a_ranked_person_leaves_the_state",
     ALLY, "Britain: sector=GOV"),
    ("a_land_before_a_named_firm_is_its_home",   # fails on main: Chile a GOV actor
     FIRM, "Chile: none; prosecutors: actor"),
    ("guard_firms_with_no_name_are_left_as_they_were",
     UNNAMED_FIRMS, "Russia's oil companies: sector=BUS; Russia's government: sector=GOV"),
    ("a_seat_before_a_win_is_the_office_sought",   # fails on main: White House a GOV actor
     PRIZE, "White House: none"),
    ("a_seat_before_ambitions_is_the_office_sought",   # fails on main: White House a GOV actor
     AMBITION, "White House: none"),
    ("guard_the_seat_that_speaks_stays",
     SEAT_ACTS, "White House: sector=GOV"),
    ("an_office_handle_is_the_holder_named_with_its_state",   # fails on main: `@GovernorTX` a CVL actor
     OFFICE_HANDLE, "@GovernorTX: same=Ray Holton"),
    ("guard_an_office_handle_of_another_state_stays_apart",
     OTHER_STATE, "@SenatorTX: actor; Tom Ardley: sector=LEG; Ben Kole: sector=LEG"),
    ("a_handle_closed_by_a_digit_is_its_owner",   # fails on main: `@ncastell2` an actor of its own
     HANDLE, "@ncastell2: same=Nina Castell"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_prec56_plain_words(run, text, spec):
    check_actors(run(text, published="2016-03-01"), text, spec)


def test_prec56_guard_a_handle_of_another_name_stays_apart(run):
    text = ("Lower taxes will not fix the deficit on their own.\n"
            "Nina Castell is an economist at Harlow College. Reporter Sam Bly tweets @pollwatch2.\n")
    art = run(text, published="2016-03-01")
    castell = next(a for a in art.actors if a.name == "Nina Castell")
    assert not any(m.text == "@pollwatch2" for m in castell.mentions)


def test_prec56_guard_an_office_handle_of_another_state_joins_no_one(run):
    art = run(OTHER_STATE, published="2016-03-01")
    holder = next(a for a in art.actors if any(m.text == "@SenatorTX" for m in a.mentions))
    assert holder.name not in ("Tom Ardley", "Ben Kole")
