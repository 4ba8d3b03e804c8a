"""Precision on unseen political news (issue 10, ev15p): invented sentences, one form each."""
from __future__ import annotations

from tests.helpers import asserted, listed


def test_an_act_in_the_clause_of_a_claim_is_alleged_not_asserted(run):
    """`his claim that X killed Y`, `the theory that`: what someone alleges; a report or a confirmation of it stays."""
    for text in ("The senator repeated his claim that immigrants killed 40 police officers last year.",
                 "He pushed the theory that the government attacked its own embassy."):
        art = run("\n\n" + text + "\n")
        assert not any(e.type == "ASSAULT" for e in asserted(art)), (text, listed(art))
    art = run("\n\nOfficials confirmed reports that the army killed 12 civilians in the village.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "killed" for e in asserted(art)), listed(art)
    # (a relative clause on the claim: test_a_claim_confirmed_is_asserted_and_a_claim_named_by_a_relative_clause...)


def test_a_negation_holds_for_verbs_joined_by_or_and_for_what_a_denied_verb_of_getting_names(run):
    """`never attacked or threatened X`, `didn't seek or receive X's endorsement`: none of it done; `but` does not
    carry the negation over."""
    art = run("\n\nThe minister said Russia never attacked or threatened Ukraine.\n")
    assert not any(e.type == "THREATEN" for e in asserted(art)), listed(art)
    art = run("\n\nThe governor said he didn't seek or receive the union's endorsement in the race.\n")
    assert not any(e.type == "SUPPORT" for e in asserted(art)), listed(art)
    art = run("\n\nRussia did not attack Ukraine but threatened Kiev.\n")
    assert any(e.type == "THREATEN" for e in asserted(art)), listed(art)


def test_a_claim_confirmed_is_asserted_and_a_claim_named_by_a_relative_clause_alleges_nothing(run):
    """(rev15a) `confirmed the claim that gunmen killed three guards`: the act is told as true; `the claim the
    senator attacked`: a relative clause, the claim is what was attacked, nothing alleged in it."""
    art = run("\n\nPolice confirmed the claim that gunmen killed three guards at the mine.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "killed" for e in asserted(art)), listed(art)
    art = run("\n\nThe claim the senator attacked in his speech was false.\n")
    assert any(e.trigger.text == "attacked" for e in asserted(art)), listed(art)
    art = run("\n\nThe ministry repeated the claim that gunmen killed three guards at the mine.\n")
    assert not any(e.type == "ASSAULT" for e in asserted(art)), listed(art)


def test_a_negation_over_or_stops_at_the_next_and(run):
    """(rev15a) `did not meet Putin or call him, and criticized the Kremlin`: the criticism after `and` was made."""
    art = run("\n\nThe minister did not meet Putin or call him, and criticized the Kremlin instead.\n")
    assert any(e.type == "ACCUSE" and e.trigger.text == "criticized" for e in asserted(art)), listed(art)
    assert not any(e.type == "CONSULT" for e in asserted(art)), listed(art)


def test_nor_denies_its_own_clause(run):
    """(rev15a) `nor did it threaten Kiev`, `Nor did the army threaten the town`: a clause `nor` opens is denied,
    subject and auxiliary of its own or not."""
    for text in ("Russia did not attack Ukraine, nor did it threaten Kiev.",
                 "The minister did not criticize Israel, nor did he condemn the strike.",
                 "Nor did the army threaten the town."):
        art = run("\n\n" + text + "\n")
        assert not any(e.trigger.text in ("threaten", "condemn") for e in asserted(art)), (text, listed(art))
