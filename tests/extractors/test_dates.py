"""Dates: TIMEX3 values and extents on invented sentences, one form each, plus the lexicon and calendar."""
from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from dateline.extractors.dates import extract_dates
from dateline.extractors.dates import timeline as tl
from dateline.extractors.dates.words import load
from dateline.records import Layout, RawArticle

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures"

MONDAY = "2012-05-28"       # the seed's day, a Monday in ISO week 22


@pytest.fixture(scope="module")
def dates_of(ctx_of):
    """dates_of(text, published) -> TimeExpressions, structured and parsed as the pipeline does."""
    def run(text: str, published: str | None = MONDAY):
        return extract_dates(ctx_of(text, published=published))
    return run


def only(found, text):
    hits = [d for d in found if d.text == text]
    assert len(hits) == 1, (text, [(d.text, d.value) for d in found])
    return hits[0]


# (sentence, extent expected, value, type); reference Monday 2012-05-28
CASES = [
    ("Russia insisted on Monday that it backed the plan.", "Monday", "2012-05-28", "DATE"),
    ("The envoy met rebel leaders on Tuesday in the north.", "Tuesday", "2012-05-22", "DATE"),
    ("The envoy will meet rebel leaders on Tuesday in the north.", "Tuesday", "2012-05-29", "DATE"),
    ("Officials said last week's massacre had shocked the region.", "last week", "2012-W21", "DATE"),
    ("Putin was elected to a third term in March.", "March", "2012-03", "DATE"),
    ("The minister said talks would begin in August.", "August", "2012-08", "DATE"),
    ("The toll from more than 14 months of unrest rose again.", "more than 14 months", "P14M", "DURATION"),
    ("Prices of bread rose sharply today in the capital.", "today", "2012-05-28", "DATE"),
    ("The minister arrived yesterday for the summit.", "yesterday", "2012-05-27", "DATE"),
    ("The factory was closed two years ago.", "two years ago", "2010", "DATE"),
    ("Elections are due next month in the province.", "next month", "2012-06", "DATE"),
    ("Exports fell sharply last year.", "last year", "2011", "DATE"),
    ("Parliament debates the bill this week.", "this week", "2012-W22", "DATE"),
    ("The treaty was signed in 1998 by both states.", "1998", "1998", "DATE"),
    ("The accord was signed on May 28, 2012 in the capital.", "May 28, 2012", "2012-05-28", "DATE"),
    ("The general was born on 3 June 1950.", "3 June 1950", "1950-06-03", "DATE"),
    ("The attack of Sept. 12 shocked the town.", "Sept. 12", "2011-09-12", "DATE"),
    ("The ceasefire held on 21 May, monitors said.", "21 May", "2012-05-21", "DATE"),
    ("Sales have picked up this spring.", "this spring", "2012-SP", "DATE"),
    ("Fighting eased during the summer, residents recalled.", "the summer", "2011-SU", "DATE"),
    ("Output doubled over the past three years.", "the past three years", "P3Y", "DURATION"),
    ("The country is now calm, the mayor said.", "now", "PRESENT_REF", "DATE"),
    ("The mine is currently closed.", "currently", "PRESENT_REF", "DATE"),
    ("Rebels recently seized the border town.", "recently", "PAST_REF", "DATE"),
    ("Leaders spoke about the future of the region.", "the future", "FUTURE_REF", "DATE"),
    ("Profits rose in the first quarter of 2012.", "the first quarter of 2012", "2012-Q1", "DATE"),
    ("Profits rose in the first quarter, the bank said.", "the first quarter", "2012-Q1", "DATE"),
    ("Protesters gathered in the square over the weekend.", "the weekend", "2012-W21-WE", "DATE"),
    ("The budget for fiscal 2013 was approved.", "fiscal 2013", "FY2013", "DATE"),
    ("Inflation was high in the 1990s.", "the 1990s", "199X", "DATE"),
    ("The city was rebuilt in the 19th century.", "the 19th century", "18", "DATE"),
    ("The council meets weekly to review the aid.", "weekly", "P1W", "SET"),
    ("The blast hit the market at 10:35 a.m. Friday.", "10:35 a.m. Friday", "2012-05-25T10:35", "TIME"),
    ("Families gathered on Thanksgiving Day in the town.", "Thanksgiving Day", "2011-11-24", "DATE"),
    ("The rally drew thousands on Friday night in the capital.", "Friday night", "2012-05-25", "DATE"),
    ("Officers will remain in the city until Thursday.", "Thursday", "2012-05-31", "DATE"),
    ("Trading was halted for five hours.", "five hours", "PT5H", "DURATION"),
    ("Delegates held a two-day meeting.", "two-day", "P2D", "DURATION"),
    ("The crisis has gone on for years.", "years", "PXY", "DURATION"),
    ("The law takes effect by the end of the year.", "the end of the year", "2012", "DATE"),
    ("Shares fell this past week on the exchange.", "this past week", "2012-W21", "DATE"),
    ("Earnings slipped in the first half, the bank said.", "the first half", "2012-H1", "DATE"),
    ("Ten days later, the court ruled.", "Ten days later", "2012-06-07", "DATE"),
    ("Gunmen attacked a checkpoint last night.", "last night", "2012-05-27", "DATE"),
    ("Diplomats expect progress in the coming months.", "the coming months", "PXM", "DURATION"),
    ("Voters were urged to turn out on Election Day.", "Election Day", "2012-11-06", "DATE"),
    ("The panel meets this Friday to vote.", "this Friday", "2012-06-01", "DATE"),
    ("The day before last Tuesday's hearing, the lawyers met.", "The day before last Tuesday", "2012-05-21", "DATE"),
    # 'the past/last week' with the article: the days up to now, as the reference day's week
    ("The envoy has stayed in the port for the past week.", "the past week", "2012-W22", "DATE"),
    ("Shelling has eased over the last week, residents said.", "the last week", "2012-W22", "DATE"),
    # without the article 'last week' stays the week before
    ("The envoy met the rebels last week in the hills.", "last week", "2012-W21", "DATE"),
    # a feast's week: the ISO week ending on Easter Sunday (2012-04-08)
    ("Pilgrims filled the old city as Easter week began.", "Easter week", "2012-W14", "DATE"),
    ("The square was closed to traffic during Holy Week.", "Holy Week", "2012-W14", "DATE"),
    # a verb of planning with an object: the day is the planned thing's, ahead
    ("Farmers planned a large march in the capital on Thursday.", "Thursday", "2012-05-31", "DATE"),
    # without an object the day is when it happened
    ("The rebels said they planned on Thursday.", "Thursday", "2012-05-24", "DATE"),
    # US numeric order, month first
    ("The ceasefire was signed on 3/9/2011 in the capital.", "3/9/2011", "2011-03-09", "DATE"),
]


