"""Actor identity and coding on invented stories: the article's home country for domestic offices, private
people, CAMEO-style codes, and given names that keep two people of one surname apart."""
from __future__ import annotations

from tests.helpers import actor_at, actor_named

at = actor_at


HOUSE = """WASHINGTON (AP) — Rep. Adam Grimsby said Tuesday that the House Intelligence Committee would question the White House about the leak.

The United States has asked Russia for answers, Grimsby said. President Barack Obama met congressional leaders on Monday, and Washington is weighing sanctions.

"We are worried," said Marta Velloso, who lives nearby. The district attorney declined to comment.
"""


def test_domestic_offices_take_the_home_country(run):
    art = run(HOUSE, published="2016-09-08")
    rep = actor_named(art, "Grimsby")
    assert (rep.country, rep.sector, rep.code) == ("USA", "LEG", "USALEG")
    committee = at(art, HOUSE, "House Intelligence Committee")
    assert committee is not None and committee.country == "USA"
    da = at(art, HOUSE, "The district attorney")
    assert da is not None and (da.country, da.sector) == ("USA", "JUD")


def test_a_person_with_no_office_is_a_private_person(run):
    art = run(HOUSE, published="2016-09-08")
    resident = actor_named(art, "Velloso")
    assert resident.sector == "CVL" and resident.code.endswith("CVL")


def test_no_home_country_when_countries_are_balanced(run):
    text = ("Russia and China blocked the resolution on Tuesday. Moscow said Beijing agreed.\n\n"
            "Senator Paul Okonkwo said on Wednesday that the vote was a mistake.\n")
    art = run(text, published="2016-09-08")
    sen = actor_named(art, "Okonkwo")
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
    ana = actor_named(art, "Collins")
    assert ana is not None and (ana.country, ana.sector) == ("USA", "CVL")


def test_an_apposition_names_the_organisation_a_person_works_for(run):
    text = ("BUFFALO, N.Y. (AP) — \"We grieve with the family,\" said Peter Kowalski, a spokesman for the Diocese of "
            "Rochester.\n\nCardinal Aldo Benetti led the prayers. Tom Reyes, a professor at Westfield University, "
            "said the case was rare.\n")
    art = run(text, published="1998-10-25")
    assert actor_named(art, "Kowalski").sector == "REL"
    assert actor_named(art, "Benetti").sector == "REL"
    assert actor_named(art, "Reyes").sector == "EDU"


def test_a_demonym_before_a_describing_word_gives_a_person_country(run):
    text = "NAIROBI, Kenya (AP) — Police arrested Saudi businessman Khalid Omar al-Harbi on Monday, officials said.\n"
    art = run(text, published="1998-08-20")
    harbi = actor_named(art, "Harbi")
    assert harbi is not None and harbi.country == "SAU"


SUBHEAD = """WASHINGTON (AP) — The Pentagon said on Monday that talks would resume.

Limited Options

"We have few choices," Limited Options said.

The Kremlin issued a statement. "We will respond," he said.
"""


def test_he_is_never_a_state_and_a_subheading_is_no_speaker(run):
    art = run(SUBHEAD, published="2016-05-02")
    assert actor_named(art, "Limited Options") is None
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


COURT = """NEW YORK (AP) — Lawyers for the family said Tuesday that they would appeal.

Whitfield's lawyer, Tomas Ardent, said the ruling was wrong, and the district attorney declined to comment.
The ruling hurt Whitfield badly, Ardent said. Protesters marched outside the courthouse, and some residents
joined them. Eleven Iraqis and two Americans were among the crowd.
"""


def test_private_lawyers_are_civilians_and_prosecutors_judiciary(run):
    art = run(COURT, published="2016-09-22")
    assert actor_named(art, "Ardent").sector == "CVL"
    assert at(art, COURT, "Lawyers").sector == "CVL"
    assert at(art, COURT, "district attorney").sector == "JUD"


def test_groups_of_a_mostly_home_article_take_its_country(run):
    art = run(COURT, published="2016-09-22")
    protesters = at(art, COURT, "Protesters")
    assert (protesters.country, protesters.sector) == ("USA", "OPP")
    assert at(art, COURT, "residents").country == "USA"


