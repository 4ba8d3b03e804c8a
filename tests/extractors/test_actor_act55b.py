"""act55b: classes of international wire news (docs/actors.md `### act55b`): a body named after a large city abroad and
the officer named with it, a firm told by its trade in apposition. Invented stories (the cities are real: the
gazetteer's)."""
from __future__ import annotations

from tests.helpers import actor_at

INQUIRY = ("Thefts Inquiry Widens\n\nNEW YORK (AP) --\n\nThe FBI said Friday it had questioned two men about the thefts of "
           "paintings from a museum in Buffalo, N.Y.\n\nInspector Dana Roux of the Winnipeg Police Service, a member of "
           "a task force looking into the thefts, said she had not heard of the men.\n")


def test_a_body_named_after_a_city_abroad_and_its_officer_take_that_citys_country(run):
    article = run(INQUIRY, published="1998-11-21")
    roux = actor_at(article, INQUIRY, "Dana Roux")
    force = actor_at(article, INQUIRY, "Winnipeg Police Service")
    assert roux is not None and roux.country == "CAN" and roux.sector == "COP", roux
    assert force is not None and force.country == "CAN", force
    fbi = actor_at(article, INQUIRY, "FBI")
    assert fbi is not None and fbi.country == "USA", fbi


BURGLARIES = ("Burglary Ring Broken Up\n\nDAYTON, Ohio (AP) --\n\nDetectives said Friday they had arrested four men in a "
              "string of burglaries in Dayton and nearby towns.\n\nSgt. Lyle Marsh of the Hamilton County Sheriff's "
              "Office said the men had sold the stolen goods at a flea market.\n\nCapt. Ann Pruitt of the Paris Police "
              "Department said one of the men had lived there for a year.\n")


def test_near_miss_a_county_of_a_citys_name_and_a_us_towns_name_stay_american(run):
    article = run(BURGLARIES, published="1998-11-21")
    for word in ("Lyle Marsh", "Hamilton County Sheriff's Office", "Ann Pruitt", "Paris Police Department"):
        actor = actor_at(article, BURGLARIES, word)
        assert actor is not None and actor.country == "USA", (word, actor)


def test_the_place_a_body_name_opens_with_needs_a_word_after_it_and_no_unit_word():
    from dateline.lexicon import actors as lex

    assert {"county", "township", "parish"} <= lex.words("place_unit")


TOURS = ("Storm Keeps Visitors Away\n\nWASHINGTON _\n\n``We had two cancellations this week,'' said Tom Varga, "
         "president of Lakeshore Journeys, a tour operator in Dayton, Ohio.\n")


def test_a_firm_told_by_its_trade_in_apposition_is_a_company(run):
    firm = actor_at(run(TOURS, published="1998-09-07"), TOURS, "Lakeshore Journeys")
    assert firm is not None and firm.sector == "BUS", firm


def test_near_miss_a_firm_with_no_trade_after_it_gets_no_sector_from_the_rows(run):
    text = ("Storm Keeps Visitors Away\n\nWASHINGTON _\n\n``We had two cancellations this week,'' said Tom Varga, "
            "president of Lakeshore Journeys.\n")
    firm = actor_at(run(text, published="1998-09-07"), text, "Lakeshore Journeys")
    assert firm is None or firm.sector != "BUS", firm


BLAST = ("Blast Hits Embassy\n\nDAR ES SALAAM, Tanzania (AP) --\n\nA bomb exploded outside the U.S. Embassy on Friday, "
         "a U.S. Embassy official said.\n\nEmbassy workers helped carry the wounded, said a British Embassy "
         "spokesman.\n")


def test_embassy_staff_are_the_embassys_states_diplomats(run):
    article = run(BLAST, published="1998-08-07")
    official = actor_at(article, BLAST, "a U.S. Embassy official")
    spokesman = actor_at(article, BLAST, "a British Embassy spokesman")
    assert official is not None and (official.country, official.sector) == ("USA", "GOV"), official
    assert spokesman is not None and (spokesman.country, spokesman.sector) == ("GBR", "GOV"), spokesman
    workers = actor_at(article, BLAST, "Embassy workers")   # two embassies named: no country told, still GOV
    assert workers is None or workers.sector == "GOV", workers


REOPENS = ("Embassy Reopens\n\nNAIROBI, Kenya (AP) --\n\nThe American Embassy in Nairobi reopened Monday in a new "
           "building.\n\nVisa clerks went back to work, an embassy spokesman said.\n\nKenyan police guarded the "
           "building.\n")


def test_a_bare_embassy_word_before_people_takes_the_one_embassy_the_story_names(run):
    article = run(REOPENS, published="1998-09-07")
    spokesman = actor_at(article, REOPENS, "an embassy spokesman")
    assert spokesman is not None and spokesman.country == "USA", spokesman
    police = actor_at(article, REOPENS, "Kenyan police")
    assert police is not None and police.country == "KEN", police


def test_near_miss_people_of_the_host_country_beside_an_embassy_stay_the_hosts(run):
    text = ("Embassy Reopens\n\nNAIROBI, Kenya (AP) --\n\nThe American Embassy in Nairobi reopened Monday. A city "
            "official said the road in front of the embassy would stay closed.\n")
    official = actor_at(run(text, published="1998-09-07"), text, "A city official")
    assert official is not None and official.country == "KEN", official


def test_a_transnational_figure_takes_the_people_word_of_his_description(run):
    text = ("Officials Warn of New Attacks\n\nWASHINGTON _\n\nOfficials said followers of Osama bin Laden, the exiled "
            "Saudi millionaire blamed for the blasts, may strike again.\n")
    laden = actor_at(run(text, published="1998-09-07"), text, "Osama bin Laden")
    assert laden is not None and laden.country == "SAU", laden


def test_near_miss_two_peoples_words_give_no_country(run):
    text = ("Officials Warn of New Attacks\n\nWASHINGTON _\n\nOfficials said followers of Osama bin Laden, the "
            "Saudi and Yemeni millionaire who paid for the camps, may strike again.\n")
    laden = actor_at(run(text, published="1998-09-07"), text, "Osama bin Laden")
    assert laden is not None and laden.country is None, laden


RALLY = ("Rally Held in Capital\n\nHAVANA (AP) --\n\nThe Communist Party daily Granma said the rally drew a million "
         "people.\n")


def test_a_paper_named_after_its_owner_is_one_outlet_and_no_owner(run):
    article = run(RALLY, published="2000-01-28")
    paper = actor_at(article, RALLY, "Communist Party")
    assert paper is not None and paper.name == "Granma" and paper.sector == "MED", paper
    assert not any(a.sector == "PTY" for a in article.actors), article.actors


def test_near_miss_a_party_that_speaks_beside_its_paper_stays_a_party(run):
    text = ("Rally Held in Capital\n\nHAVANA (AP) --\n\nThe Communist Party said Friday that Granma would print the "
            "letter in full.\n")
    party = actor_at(run(text, published="2000-01-28"), text, "Communist Party")
    assert party is not None and party.sector == "PTY", party
