"""Actors on invented wire stories, each aimed at one form: titles, surnames, descriptions, metonyms,
demonym groups, compound actors, NGOs, armed groups, former office holders, places tagged as people."""
from __future__ import annotations

import importlib
import pathlib

from dateline.records import Mention, Quote, Speaker
from tests.helpers import actor_at, actor_named, linked_actor

actors_mod = importlib.import_module("dateline.extractors.actors")
SEED = pathlib.Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_9d7f141928ef44d0.txt"


at = actor_at


UKRAINE = """KIEV (Reuters) - Ukrainian President Petro Poroshenko met German Chancellor Angela Merkel in Berlin on Tuesday to discuss the ceasefire in the east of the country.

Merkel said Germany would keep pressing Moscow to withdraw its troops. Kiev accused Russian forces of shelling the town of Debaltseve overnight, and Berlin has so far rejected calls to arm the Ukrainian army.
"""


def test_reuters_story_ukraine_germany(run):
    art = run(UKRAINE, published="2015-02-10")
    poro = actor_named(art, "Poroshenko")
    assert (poro.country, poro.sector, poro.role) == ("UKR", "GOV", "president")
    assert poro.mentions[0].text == "Ukrainian President Petro Poroshenko"
    merkel = actor_named(art, "Merkel")
    assert (merkel.country, merkel.sector) == ("DEU", "GOV")
    assert len(merkel.mentions) == 2                      # the later surname joins the full name
    assert at(art, UKRAINE, "Moscow").country == "RUS"     # the object of `pressing`: the government
    assert at(art, UKRAINE, "Kiev").country == "UKR"       # subject of `accused`
    berlin_place = UKRAINE.index("in Berlin") + 3
    assert actors_mod.ActorIndex(art.actors).at(berlin_place, berlin_place + 6) is None   # `in Berlin`: a place
    forces = at(art, UKRAINE, "Russian forces")
    assert (forces.country, forces.sector) == ("RUS", "MIL")
    army = at(art, UKRAINE, "Ukrainian army")
    assert (army.country, army.sector) == ("UKR", "MIL")
    assert not actor_named(art, "Reuters") or actor_named(art, "Reuters").sector == "MED"


SENATOR = """WASHINGTON (AP) - Senator Jane Holloway on Sunday criticized the White House over its handling of the trade talks.

"This is a failure of leadership," the senator told reporters.
"""


def test_the_senator_is_the_titled_senator(run):
    art = run(SENATOR, published="2016-03-06")
    sen = actor_named(art, "Holloway")
    assert (sen.sector, sen.role) == ("LEG", "senator")
    assert "the senator" in [m.text for m in sen.mentions]
    assert at(art, SENATOR, "White House").country == "USA"


FORMER = """LONDON - Former defence minister Ivan Petrenko and William Hague spoke at a conference on Thursday.

Hague said the talks had stalled.
"""


def test_former_ministers(run):
    art = run(FORMER, published="2016-05-12")
    pet = actor_named(art, "Petrenko")
    assert (pet.sector, pet.role) == ("ELI", "former defence minister")
    hague = actor_named(art, "Hague")                        # left office in 2014
    assert (hague.country, hague.sector, hague.role) == ("GBR", "ELI", "former foreign secretary")
    assert len(hague.mentions) == 2


def test_office_follows_the_publication_date(run):
    text = "William Hague met his French counterpart in Paris.\n"
    art = run(text, published="2012-05-28")
    hague = actor_named(art, "Hague")
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
    assert actor_named(art, "Amnesty").sector == "NGO"
    assert actor_named(art, "Human Rights Watch").sector == "NGO"
    police = at(art, text, "Egyptian police")
    assert (police.country, police.sector) == ("EGY", "COP")


REBELS = """BEIRUT - Rebels of the Free Syrian Army attacked an army checkpoint near Idlib on Saturday, activists said. In Afghanistan, Taliban fighters stormed a police post.

At least 30 people were killed in Qubeir, a monitoring group said. The Qubeir massacre drew wide condemnation.
"""


def test_rebel_groups_and_a_village_that_is_no_person(run):
    art = run(REBELS, published="2012-06-07")
    fsa = at(art, REBELS, "Free Syrian Army")
    assert (fsa.name, fsa.country, fsa.sector) == ("Free Syrian Army", "SYR", "REB")
    assert at(art, REBELS, "Taliban fighters").name == "Taliban"
    assert actor_named(art, "Qubeir") is None


DESCRIPTIONS = """MOSCOW - Foreign Minister Sergei Lavrov on Monday rejected new sanctions against Damascus.

The Russian president, Vladimir Putin, had said the same a week earlier. Russia's top diplomat also met the Syrian strongman's envoy.
"""


def test_descriptions_resolve_to_people(run):
    art = run(DESCRIPTIONS, published="2013-06-03")
    lavrov = actor_named(art, "Lavrov")
    assert "Russia's top diplomat" in [m.text for m in lavrov.mentions]
    putin = actor_named(art, "Putin")
    assert (putin.country, putin.role) == ("RUS", "president")
    assert any(m.text.startswith("The Russian president") for m in putin.mentions)


def test_speakers_link_to_actors(ctx_of):
    text = 'Defence Minister Kemal Arslan visited the border. "We will not wait," he said.\n'
    ctx = ctx_of(text, published="2020-01-01")
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


def test_actor_index_prefers_the_largest_overlap_then_the_tightest():
    from dateline.records import Actor

    a = Actor(id="A1", name="United States", mentions=(Mention(0, 2, "US"),))
    b = Actor(id="A2", name="Barack Obama", mentions=(Mention(0, 25, "US President Barack Obama"),))
    c = Actor(id="A3", name="x", mentions=(Mention(40, 45, "xxxxx"),))
    index = actors_mod.ActorIndex([a, b, c])
    assert index.at(13, 25) == "A2"
    assert index.at(0, 2) == "A1"
    assert index.at(30, 35) is None
    assert index.at(0, 25) == "A2"


def test_actor_index_prefer_takes_the_mention_covering_the_first_offset_it_can():
    from dateline.records import Actor

    a = Actor(id="A1", name="Russia", mentions=(Mention(0, 8, "Russia's"),))
    b = Actor(id="A2", name="x", mentions=(Mention(9, 30, "stance on the embargo"),))
    index = actors_mod.ActorIndex([a, b])
    assert index.at(0, 30) == "A2"                     # no preference: the largest overlap
    assert index.at(0, 30, prefer=(0,)) == "A1"        # the owner's offset first
    assert index.at(0, 30, prefer=(35, 10)) == "A2"    # 35 is in no mention: the next offset decides
    assert actors_mod.ActorIndex([a, b], leftmost=True).at(0, 30) == "A1"   # the events stage: first in the text


def test_the_passes_only_fill_what_the_state_declares(ctx_of):
    import dataclasses

    from dateline.extractors.actors.state import ActorState

    st = ActorState(ctx_of(UKRAINE + 'Merkel said it was clear. "We will wait," she said.\n'))
    for run in actors_mod.PASSES:
        run(st)
    assert set(vars(st)) == {f.name for f in dataclasses.fields(ActorState)}
    assert st.hits and st.person_at and st.clusters and st.sent_of


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
    assert actor_named(art, "Hague") is None                                     # The Hague is a city
    court = at(art, MIXED, "The court")
    assert court is None or court.country is None                             # not China's court
    ramadan = actor_named(art, "Ramadan")
    assert (ramadan.country, ramadan.sector) == ("SYR", "OPP")
    barhoum = actor_named(art, "Barhoum")
    assert (barhoum.country, barhoum.sector) == ("PSE", "REB")
    kirby = actor_named(art, "Kirby")
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
    lavrov = actor_named(art, "Lavrov")
    assert lavrov.name == "Sergei Lavrov" and len(lavrov.mentions) == 2
    assert at(art, text, "Pentagon").sector == "MIL"


def test_an_apposition_before_the_name_gives_country_and_sector(run):
    text = "BEIRUT - A Lebanese lawyer, Kareem Majbour, filed a complaint against the interior ministry on Sunday.\n"
    art = run(text, published="2019-11-03")
    lawyer = actor_named(art, "Majbour")
    assert (lawyer.country, lawyer.sector, lawyer.role) == ("LBN", "CVL", "lawyer")      # private practice (GUIDE.md)
    assert "A Lebanese lawyer" in [m.text for m in lawyer.mentions]


def test_the_photographer_in_a_caption_credit_is_no_actor(run):
    text = ("Kenya votes in tight race\n\nNAIROBI - Kenyan President Uhuru Kenyatta casts his vote in Gatundu on "
            "August 8, 2017. AFP PHOTO / TONY KARUMBA\n\nKenyans voted on Tuesday in a tight election, "
            "Kenyatta said.\n")
    art = run(text, published="2017-08-08")
    assert not any("KARUMBA" in m.text.upper() for a in art.actors for m in a.mentions)
    kenyatta = actor_named(art, "Kenyatta")
    assert (kenyatta.country, kenyatta.sector) == ("KEN", "GOV")