def test_a_plural_demonym_is_civilians_of_its_country(run):
    art = run(COURT, published="2016-09-22")
    iraqis = at(art, COURT, "Iraqis")
    assert (iraqis.country, iraqis.sector, iraqis.code) == ("IRQ", "CVL", "IRQCVL")


def test_a_possessor_of_a_kin_word_is_a_person_everywhere(run):
    art = run(COURT, published="2016-09-22")
    ardent = actor_named(art, "Ardent")
    whitfield = at(art, COURT, "Whitfield", nth=1)                     # the object of `hurt`, too
    assert whitfield is not None and whitfield.id != ardent.id and whitfield.name == "Whitfield"


def test_a_country_after_a_place_and_a_comma_is_a_place(run):
    text = ("NAIROBI, Kenya (AP) — The bombs went off in Dar es Salaam, Tanzania, and the bombers were sent "
            "through Somalia. Investigators said the suspect wanted to go back to Uganda. Tanzania said on "
            "Friday that it would help.\n")
    art = run(text, published="1998-08-20")
    assert at(art, text, "Tanzania") is None
    assert at(art, text, "Somalia") is None
    assert at(art, text, "Uganda") is None
    assert at(art, text, "Tanzania", nth=1).country == "TZA"           # an actor that speaks


def test_a_relative_clause_or_of_says_who_a_person_is(run):
    text = ("WASHINGTON (AP) — \"It is hard,\" said Ellen Marsh, who chairs the history department at the "
            "University of Kentville. Dirk Halvorsen, who served as U.S. ambassador to Peru until last year, said "
            "the talks failed.\n\nThe president told Nora Quist of Fox News that he would wait. \"We will see,\" said "
            "Paul Ebner, executive director of the Arms Control Association.\n")
    art = run(text, published="2016-09-10")
    assert actor_named(art, "Marsh").sector == "EDU"
    halvorsen = actor_named(art, "Halvorsen")
    assert (halvorsen.country, halvorsen.sector) == ("USA", "ELI")
    assert actor_named(art, "Quist").sector == "MED"
    assert actor_named(art, "Ebner").sector == "NGO"


def test_a_staff_title_and_a_party_chairman_take_the_party(run):
    text = ("COLUMBUS, Ohio (AP) — Green Party nominee Jill Stein spoke on Monday. Stein spokeswoman Ana Ferrol said "
            "the candidate would return. Ohio Democratic Party Chairman Lou Brenner called it a win.\n")
    art = run(text, published="2016-09-26")
    assert actor_named(art, "Ferrol").sector == "PTY"
    assert actor_named(art, "Brenner").sector == "PTY"


def test_a_surname_shared_by_two_people_follows_the_subject(run):
    text = ("HAVANA (AP) — Raul Castro, the defense minister and a brother of President Fidel Castro, spoke on Saturday. The crowd "
            "cheered, and Castro said the struggle would go on.\n")
    art = run(text, published="2000-04-01")
    assert at(art, text, "Castro", nth=2).name.startswith("Ra")


def test_a_description_does_not_take_a_person_named_only_later(run):
    text = ("CHARLOTTE, N.C. (AP) — The plainclothes officer was placed on leave on Friday.\n\n"
            "Protests went on for a third night in the city centre, where shops stayed closed and buses ran late. "
            "The city council met on Saturday to discuss the curfew, and the mayor asked residents to stay home "
            "after dark. Churches opened their doors to families who could not get home, and volunteers handed "
            "out water and food on the main square until late in the evening.\n\n"
            "In Tulsa, Officer Jane Kowalczyk was charged on Thursday.\n")
    art = run(text, published="2016-09-25")
    officer = at(art, text, "plainclothes officer")
    assert officer is None or "Kowalczyk" not in officer.name


def test_the_organisation_a_described_person_works_for_is_an_actor_too(run):
    text = ("BUFFALO, N.Y. (AP) — \"We grieve,\" said Joseph Brill, a spokesman for the Archdiocese of Fennwick. "
            "Dana Kolb, executive director of the Arms Control Association, agreed.\n")
    art = run(text, published="1998-10-25")
    assert at(art, text, "Archdiocese of Fennwick").sector == "REL"
    assert at(art, text, "Arms Control Association").name == "Arms Control Association"
    assert actor_named(art, "Kolb").sector == "NGO"


