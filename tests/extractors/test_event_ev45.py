"""ev45: event forms left open by session 44 and precision classes of issue 10, on invented wire sentences; a row
marked `fails on main` failed before the change, a guard passes on both."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, found, sides


# A threat said as the sayer's own act to come (threats.said_threats): through the `that` of a reported clause, and
# with the country's capital or name as the clause's subject when the sayer speaks for that country.
THREAT_CASES = [
    ("that_it_would",   # fails on main: the `that` was read as a condition's mark
     "Envoy recalled\n\nLIMA (Reuters) - Peru's foreign ministry said on Monday that it would retaliate against Chile "
     "for the raid.\n"),
    ("capital_for_country",   # fails on main: `Lima` is not `it`, so no sayer
     "Envoy recalled\n\nLIMA (Reuters) - Peru's foreign ministry said Lima would retaliate against Chile for the "
     "raid on Monday.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in THREAT_CASES])
def test_threat_said_through_that_and_by_capital(run, text):
    art = run(text)
    pairs = [sides(e) for e in found(art, "THREATEN")]
    assert any(any("ministry" in x for x in s) and any("Chile" in x for x in t) for s, t in pairs), pairs


# `A deputy shot dead a man`: the tagger reads `deputy shot` as a compound, or `shot` as the subject of `dead`.
SHOT_DEAD_CASES = [
    ("noun_compound",   # fails on main: no event
     "Standoff ends\n\nTULSA, Okla. (AP) - A deputy shot dead Marcus Hale outside his home on Friday.\n",
     "deputy", "Hale"),
    ("shooter_read_as_victim",   # fails on main: the deputy was the target
     "Standoff ends\n\nTULSA, Okla. (AP) - A sheriff's deputy shot dead a man who had stabbed two shoppers in Tulsa "
     "on Friday, police said.\n", "deputy", "man"),
    ("parse_right",   # a guard: read by the parse before and after
     "Standoff ends\n\nLEEDS, England (AP) - A police officer shot dead a teenager in Leeds on Friday.\n",
     "officer", "teenager"),
]


@pytest.mark.parametrize("text, shooter, victim", [pytest.param(*r[1:], id=r[0]) for r in SHOT_DEAD_CASES])
def test_shot_dead_read_from_the_words(run, text, shooter, victim):
    art = run(text)
    pairs = [sides(e) for e in found(art, "ASSAULT") if e.trigger.text == "shot"]
    assert any(any(shooter in x for x in s) and any(victim in x for x in t) for s, t in pairs), pairs
    assert not any(any(shooter in x for x in t) for _, t in pairs), pairs


@pytest.mark.parametrize("text", [
    "Vigil held\n\nDAYTON, Ohio (AP) - A man shot dead Saturday in Dayton was identified as Leon Parr.\n",
    "Vigil held\n\nDAYTON, Ohio (AP) - The guard shot dead this morning was 40, his union said.\n",
])
def test_shot_dead_before_a_time_keeps_its_victim(run, text):
    """`A man shot dead Saturday`: a time after `dead`, the man the one killed, no shooter (review45b: on int45 the
    man shot `Saturday`)."""
    art = run(text)
    pairs = [sides(e) for e in found(art, "ASSAULT")]
    assert not any(any("man" in x or "guard" in x for x in s) for s, _ in pairs), pairs


def test_passive_shot_dead_keeps_its_victim(run):
    """`The man was shot dead by police`: the parse's passive, the man the target (a guard)."""
    art = run("Standoff ends\n\nTULSA, Okla. (AP) - The man was shot dead by police on Friday.\n")
    pairs = [sides(e) for e in found(art, "ASSAULT")]
    assert any(any("police" in x for x in s) and any("man" in x for x in t) for s, t in pairs), pairs


def test_headline_verb_read_as_its_only_noun_event(run):
    """`US sanctions Russian oligarchs`: `sanctions` parsed as the noun of the headline's only event, the name in
    apposition - read again as the verb, the oligarchs its target (fails on main: no target)."""
    art = run("US sanctions Russian oligarchs\n\nWASHINGTON (AP) - The streets of the capital were calm on "
              "Tuesday.\n")
    heads = [sides(e) for e in found(art, "SANCTION") if e.sentence.start == 0]
    assert any(any("oligarchs" in x for x in t) for _, t in heads), heads


def test_headline_noun_run_not_read_as_verb_and_object(run):
    """`Iran sanctions relief talks resume`: no one named after the -s word, no target read (a guard)."""
    art = run("Iran sanctions relief talks resume\n\nTEHRAN (AP) - The streets of the capital were calm on "
              "Tuesday.\n")
    assert not [e for e in art.events if any(p.text.startswith("relief") for p in e.target)]


