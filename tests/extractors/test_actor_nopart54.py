"""nopart54: groups a speaker names as any of their kind inside quoted words (issue 11, the false actors that take no
part). A plural common noun with no determiner or possessor (or with only a number), every mention of it inside a
quote, that does not act and that no event trigger reaches, is no body of the story; the same words told by the story
itself, a quoted group that acts, one an event reaches and one the text makes definite stay. Invented sentences; one row
per case (rows marked `fails on main` fail before the change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("quoted_kind_as_object",   # fails on main: `spies` a SPY group
     "Mayor Ann Tolliver spoke on Monday. \"We had spies at every table that night,\" Tolliver said.\n",
     "spies: none; Ann Tolliver: actor"),
    ("quoted_kind_after_a_quantity",   # fails on main: `suspects` a CRM group
     "Harwick police said the search went on overnight. \"The way he lived tends to raise the chance of a lot of "
     "suspects,\" Captain Dale Voss said.\n",
     "suspects: none; Harwick police: actor"),
    ("quoted_kind_after_a_preposition",   # fails on main: `volunteer firefighters` a GOV group
     "The county keeps no rescue team of its own. \"We do it case by case, with volunteer firefighters,\" "
     "Sheriff Ron Platt said.\n",
     "volunteer firefighters: none; Ron Platt: actor"),
    ("guard_the_story_tells_it",
     "Harwick police said spies had sat at every table. Captain Dale Voss said so on Monday.\n",
     "spies: actor"),
    ("guard_quoted_group_that_acts",
     "Mayor Ann Tolliver spoke on Monday. \"Spies sat at every table all night,\" Tolliver said.\n",
     "Spies: actor"),
    ("guard_an_event_reaches_it",
     "A health agency found the virus on Monday. \"Our staff will cooperate with local police,\" spokeswoman Ann "
     "Pell said.\n",
     "local police: actor"),
    ("guard_a_determiner_before_the_list",
     "A clinic found the illness on Monday. \"We answer to the local police and health boards,\" spokeswoman Ann "
     "Pell said.\n",
     "local police: actor"),
    ("guard_a_mention_outside_the_quote",
     "Protesters gathered outside City Hall on Monday. \"We saw protesters everywhere,\" Mayor Ann Tolliver said.\n",
     "Protesters: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_nopart54_kinds_in_quotes(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
