"""Actors on invented wire stories, each aimed at one form: titles, surnames, descriptions, metonyms,
demonym groups, compound actors, NGOs, armed groups, former office holders, places tagged as people."""
from __future__ import annotations

import importlib
import pathlib

from dateline.records import Mention, Quote, RawArticle, Speaker

actors_mod = importlib.import_module("dateline.extract.actors")
SEED = pathlib.Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_9d7f141928ef44d0.txt"


def by_name(article, word):
    return next((a for a in article.actors if word.lower() in a.name.lower()), None)


def at(article, text, word, nth=0):
    """The actor of the nth occurrence of `word` in the text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    aid = actors_mod.actor_at(article.actors, start, start + len(word))
    return next((a for a in article.actors if a.id == aid), None)


UKRAINE = """KIEV (Reuters) - Ukrainian President Petro Poroshenko met German Chancellor Angela Merkel in Berlin on Tuesday to discuss the ceasefire in the east of the country.

Merkel said Germany would keep pressing Moscow to withdraw its troops. Kiev accused Russian forces of shelling the town of Debaltseve overnight, and Berlin has so far rejected calls to arm the Ukrainian army.
"""


def test_reuters_story_ukraine_germany(run):
    art = run(UKRAINE, published="2015-02-10")
    poro = by_name(art, "Poroshenko")
    assert (poro.country, poro.sector, poro.role) == ("UKR", "GOV", "president")
    assert poro.mentions[0].text == "Ukrainian President Petro Poroshenko"
    merkel = by_name(art, "Merkel")
    assert (merkel.country, merkel.sector) == ("DEU", "GOV")
    assert len(merkel.mentions) == 2                      # the later surname joins the full name
    assert at(art, UKRAINE, "Moscow").country == "RUS"     # the object of `pressing`: the government
    assert at(art, UKRAINE, "Kiev").country == "UKR"       # subject of `accused`
    berlin_place = UKRAINE.index("in Berlin") + 3
    assert actors_mod.actor_at(art.actors, berlin_place, berlin_place + 6) is None   # `in Berlin`: a place
    forces = at(art, UKRAINE, "Russian forces")
    assert (forces.country, forces.sector) == ("RUS", "MIL")
    army = at(art, UKRAINE, "Ukrainian army")
    assert (army.country, army.sector) == ("UKR", "MIL")
    assert not by_name(art, "Reuters") or by_name(art, "Reuters").sector == "MED"


SENATOR = """WASHINGTON (AP) - Senator Jane Holloway on Sunday criticized the White House over its handling of the trade talks.

"This is a failure of leadership," the senator told reporters.
"""


def test_the_senator_is_the_titled_senator(run):
    art = run(SENATOR, published="2016-03-06")
    sen = by_name(art, "Holloway")
    assert (sen.sector, sen.role) == ("LEG", "senator")
    assert "the senator" in [m.text for m in sen.mentions]
    assert at(art, SENATOR, "White House").country == "USA"


FORMER = """LONDON - Former defence minister Ivan Petrenko and William Hague spoke at a conference on Thursday.

Hague said the talks had stalled.
"""


def test_former_ministers(run):
    art = run(FORMER, published="2016-05-12")
    pet = by_name(art, "Petrenko")
    assert (pet.sector, pet.role) == ("ELI", "former defence minister")
    hague = by_name(art, "Hague")                        # left office in 2014
    assert (hague.country, hague.sector, hague.role) == ("GBR", "ELI", "former foreign secretary")
    assert len(hague.mentions) == 2


def test_office_follows_the_publication_date(run):
    text = "William Hague met his French counterpart in Paris.\n"
    art = run(text, published="2012-05-28")
    hague = by_name(art, "Hague")
    assert (hague.country, hague.sector, hague.role) == ("GBR", "GOV", "foreign secretary")


def test_compound_actor_lists_its_members(run):
    text = "BUDAPEST - Hungarian and Romanian officials met on Friday to settle a dispute over a border crossing.\n"
    art = run(text, published="2014-06-06")
    comp = next(a for a in art.actors if a.members)
    assert comp.mentions[0].text == "Hungarian and Romanian officials"
    members = {a.id: a for a in art.actors if a.id in comp.members}
    assert {(m.country, m.sector) for m in members.values()} == {("HUN", "GOV"), ("ROU", "GOV")}


def test_ngo_and_national_police(run):
    text = "CAIRO - Amnesty International accused Egyptian police of torturing detainees, and Human Rights Watch said the complaints were ignored.\n"
    art = run(text, published="2014-06-06")
    assert by_name(art, "Amnesty").sector == "NGO"
    assert by_name(art, "Human Rights Watch").sector == "NGO"
    police = at(art, text, "Egyptian police")
    assert (police.country, police.sector) == ("EGY", "POL")


REBELS = """BEIRUT - Rebels of the Free Syrian Army attacked an army checkpoint near Idlib on Saturday, activists said. In Afghanistan, Taliban fighters stormed a police post.

