"""Actors on invented sentences for mend26 (December 2026, issue 11): one pass for a lower-case `party` that is a
social gathering (local_news.social_parties, with one word class `party_kind`: act25's `_a_gathering` and `occasion`
joined in), one place for a web page's label (local_news.page_labels: act25's non_actors.tsv rows joined in), the
parse's sentence for a bare `Chief` beside a fire service (local_news.police_chiefs), and one class of prepositions
of where something stands (actor_words.tsv `site_preposition`, with `position` joined)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('the_party_after_a_gathering_of_the_old_occasion_words_is_that_gathering',
     "Guests hurt at wedding\n\nThe Democratic Party criticized the mayor on Monday. A wedding party in Maple "
     "ended in gunfire on Saturday, police said. Guests said the party had gone on for hours.\n",
     None, 'wedding party: none; the party: none; Democratic Party: sector=PTY'),
    ('the_party_after_a_party_thrown_is_that_gathering',
     "Shots at home\n\nThe Republican Party held its convention in Dale. On Friday a neighbor threw a party at "
     "his home on Oak Street, police said. Officers said the party drew 200 guests.\n",
     None, 'a party: none; the party: none; Republican Party: sector=PTY'),
    ('a_political_party_with_a_kind_stays_a_party',
     "Opposition parties in Kenya won seats in the election, the electoral commission said.\n",
     None, 'Opposition parties: actor'),
    ('a_label_in_capitals_inside_a_line_names_nobody',
     "Four shot in Tampa\n\nTAMPA - Police say four people were shot at a lounge. Mayor Bob Buckhorn spoke. "
     "BREAKING Police Chief Ann Pole said two men were arrested.\n",
     None, 'BREAKING: none; Ann Pole: sector=COP'),
    ('a_bare_chief_beside_a_fire_service_after_an_abbreviation_is_no_police_chief',
     "Fire in Dale\n\nDALE, Ind. - A man was wounded Saturday, Dale police said.\n\nChief Ann Pole said Mt. "
     "Vernon firefighters put out the flames.\n",
     None, 'Ann Pole: sector!=COP'),
    ('a_party_thrown_into_a_state_is_still_the_party',
     "Senators split\n\nThe Democratic Party lost two seats. The revolt threw the once proud party into chaos, "
     "aides said. Senators said the party must unite.\n",
     None, 'the party must: sector=PTY'),
    # one class of prepositions of where something stands (actor_words.tsv `site_preposition`, `position` joined)
    ('a_bodys_building_inside_which_people_stand_is_a_place',
     "Protest in Dale\n\nAbout 50 protesters gathered inside the mayor's office on Monday, police said.\n",
     None, 'office: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
