"""review42: mends of session 42's merged change found on a second reading (docs/actors.md `### review42`).
Invented sentences; each test fails on int42 (the merge read) and passes after its mend."""
from __future__ import annotations

# idle._lone_surname (act42) joined a lone surname to the one other person of that surname even where the text names
# it a relative of someone: `His father, Councilman Burgess,` became the son `Ricky Burgess` (one actor, the father lost)
FATHER = """PITTSBURGH (AP) - Ricky Burgess, 17, was arrested on Monday after a fight at a school in the city, police said.

His father, Councilman Burgess, said the boy would plead not guilty.

Burgess said the family would hire a lawyer.
"""


def test_a_lone_surname_named_as_a_relative_stays_apart_from_the_person_of_that_surname(run):
    art = run(FATHER, published="2024-03-05")
    at = FATHER.index("Burgess,", FATHER.index("Councilman"))
    son = next(a for a in art.actors if a.name == "Ricky Burgess")
    assert not any(m.start <= at < m.end for m in son.mentions)       # the father is not the son
    assert any(a is not son and any(m.start <= at < m.end for m in a.mentions) for a in art.actors)
