"""ev53: false and lost events of whole articles, by class (issue 11). Invented sentences (invented names and towns);
each group has near-misses the rule must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, shown


def _of(art, etype: str) -> list:
    return [e for e in asserted(art) if e.type == etype]


# 1. a threat made by a person named by kin, standing or role (senses.person_word; victim_nouns ev53 rows): the
#    threat is kept, as for `the man` (on main the subject was read as a thing and the threat dropped)
@pytest.mark.parametrize("text", [
    "The defendant threatened to kill the witness in the Ostra case.",
    "Her uncle threatened to shoot the neighbor in Dunsby.",
    "The hitchhiker threatened to stab the driver near Fenwick.",
    "The juvenile threatened to hurt a teacher at the Marlow school.",
    "The veteran threatened to beat the clerk at the Calder post office.",
    "A hijacker threatened to kill the pilot of the Ostra flight.",
])
def test_a_person_noun_threatens(run, text):
    art = run("\n\n" + text + "\n")
    assert _of(art, "THREATEN"), shown(art)


# near-misses: a thing still runs a risk, and a private person's words of blame or praise stay out
@pytest.mark.parametrize("text", [
    "The storm threatened to flood the towns along the Marl river.",
    "The dispute threatened to derail the talks in Ostra.",
])
def test_a_thing_still_threatens_nobody(run, text):
    art = run("\n\n" + text + "\n")
    assert not _of(art, "THREATEN"), shown(art)


@pytest.mark.parametrize("text, etype", [
    ("The coach criticized the referee after the Marlow game.", "ACCUSE"),
    ("The veteran praised the striker of the Dunsby club.", "SUPPORT"),
])
def test_a_private_persons_words_stay_out(run, text, etype):
    art = run("\n\n" + text + "\n")
    assert not _of(art, etype), shown(art)


def test_the_person_rows_load():
    from dateline.extractors.events.victims import _person_nouns
    assert {"hitchhiker", "abductor", "spouse"} <= set(_person_nouns())
    assert "storm" not in _person_nouns()
