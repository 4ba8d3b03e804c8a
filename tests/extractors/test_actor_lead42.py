"""lead42: the country of a police force the parse places in a town (`Police in Lima`, `police in the northern town of
Vardo`), and a staff title whose own phrase names the state body the person speaks for (`a spokesman for the Peruvian
interior ministry, Tomas Ruiz,`) against another organisation of the sentence. Invented sentences; one row per case (a
row marked `fails on main` failed before the change; the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("police_in_a_large_city",   # fails on main: no country
     "Police in Lima detained four men on Monday after a clash near the port.\n",
     "Police: sector=COP; Police: country=PER"),
    ("police_in_the_town_of",   # fails on main: no country (the town tagged ORG by the parse)
     "Chile and Peru traded charges over the border on Monday. Police in the northern town of Arica detained two "
     "men.\n",
     "Police#0: country=CHL"),
    ("police_in_a_country_word_city",   # fails on main: no country
     "Police in the French city of Nantes arrested three students on Monday.\n",
     "Police: country=FRA"),
    ("guard_police_in_an_american_story",   # the home decides in an American story (no foreign `Paris`)
     "PARIS, Texas - Police in Paris arrested a man on Monday, the Lamar County Sheriff's Office said.\n",
     "Police: country!=FRA"),
    ("staff_of_a_state_body_beside_a_group",   # fails on main: REB (the group's) and no country of his own
     "Turkey and Syria traded charges on Monday. A spokesman for the Syrian interior ministry, Tomas Haddad, said "
     "the shells were fired by the Free Syrian Army.\n",
     "Tomas Haddad: sector=GOV; Tomas Haddad: country=SYR"),
    ("guard_staff_of_a_party_committee",   # the side's sector stays where the title names no state body
     "America Forward, a conservative political action committee, called the plan a disgrace. \"It is a scandal,\" "
     "spokesman Jeff Lodder said.\n",
     "Jeff Lodder: sector=PTY"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_lead42(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


# A lexicon person out of the office the lexicon gives on the day (or with no date) whom the text calls the leader of
# the opposition: OPP, as the text says, not ELI (`former prime minister`) nor the old office (GOV).
SIDE_CASES = [
    ("opposition_leader_out_of_office",   # fails on main: ELI
     "Opposition leader Raila Odinga told a rally in Kisumu that the vote had been stolen.\n", "2024-06-20",
     "Raila Odinga: sector=OPP"),
    ("opposition_leader_no_date",   # fails on main: GOV (the lexicon's last office, years before)
     "Opposition leader Raila Odinga told a rally in Kisumu that the vote had been stolen.\n", None,
     "Raila Odinga: sector=OPP"),
    ("guard_in_office_keeps_the_office",   # the prime minister of the day stays GOV whatever a later title says
     "Prime Minister Raila Odinga told a rally in Kisumu that the vote had been fair.\n", "2010-06-20",
     "Raila Odinga: sector=GOV"),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(t, p, s, id=i) for i, t, p, s in SIDE_CASES])
def test_lead42_side_titles(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)


def test_lead42_no_date_office_written_in_full(run):
    """With no date, the office whose whole role the text writes before the name (`Senate Majority Leader`), not the
    lexicon's latest (fails on main: `senate minority leader`, the title parse keeping only `leader`); a plain
    `Sen.` stays the senator."""
    text = "Senate Majority Leader Chuck Schumer called the measure a stunt on Thursday.\n"
    art = run(text, published=None)
    assert [a.role for a in art.actors if a.name == "Chuck Schumer"] == ["senate majority leader"]
    text = "Sen. Chuck Schumer called the measure a stunt on Thursday.\n"
    art = run(text, published=None)
    assert [a.role for a in art.actors if a.name == "Chuck Schumer"] == ["senator"]



# lead43: a bare plural force noun sent by a country (`Ethiopia sent troops`, `The Ethiopian army said it had moved
# troops`) is that country's force, not the story's home country's nor one group of every army's troops; a staff
# person opening the sentence after one whose subject is a state body (`Uganda's foreign ministry accused ... . A
# spokesman, Joseph Okello, said`) speaks for that body.
LEAD43_CASES = [
    ("troops_sent_by_a_country",   # fails on main: troops of no country (the home's), one group with Somalia's
     "NAIROBI, Aug 5 (Reuters) - Ethiopia sent troops to the border on Monday. Somalia deployed soldiers near the "
     "town of Beledweyne.\n",
     "troops: country=ETH; soldiers: country=SOM"),
    ("troops_moved_by_the_army_that_says_so",   # fails on main: KEN (the dateline's)
     "NAIROBI, Aug 5 (Reuters) - The Ethiopian army said it had moved tanks and troops to the area.\n",
     "troops: country=ETH"),
    ("guard_troops_with_no_sender",   # no country sends them: as before (the dateline's home)
     "NAIROBI, Aug 5 (Reuters) - Troops patrolled the border on Monday.\n",
     "Troops: country=KEN"),
    ("spokesman_after_a_foreign_ministry",   # fails on main: KEN (the dateline's)
     "NAIROBI, Aug 5 (Reuters) - Uganda's foreign ministry accused Kenyan officials of backing rebels. A "
     "spokesman, Joseph Okello, said Kampala would not allow interference.\n",
     "Joseph Okello: country=UGA; Joseph Okello: sector=GOV"),
    ("spokeswoman_after_an_army",   # fails on main: KEN GOV
     "NAIROBI, Aug 5 (Reuters) - The Ethiopian army said it had sent troops to the border. A spokeswoman, Almaz "
     "Tadesse, said the move was defensive.\n",
     "Almaz Tadesse: country=ETH; Almaz Tadesse: sector=MIL"),
    ("guard_spokesman_after_a_person",   # the sentence before has no state body as subject: as before
     "NAIROBI, Aug 5 (Reuters) - Joseph Mwangi accused Ugandan officials of backing rebels. A spokesman, Peter "
     "Okoth, said the charge stood.\n",
     "Peter Okoth: country=KEN"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in LEAD43_CASES])
def test_lead43(run, text, spec):
    check_actors(run(text, published="2019-08-05"), text, spec)


def test_lead43_state_body_in_a_staff_title(run):
    """lead43: `White House spokeswoman Dana Pryor said` after `Trump blamed Democrats`: the state body inside her own
    mention decides (fails before: PTY, the one party the sentences around named)."""
    text = ("President Donald Trump blamed Democrats for the impasse in a tweet. White House spokeswoman Dana Pryor "
            "said the president had spoken with lawmakers on Thursday.\n")
    check_actors(run(text, published="2018-01-19"), text, "Dana Pryor: sector=GOV; Dana Pryor: country=USA")


def test_lead43_name_before_its_bracketed_acronym(run):
    """lead43: `The Movement for Democratic Change (MDC) had called ...`: the tagger runs the name into `(MDC`; the
    actor is the name before the bracket, the acronym its mention (fails before: named `... (MDC`)."""
    text = ("The Movement for Democratic Change (MDC) had called the demonstration to protest against the crisis. MDC "
            "spokesman Tom Dlamini said 12 people were arrested.\n")
    article = run(text, published="2019-08-16")
    names = {a.name for a in article.actors}
    assert "Movement for Democratic Change" in names, names
    assert not any("(" in n for n in names), names


def test_lead43_trade_representative_is_no_lawmaker(run):
    """lead43: `U.S. Trade Representative Maria Lund` is the executive's (GOV), not a representative in Congress (fails
    before: LEG by the title `representative`)."""
    text = "U.S. Trade Representative Maria Lund accused China of backtracking on its commitments.\n"
    check_actors(run(text, published="2019-05-10"), text, "Maria Lund: sector=GOV")


OUTLET_SURNAME_CASES = [
    ("outlet_word_is_the_person",   # fails on main: the news agency (MED) beside the person
     "Warren takes aim at Bloomberg in debate\n\nElizabeth Warren accused Michael Bloomberg of hiding behind "
     "nondisclosure agreements on Wednesday.\n",
     "Bloomberg#0: sector=PTY"),
    ("guard_outlet_quoted_from",   # the outlet a report is taken from stays the outlet
     "Michael Bloomberg met donors in Miami on Monday, according to Bloomberg.\n",
     "Bloomberg#1: sector=MED"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in OUTLET_SURNAME_CASES])
def test_lead43_outlet_named_like_a_person(run, text, spec):
    check_actors(run(text, published="2020-02-20"), text, spec)
