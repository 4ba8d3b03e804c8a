"""lead43: a quoted noun phrase ends at its closing quote when an of / for / over phrase the parse hung on it follows
(`accused "some Western politicians" of encouraging the protests`: the charge is no part of who is accused).
Invented sentences; one row per case (a row marked `fails on main` failed before the change; guards pass both)."""
from __future__ import annotations

import pytest

from tests.helpers import found, targets

CASES = [
    ("accused_quoted_of",   # fails on main: the target ran on to `" of encouraging the strikes`
     'Ministry officials in Lima accused "some foreign lawmakers" of encouraging the strikes.\n',
     "ACCUSE", "some foreign lawmakers"),
    ("guard_blamed_quoted_for",   # the parse hangs `for` on the verb here: unchanged
     'The governor blamed "outside agitators" for the unrest in the capital on Monday.\n',
     "ACCUSE", "outside agitators"),
    ("guard_quoted_then_place",   # a phrase after the quote that is not the charge stays
     "Senators pointed fingers at 'hardline members' in the House caucus on Tuesday.\n",
     "ACCUSE", "hardline members' in the House caucus"),
]


@pytest.mark.parametrize("text, etype, target", [pytest.param(t, e, g, id=i) for i, t, e, g in CASES])
def test_quoted_phrase_ends_at_its_quote(run, text, etype, target):
    events = found(run(text), etype)
    assert events, f"no {etype} in {text!r}"
    assert target in [x for e in events for x in targets(e)]


def test_an_event_noun_under_any_is_no_happening(run):
    """lead43: `reserved the right to respond to any attack by the regime`: whatever attack may come is no one event
    (fails before: asserted, ACCUSE of the regime)."""
    from tests.helpers import asserted

    text = "Erdogan said Turkey reserved the right to respond to any attack by the Syrian regime.\n"
    assert not [e for e in asserted(run(text)) if e.trigger.text == "attack"]
