"""act42: false actors of the kinds the scorer counts, found by act41's precision audit of local news (docs/actors.md
`### act42`). A country named only as a place is no actor: after `of` and a lower-case noun of its kind that itself
stands in a place (`in the Central American country of Belize`), after `with` on a place noun (`on the border with
Chile`), as where a `who` is from (`Pablo, who is originally from Peru,`), as the possessor of its capital, crop or
disaster (`Chile's capital Santiago`, `Peru's potato crop`), or after `a county of`, `a shipment to`. A name the
tagger glued over a comma (`After leaving Oakdale, Brown headed north`) is no body:
a place, and the surname of a person of the article, which joins that person. Invented sentences; one row per case
(the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("country_after_its_kind_in_a_place",   # fails on main: `Belize` an actor (GOV)
     "A dengue outbreak in the Central American country of Belize has now sickened over 4,000 people, the World "
     "Health Organization said.\n",
     "Belize: none; World Health Organization: actor"),
    ("guard_country_after_its_kind_as_subject",
     "The Central American country of Belize signed a trade pact with Mexico on Monday.\n",
     "Belize: actor"),
    ("guard_island_of_a_country_stays_a_place",
     "With 12,000 cases of dengue on the island of Mauritius, health officials asked for help.\n",
     "Mauritius: none"),
    ("country_on_the_border_with",   # fails on main: `Chile` an actor (GOV)
     "The town of Tacna, which lies on the border with Chile, has also been hard hit, with 300 cases reported.\n",
     "Chile: none"),
    ("guard_talks_with_a_country",
     "Bolivia held talks with Chile on Monday about the water of the Silala river.\n",
     "Chile: actor"),
    ("origin_of_a_who",   # fails on main: `Peru` an actor (GOV)
     "Deputies arrested Pablo Quispe, who is originally from Peru, on Jan. 9 in a traffic stop.\n",
     "Peru: none"),
    ("guard_origin_of_a_letter",
     "The police said the threatening letter, which was from Iran, arrived on Monday.\n",
     "Iran: actor"),
    ("possessor_of_its_capital",   # fails on main: `Chile` an actor (GOV)
     "Chile's capital Santiago has been the hardest hit by the flu, having reported thirty-one cases.\n",
     "Chile: none"),
    ("possessor_of_a_crop",   # fails on main: `Peru` an actor (GOV)
     "Thousands of farms were flooded and most of Peru's potato crop has been destroyed, growers said.\n",
     "Peru: none"),
    ("possessor_of_a_disaster",   # fails on main: `Peru` an actor (GOV)
     "Insurers called the flood one of Peru's most costly natural disasters.\n",
     "Peru: none"),
    ("guard_possessor_that_acts",
     "Peru's government ordered the schools closed on Monday.\n",
     "Peru: actor"),
    ("of_a_county_of_a_country",   # fails on main: `Taiwan` an actor (GOV)
     "Pingtung is a county in the south of Taiwan administered as a county of Taiwan.\n",
     "Taiwan#1: none"),
    ("destination_of_a_shipment",   # fails on main: `Malaysia` an actor (GOV)
     "The tests came before approval of the first shipment to Malaysia, officials said.\n",
     "Malaysia: none"),
    ("town_glued_to_the_next_subject",   # fails on main: `Oakdale, Brown` a body; `Brown` not Ray Brown
     "Deputies said Ray Brown shot a clerk at a gas station on Friday. After leaving Oakdale, Brown headed north "
     "to his sister's house.\n",
     "Oakdale: none; Brown#1: same=Ray Brown"),
    ("glued_surname_of_one_of_two_kin",   # fails on main: `Oakdale, Brown` a body
     "Deputies said Ray Brown shot his wife, Dana Brown, at a gas station on Friday. Brown fled. After leaving "
     "Oakdale, Brown headed north to his sister's house.\n",
     "Oakdale: none; Brown#3: same=Ray Brown"),
    ("glued_name_of_no_person",   # fails on main: `Oakdale, Brown` a body
     "Two clerks were hurt at a gas station on Friday. After leaving Oakdale, Brown headed north to his sister's "
     "house, deputies said.\n",
     "Oakdale: none"),
    ("guard_comma_before_a_legal_form",
     "Tamberlane Holdings, Inc. said on Monday that it would close the plant.\n",
     "Tamberlane Holdings: actor"),
    ("guard_comma_in_a_list_of_a_body_name",
     "Officers of Montana Fish, Wildlife and Parks said the bear was moved on Monday.\n",
     "Montana Fish: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_places_not_actors(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


# A lone surname the people pass left apart from its person (act42, idle.person_named_bodies through `_lone_surname`):
# on audit texts the people pass makes `Burgess` beside `Ricky Burgess`, `Jones said` beside `Adrienne Jones` in
# shapes invented sentences do not reproduce (a full name the tagger reads as a body, a speaker named after `said`), so
# these rows run the passes before person_named_bodies, move the surname's mention into an actor of its own as the
# people pass did there, and check that the pass joins it back (or, for the guards, leaves it).
SURNAME_CASES = [
    ("lone_surname_of_one_person",   # fails on main: `Whitlow` stays an actor of its own
     "Mary Whitlow, the county elections supervisor, said turnout was high. About 2,200 people voted early, "
     "Whitlow said.\n", "Whitlow", "Mary Whitlow"),
    ("guard_surname_of_two_people",
     "Mary Whitlow, the county elections supervisor, said turnout was high. Her deputy, Carl Whitlow, agreed. "
     "About 2,200 people voted early, Whitlow said.\n", "Whitlow", None),
    ("guard_surname_said_of_the_other_gender",
     "Mary Whitlow, the county elections supervisor, said turnout was high. Whitlow said he expected long lines on "
     "Tuesday.\n", "Whitlow", None),
    ("guard_surname_after_an_honorific",   # (the people pass weighs honorifics: `Mr Kelly` and `Mrs Kelly`)
     "Mary Whitlow, the county elections supervisor, said turnout was high. About 2,200 people voted early, "
     "Mrs. Whitlow said.\n", "Whitlow", None),
    ("guard_surname_owning_a_relative_of_the_name",   # (`Whitlow's son, Carl Whitlow`: the parent is another)
     "Police said Whitlow's son, Carl Whitlow, was driving the truck. Whitlow said the road was icy.\n",
     "Whitlow", None),
]


@pytest.mark.parametrize("text, word, joined", [pytest.param(t, w, j, id=i) for i, t, w, j in SURNAME_CASES])
def test_lone_surname_joins_its_person(ctx_of, text, word, joined):
    from dateline.extractors import actors as A
    from dateline.extractors.actors.common import cluster
    from dateline.extractors.actors.state import ActorState
    from dateline.extractors.quotes import extract_quotes

    ctx = ctx_of(text, published="2016-05-02")
    st = ActorState(ctx, tuple(extract_quotes(ctx)))
    stop = A.PASSES.index(A.person_named_bodies)
    for run in A.PASSES[:stop]:
        run(st)
    at = text.rindex(word)
    span = (at, at + len(word))
    for c in list(st.clusters.values()):          # the surname's mention apart, as the people pass left it
        c.mentions.discard(span)
    lone = cluster(st, ("P?", word), word)
    lone.mentions.add(span)
    A.person_named_bodies(st)
    owner = [c for c in st.clusters.values() if span in c.mentions]
    assert len(owner) == 1
    assert owner[0].name == (joined or word)
