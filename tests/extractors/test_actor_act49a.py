"""act49a: names said once in passing that are no actor of the story (issue 11, the kept sets' excess of named actors
with a role, one mention and no part). An outlet or a company named only before a work it airs or makes (`an NBC
show`, `a CBS comedy`: actor_words.tsv `aired_work`; actors/states.py `_contest`) is that work's label, no mention of
the outlet; a character whose story a work of fiction tells (`The drama follows Senator Ann Holt`: `plot_verb` under a
`plot_teller` subject; actors/hits.py `_plotted`) is no actor, nor are the title and apposition the object holds.
Invented sentences; one row per case (rows marked `fails on main` fail before the change, the guards pass before and
after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("outlet_before_its_show",   # fails on main: `NBC` a MED actor
     "Governor Tom Brant said his favourite is an NBC show about a small-town hospital.\n",
     "NBC: none; Tom Brant: actor"),
    ("outlet_before_its_comedy",   # fails on main: `CBS` a MED actor
     "Mayor Lena Ortiz told reporters she never misses a CBS comedy on Sunday nights.\n",
     "CBS: none; Lena Ortiz: actor"),
    ("guard_outlet_that_reports",
     "NBC reported on Monday that Governor Tom Brant would not run again.\n",
     "NBC: sector=MED"),
    ("guard_outlet_before_its_poll",   # a poll is its maker's deed (act39): the pollster stays
     "A CBS poll released on Tuesday showed Mayor Lena Ortiz ahead by nine points.\n",
     "CBS: actor"),
    ("character_a_drama_follows",   # fails on main: `Senator Ann Holt` a LEG person
     "Her guilty pleasure is a political drama. The drama follows Senator Ann Holt, a widowed rancher who runs "
     "for governor.\n",
     "Ann Holt: none; rancher: none"),
    ("character_whose_rise_a_sitcom_follows",   # fails on main: `Mayor Dale Pruitt` a GOV person
     "The sitcom follows Mayor Dale Pruitt's rise in a small Ohio town, the network said.\n",
     "Dale Pruitt: none"),
    ("guard_a_documentary_film_follows_a_real_senator",
     "The documentary film follows Senator Ann Holt on the campaign trail in Iowa.\n",
     "Ann Holt: sector=LEG"),
    ("guard_reporters_follow_a_senator",
     "Reporters follow Senator Ann Holt everywhere she goes in Iowa.\n",
     "Ann Holt: sector=LEG"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act49a_names_in_passing(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
