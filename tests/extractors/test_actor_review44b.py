"""review44b: act44's page_things passes kept off ordinary business copy. A company a body's word owns (`its X`, `the
company's X`) is a subsidiary, an actor, not a person's product; a chain named before its stores that are acted on
(`would close its X stores`) is the chain, not a place. Invented sentences; rows marked `fails on int44` failed before
the mend, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("subsidiary_its",   # fails on int44: `Skype` dropped as a product
     "Ebay will sell its Skype to a group of investors, the company said on Monday.\n",
     "Skype: actor"),
    ("chain_whose_stores_close",   # fails on int44: `Whole Foods` dropped as a shop's name
     "Amazon said it would close its Whole Foods stores in the state. Shoppers were upset.\n",
     "Whole Foods: actor"),
    ("guard_car_a_person_owns",
     "The driver was sitting in her BMW outside the bank when the gunman walked up, police said.\n",
     "BMW: none"),
    ("guard_shop_said_only_of_where",
     "The gunman ran to a Gadget Center electronics store parking lot, police said. Officers found the car at the "
     "Gadget Center lot.\n",
     "Gadget Center: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_review44b_actors(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


def test_owner_that_may_be_a_person():
    # owned_products' test of a possessor: a person's pronoun or noun owns a product, a body's does not
    from types import SimpleNamespace as T

    from dateline.extractors.actors.page_things import _a_persons_word

    assert _a_persons_word(T(pos_="PRON", lower_="his", lemma_="his"))
    assert _a_persons_word(T(pos_="NOUN", lower_="victim", lemma_="victim"))
    assert not _a_persons_word(T(pos_="PRON", lower_="its", lemma_="its"))
    assert not _a_persons_word(T(pos_="NOUN", lower_="carmaker", lemma_="carmaker"))
