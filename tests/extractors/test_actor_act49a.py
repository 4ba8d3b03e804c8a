"""act49a: a character whose story a work of fiction tells is no actor (issue 11, the kept sets' excess of named actors
with a role, one mention and no part): the object of a verb of actor_words.tsv `plot_verb`, or its owner, under a
subject of `plot_teller` (`The drama follows Senator Ann Holt`, `The sitcom follows Mayor Dale Pruitt's rise`;
actors/hits.py `_plotted`), and the title, apposition and clause that object holds. A documentary's film and anyone
else who follows a person stay. Invented sentences; one row per case (rows marked `fails on main` fail before the
change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
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
    ("guard_a_drama_named_beside_a_real_governor",
     "Governor Tom Brant said the drama follows a family of ranchers, and that he watches it every week.\n",
     "Tom Brant: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act49a_characters_of_fiction(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