@pytest.mark.parametrize("sentence,extent,value,kind", CASES, ids=[c[1] for c in CASES])
def test_form(dates_of, sentence, extent, value, kind):
    text = "Wire story\n\n" + sentence
    d = only(dates_of(text), extent)
    assert (d.value, d.type) == (value, kind)
    assert text[d.start:d.end] == extent


def test_extent_leaves_out_preposition_and_possessive(dates_of):
    text = "Wire story\n\nOn Monday, the council reviewed last week's vote."
    found = dates_of(text)
    assert [d.text for d in found] == ["Monday", "last week"]
    assert text[found[1].end:found[1].end + 2] == "'s"


@pytest.mark.parametrize("sentence", [
    "The army sent 2000 troops to the border.",
    "A 6-year-old boy was rescued from the sea.",
    "Officials said the rebels may attack the town.",
    "Thousands joined the March for Peace in the capital.",
    "The firm paid $1,998 for each permit.",
    "He watched the show on 60 Minutes with his family.",
    "The visitors led at the end of the first half of the match.",
    "Prime Minister Theresa May said the talks went well.",
    "Aides earn $90,000-a-year salaries.",
])
def test_no_timex(dates_of, sentence):
    assert dates_of("Wire story\n\n" + sentence) == []


def test_anaphora_count_from_last_date(dates_of):
    text = ("Wire story\n\nThe bomb exploded on April 2, 2012 outside the station. "
            "Ten days later, police arrested a suspect. He was charged the next day.")
    found = dates_of(text)
    assert only(found, "Ten days later").value == "2012-04-12"
    assert only(found, "the next day").value == "2012-04-13"


def test_later_that_year(dates_of):
    found = dates_of("Wire story\n\nThe party was founded in 1998. Later that year it won a seat.")
    assert only(found, "Later that year").value == "1998"


