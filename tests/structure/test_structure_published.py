"""The publication date: from the input, else the dateline, a caption or the text, checked against weekdays."""
import pytest



def test_input_date_wins(layout_of):
    _, lay = layout_of("structure_caption_credit.txt", published="2019-10-13")
    assert (lay.published, lay.published_from) == ("2019-10-13", "input")


def test_caption_date_agreeing_with_weekday(layout_of):
    # October 12, 2019 was a Saturday; the story says "on Saturday"
    _, lay = layout_of("structure_caption_credit.txt")
    assert (lay.published, lay.published_from) == ("2019-10-12", "caption")


def test_caption_date_contradicted_by_weekday_is_not_taken(layout_of):
    text = ("Headline\n\nCrowds gather on October 12, 2019. AFP PHOTO / LENA MARKOVIC\n\n"
            "Crowds gathered on Tuesday in the square.\n")
    _, lay = layout_of(text)
    assert lay.published is None


def test_file_photo_date_is_not_the_publication_date(layout_of):
    _, lay = layout_of("structure_caption_ap_file.txt")
    assert lay.published is None


def test_dateline_date_takes_year_from_text(layout_of):
    # March 4 fell on a Friday in 2016, a Wednesday in 2015; the story says "on Friday"
    _, lay = layout_of("structure_dateline_reuters_date.txt")
    assert (lay.published, lay.published_from) == ("2016-03-04", "dateline")


def test_dateline_date_with_year(layout_of):
    _, lay = layout_of("Headline\n\nPARIS, June 3, 2014 (AFP) - Talks opened.\n\nThey went on.")
    assert (lay.published, lay.published_from) == ("2014-06-03", "dateline")


def test_dateline_year_from_a_caption_nearby(layout_of):
    text = ("Headline\n\nThe envoy arrives on May 27, 2012. REUTERS/Dana Whitcombe\n\n"
            "DAMASCUS, May 28 (Reuters) - The envoy met officials on Monday.\n")
    _, lay = layout_of(text)
    assert (lay.published, lay.published_from) == ("2012-05-28", "dateline")


def test_dateline_date_without_any_year_gives_none(layout_of):
    _, lay = layout_of("Headline\n\nPARIS, June 3 (AFP) - Talks opened on Monday.\n\nThey went on.")
    assert lay.published is None


def test_text_date_in_the_lead_backed_by_weekday(layout_of):
    # 2021-02-09 was a Tuesday
    text = "Headline\n\nThe council met on Tuesday, Feb. 9, 2021, to vote on the budget.\n\nIt passed.\n"
    _, lay = layout_of(text)
    assert (lay.published, lay.published_from) == ("2021-02-09", "text")


def test_text_date_with_on_and_a_weekday_elsewhere(layout_of):
    # 2012-05-28 was a Monday
    text = "Headline\n\nThe talks began on May 28, 2012 in the capital.\n\nOn Monday the envoy met rebels.\n"
    _, lay = layout_of(text)
    assert (lay.published, lay.published_from) == ("2012-05-28", "text")


def test_old_date_in_the_text_is_background(layout_of):
    # 2001-09-11 was a Tuesday, but 'the attacks of September 11, 2001' names no day of the story
    text = ("Headline\n\nThe senator spoke on Tuesday about the attacks of September 11, 2001.\n\n"
            "She said the city had changed.\n")
    _, lay = layout_of(text)
    assert lay.published is None


def test_latest_date_outside_the_lead_blocks_an_earlier_one(layout_of):
    text = ("Headline\n\nThe council met on Tuesday, Feb. 9, 2021, to vote on the budget.\n\nIt passed.\n\n"
            "x\n\ny\n\nA new vote is set for March 2, 2021.\n")
    _, lay = layout_of(text)
    assert lay.published is None


@pytest.mark.parametrize("stamp, expected", [
    # a page's own time stamp line names the publication date, with no weekday to back it (user45)
    ("Published 7:15 a.m. CT March 3, 2024 | Updated 9:02 a.m. CT March 3, 2024", "2024-03-03"),
    ("Posted: Nov. 20, 2023", "2023-11-20"),
    ("First published on June 9, 2022", "2022-06-09"),
    # a sentence that opens with `Published` is about something else
    ("Published on June 9, 2022, the audit of the water board found that most of its pumps had not been "
     "serviced for a decade.", None),
    # review45a: a short one too (fails on int45: 2023-05-02); a stamp's own words stay one
    ("Posted online on May 2, 2023, the video drew two million views.", None),
    ("Posted by Ana Ruiz on May 2, 2023 at 9:02 am | Last updated May 3, 2023", "2023-05-02"),
])
def test_published_stamp_line(layout_of, stamp, expected):
    text = ("Water board fined\n\nBy Ana Ruiz, Staff Writer\n\n" + stamp + "\n\n"
            "The state fined the water board after the audit, officials said.\n")
    _, lay = layout_of(text)
    assert lay.published == expected
    assert lay.published_from == ("text" if expected else None)
