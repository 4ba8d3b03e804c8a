"""False events by class (issue 10, ev52; extractors/events/senses.py `no_event`, lexicon/event_senses.tsv `ev52`
block): an invitation to pass time in private, `pledged delegates` read as a verb and its object, a thing that
threatens (a risk run), a threat to harm oneself. Each class has the forms that must keep their event beside it.
Invented sentences."""
from __future__ import annotations

import pytest

from dateline.extractors.events.checks import senses
from tests.helpers import asserted, shown


def _at(art, etype: str, word: str) -> list:
    return [e for e in asserted(art) if e.type == etype and e.trigger.text == word]


def _any_at(art, word: str) -> list:
    return [e for e in asserted(art) if e.trigger.text == word]


# an invitation to a pastime of private life (fail on main: a CONSULT or REQUEST at `invited`)
@pytest.mark.parametrize("text", [
    "Later that week, Dana Kell was invited by Rob Tarn to his apartment to watch a movie.",
    "The neighbour invited her over to her home to watch a film, police said.",
    "When a cousin lost his job, Mr. Pell invited him to stay with them, rent free.",
])
def test_an_invitation_to_a_private_pastime_is_no_event(run, text):
    art = run(text)
    assert not _any_at(art, "invited"), shown(art)


# guards: a meeting, a talk or an act asked for keeps its event (pass on main and here)
@pytest.mark.parametrize("text", [
    "Governor Ames invited the mayor to his house to talk about the budget.",
    "The commission invited foreign observers to watch the vote count in the capital.",
    "Chancellor Vogt invited the refugees to stay in the country until spring.",
    "The governor invited the veterans to hang a wreath at the memorial.",
])
def test_an_invitation_to_meet_or_act_stays(run, text):
    art = run(text)
    assert _any_at(art, "invited"), shown(art)


# `pledged delegates` the parse made a verb and its object (fail on main: an AGREE at `pledged`)
@pytest.mark.parametrize("text", [
    "She needs 2,383 delegates, counting both pledged delegates and superdelegates.",
    "The senator won a majority of the remaining, pledged delegates in the state.",
])
def test_pledged_delegates_promise_nothing(run, text):
    art = run(text)
    assert not _at(art, "AGREE", "pledged"), shown(art)


def test_delegates_pledged_to_someone_stay_a_promise(run):
    art = run("Governor Ames pledged his delegates to Senator Cruz on Monday.")
    assert _at(art, "AGREE", "pledged"), shown(art)


# a thing that threatens runs a risk; a threat to harm oneself threatens no one (fail on main: a THREATEN)
@pytest.mark.parametrize("text, word", [
    ("A lawsuit brought by the Lakeside Tenants Association threatens to halt the project.", "threatens"),
    ("The call came from a woman who said her 52-year-old brother had barricaded himself in the garage with a "
     "shotgun and was threatening to commit suicide.", "threatening"),
    ("Deputies said the man was threatening to kill himself.", "threatening"),
])
def test_a_risk_or_a_threat_to_oneself_is_no_threat(run, text, word):
    art = run(text)
    assert not _at(art, "THREATEN", word), shown(art)


# guards: people and groups who threaten someone or something (pass on main and here)
@pytest.mark.parametrize("text, word", [
    ("The union threatened to strike on Monday if wages were not raised.", "threatened"),
    ("The gunman threatened the clerk with a knife, police said.", "threatened"),
    ("Ray Oden threatened to stab his landlord unless the rent was cut, the landlord told police.", "threatened"),
    ("Mayor Ruiz threatened to veto the budget.", "threatened"),
])
def test_a_threat_by_someone_stays(run, text, word):
    art = run(text)
    assert _at(art, "THREATEN", word), shown(art)


def test_ev52_word_classes_load():
    w = senses()
    assert {"watch"} <= w["watching"] and {"movie", "film"} <= w["screenfare"] and "stay" in w["lodging"]
    assert "sleep" in w["pastime"] and "pledge" in w["boundvote"] and "delegate" in w["delegatekind"]
    assert "threaten" in w["menacing"] and "suicide" in w["selfharm"]