def test_month_day_with_weekday_agrees(dates_of):
    found = dates_of("Wire story\n\nThe paper said in an editorial on Monday, Oct. 26: the law failed.", published="1998-10-25")
    assert only(found, "Monday, Oct. 26").value == "1998-10-26"


def test_month_and_this_year(dates_of):
    found = dates_of("Wire story\n\nThe process began in February this year.", published="1998-12-03")
    assert only(found, "February this year").value == "1998-02"


def test_without_published_date_values_stay_partial(dates_of):
    text = (FIXTURES / "dates_no_published.txt").read_text(encoding="utf-8")
    found = {d.text: d.value for d in dates_of(text, published=None)}
    assert found["Thursday"] == "XXXX-WXX-4"
    assert found["March"] == "XXXX-03"
    assert found["a week"] == "P1W"


def test_a_clock_time_on_a_weekday_keeps_the_weekday_without_a_published_date(dates_of):
    # user45: `midnight on Sunday` read XXXX-XX-XXT00:00, the weekday lost
    found = {d.text: d.value for d in dates_of("Wire story\n\nThe ferry crews stop work at midnight on Sunday and "
                                               "the pickets leave at 6 p.m. Tuesday.", published=None)}
    assert found["midnight on Sunday"] == "XXXX-WXX-7T00:00"
    assert found["6 p.m. Tuesday"] == "XXXX-WXX-2T18:00"


def test_wire_story_fixture(dates_of):
    text = (FIXTURES / "dates_wire_story.txt").read_text(encoding="utf-8")
    found = dates_of(text, published=MONDAY)
    got = [(d.text, d.value) for d in found]
    for pair in [("Monday", "2012-05-28"), ("May 19", "2012-05-19"), ("last week", "2012-W21"),
                 ("March", "2012-03"), ("Wednesday", "2012-05-30"), ("next month", "2012-06"),
                 ("2011", "2011"), ("the 1990s", "199X"), ("more than three years", "P3Y"),
                 ("this summer", "2012-SU")]:
        assert pair in got, (pair, got)
    assert not any(d.text.startswith(("2,400", "1,980", "52")) for d in found)
    for d in found:
        assert text[d.start:d.end] == d.text


def test_skipped_spans_give_nothing(nlp):
    from dateline.pipeline import parsed

    text = "Storm hits coast on Friday\n\nStorm hits coast on Friday\n\nThe storm hit the coast on Friday."
    raw = RawArticle(id="t", text=text, published=MONDAY, origin="t")
    copy = (28, 54)
    lay = Layout(title="Storm hits coast on Friday", title_span=(0, 26), copies=(copy,), dateline=None,
                 captions=(), published=MONDAY, published_from="input", truncated=False, skip=(copy,))
    (ctx,) = parsed([(raw, lay)])
    found = extract_dates(ctx)
    assert [d.start for d in found] == [20, text.rindex("Friday")]


def test_lexicon_loads_every_kind():
    words = load()
    for kind in ("month", "weekday", "number", "ordinal", "vague", "unit", "season", "partofday", "ref",
                 "set", "timezone", "holiday", "futureverb", "pastverb", "intentverb"):
        assert words[kind], kind
    assert words["month"]["sept"] == "9" and words["weekday"]["sunday"] == "7"
    for rule in words["holiday"].values():
        assert tl.holiday(2012, rule) is not None, rule


def test_calendar():
    monday = dt.date(2012, 5, 28)
    assert tl.week_value(monday) == "2012-W22"
    assert tl.week_value(dt.date(2000, 2, 16)) == "2000-W7"
    assert tl.weekday_near(monday, 1, "past") == monday
    assert tl.weekday_near(monday, 1, "last") == dt.date(2012, 5, 21)
    assert tl.weekday_near(monday, 3, "future") == dt.date(2012, 5, 30)
    assert tl.holiday(2012, "11:4:4") == dt.date(2012, 11, 22)          # Thanksgiving
    assert tl.holiday(2012, "11:1:1+1") == dt.date(2012, 11, 6)         # US election day
    assert tl.holiday(2012, "5:1:-1") == dt.date(2012, 5, 28)           # Memorial Day
    assert tl.easter(2012) == dt.date(2012, 4, 8)
    assert tl.weekend_value(monday, "past") == "2012-W21-WE"
    assert tl.season_year(monday, "WI", "past") == 2012
    assert tl.add_months(2012, 12, 1) == (2013, 1)


