"""review52c: ev52's four no-event rules read again on other genres (extractors/events/senses.py; event_senses.tsv
`review52c` block). Each narrowed form keeps the event ev52 dropped; beside it, the form ev52's rule must still drop.
Invented sentences."""
from __future__ import annotations

import pytest

from dateline.extractors.events.checks import senses
from tests.helpers import asserted, shown


def _at(art, etype: str, word: str) -> list:
    return [e for e in asserted(art) if e.type == etype and e.trigger.text == word]


def _any_at(art, word: str) -> list:
    return [e for e in asserted(art) if e.trigger.text == word]


# an invitation whose host or guest is a political actor is a visit or a meeting, whatever the pastime named
# (dropped on int52 ef4a5e48 by `_pastime_invited`)
@pytest.mark.parametrize("text", [
    "Prime Minister Dalen invited the German ambassador to stay with him at his residence.",
    "Kenya's president invited the Chinese envoy to stay overnight at the state house.",
    "The governor of Ohio invited the visiting senators to watch a film about the flood at the mansion.",
    "President Abara invited the rebel commanders to stay overnight in the capital after the talks.",
    "The mayor invited the city council to his home to watch a movie about the old mill.",
])
def test_an_invitation_among_political_actors_stays(run, text):
    art = run("\n\n" + text + "\n")
    assert _any_at(art, "invited"), shown(art)


def test_a_private_invitation_is_still_no_event(run):
    art = run("\n\nThe neighbour invited Lena Roe to her flat to watch a film, police said.\n")
    assert not _any_at(art, "invited"), shown(art)


# a threat to harm oneself only when the infinitive's own objects are all oneself, after a verb of harm
# (dropped on int52 by `_self_harm_threatened`; the last two also left the threatened act asserted as an ASSAULT)
@pytest.mark.parametrize("text, act", [
    ("Deputies said Rolf Amsel threatened to kill himself and his two sons.", None),
    ("Senator Tamm threatened to recuse himself from the vote on the pipeline.", None),
    ("The man threatened to blow himself up inside the Harwick bank.", "blow himself up"),
    ("The gunman threatened to kill the deputies who found him hiding himself in a barn.", "kill"),
])
def test_a_threat_beyond_oneself_stays(run, text, act):
    art = run("\n\n" + text + "\n")
    assert _at(art, "THREATEN", "threatened"), shown(art)
    if act:
        assert not _at(art, "ASSAULT", act), shown(art)


@pytest.mark.parametrize("text", [
    "Her brother threatened to hang himself in the barn, deputies said.",
    "The caller said her uncle was threatening to end his own life.",
])
def test_a_threat_to_harm_oneself_is_still_no_threat(run, text):
    art = run("\n\n" + text + "\n")
    assert not [e for e in asserted(art) if e.type == "THREATEN"], shown(art)


# a message carries its writer's threat: no risk a thing runs (dropped on int52 by `_risk_of_a_thing`)
@pytest.mark.parametrize("text", [
    "A statement issued by the militia threatened retaliation against Kenya.",
    "The tweet threatened the reporter and her children.",
    "A message posted by the gang threatened the Dunmore family.",
])
def test_a_message_that_threatens_keeps_the_threat(run, text):
    art = run("\n\n" + text + "\n")
    assert _at(art, "THREATEN", "threatened"), shown(art)


def test_a_thing_that_threatens_is_still_a_risk(run):
    art = run("\n\nA zoning appeal filed by the Brookfield Neighbours Group threatens to stall the new library.\n")
    assert not _at(art, "THREATEN", "threatens"), shown(art)


def test_review52c_word_classes_load():
    w = senses()
    assert {"kill", "hang"} <= w["selfinjure"] and "blow" not in w["selfinjure"] and "recuse" not in w["selfinjure"]
    assert {"letter", "statement", "tweet"} <= w["threatnote"] and "lawsuit" not in w["threatnote"]