# Precision: a capture by a recording device, a share of data captured (no asserted `captured`); people captured
# stay an event. (Each row was a test function of its own; its id is the function's name, its comment the reason.)
CAPTURED_CASES = [
    # `one captured by a dashboard camera`: the passive's `by` is the parse's agent (fails on main: ASSAULT)
    pytest.param(
        "Video\n\nDAYTON, Ohio (AP) - The arrest was filmed twice, officials said: one clip captured by a "
        "dashboard camera, the other on a phone.\n", False,
        id="capture_by_a_camera_is_no_seizure"),
    # `less than one percent of the ministry emails were captured` (fails on main: ASSAULT on the share)
    pytest.param(
        "Audit\n\nOTTAWA (AP) - An audit found that less than one percent of the ministry emails were "
        "captured.\n", False,
        id="share_of_emails_captured_is_no_seizure"),
    # `Rebels captured two soldiers`: people taken by an armed side (a guard)
    pytest.param(
        "Border\n\nKABUL (AP) - Rebels captured two soldiers near the border on Sunday.\n", True,
        id="people_captured_still_an_event"),
]


@pytest.mark.parametrize("text, event", CAPTURED_CASES)
def test_captured_is_an_event_only_of_people_taken(run, text, event):
    art = run(text)
    captured = [e for e in asserted(art) if e.trigger.text == "captured"]
    assert bool(captured) == event, [(e.type, sides(e)) for e in art.events]


# A condition by inversion parsed as the root.
def test_inverted_condition_parsed_as_root_is_hypothetical(run):
    """`Had Democrats nominated Ames, the mayor would have ...`: the parse makes `nominated` the root and the main
    clause its conjunct (fails on main: an asserted SUPPORT)."""
    art = run("Race\n\nHad the Liberal Party nominated Senator Ruth Ames, the governor would have backed her.\n")
    assert not [e for e in asserted(art) if e.trigger.text == "nominated"]
    assert [e for e in art.events if e.trigger.text == "nominated" and e.hypothetical]


# One sentence, one type: found or not. (Each row was a test function of its own; its id is the function's name,
# its comment the reason.)
TYPE_CASES = [
    # `Iran said the U.S. would retaliate`: another country's act foretold, no threat of the sayer (a guard)
    pytest.param(
        "Envoy recalled\n\nTEHRAN (Reuters) - Iran's foreign ministry said on Monday that the United States "
        "would retaliate against Syria.\n", "THREATEN", False,
        id="another_country_foretold_is_no_threat"),
    # `"Our schools are no good," the mayor said`: the `no` hangs on the word judged (fails on main: SUPPORT)
    pytest.param(
        "Schools\n\nDENVER (AP) - \"The city's schools are no good,\" Mayor Tom Reed said on Monday.\n",
        "SUPPORT", False,
        id="no_good_praises_no_one"),
    # `"Governor Marshall is good," the mayor said`: a verdict on an actor (a guard)
    pytest.param(
        "Schools\n\nDENVER (AP) - \"Governor Marshall is a good man,\" Mayor Tom Reed said on Monday.\n",
        "SUPPORT", True,
        id="plain_praise_stays"),
    # `knocking Pike and Reed out of the race`: rivals beaten (fails on main: ACCUSE)
    pytest.param(
        "Primary\n\nCOLUMBUS, Ohio (AP) - Ruth Ames won the Ohio primary on Tuesday, knocking both Dale Pike "
        "and Tom Reed out of the race.\n", "ACCUSE", False,
        id="knocked_out_of_the_race_criticises_no_one"),
    # `knocked Reed for skipping the debate`: criticism (a guard)
    pytest.param(
        "Primary\n\nCOLUMBUS, Ohio (AP) - Governor Ruth Ames knocked Tom Reed for skipping the debate.\n",
        "ACCUSE", True,
        id="knocked_for_a_misdeed_still_criticises"),
]


@pytest.mark.parametrize("text, etype, event", TYPE_CASES)
def test_one_sentence_one_type(run, text, etype, event):
    art = run(text)
    assert bool(found(art, etype)) == event, [(e.type, sides(e)) for e in art.events]


def test_devices_that_burst_attack_no_one(run):
    """`two of the batteries exploded`: a device bursts, no attack (fails on main: ASSAULT); bombs still do."""
    art = run("Recall\n\nDALLAS (AP) - The firm is replacing its backup batteries after two of the batteries "
              "exploded last week.\n")
    assert not found(art, "ASSAULT"), [(e.type, sides(e)) for e in art.events]
    bombs = run("Blast\n\nKABUL (AP) - Two of the bombs exploded near the market, killing five people.\n")
    assert found(bombs, "ASSAULT")


def test_demand_denied_with_its_saying(run):
    """`Reed did not say that the council must resign`: the saying is denied, so is the demand (fails on main:
    an asserted REQUEST); said plainly it stays a demand."""
    art = run("Council\n\nDENVER (AP) - Mayor Tom Reed did not say that the council must resign.\n")
    assert not found(art, "REQUEST"), [(e.type, sides(e), e.negated) for e in art.events]
    plain = run("Council\n\nDENVER (AP) - Mayor Tom Reed said that the council must resign.\n")
    assert found(plain, "REQUEST")