def test_headline_present_tense_tells_the_past(dates_of):
    text = "Rebels seize border town Friday\n\nRebels seized the border town on Friday, officials said."
    found = dates_of(text)
    assert [d.value for d in found] == ["2012-05-25", "2012-05-25"]


def test_slash_date_not_taken_from_fractions_or_ids(dates_of):
    """A slash date needs a valid month and day and a four-digit year standing alone."""
    found = dates_of("Wire story\n\nThe ratio was 13/40/2011 and the file 2/3/20115 was lost.")
    assert [d.text for d in found if "/" in d.text] == []


def test_forms_tried_where_their_scanner_finds_them_give_the_matches_of_a_full_search():
    """A form that opens with `\\b` is tried only where the same form without it matches (grammar.scanners): the
    matches, their spans and groups are those of `finditer`, over the whole text and over a window, also where a
    word runs on before the form (`xthe day before`) or a window starts inside a word."""
    import re

    from dateline.scan import matches_at
    from dateline.extractors.dates.grammar import key_scanners, keys, patterns, scanners

    text = ("Officials said at midnight on Friday that this morning the day before yesterday's vote the talks of "
            "the past few weeks had failed; xthe day before, anothis morning, midnightly, every two weeks, twice a "
            "month, q3 2015 and fiscal 2014-15 in future, the weekend, the week of March 3, in the near future, "
            "daily and nightly, each Monday, the previous three years, ago later from now, this year's end of the "
            "month. ").lower() * 2
    tried = 0
    for (form, rx, _), scan in zip(patterns(), scanners()):
        if scan is None:
            continue
        assert rx.pattern.startswith(r"\b") and scan.pattern == rx.pattern[2:] or \
            rx.pattern.startswith(r"(?<!\bat\s)\b") and scan.pattern == rx.pattern[len(r"(?<!\bat\s)\b"):]
        for ws, we in ((0, len(text)), (5, 180), (47, 300), (181, len(text) - 9)):
            want = [(m.span(), m.groupdict()) for m in rx.finditer(text, ws, we)]
            assert [(m.span(), m.groupdict()) for m in matches_at(rx, scan, text, pos=ws, end=we)] == want, (form, ws, we)
            tried += len(want)
    for key, scan in key_scanners().items():
        rx = keys()[key]
        assert [m.span() for m in matches_at(rx, scan, text, end=len(text))] == [m.span() for m in rx.finditer(text)]
    assert tried > 20 and {"ago", "relative", "times", "edge"} <= set(key_scanners())
    assert re.compile(r"\bday").match("xday", 1) is None     # what `matches_at` relies on: `\b` looks before pos


def test_a_bare_clock_time_told_in_the_past_takes_the_night_the_story_named(dates_of):
    """lede45: a clock time with no day of its own, told in the past, is on the day the story last named within the
    week before publication (`robbed late Saturday ... the 11:20 p.m. robbery`), not the Monday of the report."""
    text = ("A delivery driver was robbed at knifepoint late Saturday in Westbrook, police said.\n\n"
            "Detectives said the 11:20 p.m. robbery lasted less than a minute. Officers arrived at 11:35 p.m. and "
            "found the driver unhurt.\n")
    found = dates_of(text)
    assert only(found, "11:20 p.m.").value == "2012-05-26T23:20"
    assert only(found, "11:35 p.m.").value == "2012-05-26T23:35"


def test_a_bare_clock_time_keeps_the_report_day_with_no_day_told_or_not_in_the_past(dates_of):
    """Guards for lede45's anchor: with no day named before it, and in the present tense, a clock time is the
    publication day's."""
    found = dates_of("Officers arrived at 11:35 p.m. and found the shop's door forced open.\n")
    assert only(found, "11:35 p.m.").value == "2012-05-28T23:35"
    found = dates_of("The fair closed on Saturday after a week of rain.\n\nThe library opens at 9 a.m. every day.\n")
    assert only(found, "9 a.m.").value == "2012-05-28T09:00"


