"""Yielding and aid told in forms the triggers missed (issue 10's PLV guard, ev24plv): freeing with `let`/`set` and
an adjective, rolling back a restriction, letting relief in, taking in refugees, donations to a people, troops sent
as peacekeepers, relief teams sent, help named `support`, an acronym as the one who acts. Invented sentences."""
from __future__ import annotations

from tests.helpers import asserted, types


def _bare(ctx_of, text):
    """Events of a text read as the sentence-level PLV runs read it: no actors, no quotes."""
    from dateline.extractors.events import extract_events

    return [e for e in extract_events(ctx_of(text), [], []) if not e.negated and not e.hypothetical]


def _typed(events, type_, trigger=None):
    return [e for e in events if e.type == type_ and (trigger is None or e.trigger.text.startswith(trigger))]


def test_let_or_set_free_releases(run):
    art = run("\n\nThe junta let free dozens of detained activists on Monday.\n\nThe rebels set the hostages free "
              "after the talks.\n")
    assert len(_typed(asserted(art), "CONCEDE")) == 2, types(art)


def test_let_and_set_without_free_concede_nothing(run):
    art = run("\n\nThe minister let the deadline pass.\n\nThe council set the budget for next year.\n")
    assert not _typed(asserted(art), "CONCEDE"), types(art)


def test_rolling_back_a_restriction_concedes(run):
    art = run("\n\nThe government rolled back tariffs on imported steel.\n\nWashington rolled back sanctions on "
              "the Gulf state.\n")
    conceded = _typed(asserted(art), "CONCEDE")
    assert len(conceded) == 2, types(art)


def test_rolling_back_what_is_no_restriction_concedes_nothing(run):
    art = run("\n\nThe mayor rolled back his sleeves and went to work.\n")
    assert not _typed(asserted(art), "CONCEDE"), types(art)


def test_letting_relief_or_inspectors_in_concedes(run):
    art = run("\n\nThe regime allowed humanitarian relief to the besieged towns.\n\nThe junta allowed foreign "
              "inspectors into the reactor site.\n")
    assert len(_typed(asserted(art), "CONCEDE", "allowed")) == 2, types(art)


def test_allowing_a_plain_thing_stays_no_concession(run):
    art = run("\n\nThe coach allowed the players a day off.\n")
    assert not _typed(asserted(art), "CONCEDE"), types(art)


def test_taking_in_refugees_is_aid(run):
    art = run("\n\nCanada accepted 2,000 Syrian refugees in March.\n\nThe island nation admitted 300 migrants "
              "last year.\n")
    aid = _typed(asserted(art), "AID")
    assert len(aid) == 2 and {"Canada", "The island nation"} == {a.source[0].text for a in aid}, types(art)


def test_donations_to_a_people_are_aid_and_to_a_campaign_are_not(run):
    art = run("\n\nNorway and Denmark have provided their yearly donations to Palestinians.\n\nThe developer "
              "donated $5,000 to the senator's re-election campaign.\n")
    aid = _typed(asserted(art), "AID")
    assert len(aid) == 1 and "Palestinians" in aid[0].target[0].text, types(art)


def test_troops_sent_or_deployed_as_peacekeepers_give_aid(run):
    art = run("\n\nThe army sent 300 troops to the region to serve as a peacekeeping force.\n\nAbout 900 soldiers "
              "were deployed as peacekeepers along the ceasefire line.\n\nGhana announced the deployment of 500 "
              "soldiers to Mali on a peacekeeping mission.\n")
    ev = asserted(art)
    assert len(_typed(ev, "AID")) == 3 and not _typed(ev, "MOBILIZE"), types(art)
    deployed = _typed(ev, "AID", "deployed")[0]
    assert "soldiers" in deployed.source[0].text, deployed     # the passive subject keeps the peace


def test_troops_sent_to_the_border_still_mobilize(run):
    art = run("\n\nThe army sent 300 troops and armoured vehicles to the border.\n")
    ev = asserted(art)
    assert _typed(ev, "MOBILIZE") and not _typed(ev, "AID"), types(art)


def test_a_relief_team_sent_is_aid(run):
    art = run("\n\nThe health ministry sent a team of medical experts and drugs to the flooded province.\n")
    ev = asserted(art)
    assert _typed(ev, "AID", "sent") and not _typed(ev, "MOBILIZE"), types(art)


def test_peacekeepers_in_a_part_of_a_phrase_aim_at_where_they_go(ctx_of):
    ev = _bare(ctx_of, "The first units of Nigerian peacekeeping troops arrived in Freetown.")
    aid = _typed(ev, "AID")
    assert aid and any(p.text == "Freetown" for p in aid[0].target), ev


def test_support_that_names_help_given_is_aid(run):
    art = run("\n\nGermany offered military support to Ukraine.\n\nThe bank provides $45 million support for "
              "farmers in Kenya.\n")
    ev = asserted(art)
    assert len(_typed(ev, "AID")) == 2 and not _typed(ev, "SUPPORT"), types(art)


def test_support_voiced_stays_support(run):
    art = run("\n\nThe senator expressed strong financial support for the plan.\n\nThe governor offered his "
              "support to the mayor.\n")
    ev = asserted(art)
    assert not _typed(ev, "AID"), types(art)


def test_an_acronym_the_parse_takes_for_a_noun_acts(ctx_of):
    # no actors stage here (the sentence-level PLV runs): `ICE` parsed as a common noun is no thing
    ev = _bare(ctx_of, "ICE returned 40 stolen paintings to a museum in Poland.")
    assert _typed(ev, "CONCEDE", "returned"), ev


def test_a_thing_returning_nothing_stays_dropped(ctx_of):
    ev = _bare(ctx_of, "The plan returned 40 percent of the money to the fund.")
    assert not _typed(ev, "CONCEDE"), ev


def test_not_rolling_back_a_foe_refuses_nothing(run):
    # the refusal a negated concession becomes still needs a restriction as object
    art = run("\n\nIn eight years the general didn't roll back the rebels one mile.\n")
    assert not any(e.trigger.text.startswith("roll") for e in art.events), types(art)


def test_restored_aid_stays_aid(run):
    # `restore` lets nothing in: resumed aid is aid, no concession
    art = run("\n\nWestern donors restored aid to President Molina.\n")
    ev = asserted(art)
    assert _typed(ev, "AID") and not _typed(ev, "CONCEDE"), types(art)


def test_peacekeepers_being_deployed_give_aid(run):
    art = run("\n\nThe regional peacekeepers are being deployed to relieve the exhausted garrison.\n")
    ev = asserted(art)
    assert _typed(ev, "AID", "deployed") and not _typed(ev, "MOBILIZE"), types(art)


def test_a_voided_measure_or_a_broken_deal_is_rejected(run):
    art = run("\n\nThe High Court on Friday quashed the detention orders signed by the governor.\n\nThe president "
              "reneged on the trade accord with Brazil.\n\nThe constitutional court annulled the results of the mayoral vote.\n")
    assert len(_typed(asserted(art), "REJECT")) == 3, types(art)


def test_unrest_quashed_is_coercion(run):
    art = run("\n\nThe army quashed the rebellion in the north within days.\n")
    ev = asserted(art)
    assert _typed(ev, "COERCE", "quashed") and not _typed(ev, "REJECT"), types(art)


def test_a_disease_fought_is_no_attack(run):
    art = run("\n\nThe ministry doubled its funding to fight the cholera epidemic in the south.\n\nThe army fought "
              "the rebels in the hills.\n")
    attacks = _typed(asserted(art), "ASSAULT")
    assert [e.trigger.text for e in attacks] == ["fought"], types(art)
