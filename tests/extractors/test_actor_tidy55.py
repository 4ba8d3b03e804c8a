"""tidy55: known54's state-body rule reads the headline from the layout (`common.in_headline`), as every other actor
pass does (docs/actors.md `### tidy55`). Invented stories; a near-miss each."""
from __future__ import annotations

from tests.helpers import actor_at

ASKED = ("Will Harlow ask DOJ for help?\n\nHARLOW, Calif. -- On Monday the police asked the state Department of "
         "Justice for help with the case.\n")


def test_a_headline_that_asks_is_a_headline_for_the_state_body_rule(run):
    # the old guess took a first line ending in `?` for a sentence, no headline: `DOJ` stayed the nation's
    article = run(ASKED, published="2016-03-01")
    doj = actor_at(article, ASKED, "DOJ")
    state = actor_at(article, ASKED, "state Department of Justice")
    assert state is not None and doj is not None and doj.id == state.id, (doj, state)


NO_HEAD = ("HARLOW, Calif. -- Mayor Ida Crane said the DOJ had called. On Monday the police asked the state Department "
           "of Justice for help with the case.\n")


def test_near_miss_a_form_before_the_state_body_in_a_text_with_no_headline_stays_the_nations(run):
    article = run(NO_HEAD, published="2016-03-01")
    doj = actor_at(article, NO_HEAD, "DOJ")
    state = actor_at(article, NO_HEAD, "state Department of Justice")
    assert doj is not None and state is not None and doj.id != state.id and doj.name == "United States", (doj, state)