def test_titles_with_of_are_headed_by_their_first_noun(run):
    text = "The US secretary of state arrived in Cairo on Sunday. The Polish head of state stayed in Warsaw.\n"
    art = run(text, published="2014-05-01")
    assert at(art, text, "US secretary of state").name == "John Kerry"
    polish = at(art, text, "Polish head of state")
    assert (polish.country, polish.sector) == ("POL", "GOV")


# ---------------------------------------------------------------- coreference (descriptions and pronouns)
ALLY = """HAVANA (AFP) - Cuba has sent doctors and engineers to Venezuela for more than a decade.
Havana said on Friday that it would keep backing its longtime ally despite the new sanctions.
"""


def test_its_ally_is_the_other_state_and_it_is_the_subject(run):
    art = run(ALLY, published="2019-03-01")
    assert linked_actor(art, ALLY, "its longtime ally").country == "VEN"
    it = ALLY.index(" it would") + 1
    assert actors_mod.ActorIndex(art.actors).at(it, it + 2) == linked_actor(art, ALLY, "Havana").id
    assert linked_actor(art, ALLY, "its").country == "CUB"


KINGDOM = """RIYADH (Reuters) - Saudi Arabia announced deeper oil output cuts on Monday.
The kingdom will pump about one million barrels a day less from July, the energy ministry said.
"""


def test_the_kingdom_is_the_state_named_before(run):
    art = run(KINGDOM, published="2023-06-05")
    assert linked_actor(art, KINGDOM, "The kingdom").country == "SAU"


ISLAMIC = """GENEVA (AP) - Iran rejected the latest European offer on its nuclear programme on Tuesday.
Diplomats said the Islamic republic wanted guarantees first.
"""


def test_the_islamic_republic(run):
    art = run(ISLAMIC, published="2021-08-10")
    assert linked_actor(art, ISLAMIC, "the Islamic republic").country == "IRN"


ISLAND = """TAIPEI (AFP) - Taiwan ordered two new frigates from a domestic shipyard on Wednesday.
Officials said the island nation planned to expand its navy over the next decade.
"""


def test_the_island_nation(run):
    art = run(ISLAND, published="2022-04-13")
    assert linked_actor(art, ISLAND, "the island nation").country == "TWN"


JEWISH = """JERUSALEM (Reuters) - Israel reopened the crossing into Gaza on Sunday after a two-day closure.
Egypt has urged the Jewish state to keep it open through the holiday.
"""


def test_the_jewish_state_is_not_the_nearer_subject(run):
    art = run(JEWISH, published="2014-10-05")
    assert linked_actor(art, JEWISH, "the Jewish state").country == "ISR"


HOUTHIS = """SANAA (AFP) - Houthi rebels fired missiles at a Saudi air base on Thursday.
The coalition said the rebels had also sent drones toward the border. They later denied the drone attack.
"""


def test_the_rebels_and_they_join_the_named_armed_group(run):
    art = run(HOUTHIS, published="2018-05-10")
    houthis = linked_actor(art, HOUTHIS, "Houthi rebels")
    assert houthis is not None and houthis.sector == "REB"
    assert linked_actor(art, HOUTHIS, "the rebels") == houthis
    they = linked_actor(art, HOUTHIS, "They")
    assert they is None or they == houthis                 # `They` after `The coalition said ...`: never another


ALLIANCE = """BRUSSELS (Reuters) - NATO defence ministers met in Brussels on Wednesday.
The alliance agreed to send more air defence systems to its eastern members.
"""


def test_the_alliance_is_the_named_organisation(run):
    art = run(ALLIANCE, published="2023-02-15")
    nato = linked_actor(art, ALLIANCE, "The alliance")
    assert nato is not None and nato.name == "NATO"


GENDER = """LAGOS (AFP) - Ms Ruth Amadi met Mr John Bello in Lagos on Monday to discuss the port contract.
Bello declined to comment. She later told the state broadcaster the contract would be signed.
"""


def test_she_skips_a_nearer_man(run):
    art = run(GENDER, published="2020-01-20")
    assert linked_actor(art, GENDER, "She").name.endswith("Amadi")


HE = """NAIROBI (Reuters) - Kenyan opposition leader Daniel Otieno was arrested in Nairobi on Monday.
He had called for protests against the new tax law, and his lawyers said they would appeal.
"""


def test_he_and_his_are_the_person_subject(run):
    art = run(HE, published="2021-07-12")
    otieno = actor_named(art, "Otieno")
    assert linked_actor(art, HE, "He") == otieno
    assert linked_actor(art, HE, "his") == otieno
    lawyers = linked_actor(art, HE, "they")                    # `his lawyers`: private lawyers (CVL), not Otieno
    assert lawyers is not None and lawyers != otieno and lawyers.sector == "CVL"


NO_ANTECEDENT = """SANTIAGO (AP) - A powerful storm hit the coast of central Chile on Monday.
It destroyed dozens of fishing boats, and the country's ports stayed closed. He was not available.
"""


def test_pronouns_without_a_compatible_antecedent_stay_unlinked(run):
    art = run(NO_ANTECEDENT, published="2021-06-07")
    assert linked_actor(art, NO_ANTECEDENT, "It") is None       # the storm is no actor
    assert linked_actor(art, NO_ANTECEDENT, "He") is None       # no person named
    assert linked_actor(art, NO_ANTECEDENT, "the country").country == "CHL"


QUOTED = """PARIS (AFP) - France summoned the Italian ambassador on Friday.
"It is unacceptable," a spokesman said. "They must stop."
"""


def test_pronouns_inside_quotes_are_left_to_the_quotes_stage(run):
    art = run(QUOTED, published="2019-02-08")
    assert linked_actor(art, QUOTED, "They") is None


CONJOINED = """BEIJING (Reuters) - Russia and China have both questioned the new sanctions on Tuesday.
"""


def test_each_conjoined_country_has_its_own_mention(run):
    art = run(CONJOINED, published="2012-06-05")
    assert linked_actor(art, CONJOINED, "Russia").country == "RUS"
    assert linked_actor(art, CONJOINED, "China").country == "CHN"


def test_coref_lexicon_loads():
    from dateline.lexicon import actors as lex
    nouns = lex.coref_nouns()
    assert nouns["ally"].kind == "other" and nouns["state"].needs_mod
    assert nouns["rebel"].sectors == ("REB",)


BETWEEN = """RICHMOND, Va. (AP) - Governor Alan Marsh thanked Senator Paul Reyes for the budget deal on Friday.
He said the state would hire more teachers.
"""


def test_he_with_another_man_named_between_stays_unlinked(run):
    art = run(BETWEEN, published="2019-06-28")
    assert actor_named(art, "Marsh") is not None and actor_named(art, "Reyes") is not None
    assert linked_actor(art, BETWEEN, "He") is None            # Marsh or Reyes: no link rather than a guess


PAIR = """MADRID (Reuters) - Spain and Portugal signed a water-sharing pact on Monday.
Prime Minister Ana Ruiz and President Tomas Lima met in Madrid. They agreed to meet again in June.
"""


def test_they_after_two_people_is_not_a_state(run):
    art = run(PAIR, published="2022-05-09")
    assert linked_actor(art, PAIR, "They") is None


UN_ORG = """NEW YORK (AFP) - The United Nations appealed for food aid for Haiti on Tuesday, while France pledged ships.
Aid workers said the organisation had raised less than half of what it needed.
"""


def test_the_organisation_is_an_organisation_not_a_state(run):
    art = run(UN_ORG, published="2021-09-14")
    assert linked_actor(art, UN_ORG, "the organisation").name == "United Nations"


NAMES = """ABUJA (Reuters) - Ruth Amadi, the port authority chief, met John Bello on Monday.
Bello declined to comment. She later told reporters the contract would be signed.
"""


def test_she_by_given_name_skips_a_nearer_man(run):
    art = run(NAMES, published="2020-01-20")
    she = linked_actor(art, NAMES, "She")
    assert she is not None and she.name.endswith("Amadi")


def test_the_phrase_table_finds_what_a_phrase_matcher_finds(nlp):
    """hits.Phrases (built from plain data, no Doc per form) against spaCy's PhraseMatcher over the same forms:
    every match, overlapping ones and a form under two labels included, in the same order once sorted."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    from dateline.extractors.actors.hits import Phrases

    forms = {"PER": [["Anna", "Varga"], ["Varga"], ["Anna"], ["Anna", "Varga"]], "ORG": [["Red", "Cross"]],
             "CTRY": [["New", "Zealand"], ["number"]], "DEM": [["New", "Zealand"], ["Zealanders"]]}
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for label, patterns in forms.items():
        matcher.add(label, [Doc(nlp.vocab, words=w) for w in patterns])
    doc = nlp.make_doc("Anna Varga of the Red Cross told New Zealanders in New Zealand a number. Varga left. Anna")
    want = sorted(((e - s, s, e, nlp.vocab.strings[m]) for m, s, e in matcher(doc)), key=lambda x: (-x[0], x[1]))
    got = sorted(((e - s, s, e, label) for label, s, e in Phrases(forms)(doc)), key=lambda x: (-x[0], x[1]))
    assert got == want and ("CTRY", 10, 12) in Phrases(forms)(doc) and len(want) == 10
    assert Phrases(forms)(nlp.make_doc("")) == []


# ---------------------------------------------------------------- things that are not actors (issue 11)
PLACES_AND_TOPICS = """NAIROBI (AP) - Prosecutors said on Monday that two suspects in the Kenya bombing would face trial. Mombasa, the main port of Kenya, was closed, and Secretary of State John Kerry negotiated with Russia over Somalia.

