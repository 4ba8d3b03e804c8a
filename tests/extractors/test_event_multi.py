"""Several events of one type in a sentence (issue 10, dyad recall): a second act of the type is kept when another
actor does it in a clause of its own, though the clause hangs from the first act; invented sentences, each with a
near miss."""
from __future__ import annotations

from tests.helpers import found


def test_a_clause_with_its_own_subject_is_another_act_not_a_participle(run):
    art = run("\n\nEven as Governor Ann Hale was criticizing Senator Tom Reyes, she came under fire from the unions "
              "over her budget.\n")
    accuse = found(art, "ACCUSE")
    assert any(e.trigger.text == "criticizing" and e.source[0].text == "Governor Ann Hale" for e in accuse), \
        [(e.trigger.text, [p.text for p in e.source]) for e in accuse]
    assert len(accuse) == 2


def test_another_doer_under_a_participle_of_the_chosen_act_is_kept(run):
    art = run("\n\nSenator Tom Reyes has said that the Hale campaign is unfairly attacking his record, pointing to "
              "his votes on taxes, while his supporters have accused Governor Ann Hale of lying.\n")
    accuse = found(art, "ACCUSE")
    assert any(e.trigger.text == "accused" and [p.text for p in e.target] == ["Governor Ann Hale"] for e in accuse), \
        [(e.trigger.text, [p.text for p in e.target]) for e in accuse]


def test_the_same_doer_telling_the_act_again_is_one_event(run):
    art = run("\n\nGovernor Ann Hale criticised Mayor Jim Colt on Monday, accusing him of wasting money.\n")
    assert [e.trigger.text for e in found(art, "ACCUSE")] == ["criticised"]
