"""ident41: wrong identities found on text no gold set holds. Invented sentences; rows marked `fails on main` fail
before ident41, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

GIVEN_CASES = [
    ("own_name_form_is_another_person",           # fails on main: `Harry Colburn` joined to the mayor Henry Colburn
     "Henry Colburn, the mayor, opened the meeting. Harry Colburn, a city councilman, voted against the plan.\n",
     "Harry Colburn: name=Harry Colburn; Henry Colburn: name=Henry Colburn"),
    ("son_with_an_own_name_form",                 # fails on main: the son `Jack Pruett` joined to John Pruett
     "John Pruett, a farmer near Marlow, said the harvest was poor. His son, Jack Pruett, said the rain came too "
     "late.\n",
     "Jack Pruett: name=Jack Pruett; John Pruett: name=John Pruett"),
    ("own_name_form_as_speaker",                  # fails on main: the speaker `Katie Dorsett` kept as Kathleen's
     "Kathleen Dorsett, the school principal in Marlow, closed the gym on Monday. \"We had no choice,\" Katie "
     "Dorsett said.\n",
     "Katie Dorsett: name=Katie Dorsett"),
    ("son_with_a_familiar_form",                  # fails on main: `His son, Bob Kessel` joined to Robert Kessel
     "Robert Kessel, a farmer near Marlow, said the harvest was poor. His son, Bob Kessel, said the rain came too "
     "late.\n",
     "Bob Kessel: name=Bob Kessel; Robert Kessel: name=Robert Kessel"),
    ("grandson_with_a_familiar_form",             # fails on main: `Bill Stroud` joined to William Stroud
     "William Stroud, 71, died on Monday. Stroud's grandson Bill Stroud said he was a kind man.\n",
     "Bill Stroud: name=Bill Stroud; William Stroud: name=William Stroud"),
    ("kin_told_after_the_name",                   # fails on main: `Dan Mirel, her son,` joined to Daniel Mirel
     "Daniel Mirel opened the bakery in 1980. Dan Mirel, his son, runs it now.\n",
     "Dan Mirel: name=Dan Mirel"),
    ("guard_familiar_form_still_joins",           # a form that is no name of its own still joins (ident40)
     "Joseph Harlan, a county commissioner in Marlow, voted against the plan on Tuesday. Later Joe Harlan told "
     "reporters the budget was short.\n",
     "Joe Harlan: same=Joseph Harlan"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in GIVEN_CASES])
def test_given_names_of_their_own(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


def test_given_forms_of_their_own_left_out():
    """Forms borne as full given names of their own join no full name (given_forms.tsv header, ident41)."""
    from dateline.lexicon.actors import same_given

    for form, full in [("Jack", "John"), ("Jack", "Jacob"), ("Jake", "Jacob"), ("Harry", "Henry"),
                       ("Theo", "Theodore"), ("Kate", "Catherine"), ("Katie", "Kathleen"), ("Beth", "Elizabeth"),
                       ("Libby", "Elizabeth"), ("Maggie", "Margaret"), ("Tori", "Victoria")]:
        assert not same_given(form, full), form
    assert same_given("Hank", "Henry") and same_given("Liz", "Elizabeth") and same_given("Teddy", "Theodore")


def test_familiar_given_without_its_gate():
    """speakers._familiar_given without the given_form_names() test: a name given_forms.tsv does not hold is no
    familiar form (same_given says no), a form is."""
    from dateline.extractors.actors.speakers import _familiar_given

    assert _familiar_given("Joe", "Joseph Harlan") and _familiar_given("bob", "Robert Kessel")
    assert not _familiar_given("Dale", "Joseph Harlan") and not _familiar_given("Joe", "Harlan")


def _holders(art, text: str, phrase: str) -> set[str]:
    """Names of the actors with a mention over the first occurrence of `phrase`."""
    at = text.index(phrase)
    return {a.name for a in art.actors for m in a.mentions if m.start < at + len(phrase) and at < m.end}


@pytest.mark.parametrize("text, phrase, person", [
    # fails on main: review39's `told_with` took `Brandvold` in a sentence naming Falkmeyer for Falkmeyer's own body
    ("Senate Majority Leader Orrin Falkmeyer said education cuts may be moderated. Brandvold figures the federal "
     "money into his budget. Brandvold's spokesman said it was good that the leaders \"are finally admitting they "
     "want higher taxes.\" Brandvold often has said he would block tax increases, and Falkmeyer has said that he "
     "believes Brandvold.\n", "Brandvold's spokesman", "Orrin Falkmeyer"),
    # fails on main: the same for a description found by its title (descriptions.py `_owned_by_another`)
    ("Officer John Hege was shot during a traffic stop on Saturday. State prison officials said Braxdon's parole "
     "officer was responsible for 70 parolees. Hege had never met Braxdon, police said.\n",
     "Braxdon's parole officer", "John Hege"),
])
def test_an_owner_told_as_a_person_is_not_the_persons_body(run, text, phrase, person):
    art = run(text)
    assert person not in _holders(art, text, phrase), art.actors


def test_an_owner_told_as_a_body_still_is(run):
    # the body written with the person as a word of a longer name (`Tessaro Systems`): still the person's
    text = ("In May the board of Tessaro Systems named Martin Quimby its chief executive. \"The union is lying,\" "
            "Tessaro's chief executive said on Tuesday.\n")
    art = run(text)
    assert "Martin Quimby" in _holders(art, text, "Tessaro's chief executive"), art.actors


GROUP_CASES = [
    ("groups_of_two_people_of_one_country",       # fails on main: one actor `American supporters` for both
     "Trump's supporters gathered outside the arena in Tulsa on Saturday, while Clinton's supporters held a vigil "
     "nearby.\n",
     "Trump's supporters: country=USA; Clinton's supporters: country=USA; "
     "Clinton's supporters: name=Clinton supporters; Trump's supporters: name=Trump supporters"),
    ("groups_of_two_lexicon_people_not_placed",   # fails on main: one actor for both (the lexicon hits had no owner)
     "Hundreds of Sanders's supporters marched in Des Moines. Cruz's supporters stayed at the hotel.\n",
     "Cruz's supporters: name=Cruz's supporters"),
    ("guard_one_persons_group_named_twice",       # the same owner: one group
     "Trump's supporters gathered outside the arena in Tulsa on Saturday. Later Trump's supporters chanted.\n",
     "Trump's supporters#1: same=Trump's supporters"),
    ("guard_a_persons_troops_are_the_states",     # a state body: the state's, as before
     "Assad's troops shelled the town on Monday. Syrian troops also fired on a convoy.\n",
     "Assad's troops: same=Syrian troops"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in GROUP_CASES])
def test_groups_of_two_named_people(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
