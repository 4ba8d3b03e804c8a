"""The clustering rule on its own: keys of an article, the lead event, scores and blocks, the cluster summary."""
from __future__ import annotations

import dataclasses
import datetime as dt

from dateline.stories import clusters as cl
from tests.helpers import event, mention
from tests.stories.wire import MARROWBY, WIRE, followup, lookalike, other, wire

WIRE_BODY = WIRE[WIRE.index("\n") + 2:]
KEDDLE = dataclasses.replace(MARROWBY, id="P2", name="Keddle", lat=60.3, lon=5.4, geonameid=9100003)

GIDS = {"A1": 11, "A2": 12}


def key(article, story=None, idx=0):
    return [k for k in cl.keys(article, GIDS, story=story or article.id) if k.idx == idx][0]


def test_keys_take_the_own_date_the_place_and_the_private_persons_named():
    k = key(wire())
    assert (k.family, k.day, k.exact, k.place.name, k.place.from_) == ("violence", dt.date(2031, 9, 13), True,
                                                                       "Marrowby", "event")
    assert k.context == (11,)          # Orrin Tessaly; not the police chief, who has a sector code
    civilian = dataclasses.replace(wire(), actors=tuple(dataclasses.replace(a, country="VLD", sector="CVL")
                                                        if a.id == "A1" else a for a in wire().actors))
    assert key(civilian).context == (11,)
    assert "marrowby" in k.names and "police" not in k.names and "saturday" not in k.names


def test_an_own_date_after_the_report_is_not_used():
    a = wire()
    late = dataclasses.replace(a, events=(dataclasses.replace(a.events[0], date="2031-12-25"),))
    k = key(late)
    assert not k.exact and k.day == dt.date(2031, 9, 14)


def test_a_day_another_mention_of_the_happening_states_is_the_events_own():
    """dates48: an attack named again (`the shooting`) dated by another mention (`date_from: happening`) clusters on
    that day, as a clause's date does (fails before: the publication day, not exact)."""
    a = wire()
    again = dataclasses.replace(a, events=(dataclasses.replace(a.events[0], date="2031-09-12", date_from="happening"),))
    k = key(again)
    assert k.exact and k.day == dt.date(2031, 9, 12)


def test_a_day_the_narration_carries_is_the_events_own():
    """dates49: an act dated by the day the sentence before set (`date_from: narrative`) clusters on that day, as a
    clause's date does (fails before the clusters knew the value: the publication day, not exact)."""
    a = wire()
    told = dataclasses.replace(a, events=(dataclasses.replace(a.events[0], date="2031-09-12", date_from="narrative"),))
    k = key(told)
    assert k.exact and k.day == dt.date(2031, 9, 12)


def test_lead_event_prefers_violence_in_the_headline_or_lede():
    a = wire()
    text = a.text
    said = event(text, "said", "ACCUSE", 3, confidence=0.5)
    reordered = dataclasses.replace(a, events=(said, *a.events))
    assert cl.lead_event(reordered) == 1          # 'killed' in the lede, not 'said' before it in the list
    assert cl.lead_event(dataclasses.replace(a, events=(said,))) == 0
    assert cl.lead_event(dataclasses.replace(a, events=())) is None


def test_the_same_town_and_day_join_another_town_is_blocked():
    c = cl.opened(key(wire()))
    assert cl.decide(key(other()), c).joins
    d = cl.decide(key(lookalike()), c)
    assert not d.joins and "different towns" in d.why()


def test_own_dates_too_far_apart_block():
    a = wire()
    moved = dataclasses.replace(a, id="x", events=(dataclasses.replace(a.events[0], date="2031-09-06"),),
                                published="2031-09-07")
    d = cl.decide(key(moved), cl.opened(key(a)))
    assert d.blocked and "days apart" in d.blocked


def test_a_followup_needs_a_shared_named_actor():
    c = cl.opened(key(wire()))
    assert cl.decide(key(followup()), c).joins
    alone = dataclasses.replace(followup(), actors=())
    assert cl.decide(cl.keys(alone, {}, story="court-1")[0], c).blocked == "a follow-up with no shared named actor"


def test_a_verbal_act_reported_weeks_later_is_another_act_not_a_follow_up():
    """Statement clusters grew to 100 articles of a year's campaign news: each report weeks later joined as a
    'follow-up' through one shared name (a candidate). A charge or a trial follows a shooting; an accusation said
    again is another accusation (event_families.tsv `follow_ups`)."""
    def as_type(article, type_):
        return dataclasses.replace(article, events=tuple(dataclasses.replace(e, type=type_) for e in article.events))

    assert cl.decide(key(followup()), cl.opened(key(wire()))).joins            # violence: the follow-up joins
    for type_ in ("ACCUSE", "THREATEN", "AGREE"):
        d = cl.decide(key(as_type(followup(), type_)), cl.opened(key(as_type(wire(), type_))))
        assert not d.joins and "another act" in d.blocked, (type_, d)
    assert cl.follow_ups() >= {"ASSAULT", "COERCE"} and not cl.follow_ups() & {"ACCUSE", "SUPPORT", "REQUEST"}


def test_absorb_keeps_the_latest_report_counts_articles_and_survives_json():
    c = cl.absorb(cl.absorb(cl.opened(key(wire())), key(other())), key(followup()))
    assert (c.dead, c.injured, c.mentions, len(c.articles)) == (3, 2, 3, 3)
    assert cl.state_from_json(cl.state_to_json(c)) == c
    k = key(followup())
    assert cl.key_from_json(cl.key_to_json(k)) == k
    assert cl.fold("x-0", [key(wire()), key(other())]).cluster_id == "x-0"
    assert cl.fold("x-0", []) is None