def test_an_inquiry_under_way_looks_back_to_its_weekday(dates_of):
    """lede45: the present of a verb that looks back (`pastverb`: investigate, probe, mourn) dates a bare weekday
    to the one gone by (the stabbing of Sunday, not of the Sunday to come); a planned act keeps the coming day."""
    found = dates_of("Detectives are investigating a stabbing early Sunday outside a pub on Mill Lane.\n")
    assert only(found, "Sunday").value == "2012-05-27"
    found = dates_of("The harbour board is holding a public hearing Thursday on the new ferry fees.\n")
    assert only(found, "Thursday").value == "2012-05-31"


def test_a_clock_time_right_before_a_day_is_on_that_day(dates_of):
    """lede45: `at 6:10 a.m. on April 2, 2009` and `at 3:05 p.m. (1905 GMT) Friday`: the clock time, resolved before
    the day that follows it, takes that day (a bracketed clock time passes it on); a day in the next sentence does
    not (guard)."""
    found = dates_of("The ferry left Dunmore at 6:10 a.m. on April 2, 2009, with 40 people aboard.\n")
    assert only(found, "6:10 a.m.").value == "2009-04-02T06:10"
    found = dates_of("The tremor struck at 3:05 p.m. (1905 GMT) Friday, the agency said.\n")
    assert only(found, "3:05 p.m.").value == "2012-05-25T15:05"
    assert only(found, "1905 GMT").value == "2012-05-25T19:05"
    found = dates_of("The clinic opens at 8 a.m. Its new wing opened on Friday.\n")
    assert only(found, "8 a.m.").value == "2012-05-28T08:00"


@pytest.mark.parametrize("text, expression, value", [
    # lede45: `after` under a present state, a looking-back verb under a present one, a modal of a guess with a
    # perfect all point to the weekday gone by; `after` under a future and `will have` stay ahead
    ("Three cyclists are in hospital after a crash Saturday night near Orrin Bridge.", "Saturday night", "2012-05-26"),
    ("Fire officials continue to investigate the warehouse fire Thursday on Dock Road.", "Thursday", "2012-05-24"),
    ("Police urged anyone who may have seen a grey van near the quarry Wednesday to call them.", "Wednesday",
     "2012-05-23"),
    ("The board will meet after the ballot Tuesday to name a new chair.", "Tuesday", "2012-05-29"),
    ("The crews will have cleared the road by Friday, the council said.", "Friday", "2012-06-01"),
    # review45a (each of the first two fails on int45): `after` points back only after a present state or when it
    # opens the sentence, a looking-back verb only in the progressive: a simple present is as often a plan
    ("The library reopens after the holiday Thursday with longer hours.", "Thursday", "2012-05-31"),
    ("The town mourns the two firefighters at a service Thursday, the mayor said.", "Thursday", "2012-05-31"),
    ("A cyclist is recovering after a crash Thursday near the bridge.", "Thursday", "2012-05-24"),
    ("After Thursday night, the mayor's hope of a second term rests on the postal vote.", "Thursday night",
     "2012-05-24"),
])
def test_which_way_a_weekday_points_after_a_cue_or_a_looking_back_verb(dates_of, text, expression, value):
    assert only(dates_of(text + "\n"), expression).value == value


def test_a_small_hours_clock_time_after_a_night_is_on_the_next_day(dates_of):
    """lead46: a bare a.m. clock time before 6 told after a day named as its night (`late Saturday night`, `last
    night`) is in that night's small hours, on the next day; a p.m. time after it stays on the night's day, and the
    night stays the anchor after a small-hours time (`... at 11:40 p.m.` later in the story)."""
    text = ("A cook was stabbed outside a diner on Rowan Street late Saturday night, police said.\n\n"
            "Officers reached the diner at 1:20 a.m. and found him by the door. A neighbour said the quarrel began "
            "at 11:40 p.m. and the cook's friend called for help at 12:15 a.m.\n")
    found = dates_of(text)
    assert only(found, "1:20 a.m.").value == "2012-05-27T01:20"
    assert only(found, "11:40 p.m.").value == "2012-05-26T23:40"
    assert only(found, "12:15 a.m.").value == "2012-05-27T00:15"
    found = dates_of("Two barns burned near Elsdon last night, the fire service said.\n\n"
                     "Crews were called at 3 a.m. and stayed until dawn.\n")
    assert only(found, "3 a.m.").value == "2012-05-28T03:00"