def test_an_indefinite_description_that_acted_is_someone(run):
    text = ("COLUMBUS, Ohio (AP) — A federal judge ruled on Friday that the state must restore the voters. "
            "\"A candidate must win the state,\" he said, and no president has done it.\n")
    art = run(text, published="2016-09-25")
    judge = at(art, text, "A federal judge")
    assert judge is not None and (judge.country, judge.sector) == ("USA", "JUD")
    assert at(art, text, "A candidate") is None                      # generic, inside a quote
    assert at(art, text, "no president") is None


def test_a_name_inside_a_longer_name_is_no_person(run):
    text = ("INDEPENDENCE, Mo. (AP) — The ministers met at the Harry Truman Library on Friday, and the Clinton "
            "Foundation paid for the dinner.\n")
    art = run(text, published="1999-03-12")
    assert at(art, text, "Harry Truman") is None
    foundation = at(art, text, "Clinton Foundation")
    assert foundation is not None and foundation.name == "Clinton Foundation"


def test_first_ladies_and_past_presidents_by_date(run):
    text = ("WASHINGTON (AP) — Michelle Obama spoke on Monday. Former first lady Laura Bush quoted Abraham Lincoln "
            "at the event.\n")
    art = run(text, published="2016-07-26")
    assert (actor_named(art, "Michelle Obama").sector, actor_named(art, "Laura Bush").sector) == ("GOV", "ELI")
    lincoln = actor_named(art, "Lincoln")
    assert (lincoln.country, lincoln.sector) == ("USA", "ELI")


def test_bylines_and_a_copular_title_name_journalists(run):
    text = ("WASHINGTON (AP) — The senator spoke on Monday.\n\nMara Quill is a host of the HuffPost Politics "
            "podcast.\n\nFollow Ian Dorsey on Twitter @IanDorsey.\n\n--additional reporting from Lena Marsh.\n")
    art = run(text, published="2016-02-28")
    for name in ("Quill", "Dorsey", "Marsh"):
        assert actor_named(art, name).sector == "MED", name


def test_a_party_state_tag_and_an_agents_organisation(run):
    text = ("RANGOON, Burma (AP) — Burma's leader met Thai officials. \"It matters,\" said Rep. Joan Pratt (D-N.Y.), "
            "a leading advocate. \"He is responsible,\" FBI agent Bernard Tolley said.\n")
    art = run(text, published="2016-09-16")
    assert (actor_named(art, "Pratt").country, actor_named(art, "Pratt").sector) == ("USA", "LEG")
    assert actor_named(art, "Tolley").sector == "COP"


def test_a_body_before_a_generic_noun_gives_the_sector(run):
    text = "NAIROBI, Kenya (AP) — Kenyan police leaders met on Monday, and military officials said they agreed.\n"
    art = run(text, published="1998-08-21")
    assert (at(art, text, "police leaders").country, at(art, text, "police leaders").sector) == ("KEN", "COP")
    assert at(art, text, "military officials").sector == "MIL"


def test_police_are_of_the_country_named_in_their_sentence(run):
    text = ("NEW YORK (AP) — The FBI arrested the suspect on Monday, U.S. officials said. The Justice Department "
            "and the White House welcomed the arrest.\n\n\"We will find him anywhere in Canada,\" said police "
            "Inspector Dave Bowling.\n")
    art = run(text, published="2000-01-24")
    assert actor_named(art, "Bowling").country == "CAN"


def test_nobody_in_particular_is_no_actor(run):
    text = ("WASHINGTON (AP) — As a U.S. citizen, she must vote, and the forces of bigotry will not win. A Nigerian "
            "man was arrested on Monday.\n")
    art = run(text, published="2016-09-16")
    assert at(art, text, "U.S. citizen") is None
    assert at(art, text, "forces of bigotry") is None
    assert at(art, text, "Nigerian man").country == "NGA"


def test_sports_teams_and_leagues_are_businesses(run):
    text = ("CHARLOTTE, N.C. (AP) — The Minnesota Vikings said on Monday that the game would go on. The Charlotte "
            "Panthers owner Jerry Hart agreed, the National Football League said, and Texas Democrats voted.\n")
    art = run(text, published="2016-09-26")
    for name in ("Minnesota Vikings", "Charlotte Panthers", "National Football League"):
        team = at(art, text, name)
        assert (team.country, team.sector) == ("USA", "BUS"), name
    assert at(art, text, "Texas Democrats").sector == "PTY"