def test_every_plover_type_has_a_family():
    from dateline.records import EVENT_TYPES

    assert set(cl.families()) == set(EVENT_TYPES)


def test_a_site_name_after_the_headline_gives_no_names_and_no_place():
    text = "Two killed at Marrowby fair - Keddle Action News 5 - Keddle, Vestland\n\n" + WIRE_BODY
    assert cl.site_tail(text) == (text.index(" - Keddle"), text.index("\n"))
    assert cl.site_tail("Man shot in Marrowby - police say he fled\n\nbody") is None      # a headline, not a site
    assert cl.site_tail("No separator here\n\nbody") is None
    a = dataclasses.replace(wire(), text=text, events=(), dateline=None, places=(
        dataclasses.replace(KEDDLE, mentions=tuple(mention(text, "Keddle", i) for i in range(text.count("Keddle")))),))
    assert "action" not in cl.lede_names(a)
    assert cl.article_place(a).name == "Keddle"          # named in the body too: the body's mention counts
    only_site = dataclasses.replace(a, places=(
        dataclasses.replace(KEDDLE, mentions=(mention(text, "Keddle", 0),)),
        dataclasses.replace(MARROWBY, mentions=(mention(text, "Marrowby", 1),))))
    assert cl.article_place(only_site).name == "Marrowby"


def test_sentence_initial_capitals_and_place_kinds_are_not_lede_names():
    text = ("Police hunt Marrowby gunman\n\nPolice said the gunman fled Marrowby. Police searched North County. "
            "In Mt. Orrin the fair was closed and Mt. Orrin mourned.\n")
    names = cl.lede_names(dataclasses.replace(wire(), text=text))
    assert "marrowby" in names and "orrin" in names
    assert not {"police", "north", "county"} & set(names)


def test_the_same_county_names_the_incident_and_its_name_counts_when_the_towns_differ():
    county = cl.PlaceKey("Vest County", "VL", "01", "admin2")
    assert cl._place_fit(county, county)[:2] == (1.0, "same county Vest County")
    assert cl._place_fit(county, cl.PlaceKey("Vest County", "VL", "02", "admin2"))[2]       # another region: blocked
    k = dataclasses.replace(key(wire()), place=cl.PlaceKey("Keddle", "VL", "01", "city", from_="article"),
                            actors=(), context=(), names=("vest",), exact=False)
    c = cl.opened(dataclasses.replace(key(other()), article_id="o", place=county, actors=(), context=(),
                                      names=("vest",), exact=False, day=k.day))
    d = cl.decide(k, c)
    assert "headline and lede both name vest" in d.why()


def test_a_violent_event_anywhere_leads_before_an_arrest_in_the_lede():
    a = wire()
    text = "Marrowby gunman arrested\n\n" + WIRE_BODY
    arrested = event(text, "arrested", "COERCE", 4)
    shot = event(text, "killed", "ASSAULT", 4)
    assert cl.lead_event(dataclasses.replace(a, text=text, events=(arrested, shot))) == 1
    said = event(text, "said", "ACCUSE", 3)
    assert cl.lead_event(dataclasses.replace(a, text=text, events=(said, arrested))) == 1    # no violence: lede's rank


def test_a_statement_cluster_does_not_chain_through_one_shared_name():
    """user46: ACCUSE clusters of 19 articles within a week, each report joined through one candidate that another
    report had brought in. A verbal act from another story is compared with the act that opened its cluster: the
    same speaker and target (one may name fewer), not any name the cluster gathered."""
    base = dataclasses.replace(key(wire()), type="ACCUSE", family="statement", exact=False, place=None, context=(),
                               names=(), dead=None, injured=None)

    def report(article_id, actors, names=()):
        return dataclasses.replace(base, article_id=article_id, story=article_id, publisher=article_id,
                                   actors=actors, names=names)

    c = cl.opened(report("a", (1, 2)))                          # Voss accuses Lemaire
    assert cl.decide(report("b", (1, 2)), c).joins              # the same accusation in another paper
    assert cl.decide(report("b", (2,)), c).joins                # a report naming only the target
    d = cl.decide(report("c", (3, 2)), c)                       # Brandt accuses Lemaire: another accusation
    assert not d.joins and "another act" in d.blocked
    # a cluster that gathered a third name through a report naming more does not take that name's accusations
    wide = cl.absorb(c, report("d", (1, 2, 3)))
    assert not cl.decide(report("e", (3, 4)), wide).joins
    # nor is a lede name brought in by a later member enough
    named = cl.absorb(cl.opened(report("f", (), ("harlow",))), report("g", (), ("harlow", "quint")))
    assert not cl.decide(report("h", (), ("quint", "varda")), named).joins
    assert cl.decide(report("h", (), ("harlow", "varda")), named).joins
    # within one story (the article itself, a wire copy) the summary is used as before
    same = dataclasses.replace(report("a", (3, 2)), idx=1)
    assert cl.decide(same, c).joins
    # material events are unchanged: a shooting report joins through a participant the cluster gathered
    shot = cl.absorb(cl.opened(key(wire())), dataclasses.replace(key(other()), actors=(11, 40)))
    assert 40 in shot.actors and shot.core_actors == key(wire()).actors
    assert cl.state_from_json(cl.state_to_json(wide)) == wide


def test_a_cluster_summary_stored_before_the_opening_report_was_kept_compares_as_before():
    import json

    c = cl.absorb(cl.opened(key(wire())), key(other()))
    old = {k: v for k, v in json.loads(cl.state_to_json(c)).items() if not k.startswith("core_")}
    back = cl.state_from_json(json.dumps(old))
    assert (back.core_actors, back.core_context, back.core_names) == (c.actors, c.context, c.names)