One of the suspects was held in the country illegally, his lawyer said. Their appeal is pending in court.
"""


def test_countries_and_courts_named_as_places_or_topics_are_no_actors(run):
    art = run(PLACES_AND_TOPICS, published="2016-09-08")
    assert at(art, PLACES_AND_TOPICS, "Kenya", 0) is None          # `the Kenya bombing`: where it happened
    assert at(art, PLACES_AND_TOPICS, "Kenya", 1) is None          # `the main port of Kenya`
    assert at(art, PLACES_AND_TOPICS, "Somalia") is None           # `over Somalia`: the subject
    assert at(art, PLACES_AND_TOPICS, "the country") is None       # `held in the country`
    assert at(art, PLACES_AND_TOPICS, "court") is None             # `pending in court`
    assert at(art, PLACES_AND_TOPICS, "Russia").country == "RUS"   # negotiated with: an actor


PREDICATES = """HAVANA (Reuters) - A state television broadcast on Sunday called the exiles criminals and traitors.

The organisers, speaking as responsible citizens, said Washington had very good intelligence about the plot. "Our opposition to violence is total," said their leader, Ana Perez.

About 1 in 4 residents have voted for different parties over the years, the organisers said. The plan would give money to families and small companies.
"""


def test_predicates_kinds_and_abstract_nouns_are_no_actors(run):
    art = run(PREDICATES, published="2000-01-15")
    for words in ("criminals", "responsible citizens", "very good intelligence", "opposition", "1 in 4 residents",
                  "different parties", "families", "small companies"):
        assert at(art, PREDICATES, words) is None, words
    assert at(art, PREDICATES, "Washington").country == "USA"


THINGS = """NIQUERO, Cuba (AP) - With the historic yacht Marisol towering behind him, the defence minister spoke on Saturday.

The Marisol landed on this shore in 1956. Bank of America said it would keep its branches open. Students met at Westbrook University before the rally.
"""


def test_vehicles_schools_as_places_and_countries_inside_names(run):
    art = run(THINGS, published="2000-04-01")
    assert at(art, THINGS, "Marisol", 0) is None and at(art, THINGS, "Marisol", 1) is None   # a yacht
    bank = at(art, THINGS, "America")
    assert bank is None or bank.name != "United States"              # `Bank of America` is no state
    assert at(art, THINGS, "Westbrook University") is None           # `met at Westbrook University`: a place


# ---------------------------------------------------------------- who a person is (issue 11)
DAUGHTER = """Ivanka Trump champions working mothers.

NEW YORK (AP) - Ivanka Trump strode across the stage on Thursday. "Policies should help women," she said.

Donald Trump's eldest daughter, 34, has shaped her label around this issue, said Donald Trump, the Republican nominee.
"""


def test_a_given_name_before_a_lexicon_surname_is_another_person(run):
    art = run(DAUGHTER, published="2016-08-09")
    ivanka = at(art, DAUGHTER, "Ivanka Trump", 1)
    assert ivanka is not None and ivanka.name == "Ivanka Trump"
    donald = at(art, DAUGHTER, "Donald Trump", 1)
    assert donald.name == "Donald Trump" and donald is not ivanka
    assert not any("daughter" in m.text for m in donald.mentions)    # the possessor is not the daughter


PARTIES = """MANCHESTER, N.H. (AP) - Hillary Clinton and Donald Trump campaigned in New Hampshire on Saturday.

The Republican nominee told supporters the race was close. The Democratic nominee spoke at a school later in the day.

Mr. Trump mocked a speech given during the Iraq war and said the country was not safe during the president's tenure.
"""


def test_a_party_word_in_a_description_picks_that_partys_person(run):
    art = run(PARTIES, published="2016-09-10")
    assert at(art, PARTIES, "The Republican nominee").name == "Donald Trump"
    assert at(art, PARTIES, "The Democratic nominee").name == "Hillary Clinton"
    president = at(art, PARTIES, "the president")                       # not Iraq's: `the Iraq war` is a topic
    assert president is None or president.country != "IRQ"


LEADER = """JERUSALEM (AP) - Israeli Prime Minister Benjamin Netanyahu will meet the visiting senators this month, officials said.

The Israeli leader often meets members of Congress.
"""


def test_the_leader_is_the_head_of_government_named_in_the_article(run):
    art = run(LEADER, published="2015-12-10")
    assert at(art, LEADER, "The Israeli leader").name == "Benjamin Netanyahu"


TITLES = """CAPE TOWN, South Africa (AP) - In Cape Town, South Africa, provincial police spokesman Capt. Rod Beer said the suspect was detained at the port.

Japanese journalist and author Hiro Aida told reporters the detention shocked him. The man once worked for Saudi radical Osama bin Laden, NYPD Commissioner James O’Neill said. O'Neill did not say more.

Beck often calls the Texas senator "the next George Washington" in his broadcasts.
"""


def test_titles_ranks_demonyms_and_appositions(run):
    art = run(TITLES, published="1999-10-08")
    beer = at(art, TITLES, "Rod Beer")
    assert (beer.country, beer.sector) == ("ZAF", "COP")               # `Capt.` split from its sentence
    aida = at(art, TITLES, "Hiro Aida")
    assert (aida.country, aida.sector) == ("JPN", "MED")               # `journalist and author`
    assert at(art, TITLES, "Osama bin Laden").country == "SAU"         # the demonym before a lexicon person
    oneill = at(art, TITLES, "O'Neill")
    assert oneill is at(art, TITLES, "James O’Neill") or oneill.id == at(art, TITLES, "James O’Neill").id
    assert oneill.sector == "COP"
    senator = at(art, TITLES, "the Texas senator")
    assert senator is None or "Washington" not in senator.name         # no apposition across a quotation mark


# ---------------------------------------------------------------- pronouns with no subject to decide (issue 11)
INTERVIEW = """BURLINGTON, Vt. (AP) - Last month, when I asked Senator Tom Aldridge if he would back the bill, he looked into my camera and laughed.

Local reporters met Aldridge's father on Sunday. He said the family was proud.
"""


def test_a_he_with_no_subject_takes_the_one_person_named_near_it(run):
    import re

    art = run(INTERVIEW, published="2016-07-25")
    aldridge = actor_named(art, "Aldridge")
    he = [m.start() for m in re.finditer(r"\b[Hh]e\b", INTERVIEW)]

    def linked(start):
        return next((a.id for a in art.actors for m in a.mentions if (m.start, m.end) == (start, start + 2)), None)
    assert linked(he[0]) == aldridge.id                                # `if he would`: the one person named
    assert linked(he[1]) == aldridge.id                                # `I` is never `he`
    assert linked(he[2]) is None                                       # `Aldridge's father ... He`: not Aldridge


# ---------------------------------------------------------------- groups, outlets and unnamed staff (issue 11)
BODIES = """ALBANY, N.Y. (AP) - New York's legislature passed the bill on Monday, and the Ohio legislature is expected to follow.

Republican leaders said they would fight it in the courts. Congressional leaders did not comment. The chairman of the Democratic Party said he was pleased. Harmon's press secretary said the senator would vote no.

The Cape Argus newspaper in Cape Town first reported the vote.
"""


def test_state_bodies_party_groups_outlets_and_staff(run):
    art = run(BODIES, published="2016-09-22")
    ny = at(art, BODIES, "New York's legislature")
    assert (ny.country, ny.sector) == ("USA", "LEG")                   # a US state's body
    ohio = at(art, BODIES, "Ohio legislature")
    assert (ohio.country, ohio.sector) == ("USA", "LEG")
    rep = at(art, BODIES, "Republican leaders")
    assert (rep.country, rep.sector) == ("USA", "PTY")                 # a party word makes them the party's
    assert at(art, BODIES, "Congressional leaders").sector == "LEG"
    assert at(art, BODIES, "The chairman").sector == "PTY"             # a weak title takes its organisation's sector
    aide = at(art, BODIES, "press secretary")
    assert aide.name == "Harmon's press secretary" and aide.country == "USA"   # someone else, unnamed
    argus = at(art, BODIES, "Cape Argus")
    assert (argus.name, argus.country, argus.sector) == ("Cape Argus", "ZAF", "MED")


KIN = """BUFFALO, N.Y. (AP) - James Kopp was charged on Monday. Kopp's father said his son was innocent, and Slepian's killer may never be found, said Barnett Slepian's widow.

