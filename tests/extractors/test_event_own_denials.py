"""Denials with no verb of denial (issue 10, ev26c): a sayer telling that they themselves did not do a thing, in the
past, rejects the charge (`evaluative._own_denial`). Invented sentences."""
from __future__ import annotations

from tests.helpers import asserted, types


def _rejects(art, who: str) -> bool:
    return any(e.type == "REJECT" and any(who in p.text for p in e.source) for e in asserted(art))


def test_a_sayer_denying_their_own_deed_rejects_the_charge(run):
    art = run("\n\nThe harbour master insisted that he never took the money from the shipping firm.\n")
    assert _rejects(art, "harbour master"), types(art)
    art = run("\n\nMayor Linda Okafor said on Tuesday that she did not sign the contract with Brightway.\n")
    assert _rejects(art, "Okafor"), types(art)


def test_a_denial_in_the_first_person_is_the_quoted_speakers(run):
    art = run("\n\n\"I never touched the money in the campaign account,\" Senator Ray Dunmore said.\n")
    assert _rejects(art, "Dunmore"), types(art)


def test_no_denial_of_a_state_a_habit_a_refusal_or_anothers_deed(run):
    for text in ("\n\nThe governor said she did not know where the money had gone.\n",
                 "\n\nMinister Paulo Reis said he had never seen the report before Friday.\n",
                 "\n\nThe union's leaders said they do not take money from the party.\n",
                 "\n\nCritics said he never paid the workers their wages.\n",
                 "\n\nThe mayor did not say whether she had signed the deal.\n",
                 "\n\n\"I have never voted in a county election,\" said Dora Fenwick, a nurse.\n",
                 "\n\n\"We have not ruled out a gas leak,\" the fire chief said.\n"):
        art = run(text)
        assert not any(e.type == "REJECT" for e in asserted(art)), (text, types(art))
