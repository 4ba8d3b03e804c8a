"""ident54: people of local news named once or sharing a surname (docs/actors.md `### ident54`): of two relatives of
one surname, the one the story's own narrative calls by the given name alone is not the one a bare surname names; a
US state's officer whose state the title lost still fits a description of the office. Invented sentences only (real
office holders, invented private people and towns)."""
from __future__ import annotations

from tests.helpers import actor_at, actor_named


def _texts(actor) -> list:
    return [m.text for m in actor.mentions] if actor is not None else []


# -- a relative the story calls by the given name (`people._called_by_given_name`)

def test_a_bare_surname_is_not_the_relative_called_by_given_name(run):
    text = ("MARLOW, Ill. (Wire) -- A father and his infant son were found dead Thursday in a house on Birch Lane, the "
            "county sheriff said.\n\nThree-month-old Owen Brankley was found in a bedroom. Owen's father, Dale "
            "Brankley, 39, was found in the kitchen.\n\nBrankley worked nights at a feed mill, co-workers said.\n")
    art = run(text, published="2015-03-12")
    dad = actor_at(art, text, "Dale")
    assert dad is not None and "Brankley" in _texts(dad), _texts(dad)
    son = actor_at(art, text, "Owen Brankley")
    assert son is not None and "Brankley" not in _texts(son), _texts(son)


def test_both_relatives_called_by_given_name_leave_the_ranking_alone(run):
    # near-miss: both brothers are called by their given names, so the convention tells nothing; as on main
    text = ("HOLTON, Tenn. (Wire) -- Marcus Pell said he and his brother Andre Pell shared an apartment for two years. "
            "Marcus said Andre had just started a job at a tire shop.\n\nPolice said Pell met two people in a parking "
            "lot on Friday night.\n")
    art = run(text, published="2016-05-20")
    holders = [a for a in art.actors if "Pell" in _texts(a)]
    assert len(holders) == 1, [(a.name, _texts(a)) for a in holders]


def test_a_spouse_introduced_by_given_name_in_apposition_is_no_convention(run):
    # near-miss: `his wife, Nadine,` introduces her; the bare surname stays the mayor's
    text = ("GARRICK, Ore. (Wire) -- Mayor Len Ostrow and his wife, Nadine Ostrow, delivered lunches on Wednesday.\n\n"
            "His wife, Nadine, drives the route every week. Ostrow said the city would add a van.\n")
    art = run(text, published="2014-10-02")
    mayor = actor_named(art, "Len Ostrow")
    assert mayor is not None and "Ostrow" in _texts(mayor), _texts(mayor)


# -- a state's officer whose state the title lost (`descriptions._who`)

_GOVERNORS = ("Corwin rejects aid a second time. COLUMBIA --- South Carolina Gov. Wade Corwin said Friday he would not "
              "spend $500 million in federal aid.\n\nMr. Corwin has become a loud voice against federal bailouts. "
              "Alaska Gov. Sarah Palin, for her part, announced she would turn down part of the money.\n\n")


def test_the_governor_in_a_quote_is_the_one_named_last_even_with_no_state_found(run):
    text = _GOVERNORS + ("Mr. Corwin's stance led House Majority Whip Hal Decker, D-S.C., to write language into the "
                         "bill letting state legislators override governors. Mr. Decker disagrees that this is a "
                         "problem. \"For one, nobody is going around the governor,\" Mr. Decker said.\n")
    art = run(text, published=None)
    gov = actor_at(art, text, "the governor")
    assert gov is not None and gov.name == "Wade Corwin", gov


def test_the_governor_named_last_keeps_the_description(run):
    # near-miss: the Alaska governor is the one named last before the description
    text = _GOVERNORS + ("Palin's aides said House Majority Whip Hal Decker, D-S.C., had called. \"Nobody is going "
                         "around the governor,\" Mr. Decker said.\n")
    art = run(text, published=None)
    gov = actor_at(art, text, "the governor")
    assert gov is None or gov.name != "Wade Corwin", gov


def test_a_given_name_before_an_initial_is_a_full_name_not_the_given_name_alone(run):
    # near-miss: `James C. Verrill` writes the given name before an initial, no call by the given name alone
    text = ("DEKALB, Ill. (Wire) -- Searchers on Sunday found James C. Verrill, 56, in the river near a park.\n\n"
            "Verrill had told relatives he wanted some time alone, his brother, Bill Verrill, said.\n\n"
            "Police said Verrill probably died on Christmas Day.\n")
    art = run(text, published="2010-02-02")
    james = actor_at(art, text, "James C. Verrill")
    assert james is not None and _texts(james).count("Verrill") == 2, _texts(james)
