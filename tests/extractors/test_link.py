"""The linking stage: events' places, dates and casualty sizes, counts' events, shared by one happening."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.extractors.casualties import extract_casualties
from dateline.extractors.link import link
from dateline.extractors.places import extract_places
from dateline.records import TimeExpression
from tests.helpers import at, event, place_mentioned, place_named


def linked(ctx, events, dates=()):
    """(events, places, casualties) after the linking stage, on the parse's own places and counts."""
    places, mentions = extract_places(ctx, [])
    casualties = extract_casualties(ctx, [], list(dates))
    events, casualties = link(ctx, list(events), dates=list(dates), places=mentions, casualties=casualties)
    return events, places, casualties


def test_country_named_as_actor_is_listed_but_is_no_events_place(ctx_of):
    ctx = ctx_of("\n\nRussia condemned the bombing on Monday.")
    ev = event(ctx, "bombing")
    (ev2,), places, _ = linked(ctx, [ev])
    assert place_named(places, "Russia") is not None
    assert ev2.place is None



def test_event_gets_the_place_of_its_locative_phrase(ctx_of):
    ctx = ctx_of("\n\nThe envoys met in Moscow on Monday. Rebels attacked a convoy, the army said.")
    met, attacked = event(ctx, "met", "CONSULT"), event(ctx, "attacked")
    (met2, attacked2), places, _ = linked(ctx, [met, attacked])
    assert met2.place == place_named(places, "Moscow").id
    assert attacked2.place is None               # no place in its sentence: not the dateline's, not Moscow


def test_same_happening_shares_its_place(ctx_of):
    ctx = ctx_of("\n\nThe massacre in Houla shocked the world. Diplomats said the massacre would change the debate.")
    first, second = event(ctx, "massacre"), event(ctx, "massacre", nth=1)
    (a, b), places, _ = linked(ctx, [first, second])
    assert a.place == b.place == place_named(places, "Houla").id


def test_event_in_a_relative_clause_takes_the_place_of_its_noun(ctx_of):
    ctx = ctx_of("\n\nThe bombing in Kandahar drew condemnation. Envoys discussed last week's bombing "
                 "in which 20 people were killed.")
    killed = event(ctx, "killed")
    (k,), places, _ = linked(ctx, [killed])
    kandahar = place_mentioned(places, "Kandahar")
    assert kandahar.country == "AF" and k.place == kandahar.id


def test_relative_clause_of_an_unplaced_noun_gives_no_place(ctx_of):
    ctx = ctx_of("\n\nEnvoys in Geneva discussed the raid in which 20 people were killed.")
    killed = event(ctx, "killed")
    (k,), _, _ = linked(ctx, [killed])
    assert k.place is None


def test_a_name_modifying_a_verbal_event_is_a_party_not_its_place(ctx_of):
    ctx = ctx_of("\n\nAllies questioned the Mexico agreement, while the Mexico protest drew thousands.")
    agreement, protest = event(ctx, "agreement", "AGREE"), event(ctx, "protest", "PROTEST")
    (a, p), places, _ = linked(ctx, [agreement, protest])
    assert a.place is None and p.place == place_named(places, "Mexico").id


def test_the_town_of_and_a_shelled_place(ctx_of):
    ctx = ctx_of("\n\nRebels attacked a checkpoint in the town of Zugdidi. Tanks shelled the city of Homs on Friday. "
                 "Clashes erupted in Idlib province.")
    attacked, shelled, clashes = event(ctx, "attacked"), event(ctx, "shelled"), event(ctx, "Clashes")
    (a, s, c), places, _ = linked(ctx, [attacked, shelled, clashes])
    assert a.place == place_named(places, "Zugdidi").id
    assert s.place == place_named(places, "Homs").id
    assert c.place == place_mentioned(places, "Idlib").id


def test_on_a_party_is_no_place_but_on_a_town_is(ctx_of):
    ctx = ctx_of("\n\nTurkey called on Russia to rein in the militias. The two envoys met in Moscow on Tuesday. "
                 "Gunmen fired on the city of Aleppo.")
    called, met, fired = event(ctx, "called", "REQUEST"), event(ctx, "met", "CONSULT"), event(ctx, "fired")
    (c, m, f), places, _ = linked(ctx, [called, met, fired])
    assert place_named(places, "Russia") is not None           # still listed as a place mention
    assert c.place is None
    assert m.place == place_named(places, "Moscow").id
    assert f.place == place_mentioned(places, "Aleppo").id


