"""act35i: documents, plans and credit lines read as actors (docs/actors.md `### act35i`): a name ending in a
document's or a plan's head (`... Plan`, `... Clause`, `... Address`), a survey's name going on with `of`, and a
video's credit line run together with the next word are no actors; an agency named `... Survey`, an insurer named
`... Health Plan` and a person before a lower-case `plan` stay actors. Invented sentences."""
from __future__ import annotations

from dateline.lexicon import actors as lex
from tests.helpers import actor_at


def test_documents_and_plans_are_no_actors(run):
    text = ("Governor Ann Keller said the Harbor Water Plan would fail under the Fair Trade Clause, and she attacked "
            "it again in her Riverside Address on Monday.\n"
            "The Westland Survey of Homeowners found that prices rose, Keller said.\n")
    article = run(text)
    for name in ("Harbor Water Plan", "Fair Trade Clause", "Riverside Address", "Westland Survey of Homeowners"):
        assert actor_at(article, text, name) is None, name
    assert actor_at(article, text, "Ann Keller") is not None


def test_bodies_named_survey_or_health_plan_stay_actors():
    assert not lex.non_actor("the Northland Geological Survey")
    assert not lex.non_actor("the Westbrook Health Plan")
    assert not lex.non_actor("x plan")                     # `the Keller plan`: the person stays
    assert lex.non_actor("the Westbrook Water Plan")


def test_a_credit_line_run_together_is_no_person(run):
    text = ("Senator Mark Dalby spoke in Des Moines on Monday about farm prices.\n"
            "Reporter Carl Dunmore Video Ben HollisCinematography Ray TollandAssociate Producer Tina Brooke\n")
    article = run(text)
    names = [a.name for a in article.actors]
    assert not [n for n in names if n.split()[-1].endswith(("Video", "Cinematography", "Associate"))], names
    assert actor_at(article, text, "Mark Dalby") is not None
