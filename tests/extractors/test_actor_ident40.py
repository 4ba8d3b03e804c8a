"""ident40: one person named with a given name in two forms - a familiar form (`Joseph Harlan`, then `Joe Harlan`;
given_forms.tsv) or an initial (`Jeh Johnston`, then `J. Johnston`) - was made two actors, and the groups of two people (`Rowe's family`, `Pike's
family`) one actor. Invented sentences; the
rows marked `fails on main` fail before ident40, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("familiar_form_after_full_name",             # fails on main: a second actor `Bill Stroud`
     "William Stroud, the school board chairman, opened the session. Later Bill Stroud told reporters the budget "
     "was short.\n",
     "Bill Stroud: same=William Stroud; Bill Stroud: name=William Stroud"),
    ("full_name_after_familiar_form",             # fails on main: a second actor `Robert Kessel`
     "Police said Bob Kessel, 34, was arrested on Friday. Robert Kessel was held at the county jail.\n",
     "Robert Kessel: same=Bob Kessel"),
    ("familiar_form_as_speaker",                  # fails on main: the speaker rule made `Joe Harlan` another person
     "Joseph Harlan, a county commissioner in Marlow, voted against the plan on Tuesday. \"We cannot afford it,\" "
     "Joe Harlan said after the meeting.\n",
     "Joe Harlan: same=Joseph Harlan"),
    ("initial_of_the_given_name",                 # fails on main: a second actor `J. Johnston`
     "Jeh Johnston, the city manager, said the roads would be repaired. J. Johnston later signed the order.\n",
     "J. Johnston: same=Jeh Johnston"),
    ("guard_two_given_names_one_surname",         # Joe is no form of Thomas: two people
     "Thomas Harlan, a county commissioner in Marlow, voted against the plan on Tuesday. Joe Harlan, his cousin, "
     "voted for it.\n",
     "Joe Harlan: name=Joe Harlan; Thomas Harlan: name=Thomas Harlan"),
    ("guard_form_of_two_people",                  # Jack is a form of John and of Jacob: neither is chosen
     "John Pruett and Jacob Pruett run the farm near Marlow. Jack Pruett said the harvest was poor.\n",
     "John Pruett: name=John Pruett; Jacob Pruett: name=Jacob Pruett; Jack Pruett: name=Jack Pruett"),
    ("guard_initial_of_two_people",               # two people of the surname whose given names start with J
     "Jeh Johnston and Jana Johnston own the shop in Marlow. J. Johnston signed the lease on Monday.\n",
     "Jeh Johnston: name=Jeh Johnston; Jana Johnston: name=Jana Johnston; J. Johnston: name=J. Johnston"),
    ("speaker_description_of_another_side",       # fails on main: `the Spurs boss` a mention of Berbatov, an
     "Tottenham manager Juande Ramos said Dimitar Berbatov played well. \"He was magnificent,\" said the Spurs "
     "boss.\n",                                    # organisation to the tagger, whom the quote stage resolved it to
     "the Spurs boss: none; Dimitar Berbatov: name=Dimitar Berbatov"),
    ("guard_speaker_description_of_its_body",     # the modifier is the body's own name: stays as before
     "Acme Corp. will close its plant in Marlow, the company said on Monday. \"We regret the decision,\" the Acme "
     "spokesman said.\n",
     "the Acme spokesman: sector=BUS"),
]

GROUP_CASES = [
    ("families_of_two_people",                    # fails on main: `Pike's family` joined to `Rowe's family`
     "The families of Tamika Rowe and Dana Pike said they were heartbroken. Rowe's family asked for privacy. "
     "Pike's family set up a fund.\n",
     "Pike's family: name=Pike's family; Rowe's family: name=Rowe's family"),
    ("supporters_of_two_people",                  # fails on main: one actor `Crane's supporters`
     "Crane's supporters rallied in Marlow on Monday while Dalby's supporters stayed home.\n",
     "Dalby's supporters: name=Dalby's supporters; Crane's supporters: name=Crane's supporters"),
    ("guard_one_family_named_twice",              # the same owner: one family
     "Ellen Bentdahl died on Monday. Bentdahl's family thanked the firefighters. The Bentdahl family asked for "
     "privacy.\n",
     "The Bentdahl family: same=Bentdahl's family"),
    ("guard_family_referred_back",                # `The family` after one owned family stays that family
     "Ellen Bentdahl died on Monday. Bentdahl's family thanked the firefighters. The family asked for privacy.\n",
     "The family: same=Bentdahl's family"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in GROUP_CASES])
def test_groups_of_two_people(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_given_name_forms(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


def test_given_forms_lexicon():
    """given_forms.tsv loads; a familiar form and its full name are one, two full names sharing a form are not."""
    from dateline.lexicon.actors import same_given

    assert same_given("Joe", "Joseph") and same_given("Bill", "Billy") and same_given("liz", "Elizabeth")
    assert not same_given("John", "Jacob") and not same_given("Mike", "Joe")
