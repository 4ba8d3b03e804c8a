"""Participants no actor holds, coded by their own words (events/described.py; issue 11's GDELT Actor1Code): a head
noun of a kind of people or body gives the sector, a country word of the phrase or the article's home country the
country; pronouns, quantities and names the actors stage did not take stay uncoded. Invented sentences."""
from __future__ import annotations

import pytest

from dateline.extractors.events.described import sector_and_country


def _phrase(nlp, text: str, phrase: str):
    from dateline.pipeline import context
    from dateline.records import RawArticle

    ctx = context(RawArticle(id="t", text=text, origin="t"))
    start = text.index(phrase)
    return sector_and_country(ctx.doc, start, start + len(phrase))


@pytest.mark.parametrize("text, phrase, want", [
    ("Police arrested the driver on Tuesday.", "Police", ("COP", None)),
    ("The commissioners voted to close the road.", "The commissioners", ("GOV", None)),
    ("Three Syrian soldiers shelled the village on Monday.", "Three Syrian soldiers", ("MIL", "SYR")),
    ("A woman called the council after the storm.", "A woman", ("CVL", None)),
    ("A 28-year-old was arrested after the crash.", "A 28-year-old", ("CVL", None)),
    ("The company rejected the union's offer.", "The company", ("BUS", None)),
    ("He rejected the union's offer.", "He", None),                                    # a pronoun
    ("One of the bullets hit a parked car.", "One of the bullets", None),              # a quantity of things
    ("Some of the members rejected the plan.", "Some of the members", None),
    ("The Quillby Festival drew protesters to the square.", "The Quillby Festival", None),   # a name not taken
    ("The plan angered the town.", "The plan", None),                                  # no kind of people
    ("The director rejected the offer.", "The director", None),     # actor_words uncoded_title: a firm's as often
    ("A group rejected the plan.", "A group", None),                 # an organisation word that is no coded_body
    ("The funds paid for the clinic.", "The funds", None),
    ("Every resident rejected the plan.", "Every resident", ("CVL", None)),            # a group title's singular
    ("The court rejected the appeal.", "The court", ("JUD", None)),                    # a coded_body
    # review39: a several-word title that is only an uncoded title told more closely (`press secretary`, `executive
    # director`) is as often a firm's; one whose first word names the side (`police spokesman`) keeps its code
    ("The firm's press secretary rejected the report.", "The firm's press secretary", None),
    ("The communications directors rejected the offer.", "The communications directors", None),
    ("The police spokesman rejected the report.", "The police spokesman", ("COP", None)),
    # src43: people of a kind or trade no actor is made of (group_sectors.tsv), by GUIDE.md's sectors
    ("Critics said the ruling was a mistake.", "Critics", ("CVL", None)),
    ("The crowd booed the mayor at the fair.", "The crowd", ("CVL", None)),
    ("Deputies asked the public for help.", "the public", ("CVL", None)),
    ("Two nurses praised the new clinic.", "Two nurses", ("CVL", None)),
    ("A felon fired at the two officers.", "A felon", ("CRM", None)),
    ("The developers asked the council for more time.", "The developers", ("BUS", None)),
    ("The man fled from law enforcement on Tuesday.", "law enforcement", ("COP", None)),
    ("A Dutch filmmaker criticised the new law.", "A Dutch filmmaker", ("CVL", "NLD")),
    ("The film critic praised the play.", "The film critic", None),      # a compound not listed: the press's
    ("The crowd of fans booed the mayor.", "The crowd of fans", None),  # what the `of` names decides
])
def test_a_participant_phrase_is_coded_by_its_head_and_country_words(nlp, text, phrase, want):
    assert _phrase(nlp, text, phrase) == want


def test_home_at_reads_the_coding_pass_home_by_story():
    from dateline.extractors.actors.codes import HOMES_KEY, home_at

    class Doc:                                       # (only `user_data` is read)
        user_data: dict = {}
    doc = Doc()
    assert home_at(doc, 5) is None                                                  # the pass has not run
    doc.user_data = {HOMES_KEY: ((), ("USA",))}
    assert home_at(doc, 5) == "USA"
    doc.user_data = {HOMES_KEY: (((0, 100), (100, 200)), ("USA", "CAN"))}            # a digest: each story's own
    assert (home_at(doc, 50), home_at(doc, 150)) == ("USA", "CAN")


def test_an_unlinked_source_gets_the_home_country_and_an_actor_keeps_its_own(run):
    text = ("NEWARK, Del. (AP) - Newark Mayor Jane Holloway said on Monday that the city would hire more officers. "
            "Holloway said the city council backed the plan.\n\n"
            "A man insulted the clerk of a gas station on Main Street on Sunday and accused him of cheating, Holloway "
            "said.")   # (act56d: not `A man robbed ...`, whose doer of a crime is now an actor, CRM)
    art = run(text, published="2024-05-06")
    parts = [p for e in art.events for p in (*e.source, *e.target)]
    man = [p for p in parts if p.text == "A man"]
    assert man and all(p.actor is None and p.code == "USACVL" and p.country == "USA" for p in man)
    assert all(p.code is None and p.country is None and p.sector is None for p in parts if p.actor is not None)


# src42: a phrase naming a town, county, state or street (a place entity, no country word) is someone of that place,
# coded with the home country when no place lexicon entry puts the place in another country
def test_local_home_takes_the_home_unless_a_place_is_another_country():
    from dateline.extractors.actors.codes import HOMES_KEY, local_home

    class Doc:
        user_data: dict = {}
    doc = Doc()
    doc.user_data = {HOMES_KEY: ((), ("USA",))}
    assert local_home(doc, 5, ["Blue Ridge", "Orange County"]) == "USA"        # towns no lexicon lists
    assert local_home(doc, 5, ["Missouri"]) == "USA"                            # a US state
    assert local_home(doc, 5, ["Paris"]) is None                                # Paris, Texas or France
    doc.user_data = {HOMES_KEY: ((), ("CUB",))}
    assert local_home(doc, 5, ["South Florida"]) is None                        # a compass word before a US state
    doc.user_data = {}
    assert local_home(doc, 5, ["Blue Ridge"]) is None                           # no home: nothing to give


@pytest.mark.parametrize("text, phrase, code", [
    ("DETROIT (AP) - A 24-year-old Detroit man robbed a gas station on Sunday and threatened the clerk with a "
     "knife, police said.", "A 24-year-old Detroit man", "USACVL"),
    ("DENVER (AP) - Denver police said a girl on Monaco Way shot her neighbor on Sunday.",
     "a girl on Monaco Way", "USACVL"),                                    # a street's name is no country's
    ("DETROIT (AP) - A 35-year-old Pontiac man robbed a gas station on Sunday and threatened the clerk with a "
     "knife, police said.", "A 35-year-old Pontiac man", "USACVL"),        # a town's name tagged a product
    ("LONDON (Reuters) - A Pontiac man robbed a shop in Leeds on Sunday and threatened the clerk with a knife, "
     "British police said.", "A Pontiac man", None),                       # a US town's man in a British story
])
def test_a_participant_of_a_named_town_or_street_takes_the_home_country(run, text, phrase, code):
    art = run(text, published="2024-05-06")
    parts = [p for e in art.events for p in (*e.source, *e.target) if p.text == phrase]
    assert parts and all(p.actor is None and p.code == code for p in parts), \
        [(p.text, p.actor, p.code) for e in art.events for p in (*e.source, *e.target)]