def test_event_of_the_sentence_gets_its_size(ctx_of):
    ctx = ctx_of("\n\nGunmen attacked the market, and at least 12 people were killed. Talks resumed on Monday.")
    attack, talks = event(ctx, "attacked"), event(ctx, "Talks", "CONSULT")
    (a, t), _, cs = linked(ctx, [attack, talks])
    assert (a.dead, t.dead) == (12, None)
    assert cs[0].event == 0


def test_same_happening_shares_its_counts(ctx_of):
    ctx = ctx_of("\n\nThe massacre shocked the world. At least 30 people were killed in the massacre, "
                 "a monitor said. Officials blamed militia for the massacre.")
    evs = [event(ctx, "massacre", nth=i) for i in range(3)]
    new, _, _ = linked(ctx, evs)
    assert [e.dead for e in new] == [30, 30, 30]


def test_unrelated_event_types_get_no_size(ctx_of):
    ctx = ctx_of("\n\nThe envoy urged restraint after 20 people were killed.")
    urged = event(ctx, "urged", "REQUEST")
    (u,), _, cs = linked(ctx, [urged])
    assert cs[0].killed == 20 and cs[0].event is None and u.dead is None


def test_event_in_a_relative_clause_shares_counts_with_its_noun(ctx_of):
    ctx = ctx_of("\n\nThe massacre shocked the world. Envoys discussed the massacre in which 40 people were killed.")
    massacre, killed = event(ctx, "massacre"), event(ctx, "killed")
    (m, k), _, _ = linked(ctx, [massacre, killed])
    assert (m.dead, k.dead) == (40, 40)


def test_event_date_from_its_sentence_else_the_publication_day(ctx_of):
    """(dates49: with the report two days after the Monday, `raided` now goes on at the Monday before it,
    `test_an_act_told_after_a_dated_sentence_takes_its_day`; a report a month later keeps the fallback here.)"""
    text = "\n\nRebels attacked a convoy on Monday. Troops raided the camp."
    ctx = ctx_of(text)
    ctx = dataclasses.replace(ctx, layout=dataclasses.replace(ctx.layout, published="2012-06-30"))
    monday = TimeExpression(*at(text, "Monday"), "Monday", "2012-05-28")
    (a, r), _, _ = linked(ctx, [event(ctx, "attacked"), event(ctx, "raided", "COERCE")], [monday])
    assert (a.date, r.date) == ("2012-05-28", "2012-06-30")


def test_hypothetical_and_pluperfect_events_take_no_publication_day(ctx_of):
    ctx = ctx_of("\n\nRebels could attack the town. Troops had raided the camp.")
    ctx = dataclasses.replace(ctx, layout=dataclasses.replace(ctx.layout, published="2012-05-30"))
    could = dataclasses.replace(event(ctx, "attack"), hypothetical=True)
    had = dataclasses.replace(event(ctx, "raided", "COERCE"), pluperfect=True)
    (c, h), _, _ = linked(ctx, [could, had])
    assert (c.date, h.date) == (None, None)


def test_noun_places_are_what_a_walk_over_the_mentions_gives_each_noun(ctx_of):
    """speed36c: `_noun_places` (each mention's locus read once) gives every token the place that the walk over the
    mentions for that noun gave: the first mention whose locative phrase (`in`, `near`) or modifier hangs from it."""
    from dateline.extractors.link import _noun_places
    from dateline.extractors.places import locus, place_words
    from dateline.extractors.spans import tokens

    def walk(noun, mentions):
        for m in mentions:
            if m.root is None or m.entry is None:
                continue
            r = locus(m.root)
            if r.dep_ == "pobj" and r.head.lower_ in place_words()["eventprep"] and r.head.head.i == noun.i:
                return m.entry.id
            if r.dep_ in ("compound", "nmod", "poss") and r.head.i == noun.i:
                return m.entry.id
        return None

    ctx = ctx_of("\n\nThe bombing in Kandahar and the Kabul bombing drew condemnation. The massacre near Houla, the "
                 "Homs siege and the raid on Aleppo were discussed in Geneva, where the talks in which envoys met ended.")
    _, mentions = extract_places(ctx, [])
    places = _noun_places(mentions)
    assert len(places) >= 3
    for t in tokens(ctx.doc):
        assert places.get(t.i) == walk(t, mentions), t.text


