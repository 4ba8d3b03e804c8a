"""act35a: fewer false actors (docs/actors.md `### act35a`): an organisation's name written only as where something
happens or as a contest's or programme's label, and a country named only as where a private person comes from or
as a disease strain's label, is no actor. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_body_named_only_where_something_happens_is_no_actor(run):
    text = ("Supporters gathered outside the Hanover Community Bank on Friday, organizer Jane Porter said.\n"
            "Volunteers met inside the Easton Learning Foundation later, Porter said.\n")
    article = run(text)
    for name in ("Hanover Community Bank", "Easton Learning Foundation"):
        assert actor_at(article, text, name) is None, name
    assert actor_at(article, text, "Jane Porter") is not None


def test_a_competition_named_as_a_campaigns_label_is_no_actor(run):
    text = "Dalton will join Newtown United for their Asian Champions League campaign, coach Bill Ames said.\n"
    article = run(text)
    assert actor_at(article, text, "Asian Champions League") is None
    assert actor_at(article, text, "Bill Ames") is not None


def test_a_country_a_private_person_comes_from_is_a_place(run):
    text = "A man from Cameroon was arrested on Monday, police said.\n"
    assert actor_at(run(text), text, "Cameroon") is None


def test_countries_naming_disease_strains_are_places(run):
    text = "The Reston strain is non-lethal, unlike the Zaire, Bundibugyo and Sudan strains, experts said.\n"
    assert actor_at(run(text), text, "Sudan") is None


def test_a_body_one_works_at_stays_an_actor(run):
    text = "Jane Porter worked at the Hollis Tool Company for 20 years before she retired.\n"
    assert actor_at(run(text), text, "Hollis Tool Company") is not None


def test_a_body_that_acts_elsewhere_stays_an_actor(run):
    text = ("Supporters gathered outside the Hanover Community Bank on Friday. The Hanover Community Bank said it "
            "would reopen on Monday.\n")
    assert actor_at(run(text), text, "Hanover Community Bank", 1) is not None


def test_the_country_of_a_named_persons_apposition_is_kept(run):
    # a guard: `Faris, a woman from Israel,` gives a named person her country (the state's hit stays for that)
    text = "Nadia Faris, a woman from Israel, led the choir for ten years, organizers said.\n"
    assert actor_at(run(text), text, "Israel") is not None
