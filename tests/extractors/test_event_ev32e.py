"""Criticism whose speaker is named in another sentence (ev32e, extractors/events/criticism.py `_threshold`): quoted
words that no reporting verb of their sentence covers, whose speaker the quotes stage found in the sentence before,
need a lower probability than the weights' threshold; on invented sentences."""
from __future__ import annotations

from dateline.extractors.events import criticism

OPENING = ("\n\nMayor Ruth Calder spoke to reporters in Dover on Monday. \u201cThe budget is a mess,\u201d Calder said. "
           "\u201c%s\u201d\n")


def accusations(article):
    return [(" ".join(p.text for p in e.source), " ".join(p.text for p in e.target), round(e.confidence, 2))
            for e in article.events if e.type == "ACCUSE"]


def test_a_quote_going_on_after_its_speaker_line_accuses_under_the_weights_threshold(run):
    found = accusations(run(OPENING % "Sadly, Governor Pell failed us."))
    assert any(s == "Calder" and "Pell" in t and c < criticism.model()["threshold"] for s, t, c in found), found


def test_a_quote_going_on_with_no_judgement_stays_out(run):
    assert accusations(run(OPENING % "Governor Pell has been absent for two years.")) == []


def test_the_lower_threshold_is_for_quotes_only():
    m = criticism.model()
    quote = criticism.Pair(criticism.Said(None, 0, 0, None, [], "quote"), None, "A1")
    clause = criticism.Pair(criticism.Said(None, 0, 0, None, [], "clause"), None, "A1")
    assert criticism._threshold(quote, m) == min(m["threshold"], criticism.QUOTE_THRESHOLD) < m["threshold"]
    assert criticism._threshold(clause, m) == m["threshold"]