def test_event_date_not_from_a_relative_clause_about_a_person(ctx_of):
    """lead42: `X, who was arrested in March, met ... on Friday`: the date of the person's clause is not the meeting's
    (fails before: the date's walk to its head went on through the `who` clause to the event's verb); a clause of the
    trigger itself still dates it (`the raid that began on Monday`)."""
    text = ("\n\nTomas Berg, who was expelled in March, met the rebels in Geneva on Friday. "
            "The raid that began on Monday ended quickly.")
    ctx = ctx_of(text)
    march = TimeExpression(*at(text, "March"), "March", "2012-03")
    friday = TimeExpression(*at(text, "Friday"), "Friday", "2012-05-25")
    monday = TimeExpression(*at(text, "Monday"), "Monday", "2012-05-21")
    (met, raid), _, _ = linked(ctx, [event(ctx, "met", "CONSULT"), event(ctx, "raid", "COERCE")], [march, friday, monday])
    assert (met.date, met.date_from) == ("2012-05-25", "clause")
    assert (raid.date, raid.date_from) == ("2012-05-21", "clause")


def test_count_goes_to_the_event_its_phrase_hangs_from(ctx_of):
    """lead42: `Warplanes struck targets in the valley overnight, killing at least four villagers, after rebels fired
    rockets at the base`: the deaths are the strikes' (the count's phrase hangs from `struck` through `killing`),
    though the rockets' trigger is nearer (fails before: the nearest sized event took them)."""
    text = ("\n\nWarplanes struck targets in the valley overnight, killing at least four villagers, after rebels "
            "fired rockets at the base.")
    ctx = ctx_of(text)
    struck, fired = event(ctx, "struck"), event(ctx, "fired")
    (s, f), _, casualties = linked(ctx, [struck, fired])
    assert [c.killed for c in casualties] == [4]
    assert (s.dead, f.dead) == (4, None)


def test_present_perfect_relative_clause_takes_no_publication_day(ctx_of):
    """lead42: `Egypt, which has mediated past truces, called on both sides to stop`: what an actor has done before the
    story is no act of the day (fails before: the mediation took the publication day); the call keeps it."""
    text = "\n\nEgypt, which has mediated past truces, called on both sides to stop the fighting."
    ctx = ctx_of(text)
    ctx = dataclasses.replace(ctx, layout=dataclasses.replace(ctx.layout, published="2012-05-30"))
    (m, c), _, _ = linked(ctx, [event(ctx, "mediated", "CONSULT"), event(ctx, "called", "REQUEST")])
    assert (m.date, m.date_from) == (None, None)
    assert (c.date, c.date_from) == ("2012-05-30", "published")


def test_date_of_the_object_named_is_not_the_verbs(run):
    """ev44: `condemned the March 3 attack`, `arrested two men over the Jan. 5 bombing`: the date is the attack's, not
    the verb's (fails on main: the condemnation and the arrest were dated March 3 and Jan. 5); the subject's date is
    the act's (`The Aug. 7 bombings killed 200`) and a date after the noun stays the verb's."""
    body = ("Embassy\n\nLONDON (Reuters) - Britain condemned the March 3 attack on its embassy in Kabul. Police "
            "arrested two men over the Jan. 5 bombing of a bus. The Aug. 7 bombings killed more than 200 people.\n")
    art = run(body, published="2026-04-10")
    by = {e.trigger.text: e for e in art.events}
    assert by["condemned"].date != "XXXX-03-03" and by["condemned"].date_from != "clause"
    assert by["arrested"].date != "XXXX-01-05"
    assert by["killed"].date.endswith("-08-07")


def test_a_date_before_the_trigger_noun_is_its_date(run):
    """lead47: a date written before a noun of the trigger's words dates that event, before any other date of its
    clause: `A 1994 statute tightened the 1962 trade embargo` (fails before: 1994, the statute's year, was the
    embargo's), `leaders who led the 1990 marches` (fails before: the sentence's earlier `the late 1970s`)."""
    body = ("Cuba\n\nWASHINGTON (AP) - A 1994 statute named for the senator tightened the 1962 trade embargo "
            "against Cuba. Little bitterness remains from the late 1970s, and the pastors who led the 1990 "
            "protests have retired.\n")
    art = run(body, published="2001-03-02")
    by = {e.trigger.text: e for e in art.events}
    emb = next(e for t, e in by.items() if "embargo" in t)
    assert (emb.date, emb.date_from) == ("1962", "clause")
    led = next(e for t, e in by.items() if "protests" in t)
    assert led.date == "1990"


def test_a_date_before_a_verb_triggers_object_is_not_the_acts_date(run):
    """review47a: lead47's `_noun_own_date` took a date before any noun inside the trigger's words, so a verb trigger
    that holds its object (`lifted the 1960 fuel embargo`, `extended the 2009 truce`) was dated with the object's
    year, not the day the act was done (int47: 1960 and 2009). Only a noun that heads the trigger takes the date
    before it."""
    body = ("Fuel\n\nLIMA (AP) - The cabinet lifted the 1960 fuel embargo on Tuesday. The two militias extended the "
            "2009 truce on Sunday for another month.\n")
    art = run(body, published="2021-06-10")
    dated = {e.trigger.text: e.date for e in art.events}
    lifted = next(d for t, d in dated.items() if t.startswith("lifted"))
    extended = next(d for t, d in dated.items() if t.startswith("extended"))
    assert (lifted, extended) == ("2021-06-08", "2021-06-06"), dated


