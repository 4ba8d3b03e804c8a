"""Issue 10 (ev27c), wire politics: participants and false events of classes read on the even tune PolNeAR
articles, on invented sentences. A relative clause on a noun said of a subject by `be` whose clause shares its
subject with an earlier verb (`X stirs up crowds and is a liar and bully who has pledged ...`): the one who pledged
is X (triggers.antecedent); a word of blame in that predicate judges X, who is no doer of it
(`_doers_above`, for the sentence reader's participants). A condition put by inversion (`Had X nominated Y, ...`),
a supposition (`Say X demanded that ...`) and `in the unlikely event` are not told as done (checks._supposed,
_in_the_event)."""
from __future__ import annotations

from tests.helpers import by_trigger


def test_a_relative_clause_on_a_shared_subject_predicate_noun_has_that_subject(run):
    art = run("Editor's note: Senator Halvorsen often stirs up crowds and is a serial liar, open bigot "
              "and bully who has often pledged to bar all migrants from settling in the state.")
    evs = by_trigger(art, "pledged")
    assert evs and all(any("Halvorsen" in s for s in e[1]) for e in evs), art.events


def test_a_predicate_of_blame_on_a_shared_subject_judges_that_subject(run):
    art = run("Editor's note: Senator Halvorsen often incites violence and is a serial liar, open bigot, "
              "racist and bully who has repeatedly threatened to deport all Mexicans.")
    evs = [e for e in art.events if e.type == "ACCUSE"]
    assert evs and all(not any("Halvorsen" in p.text for p in e.source) for e in evs), art.events
    assert any(any("Halvorsen" in p.text for p in e.target) for e in evs), art.events


def test_a_condition_put_by_inversion_is_hypothetical(run):
    art = run("Were Russia to attack the Baltic states, NATO would respond.")
    assert by_trigger(art, "attack") and all(e[3] for e in by_trigger(art, "attack")), art.events
    art = run("Had the Democrats nominated Senator Brandt for governor, the mayor would have campaigned for him.")
    assert by_trigger(art, "nominated") and all(e[3] for e in by_trigger(art, "nominated")), art.events


def test_a_supposition_is_hypothetical(run):
    art = run("Say Canada demanded that the United States pay for the bridge before it would open the crossing.")
    assert by_trigger(art, "demanded") and all(e[3] for e in by_trigger(art, "demanded")), art.events
    art = run("Say Canada demanded that Ottawa pay for the new bridge.")
    assert by_trigger(art, "demanded") and all(e[3] for e in by_trigger(art, "demanded")), art.events


def test_in_the_unlikely_event_is_a_condition(run):
    art = run("In the unlikely event the delegates all voted for the same nominee, they could decide the race.")
    assert by_trigger(art, "voted") and all(e[3] for e in by_trigger(art, "voted")), art.events


def test_told_acts_stay_asserted(run):
    art = run("The council had nominated Brandt for the post, and the mayor backed him.")
    assert [e for e in by_trigger(art, "nominated") if not e[3]], art.events
    art = run("Say what you will, the senator attacked the governor on Tuesday.")
    assert [e for e in by_trigger(art, "attacked") if not e[3]], art.events
    art = run("Imagine Dragons attacked the critics in a new song.")
    assert [e for e in by_trigger(art, "attacked") if not e[3]], art.events