State television said media workers would march. The U.S. military presence in the region is small.
"""


def test_kin_of_a_person_is_someone_else_and_bodies_give_sectors(run):
    art = run(KIN, published="1999-05-06")
    father = at(art, KIN, "Kopp's father")
    assert father.name == "Kopp's father" and (father.country, father.sector) == ("USA", "CVL")
    assert at(art, KIN, "James Kopp").id != father.id
    assert at(art, KIN, "Slepian's killer").sector == "CRM"
    assert at(art, KIN, "media workers").sector == "MED"             # the body before `workers` decides
    mil = at(art, KIN, "U.S. military")
    assert (mil.country, mil.sector) == ("USA", "MIL")


POSTS = """Readers respond to the speech.

"She spoke for all of us," wrote @maple_reader22. An email to info@example.org got no answer.

"No one is above the law." — Paul Ryan (@SpeakerRyan) July 5, 2016
"""


def test_a_handle_is_a_person_with_no_country(run):
    art = run(POSTS, published="2016-07-27")
    handle = at(art, POSTS, "@maple_reader22")
    assert (handle.name, handle.country, handle.sector) == ("@maple_reader22", None, "CVL")
    assert at(art, POSTS, "info@example.org") is None                  # an address is no handle
    assert at(art, POSTS, "@SpeakerRyan").name == "Paul Ryan"          # a named person's own handle


CAMPAIGN = """DES MOINES, Iowa (AP) - Presidential candidate Jill Stein toured the state on Monday. The campaign said she would return.

The Clinton campaign did not comment. Volunteers said the bombing campaign abroad came up in the campaign.
"""


def test_a_candidates_campaign_is_a_party_actor(run):
    art = run(CAMPAIGN, published="2016-09-26")
    assert at(art, CAMPAIGN, "The campaign").code == "USAPTY"             # the subject, with a candidate named
    clinton = at(art, CAMPAIGN, "Clinton campaign")
    assert (clinton.name, clinton.sector) == ("Hillary Clinton campaign", "PTY")
    assert at(art, CAMPAIGN, "bombing campaign") is None
    assert at(art, CAMPAIGN, "campaign", 3) is None                      # `in the campaign`: a period


# ---------------------------------------------------------------- coreference cost (linear in the mentions)
def test_mentions_keep_the_order_added_and_count_the_dropped():
    from dateline.extractors.actors.state import Mentions

    m = Mentions()
    for span in [(5, 9), (1, 3), (5, 9), (20, 24)]:
        m.add(span)
    assert m == {(1, 3), (5, 9), (20, 24)} and m.added == [(5, 9), (1, 3), (20, 24)]
    m.discard((1, 3))
    m.discard((7, 8))                               # not there: nothing dropped
    assert m.removed == 1 and (1, 3) not in m
    assert type(m - {(5, 9)}) is set and m - {(5, 9)} == {(20, 24)}


def test_gender_reads_only_the_mentions_added_since_it_last_looked(monkeypatch):
    """Asked for each pronoun, the gender of a person named many times reads each mention once (it was a
    walk over all its mentions at every pronoun: quadratic in a long article); a dropped mention makes it
    read them all again."""
    import importlib

    from dateline.extractors.actors.state import ActorState, Cluster

    coref_mod = importlib.import_module("dateline.extractors.actors.coref")   # the package exports the function

    text = "Mr. Long spoke. " * 50 + "He left. " * 50
    read = []
    real = coref_mod._mention_gender
    monkeypatch.setattr(coref_mod, "_mention_gender", lambda t, s, e: read.append((s, e)) or real(t, s, e))

    class Ctx:
        pass

    ctx = Ctx()
    ctx.text = text
    st = ActorState.__new__(ActorState)
    st.ctx, st.genders = ctx, {}
    c = Cluster(key=("P?", "Long"), name="Long")
    for k in range(50):
        c.mentions.add((16 * k + 4, 16 * k + 8))
    assert coref_mod._gender(st, c) == "M" and len(read) == 50
    for k in range(50):                            # each pronoun linked, then the gender asked again
        s = 800 + 9 * k
        c.mentions.add((s, s + 2))
        assert coref_mod._gender(st, c) == "M"
    assert len(read) == 100
    c.mentions.discard((4, 8))
    assert coref_mod._gender(st, c) == "M" and len(read) == 199


LONG_COREF = "BRUSSELS (AP) - Diplomats met on Monday.\n" + """NATO said on Monday that the alliance would send more troops. \
Saudi Arabia said the kingdom would pay. Anna Petrova said she was pleased. Mrs. Petrova said her staff agreed.
""" * 30


def test_coref_on_a_long_article_links_each_repeated_description_and_pronoun(run):
    """The same actors named again and again (the quadratic case before): every `the alliance` joins NATO,
    every `the kingdom` Saudi Arabia, every `she` and `her` Anna Petrova, as in a short article."""
    art = run(LONG_COREF, published="2024-01-08")
    nato = linked_actor(art, LONG_COREF, "NATO")
    saudi = linked_actor(art, LONG_COREF, "Saudi Arabia")
    petrova = linked_actor(art, LONG_COREF, "Anna Petrova")
    assert None not in (nato, saudi, petrova)
    for nth in (0, 14, 29):
        assert linked_actor(art, LONG_COREF, "the alliance", nth) == nato
        assert linked_actor(art, LONG_COREF, "the kingdom", nth) == saudi
        assert linked_actor(art, LONG_COREF, "she", nth) == petrova
        assert linked_actor(art, LONG_COREF, "her", nth) == petrova


# ---------------------------------------------------------------- classes from the tune2 gold (issue 11, actors4)
CAMPAIGN_AND_COMPANIES = """WASHINGTON (AP) - Former Daily Planet reporter Lois Lane accused Springfield campaign manager Carl Jones of pushing her at a rally.

The Springfield campaign has denied it. Later the campaign said it would not comment, and the news organization that had employed her stood by her. Apple and UPS said they would not fund the Republican convention, and Sen. Ann Smith said the race for the White House was open.

Microsoft said it would not fund the GOP debate. "If my campaign manager had done that, I would fire him," Smith said. The Islamic State claimed nothing. Bloomberg News reported that the terrorists were not found.
"""


def test_campaign_staff_companies_and_contests(run):
    text = CAMPAIGN_AND_COMPANIES
    art = run(text, published="2016-03-15")
    jones = actor_named(art, "Carl Jones")
    assert jones.sector == "PTY"                                   # `campaign manager`: a campaign's, PTY
    lane = actor_named(art, "Lois Lane")
    assert lane.sector == "MED"                                    # a former reporter is still a journalist
    assert at(art, text, "Apple").sector == "BUS" and at(art, text, "UPS").country == "USA"
    assert at(art, text, "Microsoft").sector == "BUS"
    assert at(art, text, "Republican") is None                     # `the Republican convention`: an event
    assert at(art, text, "GOP") is None                            # `the GOP debate`
    assert at(art, text, "White House") is None                    # `the race for the White House`: an office sought
    assert at(art, text, "my campaign manager") is None or at(art, text, "my campaign manager") is not jones
    isis = actor_named(art, "Islamic State")
    assert isis is not None and isis.country is None               # transnational: never the home country
    terrorists = at(art, text, "the terrorists")
    assert terrorists is not None and terrorists.sector == "CRM"


OUTLETS_AND_PEOPLE = """NEW YORK (AP) - Former New York City Mayor Michael Bloomberg is weighing a run, Trump said on NBC's Meet the Press and on CBS’s Face the Nation.

"I would love to compete with Bloomberg," he said. Law-enforcement authorities said the iPhone was not found.
"""


def test_outlet_named_like_a_person_programmes_and_products(run):
    text = OUTLETS_AND_PEOPLE
    art = run(text, published="2016-01-26")
    mike = actor_named(art, "Michael Bloomberg")
    assert at(art, text, "Bloomberg", 1) is mike                   # the surname, not the news agency
    assert at(art, text, "Meet the Press") is None and at(art, text, "Face the Nation") is None
    cbs = at(art, text, "CBS")
    assert cbs is not None and cbs.sector == "MED"                 # the outlet before `'s` stays an actor
    assert at(art, text, "iPhone") is None                         # a product
    assert at(art, text, "Law-enforcement authorities").sector == "COP"


TABLE = """Figures on the dead



NAIROBI, Kenya (AP) _

The following are the latest figures for the dead in the bombings.

KENYA:
Total dead: 192
Americans: 12

TANZANIA:
Total dead: 10
"""


def test_country_headings_are_no_actors_and_phrases_end_at_line_breaks(run):
    art = run(TABLE, published="1998-08-10")
    assert at(art, TABLE, "KENYA") is None and at(art, TABLE, "TANZANIA") is None
    for a in art.actors:
        assert all("\n" not in m.text for m in a.mentions)        # not `192\nAmericans`


LAWMAKERS_AND_TITLES = """Silverman heckles Sanders supporters

WASHINGTON (AP) - Oklahoma Gov. Mary Fallin and Reps. Darrell Issa and Duncan Hunter met Bernie Sanders supporters and other top congressional Republicans on Thursday. House Democrats stayed away.