def test_a_verb_acting_on_an_earlier_thing_does_not_take_its_date(run):
    """lead47 after review47a: `renewed the 2001 sanctions` (no date on the verb) took 2001, the sanctions' year; only
    a verb that does what its noun names (`launched the 2003 invasion`, event_cues `broughtby`) takes the noun's date."""
    body = ("Sanctions\n\nWASHINGTON (AP) - The Treasury renewed the 2001 sanctions against the regime. The army "
            "launched the 2003 invasion from the south.\n")
    art = run(body, published="2005-03-02")
    by = {e.trigger.text: e for e in art.events}
    renewed = next(e for t, e in by.items() if "sanctions" in t)
    assert renewed.date != "2001"
    launched = next(e for t, e in by.items() if "invasion" in t)
    assert launched.date == "2003"


def _dates_by_trigger(run, body, published):
    """{trigger text: (date, date_from)} of the events dateline finds in body."""
    return {e.trigger.text: (e.date, e.date_from) for e in run(body, published=published).events}


def test_a_later_day_does_not_date_a_past_act(run):
    """dates48: `has invited ... to talks in Geneva on June 20` dated the invitation with the talks' day, after the
    report (main: 2023-06-20, clause); an act told in the past is done by the report's day. An act told in the present
    keeps the later day of its clause (`The two delegations meet in Geneva on June 20`)."""
    body = ("Talks\n\nGENEVA (AP) - The foreign minister has invited the leaders of both rebel factions to talks in "
            "Geneva on June 20. The two delegations meet in Geneva on June 20.\n")
    by = _dates_by_trigger(run, body, "2023-06-02")
    assert (by["invited"], by["meet"]) == (("2023-06-02", "published"), ("2023-06-20", "clause"))


def test_the_day_of_a_said_clause_is_not_the_sayings(run):
    """dates48: `warned that the rebels would attack the capital on Friday` dated the warning with the attack's Friday
    (main: clause, 2023-06-09); the day hung on the saying verb stays its date (`warned on Monday that`)."""
    body = ("Warning\n\nKABUL (AP) - The defence minister warned that the rebels would attack the capital on Friday. "
            "The interior minister warned on Monday that the militia would strike again.\n")
    art = run(body, published="2023-06-07")
    warned = [e for e in art.events if e.trigger.text == "warned"]
    assert [(e.date, e.date_from) for e in warned] == [("2023-06-07", "published"), ("2023-06-05", "clause")]


def test_a_happening_named_again_takes_its_stated_day(run):
    """dates48: a definite noun naming again a happening the article dates elsewhere (`The killing of Judge X` in the
    lede, `Gunmen shot X on Saturday night` after it; `The shooting of the judge`) was given the publication day (main:
    published); it takes the stated day, `date_from: happening`. A noun with `a` is a new happening (`reported a
    shooting of a trader`) and keeps the publication day."""
    body = ("Judge\n\nLAGOS (AP) - The killing of Judge Ade Bello has shaken Nigeria's courts. Gunmen shot Bello on "
            "Saturday night outside his home in Ikeja.\n")
    by = _dates_by_trigger(run, body, "2023-06-07")
    assert (by["shot"], by["killing"]) == (("2023-06-03", "clause"), ("2023-06-03", "happening"))
    body = ("Judge\n\nLAGOS (AP) - Gunmen shot a provincial judge on Saturday night outside his home in Ikeja. The "
            "shooting of the judge outraged lawyers across the state. Police also reported a shooting of a trader near "
            "the central market.\n")
    art = run(body, published="2023-06-07")
    shootings = [(e.date, e.date_from) for e in art.events if e.trigger.text == "shooting"]
    assert shootings == [("2023-06-03", "happening"), ("2023-06-07", "published")]


