"""Participants found beyond the trigger's own slots (issue 10, ev14r): the victims a sentence of an attack names with
its words of wounding and death (`victims.py`), and a relative pronoun that opens its clause from deeper down than
its verb (`who he claims has been unfair`, `whom he lit into`), resolved to the noun it stands for."""
from __future__ import annotations

from tests.helpers import found, targets


def test_every_victim_of_a_shooting_is_a_target(run):
    art = run("\n\nThree men died and two women were wounded after a shooting outside a bar in Dayton on Sunday.\n")
    got = [targets(e) for e in found(art, "ASSAULT")]
    assert got, [(e.type, e.trigger.text) for e in art.events]
    assert any(any("Three men" in t for t in ts) and any("two women" in t for t in ts) for ts in got), got


def test_the_one_a_gunman_wounded_is_the_target_not_the_fire(run):
    art = run("\n\nTwo men in a dark pickup truck opened fire on Maple Street, wounding a 17-year-old in the leg.\n")
    got = [targets(e) for e in found(art, "ASSAULT")]
    assert any(any("17-year-old" in t for t in ts) for ts in got), got


def test_victims_of_another_doer_stay_with_that_act(run):
    art = run("\n\nA gunman opened fire at the mall, injuring six shoppers before he was shot by a deputy.\n")
    fire = [e for e in found(art, "ASSAULT") if e.trigger.text.startswith("opened")]
    assert fire and any("six shoppers" in t for t in targets(fire[0])), [(e.trigger.text, targets(e))
                                                                       for e in found(art, "ASSAULT")]
    by_deputy = [e for e in found(art, "ASSAULT") if any("deputy" in p.text for p in e.source)]
    assert all(not any("shoppers" in t for t in targets(e)) for e in by_deputy), [targets(e) for e in by_deputy]


def test_a_place_or_a_thing_hit_is_no_victim(run):
    art = run("\n\nA bomb exploded near the embassy in Lome, destroying two cars.\n")
    assert all(not any("cars" in t for t in targets(e)) for e in found(art, "ASSAULT")), [targets(e) for e in found(art, "ASSAULT")]


def test_a_relative_pronoun_under_a_reporting_verb_is_its_noun(run):
    art = run("\n\nThe senator's quarrel was with Governor Pell, who he says has been hostile to him.\n")
    acc = [(e.trigger.text, [p.text for p in e.target]) for e in art.events if e.type == "ACCUSE"]
    assert acc and all("who" not in t for _, t in acc), acc
    assert any(any("Pell" in x for x in t) for _, t in acc), acc


def test_a_relative_pronoun_after_a_preposition_is_its_noun(run):
    art = run("\n\nThe one rival he never attacked was Governor Pell, with whom he had sparred for months.\n")
    acc = [[p.text for p in e.target] for e in art.events if e.type == "ACCUSE" and "spar" in e.trigger.text]
    assert acc and any("Pell" in x for x in acc[0]), acc


def test_a_verbal_act_with_no_doer_in_reported_words_is_the_speakers(run):
    art = run("\n\nThe governor's budget plan was sharply criticized, Senator Halvorsen said.\n")
    acc = [e for e in art.events if e.type == "ACCUSE" and not e.negated]
    assert acc and any("Halvorsen" in p.text for p in acc[0].source), [(e.trigger.text, e.source) for e in acc]


def test_a_verbal_act_with_its_own_doer_keeps_it(run):
    art = run("\n\nThe mayor said the union had criticized the governor's budget.\n")
    acc = [e for e in art.events if e.type == "ACCUSE" and "critici" in e.trigger.text]
    assert acc and [p.text for p in acc[0].source] == ["the union"], [(e.trigger.text, e.source) for e in acc]


def test_criticism_of_an_idea_is_aimed_at_whom_the_idea_tells_of(run):
    art = run("\n\nSenator Halvorsen questioned the claim that Governor Pell had balanced the budget.\n")
    acc = [e for e in art.events if e.type == "ACCUSE" and "question" in e.trigger.text]
    assert acc and any("Pell" in p.text for p in acc[0].target), [(e.trigger.text, e.target) for e in acc]


def test_an_apposition_as_participant_has_the_name_it_describes_beside_it(run):
    art = run("\n\nSenator Ana Halvorsen, a Vermont Democrat who has also endorsed Governor Pell, spoke on Monday.\n")
    sup = [e for e in art.events if e.type == "SUPPORT"]
    assert sup and any("Halvorsen" in p.text for p in sup[0].source), [(e.trigger.text, e.source) for e in sup]


