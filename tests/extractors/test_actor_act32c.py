"""Actors on invented stories, for the wrong identities act32c's output audit found on articles in no gold set (issue
11): a lexicon name borne by a player in a sports report or by a private person told with an age, a name among Greek
letters (a society), a by-line's surname in capitals read as an agency's acronym, and a title of a private trade
before a lexicon name (`Professor`, `lawyer`). Each keeps a public figure where the article says who he is."""
from __future__ import annotations

from tests.helpers import actor_at


def _name(art, text, word):
    a = actor_at(art, text, word)
    return a.name if a is not None else None


GAME = ("PORTLAND, Ore. (Wire) -- Brandon Roy scored 25 points and the Trail Blazers beat the Suns 101-95 in overtime "
        "on Friday night. James Jones and Travis Outlaw scored 12 points apiece for Portland, which led by nine at "
        "halftime. Roy grabbed the rebound and hit a layup with a second left in regulation.\n")


def test_a_player_in_a_sports_report_is_no_office_holder(run):
    art = run(GAME)
    a = actor_at(art, GAME, "James Jones")
    assert a is not None and a.name != "James L. Jones"          # the player keeps his mentions, no identity
    assert a.sector != "GOV"


def test_a_sports_report_keeps_a_titled_office_holder(run):
    text = GAME + "President Barack Obama watched the game from a courtside seat.\n"
    art = run(text, published="2010-03-01")
    assert _name(art, text, "Barack Obama") == "Barack Obama"


def test_a_surname_told_with_an_age_in_a_police_story_is_a_namesake(run):
    text = ("PARIS, Tenn. -- Police arrested a man on Friday after a chase through town. \"Big Man\" McDaniel, 19, "
            "of 1400 Oak Road, was arrested at City Hall by Sgt. Tom Reed. He was charged with evading arrest.\n")
    art = run(text, published="2019-06-01")
    a = actor_at(art, text, "McDaniel")
    assert a is not None and a.name != "Ronna McDaniel"
    assert a.sector != "PTY"


def test_a_name_among_greek_letters_is_a_society(run):
    text = ("Ruth Ann Cole, 88, died Tuesday. In 1946, she became a member of Delta Iota Xi sorority and served as "
            "its treasurer.\n")
    art = run(text, published="2014-06-01")
    assert _name(art, text, "Xi") != "Xi Jinping"
    text = ("BEIJING (Wire) -- President Xi Jinping met the visiting prime minister on Monday. Xi said trade "
            "between the two countries would grow.\n")
    art = run(text, published="2016-06-01")
    assert _name(art, text, "Xi said") == "Xi Jinping"


def test_a_by_lines_surname_in_capitals_is_no_agency(run):
    text = ("A man was shot twice on Elm Street early Saturday, police said. The victim was taken to a hospital in "
            "stable condition. Police have not named a suspect.\n\nCARLOS MENA, KXYZ CHANNEL 5 NEWS.\n")
    art = run(text, published="2016-06-01")
    assert _name(art, text, "MENA") != "Middle East News Agency"
    text = ("CAIRO (Wire) -- Egypt's state news agency MENA said on Monday that the talks would resume next week. "
            "MENA did not say where.\n")
    art = run(text, published="2016-06-01")
    assert _name(art, text, "MENA said") == "Middle East News Agency"


def test_a_private_trades_title_before_a_lexicon_name_is_a_namesake(run):
    text = ("BOSTON -- A jury convicted a man of fraud on Tuesday. Professor John Roberts, who teaches law at the "
            "state university, said the verdict would be appealed.\n")
    art = run(text, published="2010-05-05")
    a = actor_at(art, text, "John Roberts")
    assert a is not None and a.sector != "JUD"
    text = ("BOSTON -- A jury convicted a man of fraud on Tuesday. Defense lawyer John Roberts said his client "
            "would appeal the verdict.\n")
    art = run(text, published="2010-05-05")
    a = actor_at(art, text, "John Roberts")
    assert a is not None and a.sector != "JUD"
    text = ("WASHINGTON (Wire) -- Attorney General Eric Holder said on Monday that the department would review "
            "the case.\n")
    art = run(text, published="2010-05-05")
    assert _name(art, text, "Eric Holder") == "Eric Holder"


def test_an_acronym_the_article_spells_out_otherwise_is_not_the_lexicons(run):
    text = ("SAN DIEGO (Wire) -- CHARGERS/GM: The team fired its general manager on Monday after a losing season. "
            "Owners said the search would start at once.\n")
    art = run(text)
    assert _name(art, text, "GM") != "General Motors"
    text = ("WASHINGTON (Wire) -- Members of the Congressional Black Caucus met on Tuesday to discuss the party's "
            "rules. The CBC made its case in letters to party leaders.\n")
    art = run(text, published="2016-06-21")
    a = actor_at(art, text, "CBC made")
    assert a is None or a.country != "CAN"
    text = ("DETROIT (Wire) -- GM said on Monday that it would cut 2,000 jobs at two plants. The carmaker's general "
            "counsel did not comment.\n")
    art = run(text)
    assert _name(art, text, "GM") == "General Motors"
    text = "BOSTON (AP) -- Police added patrols downtown on Saturday after a string of robberies, the city said.\n"
    art = run(text)
    assert _name(art, text, "AP") != "AP"                   # no acronym of its own made of `added patrols`