def test_a_named_attack_on_other_victims_keeps_its_own_day(run):
    """review48c: the happening rule matched any earlier attack of the same kind, so `The shooting of four shoppers`
    took the March day of gunmen shooting a teenager, and `His shooting by police` the day officers shot `another man`
    (int48: happening). Victims that differ, or a mention told of another one, are another happening: the noun keeps
    the publication day."""
    body = ("Shots\n\nDAYTON (AP) - The shooting of four shoppers outside a hardware store stunned the suburb. In March, "
            "gunmen shot a teenager dead outside a diner on Elm Road.\n")
    by = _dates_by_trigger(run, body, "2024-08-10")
    assert by["shooting"] == ("2024-08-10", "published") and by["shot"] == ("2024-03", "clause")
    body = ("Shots\n\nDAYTON (AP) - His shooting by police has reopened an old quarrel. Officers shot another man in the "
            "same district on May 3.\n")
    by = _dates_by_trigger(run, body, "2024-08-10")
    assert by["shooting"] == ("2024-08-10", "published") and by["shot"] == ("2024-05-03", "clause")
    body = ("Shots\n\nDAYTON (AP) - Gunmen shot a pastor on Friday night outside his church. Neighbours said fear from the "
            "shooting in southern Ohio kept families indoors.\n")
    by = _dates_by_trigger(run, body, "2024-08-10")
    assert by["shooting"] == ("2024-08-09", "happening")   # a place read as its target names no other victim


def test_an_act_told_after_a_dated_sentence_takes_its_day(run):
    """dates49: an act told in the past with no date of its own, right after a sentence whose main verb a day of the
    week before the report dates, was given the publication day (main: `ordered`, `arrested` 2023-06-07, published);
    the narration goes on at that day (`date_from: narrative`, a new value), through one sentence with no event too."""
    body = ("Border\n\nTIRANA (AP) - The interior ministry on Monday closed the northern border after a clash with "
            "smugglers. The ministry also ordered the arrest of two customs officers.\n")
    by = _dates_by_trigger(run, body, "2023-06-07")
    assert by["ordered the arrest"] == ("2023-06-05", "narrative")
    body = ("Farmers\n\nLYON (AP) - Farmers blocked the ring road around Lyon on Tuesday. They lit fires of straw on the "
            "lanes. Police then arrested 30 farmers and cleared the road.\n")
    by = _dates_by_trigger(run, body, "2023-06-07")
    assert by["arrested"] == ("2023-06-06", "narrative")


def test_a_quoted_present_or_self_placed_act_keeps_the_report_day(run):
    """dates49: the day of the sentence before does not pass to an act in a quotation (the speaker's own time), to one
    a phrase of its own places (`during the civil war`), to a sentence told in the present, nor from a day more than a
    week before the report; each keeps the publication day, but for the act placed `during the civil war`, undated since
    dates51 (an act in an era: `_in_an_era`)."""
    body = ("Town\n\nBEIRUT (AP) - The army shelled the town of Kfar on Sunday. Rebels seized the town from the army "
            "during the civil war. \"We warned the army many times,\" a rebel commander said.\n")
    by = _dates_by_trigger(run, body, "2023-06-07")
    assert by.get("seized", (None, None)) == (None, None)
    assert by.get("warned", ("2023-06-07", "published")) == ("2023-06-07", "published")
    body = ("Court\n\nOSLO (AP) - Police arrested the mayor of Brenna on May 2. Prosecutors also charged his deputy "
            "with fraud.\n")
    by = _dates_by_trigger(run, body, "2023-06-07")
    assert by["arrested"] == ("2023-05-02", "clause") and by["charged"] == ("2023-06-07", "published")


def test_an_attack_told_again_by_a_verb_takes_its_stated_day(run):
    """dates49: `Okafor was shot at 9:40 p.m.` months after `Gunmen shot Okafor on Feb. 3` had the clock time on the
    report's day (main: 2023-06-07T21:40, clause): an attack told again by a past verb, on the same victim and of the
    same kind, with no day of its own takes the day the other mention states, keeping its clock time (`happening`)."""
    body = ("Trial\n\nLAGOS (AP) - Gunmen shot the lawyer Emeka Okafor on Feb. 3 outside his office in Ikeja. A court "
            "has set a date for the trial of two suspects. Okafor was shot at 9:40 p.m. as he locked his car.\n")
    art = run(body, published="2023-06-07")
    shot = [(e.date, e.date_from) for e in art.events if e.trigger.text == "shot"]
    assert shot == [("2023-02-03", "clause"), ("2023-02-03T21:40", "happening")]


def test_an_act_about_a_dated_noun_does_not_take_its_date(run):
    """dates49: `accused three men of the Nov. 4 bombing` (the parse hangs `of` on the object): the date is the
    bombing's, not the accusation's (main: clause, 2022-11-04), as `arrested over the Jan. 5 bombing` already was
    (ev44)."""
    body = "Trial\n\nHALDEN (AP) - Prosecutors accused three men of the Nov. 4 bombing of the bus station.\n"
    by = _dates_by_trigger(run, body, "2023-06-07")
    assert by["accused"][0] != "2022-11-04"