def test_criticism_with_no_target_is_aimed_at_whom_its_saying_clause_names(run):
    art = run("\n\nSenator Halvorsen lashed out on Monday, arguing that Governor Pell had wasted the surplus.\n")
    acc = [e for e in art.events if e.type == "ACCUSE"]
    assert acc and any("Pell" in p.text for p in acc[0].target), [(e.trigger.text, e.target) for e in acc]


def test_an_it_that_condemns_in_quoted_words_is_the_speaker(run):
    art = run("\n\n''As the threats have changed, so has our work,'' Aberwick Telecom said in a statement, adding that it "
              "''condemns the use of its network to spread hate.''\n")
    acc = [e for e in art.events if e.type == "ACCUSE" and "condemn" in e.trigger.text]
    assert acc and any("Aberwick Telecom" in p.text for p in acc[0].source), [(e.trigger.text, e.source) for e in acc]


def test_victims_of_another_attack_in_the_sentence_stay_with_it(run):
    """A casualty verb with a doer of its own, under another attack noun or naming the attack its victims fell in
    tells another attack: its victims are not the trigger's targets (review rev14b)."""
    for text, trigger, victim in (
            ("Rebels shelled the market on Monday, a day after airstrikes killed 20 civilians in Idlib.", "shelled",
             "20 civilians"),
            ("Gunmen attacked a bus near Garissa, a week after 15 soldiers died in a roadside bombing.", "attacked",
             "15 soldiers"),
            ("A car bomb killed 12 people in the capital, and in the north a blast wounded 30 recruits.", "killed",
             "30 recruits")):
        art = run("\n\n" + text + "\n")
        got = [targets(e) for e in found(art, "ASSAULT") if e.trigger.text == trigger]
        assert got and not any(victim in t for t in got[0]), (text, got)
    art = run("\n\nThe bombing of the market came a year after an earlier attack in which 40 people died.\n")
    bomb = [targets(e) for e in found(art, "ASSAULT") if e.trigger.text == "bombing"]
    assert bomb and not any("40 people" in t for t in bomb[0]), bomb
    art = run("\n\nIn the attack, a car bomb killed 12 people.\n")      # (the trigger's own clause keeps them)
    assert any(any("12 people" in t for t in targets(e)) for e in found(art, "ASSAULT")), [targets(e) for e in found(art, "ASSAULT")]


def test_criticism_a_speaker_reports_is_not_the_speakers(run):
    """An event noun that is its clause's subject (or what `there is`) is a thing others do, reported."""
    art = run("\n\nThe mayor said criticism of the police chief had intensified after the shooting.\n")
    acc = [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "criticism"]
    assert acc and not any("mayor" in p.text for p in acc[0].source), [(e.trigger.text, e.source) for e in acc]
    art = run("\n\nOfficials said there were appeals for calm across the region.\n")
    assert not any(any("Officials" in p.text for p in e.source) for e in art.events if e.trigger.text == "appeals"), \
        [(e.trigger.text, e.source) for e in art.events]


def test_an_added_participant_never_makes_an_actor_act_on_itself(run):
    """The speaker is not the critic of their own remarks; the name beside a description is not its own target."""
    art = run("\n\nThe remarks by Donald Trump were criticized, Mr. Trump said.\n")
    for e in art.events:
        mine = {p.actor for p in e.source if p.actor}
        assert not any(p.actor in mine for p in e.target), (e.type, e.source, e.target)
    art = run("\n\nSenator Bernie Sanders, a Vermont independent who has attacked Bernie Sanders, spoke.\n")
    for e in art.events:
        mine = {p.actor for p in e.source if p.actor}
        assert not any(p.actor in mine for p in e.target), (e.type, e.source, e.target)


def test_a_description_of_a_list_of_names_has_every_name_beside_it(run):
    art = run("\n\nSenators Halvorsen, Pell and Brandt, all Democrats who have criticized the plan, voted no.\n")
    acc = [[p.text for p in e.source] for e in art.events if e.type == "ACCUSE" and "critici" in e.trigger.text]
    assert acc and all(any(n in x for x in acc[0]) for n in ("Halvorsen", "Pell", "Brandt")), acc


def test_the_same_words_are_never_both_source_and_target(run):
    art = run("\n\nMerkel criticized the agreement signed by the leaders of France and Italy in Rome.\n")
    for e in art.events:
        assert not {(p.start, p.end) for p in e.source} & {(p.start, p.end) for p in e.target}, (
            e.type, e.trigger.text, e.source, e.target)
