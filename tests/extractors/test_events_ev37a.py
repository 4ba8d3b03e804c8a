"""ev37a: the inner speaker of a quote told `according to` an outlet (`"...," Kell said, according to The Herald`: Kell
is the source of the speech act, the quotes stage keeps The Herald as the outer source), and `X-bashing` (the name
before the hyphen is the target; borne as the object of a verb of getting, `faced Kell-bashing from the Democrats`,
the `from` object is the source, not the one who faced it). Invented sentences."""
from __future__ import annotations

from harm_story import HARM, events


def _sources(evs, trigger):
    return [e[2] for e in evs if e[1] == trigger]


def test_according_to_outlet_leaves_the_inner_speaker_as_source(run):
    evs = events(run, '"We condemn the governor\'s decision," Mayor Kell said, according to The Daily Herald.')
    assert _sources(evs, "condemn") == [("Mayor Kell",)], evs
    evs = events(run, '"I urge the council to reject the plan," the mayor told reporters, according to the Daily '
                      'Post.')
    assert _sources(evs, "urge") == [("the mayor",)], evs


def test_according_to_speaker_goes_on_in_the_next_quote(run):
    evs = events(run, '"We condemn the governor\'s decision," Mayor Kell said, according to The Daily Herald. "We '
                      'urge the council to reject the plan."')
    assert _sources(evs, "urge") == [("Mayor Kell",)], evs


def test_according_to_with_no_speaking_verb_keeps_the_outlet(run):
    # guard (passes on main too): no inner speaker to take
    evs = events(run, '"We condemn the governor\'s decision," according to a statement from the Daily Herald.')
    assert all("Kell" not in " ".join(s) for s in _sources(evs, "condemn")), evs


def test_hyphen_name_is_the_target_of_the_bashing(run):
    evs = events(run, "The senator engaged in Kell-bashing at the rally.")
    assert [(e[2], e[3]) for e in evs if e[1] == "bashing"] == [(("The senator",), ("Kell",))], evs


def test_bashing_faced_from_someone(run):
    evs = events(run, "The governor faced Kell-bashing from the Democrats.")
    assert [(e[2], e[3]) for e in evs if e[1] == "bashing"] == [(("the Democrats",), ("Kell",))], evs
    evs = events(run, "The governor faced bashing from the Democrats.")
    assert [(e[2], e[3]) for e in evs if e[1] == "bashing"] == [(("the Democrats",), ("The governor",))], evs


def test_plain_criticism_received_stays(run):
    # guard (passes on main too): an event noun received keeps `_received`'s reading
    evs = events(run, "The mayor has faced relentless criticism from the council.")
    assert [(e[2], e[3]) for e in evs if e[1] == "criticism"] == [(("the council",), ("The mayor",))], evs


def test_a_piece_that_asks_someone_is_the_source(run):
    # a request, threat or refusal made by a piece of writing or a recording to someone named (as `_published_attack`
    # for criticism): the piece is the source; on main every source a thing dropped the event
    evs = events(run, "The lawsuit is calling on the district court to review the polling plan.")
    assert [(e[0], e[2], e[3]) for e in evs if e[1] == "calling"] == [
        ("REQUEST", ("The lawsuit",), ("the district court",))], evs
    evs = events(run, "The letter urges the governor to veto the bill.")
    assert [(e[0], e[2], e[3]) for e in evs if e[1] == "urges"] == [("REQUEST", ("The letter",), ("the governor",))], evs
    evs = events(run, "The recording accuses the government of lying.")
    assert [(e[0], e[2]) for e in evs if e[1] == "accuses"] == [("ACCUSE", ("The recording",))], evs


def test_a_piece_that_asks_for_a_thing_makes_no_event(run):
    # guard (passes on main too): no one asked, a thing's request stays no one's act
    evs = events(run, "The report calls for more funding.")
    assert [e for e in evs if e[1] == "calls"] == [], evs
    # a study's urging is a recommendation found (event_cues `findings`), as test_event_unasserted has it
    evs = events(run, "The study urged the party to focus on the nation's diverse electorate.")
    assert [e for e in evs if e[1] == "urged"] == [], evs


def test_a_tensed_verb_joined_to_a_requested_infinitive_is_done(run):
    # `urged X to reject the plan and criticized Y`: the parse hangs `criticized` on the infinitive; with a tense of
    # its own it is the subject's second act, told (on main it was marked asked for, hypothetical)
    for text, trigger in (("The senator urged voters to reject the plan and criticized the governor for his silence.",
                           "criticized"),
                          ("Kell asked the mayor to resign and condemned his handling of the crisis.", "condemned")):
        art = run("\n\n" + text + "\n\n" + HARM + "\n")
        assert [e.hypothetical for e in art.events if e.trigger.text == trigger] == [False], art.events
    evs = events(run, "The senator urged voters to reject the plan and criticized the governor for his silence.")
    assert [(e[2], e[3]) for e in evs if e[1] == "criticized"] == [(("The senator",), ("the governor",))], evs


def test_a_bare_verb_joined_to_a_requested_infinitive_stays_asked(run):
    # guard (passes on main too): `to abandon its weapons and comply`, `to resign and condemn` are asked for
    art = run("\n\nKell asked the mayor to resign and condemn the attack.\n\n" + HARM + "\n")
    assert [e.hypothetical for e in art.events if e.trigger.text == "condemn"] == [True], art.events


def test_a_denial_said_by_a_to_say_of_purpose(run):
    # `tweeted to say he had never suggested X`: the subject of the verb the purpose infinitive hangs on says it
    # (on main `say` had no subject of its own and no denial was made)
    evs = events(run, "Kell went on television to insist he did not attack the governor.")
    assert [(e[0], e[2], e[3]) for e in evs if e[1] == "attack"] == [("REJECT", ("Kell",), ("the governor",))], evs


def test_a_to_say_of_wish_or_request_denies_nothing(run):
    # guard (passes on main too): `wants to say`, `was asked to say` tell no denial made
    for text in ("Kell wants to say he did not attack the governor.",
                 "Kell was asked to say he did not attack the governor."):
        evs = events(run, text)
        assert not any(e[0] == "REJECT" for e in evs), evs
