"""lead43: a quoted noun phrase ends at its closing quote when an of / for / over phrase the parse hung on it follows
(`accused "some Western politicians" of encouraging the protests`: the charge is no part of who is accused).
Invented sentences; one row per case (a row marked `fails on main` failed before the change; guards pass both)."""
from __future__ import annotations

import pytest

from tests.helpers import found, targets

CASES = [
    ("accused_quoted_of",   # fails on main: the target ran on to `" of encouraging the strikes`
     'Ministry officials in Lima accused "some foreign lawmakers" of encouraging the strikes.\n',
     "ACCUSE", "some foreign lawmakers"),
    ("guard_blamed_quoted_for",   # the parse hangs `for` on the verb here: unchanged
     'The governor blamed "outside agitators" for the unrest in the capital on Monday.\n',
     "ACCUSE", "outside agitators"),
    ("guard_quoted_then_place",   # a phrase after the quote that is not the charge stays
     "Senators pointed fingers at 'hardline members' in the House caucus on Tuesday.\n",
     "ACCUSE", "hardline members' in the House caucus"),
]


@pytest.mark.parametrize("text, etype, target", [pytest.param(t, e, g, id=i) for i, t, e, g in CASES])
def test_quoted_phrase_ends_at_its_quote(run, text, etype, target):
    events = found(run(text), etype)
    assert events, f"no {etype} in {text!r}"
    assert target in [x for e in events for x in targets(e)]


def test_an_event_noun_under_any_is_no_happening(run):
    """lead43: `reserved the right to respond to any attack by the regime`: whatever attack may come is no one event
    (fails before: asserted, ACCUSE of the regime)."""
    from tests.helpers import asserted

    text = ("Turkey, Russia agree ceasefire in Idlib\n\nMOSCOW, March 5, 2020 (AFP) - Turkish President Recep Tayyip "
            "Erdogan and his Russian counterpart Vladimir Putin agreed on Thursday a ceasefire in Syria's Idlib "
            "province.\n\nThe deal came after weeks of fighting in which dozens of Turkish soldiers were killed by "
            "Syrian government forces backed by Moscow.\n\n\"We will do everything to stop the bloodshed,\" Putin "
            "told reporters after the meeting. Erdogan said Turkey reserved the right to respond to any attack by the "
            "Syrian regime.\n")
    assert not [e for e in asserted(run(text)) if e.trigger.text == "attack"]


# lead43: a summary noun set after a clause (`fired two missiles, a move Washington called "provocative"`, `a step
# Tokyo condemned as a violation`) renames the clause's act: its relative clause is said of the clause's doer, and it
# is no object of the clause's verb.
SUMMARY_CASES = [
    ("verdict_on_a_move",   # fails on main: no ACCUSE by Washington (the reader gave one to the military)
     'North Korea fired two missiles into the sea on Monday, the South Korean military said, a move Washington '
     'called "provocative".\n',
     "ACCUSE", "Washington", "North Korea"),
    ("condemned_move_beside_the_act",   # fails on main: the model kept only the seizure (and the reader gave the
     # verdict to state media)
     "Iran seizes tanker\n\nTEHRAN, July 20, 2019 (AFP) - Iran's Revolutionary Guards seized a British-flagged oil "
     "tanker in the Strait of Hormuz on Friday, state media reported, a move Britain condemned as \"unacceptable\".\n",
     "ACCUSE", "Britain", "Iran's Revolutionary Guards"),
    ("condemned_step",   # fails on main: no target
     "Pyongyang also tested a new rocket launcher last week, a step Tokyo condemned as a violation of UN "
     "resolutions.\n",
     "ACCUSE", "Tokyo", "Pyongyang"),
]


@pytest.mark.parametrize("text, etype, source, target", [pytest.param(*r[1:], id=r[0]) for r in SUMMARY_CASES])
def test_summary_noun_renames_the_act(run, text, etype, source, target):
    from tests.helpers import sides

    pairs = [sides(e) for e in found(run(text), etype)]
    assert any(source in s and target in t for s, t in pairs), pairs


def test_summary_noun_is_no_target():
    """`fired two missiles, a move Washington called ...`: the move is no one the firing was aimed at (fails before:
    the MOBILIZE's target); a noun with no comma before it is still an object (`made a move on the capital`)."""
    from dateline import nlp
    from dateline.extractors.events.triggers import summarised_doer

    doc = nlp.load()('North Korea fired two missiles on Monday, a move Washington called "provocative".')
    move = next(t for t in doc if t.text == "move")
    assert summarised_doer(move).text == "Korea"
    doc = nlp.load()("The rebels made a move that stunned the capital.")
    assert summarised_doer(next(t for t in doc if t.text == "move")) is None


def test_a_named_participant_ends_before_its_day(run):
    """lead43: `Bernie Sanders on Sunday accused Hillary Clinton ...`: the source is `Bernie Sanders`, not `Bernie
    Sanders on Sunday` (fails before: the parse hangs the day on the name)."""
    from tests.helpers import sides

    text = ("DES MOINES — Bernie Sanders on Sunday accused Hillary Clinton of being too close to Wall Street, stepping "
            "up his attacks on the Democratic front-runner.\n")
    pairs = [sides(e) for e in found(run(text), "ACCUSE")]
    assert (["Bernie Sanders"], ["Hillary Clinton"]) in pairs, pairs


