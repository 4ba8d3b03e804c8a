"""Source and target of events whose type is found (issue 10, ev19d): a feeling said of a pronoun is that one's own,
aimed at whom it is about; the thing a free relative of a naming verb names (`criticized what she called ...`); the
phrase's own noun is no target (`opened fire`); the one after `out of` in `bomb the hell out of X`; whom a threat's
condition is laid on; the one given to, let or helped in a refused or agreed act; whose conduct `X said of Y`."""
from __future__ import annotations

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


def test_a_feeling_said_of_a_pronoun_is_no_verdict_on_it(run):
    art = run("\n\nSenator Marla Okafor said on Friday she was happy to see that Pettigrew had been elected.\n")
    got = [(texts(e.source), texts(e.target)) for e in found(art, "SUPPORT")]
    assert got and all(ts != ["she"] for _, ts in got), shown(art)
    assert any(any("Pettigrew" in t for t in ts) for _, ts in got), shown(art)


def test_a_feeling_about_nothing_named_backs_no_one(run):
    art = run("\n\nDelegate Tom Archer said he was happy with the weather at the rally on Sunday.\n")
    assert not any(texts(e.target) == ["he"] for e in found(art, "SUPPORT")), shown(art)


def test_glad_to_have_someone_backs_them(run):
    art = run("\n\nTwo county chairmen said they would be glad to have Brandt at their fundraisers.\n")
    got = [texts(e.target) for e in found(art, "SUPPORT")]
    assert any(any("Brandt" in t for t in ts) for ts in got), shown(art)


def test_glad_to_see_someone_go_is_still_no_backing(run):
    art = run("\n\nMr. Brandt said he would be happy to see Pruitt go.\n")
    assert not any("Pruitt" in " ".join(texts(e.target)) for e in found(art, "SUPPORT")), shown(art)


def test_what_someone_called_a_thing_is_that_thing(run):
    art = run("\n\nGovernor Pruitt attacked what she called the reckless spending plans of the mayor, "
              "Tom Brandt.\n")
    got = [texts(e.target) for e in found(art, "ACCUSE")]
    assert any(any("Brandt" in t for t in ts) for ts in got), shown(art)
    assert all("what" not in ts for ts in got), shown(art)


def test_what_someone_described_as_a_thing_is_that_thing(run):
    art = run("\n\nOkafor condemned what she described as a smear campaign by Senator Pell.\n")
    got = [texts(e.target) for e in found(art, "ACCUSE")]
    assert any(any("Pell" in t for t in ts) for ts in got), shown(art)


def test_he_was_opposed_to_someone_is_aimed_at_them(run):
    art = run("\n\nDan Trask, a county chairman, told the paper on Sunday that he was firmly opposed "
              "to Brandt.\n")
    got = [texts(e.target) for e in found(art, "ACCUSE")]
    assert all(ts != ["he"] for ts in got), shown(art)


def test_the_noun_of_opened_fire_is_no_target(run):
    art = run("\n\nTwo deputies opened fire after the truck rammed their cruiser, the sheriff said.\n")
    got = [texts(e.target) for e in found(art, "ASSAULT")]
    assert got and all("fire" not in ts for ts in got), shown(art)


def test_bomb_the_hell_out_of_someone_aims_at_them(run):
    art = run("\n\nBrandt promised to bomb the hell out of the rebels.\n")
    got = [texts(e.target) for e in found(art, "THREATEN")]
    assert any(any("rebels" in t for t in ts) for ts in got), shown(art)
    assert all(not any("hell" in t for t in ts) for ts in got), shown(art)


def test_a_threat_is_aimed_at_whom_its_condition_is_laid_on(run):
    art = run("\n\nThe union threatened to strike unless the Marlowe Company raises wages.\n")
    got = [texts(e.target) for e in found(art, "THREATEN")]
    assert any(any("Marlowe" in t for t in ts) for ts in got), shown(art)


def test_a_condition_on_the_weather_names_no_target(run):
    art = run("\n\nThe mayor threatened to close the park if it rains again.\n")
    got = [texts(e.target) for e in found(art, "THREATEN")]
    assert all("it" not in ts for ts in got), shown(art)


def test_a_refused_gift_is_aimed_at_whom_it_was_for(run):
    art = run("\n\nThe ministry refused to give me a travel permit.\n")
    got = [texts(e.target) for e in found(art, "REJECT")]
    assert any("me" in ts for ts in got), shown(art)


