"""speed46a: output-identical cuts of the dates, events and other non-actor extractors, each checked against the
walk or search it replaced on invented text."""
from __future__ import annotations

import random

from dateline.extractors.dates.grammar import patterns, scanners
from dateline.scan import matches_at


def _behind_forms() -> list:
    """The forms tried over the whole text that open with a look-behind, with their scanners."""
    return [(rx, scan) for (_, rx, key), scan in zip(patterns(), scanners())
            if key is None and rx.pattern.startswith("(?<")]


def test_a_whole_text_form_opening_with_a_look_behind_has_a_scanner():
    """`(?<!\\bat\\s)\\bthe past few days` is searched by its words (`the past`), not tried at every character."""
    found = _behind_forms()
    assert found and all(scan is not None for _, scan in found)
    assert all(not scan.pattern.startswith(("(?<", r"\b")) for _, scan in found)


def test_a_look_behind_form_found_by_its_scanner_as_by_a_full_search():
    """The same matches, spans and groups as `finditer`, where the look-behind blocks one (`at the last minute`), where
    a word runs on before the form (`xthe past week`), and in windows that start inside a word or after `at `."""
    text = ("At the last minute the mayor said that the past few weeks had been hard; xthe past week, at the next "
            "hour, the coming days and the previous several months, at  the past year, (the last decade) "
            "bathe past days. the past\nweek the next few years").lower()
    rng = random.Random(46)
    words = ["the", "at", "past", "last", "next", "coming", "previous", "few", "several", "days", "week", "years",
             "old", "-", "xthe", "that", ",", "\n"]
    texts = [text] + [" ".join(rng.choice(words) for _ in range(rng.randrange(3, 25))) for _ in range(300)]
    tried = 0
    for rx, scan in _behind_forms():
        for t in texts:
            for ws, we in ((0, len(t)), (1, len(t)), (3, len(t) - 2), (len(t) // 2, len(t))):
                want = [(m.span(), m.groupdict()) for m in rx.finditer(t, ws, we)]
                assert [(m.span(), m.groupdict()) for m in matches_at(rx, scan, t, pos=ws, end=we)] == want, (t, ws)
                tried += len(want)
    assert tried > 40


def test_page_words_are_the_runs_of_letters_of_the_lowered_page():
    """`_page_words` splits the page as `WORD.findall(text.lower())` does, on ASCII pages and on pages with curly
    quotes, accents, dashes and letters whose lower case is ASCII (the Kelvin sign, a dotted capital I)."""
    from dateline.extractors.events.confidence import WORD, _page_words

    rng = random.Random(7)
    pieces = ["Senate", "vote", "MATCH", "caf\u00e9", "\u201cquoted\u201d", "\u2014", "U.S.", "it's", "\u212aelvin",
              "\u0130stanbul", "na\u00efve", "\n\n", "42", "x-ray", "stra\u00dfe", "\u00c9lys\u00e9e", " ", "\t", "ZZ"]
    texts = ["", "Plain ASCII page: the team won the match 3-1.", "\u201cThe caf\u00e9 closed,\u201d she said."] + [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40))) for _ in range(400)]
    for text in texts:
        assert [w.decode("ascii") for w in _page_words(text)] == WORD.findall(text.lower()), text


def test_page_topics_count_the_topic_words_as_the_regex_did():
    """`page_topics` over the bytes words gives the counts the regex's words gave (plural forms included)."""
    from collections import Counter

    from dateline.extractors.events.confidence import WORD, page_topics, topic_words

    words = sorted(topic_words())[:60]
    rng = random.Random(11)
    for _ in range(60):
        text = " ".join(rng.choice(words + [w + "s" for w in words] + ["the", "\u201c", "Caf\u00e9", "and"])
                        for _ in range(rng.randrange(0, 80)))
        text = text.title() if rng.random() < 0.3 else text
        counts = Counter()
        for w, n in Counter(WORD.findall(text.lower())).items():
            topic = topic_words().get(w) or (topic_words().get(w[:-1]) if w.endswith("s") else None)
            if topic:
                counts[topic] += n
        assert page_topics(text) == tuple(sorted(counts.items()))


def test_place_headings_found_where_a_line_opens_as_by_the_regex():
    """`places._heading_matches` gives `_HEADING.finditer`'s matches (a heading at the text's start, after a blank
    line, after a line of figures, in a text with Windows line ends, and lines that only look like one)."""
    from dateline.extractors.places import _HEADING, _heading_matches

    rng = random.Random(3)
    lines = ["KENYA:", "NORTH DAKOTA:  ", "NOTE:", "Kenya:", "KENYA: 40 cases", "  KENYA:", "A:", "ST. LUCIA:\t",
             "cases rose to 12.", "", "SOUTH SUDAN:\r", "US-MEXICO BORDER:", "Talks went on", "X'Y.Z-W:"]
    texts = ["KENYA:\nFigures follow.", "Intro\n\nKENYA:\n12 cases\nUGANDA:\n3"] + [
        rng.choice(["\n", "\r\n", "\n\n"]).join(rng.choice(lines) for _ in range(rng.randrange(1, 12)))
        for _ in range(300)]
    found = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in _HEADING.finditer(text)]
        assert [(m.span(), m.groups()) for m in _heading_matches(text)] == want, text
        found += len(want)
    assert found > 100


def test_reference_words_tried_where_they_may_start_give_the_matches_of_a_full_search():
    """The `ref` form (`the near future`, `at present`, `right now`, `currently`) is tried only where `form_starts`
    says one may start: the same matches as `finditer`, also with long or odd runs of white space between its words
    (a no-break space, an em space, blank lines), words that run on (`nowhere`, `known`, `representative`) and a
    search that starts or ends inside a phrase."""
    from dateline.extractors.dates.grammar import form_starts
    from dateline.scan import matches_from

    forms = [(rx, starts) for (form, rx, key), starts in zip(patterns(), form_starts()) if starts is not None]
    assert len(forms) == 1 and "refw" in forms[0][0].groupindex
    rng = random.Random(46)
    words = ["the", "near", "foreseeable", "future", "present", "at", "right", "now", "nowadays", "currently",
             "current", "lately", "recently", "past", "known", "nowhere", "pasta", "xthe", "representative", "athe",
             "that", ",", "."]
    gaps = [" ", " ", " ", "\n\n", "\u00a0", "\u2003", " " * 70, "\t\n  \n", ""]
    texts = ["at present the talks, currently stalled, may resume in the near future; known to lately have right "
             "now", "the" + " " * 90 + "foreseeable\n\n\n" + " " * 50 + "future"] + [
        "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randrange(1, 50))) for _ in range(500)]
    found = 0
    for rx, starts in forms:
        for text in texts:
            for pos, end in ((0, len(text)), (2, len(text)), (0, max(0, len(text) - 4)), (len(text) // 3, len(text))):
                want = [(m.span(), m.groupdict()) for m in rx.finditer(text, pos, end)]
                got = [(m.span(), m.groupdict()) for m in matches_from(rx, starts(text, pos, end), text, pos, end)]
                assert got == want, (text, pos, end)
                found += len(want)
    assert found > 1000