def test_a_morning_clock_time_after_a_day_not_told_as_its_night_keeps_the_day(dates_of):
    """Guard for lead46's night rule: a day told as its morning or bare keeps a small-hours clock time on that day."""
    found = dates_of("A van was stolen from a depot in Harwell early Saturday, police said.\n\n"
                     "Cameras caught two men at the gate at 2:10 a.m.\n")
    assert only(found, "2:10 a.m.").value == "2012-05-26T02:10"


def test_a_clock_time_at_a_sentence_end_does_not_take_the_next_sentence_day(dates_of):
    """lead46: `... at 11:40 p.m. On Sunday, ...` - the clock time ends a sentence and `On Sunday` opens the next:
    two expressions, the clock time not on that Sunday; `at 10 a.m. Sunday` in one sentence stays one (guard)."""
    found = dates_of("A clerk was hurt at a kiosk on Dale Road, police said.\n\nThe alarm rang at 11:40 p.m. On "
                     "Sunday, detectives searched the lane behind it.\n")
    assert only(found, "11:40 p.m.").value.endswith("T23:40")
    assert not only(found, "11:40 p.m.").value.startswith("2012-05-27")
    assert only(found, "Sunday").value == "2012-05-27"
    found = dates_of("The kiosk reopened at 10 a.m. Sunday, its owner said.\n")
    assert only(found, "10 a.m. Sunday").value == "2012-05-27T10:00"


def test_a_search_under_way_looks_back_to_its_weekday(dates_of):
    """lead46: `are looking for` (look with `for`), `are searching`, `are hunting` look back like `are investigating`:
    a bare weekday under them is the one gone by; `look` without `for` (a plan) keeps the coming day."""
    found = dates_of("Deputies are looking for the driver in a hit-and-run on Ash Lane late Wednesday night.\n")
    assert only(found, "Wednesday night").value == "2012-05-23"
    found = dates_of("Police are looking for two men after a robbery at a petrol station Friday.\n")
    assert only(found, "Friday").value == "2012-05-25"
    found = dates_of("Detectives are hunting the gunman in a fatal shooting outside a bar early Sunday.\n")
    assert only(found, "Sunday").value == "2012-05-27"
    found = dates_of("The council is looking to hold a public vote on the bridge Thursday.\n")
    assert only(found, "Thursday").value == "2012-05-31"


def test_a_photo_caption_tells_the_past_in_the_present_tense(dates_of):
    """lead46: a caption's present (`Neighbours gather outside the bakery Sunday evening. (Photo: ...)`) is the
    moment the picture was taken, gone by, as a headline's is; the same sentence in the body is a plan (guard)."""
    found = dates_of("Neighbours gather outside the Mill Street bakery Sunday evening. (Photo: Ann Vale)\n\n"
                     "A baker was hurt when a van hit the Mill Street bakery, police said.\n")
    assert only(found, "Sunday evening").value == "2012-05-27"
    found = dates_of("A baker was hurt when a van hit the Mill Street bakery, police said.\n\n"
                     "Neighbours gather outside the bakery Sunday evening to raise money for repairs.\n")
    assert only(found, "Sunday evening").value == "2012-06-03"


@pytest.mark.parametrize("text, expression, value", [
    ("The Bears are looking for their first win of the season Sunday against the Lions.\n", "Sunday", "2012-06-03"),
    ("Fans are searching for tickets to the cup final Sunday.\n", "Sunday", "2012-06-03"),
    ("Hunters are hunting for deer in the state forest Saturday.\n", "Saturday", "2012-06-02"),
    ("Rescuers are searching for a hiker who went missing on the ridge Saturday.\n", "Saturday", "2012-05-26"),
    ("Police continue to search for the driver in a crash on Elm Road early Sunday.\n", "Sunday", "2012-05-27"),
])
def test_a_search_looks_back_only_under_a_searcher(dates_of, text, expression, value):
    """review46b: lead46's search verbs (`searchverb`: look for, search, hunt) look back only when police, deputies,
    rescuers ... (`searcher`) search; a team or fans looking or searching for something on a weekday look ahead to
    it, as before lead46."""
    assert only(dates_of(text), expression).value == value


def test_year_before_a_plural_noun_after_the_is_a_year(dates_of):
    """lead47: `the 2012 attacks`, `the 1996 primaries` are years (fails before: taken as counts like `2000 troops`);
    a bare count before a plural noun stays no date, and so does a number out of the years' range after `the`."""
    found = dates_of("Wire story\n\nShe was blamed for the 2012 attacks. The 1996 primaries were close.")
    assert [d.value for d in found] == ["2012", "1996"]
    assert dates_of("Wire story\n\nThe army sent the 1500 troops home and 2000 troops to the border.") == []