At least 30 people were killed in Qubeir, a monitoring group said. The Qubeir massacre drew wide condemnation.
"""


def test_rebel_groups_and_a_village_that_is_no_person(run):
    art = run(REBELS, published="2012-06-07")
    fsa = at(art, REBELS, "Free Syrian Army")
    assert (fsa.name, fsa.country, fsa.sector) == ("Free Syrian Army", "SYR", "REB")
    assert at(art, REBELS, "Taliban fighters").name == "Taliban"
    assert by_name(art, "Qubeir") is None


DESCRIPTIONS = """MOSCOW - Foreign Minister Sergei Lavrov on Monday rejected new sanctions against Damascus.

The Russian president, Vladimir Putin, had said the same a week earlier. Russia's top diplomat also met the Syrian strongman's envoy.
"""


def test_descriptions_resolve_to_people(run):
    art = run(DESCRIPTIONS, published="2013-06-03")
    lavrov = by_name(art, "Lavrov")
    assert "Russia's top diplomat" in [m.text for m in lavrov.mentions]
    putin = by_name(art, "Putin")
    assert (putin.country, putin.role) == ("RUS", "president")
    assert any(m.text.startswith("The Russian president") for m in putin.mentions)


def test_speakers_link_to_actors(nlp):
    from dateline.extract import Context
    from dateline.structure import blank, structure

    text = 'Defence Minister Kemal Arslan visited the border. "We will not wait," he said.\n'
    raw = RawArticle(id="s", text=text, published="2020-01-01", origin="s")
    layout = structure(raw)
    ctx = Context(raw=raw, layout=layout, doc=nlp(blank(text, layout.skip)))
    name_start = text.index("Kemal")
    he = text.index("he said")
    q0 = text.index('"')
    quote = Quote(start=q0, end=text.index('"', q0 + 1) + 1, text="x", cue=None,
                  speaker=Speaker(start=he, end=he + 2, text="he",
                                  name=Mention(name_start, name_start + 12, "Kemal Arslan")))
    actors, quotes = actors_mod.extract_actors(ctx, [quote])
    arslan = next(a for a in actors if "Arslan" in a.name)
    assert quotes[0].speaker.actor == arslan.id
    assert (arslan.sector, arslan.role) == ("GOV", "defence minister")
    assert "he" in [m.text for m in arslan.mentions]
    assert arslan.mentions[0].text == "Defence Minister Kemal Arslan"


def test_actor_at_prefers_the_largest_overlap_then_the_tightest():
    from dateline.records import Actor

    a = Actor(id="A1", name="United States", mentions=(Mention(0, 2, "US"),))
    b = Actor(id="A2", name="Barack Obama", mentions=(Mention(0, 25, "US President Barack Obama"),))
    c = Actor(id="A3", name="x", mentions=(Mention(40, 45, "xxxxx"),))
    assert actors_mod.actor_at([a, b, c], 13, 25) == "A2"
    assert actors_mod.actor_at([a, b, c], 0, 2) == "A1"
    assert actors_mod.actor_at([a, b, c], 30, 35) is None


def test_mentions_are_offsets_into_the_text(run):
    art = run(UKRAINE, published="2015-02-10")
    for a in art.actors:
        for m in a.mentions:
            assert UKRAINE[m.start:m.end] == m.text


def test_seed_actors(seed_article):
    text = SEED.read_text(encoding="utf-8")
    names = {a.name: a for a in seed_article.actors}
    assert (names["Sergei Lavrov"].country, names["Sergei Lavrov"].sector) == ("RUS", "GOV")
    assert names["William Hague"].country == "GBR"
    assert names["Kofi Annan"].sector == "IGO"
    assert not any("Houla" in n or "KADOBNOV" in n.upper() for n in names)
    for a in seed_article.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text


MIXED = """Washington and Beijing traded accusations on Monday over the disputed islands.