Retired Army Col. Lawrence Wilkerson said she would be "our next president of the United States." He said Cruz passes the commander-in-chief test.
"""


def test_plural_titles_party_lawmakers_and_offices(run):
    text = LAWMAKERS_AND_TITLES
    art = run(text, published="2016-05-09")
    assert actor_named(art, "Mary Fallin").sector == "GOV"                  # `Gov.`
    assert actor_named(art, "Duncan Hunter").sector == "LEG"                # `Reps. Darrell Issa and Duncan Hunter`
    assert actor_named(art, "Darrell Issa").sector == "LEG"
    reps = at(art, text, "congressional Republicans")
    assert (reps.sector, reps.country) == ("LEG", "USA")                 # lawmakers, not the party
    assert at(art, text, "House Democrats").sector == "LEG"
    assert actor_named(art, "Lawrence Wilkerson").sector == "CVL"           # `Retired ... Col.`: a veteran (session 51)
    assert at(art, text, "United States") is None                       # the country of an office
    assert at(art, text, "commander") is None                           # `commander-in-chief test`
    fans = at(art, text, "supporters", 1)
    assert fans is not None and fans is not actor_named(art, "Bernie Sanders")
    assert at(art, text, "Bernie Sanders").name == "Bernie Sanders"
    assert all(" heckles" not in a.name for a in art.actors)           # a headline's name ends at a lower-case word


JEB = """WASHINGTON (AP) - Rep. Ann Lee became the first lawmaker to back Jeb on Monday.
"""


def test_a_given_name_news_uses_alone(run):
    art = run(JEB, published="2016-01-20")
    assert at(art, JEB, "Jeb").name == "Jeb Bush"                          # the lexicon's alias


CAUSES = """WASHINGTON (AP) - Harassment by anti-abortion groups had become routine. A civil rights group demanded a boycott, and protest groups marched. Operation Rescue, an anti-abortion group, said nothing. The group of friends met.
"""


def test_groups_named_by_their_cause(run):
    art = run(CAUSES, published="1998-10-25")
    anti = at(art, CAUSES, "anti-abortion groups")
    assert anti is not None and anti.sector == "NGO"                     # advocacy groups, as the guide codes them
    assert at(art, CAUSES, "civil rights group").sector == "NGO"
    assert at(art, CAUSES, "protest groups").sector == "OPP"
    assert at(art, CAUSES, "anti-abortion group", 1) is not anti          # an apposition names Operation Rescue
    assert at(art, CAUSES, "group of friends") is None                   # no cause: nobody in particular


AGENCIES = """WASHINGTON (AP) - Green Party candidate Jill Stein spoke on Monday. The F.B.I. and the F.D.I.C. said nothing, and the 6th Circuit ruled. Eastern Airlines closed.
"""


def test_agencies_courts_and_a_lexicon_person_before_the_office(run):
    art = run(AGENCIES, published="2016-07-27")
    stein = actor_named(art, "Jill Stein")
    assert stein.sector == "PTY"                  # people.tsv has her nomination only from August: the title decides
    assert at(art, AGENCIES, "F.B.I.").sector == "COP"
    assert at(art, AGENCIES, "F.D.I.C.").country == "USA"
    assert at(art, AGENCIES, "6th Circuit").sector == "JUD"
    assert at(art, AGENCIES, "Eastern Airlines").sector == "BUS"


HOLLYWOOD = """LOS ANGELES (AP) - Sony and Universal Pictures hired Joel Coen, and Sony said the film would open in May. Warner Bros. agreed. "She's a fighter," Coen said of the producer. The United Steelworkers endorsed nobody.
"""


def test_companies_cast_no_home_country_and_predicates_name_nobody(run):
    art = run(HOLLYWOOD, published="2016-01-18")
    assert at(art, HOLLYWOOD, "Sony").country == "JPN"
    coen = actor_named(art, "Joel Coen")
    assert coen.country in (None, "USA")                 # not Japan because Sony is Japanese
    assert at(art, HOLLYWOOD, "a fighter") is None        # a predicate of `be`
    assert at(art, HOLLYWOOD, "United Steelworkers").sector == "LAB"


HOSTS = """SANDERS TALKS TO USA TODAY
Paris Climate Pact Is One Giant Leap For Humanity
Speaking on Fox News, Donald Trump told Sean Hannity that he would win. Hannity agreed, and Bernie Sanders told USA TODAY the same.
"""


def test_hosts_capital_forms_and_names_within_a_line(run):
    art = run(HOSTS, published="2016-04-26")
    hannity = actor_named(art, "Sean Hannity")
    assert (hannity.country, hannity.sector) == ("USA", "MED")           # a host of people.tsv
    assert at(art, HOSTS, "Hannity", 1) is hannity
    assert at(art, HOSTS, "USA TODAY", 1).sector == "MED"                # the capitals of `USA Today`
    assert all("\n" not in m.text for a in art.actors for m in a.mentions)


SENATORS = """WASHINGTON (AP) - Pat Toomey and Kelly Ayotte said on Tuesday they would not attend the Republican convention. Toomey declined to say more.
"""


def test_senators_of_the_114th_congress(run):
    art = run(SENATORS, published="2016-07-15")
    toomey = actor_named(art, "Pat Toomey")
    assert (toomey.country, toomey.sector) == ("USA", "LEG")
    assert at(art, SENATORS, "Toomey", 1) is toomey
    assert actor_named(art, "Kelly Ayotte").sector == "LEG"


RANKS = """WASHINGTON (AP) - Army Capt. Humayun Khan died in Iraq in 2004, the Pentagon said.
"""


def test_a_service_before_a_rank_is_a_military_title(run):
    art = run(RANKS, published="2016-08-01")
    khan = actor_named(art, "Humayun Khan")
    assert (khan.sector, khan.mentions[0].text) == ("MIL", "Army Capt. Humayun Khan")
    assert not actor_named(art, "Army Capt")                  # not an organisation of its own


NAMESAKE = """BOSTON (AP) - Chris Murphy scored twice as the Bruins beat the Canadiens 4-2 on Saturday night. Murphy said the team played well.
"""
SENATOR_MURPHY = """HARTFORD (AP) - Chris Murphy said on Tuesday that the bill would fail in the Senate. Murphy spoke in Hartford.
"""


def test_a_senators_name_in_a_story_with_no_politics_is_a_namesake(run):
    art = run(NAMESAKE, published="2017-03-01")
    murphy = actor_named(art, "Chris Murphy")
    assert murphy.sector != "LEG" and at(art, NAMESAKE, "Murphy", 1) is murphy
    art = run(SENATOR_MURPHY, published="2017-03-01")
    assert (actor_named(art, "Chris Murphy").country, actor_named(art, "Chris Murphy").sector) == ("USA", "LEG")


AFTER_A_LIST = """DES MOINES, Iowa (AP) - Hillary Clinton, Donald Trump and Ted Cruz campaigned on Sunday.
With eyes on front-runners Trump, Clinton and Cruz, the Texas senator ahead in Iowa polls, the others waited.
"""


def test_an_apposition_after_a_list_is_the_last_ones(run):
    art = run(AFTER_A_LIST, published="2016-01-04")
    assert at(art, AFTER_A_LIST, "the Texas senator") is actor_named(art, "Ted Cruz")
    assert at(art, AFTER_A_LIST, "the Texas senator") is not actor_named(art, "Hillary Clinton")


PAST_OFFICE = """DES MOINES, Iowa (AP) - Hillary Clinton spoke in Iowa on Monday. Critics said the former secretary of state should explain her emails.
"""


def test_a_description_finds_the_articles_person_who_held_that_office_before(run):
    art = run(PAST_OFFICE, published="2016-01-04")
    clinton = actor_named(art, "Hillary Clinton")
    assert clinton.sector == "PTY"
    assert at(art, PAST_OFFICE, "the former secretary of state") is clinton


COMPANIES = """NEW YORK (AP) - The committee asked lenders such as Quorvex, Brindle Capital and Goldman Sachs for money.
Tobacco company Velmora gave nothing. The insurers Castaro, Dunmere and Pelton declined to comment.
"""


def test_names_a_business_noun_introduces_or_lists_with_a_company_are_companies(run):
    art = run(COMPANIES, published="2016-07-01")
    for name in ("Quorvex", "Brindle Capital", "Velmora", "Castaro", "Dunmere", "Pelton", "Goldman Sachs"):
        actor = at(art, COMPANIES, name)
        assert actor is not None and actor.sector == "BUS", name


TITLES_OF_NOW = """DES MOINES, Iowa (AP) - Novelist Brad Korvin spoke on Sunday. "Imagine that," said Ken Dallow. "Not to mention, President Korvin."
Ben Carson hired a fresh campaign manager, retired Army general Bob Dravel, after former campaign manager Barry Bennett quit.
Hillary Clinton spoke in Buffalo. Her top policy aide, Jake Sullivan, calls her plan a model.
"""


def test_a_title_in_a_quote_a_current_post_and_a_pronouns_aide(run):
    art = run(TITLES_OF_NOW, published="2016-01-04")
    assert actor_named(art, "Brad Korvin").sector != "GOV"          # `President Korvin` is a quip in a quote
    assert actor_named(art, "Bob Dravel").sector == "PTY"           # the post held now, not `retired`
    assert actor_named(art, "Barry Bennett").sector == "PTY"        # a former campaign post is no office
    assert actor_named(art, "Jake Sullivan").sector == "PTY"        # `Her` is Clinton: her aide is of her campaign


SEATS_AND_ROLES = """ALBANY, N.Y. (AP) - Hillary Clinton is touting her Senate record upstate, where she represented New York in the Senate from 2001 to 2009.
She cited her work on jobs as a U.S. senator and vowed to guard Social Security. The Senate voted on Tuesday.
"""


def test_a_seat_a_role_and_a_programme_are_no_actors(run):
    art = run(SEATS_AND_ROLES, published="2016-04-14")
    assert at(art, SEATS_AND_ROLES, "Senate") is None              # `her Senate record`
    assert at(art, SEATS_AND_ROLES, "Senate", 1) is None           # `represented the state in the Senate`
    assert at(art, SEATS_AND_ROLES, "a U.S. senator") is None      # a role she had
    assert at(art, SEATS_AND_ROLES, "Social Security") is None
    senate = at(art, SEATS_AND_ROLES, "Senate", 2)                 # `The Senate voted`: the body acting
    assert senate is not None and senate.sector == "LEG"


PRONOUNS = """WASHINGTON (AP) - Senator Tom Harlan met voters in Ohio on Monday. Critics attacked him over the budget.
"I will not give up," Harlan said. "They want me to quit, but he knows I am right," he added, pointing to Mayor Dan Ruiz.
Ruiz praised him. Harlan thanked him.
"""


def test_object_pronouns_and_pronouns_in_quotes(run):
    art = run(PRONOUNS, published="2016-03-01")
    harlan = actor_named(art, "Tom Harlan")
    assert at(art, PRONOUNS, "him") is harlan                     # `Critics attacked him`: the senator named before
    index = actors_mod.ActorIndex(art.actors)
    i = PRONOUNS.index('"I will') + 1                              # `"I will not give up," Harlan said`
    assert index.at(i, i + 1) == harlan.id
    i = PRONOUNS.index("me to quit")
    assert index.at(i, i + 2) == harlan.id
    assert at(art, PRONOUNS, "him", 2) is not harlan              # `Harlan thanked him`: never its own subject


STAFF_TITLES = """WASHINGTON (AP) - Ben Rhodes, Obama's deputy national security adviser, said on Friday that top campaign officials
and Republican strategist Carl Vance disagreed. Big government is not the answer, Vance said.
"""


def test_staff_titles_campaign_groups_and_an_idea(run):
    art = run(STAFF_TITLES, published="2016-04-01")
    assert (actor_named(art, "Ben Rhodes").country, actor_named(art, "Ben Rhodes").sector) == ("USA", "GOV")
    assert at(art, STAFF_TITLES, "top campaign officials").sector == "PTY"
    assert actor_named(art, "Carl Vance").sector == "PTY"
    assert at(art, STAFF_TITLES, "Big government") is None


PARTY_MEMBER = """WASHINGTON (AP) - In Sen. Jeff Sessions' column on Wednesday, the Republican from Alabama blamed the press.
"""


def test_the_republican_is_the_articles_republican_named_before(run):
    art = run(PARTY_MEMBER, published="2016-08-16")
    assert at(art, PARTY_MEMBER, "the Republican") is actor_named(art, "Jeff Sessions")


FOREIGN_PARTY_WORD = """WASHINGTON (AP) - Conservatives in Congress said on Friday that the bill would fail, Sen. Ted Cruz said.
African-American faith leaders met President Obama on Friday.
"""


def test_a_foreign_partys_plural_word_in_another_countrys_story_names_people(run):
    art = run(FOREIGN_PARTY_WORD, published="2016-04-01")
    conservatives = at(art, FOREIGN_PARTY_WORD, "Conservatives")
    assert (conservatives.country, conservatives.sector) == ("USA", "CVL")
    assert at(art, FOREIGN_PARTY_WORD, "faith leaders").sector == "REL"
    art = run("LONDON (AP) - The Conservatives won the election in Britain, Prime Minister David Cameron said.\n",
              published="2016-04-01")
    assert (actor_named(art, "Conservative Party").country, actor_named(art, "Conservative Party").sector) == ("GBR", "PTY")


NAMED_RELATIVE = """CONCORD, N.H. (AP) - Hillary Clinton campaigned hard in the state that made her husband, Bill, a star in 1992.
Dana Whitlock arrived with his son, Ray, on Monday.
"""


def test_a_kin_noun_with_a_given_name_in_apposition_names_the_possessors_relative(run):
    art = run(NAMED_RELATIVE, published="2016-02-10")
    bill = at(art, NAMED_RELATIVE, "Bill")
    assert bill is not None and bill.name == "Bill Clinton" and at(art, NAMED_RELATIVE, "her husband") is bill
    assert at(art, NAMED_RELATIVE, "Ray").name == "Ray Whitlock"


AGENT = """COLUMBUS, Ohio (AP) - A federal judge struck the law down, but the ruling he made was then reversed by an appeals court.
"""


def test_an_unnamed_doer_after_by_is_someone(run):
    art = run(AGENT, published="2016-02-10")
    court = at(art, AGENT, "an appeals court")
    assert court is not None and court.sector == "JUD" and court is not at(art, AGENT, "A federal judge")


MEMBER_OF = """WASHINGTON (AP) - Rep. Tom Marino was the first member of Congress to back the candidate. Congress voted on Friday.
"""


def test_member_of_congress_names_a_seat_not_the_body(run):
    art = run(MEMBER_OF, published="2016-02-24")
    assert at(art, MEMBER_OF, "Congress") is None
    assert at(art, MEMBER_OF, "Congress", 1).sector == "LEG"


POSSESSED_NAME = """NEW YORK (AP) - The movement counts well-known backers, among them National Review’s Jonah Goldberg and the Daily Wire’s Ben Shapiro.
Al Gore will miss the convention at which his former boss’s wife is to take the nomination, his spokeswoman said.
"""


def test_a_name_after_an_organisations_possessive_is_a_person_of_its_sector(run):
    art = run(POSSESSED_NAME, published="2016-05-25")
    goldberg = at(art, POSSESSED_NAME, "Jonah Goldberg")
    assert goldberg.name == "Jonah Goldberg" and goldberg.sector == "MED"
    assert at(art, POSSESSED_NAME, "National Review").name == "National Review"
    shapiro = at(art, POSSESSED_NAME, "Ben Shapiro")
    assert shapiro.name == "Ben Shapiro" and shapiro.sector == "MED"
    wire = at(art, POSSESSED_NAME, "Daily Wire")
    assert wire is not None and wire is not shapiro and wire.sector == "MED"


def test_a_relation_noun_owned_by_his_is_someone_else(run):
    art = run(POSSESSED_NAME, published="2016-07-24")
    boss = at(art, POSSESSED_NAME, "former boss")
    assert boss is not None and boss is not actor_named(art, "Al Gore")


NO_ACTOR_HERE = """WASHINGTON (AP) - White House hopefuls criticized the company, which makes Oreos, as it shifts jobs from the U.S. market.
It was the closest election in U.S. history. She was the first lady, her spouse was the president, and the Merriman Smith award went to a reporter at the Stonewall Inn.
The party last won when it had a Democratic incumbent in the White House. The White House said on Friday it would respond.
"""


def test_seats_places_topics_past_predicates_and_things_named_for_people_are_no_actors(run):
    art = run(NO_ACTOR_HERE, published="2016-07-30")
    for word in ("White House", "U.S.", "Stonewall Inn", "Merriman Smith", "the first lady", "the president"):
        assert at(art, NO_ACTOR_HERE, word) is None, word
    assert at(art, NO_ACTOR_HERE, "U.S.", 1) is None
    assert at(art, NO_ACTOR_HERE, "White House", 1) is None
    said = at(art, NO_ACTOR_HERE, "White House", 2)
    assert said is not None and said.country == "USA"


CREDITS = """Obama: I am optimistic.