def test_a_year_after_the_before_a_noun_of_people_is_a_count(dates_of):
    """review47a: lead47's `the 2012 attacks` rule took every number of 1900-2099 after `the` before a plural noun
    for a year, counts of people written without their comma too (`the 2000 troops`, `the 1950 workers`: years on
    int47). A noun of people (titles.tsv, actor_words `person_noun`, victim_nouns.tsv) keeps the count reading;
    other nouns keep lead47's year."""
    text = ("Wire story\n\nThe ministry flew the 2000 troops home. Managers told the 1950 workers to stay away, and "
            "the 2000 delegates left early. The 2004 elections were close.")
    assert [d.value for d in dates_of(text)] == ["2004"]


def test_a_count_later_counts_from_the_month_or_year_told_last(dates_of):
    """dates49: `A year later`, `Eight months later`, `The following month` counted from the last day (the report's:
    main gave 2020, 2020-01 and 2019-06 below), though the story had moved to a year or a month told since; they
    count from that month or year, at its precision (months after a year: the year the count most likely ends in)."""
    text = ("Wire story\n\nIn 2014, miners at Dorna struck over pay. A year later, the owners sold the pit. "
            "In March 2016, the new owners closed it. Eight months later, the town voted to buy it. "
            "In May 2017, the town reopened the pit. The following month, miners went back to work.")
    found = dates_of(text, published="2019-05-02")
    assert [only(found, t).value for t in ("A year later", "Eight months later", "The following month")] == \
        ["2015", "2016-11", "2017-06"]


def test_a_count_of_days_after_a_day_told_counts_from_that_day(dates_of):
    """dates49: a year told after a day (`Hale, first elected in 2012,`) does not move `Two days later` off the day
    told; a year that modifies a noun or starts a span (`his 2005 book`, `held since 2012`) is no time the story moves
    to, and a season is (`last winter ... A year later`: the winter's year, not 2012; main: 2013)."""
    text = "Wire story\n\nOn Monday, Senator Hale, first elected in 2012, resigned. Two days later, his deputy took over."
    assert only(dates_of(text, published="2019-05-02"), "Two days later").value == "2019-05-01"
    text = ("Wire story\n\nThe governor met the pastor's wife last winter; he has been held since 2012. "
            "A year later, the governor called her.")
    assert only(dates_of(text, published="2016-01-20"), "A year later").value == "2016"


def test_weeks_later_after_a_day_told_keep_the_week_and_move_the_count(dates_of):
    """`Two weeks later` after a day the text told is the week of the count, the expression's own grain (TimeML, TE3:
    `three weeks ago` is a week; review50c took back dates50's day), and `Three days later` after it counts from the
    day two weeks on (main: 2019-02-21, three days after the first day told; dates50)."""
    text = ("Wire story\n\nThe two sides signed a truce on Feb. 18. Two weeks later, rebels shelled the port. "
            "Three days later, the army struck back.")
    found = dates_of(text, published="2019-05-02")
    assert [only(found, t).value for t in ("Two weeks later", "Three days later")] == ["2019-W10", "2019-03-07"]
    text = "Wire story\n\nThe minister resigned on May 1. A week earlier, she had met the rebels."
    assert only(dates_of(text, published="2019-05-02"), "A week earlier").value == "2019-W17"
    assert only(dates_of("Wire story\n\nThe man was stabbed three weeks ago.", published="2019-05-02"),
                "three weeks ago").value == "2019-W15"


def test_by_a_clock_time_under_a_simple_past_looks_back(dates_of):
    """dates50: `by` before a bare clock time read as a deadline ahead even under a verb told in the simple past:
    `Rescuers reached the bus by 9 a.m.` after Monday's crash gave the report's day (main: 2019-05-02T09:00)."""
    text = "Wire story\n\nA bus crashed near Dunmore on Monday. Rescuers reached the bus by 9 a.m."
    assert only(dates_of(text, published="2019-05-02"), "9 a.m.").value == "2019-04-29T09:00"
    text = "Wire story\n\nA ferry sank off Tarsk on Monday. By noon, divers found the hull."
    assert only(dates_of(text, published="2019-05-02"), "noon").value == "2019-04-29T12:00"


