"""Issue 10, mend30: one when-clause doer rule for every type (triggers.when_doer), a part or a count of what is
fired (senses._part_of), and three misfire classes: another clause's subject as a passive's doer, a warning of a
peril hung on the one warned, a warning's clause parsed as a relative clause. Invented sentences; each test also
keeps the form its rule was written for."""
from __future__ import annotations

from tests.helpers import doers, rows_of


def test_a_when_clause_thing_is_no_doer_of_any_act(run):
    got = rows_of(run, "The governor was criticized after the hurricane struck the coast.", "ACCUSE")
    assert doers(got, "criticized") == [""], got
    kept = rows_of(run, "The prisoners were freed after the Cabinet approved a pardon.", "CONCEDE")
    assert doers(kept, "freed") == ["the Cabinet"], kept
    kept = rows_of(run, "Seven herders were killed when raiders stormed a camp near the river.", "ASSAULT")
    assert doers(kept, "killed") == ["raiders"], kept


def test_a_part_of_the_rockets_fired_is_fired(run):
    got = rows_of(run, "Militants fired half of their rockets at the town.", "ASSAULT")
    assert doers(got, "fired") == ["Militants"], got
    assert not rows_of(run, "The company fired some of its workers on Monday.", "ASSAULT")


def test_the_one_a_passive_clause_pronoun_stands_for_is_no_doer(run):
    got = rows_of(run, "The man is in police custody after he was detained at the airport on Friday.", "COERCE")
    assert doers(got, "detained") == ["police"], got
    kept = rows_of(run, "Police said the suspect was arrested after a chase.", "COERCE")
    assert doers(kept, "arrested") == ["Police"], kept


def test_a_warning_of_a_peril_threatens_no_one(run):
    assert not rows_of(run, "The agency warned farmers of a looming famine in the south.", "THREATEN")
    got = rows_of(run, "The envoy warned the council that thousands could starve if the siege went on.")
    assert not [e for e in got if e[0] == "THREATEN"], got
    got = rows_of(run, "The World Food Programme warned that thousands could starve if Egypt blockaded the port.")
    assert [(e[0], e[2]) for e in got if e[3] == "warned"] == [("ACCUSE", "Egypt")], got
    kept = rows_of(run, "Hamas warned that thousands of rockets would fall on Tel Aviv if Israel invaded Gaza.", "THREATEN")
    assert doers(kept, "warned") == ["Hamas"], kept
    kept = rows_of(run, "The militia warned the army of a fierce response if it entered the valley.", "THREATEN")
    assert doers(kept, "warned") == ["The militia"], kept
    kept = rows_of(run, "The president warned the rebels that they would be crushed if they attacked.", "THREATEN")
    assert doers(kept, "warned") == ["The president"], kept
