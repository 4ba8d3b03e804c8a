"""How pages word things: actor labels, evidence snippets, quotations without their marks, event sentences."""
from __future__ import annotations

from dateline.web import present


def test_actor_label_uses_the_country_name_and_sector():
    assert present.actor_label("Sergei Lavrov", "RUS", "GOV") == "Russia (GOV)"
    assert present.actor_label("Kofi Annan", "IGO", "IGO") == "Kofi Annan (IGO)"
    assert present.actor_label("Some group", None, None) == "Some group"
    assert present.country_name("XYZ") is None


def test_snippet_keeps_short_sentences_and_cuts_long_ones_around_the_trigger():
    assert present.snippet("Rebels shelled the town.", 7, 0) == "Rebels shelled the town."
    long = "One two three four five six seven eight nine ten " * 5 + "TRIGGER and then more words follow here " * 4
    at = long.index("TRIGGER")
    out = present.snippet(long, at + 100, 100)
    assert "TRIGGER" in out and out.startswith("…") and out.endswith("…") and len(out) < 80


def test_unquote_drops_quote_marks_and_a_trailing_comma():
    assert present.unquote('"We will not stop,"') == "We will not stop"
    assert present.unquote("“Enough.”") == "Enough."


def test_event_line_reads_as_a_sentence():
    src = [present.participant({"name": "Sergei Lavrov", "country": "RUS", "sector": "GOV", "global_id": 1})]
    tgt = [present.participant({"name": "Syria", "country": "SYR", "sector": "GOV"})]
    line = present.event_line(type="ACCUSE", mode=None, quad=3, source=src, target=tgt,
                              evidence="both sides were to blame", date="2012-05-28", place="Moscow")
    assert line["text"] == 'Russia (GOV) ACCUSE Syria (GOV) — "both sides were to blame" — 2012-05-28, Moscow'
    neg = present.event_line(type="ACCUSE", mode=None, quad=3, source=src, target=[], evidence="", date=None,
                             place=None, negated=True)
    assert neg["text"] == "Russia (GOV) NOT ACCUSE" and neg["flags"] == ["not"]
