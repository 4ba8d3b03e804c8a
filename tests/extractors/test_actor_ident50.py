"""ident50: no wrong real person (docs/actors.md `### ident50`): a bare surname after two people of it named side by
side is neither of them (its own actor, with the codes they share); of two people of one surname, the one told dead is
not the one a later bare surname charges; a title's word written as a surname after a title (`Rep. King`) is a person;
a state legislature's seat is no US senator's; a lone foreign surname in a story from another country that names
none of the person's countries and speaks of no politics is someone else; a reader's signature line whose given name
the lexicon person does not bear is someone else. A wrong identity is worse than none. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_identity, linked_actor


def test_bare_surname_after_two_coordinated_private_namesakes_is_neither(run):
    text = ("DAYTON, Ohio (Wire) -- Two paramedics pulled a driver from a burning car on Route 4 late on Friday.\n\n"
            "Medics Laura Voss and Peter Voss, who are not related, reached the car first. Voss broke the window with "
            "a tool from the ambulance.\n")
    art = run(text, published="2015-10-03")
    laura, peter = actor_at(art, text, "Laura Voss"), actor_at(art, text, "Peter Voss")
    bare = linked_actor(art, text, "Voss broke")
    bare = bare or actor_at(art, text, "Voss broke")
    assert laura is not None and peter is not None and laura.id != peter.id
    assert bare is not None and bare.id not in (laura.id, peter.id), (bare, laura, peter)
    assert bare.name == "Voss"


def test_bare_surname_after_two_coordinated_lexicon_senators_is_neither(run):
    text = ("WASHINGTON (Wire) -- Sens. Mark Udall of Colorado and Tom Udall of New Mexico wrote to the Energy "
            "Department on Thursday about a uranium mill.\n\nThe mill has been closed for a decade. Udall said the "
            "cleanup had barely begun.\n")
    art = run(text, published="2012-08-10")
    bare = actor_at(art, text, "Udall said")
    assert bare is not None and bare.name == "Udall", bare


def test_bare_surname_after_a_subject_and_his_namesake_keeps_the_ranking(run):
    # guard: named in one sentence but not side by side (the subject and a relative in an object) - the ranks decide
    text = ("AKRON, Ohio (Wire) -- Police said a man drove off with his nephew after an argument on Sunday.\n\n"
            "Dale Fenwick had spent the day with his nephew, Corey Fenwick, at a lake. When they came back, Fenwick "
            "took his sister's truck and left.\n")
    art = run(text, published="2016-07-04")
    dale, bare = actor_at(art, text, "Dale Fenwick"), actor_at(art, text, "Fenwick took")
    assert dale is not None and bare is not None and bare.id == dale.id, (bare, dale)


def test_a_third_of_the_name_leaves_the_ranking(run):
    # guard: two coordinated victims after the subject of one surname; the bare surname goes by the ranks as before
    # (to one of the three named), not to a surname's own actor
    text = ("YORK, Pa. (Wire) -- A teenager called police on Wednesday to report that his family had been shot.\n\n"
            "Evan Marsh called 911 just after dawn. He later told officers that he shot Joan Marsh and Leo Marsh "
            "after breakfast. Marsh also told police he had planned it for weeks.\n")
    art = run(text, published="2015-01-22")
    bare = actor_at(art, text, "Marsh also")
    assert bare is not None and bare.name in ("Evan Marsh", "Joan Marsh", "Leo Marsh"), bare


def test_the_bare_surname_charged_is_not_the_brother_told_dead(run):
    text = ("DENVER (Wire) -- Prosecutors filed charges on Tuesday in the robbery of an armored truck.\n\n"
            "Nolan Pryce, 30, a suspect in the robbery, died in a crash while fleeing police on Friday. His brother, "
            "Wade Pryce, 27, was found at his home on Sunday. Pryce was charged with robbery and assault.\n")
    art = run(text, published="2014-11-18")
    wade, charged = actor_at(art, text, "Wade Pryce"), actor_at(art, text, "Pryce was charged")
    assert wade is not None and charged is not None and charged.id == wade.id, (charged, wade)


@pytest.mark.parametrize("text, published, mention, sector", [
    pytest.param("WASHINGTON (Wire) -- A House panel delayed a vote on the farm bill on Tuesday.\n\nRep. King, R-N.Y., "
                 "said the panel needed another week.\n", "1999-06-15", "King", "LEG", id="rep_king"),
    pytest.param("WASHINGTON (Wire) -- A House panel delayed a vote on a lands bill on Tuesday.\n\nRep. Bishop, "
                 "R-Utah, said the panel needed another week.\n", "2015-06-16", "Bishop", "LEG", id="rep_bishop"),
])
def test_a_title_word_written_as_a_surname_after_a_title_is_a_person(run, text, published, mention, sector):
    art = run(text, published=published)
    actor = actor_at(art, text, mention)
    assert actor is not None and actor.name == mention and (actor.country, actor.sector) == ("USA", sector), actor


def test_a_state_senator_is_not_the_us_senator_of_that_surname(run):
    text = ("COLUMBIA, S.C. (Wire) -- A bill to raise the speed limit on rural highways cleared a committee on "
            "Wednesday.\n\nState Sen. Graham, who wrote the bill, said drivers already went faster.\n")
    art = run(text, published="2010-03-03")
    check_identity(art, text, "Graham", None, ("Lindsey Graham",))
    actor = actor_at(art, text, "Graham")
    assert actor is not None and actor.sector == "LEG", actor


@pytest.mark.parametrize("text, published, mention, forbidden", [
    pytest.param("TOLEDO, Ohio -- A hiker found on a frozen trail died of the cold, the county said on Friday.\n\n"
                 "Dr. Carson, the deputy coroner, said the man had been out for two nights.\n", "2016-02-05",
                 "Carson", ("Ben Carson",), id="title_then_definite_apposition_of_a_post"),
    pytest.param("LAHORE, Pakistan (Wire) -- The price of sugar has doubled since the spring.\n\n\"We buy half of "
                 "what we used to,\" said Abbas, who runs a tea stall near the station.\n", "2010-09-14",
                 "Abbas", ("Mahmoud Abbas",), id="foreign_surname_in_another_country_s_story_no_politics"),
])
def test_a_lone_surname_told_as_someone_else(run, text, published, mention, forbidden):
    check_identity(run(text, published=published), text, mention, None, forbidden)


def test_a_lone_foreign_surname_in_a_political_story_keeps_the_lexicon_person(run):
    # guard: the foreign-stranger rule needs a story with no word of politics
    text = ("AMMAN, Jordan (Wire) -- Abbas arrived on Sunday for talks with the king on the stalled peace "
            "negotiations, his office said.\n")
    check_identity(run(text, published="2010-09-12"), text, "Abbas", "Mahmoud Abbas")


def test_a_signature_line_of_another_given_name_is_not_the_lexicon_person(run):
    text = ("Letters: the race so far\n\nThe debates have become shouting matches. I want to hear about roads and "
            "schools.\n\nCy Burr.\n\nMy neighbors have never voted before, and this year they all plan to.\n\n"
            "Gwen Ortiz.\n")
    art = run(text, published="2016-03-01")
    check_identity(art, text, "Burr", None, ("Richard Burr",))


def test_no_given_name_is_paired_from_the_last_word_of_a_name(run):
    text = ("MACON, Ga. -- Two brothers who coach youth soccer cleaned up a park on Saturday.\n\n"
            "Adam Paul and Noah Paul hauled away four truckloads of trash.\n")
    art = run(text, published="2016-04-10")
    assert not any(a.name == "Paul Paul" for a in art.actors), [a.name for a in art.actors]


def test_the_neither_actor_keeps_the_gender_both_share(run):
    text = ("LEXINGTON, Ky. -- Two brothers who drive a snowplow for the county rescued a woman from a ditch on "
            "Tuesday.\n\nSean Tully and Mark Tully saw her car in the snow. Tully said the woman was cold when they "
            "reached her.\n")
    art = run(text, published="2016-01-20")
    bare = actor_at(art, text, "Tully said")
    her = linked_actor(art, text, "her", 1)
    assert bare is not None and (her is None or her.id != bare.id), (bare, her)


@pytest.mark.parametrize("text, want", [
    ("Omar Haddad, 29, opened fire inside a crowded bar early Sunday.", "Omar Haddad"),
    ("Zorblat Haddad, 29, opened fire inside a crowded bar early Sunday.", None),    # no common given name before
    ("Omar Haddad said on Sunday that he had left.", None),                          # no age after a comma
])
def test_a_surname_the_tagger_put_in_a_date_with_the_age(nlp, text, want):
    # the tagger's slip is forced here (it makes it on some names only): `Haddad, 29` tagged DATE
    from types import SimpleNamespace

    from spacy.tokens import Span

    from dateline.extractors.actors.people import _aged_name_in_date

    doc = nlp(text)
    end = 4 if doc[2].text == "," else 3
    ent = Span(doc, 1, end, label="DATE")
    doc.ents = [ent]
    got = _aged_name_in_date(SimpleNamespace(toks=doc), doc.ents[0])
    assert (doc[got[0]:got[1]].text if got else None) == want
