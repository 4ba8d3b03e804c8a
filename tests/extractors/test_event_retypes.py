"""Type confusions (issue 10, ev22t): one event found with the wrong type, on invented sentences; each test also keeps
the other type's real use (extractors/events/checks.py `retype`: `_called_needed`, `_phone_call`)."""
from __future__ import annotations


def typed(article, trigger):
    return [e.type for e in article.events if e.trigger.text == trigger and not e.negated]


def test_calling_it_critical_that_someone_act_is_a_request(run):
    art = run("\n\nThe memo called it \"critical\" that she deliver a speech of that kind after the vote.\n")
    events = [e for e in art.events if e.trigger.text == "called"]
    assert [e.type for e in events] == ["REQUEST"], [(e.type, e.trigger.text) for e in art.events]
    assert [p.text for p in events[0].target] == ["she"]


def test_calling_it_a_disgrace_stays_criticism(run):
    art = run("\n\nThe mayor called it a disgrace that the council had approved the budget.\n")
    assert typed(art, "called") == ["ACCUSE"], [(e.type, e.trigger.text) for e in art.events]


def test_a_call_made_to_someone_is_a_conversation(run):
    art = run("\n\nThe lobbyist began making calls to committee members on Monday.\n")
    assert typed(art, "making calls") == ["CONSULT"], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe governor made a call to the prime minister after the vote.\n")
    assert typed(art, "made a call") == ["CONSULT"], [(e.type, e.trigger.text) for e in art.events]


def test_calls_for_an_act_stay_requests(run):
    art = run("\n\nThe senator renewed calls for a special prosecutor.\n")
    assert typed(art, "renewed calls") == ["REQUEST"], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe mayor joined calls to scrap the tax.\n")
    assert typed(art, "joined calls") == ["REQUEST"], [(e.type, e.trigger.text) for e in art.events]
