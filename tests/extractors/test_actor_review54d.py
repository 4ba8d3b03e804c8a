"""review54d: a second reading of ident54 (docs/actors.md `### review54d`). A given name counts as the story calling
a relative by it only where a mention of that person covers the token: a town or a month that shares the word is no
call. Invented sentences, invented people and towns."""
from __future__ import annotations

from tests.helpers import actor_at


def _texts(actor) -> list:
    return [m.text for m in actor.mentions] if actor is not None else []


def test_a_town_that_shares_the_given_name_is_no_call_by_it(run):
    # near-miss of ident54's rule: `moved from Austin` names a town, not the young driver; the bare surname stays his
    text = ("FARLEY, Kan. (Wire) -- Austin Merrow, 19, was hurt Saturday when his pickup left a county road, the "
            "sheriff said. His mother, Dana Merrow, drove to the hospital.\n\nThe family moved from Austin two years "
            "ago. Merrow had just started work at a grain elevator, deputies said.\n")
    art = run(text, published="2016-04-02")
    mother = actor_at(art, text, "Dana Merrow")
    assert mother is None or "Merrow" not in _texts(mother), _texts(mother)


def test_a_month_that_shares_the_given_name_is_no_call_by_it(run):
    # near-miss: `on May 30` is a date; the shop owner named May is not called by her given name
    text = ("RIDLEY, Ohio (Wire) -- May Tran and her husband, Hoa Tran, opened a noodle shop on Canal Street last "
            "fall. The shop will close on May 30.\n\nTran said rent on the building had doubled, and the lease ran "
            "out.\n")
    art = run(text, published="2015-06-10")
    husband = actor_at(art, text, "Hoa Tran")
    assert husband is None or "Tran" not in _texts(husband), _texts(husband)


def test_the_rule_still_holds_where_a_mention_calls_the_relative_by_given_name(run):
    # the class ident54 fixed, with three relatives: the son is called `Toby`, the bare surname is the father's
    text = ("BRIMLEY, Mich. (Wire) -- Three members of one family were hurt in a house fire Tuesday. Carl Dunmore, 44, "
            "his wife, Rita Dunmore, 41, and their son Toby Dunmore, 12, were taken to a hospital.\n\nToby was "
            "released that night. Dunmore, a plumber, had tried to put out the fire with a garden hose before "
            "firefighters arrived, the chief said.\n")
    art = run(text, published="2016-02-11")
    father = actor_at(art, text, "Carl Dunmore")
    assert father is not None and "Dunmore" in _texts(father), _texts(father)
