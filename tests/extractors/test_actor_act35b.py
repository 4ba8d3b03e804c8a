"""act35b: the sector of people and bodies whose role the context gives (issue 11; docs/actors.md `### act35b`): a name
charges are brought against is a suspect, a staff writer is a journalist, a county board named by its members governs,
a business named for its trade is a business, a head titled after a public body's name governs. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_charges_against_a_name_make_a_suspect(run):
    text = "The fight broke out on Main Street last week. Charges against Jarnell Vance were dropped Friday.\n"
    person = actor_at(run(text), text, "Jarnell Vance")
    assert person is not None and person.sector == "CRM", person


def test_charges_filed_against_a_name_make_a_suspect(run):
    text = "Charges were filed against Ted Morrow on Monday after the robbery, police said.\n"
    person = actor_at(run(text), text, "Ted Morrow")
    assert person is not None and person.sector == "CRM", person


def test_no_charges_against_a_name_make_no_suspect(run):
    text = "Police said there were no charges against Ted Morrow after the crash on Main Street.\n"
    person = actor_at(run(text), text, "Ted Morrow")
    assert person is not None and person.sector != "CRM", person


def test_a_staff_writer_is_a_journalist(run):
    text = ("Staff writer John Turk covers the county board, police and general news. He can be reached at "
            "248-745-4613.\n")
    person = actor_at(run(text), text, "John Turk")
    assert person is not None and person.sector == "MED", person


def test_county_boards_named_by_their_members_govern(run):
    for text, name in (
            ("The Oakland County Board of Commissioners met on Monday in Pontiac, Michigan, to vote on the budget.\n",
             "Oakland County Board of Commissioners"),
            ("LEXINGTON, Ga. - The county Board of Tax Assessors voted Tuesday to raise property values.\n",
             "Board of Tax Assessors")):
        body = actor_at(run(text), text, name)
        assert body is not None and body.sector == "GOV", body


def test_a_business_named_for_its_trade(run):
    text = ("Mourners gathered in Elm Grove, Ohio. Ridgeway Funeral Home is handling the arrangements. Diminsion "
            "Imaging said it would help.\n")
    article = run(text)
    for name in ("Ridgeway Funeral Home", "Diminsion Imaging"):
        body = actor_at(article, text, name)
        assert body is not None and body.sector == "BUS", body


def test_a_head_after_a_public_bodys_name_governs(run):
    text = "LEXINGTON, Ga. - Board of Assessors Chairman David Rand said the values would rise this year.\n"
    person = actor_at(run(text), text, "David Rand")
    assert person is not None and person.sector == "GOV", person


def test_a_head_after_a_company_name_is_no_official(run):
    text = "Acme Widgets Chairman David Rand said the plant would close in June.\n"
    person = actor_at(run(text), text, "David Rand")
    assert person is not None and person.sector != "GOV", person
