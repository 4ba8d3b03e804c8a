"""Issue 10, ev31c: recall on local news and shooting reports: a conviction and a sentence joined, one held now or
taken into custody, an attack by police told beside a charge. Invented sentences; each test also keeps the form
that stays out."""
from __future__ import annotations

from tests.helpers import rows_of


def _triggers(got):
    return sorted(t for *_, t in got)


def test_a_conviction_and_a_sentence_joined_are_two_steps_of_the_law(run):
    got = rows_of(run, "Dana Roe, 41, was convicted in state court of fraud and was sentenced on Monday.", "COERCE")
    assert _triggers(got) == ["convicted", "sentenced"], got
    got = rows_of(run, "Dana Roe, 41, was convicted of fraud and sentenced on Monday.", "COERCE")
    assert _triggers(got) == ["convicted", "sentenced"], got
    got = rows_of(run, "The army said rebel forces raided houses and arrested dozens of Harlow villagers.", "COERCE")
    assert _triggers(got) == ["arrested", "raided"], got


def test_one_held_now_is_in_custody(run):
    got = rows_of(run, "The man is now in county custody.", "COERCE")
    assert [(s, t) for _, s, t, _ in got] == [("", "The man")], got
    assert rows_of(run, "A gang member is now in jail after posting threats online.", "COERCE")
    got = rows_of(run, 'Ward "turned himself in through his lawyer and is now in county custody," officers said.', "COERCE")
    assert any("Ward" in t for _, _, t, _ in got), got
    assert rows_of(run, "Two men in custody after bank robbery", "COERCE")
    assert not rows_of(run, "He was in jail at the time of the shooting.", "COERCE")
    assert not rows_of(run, "The children are now in the custody of their grandmother.", "COERCE")


def test_taken_into_custody_by_the_speakers_or_no_one_named(run):
    got = rows_of(run, '"We took him into custody without incident," the sheriff said.', "COERCE")
    assert [(s, t) for _, s, t, _ in got] == [("We", "him")], got
    got = rows_of(run, "Detectives credited patrol officers with getting Smith into custody.", "COERCE")
    assert any(t == "Smith" for _, _, t, _ in got), got
    assert not rows_of(run, "He took his son into the jail to visit his brother.", "COERCE")


def test_an_attack_by_police_told_beside_a_charge(run):
    got = rows_of(run, "A 17-year-old who was shot on Monday by Lakeside County police is charged with robbery.",
              "ASSAULT")
    assert [(s, t) for _, s, t, _ in got] == [("Lakeside County police", "A 17-year-old")], got
    got = rows_of(run, "A lockdown had been ordered for the campus shortly before officials confirmed the alleged gunman "
                   "was fatally shot by officers.", "ASSAULT")
    assert [(s, t) for _, s, t, _ in got] == [("officers", "the alleged gunman")], got
    assert not rows_of(run, "A 17-year-old who was shot on Monday is charged with robbery.", "ASSAULT")


def test_a_charge_on_each_of_two_people_is_two_steps(run):
    got = rows_of(run, "Harlow is charged with murder and arson; Ward, 18, is charged with complicity.", "COERCE")
    assert sorted(t for _, _, t, _ in got) == ["Harlow", "Ward, 18"], got
    got = rows_of(run, "Roe was charged with robbery and he is charged with assault too.", "COERCE")
    assert len(got) == 1, got


def test_told_to_act_is_a_request(run):
    got = rows_of(run, "The mayor told residents to stay indoors.", "REQUEST")
    assert [(s, t) for _, s, t, _ in got] == [("The mayor", "residents")], got
    assert rows_of(run, "The health department is reminding drivers to designate a sober driver.", "REQUEST")
    assert not rows_of(run, "The senator told reporters to expect a vote on Friday.", "REQUEST")
    assert not rows_of(run, "She told him to leave the house.", "REQUEST")
    assert not rows_of(run, "The sign told drivers to slow down.", "REQUEST")
