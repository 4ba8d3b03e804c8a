"""act49a: names said once in passing that are no actor (issue 11, the kept sets' excess of named actors with a role,
one mention and no part). A character whose story a work of fiction tells is no actor: the object of a verb of actor_words.tsv `plot_verb`, or its owner, under a
subject of `plot_teller` (`The drama follows Senator Ann Holt`, `The sitcom follows Mayor Dale Pruitt's rise`;
actors/hits.py `_plotted`), and the title, apposition and clause that object holds. A documentary's film and anyone
else who follows a person stay. The seat of an office sought or held is no actor where it is reached or held
(`reach`, `hold`, `keep`, `control`: actor_words.tsv `seat_verb`), where it is after a copula's `in` (`could be in the White
House`) or a second `in` (`in the race and in the White House`), before a contest noun (`a White House bid`) or
after `occupant of` (`seat_holder`) (actors/states.py). A party right before one who runs for it or against it is
no mention of the party: the singular is the person's label (`GOP frontrunner Donald Trump`, `her GOP opponent`), the
plural a group of the party's runners (`his GOP rivals`: PTY), but for a plural before the names it lists
(actor_words.tsv `party_runner`, `contender`; actors/states.py `_contest`, `_party_runners`). Invented sentences; one row per case (rows marked `fails on main` fail before the
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
    ("seat_after_a_copula",   # fails on main: `the White House` a GOV actor
     "Governor Tom Brant said on Monday that by next year a Democrat could well be in the White House.\n",
     "White House: none; Tom Brant: actor"),
    ("seat_bid_held_and_reached",   # fails on main: each `White House` a GOV actor
     "Senator Ann Holt, who is weighing a future White House bid, said Democrats would hold the White House and "
     "that no independent could reach the White House.\n",
     "White House#0: none; White House#1: none; White House#2: none"),
    ("chamber_controlled",   # fails on main: `the Senate` a LEG actor
     "Donors in Ohio are spending millions to decide who will control the Senate next year, Governor Tom Brant said.\n",
     "Senate: none; Tom Brant: actor"),
    ("seat_occupant_and_second_in",   # fails on main
     "Holt called Brant the next occupant of the White House. Brant promised to keep his old driver "
     "in the race and in the White House.\n",
     "White House#0: none; White House#1: none"),
    ("guard_the_white_house_that_speaks",
     "The White House said on Tuesday that the president would veto the bill.\n",
     "White House: sector=GOV"),
    ("party_before_its_frontrunner_and_an_opponent",   # fails on main: `GOP` the party twice
     "GOP frontrunner Donald Trump has called for a ban. Senator Ann Holt said her GOP opponent would lose.\n",
     "GOP#0: none; GOP#1: none; Donald Trump: actor"),
    ("party_before_its_runners_a_group",   # fails on main: `GOP` the party
     "Trump and his GOP rivals met in Iowa on Monday, the paper said.\n",
     "GOP: name=his GOP rivals; GOP: sector=PTY"),
    ("plural_runners_before_the_names_they_list",   # fails on main: `GOP` the party
     "Trump leads fellow GOP presidential candidates Sen. Ted Cruz and Sen. Marco Rubio in Iowa.\n",
     "GOP: none; Ted Cruz: actor"),
    ("guard_the_party_that_acts",
     "The GOP said on Monday that it would hold its convention in Ohio.\n",
     "GOP: sector=PTY"),
    ("guard_a_drama_named_beside_a_real_governor",
     "Governor Tom Brant said the drama follows a family of ranchers, and that he watches it every week.\n",
     "Tom Brant: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act49a_names_in_passing(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
