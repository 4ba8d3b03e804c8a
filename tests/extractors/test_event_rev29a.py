"""Review of ev29a and ev29b (issue 10, rev29a): the misfires of their rules on invented news, one test per class,
each with the form the rule was written for, which keeps its doer or its event."""
from __future__ import annotations

from tests.helpers import doers, rows_of


def test_the_when_clause_doer_is_not_the_victim_nor_a_vehicle(run):
    got = rows_of(run, "The robber was wounded when he fired at deputies outside the pharmacy.", "ASSAULT")
    assert doers(got, "wounded") == [""], got
    got = rows_of(run, "Scores of fighters were killed as they battled for the hilltop town.", "ASSAULT")
    assert doers(got, "killed") == [""], got
    got = rows_of(run, "Nine pilgrims were killed when their minibus struck a mine near the shrine.", "ASSAULT")
    assert doers(got, "killed") == [""], got
    kept = rows_of(run, "Five guards were killed when gunmen stormed the depot at dawn.", "ASSAULT")
    assert doers(kept, "killed") == ["gunmen"], kept


def test_police_named_as_victims_do_not_make_the_arrest(run):
    got = rows_of(run, "A driver was arrested late Friday after he rammed a police officer at a checkpoint.", "COERCE")
    assert doers(got, "arrested") == [""], got
    got = rows_of(run, "Three cousins were charged Monday in the stabbing of a sheriff's deputy.", "COERCE")
    assert doers(got, "charged") == [""], got
    kept = rows_of(run, "Eleven fans were arrested as police broke up a fight at the arena.", "COERCE")
    assert doers(kept, "arrested") == ["police"], kept


def _sources(art, trigger):
    return [[p.text for p in e.source] for e in art.events if e.trigger.text == trigger and not e.hypothetical]


def test_the_story_police_make_no_arrest_told_of_a_description_a_past_or_abroad(run):
    art = run("\n\nA woman sought by Fresno police since 2018 was arrested Tuesday at a hotel in Reno.\n")
    assert _sources(art, "arrested") == [[]], art.events
    art = run("\n\nWaco police are looking into a fire at a pawn shop on Elm Street.\n\nThe shop's owner, Dale Pike, "
              "was arrested in 2011 on a fraud charge.\n")
    assert _sources(art, "arrested") == [[]], art.events
    art = run("\n\nOmaha police said the man wanted in the robbery fled the country.\n\nHe was arrested in Canada "
              "on Friday.\n")
    assert _sources(art, "arrested") == [[]], art.events
    kept = run("\n\nOmaha police said a man robbed a bank on Dodge Street.\n\nThe man was arrested on Friday at his "
               "home.\n")
    assert _sources(kept, "arrested") == [["Omaha police"]], kept.events


def test_a_warning_of_the_risks_of_an_act_is_no_peril(run):
    got = rows_of(run, "Merkel warned Erdogan of the risks of attacking the Kurds in a call on Friday.")
    assert [e for e in got if e[3] == "warned" and e[0] in ("ACCUSE", "THREATEN")], got
    gone = rows_of(run, "Forecasters warned of the risk of landslides in the hills.")
    assert not [e for e in gone if e[3] == "warned"], gone


def test_a_sport_word_beside_what_is_protested_is_no_call_of_play(run):
    kept = rows_of(run, "Neighbours protested the building of a new arena for the tournament.", "PROTEST")
    assert kept, kept
    gone = rows_of(run, "The striker protested the call of the referee.", "PROTEST")
    assert not gone, gone


def test_a_vow_to_fight_an_ill_and_a_foe_stays(run):
    kept = rows_of(run, "The governor vowed to fight hunger and the bandits in the north.")
    assert [e for e in kept if e[3] == "vowed"], kept


def test_goods_to_a_campaign_or_drugs_of_a_gang_are_no_aid(run):
    got = rows_of(run, "The company donated equipment to the mayor's reelection campaign.", "AID")
    assert not got, got
    got = rows_of(run, "The cartel delivered drugs to dealers across the city.", "AID")
    assert not got, got
    kept = rows_of(run, "Norway donated vaccines to Malawi.", "AID")
    assert kept, kept


def test_hijackers_killing_on_a_flight_is_no_mishap(run):
    kept = rows_of(run, "Hijackers killed a flight attendant on the flight from Tunis.", "ASSAULT")
    assert kept, kept


def test_slapped_sanctions_sanction(run):
    got = rows_of(run, "The European Union slapped sanctions on Minsk on Thursday.")
    assert [e for e in got if e[0] == "SANCTION"] and not [e for e in got if e[0] == "COERCE"], got
