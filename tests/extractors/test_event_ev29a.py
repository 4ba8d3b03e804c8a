"""Issue 10, recall by construction (ev29a): forms of news the recall probe (bench/recall_probe.py) showed missed,
each fixed for its class; invented sentences."""
from __future__ import annotations

from tests.helpers import asserted, found, sides


def test_a_ship_of_war_that_fires_at_someone_attacks(run):
    art = run("\n\nThe frigate fired a salvo at the fishing boats off the cape.\n")
    assert [e.trigger.text for e in found(art, "ASSAULT")] == ["fired"]
    art = run("\n\nThe frigate hit a reef off the cape.\n")
    assert not found(art, "ASSAULT")      # (a ship that runs aground attacks no one)


def test_a_gang_acts_as_one(run):
    art = run("\n\nThe gang issued threats against the shopkeepers on Elm Street.\n")
    assert [sides(e) for e in found(art, "THREATEN")] == [(["The gang"], ["the shopkeepers on Elm Street"])]


def test_relief_goods_donated_or_delivered_are_aid(run):
    art = run("\n\nThe Red Cross donated blankets to the flood victims in Assam.\n")
    assert found(art, "AID"), [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe Red Crescent delivered flour to Lebanon on Monday.\n")
    assert found(art, "AID"), [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe developer donated $2,000 to the senator's campaign.\n")
    assert not found(art, "AID")          # (money to a campaign stays no aid)


def test_a_warning_of_consequences_of_anothers_attack_threatens_that_actor(run):
    art = run("\n\nSyria warned that the region would burn if Turkey invaded.\n")
    assert [sides(e) for e in found(art, "THREATEN")] == [(["Syria"], ["Turkey"])], \
        [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe bank warned that profits would fall if interest rates rose.\n")
    assert not found(art, "THREATEN")     # (a forecast threatens no one)
    art = run("\n\nMerkel warned that the euro could weaken if Greece left.\n")
    assert not found(art, "THREATEN")     # (another's act that is no force: a forecast)


def test_shots_fired_by_the_number_are_an_attack(run):
    art = run("\n\nA hooded man strode onto the lawn and fired a number of shots at two cousins, police "
              "said.\n")
    assert [sides(e) for e in found(art, "ASSAULT")] == [(["A hooded man"], ["two cousins"])], \
        [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe factory fired a number of workers on Monday.\n")
    assert not found(art, "ASSAULT")      # (workers dismissed)


def test_a_second_passive_verb_taking_someone_to_jail_holds_the_first_ones_subject(run):
    art = run("\n\nThe driver was found near the river and was later taken to the Pike County Jail.\n")
    assert [(e.trigger.text, sides(e)[1]) for e in found(art, "COERCE")] == [("taken", ["The driver"])], \
        [(e.type, e.trigger.text) for e in art.events]


def test_the_doer_of_a_passive_attack_from_its_when_clause(run):
    art = run("\n\nThree guards were wounded when gunmen stormed the checkpoint near the bridge.\n")
    assert (["gunmen"], ["Three guards"]) in [sides(e) for e in found(art, "ASSAULT")], \
        [(e.type, e.trigger.text, sides(e)) for e in art.events]
    art = run("\n\nThe clerk was shot when he opened the safe.\n")
    assert [sides(e)[0] for e in found(art, "ASSAULT")] == [[]]      # (his own act, no force)


def test_sanctions_slapped_on_a_country_are_a_sanction(run):
    art = run("\n\nCanada slapped sanctions on Belarus on Tuesday.\n")
    assert [e.type for e in asserted(art)] == ["SANCTION"], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe Treasury blacklisted the shipping company.\n")
    assert found(art, "SANCTION"), [(e.type, e.trigger.text) for e in art.events]


def test_a_crowd_counted_protests(run):
    art = run("\n\nThousands marched in Lisbon against the new labour law.\n")
    assert [sides(e)[0] for e in found(art, "PROTEST")] == [["Thousands"]], \
        [(e.type, e.trigger.text, sides(e)) for e in art.events]


def test_an_attack_noun_that_kills_is_its_doers(run):
    art = run("\n\nThe ambush by the insurgents killed four police officers near Kirkuk.\n")
    assert [sides(e)[0] for e in found(art, "ASSAULT") if e.trigger.text == "killed"] == [["the insurgents"]], \
        [(e.type, e.trigger.text, sides(e)) for e in art.events]
    art = run("\n\nThe blast by the river killed two fishermen.\n")
    assert [sides(e)[0] for e in found(art, "ASSAULT") if e.trigger.text == "killed"] in ([[]], [])