def test_agreeing_to_let_someone_act_is_aimed_at_them(run):
    art = run("\n\nThe committee agreed on Friday to allow Brandt to use its donor lists.\n")
    got = [texts(e.target) for e in found(art, "AGREE")]
    assert any(any("Brandt" in t for t in ts) for ts in got), shown(art)


def test_whose_conduct_a_quote_is_said_of(run):
    art = run('\n\n"His record is shameful," Pell said of Tom Brandt.\n')
    got = [texts(e.target) for e in found(art, "ACCUSE")]
    assert any(any("Brandt" in t for t in ts) for ts in got), shown(art)


def test_a_talk_had_with_someone_is_had_by_the_subject(run):
    art = run("\n\nPresident Okafor had a long talk on Tuesday with Pierre Brandt.\n")
    got = [(texts(e.source), texts(e.target)) for e in found(art, "CONSULT")]
    assert any(any("Okafor" in s for s in ss) and any("Brandt" in t for t in ts) for ss, ts in got), shown(art)


def test_a_figure_of_beating_the_hell_out_of_someone_is_no_target_change(run):
    art = run("\n\nPell's team has been beating the hell out of the rival campaign all week.\n")
    assert not any(any("campaign" in t for t in texts(e.target)) for e in found(art, "ASSAULT")), shown(art)


def test_pledging_to_make_someone_pay_is_not_aimed_at_them_by_the_letting_rule(run):
    art = run("\n\nBrandt pledged to make Ruritania pay for the new dam.\n")
    assert not any(e.type == "AGREE" and any("Ruritania" in t for t in texts(e.target)) for e in art.events), shown(art)


def test_him_in_a_clause_with_its_own_subject_is_not_the_object_above(run):
    art = run("\n\nHe could barely finish his answer at the hearing when Senator Pell accused him of "
              "lying.\n")
    got = [texts(e.target) for e in found(art, "ACCUSE")]
    assert got and all(not any("answer" in t for t in ts) for ts in got), shown(art)


def test_him_in_a_quote_is_the_one_person_the_quote_named_before_it(run):
    art = run('\n\n"All year we kept quiet, watching the arrogance of Tom Brandt, him mocking veterans, nurses and '
              'farmers," Khalid Rahim said.\n')
    got = [e.source for e in found(art, "ACCUSE") if e.trigger.text == "mocking"]
    names = {a.id: a.name for a in art.actors}
    assert got and all(any(p.text == "Tom Brandt" or names.get(p.actor) == "Tom Brandt" for p in ss) for ss in got), \
        shown(art)


def test_he_in_a_quote_is_not_named_by_a_noun_before_the_quote(run):
    art = run('\n\nAfter an hour with the visiting envoy, Pell told reporters: "I condemn him for his words."\n')
    got = [e.target for e in found(art, "ACCUSE")]
    assert all(all("envoy" not in p.text for p in ts) for ts in got), shown(art)


def test_a_letter_speaks_for_whoever_signed_it(run):
    art = run("\n\nA letter signed by Tom Brandt, a former clerk, accuses Mayor Pell of retaliation.\n")
    got = [e.source for e in found(art, "ACCUSE")]
    names = {a.id: a.name for a in art.actors}
    assert any(any(names.get(p.actor) == "Tom Brandt" or "Brandt" in p.text for p in ss) for ss in got), shown(art)


def test_him_in_a_clause_with_its_own_subject_may_still_be_the_person_above(run):
    art = run("\n\nPell might renominate Judge Tom Reyes if Okafor withdraws him from consideration.\n")
    got = [texts(e.target) for e in art.events if e.type == "RETREAT"]
    assert any(any("Reyes" in t for t in ts) for ts in got), shown(art)


def test_refusing_to_let_a_thing_happen_is_aimed_at_no_one(run):
    art = run("\n\n\"We refuse to let fear rule this town,\" Ms. Okafor said.\n")
    assert not any("fear" in texts(e.target) for e in art.events), shown(art)


def test_criticism_a_plan_sparked_is_aimed_at_the_plan(run):
    art = run("\n\nThe Marlowe Company's plan to close the mill sparked criticism from union leaders and "
              "the mayor.\n")
    got = [texts(e.target) for e in found(art, "ACCUSE")]
    assert any(any("plan" in t or "Marlowe" in t for t in ts) for ts in got), shown(art)
    assert all("the mayor" not in ts for ts in got), shown(art)