The court in The Hague ruled that the seizure was illegal. Syrian opposition spokesman Ahmad Ramadan welcomed the ruling, and Hamas spokesman Fawzi Barhoum said the decision was overdue.

Pentagon spokesman John Kirby said the United States would respond.
"""


def test_capitals_as_subjects_and_titles_naming_organisations(run):
    art = run(MIXED, published="2021-03-01")
    assert at(art, MIXED, "Washington").country == "USA"
    assert at(art, MIXED, "Beijing").country == "CHN"
    assert at(art, MIXED, "Washington") is at(art, MIXED, "United States")   # one actor per state
    assert by_name(art, "Hague") is None                                     # The Hague is a city
    court = at(art, MIXED, "The court")
    assert court is None or court.country is None                             # not China's court
    ramadan = by_name(art, "Ramadan")
    assert (ramadan.country, ramadan.sector) == ("SYR", "OPP")
    barhoum = by_name(art, "Barhoum")
    assert (barhoum.country, barhoum.sector) == ("PSE", "REB")
    kirby = by_name(art, "Kirby")
    assert (kirby.country, kirby.sector, kirby.role) == ("USA", "MIL", "spokesman")


REGIME = """DAMASCUS - Assad's troops shelled the northern town on Sunday, and the regime said it was fighting terrorists.
The regime's forces later withdrew. Palestinians in the nearby camp fled.
"""


def test_a_persons_troops_and_the_regime_take_the_persons_country(run):
    art = run(REGIME, published="2013-04-07")
    troops = at(art, REGIME, "Assad's troops")
    assert (troops.country, troops.sector) == ("SYR", "MIL")
    assert troops.mentions[0].text == "Assad's troops"
    assert at(art, REGIME, "the regime").country == "SYR"
    assert at(art, REGIME, "regime's forces") is troops                 # the same armed forces
    people = at(art, REGIME, "Palestinians")
    assert people.country == "PSE"


def test_a_title_alone_names_the_office_holder_on_that_date(run):
    text = "The Russian president on Friday signed the decree, the Kremlin said.\n"
    art = run(text, published="2010-06-04")
    president = at(art, text, "Russian president")
    assert president.name == "Dmitry Medvedev"
    assert at(art, text, "Kremlin").country == "RUS"


def test_names_in_a_capitalised_headline(run):
    text = "RUSSIAN FOREIGN MINISTER SERGEI LAVROV MEETS UN ENVOY\n\nMOSCOW - Sergei Lavrov met the envoy on Monday, the Pentagon said.\n"
    art = run(text, published="2013-01-01")
    lavrov = by_name(art, "Lavrov")
    assert lavrov.name == "Sergei Lavrov" and len(lavrov.mentions) == 2
    assert at(art, text, "Pentagon").sector == "MIL"


def test_an_apposition_before_the_name_gives_country_and_sector(run):
    text = "BEIRUT - A Lebanese lawyer, Kareem Majbour, filed a complaint against the interior ministry on Sunday.\n"
    art = run(text, published="2019-11-03")
    lawyer = by_name(art, "Majbour")
    assert (lawyer.country, lawyer.sector, lawyer.role) == ("LBN", "JUD", "lawyer")
    assert "A Lebanese lawyer" in [m.text for m in lawyer.mentions]


def test_the_photographer_in_a_caption_credit_is_no_actor(run):
    text = ("Kenya votes in tight race\n\nNAIROBI - Kenyan President Uhuru Kenyatta casts his vote in Gatundu on "
            "August 8, 2017. AFP PHOTO / TONY KARUMBA\n\nKenyans voted on Tuesday in a tight election, "
            "Kenyatta said.\n")
    art = run(text, published="2017-08-08")
    assert not any("KARUMBA" in m.text.upper() for a in art.actors for m in a.mentions)
    kenyatta = by_name(art, "Kenyatta")
    assert (kenyatta.country, kenyatta.sector) == ("KEN", "GOV")


def test_titles_with_of_are_headed_by_their_first_noun(run):
    text = "The US secretary of state arrived in Cairo on Sunday. The Polish head of state stayed in Warsaw.\n"
    art = run(text, published="2014-05-01")
    assert at(art, text, "US secretary of state").name == "John Kerry"
    polish = at(art, text, "Polish head of state")
    assert (polish.country, polish.sector) == ("POL", "GOV")
