"""review49c: act49a's rules held to what their docs say (issue 11; precision first). `follows` in news is also `comes
after`: a drama (a row in a council, a match) that follows a judge's ruling, a senator's resignation or weeks of talks
between two leaders leaves those people real; only a person, or a person's rise, life or career (actor_words.tsv
`plot_life`), that a work of fiction follows is a character (actors/hits.py `_plotted`). A seat of office that is kept
informed or contacted is the body itself, an actor (`keep the Senate updated`, `reach the White House for comment`:
states.py `_kept_told`, `seat_contact`). A party's runners are the words up to their noun, not an `of`-phrase naming
whom they run against (`Fatah rivals of Hamas`: Hamas stays). Invented sentences; each `fails on int49` row failed
before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("drama_after_a_resignation",   # fails on int49: `Senator Mark Dunlop` no actor
     "The political drama in Topeka follows Senator Mark Dunlop's resignation on Friday.\n",
     "Mark Dunlop: sector=LEG"),
    ("drama_after_a_ruling",   # fails on int49
     "The courtroom drama follows Judge Ellen Marsh's ruling that the county map was void.\n",
     "Ellen Marsh: actor"),
    ("drama_after_weeks_of_talks",   # fails on int49: both leaders no actor
     "The drama follows weeks of talks between Prime Minister Karl Berg and President Ivan Petrov.\n",
     "Karl Berg: actor; Ivan Petrov: actor"),
    ("guard_a_sitcom_follows_a_life",
     "Her favourite sitcom follows Mayor Dale Pruitt's rise from a bakery to City Hall.\n",
     "Dale Pruitt: none"),
    ("guard_a_novel_follows_a_nurse",
     "The novel follows Anna Kovacs, a young nurse in a border town during the war.\n",
     "Anna Kovacs: none"),
    ("seat_kept_informed",   # fails on int49: `the White House` no actor
     "Governor Tom Brant said he would keep the White House informed of the talks.\n",
     "White House: sector=GOV"),
    ("chamber_kept_updated",   # fails on int49: `the Senate` no actor
     "The governor said he would keep the Senate updated on the inquiry.\n",
     "Senate: sector=LEG"),
    ("seat_reached_for_comment",   # fails on int49
     "Reporters tried to reach the White House for comment on Sunday, the paper said.\n",
     "White House: sector=GOV"),
    ("seat_under_efforts_to_reach",   # fails on int49
     "Efforts to reach the White House were not successful, the paper said.\n",
     "White House: sector=GOV"),
    ("guard_seat_reached_as_an_office",
     "Senator Ann Holt said that no independent could reach the White House in a year like this.\n",
     "White House: none"),
    ("runners_before_an_of_phrase",   # fails on int49: `Hamas` inside the group's span
     "Fatah rivals of Hamas held a rally in Ramallah on Friday.\n",
     "Hamas: sector!=PTY; Fatah: name=Fatah rivals"),
    ("guard_runners_a_group",
     "Trump and his GOP rivals met in Iowa on Monday, the paper said.\n",
     "GOP: name=his GOP rivals"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_review49c_act49a_rules_held(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
