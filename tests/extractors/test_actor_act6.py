"""Actors on invented stories, for the classes the act6 branch (December 2026, issue 11) fixed: sectors from role
words and from the organisation a person is named with, a person's possessive inside a tagged name, a place before
`-based`, the campaign as a period, and a bare surname among relatives of one name."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_an_outlets_possessive_after_its_final_s_and_a_title(run):
    text = "WASHINGTON -- Breitbart News’ Dr. Tom Wills will be interviewed about the Pope on Monday.\n"
    art = run(text, published="2015-11-23")
    wills = at(art, text, "Tom Wills")
    assert wills.sector == "MED"
    assert at(art, text, "Breitbart News").id != wills.id      # the outlet stays an actor of its own


def test_a_possessive_inside_a_tagged_name_parts_owner_and_company(run):
    text = ("WASHINGTON -- The executive Hank Greenberg’s C. V. Starr & Co., Inc. and Starr "
            "International firms donated $5 million in all to the group.\n")
    art = run(text, published="2016-03-20")
    person = at(art, text, "Hank Greenberg")
    assert person.name == "Hank Greenberg" and person.sector == "BUS"
    company = at(art, text, "C. V. Starr")
    assert company is None or company.id != person.id


def test_a_town_before_based_is_no_company(run):
    text = ("WASHINGTON -- Ron Cameron, the chief executive of Little Rock, Arkansas-based poultry "
            "company Mountaire, gave $3 million to the group.\n")
    art = run(text, published="2016-03-20")
    assert all(a.name != "Little Rock" for a in art.actors)
    assert at(art, text, "Mountaire").sector == "BUS"


def test_a_bare_surname_among_relatives_is_the_office_holder(run):
    text = ("WASHINGTON -- Hillary Clinton spoke on Monday. Her husband, Bill Clinton, sat nearby. Chelsea Clinton "
            "waved. Clinton said she would win.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Clinton", 3).name == "Hillary Clinton"
    assert at(art, text, "Chelsea Clinton").name == "Chelsea Clinton"


def test_a_bare_surname_after_the_relative_named_as_subject_stays_his(run):
    text = ("WASHINGTON -- Former President Bill Clinton campaigned for Hillary Clinton on Monday. Clinton said "
            "the crowd was large.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Clinton", 2).name == "Bill Clinton"


def test_two_parties_lawmakers_are_two_groups_of_the_legislature(run):
    text = ("WASHINGTON -- Trump met key Republican lawmakers on Monday. Democratic lawmakers objected to the "
            "plan.\n")
    art = run(text, published="2016-03-21")
    rep, dem = at(art, text, "Republican lawmakers"), at(art, text, "Democratic lawmakers")
    assert rep.id != dem.id
    assert rep.sector == "LEG" and dem.sector == "LEG"


def test_a_person_after_an_unknown_organisations_possessive_is_its_own(run):
    text = "WASHINGTON -- The Civic Media Watch Center’s Dan Gaynes will be interviewed about the debate.\n"
    art = run(text, published="2015-11-23")
    center = at(art, text, "Civic Media Watch Center")
    assert center.sector == "NGO" and at(art, text, "Dan Gaynes").sector == "NGO"


def test_an_outlets_edition_tagged_as_a_person_is_the_outlet(run):
    text = ("WASHINGTON -- The Media Research Center’s Dan Gainor is set to be asked about ABC. Breitbart London’s "
            "Raheem Kassam will call in.\n")
    art = run(text, published="2015-11-23")
    assert at(art, text, "Breitbart London").name == "Breitbart News"
    assert at(art, text, "Raheem Kassam").sector == "MED"


def test_a_plural_title_before_a_list_of_names_is_each_ones(run):
    text = ("WASHINGTON -- The series by InsideClimate News reporters Neela Banerjee, John Cushman Jr., David "
            "Hasemyer and Lisa Song won the prize.\n")
    art = run(text, published="2016-04-29")
    for name in ("Neela Banerjee", "John Cushman", "David Hasemyer", "Lisa Song"):
        assert at(art, text, name).sector == "MED", name


def test_a_public_figures_name_on_a_plumber_is_a_namesake(run):
    text = "WASHINGTON -- John Roberts, a plumber from Ohio, said he would vote. Roberts said prices were high.\n"
    art = run(text, published="2016-05-01")
    roberts = at(art, text, "John Roberts")
    assert roberts.sector != "JUD" and at(art, text, "Roberts", 1).id == roberts.id


def test_a_bare_office_is_not_another_countrys_holder_of_its_class(run):
    text = "PARIS -- The French president met the German chancellor on Monday. The prime minister was absent.\n"
    art = run(text, published="2016-05-01")
    pm = at(art, text, "The prime minister")
    assert pm is None or (pm.country == "FRA" and pm.id != at(art, text, "German chancellor").id)


TRANSCRIPT = """Video Transcript:

A few weeks ahead of the primary, Hillary Clinton's campaign says they are unwilling to debate.

KATE BOULDUAN: Why not debate?

JOEL BENENSON: Here is a man who once vowed he'd never air an attack ad.

BOULDUAN: You guys, back in January, were open to more debates.

RAMOS: Did you lie to them?

UPDATE: The debate was held.
"""


def test_speakers_in_capitals_opening_a_transcripts_lines_are_people(run):
    art = run(TRANSCRIPT, published="2016-03-29")
    kate = at(art, TRANSCRIPT, "KATE BOULDUAN")
    assert kate is not None and kate.name == "Kate Boulduan"
    assert at(art, TRANSCRIPT, "BOULDUAN:").id == kate.id
    assert at(art, TRANSCRIPT, "JOEL BENENSON").name == "Joel Benenson"
    assert at(art, TRANSCRIPT, "UPDATE") is None and at(art, TRANSCRIPT, "RAMOS") is None


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('an_information_officer_is_no_police',
     "WASHINGTON -- Sam Ward, an information officer at the embassy, died in the attack. Press officer Jane "
     "Doe said so. Police officer Tom Lane was hurt.\n",
     '2016-05-01', 'Sam Ward: sector=GOV; Jane Doe: sector=GOV; Tom Lane: sector=COP'),
    ('an_unnamed_information_officer_is_no_police',
     "WASHINGTON -- The information officer said on Monday the embassy was closed.\n",
     '2016-05-01', 'information officer: sector=GOV'),
    ('an_executive_is_of_business_unless_an_organisation_says_otherwise',
     "NEW YORK -- The insurance executive Hal Brenner gave $5 million on Monday. Fox News executive Ray Dunn "
     "said the network would cover it.\n",
     '2016-03-20', 'Hal Brenner: sector=BUS; Ray Dunn: sector=MED'),
    ('a_contributor_of_an_outlet_is_a_journalist',
     "WASHINGTON -- Bannon will interview Breitbart News contributor Pam Gellar about the race on Monday.\n",
     '2016-03-20', 'Pam Gellar: sector=MED'),
    ('a_religious_word_outweighs_union_in_a_name',
     "WASHINGTON -- The Union for Reform Judaism criticized the plan on Monday.\n",
     '2016-05-01', 'Union for Reform Judaism: sector=REL'),
    ('superdelegates_are_a_party_group',
     "WASHINGTON -- Democratic superdelegates backed Clinton on Monday, party officials said.\n",
     '2016-05-01', 'superdelegates: sector=PTY'),
    ('the_campaign_as_a_stretch_of_time_is_no_actor',
     "WASHINGTON -- Superdelegates pledged to Clinton, even the ones who did so before the campaign started, may "
     "reconsider. As the campaign wore on, Trump gained.\n",
     '2016-06-04', 'campaign: none; campaign#1: none'),
    ('the_campaign_speaking_is_still_an_actor',
     "WASHINGTON -- Hillary Clinton spoke in Ohio. The campaign said on Monday it would fight on.\n",
     '2016-06-04', 'campaign: sector=PTY'),
    ('an_adviser_named_with_an_office_holder_is_his_staff',
     "WASHINGTON -- The pollster thinks Mr. Obama and adviser Valerie Jarrett might start sending hints to "
     "the Democratic National Committee, Schoen said.\n",
     '2016-06-04', 'Valerie Jarrett: sector=GOV'),
    ('a_name_conjoined_to_a_verb_takes_no_plural_title_before_it',
     "NAIROBI, Kenya (AP) _ Immigration officials drove the Libyan, Atif Issa Enhamed, to the port and "
     "put him on a ship, a newspaper said.\n",
     '1998-09-11', 'Atif Issa Enhamed: sector!=GOV'),
    ('the_public_figure_with_a_public_apposition_stays_himself',
     "WASHINGTON -- John Roberts, the chief justice, said the court would rule in June.\n",
     '2016-05-01', 'John Roberts: sector=JUD'),
    ('a_governor_called_first_by_his_candidacy_runs_for_the_party',
     "WASHINGTON -- Republican vice-presidential nominee Mike Pence spoke in Ohio. Pence said Trump would "
     "win.\n",
     '2016-09-26', 'Mike Pence: sector=PTY'),
    ('a_governor_called_first_by_his_office_stays_in_government',
     "WASHINGTON -- Ohio Gov. John Kasich spoke in Ohio. Kasich, a presidential candidate, said he would win.\n",
     '2016-03-21', 'John Kasich: sector=GOV'),
    ('a_satellite_radio_broadcaster_is_a_media_outlet',
     "NEW YORK -- Sirius XM will air the debate on Monday, the broadcaster said.\n",
     '2016-03-20', 'Sirius XM: sector=MED'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
