"""Issue 10, PLV must not fall (plv31): a measure laid on someone is kept and clears the floor, and an attack told
plainly and reported by someone accuses no one; invented sentences."""
from __future__ import annotations

from tests.helpers import found, kept, sides, types


def test_a_sanction_laid_stays_beside_a_blame_in_its_sentence(run):
    art = run("\n\nOn Monday, the president ordered hard-hitting financial sanctions on the Andorran finance minister, "
              "holding him responsible for the unrest.\n")
    assert [sides(e) for e in kept(art, "SANCTION")] == [(["the president"], ["the Andorran finance minister"])]


def test_measures_laid_clear_the_floor(run):
    for text in ("Britain has frozen the assets of the oligarch.",
                 "The Commerce Department blacklisted six Chinese companies.",
                 "The European Union slapped an arms embargo on Freedonia last year."):
        art = run("\n\n" + text + "\n")
        assert kept(art, "SANCTION"), text


def test_a_measure_denied_or_a_stop_verb_keeps_its_score(run):
    art = run("\n\nBritain did not impose sanctions on the oligarch.\n")
    assert not kept(art, "SANCTION")          # (negated: no prior)
    art = run("\n\nThe government cut aid to the province.\n")
    assert not kept(art, "SANCTION")          # (a stop verb: its learned score)


def test_a_side_telling_its_own_attack_accuses_no_one(run):
    art = run("\n\nThe Freedonian army said it had launched airstrikes against a rebel camp in Sylvania.\n")
    assert found(art, "ASSAULT") and not found(art, "ACCUSE")
    art = run("\n\nPolice say a local militia planned the attacks on the market.\n")
    assert [sides(e) for e in found(art, "ACCUSE")] == [(["Police"], ["a local militia"])]   # (a plot: blame)


def test_a_measure_promised_is_not_laid(run):
    art = run("\n\nThe candidate won votes by promising to impose steep tariffs on Freedonian cars.\n")
    assert not kept(art, "SANCTION") or all(e.hypothetical for e in found(art, "SANCTION"))


def test_a_gerund_names_a_measure_it_does_not_lay(run):
    art = run("\n\nThe party wants strong planks on issues like banning imports of Freedonian gas.\n")
    assert not kept(art, "SANCTION")
    art = run("\n\nThe ministry is imposing sanctions on three Freedonian banks.\n")
    assert kept(art, "SANCTION")


def test_backing_a_states_initiative_named_by_its_adjective_backs_them(run):
    art = run("\n\nHungary's prime minister pledged his full support for the Polish initiative.\n")
    assert [sides(e) for e in found(art, "SUPPORT")] == [(["Hungary's prime minister"], ["the Polish initiative"])]
    art = run("\n\nThe minister pledged his full support for Polish cheese.\n")
    assert not found(art, "SUPPORT")          # (a thing, no measure of a state)


def test_a_goal_set_out_in_an_attempt_is_not_done(run):
    art = run("\n\nThe biggest factor was the failed attempt to overthrow the Freedonian president.\n")
    assert not [e for e in found(art, "COERCE") if not e.hypothetical], types(art)


def test_a_summons_to_complain_is_the_complaint(run):
    art = run("\n\nFreedonia summoned the Sylvanian ambassador to complain about the border incident.\n")
    assert found(art, "ACCUSE") and not found(art, "REQUEST")
    art = run("\n\nFreedonia summoned the Sylvanian ambassador on Monday.\n")
    assert found(art, "REQUEST")              # (a summons alone stays)


def test_an_envoy_expelled_reduces_relations(run):
    art = run("\n\nHours earlier the president expelled the top Freedonian diplomat over the dispute.\n")
    assert [sides(e) for e in found(art, "SANCTION")] == [(["the president"], ["the top Freedonian diplomat"])]
    assert not found(art, "COERCE")
    art = run("\n\nThe government expelled five Sylvanians who were questioned by police.\n")
    assert not found(art, "SANCTION")         # (people expelled: coerced)
