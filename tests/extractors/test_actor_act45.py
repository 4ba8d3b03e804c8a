"""act45: false actors of the fourth precision audit, on invented stories (docs/actors.md `### act45`,
actors/page_things.py). A name only in the page's navigation (`Home | Local | X`), in a list under a list heading
(`Most Popular`), in a labelled link (`Related: ...`), in a newsletter's promotion or after a credit's label is none;
a body named as a venue (`the X Events Center`) that is no subject is none; a legal form split from its company
(`LLC`) is none; a byline's capitals or role glued to a reporter's name is that reporter; a road after a preposition
is no person; `inspector` in `inspector general` is no police inspector. Invented sentences; one row per case (rows
marked `fails on main` fail before the change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("breadcrumb_of_the_page",   # fails on main: `Republicans` the party
     "News \u203a Republicans\n\nA barn burned near Pell City on Sunday, the fire chief said.\n",
     "Republicans: none; fire chief: actor"),
    ("share_buttons_line",   # fails on main: `the Editor` an outlet's editor
     "Share on Facebook  Share on Twitter  Email the Editor\n\nA barn burned near Pell City on Sunday, the fire chief "
     "said.\n",
     "Editor: none"),
    ("guard_navigation_line_beside_the_body",
     "Home | Local | Sports\n\nA barn burned near Pell City on Sunday, the Pell City Fire Department said.\n",
     "Pell City Fire Department: actor"),
    ("list_under_a_most_popular_heading",   # fails on main: `Ruth Varga` a person
     "A barn burned near Pell City on Sunday, the fire chief said.\n\nMost Popular\nRuth Varga to retire next year\n"
     "Two hurt in Elm Street crash\n",
     "Ruth Varga: none"),
    ("guard_a_heading_word_before_a_stopped_line",
     "Related coverage\nMayor Tom Ilves said on Monday that the budget was balanced.\n",
     "Tom Ilves: actor"),
    ("labelled_link_line",   # fails on main: `Nora Pryce` a person
     "A barn burned near Pell City on Sunday, the fire chief said.\n\nRelated: Nora Pryce signs the road bill\n",
     "Nora Pryce: none"),
    ("names_after_a_credit_label",   # fails on main: `County Historical Society` a body
     "Volunteers cleaned the river bank on Saturday, the county said.\n\nCredit: Marlow County Historical Society\n",
     "County Historical Society: none; the county: actor"),
    ("newsletter_promotion",   # fails on main: `Ledger Politics Daily` an outlet
     "The county paved two roads this week, officials said.\n\nSign up for Ledger Politics Daily and get the latest "
     "news in your inbox.\n",
     "Ledger Politics Daily: none"),
    ("guard_a_tag_line_names_the_story_actor",
     "An Arlo Networks spokesperson said the outage was over.\n\nTags: Arlo Networks, outage, internet\n",
     "Arlo Networks#1: actor"),
    ("venue_named_as_the_place_of_a_rally",   # fails on main: `Colton Events Center` a body
     "More than 3,000 people packed the Colton Events Center on Saturday for the rally, organizers said.\n",
     "Colton Events Center: none"),
    ("guard_venue_that_acts",
     "The Dunmore Civic Center announced on Monday that it would close for repairs.\n",
     "Dunmore Civic Center: actor"),
    ("legal_form_split_from_its_company",   # fails on main: `LLC` a company
     "The county paved two roads this week, officials said.\n\nCopyright 2017 Marlow Broadcasting Group, LLC.\n",
     "LLC: none"),
    ("byline_role_glued_to_the_name",   # fails on main: two actors for the reporter
     "School board delays vote\n\nBy Dana Whitcomb Staff Writer\nMay 2, 2016\n\nThe Marlow school board met on "
     "Monday and delayed a vote.\n\nDana Whitcomb can be reached at 555-0100.\n",
     "Staff Writer: none; Dana Whitcomb: same=Dana Whitcomb#1"),
    ("byline_in_capitals",   # fails on main: `TOM BELL` an actor of its own
     "Council passes budget\n\nBy RENA OKAFOR and TOM BELL\n\nThe Marlow city council passed the budget on Monday, "
     "Mayor Ed Lutz said.\n\nAuthors:\nRena Okafor  @rokafor\nTom Bell  @tbell\n",
     "TOM BELL: same=Tom Bell; Tom Bell: name=Tom Bell"),
    ("inspector_of_inspector_general",   # fails on main: a US police actor on `Justice Department inspector`
     "Lawmakers cited the State Department inspector general's findings on Tuesday.\n",
     "inspector: sector=GOV"),
    ("guard_magistrate_judge_keeps_its_country",
     "A U.S. magistrate judge ordered the two men held without bail on Friday.\n",
     "U.S. magistrate: country=USA"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act45_false_actors(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


def test_page_lines_kinds():
    from dateline.extractors.actors.page_things import _list_heading, _nav_line, _page_lines, _promotion

    assert _nav_line("Politics \u203a Media") and _nav_line("Share on Facebook  Share on Twitter  Email")
    assert not _nav_line("Dow  8,487.31  -299.43  Nasdaq") and not _nav_line("Published 9:14 p.m. | Updated 11 p.m.")
    assert _list_heading("TRENDING NOW:") and _list_heading("You may also like")
    assert not _list_heading("Related costs rose sharply.")
    assert _promotion("Sign up for our newsletter")
    text = "Body line one.\nCredit: Ann Lee\nMore Stories\nMayor quits\n\nRain due\nThe end came.\nLast line\n"
    page = _page_lines(text)
    assert page[text.index("Credit")] == text.index("Credit:") + len("Credit:")
    assert text.index("Mayor quits") in page and text.index("Rain due") in page
    assert text.index("The end came") not in page and text.index("Last line") not in page


def test_act45_word_classes():
    from dateline.lexicon import actors as lex

    assert "most popular" in lex.words("list_head") and "related" in lex.words("link_label")
    assert "tags" not in lex.words("link_label")
    assert "photo credit" in lex.words("credit_label") and "events center" in lex.words("venue_end")
    assert "staff writer" in lex.words("byline_role") and "inbox" in lex.words("promo_thing")
