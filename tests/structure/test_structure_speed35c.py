"""speed35c: the structure stage's date and language scans give the answers of the plain scans they replace (invented
texts; the scans run through `dateline.scan.matches_at`; before speed35c full_dates/weekdays ran `finditer` over every
character)."""
from collections import Counter

import pytest

from dateline.scan import matches_at
from dateline.structure import dates
from dateline.structure.language import MIN_LETTERS, _latin_share

TEXTS = [
    "ABERWICK, Tuesday, March 3, 2015 - The council met on Monday. It meets again 14 April 2015 and on Mondays.",
    "Figures: 123 May 2013, 9th June, Sept. 12 2016 and 2019-02-30 (no such day) then 2020-02-29.",
    "The ferry left on Sunday,May 3 2009; FridayMay 4 2009 is run together; a Wednesdays club.",
    "Unicode digits \u0661\u0662 May 2012 and the 1st of nothing, 31st December 1999.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_full_date_and_weekday_scans_match_finditer(text):
    n = len(text)
    for start, end in [(0, n), (5, n - 7), (n // 3, 2 * n // 3), (0, 0), (n, n)]:
        plain = [(m.span(), m.groupdict()) for m in dates._FULL_DATE.finditer(text, start, end)]
        fast = [(m.span(), m.groupdict()) for m in matches_at(dates._FULL_DATE, dates._FULL_DATE_AT, text, pos=start, end=end)]
        assert fast == plain
        plain = [(m.span(), m.groups()) for m in dates._WEEKDAY.finditer(text, start, end)]
        fast = [(m.span(), m.groups()) for m in matches_at(dates._WEEKDAY, dates._WEEKDAY_AT, text, pos=start, end=end)]
        assert fast == plain


def test_full_dates_and_weekdays_read_the_invented_dateline():
    text = TEXTS[0]
    found = dates.full_dates(text)
    assert [(d.isoformat(), wd) for d, _, wd in found] == [("2015-03-03", 1), ("2015-04-14", None)]
    assert dates.weekdays(text, [(0, len(text))]) == {0, 1}      # `Mondays` is a habit, not a day


def _share_by_counting(text):
    counts = Counter(text)
    letters = sum(n for c, n in counts.items() if c.isalpha())
    latin = sum(n for c, n in counts.items() if c.isalpha() and c < "\u0250")
    return latin / letters if letters >= MIN_LETTERS else 1.0


@pytest.mark.parametrize("text", [
    "The mayor\u2019s office said \u201cno\u201d \u2014 twice, on the record, to the invented reporters of the Wire.",
    "Caf\u00e9 owners in the old town say trade is down this year, the \u0259 sound aside, and prices are up.",
    "\u0391\u03b8\u03ae\u03bd\u03b1 \u03ba\u03b1\u03b9 \u03a3\u03c0\u03ac\u03c1\u03c4\u03b7 " * 6 + "and a few English words",
    "\u6771\u4eac\u3067\u4f1a\u8b70" * 20,
    "short \u0436",
])
def test_latin_share_as_counted(text):
    assert _latin_share(text) == _share_by_counting(text)


@pytest.mark.parametrize("text", ["The invented mayor spoke for 100\u00a0minutes, then\u2009left.", "Plain words only, no odd space."])
def test_parse_text_makes_odd_spaces_plain_as_translate_does(text):
    from dateline.structure import ODD_SPACES, parse_text

    assert parse_text(text, ()) == text.translate(ODD_SPACES)
