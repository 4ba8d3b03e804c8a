"""review42: mends of session 42's merged change to the events stage found on a second reading (docs/events.md
`### review42`). Invented sentences; each test fails on int42 and passes after its mend."""
from __future__ import annotations

from tests.helpers import by_trigger


# ev42's `_resolved_by` makes the possessor of a noun of resolve the doer of its infinitive (`her decision to meet
# with X`); where that noun is itself the subject of the clause, `_pronoun_source` read the possessive as the clause's
# subject - the noun `decision` - and the checks dropped the event (on main it stood with no source)
def test_the_owner_of_a_resolve_noun_that_is_the_subject_stays_the_doer(run):
    art = run("\n\nHer decision to meet with the rebels angered the army on Monday.\n")
    assert by_trigger(art, "meet") == [("CONSULT", ["Her"], ["the rebels"], False)], by_trigger(art, "meet")


def test_a_possessive_in_the_object_still_points_to_the_subject(run):   # the guard: `Orban pledged his support`
    art = run("\n\nThe mayor repeated his decision to meet with the rebels on Monday.\n")
    assert [e[1] for e in by_trigger(art, "meet")] == [["The mayor"]], by_trigger(art, "meet")
