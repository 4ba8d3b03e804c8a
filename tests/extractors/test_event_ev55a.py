"""ev55a: events that are not events, by class of local and web news (issue 11). Invented sentences (invented names
and towns); each group has near-misses the rule must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, found, shown


# 1. a bout of illness (event_senses `bout` before an attack noun; a `fitnoun` had or suffered): no act of anyone
@pytest.mark.parametrize("text", [
    "Their grandfather died of a heart attack at his farm near Dunsby in 2011.",
    "The senator from Ostra had a heart attack last week, his office said.",
    "Mr. Varla suffered a panic attack during the hearing in Calder.",
    "The boy died of an asthma attack at the Marlow school.",
    "The councilwoman had a seizure at the Fenwick town meeting, aides said.",
])
def test_a_bout_of_illness_is_no_event(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "ASSAULT") and not found(art, "ACCUSE") and not found(art, "COERCE"), shown(art)


# near-misses: an attack on the heart of a place, a seizure of goods, an attack with no illness word
@pytest.mark.parametrize("text, etype", [
    ("Rebels launched an attack on the heart of Ostra on Monday.", "ASSAULT"),
    ("Customs agents made a seizure of 40 pounds of cocaine at the Dunsby port.", "COERCE"),
    ("The seizure of the tanker by Ostran forces angered the government of Calder.", "COERCE"),
    ("Gunmen carried out an attack on a police post near Marlow.", "ASSAULT"),
])
def test_attacks_and_seizures_stay(run, text, etype):
    art = run("\n\n" + text + "\n")
    assert found(art, etype), shown(art)


# 2. a crowd (event_senses `throng`) that gathers is a protest only in a story that names one (`protestnamed`)
@pytest.mark.parametrize("text", [
    "Two men were shot outside a store on Fenwick Avenue on Friday. A crowd had gathered outside the store by the "
    "time officers arrived.",
    "A fire destroyed a barn near Dunsby. A crowd gathered on the road to watch the firefighters.",
])
def test_a_crowd_gathered_is_no_protest(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "PROTEST"), shown(art)


# near-misses: protesters gather; a crowd gathers in a story of a march or a demonstration
@pytest.mark.parametrize("text", [
    "Protesters gathered outside the Calder embassy on Sunday.",
    "Hundreds of people marched through downtown Ostra on Sunday. Later a crowd gathered outside city hall.",
    "The demonstration against the dam began at noon. A crowd gathered outside the Marlow courthouse.",
])
def test_protesters_and_crowds_of_a_protest_gather(run, text):
    art = run("\n\n" + text + "\n")
    assert found(art, "PROTEST"), shown(art)


# 3. a deed of force done to oneself, told under a verb of belief or conclusion: no one is blamed
@pytest.mark.parametrize("text", [
    "Investigators believe the gunman killed himself after the attack on the Dunsby mall.",
    "Police believe the gunman killed himself in the parking lot of the Ostra mall.",
])
def test_harm_to_oneself_blames_no_one(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "ACCUSE"), shown(art)


# near-misses: a deed of force done to another, and a wrong done to others for oneself, stay blamed
@pytest.mark.parametrize("text", [
    "Investigators believe the gunman killed the clerk after the robbery in Dunsby.",
    "Deputies believe that Tom Varla killed the driver near Ostra.",
])
def test_harm_to_another_stays_blamed(run, text):
    art = run("\n\n" + text + "\n")
    assert found(art, "ACCUSE"), shown(art)


# 4. a hope or a wish told (event_cues `hopeverb`, `hopeform`; intent_verbs `poise`): the act hoped for is not done.
#    The parser's lemmatiser reads `hopes`, `hoped`, `hoping` as `hop`, so `hopes to meet` was asserted on main.
@pytest.mark.parametrize("text", [
    "Governor Dunn hopes to meet the rebel leaders in Ostra next month.",
    "The Calder council hoped to sign the water accord with Marlow.",
    "Senator Varla hopes the council approves the dam plan on Monday.",
    "Mr. Orlov prays that the rebels release the hostages held near Dunsby.",
    "The Ostra party is poised to nominate Tom Hale for governor.",
])
def test_a_hoped_act_is_not_done(run, text):
    art = run("\n\n" + text + "\n")
    assert not asserted(art), shown(art)


# near-misses: an act told under a verb of saying or finding, and an act beside a hope, are done
@pytest.mark.parametrize("text, etype", [
    ("Senator Varla said that the council approved the dam plan on Monday.", "AGREE"),
    ("The inquiry found that the army had attacked the village of Dunsby.", "ASSAULT"),
    ("Governor Dunn, who hopes to win a second term, criticized the mayor of Ostra on Monday.", "ACCUSE"),
    ("Governor Dunn met the rebel leaders in Ostra, hoping for a truce.", "CONSULT"),
])
def test_acts_told_beside_a_hope_stay(run, text, etype):
    art = run("\n\n" + text + "\n")
    assert found(art, etype), shown(art)