def test_the_day_of_a_saying_does_not_pass_to_the_acts_it_reports(run):
    """dates49: `a police lieutenant said Saturday` dates the saying; the next sentence's reported act (`One bullet hit
    him in the neck, Lt. Cole said`) is Friday night's, so the saying's day does not pass to it (it keeps the
    publication day), nor to an act reported after `also said on Saturday that ...`."""
    body = ("Bar\n\nPHILADELPHIA (AP) - A 60-year-old man was shot Friday night outside a bar in Kingsessing, a police "
            "lieutenant said Saturday. One bullet hit him in the neck, Lt. Dale Cole said. The lieutenant also said on "
            "Saturday that detectives had no suspects. Police arrested a man near the bar, Cole said.\n")
    by = _dates_by_trigger(run, body, "2023-06-04")
    assert by["shot"] == ("2023-06-02", "clause")
    assert by["hit"] == by["arrested"] == ("2023-06-04", "published")


_LEFT_THE_DAY = [   # (body, trigger, its (date, date_from)) published 2023-06-07
    # an act told over an uncounted stretch (`for years`) or after a sentence that tells one (`for days`)
    ("Union\n\nCUENCA (AP) - Police detained the head of a growers' union on Monday in Cuenca. He led marches against "
     "the government for years.\n", "led marches", (None, None)),   # (undated since dates50: an act over a stretch)
    ("Valley\n\nThe prime minister toured the flooded valley on Saturday. Heavy rain lashed the valley for days. The "
     "river burst its banks and destroyed hundreds of homes.\n", "destroyed", ("2023-06-07", "published")),
    ("Market\n\nTraders shut the central market in Kaduna on Monday. They protested every week against the new levy.\n",
     "protested", ("2023-06-07", "published")),
    # a counted term is no stretch of the act: the sentencing goes on at the day told before
    ("Arson\n\nA court in Tarrow convicted two brothers of arson on Friday. The judge sentenced them to 12 years.\n",
     "sentenced", ("2023-06-02", "narrative")),
    # an act an adverb tells as earlier (`previously`), or told after a sentence that does
    ("Mayor\n\nPolice detained the mayor of Velka on Monday. He previously attacked the police chief in a speech.\n",
     "attacked", ("2023-06-07", "published")),
    ("Talks\n\nThe talks in Lugano collapsed on Tuesday. The two sides previously met in Graz. They agreed on a "
     "truce.\n", "agreed", ("2023-06-07", "published")),
    # a sequence on the day (`first fired ... then arrested`) still takes it
    ("Raid\n\nPolice raided a depot in Torun on Monday. Officers first fired tear gas. They then arrested nine men.\n",
     "arrested", ("2023-06-05", "narrative")),
]


@pytest.mark.parametrize("body,trigger,dated", _LEFT_THE_DAY)
def test_an_act_told_as_earlier_or_over_a_stretch_keeps_the_report_day(run, body, trigger, dated):
    """review49b: an act whose sentence tells an uncounted stretch or a repeated time (`for years`, `every week`) or
    that an adverb tells as earlier (`previously`, `once`: a jump back in the story) is no act of the day the sentence
    before set, nor is one told after such a sentence (the narration left the day); int49 gave the published rows
    that day (`narrative`). The `narrative` rows are controls that must keep it."""
    assert _dates_by_trigger(run, body, "2023-06-07")[trigger] == dated


def test_an_attack_told_as_repeated_is_not_the_earlier_one(run):
    """review49b: `Gunmen shot Okafor again` is a new attack on the same victim, not the Feb. 3 one told again: it
    keeps the publication day (int49: 2023-02-03, `happening`)."""
    body = ("Lawyer\n\nLAGOS (AP) - Gunmen shot the lawyer Emeka Okafor on Feb. 3 outside his office. A court has "
            "set a trial date. Gunmen shot Okafor again as he left the clinic.\n")
    shot = [(e.date, e.date_from) for e in run(body, published="2023-06-07").events if e.trigger.text == "shot"]
    assert shot == [("2023-02-03", "clause"), ("2023-06-07", "published")]


_REPORTER = ("Reporter\n\nACCRA (AP) - The killing of the reporter Ama Okafor has shocked the country. Police beat "
             "Okafor at a rally in January.")


@pytest.mark.parametrize("more,killing", [
    (" On Monday, gunmen shot her dead outside her home in Tema.", ("2023-06-05", "happening")),
    # a verb of dying joined to the attack's verb tells the death too (review50c; int50: 2023-01)
    (" On Monday, she was shot outside her home in Tema and died in hospital.", ("2023-06-05", "happening")),
    ("", ("2023-01", "happening")),      # (no mention tells the death: the nearest, as before)
])
def test_the_killing_named_again_takes_the_day_of_a_mention_that_tells_the_death(run, more, killing):
    """dates50: `The killing of Okafor` took the day of the nearest mention of an attack on Okafor, an earlier beating
    (main: 2023-01, happening); a noun that tells a death takes the day of a mention that tells one (`shot her dead`,
    `stabbed to death`, `murdered`) when there is one, else the nearest as before."""
    by = _dates_by_trigger(run, _REPORTER + more + "\n", "2023-06-07")
    assert (by["killing"], by["beat"]) == (killing, ("2023-01", "clause"))


