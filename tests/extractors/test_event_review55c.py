"""review55c: a second reading of ev55a (events that are not events) and ev55b (events' sources), issue 11. Each test is
an over-reach found in invented sentences of other genres, narrowed, with the near-miss the piece's rule must still
catch. Invented sentences (invented names and towns)."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, shown


def _of(art, etype: str) -> list:
    return [e for e in asserted(art) if e.type == etype]


# 1. an illness word that is part of a name is no bout of illness (senses._bout_of_illness): `Heart` of a school or a
#    church named before an attack
def test_a_names_heart_is_no_illness(run):
    art = run("\n\nThe Sacred Heart attack left four dead, police in Marlow said.\n")
    assert _of(art, "ASSAULT"), shown(art)


# near-miss: a common `heart` before the attack is still an illness
def test_a_heart_attack_is_still_an_illness(run):
    art = run("\n\nThe treasurer of Marlow had a heart attack at the Dunsby depot last week.\n")
    assert not _of(art, "ASSAULT") and not _of(art, "ACCUSE"), shown(art)


# 2. a seizure the police or agents `had`, or one of goods (`a drug seizure`), is a taking, no fit
@pytest.mark.parametrize("text", [
    "Border agents had another big drug seizure on Tuesday near Calder.",
    "Customs officers had a record seizure at the Dunsby port last month.",
])
def test_a_seizure_by_the_police_stays(run, text):
    art = run("\n\n" + text + "\n")
    assert _of(art, "COERCE"), shown(art)


# near-miss: a person who had a seizure had a fit
def test_a_persons_seizure_is_still_a_fit(run):
    art = run("\n\nMr. Harlan Voss had a seizure at his home in Calder and died, his family said.\n")
    assert not _of(art, "COERCE"), shown(art)


# 3. a crowd that gathers to demand something, or against something, protests in a story with no other protest word
#    (checks._gathered_to_claim)
@pytest.mark.parametrize("text", [
    "A crowd gathered outside the Marlow courthouse on Friday to demand justice for the slain teenager.",
    "A crowd gathered outside the Ostran embassy against the new tax law.",
])
def test_a_crowd_gathered_for_a_claim_protests(run, text):
    art = run("\n\n" + text + "\n")
    assert _of(art, "PROTEST"), shown(art)


# near-misses: a crowd at a stadium or at a crime scene, or gathered to cheer, is no protest
@pytest.mark.parametrize("text", [
    "A crowd gathered outside the Varden arena on Friday to cheer the team.",
    "A crowd of 40,000 gathered at the Varden stadium on Saturday to watch the final.",
    "A crowd gathered near the scene of the shooting on Elm Street as officers worked.",
])
def test_a_crowd_with_no_claim_is_no_protest(run, text):
    art = run("\n\n" + text + "\n")
    assert not _of(art, "PROTEST"), shown(art)


def test_gathered_to_claim():
    from dateline import nlp
    from dateline.extractors.events.checks import _gathered_to_claim
    doc = nlp.load()("A crowd gathered to denounce the mayor. A crowd gathered to hear the band.")
    gathered = [t for t in doc if t.lower_ == "gathered"]
    assert _gathered_to_claim(gathered[0])
    assert not _gathered_to_claim(gathered[1])


# 4. a pronoun read as its antecedent, its partners kept (ev55b), is not added back as a source of its own by the
#    conjuncts of a partner (events._with_conjuncts): `he` is Reyes, who is there already
@pytest.mark.parametrize("text, want", [
    ("Senator Tom Reyes said he and his wife met with the governor of Ostra on Friday.", ("Reyes", "wife")),
    ("Tarn said that she and her aides met the envoy from Ostra on Friday.", ("Tarn", "aides")),
])
def test_a_pronoun_read_as_its_antecedent_is_no_second_source(run, text, want):
    art = run("\n\n" + text + "\n")
    got = [p.text for e in _of(art, "CONSULT") for p in e.source]
    assert all(any(w in s for s in got) for w in want), shown(art)
    assert not any(s.lower() in ("he", "she") for s in got), shown(art)


# near-miss: a pronoun that is a partner itself (no antecedent read for it) is still added beside a name
def test_a_partner_pronoun_still_joins(run):
    art = run("\n\nThe firefighters of Marlow praised Chief Dana Kell and him on Monday.\n")
    got = [p.text for e in _of(art, "SUPPORT") for p in e.target]
    assert any("Kell" in t for t in got) and any("him" in t for t in got), shown(art)