BYLINE: Amber Phillips.

Sunday on CNN, President Barack Obama said he thought that voters would say no. The Washington Post reported it first; the Post said more.
Nabisco, which makes Oreos, Chips Ahoy and Nilla Wafers, cut jobs, the @NRA said. Poll: Cruz 42-40.

Follow Pam Key on Twitter @pamkeyNEN.
"""


def test_credit_lines_handles_products_and_short_forms(run):
    art = run(CREDITS, published="2016-09-04")
    phillips = at(art, CREDITS, "Amber Phillips")
    assert phillips is not None and phillips.sector == "MED"
    key = at(art, CREDITS, "Pam Key")
    assert key is not None and key.sector == "MED" and at(art, CREDITS, "@pamkeyNEN") is key
    assert at(art, CREDITS, "Chips Ahoy") is None and at(art, CREDITS, "Nilla Wafers") is None
    assert at(art, CREDITS, "the Post") is at(art, CREDITS, "The Washington Post")
    assert at(art, CREDITS, "@NRA").sector == "NGO"
    assert at(art, CREDITS, "Cruz 42-40") is None or at(art, CREDITS, "Cruz 42-40").name != "Cruz 42-40"


ROLES = """LONDON (AP) - Sadiq Khan was elected as mayor of London in May. Khan spoke on Tuesday.
The victims and their families grieved. The company, whose chief Luther Stan Pate IV spoke, said Pate would stay.
Analysts said voters were angry, and the report urged help for citizens.
"""


def test_titles_after_elect_surnames_before_suffixes_and_kinds_that_are_no_actors(run):
    art = run(ROLES, published="2016-05-11")
    khan = at(art, ROLES, "Khan")
    assert (khan.country, khan.sector) == ("GBR", "GOV")
    assert at(art, ROLES, "their families") is None
    assert at(art, ROLES, "Pate", 1) is at(art, ROLES, "Luther Stan Pate IV")
    assert at(art, ROLES, "citizens") is None


HOST = """WASHINGTON (AP) - President Barack Obama will speak with this year’s entertainer, Larry Wilmore, on Saturday.
Wilmore also enjoys mocking Washington. He is now host of a late-night show. Jon Stewart did not come. Donald Trump said that if he becomes the president, he will not come either.
"""


def test_a_pronouns_copular_title_and_a_former_hosts_profession(run):
    art = run(HOST, published="2016-04-29")
    assert at(art, HOST, "Larry Wilmore").sector == "MED"
    assert at(art, HOST, "Jon Stewart").sector == "MED"       # a host until 2015: still media, not ELI
    assert at(art, HOST, "the president") is None


UNNAMED_MEMBER = """COLUMBUS, Ohio (AP) - A Libertarian won the seat on Tuesday, and a Democrat conceded.
Peter Thiel spoke. A Libertarian, he backed Ron Paul in 2012.
"""


def test_an_unnamed_party_member_is_a_person_of_the_party(run):
    art = run(UNNAMED_MEMBER, published="2016-11-09")
    member = at(art, UNNAMED_MEMBER, "A Libertarian")
    assert member is not None and (member.country, member.sector) == ("USA", "PTY")
    assert at(art, UNNAMED_MEMBER, "a Democrat").sector == "PTY"
    assert at(art, UNNAMED_MEMBER, "A Libertarian", 1) is None


HEADLINE_LEADER = """Burma leader visits Washington.