_STRETCHES = [   # (body, trigger, its (date, date_from)) published 2023-06-07
    # a counted stretch with `for` on the act's verb: no day of the narration, no publication day
    ("Rebel\n\nSoldiers captured the rebel commander Ilan Voss near Breda on Monday. Voss led raids on army posts "
     "for a decade.\n", "led raids", (None, None)),
    ("Council\n\nOpposition councillors in Tarn walked out of a council meeting on Tuesday. They boycotted the "
     "council for two years.\n", "boycotted", (None, None)),
    ("Arrests\n\nFor weeks, police have arrested protesters in the capital.\n", "arrested", (None, None)),
    # a term the verb gives is told on the day; a stretch of days or of hours is no stretch of weeks
    ("Fraud\n\nA court in Lome convicted the former minister Kossi Amah of fraud on Monday. The judge jailed him for "
     "ten years.\n", "jailed", ("2023-06-05", "narrative")),
    ("Veto\n\nOver the past few days, the administration has threatened a veto.\n", "threatened",
     ("2023-06-07", "published")),
    # sending for a term and an accord for one are acts of one day (event_cues `term`; review50c: undated on int50)
    ("Border\n\nRIGA (AP) - The ministry deployed 2,000 troops to the eastern border for six months.\n", "deployed",
     ("2023-06-07", "published")),
    ("Buses\n\nOSLO (AP) - The company agreed a contract for five years with the city.\n", "agreed",
     ("2023-06-07", "published")),
]


@pytest.mark.parametrize("body,trigger,dated", _STRETCHES)
def test_an_act_told_over_weeks_or_more_takes_no_day(run, body, trigger, dated):
    """dates50: an act told over a stretch of weeks or more (`for a decade`, `for two years`, `For weeks`; `for`,
    `over`, `throughout` on its verb) is no act of one day: main gave it the day the sentence before set (`narrative`)
    or the publication day; it is undated (TimeML anchors it in no day). The term a verb gives (`jailed him for ten
    years`) and a stretch of days are controls that keep their day."""
    assert _dates_by_trigger(run, body, "2023-06-07")[trigger] == dated


def test_the_fatal_and_term_cues_load():
    """dates50's word classes of event_cues.tsv: words that tell a death, and verbs whose `for` stretch is a term."""
    from dateline.extractors.events.lexicon import load

    cues = load().cues
    assert {"kill", "murder", "killing", "dead", "fatally", "die"} <= cues["fatal"] and "beat" not in cues["fatal"]
    assert {"sentence", "jail", "ban", "deploy", "agree"} <= cues["term"] and "lead" not in cues["term"]


_REACTIONS = [   # (body, trigger, its (date, date_from)) published 2023-06-07, a Wednesday
    # a noun subject of a verb of its aftermath, or object of one of reaction: the day a mention of the act states
    ("Dockers\n\nThe arrest of union leader Ana Bricq sparked a walkout at the port of Sete on Tuesday. Police detained "
     "Bricq at her flat on Saturday.\n", "arrest", ("2023-06-03", "happening")),
    ("Vigil\n\nThe murder of the lawyer Ben Osei drew hundreds to a vigil in Accra on Monday. A gunman shot Osei dead "
     "outside a court on Friday.\n", "murder", ("2023-06-02", "happening")),
    ("Depot\n\nThe attack on the Lund depot prompted an emergency meeting of ministers on Tuesday. Gunmen attacked the "
     "depot late on Sunday.\n", "attack", ("2023-06-04", "happening")),
    # controls: no mention states a day; the mention is of other victims; the noun's own date; no verb of aftermath
    ("Ibadan\n\nThe arrest of the activist Femi Ade sparked protests in Ibadan on Tuesday.\n", "arrest",
     ("2023-06-06", "clause")),
    ("Farmer\n\nThe killing of the farmer Ode Ali drew hundreds to his village on Monday. Gunmen shot dead two herders "
     "near the river on Sunday.\n", "killing", ("2023-06-05", "clause")),
    ("Post\n\nThe attack on Sunday prompted an emergency meeting on Tuesday. Gunmen attacked the post again on "
     "Monday.\n", "attack", ("2023-06-04", "clause")),
    # a mention of an earlier act: a year only, or a day long before (review51b; dates51: 2019, 2017-05-02)
    ("Depot\n\nThe attack on the Vell depot prompted an emergency meeting of ministers on Tuesday. Gunmen had attacked "
     "the depot in 2019 as well.\n", "attack", ("2023-06-06", "clause")),
    ("Market\n\nThe arrest of the trader Omar Venn led to a strike at the market on Monday. Police had detained Venn on "
     "May 2, 2017, over unpaid taxes.\n", "arrest", ("2023-06-05", "clause")),
]


