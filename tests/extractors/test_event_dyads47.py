"""A he inside a quote's marks names the one spoken of, not the speaker (issue 10, dyad47): the events stage keeps the
pronoun and the coreference resolves it. The other dyad47 rows are in test_event_dyads46.py's tables. Invented
sentences."""
from __future__ import annotations

from tests.helpers import found, shown


def test_a_quoted_he_names_the_one_spoken_of(run):
    art = run("\n\nGovernor Tom Reyes spoke for an hour on Friday. \u201cHe criticized the mayor,\u201d Nelson said.\n")
    names = {a.id: a.name for a in art.actors}
    assert any("Reyes" in (names.get(p.actor) or "") for e in found(art, "ACCUSE") for p in e.source), shown(art)