WASHINGTON - The White House welcomed a delegation on Wednesday, officials said, and the talks went on for hours. Trade, aid and the sanctions that remain were on the agenda, with several cabinet members present for the first session and others joining later in the day.

Aung San Suu Kyi came to the White House as Burma's de facto leader, freed from house arrest six years earlier.
"""


def test_a_headlines_description_without_article_names_the_storys_person(run):
    art = run(HEADLINE_LEADER, title="Burma leader visits Washington.", published="2016-09-16")
    assert at(art, HEADLINE_LEADER, "Burma leader") is at(art, HEADLINE_LEADER, "Aung San Suu Kyi")


PROGRAMME = """WASHINGTON (AP) - Donald Trump tipped Peyton Manning for the title in last Sunday’s talk on CBS Face the Nation.
"""


def test_a_programme_after_its_outlet_in_one_entity_leaves_the_outlet(run):
    art = run(PROGRAMME, published="2016-02-06")
    cbs = at(art, PROGRAMME, "CBS")
    assert cbs is not None and cbs.name == "CBS" and cbs.sector == "MED"
    assert at(art, PROGRAMME, "Face the Nation") is None


DESTINATIONS = """HAVANA (AP) - The boy's family arrived after a crossing from Cuba to Mexico. Khan planned to visit Canada in January. Canada said on Friday it welcomed him.
"""


def test_destinations_after_motion_nouns_and_visits_are_places(run):
    art = run(DESTINATIONS, published="2000-03-28")
    assert at(art, DESTINATIONS, "Mexico") is None
    assert at(art, DESTINATIONS, "Canada") is None
    assert at(art, DESTINATIONS, "Canada", 1) is not None


FORMER_PRESIDENTS = """HOUSTON (AP) - Former President George Bush said on Monday the war had been right. Bush spoke at a dinner.

Secretary of State Hillary Clinton met aides in Washington. Former President Clinton was in Haiti on Sunday.
"""


def test_a_title_chooses_which_lexicon_person_of_a_shared_name(run):
    art = run(FORMER_PRESIDENTS.split("\n\n")[0], published="1999-05-01")
    bush = at(art, FORMER_PRESIDENTS, "George Bush")
    assert bush.name == "George H. W. Bush" and bush.sector == "ELI"     # not the governor of 1999
    art = run(FORMER_PRESIDENTS, published="2010-05-01")
    assert at(art, FORMER_PRESIDENTS, "Clinton", 1).name == "Bill Clinton"
    assert at(art, FORMER_PRESIDENTS, "Hillary Clinton").name == "Hillary Clinton"


SPOUSES = """AKRON, Ohio (AP) - Mark Dwyer and his wife, Linda Dwyer, run a bakery downtown. Dwyer said the shop would stay open.

Hillary Clinton spoke on Monday. President Clinton, her husband, spoke too. Clinton said she would win.
"""


def test_a_bare_surname_is_not_the_spouse_introduced_as_such(run):
    art = run(SPOUSES, published="2016-05-01")
    assert at(art, SPOUSES, "Dwyer", 2).name == "Mark Dwyer"
    assert at(art, SPOUSES, "Clinton", 2).name == "Hillary Clinton"
    assert at(art, SPOUSES, "President Clinton").name == "Bill Clinton"


KIN_SPEAKER = """DAYTON, Ohio (AP) - Jaylen Brooks, 9, was found on Tuesday after two days. "He is a good boy," his mother said.

"He works hard," his father, Ray Brooks, said.
"""


def test_a_relative_known_by_a_pronoun_who_speaks_is_someone_else(run):
    art = run(KIN_SPEAKER, published="2016-05-01")
    mother = at(art, KIN_SPEAKER, "his mother")
    assert mother is not None and mother is not at(art, KIN_SPEAKER, "Jaylen Brooks") and mother.sector == "CVL"
    assert at(art, KIN_SPEAKER, "his father") is at(art, KIN_SPEAKER, "Ray Brooks")


AUTHORITIES = """HAMILTON, Ontario (AP) - Canadian authorities issued an arrest warrant on Monday for a suspect in the sniper shooting.

Ottawa said it would give the refugees visas. Canadian authorities met the families on Tuesday.
"""


def test_authorities_working_a_crime_are_the_police(run):
    art = run(AUTHORITIES, published="1998-11-01")
    assert at(art, AUTHORITIES, "Canadian authorities").sector == "COP"
    assert at(art, AUTHORITIES, "Canadian authorities", 1).sector == "GOV"


WRITERS = """WASHINGTON - Patrick Howley, writing on Breitbart, shared that view. Alicia Powe wrote on Young Conservatives that the list was wrong. Tom Smith wrote in Texas that he was sad.

One BLM activist tweeted a message. A Hamas spokesman said the talks had failed.
"""


def test_who_writes_for_an_outlet_and_who_speaks_for_an_organisation(run):
    art = run(WRITERS, published="2016-03-19")
    assert at(art, WRITERS, "Patrick Howley").sector == "MED"
    assert at(art, WRITERS, "Alicia Powe").sector == "MED"
    assert at(art, WRITERS, "Tom Smith").sector != "MED"            # a place, not an outlet
    activist = at(art, WRITERS, "One BLM activist")
    assert activist.name == "One BLM activist" and (activist.country, activist.sector) == ("USA", "OPP")
    assert (at(art, WRITERS, "A Hamas spokesman").country, at(art, WRITERS, "A Hamas spokesman").sector) == \
        ("PSE", "REB")


SEATS = """WASHINGTON - Rubio said he will focus on his work here in the Senate. The district has no vote in the House. He was elected to the U.S. Senate in 2010 and clashed with Clinton at a 2012 Senate Benghazi hearing.

The Senate voted on Tuesday. Clinton has 40 backers in the United States Senate. Sanders said Brexit was a mistake.
"""


def test_a_legislature_as_a_seat_or_a_place_is_no_actor(run):
    art = run(SEATS, published="2016-04-22")
    assert at(art, SEATS, "Senate") is None
    assert at(art, SEATS, "House") is None
    assert at(art, SEATS, "U.S. Senate") is None
    assert at(art, SEATS, "Senate", 2) is None                      # the hearing's
    assert at(art, SEATS, "Senate", 3) is not None                  # it voted
    assert at(art, SEATS, "United States Senate") is not None       # endorsements: senators
    assert at(art, SEATS, "Brexit") is None                         # non_actors.tsv


PLACES_AND_HANDLES = """LOS ANGELES - The chamber said it would not remove the actor's star on the Walk Of Fame. Plots were found in Waltham Forest in northeast London.

Follow Pam Key on Twitter @pamkeyNEN.
"""


def test_unknown_names_only_as_places_and_a_handle_that_begins_with_a_name(run):
    art = run(PLACES_AND_HANDLES, published="2016-01-01")
    assert at(art, PLACES_AND_HANDLES, "Walk Of Fame") is None
    assert at(art, PLACES_AND_HANDLES, "Waltham Forest") is None
    assert at(art, PLACES_AND_HANDLES, "@pamkeyNEN") is at(art, PLACES_AND_HANDLES, "Pam Key")


NOT_SOMEONE = """DES MOINES, Iowa - Trump vowed: "I will be the greatest jobs president this land has ever seen." Mexico will pay for the wall, he said.

