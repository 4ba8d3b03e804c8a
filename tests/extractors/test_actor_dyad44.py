"""dyad44: the actor an event's participant resolves to - a bare state group's own country, a facility's body, a
country named as an office's subject, object pronouns owned by a thing's owner, the sayer's `he`, a surname tagged
plural. Invented sentences; rows marked `fails on main` fail before dyad44, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

CASES = [
    ("group_from_a_country",                       # fails on main: Venezuela's (the dateline's), one group with Peru's
     "CARACAS (Reuters) - Venezuela on Monday ordered diplomats from Colombia to leave within 72 hours. Diplomats "
     "from Peru said they would stay.\n",
     "diplomats: country=COL; Diplomats: country=PER"),
    ("officials_in_a_capital",                     # fails on main: VEN by the dateline
     "CARACAS (Reuters) - Venezuela expelled five Colombian diplomats on Monday. Officials in Bogota condemned the "
     "decision.\n",
     "Officials: country=COL"),
    ("guard_diplomats_posted_in_a_city",          # diplomats in Geneva serve anyone: not Switzerland's
     "GENEVA (Reuters) - Talks on the nuclear deal stalled on Monday. Diplomats in Geneva said the sides were far "
     "apart.\n",
     "Diplomats: country!=CHE"),
    ("guard_troops_in_a_country",                 # a force `in` a land is not that land's
     "WASHINGTON (Reuters) - The Pentagon said on Monday that troops in Afghanistan would stay until spring.\n",
     "troops: country!=AFG"),
    ("airport_authority_of_the_facility_place",    # fails on main: China, the country named last
     "HONG KONG (Reuters) - Flights resumed at the airport in Hong Kong on Tuesday as China warned protesters. The "
     "airport authority said it had won a court order against the sit-in.\n",
     "airport authority: country=HKG"),
    ("guard_authority_with_no_facility",           # `the authority` of no facility: the country named last still
     "TBILISI (Reuters) - Georgia said on Monday that Russia had closed its airspace. The aviation authority said "
     "the ban would last a month.\n",
     "aviation authority: country=RUS"),
    ("country_of_an_office_for_its_affairs",       # fails on main: Taiwan an actor
     "BEIJING (Reuters) - China's office for Taiwan affairs criticised the vote on Monday.\n",
     "Taiwan: none"),
    ("object_pronoun_of_a_things_owner",           # fails on main: `him` of no one
     "Senator Jane Ortiz met voters in Albany on Monday. Analyst Mark Dunn said Governor Tom Hale's confusing "
     "statements had given loyal voters reasons to doubt him.\n",
     "him: same=Governor Tom Hale"),
    ("guard_object_pronoun_owner_of_people",       # `Hale's aides` are people: their owner is not the `him`
     "Analyst Mark Dunn met Governor Tom Hale on Monday. Hale's aides told reporters that voters trusted him.\n",
     "him: none"),
    ("sayer_of_his_own_clause",                    # fails on main: `he` of no one (Grant named between)
     "Governor Luis Ortega, contradicting Senator Paul Grant, said on Monday he had told Grant that the state would "
     "not pay for the wall.\n",
     "he: same=Governor Luis Ortega"),
    ("surname_in_s_tagged_plural_is_one_person",   # fails on main: `Sanders` tagged a plural noun, `he` of no one
     "Candidates spar over records\n\nSenator Tom Bard released tax returns on Monday. "
     "Sanders said he suspects he will campaign for Canova.\n",
     "he: same=Sanders; he#1: same=Sanders"),
    ("guard_a_surname_in_s_is_no_they",             # one person still: `they` is not his
     "Candidates spar over records\n\nSenator Tom Bard released tax returns on Monday. "
     "Sanders said they would appeal the ruling.\n",
     "they: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_dyad44(run, text, spec):
    check_actors(run(text, published="2019-08-14"), text, spec)
