"""extractors/events/happenings.py: what a trigger is in the parse, and when one is told as another happening."""
from __future__ import annotations

import pytest

from dateline.extractors.events.happenings import told_again


@pytest.mark.parametrize("text, word, expected", [
    ("Gunmen shot the guard again on Friday.", "shot", True),
    ("The minister met the envoy again in June.", "met", True),
    ("Gunmen shot the guard on Friday.", "shot", False),
    # `again` on another word of the sentence: the speech verb, not the act it reports
    ("The mayor said again that gunmen shot the guard.", "shot", False),
])
def test_a_trigger_is_told_again_only_when_again_modifies_it(nlp, text, word, expected):
    """user51: the one test of `again` that the events stage (two acts in a sentence) and the linking stage (an
    attack told again takes no earlier day) both read."""
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    assert told_again(trigger) is expected

