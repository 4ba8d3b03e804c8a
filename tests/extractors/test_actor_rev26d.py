"""Actors on invented stories, for misfires of act26b's and act26c's rules that the review rev26d (December 2026,
issue 11) found and fixed: a capital's name in a dateline whose region is another country's division (`LONDON, Ontario`),
a language's name after an honorific (`Ms. Hindi`), a slashed name that acts (`Sprint/Nextel said`), a trade word
after `for` in a movement's name, things (not people) said to be `from` a country."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_dateline_region_decides_over_a_capitals_name-1',
     "LONDON, Ontario -- Harbour Rovers coach Tom Wedd said on Friday he expects to keep his job. Wedd "
     "said the board backed him.\n",
     None, 'Tom Wedd: country=CAN'),
    ('a_dateline_region_decides_over_a_capitals_name-2',
     "PARIS, Texas (AP) -- Tom Wedd, a farmer, said on Friday the storm took his barn.\n",
     None, 'Tom Wedd: country=USA'),
    ('a_languages_name_after_an_honorific_is_a_surname',
     "SPRINGFIELD, Ill. (AP) - Ms. Hindi, who runs a bakery, said on Friday that taxes were too high. The "
     "menu is printed in one language, say Urdu.\n",
     None, 'Hindi: actor; Urdu: none'),
    ('a_slashed_name_that_is_a_verbs_subject_stays_an_actor',
     "DENVER (AP) - Sprint/Nextel said on Monday that service was back. The district moved money from its "
     "Health/Life/Safety funds.\n",
     None, 'Sprint/Nextel: actor; Health/Life/Safety: none'),
    ('a_trade_word_after_for_is_a_cause',
     "TUNIS (Reuters) - The Movement for National Restoration said on Friday it would boycott the vote. "
     "The contract went to Harbor Restoration, the mayor said.\n",
     None, 'Movement for National Restoration: sector!=BUS; Harbor Restoration: sector=BUS'),
    ('things_from_a_country_keep_the_state',
     "BEIRUT (Reuters) - Most of the rockets are from Iran, an official said on Monday. Half of the fighters "
     "are from Syria and the rest are from Iraq.\n",
     None, 'Iran: actor; Syria: none; Iraq: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