@pytest.mark.parametrize("body,trigger,dated", _REACTIONS)
def test_an_act_named_by_its_aftermath_takes_its_stated_day(run, body, trigger, dated):
    """dates51: a definite noun of an attack or an arrest that is the subject of a verb of its aftermath (`sparked`,
    `drew`, `prompted`) took that verb's day from its clause (main: the walkout's Tuesday, the vigil's Monday, the
    meeting's Tuesday); it takes the day a mention of the same act states (the same person, or the same kind on the
    same target), not after the verb's day, nor more than a month before it (review51b). The controls keep their
    clause day."""
    assert _dates_by_trigger(run, body, "2023-06-07")[trigger] == dated


def test_the_aftermath_and_reaction_cues_load():
    """dates51's word classes of event_cues.tsv: verbs whose subject act came before them, and whose object act did."""
    from dateline.extractors.events.lexicon import load

    cues = load().cues
    assert {"spark", "prompt", "draw", "lead", "bring"} <= cues["aftermath"] and "kill" not in cues["aftermath"]
    assert {"condemn", "mourn", "investigate"} <= cues["reaction"] and "attack" not in cues["reaction"]
    assert {"war", "regime", "junta"} <= cues["era"] and "protest" not in cues["era"]
    assert {"government", "rule"} <= cues["eraruler"] and "rule" not in cues["era"]


_ERAS = [   # (body, trigger, its (date, date_from)) published 2023-06-07
    # an act `during` or `under` a stretch of rule or war: background of no day (main: the day told before, or the
    # publication day)
    ("Poet\n\nPolice arrested the poet Lev Dara in Minsk on Monday. Dara was imprisoned for sedition under the former "
     "regime.\n", "imprisoned", (None, None)),
    ("Town\n\nRebels shelled the town of Arta during the civil war.\n", "shelled", (None, None)),
    ("Colony\n\nSoldiers killed hundreds of farmers in the valley under British rule, the report says.\n", "killed",
     (None, None)),
    # controls: a happening of the day, a rule that is no era, a present
    ("Rally\n\nPolice arrested 20 people during the protest, the police said.\n", "arrested",
     ("2023-06-07", "published")),
    ("Banks\n\nRegulators fined two banks under the new rules.\n", "fined", ("2023-06-07", "published")),
]


@pytest.mark.parametrize("body,trigger,dated", _ERAS)
def test_an_act_placed_in_an_era_takes_no_day(run, body, trigger, dated):
    """dates51: a verb told in the past that `during` or `under` places in a stretch of rule or war (event_cues `era`,
    and `eraruler` nouns told as past, someone's or a people's) is background of no day: main gave it the day the
    sentence before set (`narrative`) or the publication day; it is undated, as an act over weeks or more (dates50)."""
    assert _dates_by_trigger(run, body, "2023-06-07")[trigger] == dated


_DATED_NOUNS = [   # (body, trigger, its (date, date_from)) published 2023-06-07
    # a past act in the relative clause of a noun its date is written with (main: the other act's day, or the
    # publication day)
    ("Court\n\nA court in Lagos on Monday jailed two men over the June 2 protest that blocked the bridge.\n",
     "blocked", ("2023-06-02", "clause")),
    ("Memorial\n\nA memorial opened on Sunday for the victims of the 2014 bombing, which killed 40 people.\n", "killed",
     ("2014", "clause")),
    # control: a noun with no date of its own
    ("Court\n\nA court in Lagos on Monday jailed two men over the protest that blocked the bridge.\n", "blocked",
     ("2023-06-07", "published")),
]


@pytest.mark.parametrize("body,trigger,dated", _DATED_NOUNS)
def test_an_act_in_the_relative_clause_of_a_dated_noun_takes_its_date(run, body, trigger, dated):
    """dates51: a trigger told in the past in the relative clause of a noun with a date before it (`the May 2 march
    that blocked the bridge`, `the 2014 bombing, which killed 40`) takes that date; main gave it the publication day
    or the day of the sentence's other act. A noun with no date keeps what main gives."""
    assert _dates_by_trigger(run, body, "2023-06-07")[trigger] == dated
