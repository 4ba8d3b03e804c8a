"""rev51c: guards on session 51's actor rules (act51a, act51b) in other genres (docs/actors.md `### rev51c`): a list of
bodies after a compound of a kind (`drug makers such as ...`) or after a noun of people (`employers such as ...`) keeps
its actors, and so do people listed as examples; a one-word name after the `by` of a verb of causing is no doer; a
criminal group whose sentence names another country's people takes no home country. Invented sentences; each case
fails on int51 before the change."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors

CASES = [
    ("makers_of_a_kind_listed",
     "Drug makers such as Novexa and Calder Pharma raised prices in January, the report said. Novexa declined to "
     "comment.\n",
     "Calder Pharma: sector=BUS"),
    ("bodies_after_a_noun_of_people_listed",
     "The city launched a job program with local employers such as Ridgeway Foods and Castell Plastics on Monday.\n",
     "Ridgeway Foods: sector=BUS; Castell Plastics: sector=BUS"),
    ("studios_of_a_kind_listed",
     "Film studios including Larkspur Pictures and Oberon Media cut jobs last year, the union said.\n",
     "Larkspur Pictures: actor"),
    ("people_listed_as_examples",
     "Young voters named role models such as Maria Kessel and Marco Vettel in the survey.\n",
     "Maria Kessel: actor; Marco Vettel: actor"),
    ("cause_after_passive_by",
     "Most of the new cases were caused by Omicron, health officials in Ohio said on Monday.\n",
     "Omicron: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_rev51c_guards(run, text, spec):
    check_actors(run(text, published="2010-05-03"), text, spec)


def test_criminals_of_another_country_in_a_local_police_story_take_no_home(run):
    text = ("Memphis police arrested two men on Friday. Police said the suspects, both Canadian citizens, had flown in "
            "from Toronto. Officer Lena Marsh said the suspects would appear in court on Monday.\n")
    suspects = actor_at(run(text, published="2010-05-03"), text, "suspects")
    assert suspects is not None and suspects.sector == "CRM" and suspects.country != "USA", suspects
