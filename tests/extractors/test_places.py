"""Places: gazetteer, mention finding, disambiguation by context (events' places: test_link.py)."""
from __future__ import annotations

from dateline.extractors.places import extract_places, fold, gazetteer
from dateline.records import Actor, Mention


def places_of(ctx, actors=()):
    return extract_places(ctx, list(actors))[0]


def by_name(places, name):
    return next((p for p in places if p.name == name), None)


def by_mention(places, text):
    """The place one of whose mentions reads `text` (names can differ: Kandahar is Kandahār)."""
    return next((p for p in places if any(m.text == text for m in p.mentions)), None)


# ---------------------------------------------------------------- gazetteer
def test_gazetteer_loads_aliases_and_supplement():
    gaz = gazetteer()
    (houla, _), = gaz.candidates("Houla")
    assert houla.country == "SY" and 34.6 < houla.lat < 35.2 and 36.2 < houla.lon < 36.9
    assert houla.admin1                          # copied from Homs at build time
    assert {e.country for e, _ in gaz.candidates("U.S.")} == {"US"}
    assert {e.country for e, _ in gaz.candidates("Britain")} == {"GB"}
    assert any(e.feature == "admin" and e.admin1 == "GA" for e, _ in gaz.candidates("Georgia"))
    assert fold("Kafr Lāhā") == "kafr laha" and gaz.candidates("Kafr Laha")
    assert gazetteer() is gaz                    # built once


# ---------------------------------------------------------------- mentions
def test_small_place_after_in_is_found_even_when_tagged_person(ctx_of):
    ctx = ctx_of("\n\nActivists said army tanks shelled homes in Houla on Friday. The Houla shelling was condemned.")
    houla = by_name(places_of(ctx), "Houla")
    assert houla is not None and houla.country == "SY"
    assert [ctx.text[m.start:m.end] for m in houla.mentions] == ["Houla", "Houla"]


def test_person_named_like_a_city_is_no_place(ctx_of):
    ctx = ctx_of("\n\nForeign Secretary William Hague arrived on Tuesday. Hague said the talks had gone well.")
    assert by_name(places_of(ctx), "The Hague") is None


def test_the_hague_as_a_city(ctx_of):
    ctx = ctx_of("\n\nThe tribunal in The Hague sentenced the former commander to 20 years on Wednesday.")
    hague = by_name(places_of(ctx), "The Hague")
    assert hague is not None and hague.country == "NL"


def test_person_actor_mentions_are_skipped(ctx_of):
    text = "\n\nThe senator met Paris on Monday to discuss the bill."
    ctx = ctx_of(text)
    at = text.index("Paris")
    actor = Actor(id="a1", name="Ann Paris", mentions=(Mention(at, at + 5, "Paris"),))   # a surname alone: a person
    assert by_name(places_of(ctx, [actor]), "Paris") is None


def test_georgia_is_the_country_beside_tbilisi_and_the_state_beside_atlanta(ctx_of):
    ctx = ctx_of("\n\nTroops massed on the border of Georgia, officials in Tbilisi said.")
    assert by_name(places_of(ctx), "Georgia").feature == "country"
    ctx = ctx_of("\n\nVoters in Georgia lined up early, and turnout in Atlanta was high.")
    g = by_name(places_of(ctx), "Georgia")
    assert g.feature == "admin" and g.country == "US"


def test_washington_alone_is_the_capital_and_comma_state_qualifies(ctx_of):
    ctx = ctx_of("\n\nOfficials in Washington said the candidate would speak at a rally in Novi, Michigan.")
    places = places_of(ctx)
    assert by_name(places, "Washington").admin1 == "DC"
    novi = by_name(places, "Novi")
    assert novi is not None and novi.admin1 == "MI"


def test_dateline_place_is_a_mention_with_its_offsets(run):
    text = "Talks stall\n\nBEIRUT (AFP) - Lebanese leaders met again on Monday without agreeing on a cabinet.\n"
    art = run(text)
    beirut = by_name(art.places, "Beirut")
    assert beirut is not None and beirut.country == "LB"
    m = beirut.mentions[0]
    assert text[m.start:m.end] == "BEIRUT"


def test_nothing_from_a_repeated_headline(run):
    text = ("Shelling hits Aleppo\n\nShelling hits Aleppo\n\nDAMASCUS (AFP) - Government forces shelled districts "
            "of Aleppo on Sunday, a monitor said.\n")
    art = run(text)
    aleppo = by_name(art.places, "Aleppo")
    assert aleppo is not None
    copies = art.to_dict()  # the copy at the second line yields no mention
    second = text.index("Shelling hits Aleppo", 5)
    assert not any(second <= m.start < second + 20 for m in aleppo.mentions), copies["places"]


def test_dateline_region_qualifies_its_place(run):
    text = "Vote count slows\n\nPORTLAND, Maine (AP) - Election officials said on Wednesday that counting would resume.\n"
    art = run(text)
    portland = by_name(art.places, "Portland")
    assert portland is not None and portland.admin1 == "ME"
    assert by_name(art.places, "Maine") is not None


def test_no_place_from_a_pronoun_a_county_or_an_untagged_foreign_word(ctx_of):
    ctx = ctx_of("\n\nFor us, the families, it was hard. He spoke at the Kent County party office. "
                 "The company bought the Federal mine and sold it to Patriot, said officials at Federal.")
    names = {p.name for p in places_of(ctx)}
    assert not names & {"United States", "Kent", "Federal"}


def test_untagged_small_place_stays_when_its_country_is_named(ctx_of):
    ctx = ctx_of("\n\nSyrian troops shelled homes in Taldou overnight, activists said, as fighting spread in Syria.")
    taldou = by_name(places_of(ctx), "Taldou")
    assert taldou is not None and taldou.country == "SY"
