"""review53b: act53a's and ident53's rules narrowed where a text of another genre meets their cue with another meaning
(docs/actors.md `### review53b`). Invented stories; each asserts what main's rules did before the piece and the
piece's rule had lost."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_score_names_a_club_and_no_book(run):
    text = ("Brookvale Rovers beat Harlow United 2:1 on Saturday. United coach Ivo Brandt said his side had tired. United "
            "will host Kessel next week.\n")
    club = actor_at(run(text, published="2016-03-01"), text, "United will")
    assert club is not None, club


def test_a_clock_time_after_a_place_cites_no_book(run):
    text = ("The delegation left London 14:30 local time. London has offered to host the talks, said Edda Vorn, a "
            "spokeswoman for the Foreign Office.\n")
    host = actor_at(run(text, published="2016-03-01"), text, "London has")
    assert host is not None and host.country == "GBR", host


def test_a_runners_time_leaves_the_runner(run):
    text = ("Marathon winner Pavel Odrin of Kenya ran 2:04:11 in Harlow. Runner-up Tomas Eddo 2:04:30 said Eddo would "
            "race again, and Eddo thanked his coach.\n")
    runner = actor_at(run(text, published="2016-03-01"), text, "Eddo thanked")
    assert runner is not None and "Eddo" in runner.name, runner


def test_a_verse_of_a_book_of_scripture_is_still_a_citation(run):
    text = ("Pastor Ruth Vell read from the prophets. Jonah 2:9 ends the prayer, she said, and the third chapter of "
            "Jonah tells of the city.\n")
    article = run(text, published="2016-03-01")
    assert actor_at(article, text, "Jonah 2:9") is None
    assert actor_at(article, text, "Jonah tells") is None


def test_a_museum_named_for_the_bible_is_one_body(run):
    text = ("The Museum of the Bible in Harlow agreed to pay a fine on Tuesday, prosecutors said. The Museum of the "
            "Bible said it regretted the purchase.\n")
    museum = actor_at(run(text, published="2017-07-05"), text, "Museum of the Bible in")
    assert museum is not None and museum.name.endswith("Bible"), museum


def test_writing_in_a_year_a_language_or_a_month_names_no_publication(run):
    for text, who in (("Hal Denner, writing in 2014, argued the tax would fail. Denner, 61, lives in Harlow.\n",
                       "Hal Denner"),
                      ("Maria Ostrova, writing in Spanish, asked the council for a new clinic. Ostrova, 34, lives in "
                       "Harlow.\n", "Maria Ostrova"),
                      ("Tom Keel, writing in March to the county board, warned that the dam would give way. Keel lives "
                       "in Brookvale.\n", "Tom Keel")):
        person = actor_at(run(text, published="2016-03-01"), text, who)
        assert person is not None and person.sector != "MED", (who, person)


def test_writing_for_a_court_is_no_press(run):
    text = "Mara Quell, writing for the 9th Circuit majority, said the law was void. Quell was joined by one other judge.\n"
    judge = actor_at(run(text, published="2016-03-01"), text, "Mara Quell")
    assert judge is not None and judge.sector != "MED", judge


def test_writing_for_a_campaign_is_no_press(run):
    text = "Ada Crane, writing for the Clinton campaign, said the plan would raise wages. Crane, 30, lives in Harlow.\n"
    aide = actor_at(run(text, published="2016-03-01"), text, "Ada Crane")
    assert aide is not None and aide.sector != "MED", aide


def test_writing_for_a_paper_is_still_the_press(run):
    text = "Ted Marlow, writing for the Harlow Courier, said the mill would close. Marlow lives in Brookvale.\n"
    writer = actor_at(run(text, published="2016-03-01"), text, "Ted Marlow")
    assert writer is not None and writer.sector == "MED", writer


def test_government_that_acted_once_is_the_body(run):
    text = ("KESSEL, Norland (AP) - Talks resumed on Friday in the capital.\n\nThe rebels said government had broken "
            "the truce twice.\n")
    body = actor_at(run(text, published="2016-03-01"), text, "government had")
    assert body is not None and body.sector == "GOV", body


def test_government_in_a_statement_of_principle_stays_the_idea(run):
    text = ("Ohio Senator Jon Pell spoke in Columbus on Tuesday.\nPell said government has grown too large and "
            "government should leave families alone.\n")
    article = run(text, published="2016-02-01")
    assert actor_at(article, text, "government has") is None
    assert actor_at(article, text, "government should") is None


def test_a_person_picked_up_is_no_post_to_fill(run):
    text = ("HARLOW - Police arrested Dale Forbes, 31, on Monday.\n\nThe suspect will be picked up by federal marshals "
            "on Tuesday, the sheriff said.\n")
    suspect = actor_at(run(text, published="2016-03-01"), text, "The suspect")
    assert suspect is not None, suspect


def test_a_nominee_to_be_chosen_is_still_a_post(run):
    text = ("Senator Ann Roe said the race was open.\n\nThe nominee will be chosen at the convention in July, "
            "Roe said.\n")
    assert actor_at(run(text, published="2016-03-01"), text, "The nominee") is None


def test_a_seats_bid_to_act_is_the_bodys_own_attempt(run):
    text = ("Talks stall.\n\nA Downing Street bid to calm the row with Brussels failed on Tuesday, officials in London "
            "said.\n")
    body = actor_at(run(text, published="2016-03-01"), text, "Downing Street")
    assert body is not None and body.country == "GBR", body


def test_a_seat_with_no_article_after_the_headline_is_the_state(run):
    text = ("Norland worried.\n\nKremlin ambition in the Arctic worries Norland, its foreign minister, Ola Brekke, "
            "said on Monday.\n")
    body = actor_at(run(text, published="2016-03-01"), text, "Kremlin")
    assert body is not None and body.country == "RUS", body


def test_a_seat_sought_with_its_owner_or_article_is_still_the_office(run):
    text = ("Harmon weighs a run.\n\nDale Harmon, a Texas businessman, said on Sunday he would consider a future White "
            "House bid. Navalny's Kremlin bid was blocked on Monday.\n")
    article = run(text, published="2016-05-22")
    assert actor_at(article, text, "White House bid") is None
    assert actor_at(article, text, "Kremlin bid") is None


def test_a_post_to_fill_after_a_reporting_clause_is_still_a_post(run):
    text = ("Senator Ann Roe said the race was open.\n\nThe Harlow Courier reported on Monday that if Roe wins Ohio, the "
            "party nominee will almost surely be decided at the convention in July.\n")
    assert actor_at(run(text, published="2016-03-01"), text, "party nominee") is None


def test_a_headlines_seat_sought_is_the_office(run):
    text = ("Mayor weighs a run; \nParty rules shift for White House successor.\n\nMayor Ed Lyle of Harlow said on "
            "Monday he might run.\n")
    assert actor_at(run(text, published="2016-03-01"), text, "White House") is None