"No president, and not Bernie Sanders, not the greatest president anyone could dream of, can fix it alone," Sanders wrote. The candidates Sanders named in his email thanked him.
"""


def test_roles_someone_may_take_and_plural_or_negated_appositions_name_nobody(run):
    art = run(NOT_SOMEONE, published="2016-02-09")
    assert at(art, NOT_SOMEONE, "the greatest jobs president") is None
    sanders = at(art, NOT_SOMEONE, "Bernie Sanders")
    for words in ("No president", "the greatest president", "The candidates"):
        assert at(art, NOT_SOMEONE, words) is not sanders


PLURAL_SPEAKER = """CHICAGO - Sen. John McCain questioned it last year. "He is a natural-born citizen," the lawyers said.

America needs very strong leadership, Pence said. The court said Congress had no authority over it.
"""


def test_a_plural_speaker_is_not_the_person_and_qualities_are_no_bodies(run):
    art = run(PLURAL_SPEAKER, published="2016-02-02")
    assert at(art, PLURAL_SPEAKER, "the lawyers") is not at(art, PLURAL_SPEAKER, "John McCain")
    assert at(art, PLURAL_SPEAKER, "leadership") is None
    assert at(art, PLURAL_SPEAKER, "authority") is None


STAFF_NAMED = """Donald Trump spoke in Iowa. Jeff Weaver, Sanders’ campaign manager, said it would work. Bernie Sanders won.
"""


def test_a_possessed_staff_title_in_apposition_is_the_named_person(run):
    art = run(STAFF_NAMED, published="2016-02-09")
    weaver = at(art, STAFF_NAMED, "Jeff Weaver")
    assert at(art, STAFF_NAMED, "campaign manager") is weaver and (weaver.country, weaver.sector) == ("USA", "PTY")


NEXT_AND_CALLINGS = """NEW YORK - Trump will be the next president, Scarborough said. The eventual nominee will need the party.

"I," said the moderator. MSNBC host Mika Brzezinski asked about the race. "He will lose," the presidential candidate said.
"""


def test_future_holders_name_nobody_and_a_host_is_no_candidate(run):
    art = run(NEXT_AND_CALLINGS, published="2016-02-26")
    assert at(art, NEXT_AND_CALLINGS, "the next president") is None
    assert at(art, NEXT_AND_CALLINGS, "The eventual nominee") is None
    host = at(art, NEXT_AND_CALLINGS, "Mika Brzezinski")
    assert host is not None and at(art, NEXT_AND_CALLINGS, "the presidential candidate") is not host
    assert not any(a.name == "I" for a in art.actors)


def test_an_interrogative_description_names_nobody(run):
    text = "PARIS - Marine Le Pen was asked which U.S. candidate she preferred. She said Hillary Clinton would lose.\n"
    art = run(text, published="2016-08-31")
    assert at(art, text, "which U.S. candidate") is None


PAST_TENSE_OFFICE = """MONTPELIER, Vt. - Jane Rook said on Monday that the race would tighten. Rook was governor of Vermont from 1983 to 1989.

Tom Vale was the co-founder of a software company, and he backs the senator.
"""


def test_an_office_held_in_the_past_tense_is_former_a_business_role_is_not(run):
    art = run(PAST_TENSE_OFFICE, published="2016-04-26")
    assert at(art, PAST_TENSE_OFFICE, "Jane Rook").sector == "ELI"
    assert at(art, PAST_TENSE_OFFICE, "Tom Vale").sector != "ELI"


FORMER_UNNAMED = """ATLANTA (AP) - The former U.S. President said on Monday the boy should go home. Former President Carter's center issued a statement.
"""


def test_a_former_office_holder_is_no_state_and_a_title_picks_a_surname(run):
    art = run(FORMER_UNNAMED, published="2000-04-06")
    former = at(art, FORMER_UNNAMED, "The former U.S. President")
    assert former is not None and former.sector == "ELI" and former.name != "United States"
    assert at(art, FORMER_UNNAMED, "U.S.") is former
    assert at(art, FORMER_UNNAMED, "Former President Carter").name == "Jimmy Carter"


WIFE_BY_TITLE = """AMHERST, N.Y. (AP) - Dr. Paul Ardent was shot at his home. His wife, Lynne, and their sons were in the kitchen. Ardent, 52, was a physician. Mrs. Ardent called police.
"""


def test_mrs_and_a_surname_is_the_wife_named_by_her_given_name(run):
    art = run(WIFE_BY_TITLE, published="1998-10-25")
    wife = at(art, WIFE_BY_TITLE, "Lynne")
    assert wife.name == "Lynne Ardent"
    assert at(art, WIFE_BY_TITLE, "Ardent", 2) is wife                 # Mrs. Ardent
    assert at(art, WIFE_BY_TITLE, "Ardent", 1) is at(art, WIFE_BY_TITLE, "Paul Ardent")


POLICE_BODIES = """CHARLOTTE, N.C. - The city's police department released the video on Saturday. The Charlotte Police Department said it would review the case.
"""


def test_a_citys_police_department_is_police(run):
    art = run(POLICE_BODIES, published="2016-09-26")
    assert at(art, POLICE_BODIES, "police department").sector == "COP"
    assert at(art, POLICE_BODIES, "Charlotte Police Department").sector == "COP"


LAWS_AND_CUT_TITLES = """WASHINGTON - Judicial Watch filed a Freedom of Information lawsuit. Access under FOIA was undermined. 2nd Amendment people have spirit. Weeks ahead of the New York Primary, the candidates spoke.

They tried to overthrow Syrian Pres. Bashar al-Assad.
"""


def test_laws_contests_and_a_title_cut_from_its_name_are_no_actors(run):
    art = run(LAWS_AND_CUT_TITLES, published="2016-06-20")
    for words in ("Freedom of Information", "FOIA", "2nd Amendment", "New York Primary"):
        assert at(art, LAWS_AND_CUT_TITLES, words) is None, words
    assert at(art, LAWS_AND_CUT_TITLES, "Syrian Pres") is None or \
        at(art, LAWS_AND_CUT_TITLES, "Syrian Pres") is at(art, LAWS_AND_CUT_TITLES, "Bashar al-Assad")


def test_a_state_body_before_a_facility_is_a_place(run):
    text = "BEIRUT - The bombing of a U.S. Marine barracks near Beirut in 1983 killed 241. He flew to an Air Force base.\n"
    art = run(text, published="2016-06-30")
    assert at(art, text, "U.S. Marine") is None
    assert at(art, text, "Air Force") is None


SPOUSE_BY_PRONOUN = """DES MOINES, Iowa - Heidi Cruz campaigned in Iowa. Her husband, Sen. Ted Cruz, was in Texas. Cruz said he would win.

Mark Dwyer and his wife, Linda Dwyer, run a bakery in Akron. Dwyer said she was tired.
"""


def test_a_bare_surname_agrees_with_the_pronoun_of_its_clause(run):
    art = run(SPOUSE_BY_PRONOUN, published="2016-01-30")
    assert at(art, SPOUSE_BY_PRONOUN, "Cruz", 2).name == "Ted Cruz"
    assert at(art, SPOUSE_BY_PRONOUN, "Dwyer", 2).name == "Linda Dwyer"


PLACED_DESCRIPTION = """WASHINGTON - Ohio Gov. John Kasich spoke. Later, the governor of New Jersey, Chris Christie, said he backed Trump. The Ohio governor disagreed.
"""


def test_a_place_in_a_description_picks_the_person_named_with_it(run):
    art = run(PLACED_DESCRIPTION, published="2016-03-01")
    assert at(art, PLACED_DESCRIPTION, "The Ohio governor") is at(art, PLACED_DESCRIPTION, "John Kasich")


TYPESET = """WASHINGTON - Former Maryland Gov. Martin O’Malley spoke on Tuesday. O’Malley said he would stay in the race. Lawyers said it was for the next administration to decide.
"""


def test_a_typeset_apostrophe_and_a_state_before_a_title(run):
    art = run(TYPESET, published="2015-12-02")
    omalley = at(art, TYPESET, "Martin O’Malley")
    assert omalley.name == "Martin O'Malley" and omalley.sector == "PTY"   # the lexicon's candidate
    assert at(art, TYPESET, "Maryland") is omalley                        # the state of the title, in the mention
    assert at(art, TYPESET, "the next administration") is None


THEY_PAST_A_BODY = """MIAMI - The Miami relatives have left unclear whether they will give up the boy, and have stirred passions against the Justice Department in South Florida. In hopes of trumping the law, they have demanded a panel of doctors.
"""


def test_they_is_not_blocked_by_a_singular_body_named_between(run):
    art = run(THEY_PAST_A_BODY, published="2000-04-06")
    relatives = at(art, THEY_PAST_A_BODY, "The Miami relatives")
    assert at(art, THEY_PAST_A_BODY, "they", 1) is relatives
