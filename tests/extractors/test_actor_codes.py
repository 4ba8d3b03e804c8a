"""Actor identity and coding on invented stories: the article's home country for domestic offices, private
people, CAMEO-style codes, and given names that keep two people of one surname apart."""
from __future__ import annotations

from tests.extractors.test_actors import at, by_name

HOUSE = """WASHINGTON (AP) — Rep. Adam Grimsby said Tuesday that the House Intelligence Committee would question the White House about the leak.

The United States has asked Russia for answers, Grimsby said. President Barack Obama met congressional leaders on Monday, and Washington is weighing sanctions.

"We are worried," said Marta Velloso, who lives nearby. The district attorney declined to comment.
"""


def test_domestic_offices_take_the_home_country(run):
    art = run(HOUSE, published="2016-09-08")
    rep = by_name(art, "Grimsby")
    assert (rep.country, rep.sector, rep.code) == ("USA", "LEG", "USALEG")
    committee = at(art, HOUSE, "House Intelligence Committee")
    assert committee is not None and committee.country == "USA"
    da = at(art, HOUSE, "The district attorney")
    assert da is not None and (da.country, da.sector) == ("USA", "JUD")


def test_a_person_with_no_office_is_a_private_person(run):
    art = run(HOUSE, published="2016-09-08")
    resident = by_name(art, "Velloso")
    assert resident.sector == "CVL" and resident.code.endswith("CVL")


def test_no_home_country_when_countries_are_balanced(run):
    text = ("Russia and China blocked the resolution on Tuesday. Moscow said Beijing agreed.\n\n"
            "Senator Paul Okonkwo said on Wednesday that the vote was a mistake.\n")
    art = run(text, published="2016-09-08")
    sen = by_name(art, "Okonkwo")
    assert sen.sector == "LEG" and sen.country is None


def test_codes_of_states_and_international_organisations(run):
    text = "NATO warned Russia on Monday. The Syrian army shelled Homs, and NATO said it was alarmed.\n"
    art = run(text, published="2015-03-02")
    assert at(art, text, "NATO").code == "IGONATO"
    assert at(art, text, "Russia").code == "RUSGOV"
    assert at(art, text, "Syrian army").code == "SYRMIL"


def test_a_given_name_the_lexicon_person_lacks_is_another_person(run):
    text = ("Michelle Obama spoke at the convention on Monday. President Barack Obama praised her speech.\n\n"
            "Jeb Bush said he would stay in the race.\n")
    art = run(text, published="2016-07-26")
    michelle = at(art, text, "Michelle Obama")
    barack = at(art, text, "Barack Obama")
    assert michelle is not None and michelle.id != barack.id and michelle.name == "Michelle Obama"
    jeb = at(art, text, "Jeb Bush")
    assert jeb is not None and "George" not in jeb.name


def test_places_laws_and_destinations_are_not_actors(run):
    text = ("WASHINGTON (AP) — Senator Maria Delgado flew to Kenya on Monday after meeting the president in the "
            "Oval Office. She said the Clean Rivers Protection Act would pass.\n\n"
            "Kenya rejected the request, and the United States said it would respond.\n")
    art = run(text, published="2016-05-02")
    assert at(art, text, "Oval Office") is None
    assert at(art, text, "Clean Rivers Protection Act") is None
    assert at(art, text, "Kenya") is None                          # a destination
    assert at(art, text, "Kenya", nth=1) is not None               # an actor that rejects


def test_the_dateline_gives_the_home_country(run):
    text = ("AMHERST, N.Y. (AP) — Pastor Dale Hollis said Sunday that the shooting had shaken the town.\n\n"
            "\"We were scared,\" said Mary Collins, a neighbour.\n")
    art = run(text, published="1998-10-25")
    ana = by_name(art, "Collins")
    assert ana is not None and (ana.country, ana.sector) == ("USA", "CVL")


def test_an_apposition_names_the_organisation_a_person_works_for(run):
    text = ("BUFFALO, N.Y. (AP) — \"We grieve with the family,\" said Peter Kowalski, a spokesman for the Diocese of "
            "Rochester.\n\nCardinal Aldo Benetti led the prayers. Tom Reyes, a professor at Westfield University, "
            "said the case was rare.\n")
    art = run(text, published="1998-10-25")
    assert by_name(art, "Kowalski").sector == "REL"
    assert by_name(art, "Benetti").sector == "REL"
    assert by_name(art, "Reyes").sector == "EDU"


def test_a_demonym_before_a_describing_word_gives_a_person_country(run):
    text = "NAIROBI, Kenya (AP) — Police arrested Saudi businessman Khalid Omar al-Harbi on Monday, officials said.\n"
    art = run(text, published="1998-08-20")
    harbi = by_name(art, "Harbi")
    assert harbi is not None and harbi.country == "SAU"


SUBHEAD = """WASHINGTON (AP) — The Pentagon said on Monday that talks would resume.

Limited Options

"We have few choices," Limited Options said.

The Kremlin issued a statement. "We will respond," he said.
"""


def test_he_is_never_a_state_and_a_subheading_is_no_speaker(run):
    art = run(SUBHEAD, published="2016-05-02")
    assert by_name(art, "Limited Options") is None
    he = SUBHEAD.index("he said")
    assert at(art, SUBHEAD, "he said") is None or at(art, SUBHEAD, "he said").sector not in ("GOV", "MIL")
    assert all(not a.name == "Kremlin" for a in art.actors)
    russia = at(art, SUBHEAD, "Kremlin")
    assert russia.country == "RUS" and all(m.start != he for m in russia.mentions)


def test_mr_and_mrs_keep_a_couple_apart(run):
    text = ("WASHINGTON (AP) — Bill Clinton and Hillary Clinton arrived on Monday. Mrs. Clinton said the trip "
            "went well. Mr. Clinton said nothing.\n")
    art = run(text, published="2016-05-02")
    assert at(art, text, "Clinton", nth=2).name == "Hillary Clinton"     # Mrs. Clinton
    assert at(art, text, "Clinton", nth=3).name == "Bill Clinton"        # Mr. Clinton
