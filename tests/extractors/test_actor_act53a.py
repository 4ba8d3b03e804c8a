"""act53a: campaign coverage (docs/actors.md `### act53a`): a book cited by chapter and verse, scriptures and the
hereafter, and an era written with a year name no actor (actors/hits.py `_citations`, non_actors.tsv, actor_words.tsv
`era_mark`). Invented stories, a near-miss each."""
from __future__ import annotations

from tests.helpers import actor_at

VERSE = ("Pastor Ruth Vell opened the rally in Harlow with a reading. Micah 6:8 reads: \"Do justice and love mercy, "
         "and walk with me.\" Vell told the crowd that the sixth chapter of Micah should guide the next governor. "
         "Micah Dorne, a county clerk, said turnout was high.\n")


def test_a_book_cited_by_chapter_and_verse_is_no_actor_nor_a_speaker(run):
    article = run(VERSE, published="2016-02-01")
    assert actor_at(article, VERSE, "Micah 6:8") is None
    assert actor_at(article, VERSE, "me.") is None               # the verse's words are no one's
    assert actor_at(article, VERSE, "Micah should") is None      # the same book's lone name elsewhere


def test_a_person_of_the_same_given_name_stays_a_person(run):
    article = run(VERSE, published="2016-02-01")
    clerk = actor_at(article, VERSE, "Micah Dorne")
    assert clerk is not None and "Dorne" in clerk.name, clerk
    assert actor_at(article, VERSE, "Ruth Vell") is not None


def test_a_clock_time_is_no_citation(run):
    text = "By 2:30 the polls had closed in Harlow. Ada Brisk, the county clerk, said 4,000 votes were cast.\n"
    clerk = actor_at(run(text, published="2016-02-01"), text, "Ada Brisk")
    assert clerk is not None and clerk.name == "Ada Brisk", clerk


ERA = ("The ruins date to the mid-400s B.C., said Tomas Arkell, who leads the dig near the coast. A coin from A.D. 70 "
       "was found there last week.\n")


def test_an_era_after_or_before_a_year_is_no_actor(run):
    article = run(ERA, published="2016-05-01")
    assert actor_at(article, ERA, "B.C.") is None
    assert actor_at(article, ERA, "A.D.") is None
    assert actor_at(article, ERA, "Tomas Arkell") is not None


def test_the_province_written_alone_is_left_to_the_other_rules(run):
    text = ("B.C. will raise its carbon tax next year, Premier Dana Holt said on Tuesday. The province's budget "
            "passed 45 to 40.\n")
    article = run(text, published="2016-05-01")
    assert actor_at(article, text, "Dana Holt") is not None
    province = actor_at(article, text, "B.C.")
    assert province is None or province.country == "CAN", province     # never taken for an era: no year before it


SCRIPTURE = ("Senator Lyle Garver quoted the Bible at the dinner, and Reverend Ana Polk said the gates of Hell would "
             "not stand. Garver praised the King James Bible as well. Heaven was mentioned twice.\n")


def test_scriptures_and_the_hereafter_are_no_actors(run):
    article = run(SCRIPTURE, published="2016-03-01")
    for word in ("Bible", "Hell", "King James Bible", "Heaven"):
        assert actor_at(article, SCRIPTURE, word) is None, word
    assert actor_at(article, SCRIPTURE, "Lyle Garver") is not None


def test_a_body_named_after_the_bible_stays_an_actor(run):
    text = "The Harlow Bible Society said on Monday that it would give 500 books to the county library.\n"
    society = actor_at(run(text, published="2016-03-01"), text, "Harlow Bible Society")
    assert society is not None, society


def test_the_era_and_verse_patterns_match_only_their_shapes():
    from dateline.extractors.actors.hits import _ERA_AFTER, _ERA_BEFORE, _VERSE

    assert [m.group(1) for m in _ERA_AFTER.finditer("in 480 B.C. and the 300s BC, then 12 BCE.")] == ["B.C.", "BC", "BCE"]
    assert [m.group(1) for m in _ERA_BEFORE.finditer("A coin of A.D. 70 and AD 79.")] == ["A.D.", "AD"]
    assert not list(_ERA_AFTER.finditer("B.C. Premier Dana Holt and the B.C. Lions"))      # no year before it
    assert not list(_ERA_BEFORE.finditer("the AD said on Monday"))
    assert [m.group(1) for m in _VERSE.finditer("Micah 6:8 and 1 Kings 3:9 say so.")] == ["Micah", "Kings"]
    assert not list(_VERSE.finditer("Lee 10:15 p.m. and Polls 7:30 PM"))                   # clock times


