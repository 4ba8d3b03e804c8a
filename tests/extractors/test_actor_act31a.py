"""Actors on invented local news (act31a, issue 11: false actors and countries found by an output audit of local
news and shooting reports): a country's name as the town of a street address, an inline photo credit, a
gallery caption repeated under each picture."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_country_named_as_the_town_of_a_street_address_is_that_town(run):
    text = ("Edna May Kolb\nEdna May Kolb, 91, died on Sunday. She was the wife of Walter Kolb. Surviving are a son, "
            "Dale, husband of Ruth Kolb of Lebanon, and a sister, Ida Fenn of Lebanon. Services will be held Friday "
            "at the Brandt Funeral Home, 212 Walnut St., Lebanon.\n")
    art = run(text, published="2009-03-06")
    assert all(a.country != "LBN" for a in art.actors), [(a.name, a.country) for a in art.actors]
    assert at(art, text, "Lebanon") is None


def test_a_country_named_in_prose_keeps_its_state(run):
    text = ("Talks resume\nLebanon rejected the proposal on Monday, the minister said at 12 Hamra St. in a meeting.\n")
    art = run(text, published="2009-03-06")
    a = at(art, text, "Lebanon")
    assert a is not None and a.country == "LBN"


def test_a_photo_credit_in_brackets_inside_joined_lines_is_no_actor(run):
    text = ("Fire guts barn\nFirefighters battle a blaze at the Pell farm. (Ann Marsh / Valley Ledger) Firefighters "
            "said the barn was empty. (Ann Marsh / Valley Ledger)\n")
    art = run(text, published="2009-03-06")
    assert at(art, text, "Ann Marsh") is None
    assert at(art, text, "Valley Ledger") is None


def test_a_gallery_caption_repeated_under_each_picture_is_one_actor(run):
    caption = ("Officers examine the site of a shooting on the east side of town where one man was "
               "hurt after a brawl inside a billiard hall on Saturday night.")
    text = "Man hurt in shooting\n" + "".join(f"Image {k} of 4 {caption}\n" for k in range(1, 5))
    art = run(text, published="2016-07-05")
    found = {at(art, text, "one man", k).id for k in range(4) if at(art, text, "one man", k) is not None}
    assert len(found) == 1


def test_two_different_men_in_two_sentences_stay_two_actors(run):
    text = ("Two shootings\nPolice said one man was injured in a fight on Main Street on Friday night. "
            "In a second shooting, one man was injured at a gas station on Saturday.\n")
    art = run(text, published="2016-07-05")
    a, b = at(art, text, "one man"), at(art, text, "one man", 1)
    assert a is not None and b is not None and a.id != b.id


def test_a_name_of_a_town_tagged_as_one_organisation_is_the_person(ctx_of):
    # the tagger took `Darnell Quentin Marsh of Fairhaven` for one organisation (so it did on real shooting reports);
    # the entity is set by hand, so the test is of the rule, not of what the tagger does with this sentence
    from spacy.tokens import Span

    from dateline.extractors.actors import extract_actors

    text = ("Arrest in shooting\nOn Monday officers arrested 24-year-old Darnell Quentin Marsh of Fairhaven for the "
            "May shooting. Marsh was held on bail.\n")
    ctx = ctx_of(text, published="2017-02-08")
    doc = ctx.doc
    s = next(t.i for t in doc if t.text == "Darnell")
    doc.ents = [e for e in doc.ents if e.end <= s or e.start >= s + 5] + [Span(doc, s, s + 5, label="ORG")]
    actors, _ = extract_actors(ctx, [])
    names = [a.name for a in actors]
    assert "Darnell Quentin Marsh" in names, names
    assert not any("Fairhaven" in n for n in names), names


def test_protected_lands_and_landforms_are_no_actors(run):
    text = ("Lands bill signed\nThe act added 6,100 acres to the Laurel Fork Wilderness and 900 acres near the Tygart "
            "Lakeshore, and named the Marble Creek and the Pine Sandhills as new areas. Officers were called to 40th "
            "and Walnut Streets on Friday. Mayor Ann Voss said the town welcomed the news.\n")
    art = run(text, published="2009-03-31")
    for words in ("Laurel Fork Wilderness", "Tygart Lakeshore", "Marble Creek", "Pine Sandhills", "Walnut Streets"):
        assert at(art, text, words) is None, words
    assert at(art, text, "Ann Voss") is not None