@pytest.mark.parametrize("sentence", [
    "Lawmakers demanded an answer from the ministry by Friday.",
    "The mayor promised a decision by Friday.",
    "The league told clubs on Monday it wanted the new rules in place by Friday.",
    "The army ordered residents to leave the town by Friday.",
])
def test_by_a_weekday_under_a_simple_past_stays_ahead(dates_of, sentence):
    """review50c: a weekday after `by` under a verb in the simple past is as often a deadline still ahead (a demand, a
    promise, a wish) as a day gone by (`The last troops left by Tuesday`); dates50 read all of them as gone by (the
    Friday before a Wednesday report: 2019-04-26). They keep the coming Friday, as main."""
    assert only(dates_of("Wire story\n\n" + sentence, published="2019-05-01"), "Friday").value == "2019-05-03"


@pytest.mark.parametrize("text, expression, value", [
    # a day told weeks before the report: the weekday after it (main: counted from the report)
    ("The river flooded the valley on April 8. By Friday, most families had left.", "Friday", "2019-04-12"),
    ("Rebels seized the town of Kor on April 1. The army recaptured it by Thursday.", "Thursday", "2019-04-04"),
    # no day told: an act done by the weekday gone by (main: the coming one)
    ("Workers cleared the rubble from the square by Tuesday, the mayor said.", "Tuesday", "2019-04-30"),
    # a deadline set on a day told is the first such weekday after it (main: the coming one, 2019-05-08)
    ("On Monday, the union demanded an answer by Wednesday.", "Wednesday", "2019-05-01"),
    # control: a future is counted from the report
    ("Crews began work on the bridge on Monday. They will finish it by Tuesday.", "Tuesday", "2019-05-07"),
])
def test_by_a_weekday_under_a_past_verb_counts_from_the_day_told(dates_of, text, expression, value):
    """dates51: `by` before a weekday under a verb told in the past (the pluperfect too) is the first such weekday
    after the day the story last named, whether the act was done by then or a deadline was set then; with no day
    named, a simple past of an act (none of timex_words `deadlineverb`, `futureverb`, the intent verbs) is the
    weekday gone by. Published on a Thursday."""
    assert only(dates_of("Wire story\n\n" + text, published="2019-05-02"), expression).value == value


def test_the_deadline_verbs_load():
    """dates51's timex_words kind `deadlineverb`: verbs whose `by` weekday stays a deadline ahead in the simple past."""
    from dateline.extractors.dates.words import load

    assert {"demand", "order", "want"} <= set(load()["deadlineverb"]) and "leave" not in load()["deadlineverb"]



@pytest.mark.parametrize("text, expression, value", [
    # a day after the report for an act done by then: counted back from the report (dates51: 2019-05-06)
    ("The harbour office said on Wednesday that most boats had left the bay by Monday.", "Monday", "2019-04-29"),
    ("Rangers counted the herd on Wednesday. The calves had crossed the river by Sunday, they said.", "Sunday",
     "2019-04-28"),
    # a day named long before the report is background: counted from the report (dates51: 1987-06-13)
    ("The bakery first opened on June 9, 1987. Its staff sold 3,000 loaves by Saturday, the owner said.", "Saturday",
     "2019-04-27"),
    # the day named's own weekday is that day (dates51: the Saturday a week on, 2019-04-27)
    ("Floods cut the coast road on April 20. By Saturday night, crews had reopened one lane.", "Saturday night",
     "2019-04-20"),
    # controls: a deadline after the report, a day of the story weeks before it
    ("On Wednesday, the landlord ordered the tenants out by Sunday.", "Sunday", "2019-05-05"),
    ("Floods cut the coast road on April 9. By Saturday, crews had reopened one lane.", "Saturday", "2019-04-13"),
])
def test_by_a_weekday_counts_from_a_day_of_the_story_only(dates_of, text, expression, value):
    """review51b: `by` and a weekday under a past verb counts from the day last named (dates51) only when that day is
    one of the story's (within `STORY_DAYS` before the report) and, for an act done by then, the day reached is not
    after the report (the act was told before the day named: `said on Wednesday that most had left by Monday`). Else
    it counts from the report, as before dates51. The day named's own weekday is that day, not the one a week on.
    Published on a Thursday."""
    assert only(dates_of("Wire story\n\n" + text, published="2019-05-02"), expression).value == value