def test_participle_after_a_reporting_clause_is_the_reported_act(run):
    """lead43: `Militants fired rockets into Israel, the army said, wounding several people`: the wounding is the
    militants' (fails before: ASSAULT by the army)."""
    from tests.helpers import sides

    text = "Islamic Jihad militants fired some 200 rockets into Israel, the army said, wounding several people.\n"
    pairs = [sides(e) for e in found(run(text), "ASSAULT")]
    assert pairs and not any("the army" in s for s, _ in pairs), pairs


FORCE_IN_CASES = [
    ("killed_in_national_strikes",   # fails on main: no source
     "At least 12 villagers were killed and 45 wounded in Israeli strikes throughout the day, the health ministry "
     "said.\n", "Israeli"),
    ("killed_in_a_group_attack",   # fails on main: no source
     "Two soldiers were killed in a Taliban attack on a checkpoint in Kandahar province.\n", "Taliban"),
    ("guard_killed_in_clashes",   # a fight with no side named: no source
     "Four people were killed in clashes in the capital on Monday.\n", None),
    # review43: a place's name before a noun of force is its doer only when it is a country's (a town or
    # territory is where the strikes fell)
    ("killed_in_territory_strikes",   # review43: fails on int43: source Gaza
     "At least nine fishermen were killed in Gaza strikes on Tuesday, medics said.\n", None),
    ("killed_in_city_airstrikes",   # review43: fails on int43: source Idlib
     "Six bakers were killed in Idlib airstrikes on Sunday, a monitoring group said.\n", None),
    ("killed_in_city_raids",   # review43: fails on int43: source Kabul
     "Six bakers were killed in Kabul raids on Sunday, police said.\n", None),
    ("guard_killed_in_a_country_strike",   # a country's name stays the doer
     "Two farmers were killed in a US drone strike near the border on Friday.\n", "US"),
    ("guard_killed_in_national_strikes",
     "Four guards were killed in Israeli strikes on Monday, officials said.\n", "Israeli"),
]


@pytest.mark.parametrize("text, source", [pytest.param(t, s, id=i) for i, t, s in FORCE_IN_CASES])
def test_passive_harm_in_a_named_force_act(run, text, source):
    """lead43: a passive harm `in` a noun of force (CAMEO 18-20) with a side named before it: that side did it."""
    from tests.helpers import sides

    pairs = [sides(e) for e in found(run(text), "ASSAULT")]
    assert pairs, text
    if source is None:
        assert all(not s for s, _ in pairs), pairs
    else:
        assert any(source in s for s, _ in pairs), pairs


def test_reporter_adding_is_the_reporter(run):
    """lead43 guard: `Ryan and Trump will meet next week, the aide said, adding, "They need to talk"`: the reporter's
    own words stay his (only a harm participle goes to the reported act: test above)."""
    from tests.helpers import sides

    text = ("Ryan and Trump will meet early next week, the aide said, adding, \"They need to talk it over at "
            "length.\"\n")
    pairs = [sides(e) for e in found(run(text), "REQUEST")]
    assert not any("Ryan and Trump" in s or "Ryan" in s for s, _ in pairs), pairs


def test_accused_actor_ends_before_the_charge(run):
    """lead43: `accused the opposition of trying to topple the government`: the target is `the opposition` (fails
    before: the of-phrase of the gerund ran on in the target's span)."""
    from tests.helpers import sides

    text = "Information Minister Ruth Dube accused the opposition of trying to topple the government on Friday.\n"
    pairs = [sides(e) for e in found(run(text), "ACCUSE")]
    assert any(t == ["the opposition"] for _, t in pairs), pairs


def test_raised_tariffs_are_a_sanction(run):
    """lead43: `raised tariffs on Chinese imports`, `hiked duties on steel`: tariffs laid anew, SANCTION (fails before:
    only `imposed` / `slapped` made one); `raise taxes` is none."""
    assert found(run("The United States on Friday raised tariffs on $200 billion of Chinese imports.\n"), "SANCTION")
    assert found(run("Washington hiked duties on Chinese steel on Friday.\n"), "SANCTION")
    assert not found(run("The city council voted to raise taxes on Monday.\n"), "SANCTION")


def test_a_thing_keeps_its_gerund(run):
    """lead43: `abandoned his policy of towing cars in the Boston area`, `denied reports of recalling its ambassador`:
    the of-phrase is what the policy or the report is, kept in the target (fails on the first version of the gerund
    cut, which took any phrase holding a name: `his policy`, `reports`; PLV dyad recall 0.719 -> 0.718)."""
    from tests.helpers import targets

    for text, cut in (("Mayor Tom Hale abandoned his policy of towing cars in the Boston area after protests.\n",
                       "his policy"),
                      ("Brazil's foreign ministry denied reports of recalling its ambassador in Rome.\n", "reports")):
        ts = [t for e in run(text).events for t in targets(e)]
        assert ts and cut not in ts, ts


ANSWER_CASES = [
    ("state_warned_it_would_respond_to_any_attack",   # fails on main: ACCUSE of no one
     "Turkey warned it would respond to any attack by Syrian forces on its observation posts.\n", "THREATEN"),
    ("guard_person_warned",   # a person's `it` is no state's own act: as before
     "He warned it would respond to any attack.\n", "ACCUSE"),
]


@pytest.mark.parametrize("text, etype", [pytest.param(t, e, id=i) for i, t, e in ANSWER_CASES])
def test_state_warned_of_its_answer(run, text, etype):
    """lead43b: a named state or body that warns `it would respond to any attack (by X)` threatens X on a condition."""
    assert found(run(text), etype), [(e.type, e.trigger.text) for e in run(text).events]
