"""Shared by the events tests of sessions 34-36 (test_events_ev34 ... ev36c): an invented sentence set before a short
harm paragraph, so that the article reads as news in which violence happened, and the sentence's events as tuples."""
from __future__ import annotations

HARM = "Last year a gunman shot two people outside a bar in the city."


def events(run, text: str, names: bool = False) -> list:
    """(type, trigger, source texts, target texts) of each event triggered in `text`; with `names`, also the names
    of the source and target actors."""
    art = run("\n\n" + text + "\n\n" + HARM + "\n")
    named = {a.id: a.name for a in art.actors}
    rows = []
    for e in art.events:
        if e.trigger.start >= len(text) + 2:
            continue
        row = (e.type, e.trigger.text, tuple(p.text for p in e.source), tuple(p.text for p in e.target))
        if names:
            row += (tuple(named.get(p.actor) for p in e.source), tuple(named.get(p.actor) for p in e.target))
        rows.append(row)
    return rows