IDEA = ("Ohio Senator Jon Pell spoke at a debate in Columbus on Tuesday.\nPell said government should help families pay "
        "for child care, and that he spent ten years in government before the race.\n")


def test_government_with_no_article_is_the_idea_of_government(run):
    article = run(IDEA, published="2016-02-01")
    assert actor_at(article, IDEA, "government should") is None
    assert actor_at(article, IDEA, "government before") is None


def test_the_government_with_its_article_stays_the_state(run):
    text = IDEA.replace("said government should", "said the government should")
    body = actor_at(run(text, published="2016-02-01"), text, "government should")
    assert body is not None and body.country == "USA", body



def test_a_seat_before_a_noun_of_seeking_it_is_the_office_sought(run):
    text = ("Dale Harmon, a Texas businessman, said on Sunday he would consider a future White House bid in 2020. Ohio "
            "Senator Ann Roe launched her White House run on Monday.\n")
    article = run(text, published="2016-05-22")
    assert actor_at(article, text, "White House bid") is None
    assert actor_at(article, text, "White House run") is None
    assert actor_at(article, text, "Ann Roe") is not None


def test_a_seat_that_acts_before_such_a_word_stays_the_body(run):
    text = "The White House bid farewell to its chief of staff on Friday, press secretary Ann Roe said.\n"
    body = actor_at(run(text, published="2016-05-22"), text, "White House")
    assert body is not None and body.country == "USA", body
    text = "The White House run by his aides was calm on Friday, press secretary Ann Roe said.\n"
    body = actor_at(run(text, published="2016-05-22"), text, "White House")
    assert body is not None and body.country == "USA", body


def test_a_programme_named_as_where_one_spoke_is_no_actor(run):
    text = ("Senator Ann Roe of Ohio told Capital Download on Tuesday that the party would unite. Later she said on "
            "Breitbart News Daily that the primary was over. Breitbart News reported on Monday that Roe would endorse.\n")
    article = run(text, published="2016-06-10")
    assert actor_at(article, text, "Capital Download") is None
    daily = actor_at(article, text, "Breitbart News Daily")
    assert daily is None or daily.name != "Breitbart News Daily", daily      # at most its outlet, never the show
    outlet = actor_at(article, text, "Breitbart News reported")
    assert outlet is not None and outlet.sector == "MED", outlet             # the outlet that acts stays


def test_a_papers_editorial_board_is_the_press(run):
    text = ("The Harlow Courier, the largest paper in the state, has attacked Senator Ann Roe for months. \"Roe "
            "folded,\" the editorial board wrote on Monday.\n")
    board = actor_at(run(text, published="2016-05-22"), text, "the editorial board")
    assert board is not None and board.sector == "MED", board


def test_a_towns_zoning_board_stays_a_public_body(run):
    text = "The zoning board met on Monday in Harlow, Mayor Ed Lyle said.\n"
    board = actor_at(run(text, published="2016-05-22"), text, "zoning board")
    assert board is not None and board.sector == "GOV", board


def test_a_person_writing_for_a_publication_is_the_press(run):
    text = "The Harlow Fund received $2 million in gifts, according to Ted Marlow, writing for Grist Daily.\n"
    article = run(text, published="2016-01-12")
    writer = actor_at(article, text, "Ted Marlow")
    assert writer is not None and writer.sector == "MED", writer
    outlet = actor_at(article, text, "Grist Daily")
    assert outlet is None or outlet.sector == "MED", outlet


def test_a_senator_writing_in_a_paper_keeps_the_office_and_a_letter_writer_stays_private(run):
    text = "Senator Ann Roe, writing in the Harlow Courier, said the tax was unfair.\n"
    senator = actor_at(run(text, published="2016-01-12"), text, "Ann Roe")
    assert senator is not None and senator.sector == "LEG", senator
    text = "Ted Marlow, writing to the county board, asked for a new road.\n"
    writer = actor_at(run(text, published="2016-01-12"), text, "Ted Marlow")
    assert writer is not None and writer.sector != "MED", writer
